"""From parsed sheets to typed rows, and the screens' forms run on every row.

``baris_lembar`` maps a sheet's headers to the column definitions and converts every cell by
its column's kind, recording each problem as "Sheet X, baris N, kolom Y: pesan".
``Validasi`` runs the app's ModelForm on a row. Database-wide checks (uniqueness, reference
look-ups, check constraints that the field validators and ``Model.clean`` already state) are
left to the importer, which holds every natural key in memory: a form per row would otherwise
cost several queries per row, and 10,000 sub-kegiatan must import in seconds.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.forms.models import construct_instance, modelform_factory

from sakip.io.workbook.baca import Masalah, Tabel, huruf_kolom
from sakip.io.workbook.kolom import (
    ANGKA,
    BULAT,
    TANGGAL,
    UANG,
    Kolom,
    Lembar,
    NilaiSalah,
    angka,
    bulat,
    tanggal,
    teks,
)


@dataclass
class Baris:
    """One data row of a sheet, its cells converted; ``ok`` is False when a cell was bad."""

    lembar: Lembar
    nomor: int
    nilai: dict[str, Any]
    mentah: dict[str, Any]
    ok: bool = True

    def kosong(self, *kunci: str) -> bool:
        return all(self.nilai.get(k) in (None, "") for k in kunci)


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _ubah(kolom: Kolom, value: Any) -> Any:
    if kolom.jenis in (ANGKA, UANG):
        return angka(value)
    if kolom.jenis == BULAT:
        return bulat(value)
    if kolom.jenis == TANGGAL:
        return tanggal(value)
    if kolom.pilihan:
        text = teks(value)
        if text == "":
            return ""
        for choice in kolom.pilihan:
            if _norm(choice) == _norm(text):
                return choice
        raise NilaiSalah(f"'{text[:40]}' harus salah satu dari: {', '.join(kolom.pilihan)}")
    if kolom.jenis == "target":
        return value if value not in (None, "") else None
    return teks(value)


def baris_lembar(lb: Lembar, tabel: Tabel, masalah: list[Masalah]) -> list[Baris]:
    """The rows of ``tabel`` read by ``lb``'s columns; problems appended to ``masalah``."""
    posisi: dict[str, int] = {}
    kolom_norm = {_norm(k.judul): k for k in lb.kolom}
    ok_judul = True
    for i, judul in enumerate(tabel.judul):
        if not judul:
            continue
        kolom = kolom_norm.get(_norm(judul))
        if kolom is None:
            masalah.append(
                Masalah(lb.nama, 1, huruf_kolom(i), f"judul kolom '{judul[:60]}' tidak dikenal")
            )
            ok_judul = False
        elif kolom.kunci in posisi:
            masalah.append(Masalah(lb.nama, 1, huruf_kolom(i), f"judul kolom '{judul[:60]}' ganda"))
            ok_judul = False
        else:
            posisi[kolom.kunci] = i
    for kolom in lb.kolom:
        if kolom.kunci not in posisi:
            masalah.append(Masalah(lb.nama, 1, None, f"kolom '{kolom.judul}' tidak ada"))
            ok_judul = False
    if not ok_judul:
        return []
    rows = []
    dipakai = set(posisi.values())
    for nomor, cells in tabel.baris:
        row = Baris(lb, nomor, {}, {})
        for i, value in enumerate(cells):
            if i not in dipakai and value not in (None, ""):
                masalah.append(
                    Masalah(lb.nama, nomor, huruf_kolom(i), "isian di luar kolom yang berjudul")
                )
                row.ok = False
        for kolom in lb.kolom:
            i = posisi[kolom.kunci]
            value = cells[i] if i < len(cells) else None
            row.mentah[kolom.kunci] = value
            tempat = f"{kolom.judul} ({huruf_kolom(i)})"
            if (nomor, i) in tabel.rumus:
                masalah.append(
                    Masalah(lb.nama, nomor, tempat, "berisi rumus; isi dengan nilai, bukan rumus")
                )
                row.ok = False
                continue
            if kolom.info:
                continue
            try:
                row.nilai[kolom.kunci] = _ubah(kolom, value)
            except NilaiSalah as exc:
                masalah.append(Masalah(lb.nama, nomor, tempat, str(exc)))
                row.ok = False
                continue
            if kolom.wajib and row.nilai[kolom.kunci] in (None, ""):
                masalah.append(Masalah(lb.nama, nomor, tempat, "wajib diisi"))
                row.ok = False
        rows.append(row)
    return rows


def tempat_kolom(lb: Lembar, kunci: str) -> str:
    for i, kolom in enumerate(lb.kolom):
        if kolom.kunci == kunci:
            return f"{kolom.judul} ({huruf_kolom(i)})"
    return kunci


class Validasi:
    """The app's ModelForm for ``fields`` of a model, run row after row on one form object.

    Reference (foreign key) fields are set on the instance by the importer, not typed into
    the form; uniqueness is the importer's (natural keys in memory). The form's own ``clean``
    and the model's ``clean`` and field validators run on every row.
    """

    def __init__(self, form_class: type[forms.ModelForm], fields: list[str]):
        base = modelform_factory(form_class._meta.model, form=form_class, fields=fields)

        class Cepat(base):
            def _post_clean(self):
                exclude = self._get_validation_exclusions()
                try:
                    self.instance = construct_instance(
                        self, self.instance, self._meta.fields, self._meta.exclude
                    )
                except ValidationError as e:
                    self._aman(e)
                try:
                    self.instance.full_clean(
                        exclude=exclude, validate_unique=False, validate_constraints=False
                    )
                except ValidationError as e:
                    self._aman(e)

            def _aman(self, e: ValidationError) -> None:
                """Errors on a field outside the form become the row's own errors."""
                if hasattr(e, "error_dict"):
                    merged: dict[str, list] = {}
                    for name, errs in e.error_dict.items():
                        key = name if name in self.fields else NON_FIELD_ERRORS
                        merged.setdefault(key, []).extend(errs)
                    e = ValidationError(merged)
                self._update_errors(e)

        self.fields = fields
        self.form = Cepat()

    def periksa(self, data: dict[str, Any], instance) -> dict[str, list[str]]:
        """Validate ``data`` into ``instance``; return the errors by field (empty when valid)."""
        f = self.form
        f.is_bound = True
        f.data = {k: _nilai_form(v) for k, v in data.items()}
        f.files = {}
        f.instance = instance
        f._errors = None
        f.full_clean()
        if not f._errors:
            return {}
        return {name: [str(m) for m in errs] for name, errs in f._errors.items()}


def _nilai_form(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return value
    return str(value) if not isinstance(value, str) else value


Pelapor = Callable[[str, int | None, str | None, str], None]
