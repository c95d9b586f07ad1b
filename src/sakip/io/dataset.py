"""Loading a dataset folder (docs/dataset.md) into the database, all or nothing.

Every row goes through the form the screens use for that model, so a value that a planner
could not type on a screen cannot arrive through a file either. Problems are collected, not
raised one at a time: the loader reads the whole dataset, reports every problem it found with
file, line, item and field, and writes nothing unless there are none.
"""

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from django import forms
from django.db import models, transaction

from sakip.audit import log as audit
from sakip.budget.forms import AkunForm, BelanjaForm
from sakip.budget.models import Akun
from sakip.evaluation.forms import EvaluasiAKIPForm, RekomendasiForm
from sakip.io.yamlfile import Baris, BerkasRusak, baca
from sakip.monitoring.forms import (
    FaktorKinerjaForm,
    RealisasiAnggaranForm,
    RealisasiIndikatorForm,
)
from sakip.organisation.forms import (
    JabatanForm,
    PejabatForm,
    PemdaForm,
    PerangkatDaerahForm,
    UnitForm,
)
from sakip.organisation.models import Jabatan, Pemda, PerangkatDaerah
from sakip.planning import forms as pf
from sakip.planning.models import Indikator
from sakip.registers.forms import KebijakanForm, TemuanForm

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


class Pemuat:
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

    # -- organisasi.yaml -------------------------------------------------------------------

    def _organisasi(self) -> None:
        b = "organisasi.yaml"
        doc = self.data[b]
        self.periksa(
            doc,
            b,
            "",
            {"pemda", "perangkat_daerah", "unit", "jabatan", "pejabat"},
            {"pemda", "perangkat_daerah"},
        )
        pemda = doc.get("pemda")
        if not self.periksa(pemda, b, "pemda", {"kode", "nama", "jenis", "ibu_kota"}, {"kode"}):
            return
        existing = Pemda.objects.filter(kode=str(pemda["kode"])).first()
        self.pemda = self.simpan(
            PemdaForm,
            {k: pemda.get(k) for k in ("kode", "nama", "jenis", "ibu_kota")},
            berkas=b,
            baris=pemda.baris,
            item=f"pemda {pemda['kode']}",
            instance=existing,
        )
        if self.pemda is None:
            return
        pd = doc.get("perangkat_daerah")
        if not self.periksa(pd, b, "perangkat_daerah", {"kode", "nama", "singkatan"}, {"kode"}):
            return
        lama = PerangkatDaerah.objects.filter(pemda=self.pemda, kode=str(pd["kode"])).first()
        if lama is not None:
            if not self.ganti:
                self.salah(
                    b,
                    pd.baris,
                    f"perangkat daerah {pd['kode']}",
                    None,
                    "sudah ada di basis data; pakai --ganti untuk menggantinya",
                )
                return
            audit.catat(
                "ganti_dataset",
                lama,
                {},
                pengguna=self.pengguna,
                alasan=f"diganti dengan dataset {self.folder.name}",
            )
            lama.delete()
        self.pd = self.simpan(
            PerangkatDaerahForm,
            {"pemda": self.pemda, **{k: pd.get(k) for k in ("kode", "nama", "singkatan")}},
            berkas=b,
            baris=pd.baris,
            item=f"perangkat daerah {pd['kode']}",
        )
        if self.pd is None:
            return
        for i, row in enumerate(self.daftar(doc.get("unit"), b, "unit")):
            item = f"unit {row.get('kode') if isinstance(row, dict) else i + 1}"
            if not self.periksa(row, b, item, {"kode", "nama", "jenis", "induk"}, {"kode"}):
                continue
            induk = self.ref(self.unit, row.get("induk"), b, row.baris, item, "induk", "unit")
            obj = self.simpan(
                UnitForm,
                {
                    "perangkat_daerah": self.pd,
                    "kode": row["kode"],
                    "nama": row.get("nama"),
                    "jenis": row.get("jenis"),
                    "induk": induk,
                    "urutan": i + 1,
                },
                berkas=b,
                baris=row.baris,
                item=item,
            )
            if obj:
                self.unit[obj.kode] = obj
        for row in self.daftar(doc.get("jabatan"), b, "jabatan"):
            item = f"jabatan {row.get('kode') if isinstance(row, dict) else ''}"
            if not self.periksa(row, b, item, {"kode", "nama", "unit", "tingkat"}, {"kode"}):
                continue
            tingkat = row.get("tingkat") or Jabatan.Tingkat.PERANGKAT_DAERAH
            unit = self.ref(self.unit, row.get("unit"), b, row.baris, item, "unit", "unit")
            existing = None
            if tingkat == Jabatan.Tingkat.PEMDA:
                existing = Jabatan.objects.filter(pemda=self.pemda, kode=str(row["kode"])).first()
            obj = self.simpan(
                JabatanForm,
                {
                    "pemda": self.pemda,
                    "perangkat_daerah": None if tingkat == Jabatan.Tingkat.PEMDA else self.pd,
                    "unit": unit,
                    "kode": row["kode"],
                    "nama": row.get("nama"),
                    "tingkat": tingkat,
                },
                berkas=b,
                baris=row.baris,
                item=item,
                instance=existing,
            )
            if obj:
                self.jabatan[obj.kode] = obj
        for row in self.daftar(doc.get("pejabat"), b, "pejabat"):
            item = f"pejabat {row.get('nama') if isinstance(row, dict) else ''}"
            if not self.periksa(
                row,
                b,
                item,
                {"nip", "nama", "pangkat", "jabatan", "mulai", "selesai"},
                {"nama", "jabatan"},
            ):
                continue
            jabatan = self.ref(
                self.jabatan, row.get("jabatan"), b, row.baris, item, "jabatan", "jabatan"
            )
            if jabatan is None:
                continue
            if (
                jabatan.tingkat == Jabatan.Tingkat.PEMDA
                and jabatan.pejabat.filter(nama=row.get("nama")).exists()
            ):
                continue  # the Bupati is shared by every agency of the Pemda
            self.simpan(
                PejabatForm,
                {
                    "jabatan": jabatan,
                    **{k: row.get(k) for k in ("nama", "nip", "pangkat", "mulai", "selesai")},
                },
                berkas=b,
                baris=row.baris,
                item=item,
            )

    # -- dataset.yaml ----------------------------------------------------------------------

    def _dataset(self) -> None:
        b = "dataset.yaml"
        doc = self.data[b]
        self.periksa(
            doc,
            b,
            "",
            {"format", "judul", "sumber", "pengaturan", "skala", "skala_ordinal"},
            {"format"},
        )
        setting = doc.get("pengaturan") or Baris()
        keys = {
            "rumus_negatif",
            "target_nol_gagal",
            "batas_atas",
            "pembulatan",
            "bobot_rerata",
            "penyerapan_pagu_nol",
        }
        if self.periksa(setting, b, "pengaturan", keys, baris=doc.baris):
            data = {
                "perangkat_daerah": self.pd,
                "rumus_negatif": "selisih",
                "target_nol_gagal": 0,
                "pembulatan": "setengah_ke_atas",
                "bobot_rerata": "sama",
            }
            data.update(setting)
            self.simpan(
                pf.PengaturanPengukuranForm,
                data,
                berkas=b,
                baris=getattr(setting, "baris", None),
                item="pengaturan",
            )
        for skala in self.daftar(doc.get("skala"), b, "skala"):
            item = f"skala {skala.get('kode') if isinstance(skala, dict) else ''}"
            if not self.periksa(
                skala, b, item, {"kode", "tahun", "nama", "predikat"}, {"kode", "predikat"}
            ):
                continue
            obj = self.simpan(
                pf.SkalaPredikatForm,
                {
                    "perangkat_daerah": self.pd,
                    "kode": skala["kode"],
                    "tahun": skala.get("tahun"),
                    "nama": skala.get("nama"),
                },
                berkas=b,
                baris=skala.baris,
                item=item,
            )
            if obj is None:
                continue
            intervals = []
            for n, p in enumerate(self.daftar(skala["predikat"], b, item), start=1):
                sub = f"{item}, predikat {n}"
                if not self.periksa(p, b, sub, {"label", "warna", "hex", "min", "max"}, {"label"}):
                    continue
                saved = self.simpan(
                    pf.PredikatForm,
                    {
                        "skala": obj,
                        "urutan": n,
                        "label": p["label"],
                        "warna": p.get("warna"),
                        "hex": p.get("hex"),
                        "batas_bawah": p.get("min"),
                        "batas_atas": p.get("max"),
                    },
                    berkas=b,
                    baris=p.baris,
                    item=sub,
                    nama_kolom={"batas_bawah": "min", "batas_atas": "max"},
                )
                if saved:
                    intervals.append(saved)
            self._periksa_tumpang_tindih(intervals, b, skala.baris, item)
        for skala in self.daftar(doc.get("skala_ordinal"), b, "skala_ordinal"):
            item = f"skala ordinal {skala.get('kode') if isinstance(skala, dict) else ''}"
            if not self.periksa(skala, b, item, {"kode", "nama", "tingkat"}, {"kode", "tingkat"}):
                continue
            obj = self.simpan(
                pf.SkalaOrdinalForm,
                {
                    "perangkat_daerah": self.pd,
                    "kode": skala["kode"],
                    "nama": skala.get("nama"),
                },
                berkas=b,
                baris=skala.baris,
                item=item,
            )
            if obj is None:
                continue
            self.skala_ordinal[obj.kode] = obj
            for t in self.daftar(skala["tingkat"], b, item):
                if self.periksa(t, b, item, {"label", "skor"}, {"label", "skor"}):
                    self.simpan(
                        pf.TingkatOrdinalForm,
                        {"skala": obj, **t},
                        berkas=b,
                        baris=t.baris,
                        item=f"{item}, tingkat {t['label']}",
                    )

    def _periksa_tumpang_tindih(self, intervals, berkas, baris, item) -> None:
        low = Decimal("-Infinity")
        for p in sorted(intervals, key=lambda p: (p.batas_bawah is not None, p.batas_bawah or 0)):
            start = p.batas_bawah if p.batas_bawah is not None else Decimal("-Infinity")
            if start < low:
                self.salah(
                    berkas,
                    baris,
                    item,
                    "predikat",
                    f"interval '{p.label}' tumpang tindih dengan interval sebelumnya",
                )
            low = p.batas_atas if p.batas_atas is not None else Decimal("Infinity")

    # -- renstra.yaml ----------------------------------------------------------------------

    def _periode(self, value, berkas, baris, item) -> tuple[Any, Any]:
        if (
            isinstance(value, list)
            and len(value) == 2
            and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        ):
            return value[0], value[1]
        self.salah(berkas, baris, item, "periode", "harus berupa [tahun_mulai, tahun_selesai]")
        return None, None

    def _renstra(self) -> None:
        b = "renstra.yaml"
        doc = self.data[b]
        self.periksa(doc, b, "", {"rpjmd", "renstra"}, {"renstra"})
        rpjmd = doc.get("rpjmd")
        if rpjmd is not None and self.periksa(
            rpjmd, b, "rpjmd", {"periode", "visi", "misi"}, {"periode"}
        ):
            mulai, selesai = self._periode(rpjmd["periode"], b, rpjmd.baris, "rpjmd")
            existing = self.pemda.rpjmd.filter(tahun_mulai=mulai).first() if mulai else None
            obj = existing or self.simpan(
                pf.RPJMDForm,
                {
                    "pemda": self.pemda,
                    "tahun_mulai": mulai,
                    "tahun_selesai": selesai,
                    "visi": rpjmd.get("visi"),
                },
                berkas=b,
                baris=rpjmd.baris,
                item="rpjmd",
            )
            if obj is not None:
                self._misi(obj, rpjmd, b, reuse=existing is not None)
        r = doc.get("renstra")
        keys = {"periode", "sasaran_rpjmd", "permasalahan", "isu_strategis", "tujuan", "sasaran"}
        if not self.periksa(r, b, "renstra", keys, {"periode", "sasaran"}):
            return
        mulai, selesai = self._periode(r["periode"], b, r.baris, "renstra")
        served = [
            self.ref(self.sasaran_rpjmd, k, b, r.baris, "renstra", "sasaran_rpjmd", "sasaran RPJMD")
            for k in self.daftar(r.get("sasaran_rpjmd"), b, "renstra", r.baris)
        ]
        isu = self.daftar(r.get("isu_strategis"), b, "renstra", r.baris)
        self.renstra = self.simpan(
            pf.RenstraForm,
            {
                "perangkat_daerah": self.pd,
                "tahun_mulai": mulai,
                "tahun_selesai": selesai,
                "sasaran_rpjmd": [s.pk for s in served if s],
                "isu_strategis": json.dumps([str(i) for i in isu]),
            },
            berkas=b,
            baris=r.baris,
            item="renstra",
        )
        if self.renstra is None:
            return
        self._perjanjian_kinerja()
        for row in self.daftar(r.get("permasalahan"), b, "permasalahan", r.baris):
            item = f"permasalahan {row.get('nomor') if isinstance(row, dict) else ''}"
            if self.periksa(row, b, item, {"nomor", "pokok", "akar"}, {"nomor"}):
                self.simpan(
                    pf.PermasalahanForm,
                    {"renstra": self.renstra, **row},
                    berkas=b,
                    baris=row.baris,
                    item=item,
                )
        for row in self.daftar(r.get("tujuan"), b, "tujuan", r.baris):
            item = f"tujuan {row.get('kode') if isinstance(row, dict) else ''}"
            if self.periksa(row, b, item, {"kode", "uraian"}, {"kode"}):
                obj = self.simpan(
                    pf.TujuanRenstraForm,
                    {"renstra": self.renstra, **row},
                    berkas=b,
                    baris=row.baris,
                    item=item,
                )
                if obj:
                    self.tujuan[obj.kode] = obj
        for n, row in enumerate(self.daftar(r.get("sasaran"), b, "sasaran", r.baris), start=1):
            item = f"sasaran {row.get('kode') if isinstance(row, dict) else n}"
            if not self.periksa(row, b, item, {"kode", "uraian", "tujuan", "indikator"}, {"kode"}):
                continue
            tujuan = self.ref(
                self.tujuan, row.get("tujuan"), b, row.baris, item, "tujuan", "tujuan"
            )
            obj = self.simpan(
                pf.SasaranStrategisForm,
                {
                    "renstra": self.renstra,
                    "tujuan": tujuan,
                    "kode": row["kode"],
                    "uraian": row.get("uraian"),
                    "urutan": n,
                },
                berkas=b,
                baris=row.baris,
                item=item,
            )
            if obj:
                self.sasaran[obj.kode] = obj
                self._indikator_list(row.get("indikator"), "sasaran", obj, b, item)

    def _perjanjian_kinerja(self) -> None:
        """PK versions (program.yaml) come first: targets of every level refer to them."""
        b = "program.yaml"
        doc = self.data[b]
        for row in self.daftar(doc.get("perjanjian_kinerja"), b, "perjanjian_kinerja"):
            item = f"perjanjian kinerja {row.get('kode') if isinstance(row, dict) else ''}"
            keys = {
                "kode",
                "tahun",
                "versi",
                "urutan",
                "tanggal",
                "alasan",
                "pihak_pertama",
                "pihak_kedua",
            }
            if not self.periksa(row, b, item, keys, {"kode", "tahun", "versi", "urutan"}):
                continue
            data = {"perangkat_daerah": self.pd, **row}
            for side in ("pihak_pertama", "pihak_kedua"):
                data[side] = self.ref(
                    self.jabatan, row.get(side), b, row.baris, item, side, "jabatan"
                )
            obj = self.simpan(pf.PerjanjianKinerjaForm, data, berkas=b, baris=row.baris, item=item)
            if obj:
                if not self.renstra.mencakup(obj.tahun):
                    self.salah(b, row.baris, item, "tahun", "di luar periode Renstra")
                self.pk[obj.kode] = obj

    def _misi(self, rpjmd, doc, b, *, reuse: bool) -> None:
        for misi in self.daftar(doc.get("misi"), b, "misi", doc.baris):
            item = f"misi {misi.get('nomor') if isinstance(misi, dict) else ''}"
            if not self.periksa(misi, b, item, {"nomor", "uraian", "tujuan"}, {"nomor"}):
                continue
            m = rpjmd.misi.filter(nomor=misi["nomor"]).first() if reuse else None
            m = m or self.simpan(
                pf.MisiRPJMDForm,
                {
                    "rpjmd": rpjmd,
                    "nomor": misi["nomor"],
                    "uraian": misi.get("uraian"),
                },
                berkas=b,
                baris=misi.baris,
                item=item,
            )
            if m is None:
                continue
            for t in self.daftar(misi.get("tujuan"), b, item, misi.baris):
                t_item = f"tujuan RPJMD {t.get('kode') if isinstance(t, dict) else ''}"
                if not self.periksa(t, b, t_item, {"kode", "uraian", "sasaran"}, {"kode"}):
                    continue
                tj = m.tujuan.filter(kode=str(t["kode"])).first() if reuse else None
                tj = tj or self.simpan(
                    pf.TujuanRPJMDForm,
                    {
                        "misi": m,
                        "kode": t["kode"],
                        "uraian": t.get("uraian"),
                    },
                    berkas=b,
                    baris=t.baris,
                    item=t_item,
                )
                if tj is None:
                    continue
                for s in self.daftar(t.get("sasaran"), b, t_item, t.baris):
                    s_item = f"sasaran RPJMD {s.get('kode') if isinstance(s, dict) else ''}"
                    if not self.periksa(s, b, s_item, {"kode", "uraian", "butir"}, {"kode"}):
                        continue
                    obj = tj.sasaran.filter(kode=str(s["kode"])).first() if reuse else None
                    obj = obj or self.simpan(
                        pf.SasaranRPJMDForm,
                        {
                            "tujuan": tj,
                            "kode": s["kode"],
                            "uraian": s.get("uraian"),
                            "butir": json.dumps(
                                [str(x) for x in self.daftar(s.get("butir"), b, s_item, s.baris)]
                            ),
                        },
                        berkas=b,
                        baris=s.baris,
                        item=s_item,
                    )
                    if obj:
                        self.sasaran_rpjmd[obj.kode] = obj

    # -- indicators (renstra.yaml and program.yaml) ------------------------------------------

    KUNCI_INDIKATOR = {
        "nomor",
        "nama",
        "satuan",
        "polaritas",
        "jenis_target",
        "agregasi",
        "sumber",
        "definisi_operasional",
        "formulasi",
        "cara_perhitungan",
        "sumber_data",
        "target",
        "target_renstra",
        "kondisi_akhir",
        "realisasi_tercatat",
        "standar",
        "skala_ordinal",
    }

    def _indikator_list(self, rows, pemilik_field: str, pemilik, b: str, item: str) -> None:
        for n, row in enumerate(self.daftar(rows, b, item), start=1):
            nomor = row.get("nomor", n) if isinstance(row, dict) else n
            kode = f"{pemilik.kode}/{nomor}"
            i_item = f"indikator {kode}"
            if not self.periksa(row, b, i_item, self.KUNCI_INDIKATOR, {"nama", "satuan"}):
                continue
            sumber = row.get("sumber") or {"jenis": "input"}
            if not self.periksa(
                sumber, b, i_item, {"jenis", "register", "indikator"}, {"jenis"}, baris=row.baris
            ):
                continue
            standar = row.get("standar") or {}
            if not self.periksa(standar, b, i_item, {"nilai", "sumber"}, baris=row.baris):
                continue
            skala = self.ref(
                self.skala_ordinal,
                row.get("skala_ordinal"),
                b,
                row.baris,
                i_item,
                "skala_ordinal",
                "skala ordinal",
            )
            data = {
                "renstra": self.renstra,
                "kode": kode,
                "nomor": nomor,
                pemilik_field: pemilik,
                "nama": row.get("nama"),
                "satuan": row.get("satuan"),
                "polaritas": row.get("polaritas") or "positif",
                "jenis_target": row.get("jenis_target") or "angka",
                "agregasi": row.get("agregasi") or "jumlah",
                "sumber": sumber.get("jenis"),
                "register": sumber.get("register"),
                "skala_ordinal": skala,
                "standar": standar.get("nilai"),
                "standar_sumber": standar.get("sumber"),
                **{
                    k: row.get(k)
                    for k in (
                        "definisi_operasional",
                        "formulasi",
                        "cara_perhitungan",
                        "sumber_data",
                        "kondisi_akhir",
                    )
                },
            }
            obj = self.simpan(
                pf.IndikatorForm,
                data,
                berkas=b,
                baris=row.baris,
                item=i_item,
                nama_kolom={
                    "sumber": "sumber.jenis",
                    "register": "sumber.register",
                    "standar": "standar.nilai",
                },
            )
            if obj is None:
                continue
            self.indikator[kode] = obj
            self.indikator_sumber.append(
                (obj, self.daftar(sumber.get("indikator"), b, i_item, row.baris), b, row.baris)
            )
            self._target(obj, row, b, i_item)
            for tahun, nilai in self._per_tahun(
                row.get("realisasi_tercatat"), b, row.baris, i_item, "realisasi_tercatat"
            ):
                self._realisasi_indikator(
                    obj,
                    tahun,
                    None,
                    nilai,
                    b,
                    row.baris,
                    f"{i_item} tahun {tahun}",
                    keterangan="realisasi tercatat",
                )

    def _per_tahun(self, mapping, b, baris, item, field_) -> list[tuple[int, Any]]:
        if mapping is None:
            return []
        if not isinstance(mapping, dict):
            self.salah(b, baris, item, field_, "harus berupa pemetaan tahun: nilai")
            return []
        out = []
        for key, value in mapping.items():
            if not isinstance(key, int) or isinstance(key, bool):
                self.salah(b, baris, item, field_, f"'{key}' bukan tahun")
                continue
            out.append((key, value))
        return out

    def _nilai_target(self, indikator, value) -> dict[str, Any]:
        if indikator.jenis_target == Indikator.JenisTarget.RENTANG:
            if isinstance(value, list) and len(value) == 2:
                return {"nilai": value[0], "nilai_tinggi": value[1]}
            return {"nilai": "bukan rentang", "nilai_tinggi": None}
        if indikator.jenis_target == Indikator.JenisTarget.ORDINAL:
            return {"label": value}
        return {"nilai": value}

    def _target(self, indikator, row, b, item) -> None:
        for tahun, nilai in self._per_tahun(
            row.get("target_renstra"), b, row.baris, item, "target_renstra"
        ):
            if not self.renstra.mencakup(tahun):
                self.salah(
                    b, row.baris, item, "target_renstra", f"tahun {tahun} di luar periode Renstra"
                )
                continue
            self.simpan(
                pf.TargetForm,
                {"indikator": indikator, "tahun": tahun, **self._nilai_target(indikator, nilai)},
                berkas=b,
                baris=row.baris,
                item=f"{item} target Renstra {tahun}",
                nama_kolom={"nilai": "target_renstra"},
            )
        target = row.get("target")
        if target is None:
            return
        if not isinstance(target, dict):
            self.salah(b, row.baris, item, "target", "harus berupa pemetaan versi PK: nilai")
            return
        for kode_pk, nilai in target.items():
            pk = self.ref(self.pk, kode_pk, b, row.baris, item, "target", "versi PK")
            if pk is None:
                continue
            self.simpan(
                pf.TargetForm,
                {
                    "indikator": indikator,
                    "tahun": pk.tahun,
                    "perjanjian_kinerja": pk,
                    **self._nilai_target(indikator, nilai),
                },
                berkas=b,
                baris=row.baris,
                item=f"{item} target {kode_pk}",
                nama_kolom={"nilai": "target"},
            )

    def _hubungkan_sumber(self) -> None:
        """Link indicators of ``sumber: indikator`` once every indicator exists."""
        for obj, kodes, b, baris in self.indikator_sumber:
            item = f"indikator {obj.kode}"
            chosen = [
                self.ref(self.indikator, k, b, baris, item, "sumber.indikator", "indikator")
                for k in kodes
            ]
            if None in chosen:
                continue
            form = pf.IndikatorSumberForm(
                data={"indikator_sumber": [c.pk for c in chosen]}, instance=obj
            )
            if form.is_valid():
                form.save()
            else:
                for messages in form.errors.get_json_data().values():
                    for m in messages:
                        self.salah(b, baris, item, "sumber.indikator", m["message"])
        self._periksa_siklus()

    def _periksa_siklus(self) -> None:
        graph = {obj.kode: list(kodes) for obj, kodes, _, _ in self.indikator_sumber}
        state: dict[str, int] = {}

        def visit(node: str, path: list[str]) -> None:
            state[node] = 1
            for nxt in graph.get(node, ()):
                if state.get(nxt) == 1:
                    cycle = " -> ".join([*path[path.index(nxt) :], nxt]) if nxt in path else nxt
                    self.salah(
                        "renstra.yaml",
                        None,
                        f"indikator {node}",
                        "sumber.indikator",
                        f"siklus sumber indikator: {cycle}",
                    )
                elif state.get(nxt) is None:
                    visit(nxt, [*path, nxt])
            state[node] = 2

        for node in graph:
            if node not in state:
                visit(node, [node])

    # -- program.yaml ----------------------------------------------------------------------

    def _program(self) -> None:
        b = "program.yaml"
        doc = self.data[b]
        self.periksa(
            doc, b, "", {"perjanjian_kinerja", "program"}, {"perjanjian_kinerja", "program"}
        )
        if self.renstra is None:
            return
        for p_n, prow in enumerate(self.daftar(doc.get("program"), b, "program"), start=1):
            item = f"program {prow.get('kode') if isinstance(prow, dict) else p_n}"
            keys = {"kode", "nama", "sasaran", "unit", "penanggung_jawab", "indikator", "kegiatan"}
            if not self.periksa(prow, b, item, keys, {"kode", "sasaran"}):
                continue
            sasaran = [
                self.ref(self.sasaran, k, b, prow.baris, item, "sasaran", "sasaran")
                for k in self.daftar(prow.get("sasaran"), b, item, prow.baris)
            ]
            program = self._item(
                pf.ProgramForm,
                {
                    "renstra": self.renstra,
                    "sasaran": [s.pk for s in sasaran if s],
                    "urutan": p_n,
                },
                prow,
                b,
                item,
            )
            if program is None:
                continue
            for k_n, krow in enumerate(self.daftar(prow.get("kegiatan"), b, item), start=1):
                k_item = f"kegiatan {krow.get('kode') if isinstance(krow, dict) else k_n}"
                keys = {"kode", "nama", "unit", "penanggung_jawab", "indikator", "subkegiatan"}
                if not self.periksa(krow, b, k_item, keys, {"kode"}):
                    continue
                kegiatan = self._item(
                    pf.KegiatanForm, {"program": program, "urutan": k_n}, krow, b, k_item
                )
                if kegiatan is None:
                    continue
                subs = self.daftar(krow.get("subkegiatan"), b, k_item)
                for s_n, srow in enumerate(subs, start=1):
                    s_item = f"sub-kegiatan {srow.get('kode') if isinstance(srow, dict) else s_n}"
                    keys = {"kode", "nama", "unit", "penanggung_jawab", "indikator", "pagu"}
                    if not self.periksa(srow, b, s_item, keys, {"kode"}):
                        continue
                    sub = self._item(
                        pf.SubKegiatanForm, {"kegiatan": kegiatan, "urutan": s_n}, srow, b, s_item
                    )
                    if sub is None:
                        continue
                    self._pagu(sub, srow, b, s_item)
        self._hubungkan_sumber()

    def _item(self, form_class, data, row, b, item):
        unit = self.ref(self.unit, row.get("unit"), b, row.baris, item, "unit", "unit")
        pj = self.ref(
            self.jabatan,
            row.get("penanggung_jawab"),
            b,
            row.baris,
            item,
            "penanggung_jawab",
            "jabatan",
        )
        if str(row.get("kode")) in self.item:
            self.salah(b, row.baris, item, "kode", "kode ganda dalam dataset")
            return None
        obj = self.simpan(
            form_class,
            {
                **data,
                "kode": row.get("kode"),
                "nama": row.get("nama"),
                "unit": unit,
                "penanggung_jawab": pj,
            },
            berkas=b,
            baris=row.baris,
            item=item,
        )
        if obj is None:
            return None
        self.item[obj.kode] = obj
        field_name = obj._meta.model_name  # program | kegiatan | subkegiatan
        self._indikator_list(row.get("indikator"), field_name, obj, b, item)
        return obj

    def _pagu(self, sub, row, b, item) -> None:
        pagu = row.get("pagu")
        if pagu is None:
            return
        if not isinstance(pagu, dict):
            self.salah(b, row.baris, item, "pagu", "harus berupa pemetaan versi PK: nilai")
            return
        for kode_pk, nilai in pagu.items():
            pk = self.ref(self.pk, kode_pk, b, row.baris, item, "pagu", "versi PK")
            if pk is not None:
                self.simpan(
                    pf.PaguForm,
                    {"subkegiatan": sub, "perjanjian_kinerja": pk, "nilai": nilai},
                    berkas=b,
                    baris=row.baris,
                    item=f"{item} pagu {kode_pk}",
                    nama_kolom={"nilai": "pagu"},
                )

    # -- realisasi-YYYY.yaml ---------------------------------------------------------------

    def _tahun_berkas(self, b: str, doc) -> int | None:
        tahun = doc.get("tahun")
        if tahun != int(b[-9:-5]):
            self.salah(
                b, getattr(doc, "baris", None), "", "tahun", f"harus {b[-9:-5]}, sesuai nama berkas"
            )
            return None
        return tahun

    def _realisasi(self) -> None:
        for b in sorted(n for n in self.data if n.startswith("realisasi-")):
            doc = self.data[b]
            self.periksa(
                doc, b, "", {"tahun", "subkegiatan", "indikator", "tahunan", "faktor"}, {"tahun"}
            )
            tahun = self._tahun_berkas(b, doc)
            if tahun is None:
                continue
            for row in self.daftar(doc.get("subkegiatan"), b, "subkegiatan"):
                item = f"sub-kegiatan {row.get('kode') if isinstance(row, dict) else ''}"
                if not self.periksa(row, b, item, {"kode", "tw", "k", "rp"}, {"kode", "tw"}):
                    continue
                item = f"{item} TW {row['tw']}"
                sub = self.ref(self.item, row["kode"], b, row.baris, item, "kode", "sub-kegiatan")
                if sub is None:
                    continue
                if sub._meta.model_name != "subkegiatan":
                    self.salah(b, row.baris, item, "kode", f"'{row['kode']}' bukan sub-kegiatan")
                    continue
                if "rp" in row:
                    self.simpan(
                        RealisasiAnggaranForm,
                        {
                            "subkegiatan": sub,
                            "tahun": tahun,
                            "triwulan": row["tw"],
                            "rp": row["rp"],
                        },
                        berkas=b,
                        baris=row.baris,
                        item=item,
                        nama_kolom={"triwulan": "tw"},
                    )
                if "k" in row:
                    values = row["k"] if isinstance(row["k"], dict) else {1: row["k"]}
                    for nomor, nilai in values.items():
                        ind = self.ref(
                            self.indikator,
                            f"{sub.kode}/{nomor}",
                            b,
                            row.baris,
                            item,
                            "k",
                            "indikator",
                        )
                        if ind is not None:
                            self._realisasi_indikator(
                                ind, tahun, row["tw"], nilai, b, row.baris, item, kolom="k"
                            )
            for row in self.daftar(doc.get("indikator"), b, "indikator"):
                item = f"indikator {row.get('indikator') if isinstance(row, dict) else ''}"
                if not self.periksa(
                    row, b, item, {"indikator", "tw", "nilai", "keterangan"}, {"indikator", "tw"}
                ):
                    continue
                ind = self.ref(
                    self.indikator, row["indikator"], b, row.baris, item, "indikator", "indikator"
                )
                if ind is not None:
                    self._realisasi_indikator(
                        ind,
                        tahun,
                        row["tw"],
                        row.get("nilai"),
                        b,
                        row.baris,
                        f"{item} TW {row['tw']}",
                        keterangan=row.get("keterangan"),
                    )
            for row in self.daftar(doc.get("tahunan"), b, "tahunan"):
                item = f"indikator {row.get('indikator') if isinstance(row, dict) else ''}"
                if not self.periksa(
                    row, b, item, {"indikator", "nilai", "keterangan"}, {"indikator"}
                ):
                    continue
                ind = self.ref(
                    self.indikator, row["indikator"], b, row.baris, item, "indikator", "indikator"
                )
                if ind is not None:
                    self._realisasi_indikator(
                        ind,
                        tahun,
                        None,
                        row.get("nilai"),
                        b,
                        row.baris,
                        f"{item} tahunan",
                        keterangan=row.get("keterangan"),
                    )
            for row in self.daftar(doc.get("faktor"), b, "faktor"):
                item = f"faktor {row.get('kode') if isinstance(row, dict) else ''}"
                if not self.periksa(
                    row, b, item, {"kode", "penghambat", "pendukung", "solusi"}, {"kode"}
                ):
                    continue
                sub = self.ref(self.item, row["kode"], b, row.baris, item, "kode", "sub-kegiatan")
                if sub is not None:
                    self.simpan(
                        FaktorKinerjaForm,
                        {
                            "subkegiatan": sub,
                            "tahun": tahun,
                            **{k: row.get(k) for k in ("penghambat", "pendukung", "solusi")},
                        },
                        berkas=b,
                        baris=row.baris,
                        item=item,
                    )
            self._periksa_campuran(tahun, b)

    def _realisasi_indikator(
        self, ind, tahun, tw, nilai, b, baris, item, *, kolom="nilai", keterangan=None
    ) -> None:
        if ind.jenis_target == Indikator.JenisTarget.ORDINAL:
            value = {"nilai": None, "label": nilai}
        else:
            value = {"nilai": nilai, "label": ""}
        self.simpan(
            RealisasiIndikatorForm,
            {"indikator": ind, "tahun": tahun, "triwulan": tw, "keterangan": keterangan, **value},
            berkas=b,
            baris=baris,
            item=item,
            nama_kolom={"nilai": kolom, "triwulan": "tw", "label": kolom},
        )

    def _periksa_campuran(self, tahun: int, b: str) -> None:
        """A year's value is either quarterly or whole-year for one indicator, never both."""
        from sakip.monitoring.models import RealisasiIndikator

        both = (
            RealisasiIndikator.objects.filter(
                indikator__renstra=self.renstra, tahun=tahun, triwulan__isnull=True
            )
            .filter(indikator__realisasi__tahun=tahun, indikator__realisasi__triwulan__isnull=False)
            .values_list("indikator__kode", flat=True)
            .distinct()
        )
        for kode in both:
            self.salah(
                b,
                None,
                f"indikator {kode}",
                "tahunan",
                f"tahun {tahun} sudah punya realisasi per triwulan; pilih salah satu",
            )

    # -- anggaran-YYYY.yaml ----------------------------------------------------------------

    def _anggaran(self) -> None:
        for b in sorted(n for n in self.data if n.startswith("anggaran-")):
            doc = self.data[b]
            self.periksa(doc, b, "", {"tahun", "akun", "belanja"}, {"tahun"})
            tahun = self._tahun_berkas(b, doc)
            if tahun is None:
                continue
            for row in self.daftar(doc.get("akun"), b, "akun"):
                item = f"akun {row.get('kode') if isinstance(row, dict) else ''}"
                if not self.periksa(row, b, item, {"kode", "nama"}, {"kode", "nama"}):
                    continue
                kode = str(row["kode"])
                existing = Akun.objects.filter(kode=kode).first()
                if existing is not None:
                    if existing.nama != row["nama"]:
                        self.salah(
                            b,
                            row.baris,
                            item,
                            "nama",
                            f"akun {kode} sudah ada dengan nama '{existing.nama}'",
                        )
                    self.akun[kode] = existing
                    continue
                induk_kode = kode.rsplit(".", 1)[0] if "." in kode else None
                induk = self.akun.get(induk_kode) if induk_kode else None
                if induk_kode and induk is None:
                    self.salah(
                        b,
                        row.baris,
                        item,
                        "kode",
                        f"akun induk '{induk_kode}' harus disebut lebih dahulu",
                    )
                    continue
                obj = self.simpan(
                    AkunForm,
                    {"kode": kode, "nama": row["nama"], "induk": induk},
                    berkas=b,
                    baris=row.baris,
                    item=item,
                )
                if obj:
                    self.akun[kode] = obj
            for row in self.daftar(doc.get("belanja"), b, "belanja"):
                item = f"belanja {row.get('akun') if isinstance(row, dict) else ''}"
                if not self.periksa(row, b, item, {"akun", "pagu", "realisasi"}, {"akun", "pagu"}):
                    continue
                akun = self.ref(self.akun, row["akun"], b, row.baris, item, "akun", "akun")
                if akun is None:
                    continue
                if any(a.kode.startswith(akun.kode + ".") for a in self.akun.values()):
                    self.salah(
                        b,
                        row.baris,
                        item,
                        "akun",
                        "belanja dicatat pada akun rinci, bukan akun induk",
                    )
                    continue
                self.simpan(
                    BelanjaForm,
                    {
                        "perangkat_daerah": self.pd,
                        "tahun": tahun,
                        "akun": akun,
                        "pagu": row["pagu"],
                        "realisasi": row.get("realisasi", 0),
                    },
                    berkas=b,
                    baris=row.baris,
                    item=item,
                )

    # -- register.yaml and evaluasi.yaml ---------------------------------------------------

    def _register(self) -> None:
        b = "register.yaml"
        doc = self.data.get(b)
        if doc is None:
            return
        self.periksa(doc, b, "", {"temuan", "kebijakan"})
        for row in self.daftar(doc.get("temuan"), b, "temuan"):
            item = f"temuan {row.get('kode') if isinstance(row, dict) else ''}"
            keys = {
                "kode",
                "tahun",
                "sumber",
                "uraian",
                "nilai",
                "rekomendasi",
                "rencana_aksi",
                "material",
                "status",
                "tahun_selesai",
                "keterangan",
            }
            if self.periksa(row, b, item, keys, {"kode"}):
                self.simpan(
                    TemuanForm,
                    {"perangkat_daerah": self.pd, "material": True, **row},
                    berkas=b,
                    baris=row.baris,
                    item=item,
                )
        for row in self.daftar(doc.get("kebijakan"), b, "kebijakan"):
            item = f"kebijakan {row.get('kode') if isinstance(row, dict) else ''}"
            keys = {
                "kode",
                "tahun",
                "nomor",
                "tanggal",
                "uraian",
                "jenis",
                "status",
                "keterangan",
                "unit",
            }
            if not self.periksa(row, b, item, keys, {"kode"}):
                continue
            unit = self.ref(self.unit, row.get("unit"), b, row.baris, item, "unit", "unit")
            self.simpan(
                KebijakanForm,
                {"perangkat_daerah": self.pd, **row, "unit": unit},
                berkas=b,
                baris=row.baris,
                item=item,
            )

    def _evaluasi(self) -> None:
        b = "evaluasi.yaml"
        doc = self.data.get(b)
        if doc is None:
            return
        self.periksa(doc, b, "", {"evaluasi"})
        for row in self.daftar(doc.get("evaluasi"), b, "evaluasi"):
            item = f"evaluasi {row.get('tahun') if isinstance(row, dict) else ''}"
            keys = {"tahun", "evaluator", "nilai", "predikat", "interpretasi", "rekomendasi"}
            if not self.periksa(row, b, item, keys, {"tahun"}):
                continue
            obj = self.simpan(
                EvaluasiAKIPForm,
                {
                    "perangkat_daerah": self.pd,
                    **{k: row.get(k) for k in keys if k != "rekomendasi"},
                },
                berkas=b,
                baris=row.baris,
                item=item,
            )
            if obj is None:
                continue
            for r in self.daftar(row.get("rekomendasi"), b, item, row.baris):
                r_item = f"{item}, rekomendasi {r.get('nomor') if isinstance(r, dict) else ''}"
                if self.periksa(
                    r, b, r_item, {"nomor", "uraian", "tindak_lanjut", "status"}, {"nomor"}
                ):
                    self.simpan(
                        RekomendasiForm,
                        {"evaluasi": obj, **r},
                        berkas=b,
                        baris=r.baris,
                        item=r_item,
                    )

    def _laporan(self) -> None:
        from sakip.reports.dataset import muat_laporan

        muat_laporan(self)


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
