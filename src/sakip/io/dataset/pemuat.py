"""Loading a dataset folder (docs/dataset.md) into the database, all or nothing.

Every row goes through the form the screens use for that model, so a value that a planner
could not type on a screen cannot arrive through a file either. Problems are collected, not
raised one at a time: the loader reads the whole dataset, reports every problem it found with
file, line, item and field, and writes nothing unless there are none.
"""

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from django import forms
from django.db import models, transaction

from sakip.audit import log as audit
from sakip.budget.models import Akun
from sakip.io.dataset.organisasi import OrganisasiMixin
from sakip.io.dataset.realisasi import RealisasiMixin
from sakip.io.dataset.rencana import RencanaMixin
from sakip.io.yamlfile import Baris, BerkasRusak, baca
from sakip.organisation.models import Pemda, PerangkatDaerah
from sakip.planning.models import Indikator

FORMAT = "sakip-dataset/1"
BERKAS_WAJIB = ("dataset.yaml", "organisasi.yaml", "renstra.yaml", "program.yaml")


@dataclass(frozen=True)
class Kesalahan:
    """One problem in a dataset, with where it is."""

    berkas: str
    baris: int | None
    item: str
    field: str | None
    pesan: str

    def __str__(self) -> str:
        tempat = self.berkas + (f" baris {self.baris}" if self.baris else "")
        bagian = [tempat]
        if self.item:
            bagian.append(self.item)
        if self.field:
            bagian.append(f"kolom '{self.field}'")
        return ", ".join(bagian) + f": {self.pesan}"


class DatasetTidakSah(Exception):
    """The dataset has problems; nothing was written."""

    def __init__(self, kesalahan: list[Kesalahan]):
        self.kesalahan = kesalahan
        super().__init__(f"{len(kesalahan)} kesalahan")

    def __str__(self) -> str:
        return "\n".join(str(k) for k in self.kesalahan)


@dataclass
class Ringkasan:
    """What a load wrote."""

    perangkat_daerah: PerangkatDaerah | None = None
    jumlah: dict[str, int] = field(default_factory=dict)

    def tambah(self, jenis: str, n: int = 1) -> None:
        self.jumlah[jenis] = self.jumlah.get(jenis, 0) + n


class _Gagal(Exception):
    """Internal: stop loading, errors are already recorded."""


def _nilai_form(value: Any) -> Any:
    """A YAML value as a form field expects it."""
    if value is None:
        return ""
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, bool | date):
        return value
    if isinstance(value, Decimal | int):
        return str(value)
    return value


def _jenis_salah(field: forms.Field | None, value: Any) -> str | None:
    """Why a YAML value cannot be a value of ``field`` at all (None when it may be)."""
    jamak = isinstance(field, forms.ModelMultipleChoiceField | forms.JSONField)
    if isinstance(value, list | dict) and not jamak:
        return "harus berupa satu nilai, bukan daftar atau pemetaan"
    if isinstance(value, bool) and not isinstance(field, forms.BooleanField):
        return "harus berupa teks, angka atau tanggal, bukan ya/tidak (true/false)"
    return None


# Audited fields: every change to targets, realisasi and budget leaves a row in the trail.
DIAUDIT = {
    "planning.target": ("nilai", "nilai_tinggi", "label"),
    "planning.pagu": ("nilai",),
    "monitoring.realisasiindikator": ("nilai", "label"),
    "monitoring.realisasianggaran": ("rp",),
    "budget.belanja": ("pagu", "realisasi"),
}


class Pemuat(OrganisasiMixin, RencanaMixin, RealisasiMixin):
    """Loads one dataset folder. Use ``muat_dataset()``."""

    def __init__(self, folder: Path, *, pengguna=None, ganti: bool = False):
        self.folder = folder
        self.pengguna = pengguna
        self.ganti = ganti
        self.kesalahan: list[Kesalahan] = []
        self.ringkasan = Ringkasan()
        self.audit_rows = []
        self.data: dict[str, Any] = {}
        self.pemda: Pemda | None = None
        self.pd: PerangkatDaerah | None = None
        self.renstra = None
        self.unit: dict[str, Any] = {}
        self.jabatan: dict[str, Any] = {}
        self.sasaran_rpjmd: dict[str, Any] = {}
        self.tujuan: dict[str, Any] = {}
        self.sasaran: dict[str, Any] = {}
        self.item: dict[str, Any] = {}  # program, kegiatan, sub-kegiatan by kode
        self.indikator: dict[str, Indikator] = {}
        self.indikator_sumber: list[tuple[Indikator, list, str, int | None]] = []
        self.pk: dict[str, Any] = {}
        self.skala_ordinal: dict[str, Any] = {}
        self.akun: dict[str, Akun] = {}

    # -- reporting -------------------------------------------------------------------------

    def salah(self, berkas, baris, item, field_, pesan) -> None:
        self.kesalahan.append(Kesalahan(berkas, baris, item, field_, pesan))

    def simpan(
        self,
        form_class: type[forms.ModelForm],
        data: Mapping[str, Any],
        *,
        berkas: str,
        baris: int | None,
        item: str,
        nama_kolom: Mapping[str, str] | None = None,
        instance: models.Model | None = None,
    ):
        """Validate ``data`` with the screen's form and save it; record errors and return None."""
        nama_kolom = nama_kolom or {}
        salah_jenis = False
        for name, value in data.items():
            pesan = _jenis_salah(form_class.base_fields.get(name), value)
            if pesan:
                self.salah(berkas, baris, item, nama_kolom.get(name, name), pesan)
                salah_jenis = True
        if salah_jenis:
            return None
        form = form_class(data={k: _nilai_form(v) for k, v in data.items()}, instance=instance)
        if not form.is_valid():
            for name, messages in form.errors.get_json_data().items():
                kolom = None if name == "__all__" else nama_kolom.get(name, name)
                for message in messages:
                    self.salah(berkas, baris, item, kolom, message["message"])
            return None
        obj = form.save()
        label = obj._meta.label_lower
        self.ringkasan.tambah(obj._meta.verbose_name_plural)
        if label in DIAUDIT:
            baru = {f: getattr(obj, f) for f in DIAUDIT[label] if getattr(obj, f) not in (None, "")}
            self.audit_rows.append(
                audit.entri(
                    "buat",
                    obj,
                    audit.perubahan({}, baru),
                    pengguna=self.pengguna,
                    alasan=f"muat dataset {self.folder.name}",
                    perangkat_daerah=self.pd,
                    subjek=_subjek(obj),
                )
            )
        return obj

    # -- shape checks ----------------------------------------------------------------------

    def periksa(
        self,
        row: Any,
        berkas: str,
        item: str,
        boleh: Iterable[str],
        wajib: Iterable[str] = (),
        baris: int | None = None,
    ) -> bool:
        """Check a mapping has only known keys and the required ones."""
        if not isinstance(row, dict):
            self.salah(berkas, baris, item, None, "harus berupa pemetaan (kunci: nilai)")
            return False
        baris = getattr(row, "baris", baris)
        ok = True
        for key in row:
            if key not in boleh:
                self.salah(berkas, baris, item, str(key), "kunci tidak dikenal")
                ok = False
        for key in wajib:
            if row.get(key) in (None, ""):
                self.salah(berkas, baris, item, key, "wajib diisi")
                ok = False
        return ok

    def daftar(self, value: Any, berkas: str, item: str, baris: int | None = None) -> list:
        if value is None:
            return []
        if not isinstance(value, list):
            self.salah(berkas, baris, item, None, "harus berupa daftar")
            return []
        return value

    def ref(self, table: Mapping[str, Any], kode: Any, berkas, baris, item, field_, jenis):
        """Resolve a reference by kode; record an error when unknown."""
        if kode in (None, ""):
            return None
        found = table.get(str(kode))
        if found is None:
            self.salah(berkas, baris, item, field_, f"{jenis} '{kode}' tidak dikenal")
        return found

    # -- the load --------------------------------------------------------------------------

    def baca_semua(self) -> None:
        if not self.folder.is_dir():
            raise DatasetTidakSah(
                [Kesalahan(str(self.folder), None, "", None, "folder dataset tidak ditemukan")]
            )
        for name in BERKAS_WAJIB:
            if not (self.folder / name).is_file():
                self.salah(name, None, "", None, "berkas wajib tidak ada")
        names = sorted(p.name for p in self.folder.glob("*.yaml"))
        for name in names:
            try:
                content = baca(self.folder / name)
            except BerkasRusak as exc:
                self.salah(exc.berkas, exc.baris, "", None, exc.pesan)
                continue
            if content is None:
                content = Baris()
            if not isinstance(content, dict):
                self.salah(name, None, "", None, "isi berkas harus berupa pemetaan (kunci: nilai)")
                continue
            self.data[name] = content
        known = set(BERKAS_WAJIB) | {"register.yaml", "evaluasi.yaml", "laporan.yaml"}
        for name in names:
            if name not in known and not (
                name.startswith(("realisasi-", "anggaran-")) and name[-9:-5].isdigit()
            ):
                self.salah(name, None, "", None, "berkas tidak dikenal dalam format dataset")
        if self.kesalahan:
            raise DatasetTidakSah(self.kesalahan)
        meta = self.data["dataset.yaml"]
        if meta.get("format") != FORMAT:
            self.salah(
                "dataset.yaml", getattr(meta, "baris", None), "", "format", f"harus '{FORMAT}'"
            )
            raise DatasetTidakSah(self.kesalahan)

    def muat(self) -> Ringkasan:
        self.baca_semua()
        try:
            with transaction.atomic():
                self._muat()
                if self.kesalahan:
                    raise _Gagal
                audit.catat_semua(self.audit_rows)
                audit.catat(
                    "muat_dataset",
                    self.pd,
                    {"dataset": [None, self.folder.name]},
                    pengguna=self.pengguna,
                    alasan=str(self.data["dataset.yaml"].get("judul", "")),
                )
        except _Gagal:
            raise DatasetTidakSah(self.kesalahan) from None
        self.ringkasan.perangkat_daerah = self.pd
        return self.ringkasan

    def _muat(self) -> None:
        steps: list[Callable[[], None]] = [
            self._organisasi,
            self._dataset,
            self._renstra,
            self._program,
            self._realisasi,
            self._anggaran,
            self._register,
            self._evaluasi,
            self._laporan,
        ]
        for step in steps:
            step()
            if self.pd is None:  # nothing can be placed without the agency
                raise _Gagal


def _subjek(obj) -> str:
    """The code of the item an audited row belongs to (for the audit view of that item)."""
    for attr in ("indikator", "subkegiatan", "akun"):
        related = getattr(obj, attr, None)
        if related is not None:
            return related.kode
    return ""


def muat_dataset(folder: Path | str, *, pengguna=None, ganti: bool = False) -> Ringkasan:
    """Load the dataset in ``folder`` in one transaction; raise ``DatasetTidakSah`` on problems.

    Nothing is written when any problem is found. ``ganti`` replaces an agency already loaded.
    """
    return Pemuat(Path(folder), pengguna=pengguna, ganti=ganti).muat()
