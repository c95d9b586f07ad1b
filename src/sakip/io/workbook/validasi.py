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
from datetime import date
from decimal import Decimal
from types import NoneType
from typing import Any

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import models
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
        model = form_class._meta.model
        self._langkah = [
            (name, self.form.fields[name], model._meta.get_field(name), {}) for name in fields
        ]
        # The short path below (``_cepat``) is the form's own steps without building bound
        # fields and error lists; it applies when no step needs the form's per-field hooks.
        self._cepat_boleh = not any(
            hasattr(self.form, f"clean_{name}") or field.is_relation
            for name, _ff, field, _c in self._langkah
        )
        self._form_clean = type(self.form).clean is not forms.ModelForm.clean
        self._model_clean = model.clean is not models.Model.clean

    def periksa(self, data: dict[str, Any], instance) -> dict[str, list[str]]:
        """Validate ``data`` into ``instance``; return the errors by field (empty when valid).

        A valid row takes the short path; a row it finds invalid is run again through the whole
        form, so that every message is the form's own.
        """
        if self._cepat_boleh and self._cepat(data, instance):
            return {}
        return self._lengkap(data, instance)

    def _cepat(self, data: dict[str, Any], instance) -> bool:
        """The form's validation of ``data`` step by step; True when it passes.

        The same steps as ``form.full_clean()`` followed by ``Cepat._post_clean``: each form
        field's ``clean`` (widget value as the form reads it), the form's ``clean``, the values
        set on the instance, each model field's ``clean`` unless excluded as the ModelForm
        excludes it, then the model's ``clean``. A field's two ``clean`` steps depend on its
        value alone (no relations here), so their result is kept per value: a year or a
        triwulan that repeats down a sheet is checked once.
        """
        form_data = {k: _nilai_form(v) for k, v in data.items()}
        if len(form_data) != len(self._langkah):
            return False
        cleaned: dict[str, Any] = {}
        model_values: dict[str, Any] = {}
        try:
            for name, ff, field, seen in self._langkah:
                value = ff.widget.value_from_datadict(form_data, {}, name)
                key = (value.__class__, value)
                hit = seen.get(key) if value.__class__ in _TETAP else None
                if hit is None:
                    c = ff.clean(value)
                    excluded = (not field.blank and not ff.required and c in ff.empty_values) or (
                        field.blank and c in field.empty_values
                    )
                    hit = (c, c if excluded else field.clean(c, instance))
                    if value.__class__ in _TETAP and hit[1].__class__ in _TETAP_BERSIH:
                        seen[key] = hit
                cleaned[name], model_values[name] = hit
        except ValidationError:
            return False
        if self._form_clean:
            f = self.form
            f.data, f.files, f.instance = form_data, {}, instance
            f.cleaned_data = dict(cleaned)
            f._errors = forms.utils.ErrorDict()
            try:
                after = f.clean()
            except ValidationError:
                return False
            if f._errors or any(
                (after or f.cleaned_data).get(n) is not cleaned[n] for n in cleaned
            ):
                return False  # the form changed a value or found a fault: the long way
        for name, value in model_values.items():
            setattr(instance, name, value)
        if self._model_clean:
            try:
                instance.clean()
            except ValidationError:
                return False
        return True

    def _lengkap(self, data: dict[str, Any], instance) -> dict[str, list[str]]:
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


# Form values whose validation result may be kept; cleaned values safe to share between rows.
_TETAP = (str, bool)
_TETAP_BERSIH = (str, bool, int, Decimal, date, NoneType)


def _nilai_form(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return value
    return str(value) if not isinstance(value, str) else value


Pelapor = Callable[[str, int | None, str | None, str], None]
