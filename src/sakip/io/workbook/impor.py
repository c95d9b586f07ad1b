"""Importing a filled workbook: validate everything, report every problem, write all or nothing.

The rows are matched to what the database holds by natural key (kode, kode indikator,
kode + triwulan, kode akun). A value equal to the stored one is not written; a changed one is
updated and leaves an audit row ``ubah`` with ``{field: [old, new]}``; a new row is created and
leaves ``buat``. Empty cells never delete anything. Re-importing the same workbook therefore
writes nothing at all.
"""

import gc
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.db import DatabaseError, models, transaction

from sakip import format as fmt
from sakip.audit import log as audit
from sakip.budget.forms import BelanjaForm
from sakip.budget.models import Belanja
from sakip.io.workbook.baca import Buku, Masalah, WorkbookTidakSah, baca_buku
from sakip.io.workbook.keadaan import TanpaRenstra, muat_keadaan
from sakip.io.workbook.kolom import FORMAT, Lembar, NilaiSalah, angka, lembar_semua, teks
from sakip.io.workbook.tulis import KUNCI, sisip
from sakip.io.workbook.validasi import Baris, Validasi, baris_lembar, tempat_kolom
from sakip.monitoring.forms import RealisasiAnggaranForm, RealisasiIndikatorForm
from sakip.monitoring.models import RealisasiAnggaran, RealisasiIndikator
from sakip.organisation.models import PerangkatDaerah
from sakip.planning import forms as pf
from sakip.planning.models import (
    KODE_INDIKATOR,
    POLA_KODE_KEGIATAN,
    POLA_KODE_SUBKEGIATAN,
    Indikator,
    Kegiatan,
    Pagu,
    PerjanjianKinerja,
    Program,
    SasaranStrategis,
    SubKegiatan,
    Target,
)
from sakip.registers.forms import KebijakanForm, TemuanForm
from sakip.registers.models import Kebijakan, Temuan

# Save order: a row's references are saved before it.
URUTAN_SIMPAN = [
    PerjanjianKinerja,
    SasaranStrategis,
    Program,
    Kegiatan,
    SubKegiatan,
    Indikator,
    Target,
    Pagu,
    RealisasiAnggaran,
    RealisasiIndikator,
    Belanja,
    Temuan,
    Kebijakan,
]

F_INDIKATOR = ["kode", "nomor", "nama", "satuan", "polaritas", "agregasi", "sumber", "register"]
F_ITEM = ["kode", "nama", "urutan"]
POLA = {"kegiatan": POLA_KODE_KEGIATAN, "subkegiatan": POLA_KODE_SUBKEGIATAN}


@dataclass
class HasilImpor:
    """What an import wrote (or, for a dry run, would write)."""

    nama: str
    perangkat_daerah: PerangkatDaerah
    tahun: int
    dibuat: Counter = field(default_factory=Counter)
    diubah: Counter = field(default_factory=Counter)
    peringatan: list[Masalah] = field(default_factory=list)
    kering: bool = False

    @property
    def jumlah(self) -> int:
        return sum(self.dibuat.values()) + sum(self.diubah.values())


def _sama(a: Any, b: Any) -> bool:
    if a in (None, "") and b in (None, ""):
        return True
    return a == b


class Pengimpor:
    """Imports one parsed workbook. Use ``impor_workbook()``."""

    def __init__(self, buku: Buku, *, pengguna=None):
        self.buku = buku
        self.pengguna = pengguna
        self.masalah: list[Masalah] = []
        self.baru: dict[type, list] = defaultdict(list)
        self.ubah: dict[type, dict[int, tuple[models.Model, dict]]] = defaultdict(dict)
        self.m2m: list[tuple[Program, list[SasaranStrategis], list[str], list[str]]] = []
        self.validasi: dict[str, Validasi] = {}

    # -- reporting -----------------------------------------------------------------------

    def salah(self, row: Baris | None, kunci: str | None, pesan: str, *, sheet=None) -> None:
        if row is None:
            self.masalah.append(Masalah(sheet, None, kunci, pesan))
            return
        kolom = tempat_kolom(row.lembar, kunci) if kunci else None
        self.masalah.append(Masalah(row.lembar.nama, row.nomor, kolom, pesan))
        row.ok = False

    def awas(self, row: Baris, kunci: str, pesan: str) -> None:
        kolom = tempat_kolom(row.lembar, kunci)
        self.masalah.append(Masalah(row.lembar.nama, row.nomor, kolom, pesan, peringatan=True))

    @property
    def kesalahan(self) -> list[Masalah]:
        return [m for m in self.masalah if not m.peringatan]

    # -- the generic upsert --------------------------------------------------------------

    def v(self, nama: str, form_class, fields: list[str]) -> Validasi:
        if nama not in self.validasi:
            self.validasi[nama] = Validasi(form_class, fields)
        return self.validasi[nama]

    def simpan(
        self,
        validasi: Validasi,
        lama: models.Model | None,
        baru: models.Model | None,
        data: dict[str, Any],
        row: Baris,
        kolom: dict[str, str],
        *,
        rujukan: dict[str, Any] | None = None,
    ):
        """Plan the creation of ``baru`` or the update of ``lama`` with ``data``.

        ``rujukan`` are references (foreign keys) set on the object by the importer; they are
        compared and audited like the typed fields. Returns the object, or None when invalid.
        """
        rujukan = rujukan or {}
        obj = lama if lama is not None else baru
        if lama is not None:
            before = {f: getattr(lama, f) for f in data}
            before_ref = {f: getattr(lama, f + "_id") for f in rujukan}
            after_ref = {f: (r.pk if r is not None else None) for f, r in rujukan.items()}
            same_ref = all(
                before_ref[f] == after_ref[f] and (rujukan[f] is None or rujukan[f].pk)
                for f in rujukan
            )
            if same_ref and all(_sama(before[f], data[f]) for f in data):
                return lama  # unchanged: not validated again, not written
        for f, r in rujukan.items():
            setattr(obj, f, r)
        errors = validasi.periksa(data, obj)
        if errors:
            for name, messages in errors.items():
                for m in messages:
                    self.salah(row, kolom.get(name), m)
            return None
        if lama is None:
            self.baru[type(obj)].append(obj)
            return obj
        changes = {f: [before[f], getattr(obj, f)] for f in data if before[f] != getattr(obj, f)}
        for f in rujukan:
            if before_ref[f] != after_ref[f] or (rujukan[f] is not None and not rujukan[f].pk):
                changes[f] = [before_ref[f], str(rujukan[f]) if rujukan[f] else None]
        if changes:
            key = id(obj)
            existing = self.ubah[type(obj)].get(key)
            if existing:
                existing[1].update(changes)
            else:
                self.ubah[type(obj)][key] = (obj, changes)
        return obj

    # -- the workbook --------------------------------------------------------------------

    def meta(self) -> tuple[PerangkatDaerah, int]:
        tabel = self.buku.tabel.get("Petunjuk")
        if tabel is None:
            raise WorkbookTidakSah(
                [Masalah(None, None, None, "sheet 'Petunjuk' tidak ada; pakai templat sakip")]
            )
        values: dict[str, tuple[int, Any]] = {}
        for nomor, cells in [(1, tabel.judul), *tabel.baris]:
            if len(cells) >= 2 and isinstance(cells[0], str):
                values[" ".join(cells[0].split()).casefold()] = (nomor, cells[1])
        masalah = []

        def ambil(label: str) -> tuple[int | None, Any]:
            found = values.get(label.casefold())
            if found is None:
                masalah.append(Masalah("Petunjuk", None, "B", f"baris '{label}' tidak ada"))
                return None, None
            return found

        baris_f, fmt_ = ambil("Format")
        baris_pd, kode_pd = ambil("Perangkat Daerah")
        baris_t, tahun = ambil("Tahun")
        if baris_f and teks(fmt_) != FORMAT:
            masalah.append(Masalah("Petunjuk", baris_f, "B", f"format harus '{FORMAT}'"))
        try:
            tahun = int(angka(tahun)) if baris_t else None
            if tahun is not None and not 2000 <= tahun <= 2100:
                raise NilaiSalah
        except (NilaiSalah, TypeError, ArithmeticError):
            masalah.append(Masalah("Petunjuk", baris_t, "B", "tahun tidak sah"))
            tahun = None
        pd = None
        if baris_pd:
            pemda, _, kode = teks(kode_pd).rpartition("/")
            pd = PerangkatDaerah.objects.filter(pemda__kode=pemda, kode=kode).first()
            if pd is None:
                masalah.append(
                    Masalah(
                        "Petunjuk",
                        baris_pd,
                        "B",
                        f"perangkat daerah '{teks(kode_pd)[:60]}' tidak dikenal (tulis PEMDA/KODE)",
                    )
                )
        if masalah:
            raise WorkbookTidakSah(masalah)
        return pd, tahun

    def impor(self, *, kering: bool = False) -> HasilImpor:
        pd, tahun = self.meta()
        try:
            self.k = muat_keadaan(pd, tahun)
        except TanpaRenstra as exc:
            raise WorkbookTidakSah([Masalah("Petunjuk", None, None, str(exc))]) from None
        k = self.k
        self.masalah.extend(self.buku.masalah)
        self.hasil = HasilImpor(self.buku.nama, pd, tahun, kering=kering)
        lembar = {
            lb.nama: lb
            for lb in lembar_semua(tahun, (k.renstra.tahun_mulai, k.renstra.tahun_selesai))
        }
        rows: dict[str, list[Baris]] = {}
        for nama, lb in lembar.items():
            tabel = self.buku.tabel.get(nama)
            if tabel is None:
                self.masalah.append(Masalah(nama, None, None, "sheet tidak ada"))
                rows[nama] = []
                continue
            rows[nama] = baris_lembar(lb, tabel, self.masalah)
            self._ganda(lb, rows[nama])
        self._pk(rows["PK"])
        self._renstra(rows["Renstra"])
        self._item(rows["Program"], "program")
        self._item(rows["Kegiatan"], "kegiatan")
        self._item(rows["SubKegiatan"], "subkegiatan")
        self._realisasi(rows["Realisasi"])
        self._realisasi_indikator(rows["Realisasi Indikator"])
        self._belanja(rows["Belanja"])
        self._temuan(rows["Temuan"])
        self._kebijakan(rows["Kebijakan"])
        self.hasil.peringatan = [m for m in self.masalah if m.peringatan]
        urutan = {nama: i for i, nama in enumerate(["Petunjuk", *lembar])}
        self.masalah.sort(key=lambda m: (urutan.get(m.sheet, len(urutan)), m.baris or 0))
        if self.kesalahan:
            raise WorkbookTidakSah(self.masalah)
        for model in URUTAN_SIMPAN:
            label = model._meta.verbose_name_plural
            if self.baru[model]:
                self.hasil.dibuat[label] = len(self.baru[model])
            if self.ubah[model]:
                self.hasil.diubah[label] = len(self.ubah[model])
        if not kering and (self.hasil.jumlah or self.m2m):
            self._tulis()
        return self.hasil

    def _ganda(self, lb: Lembar, rows: list[Baris]) -> None:
        keys = lb.kunci()
        seen: dict[tuple, int] = {}
        for row in rows:
            if not row.ok:
                continue
            key = tuple(row.nilai.get(k) for k in keys)
            if all(x in (None, "") for x in key):
                continue
            if key in seen:
                self.salah(
                    row,
                    keys[-1],
                    f"{' + '.join(tempat_kolom(lb, k).split(' (')[0] for k in keys)} "
                    f"ganda dengan baris {seen[key]}",
                )
            else:
                seen[key] = row.nomor

    # -- sheets --------------------------------------------------------------------------

    def _jabatan(self, row: Baris, kunci: str):
        kode = row.nilai.get(kunci)
        if not kode:
            return None
        found = self.k.jabatan.get(kode)
        if found is None:
            self.salah(row, kunci, f"jabatan '{kode[:60]}' tidak dikenal")
        return found

    def _unit(self, row: Baris, kunci: str = "unit"):
        kode = row.nilai.get(kunci)
        if not kode:
            return None
        found = self.k.unit.get(kode)
        if found is None:
            self.salah(row, kunci, f"unit '{kode[:60]}' tidak dikenal")
        return found

    def _pk(self, rows: list[Baris]) -> None:
        k = self.k
        val = self.v(
            "pk",
            pf.PerjanjianKinerjaForm,
            ["kode", "tahun", "versi", "urutan", "tanggal", "alasan"],
        )
        lain = set(
            PerjanjianKinerja.objects.filter(
                perangkat_daerah=k.pd, kode__in=[r.nilai.get("kode") for r in rows]
            )
            .exclude(tahun=k.tahun)
            .values_list("kode", flat=True)
        )
        urutan: dict[int, str] = {p.urutan: p.kode for p in k.pk.values()}
        for row in rows:
            if not row.ok:
                continue
            kode = row.nilai["kode"]
            if kode in lain:
                self.salah(row, "kode", f"kode versi '{kode}' sudah dipakai tahun lain")
                continue
            lama = k.pk.get(kode)
            rujukan = {
                "pihak_pertama": self._jabatan(row, "pihak_pertama"),
                "pihak_kedua": self._jabatan(row, "pihak_kedua"),
            }
            if not row.ok:
                continue
            other = urutan.get(row.nilai["urutan"])
            if other is not None and other != kode:
                self.salah(
                    row, "urutan", f"urutan {row.nilai['urutan']} sudah dipakai versi {other}"
                )
                continue
            data = {
                "kode": kode,
                "tahun": k.tahun,
                **{f: row.nilai[f] for f in ("versi", "urutan", "tanggal", "alasan")},
            }
            obj = self.simpan(
                val,
                lama,
                None if lama else PerjanjianKinerja(perangkat_daerah=k.pd),
                data,
                row,
                {f: f for f in data},
                rujukan=rujukan,
            )
            if obj is not None:
                if lama is not None and lama.urutan != obj.urutan:
                    urutan.pop(lama.urutan, None)
                urutan[obj.urutan] = kode
                k.pk[kode] = obj
        self.pk = k.pk_berlaku()
        if self.pk is None:
            self.masalah.append(
                Masalah("PK", None, None, f"belum ada versi Perjanjian Kinerja tahun {k.tahun}")
            )

    def _nilai_target(self, ind: Indikator, raw: Any) -> dict[str, Any]:
        if ind.jenis_target == Indikator.JenisTarget.ORDINAL:
            return {"nilai": None, "nilai_tinggi": None, "label": teks(raw)}
        if ind.jenis_target == Indikator.JenisTarget.RENTANG:
            text = teks(raw)
            low, sep, high = text.partition(" - ")
            if not sep:
                raise NilaiSalah("target rentang ditulis 'bawah - atas', misalnya '2 - 5'")
            return {"nilai": angka(low), "nilai_tinggi": angka(high), "label": ""}
        return {"nilai": angka(raw), "nilai_tinggi": None, "label": ""}

    def _target(self, ind: Indikator, row: Baris, kunci: str, tahun: int, pk) -> None:
        raw = row.nilai.get(kunci)
        if raw in (None, ""):
            return  # an empty target cell deletes nothing
        try:
            data = self._nilai_target(ind, raw)
        except NilaiSalah as exc:
            self.salah(row, kunci, str(exc))
            return
        key = (ind.kode, pk.kode) if pk else (ind.kode, tahun)
        lama = (self.k.target_pk if pk else self.k.target_renstra).get(key)
        val = self.v("target", pf.TargetForm, ["tahun", "nilai", "nilai_tinggi", "label"])
        baru = None if lama else Target(indikator=ind, perjanjian_kinerja=pk)
        obj = self.simpan(
            val,
            lama,
            baru,
            {"tahun": tahun, **data},
            row,
            {"nilai": kunci, "nilai_tinggi": kunci, "label": kunci, "tahun": kunci},
        )
        if obj is not None and lama is None:
            (self.k.target_pk if pk else self.k.target_renstra)[key] = obj

    def _indikator(self, row: Baris, pemilik_field: str, pemilik) -> Indikator | None:
        """The indicator columns of a row: upsert the indicator; return it."""
        kode = row.nilai.get("kode_indikator")
        if not kode:
            if any(
                row.nilai.get(c) not in (None, "")
                for c in ("indikator", "satuan", "polaritas", "agregasi", "sumber", "target_pk")
            ):
                self.salah(row, "kode_indikator", "wajib diisi bila kolom indikator diisi")
            return None
        m = KODE_INDIKATOR.match(kode)
        if m is None or m["pemilik"] != pemilik.kode or int(m["nomor"]) < 1:
            self.salah(
                row,
                "kode_indikator",
                f"kode indikator harus {pemilik.kode}/NOMOR, misalnya {pemilik.kode}/1",
            )
            return None
        k = self.k
        lama = k.indikator.get(kode)
        if lama is not None and lama.kode_pemilik != pemilik.kode:
            self.salah(row, "kode_indikator", "kode indikator sudah dipakai item lain")
            return None
        sumber = row.nilai.get("sumber") or (lama and (lama.register or lama.sumber)) or "input"
        register = ""
        if sumber in (
            Indikator.Register.TEMUAN_MATERIAL_TERBUKA,
            Indikator.Register.KEBIJAKAN_TERLAKSANA,
        ):
            register, sumber = sumber, Indikator.Sumber.REGISTER
        if sumber == Indikator.Sumber.INDIKATOR and (lama is None or lama.sumber != sumber):
            self.salah(
                row,
                "sumber",
                "sumber 'indikator' belum dapat dihubungkan lewat workbook; "
                "hubungkan lewat dataset",
            )
            return None
        data = {
            "kode": kode,
            "nomor": int(m["nomor"]),
            "nama": row.nilai.get("indikator"),
            "satuan": row.nilai.get("satuan"),
            "polaritas": row.nilai.get("polaritas") or (lama.polaritas if lama else "positif"),
            "agregasi": row.nilai.get("agregasi") or (lama.agregasi if lama else "jumlah"),
            "sumber": sumber,
            "register": register,
        }
        if "kondisi_akhir" in row.nilai:
            data["kondisi_akhir"] = row.nilai["kondisi_akhir"]
        kolom = {
            "kode": "kode_indikator",
            "nomor": "kode_indikator",
            "nama": "indikator",
            "satuan": "satuan",
            "polaritas": "polaritas",
            "agregasi": "agregasi",
            "sumber": "sumber",
            "register": "sumber",
            "kondisi_akhir": "kondisi_akhir",
        }
        fields = [*F_INDIKATOR, *(["kondisi_akhir"] if "kondisi_akhir" in data else [])]
        val = self.v("indikator-" + str(len(fields)), pf.IndikatorForm, fields)
        baru = None
        if lama is None:
            baru = Indikator(renstra=k.renstra, **{pemilik_field: pemilik})
        obj = self.simpan(val, lama, baru, data, row, kolom)
        if obj is not None and lama is None:
            k.indikator[kode] = obj
        return obj

    def _renstra(self, rows: list[Baris]) -> None:
        k = self.k
        val = self.v("sasaran", pf.SasaranStrategisForm, ["kode", "uraian", "urutan"])
        urutan = max((s.urutan for s in k.sasaran.values()), default=0)
        dilihat: dict[str, int] = {}
        for row in rows:
            if not row.ok:
                continue
            kode = row.nilai["kode_sasaran"]
            lama = k.sasaran.get(kode)
            if kode in dilihat:
                if row.nilai.get("sasaran") not in (None, "", k.sasaran[kode].uraian):
                    self.salah(row, "sasaran", f"berbeda dengan baris {dilihat[kode]}")
                    continue
                sasaran = k.sasaran[kode]
            else:
                dilihat[kode] = row.nomor
                if lama is None:
                    urutan += 1
                data = {
                    "kode": kode,
                    "uraian": row.nilai.get("sasaran"),
                    "urutan": lama.urutan if lama else urutan,
                }
                sasaran = self.simpan(
                    val,
                    lama,
                    None if lama else SasaranStrategis(renstra=k.renstra),
                    data,
                    row,
                    {"kode": "kode_sasaran", "uraian": "sasaran", "urutan": "kode_sasaran"},
                )
                if sasaran is None:
                    continue
                k.sasaran[kode] = sasaran
            ind = self._indikator(row, "sasaran", sasaran)
            if ind is None:
                continue
            for t in range(k.renstra.tahun_mulai, k.renstra.tahun_selesai + 1):
                self._target(ind, row, f"target_{t}", t, None)
            if self.pk is not None:
                self._target(ind, row, "target_pk", k.tahun, self.pk)

    def _item(self, rows: list[Baris], jenis: str) -> None:
        """Program, Kegiatan or SubKegiatan rows: the item, its indicators, targets, pagu."""
        k = self.k
        model, form_class, induk_field, induk_dict, segmen = {
            "program": (Program, pf.ProgramForm, None, None, 3),
            "kegiatan": (Kegiatan, pf.KegiatanForm, "program", k.program, 5),
            "subkegiatan": (SubKegiatan, pf.SubKegiatanForm, "kegiatan", k.kegiatan, 6),
        }[jenis]
        items: dict[str, models.Model] = getattr(k, jenis)
        val = self.v(jenis, form_class, F_ITEM)
        urutan = max((i.urutan for i in items.values()), default=0)
        pertama: dict[str, Baris] = {}
        for row in rows:
            if not row.ok:
                continue
            kode = row.nilai["kode"]
            if kode in pertama:
                first = pertama[kode]
                for c in ("nama", "sasaran", "unit", "penanggung_jawab"):
                    if c in row.nilai and row.nilai[c] not in (None, "", first.nilai.get(c)):
                        self.salah(
                            row, c, f"berbeda dengan baris {first.nomor} untuk kode yang sama"
                        )
                if not row.ok or kode not in items or (not first.ok and kode not in items):
                    continue
                obj = items[kode]
            else:
                pertama[kode] = row
                obj = self._item_baru(
                    row, jenis, model, val, items, induk_field, induk_dict, segmen, urutan
                )
                if obj is None:
                    continue
                if obj.pk is None and obj.urutan > urutan:
                    urutan = obj.urutan
            ind = self._indikator(row, jenis, obj)
            if ind is not None and self.pk is not None:
                self._target(ind, row, "target_pk", k.tahun, self.pk)
            if jenis == "subkegiatan":
                self._pagu(row, obj)

    def _item_baru(self, row, jenis, model, val, items, induk_field, induk_dict, segmen, urutan):
        k = self.k
        kode = row.nilai["kode"]
        lama = items.get(kode)
        parts = kode.split(".")
        rujukan: dict[str, Any] = {
            "unit": self._unit(row),
            "penanggung_jawab": self._jabatan(row, "penanggung_jawab"),
        }
        baru = None
        if induk_field:
            induk_kode = ".".join(parts[: segmen - (1 if segmen == 6 else 2)])
            format_sah = re.match(POLA[jenis], kode) is not None
            induk = induk_dict.get(induk_kode) if format_sah else None
            if format_sah and induk is None:
                self.salah(
                    row,
                    "kode",
                    f"{induk_field} '{induk_kode}' tidak ada "
                    f"(sheet {induk_field.title()} atau basis data)",
                )
                return None
            if lama is None:
                baru = model(**{induk_field: induk})
        elif lama is None:
            baru = model(renstra=k.renstra)
        if not row.ok:
            return None
        data = {
            "kode": kode,
            "nama": row.nilai.get("nama"),
            "urutan": lama.urutan if lama else urutan + 1,
        }
        obj = self.simpan(
            val,
            lama,
            baru,
            data,
            row,
            {"kode": "kode", "nama": "nama", "urutan": "kode"},
            rujukan=rujukan,
        )
        if obj is None:
            return None
        items[kode] = obj
        if jenis == "program":
            self._sasaran_program(row, obj, lama)
        return obj

    def _sasaran_program(self, row: Baris, program: Program, lama) -> None:
        text = row.nilai.get("sasaran") or ""
        kodes = sorted({s.strip() for s in text.replace(";", ",").split(",") if s.strip()})
        before = self.k.program_sasaran.get(program.kode, [])
        if not kodes:
            if lama is None:
                self.salah(row, "sasaran", "wajib diisi: kode sasaran yang dilayani program")
            return
        chosen = []
        for kode in kodes:
            s = self.k.sasaran.get(kode)
            if s is None:
                self.salah(row, "sasaran", f"sasaran '{kode[:40]}' tidak dikenal")
                return
            chosen.append(s)
        if kodes != before:
            self.m2m.append((program, chosen, before, kodes))
            self.hasil.diubah["sasaran program"] += 1

    def _pagu(self, row: Baris, sub: SubKegiatan) -> None:
        nilai = row.nilai.get("pagu")
        if nilai is None or self.pk is None:
            return
        key = (sub.kode, self.pk.kode)
        lama = self.k.pagu.get(key)
        val = self.v("pagu", pf.PaguForm, ["nilai"])
        baru = None if lama else Pagu(subkegiatan=sub, perjanjian_kinerja=self.pk)
        obj = self.simpan(val, lama, baru, {"nilai": nilai}, row, {"nilai": "pagu"})
        if obj is not None and lama is None:
            self.k.pagu[key] = obj

    def _indikator_realisasi(self, ind: Indikator, tw, raw, row, kunci, keterangan=None) -> None:
        if ind.jenis_target == Indikator.JenisTarget.ORDINAL:
            data = {"nilai": None, "label": teks(raw)}
        else:
            try:
                data = {"nilai": angka(raw), "label": ""}
            except NilaiSalah as exc:
                self.salah(row, kunci, str(exc))
                return
        data = {"tahun": self.k.tahun, "triwulan": tw, **data}
        if keterangan is not None:
            data["keterangan"] = keterangan
        lama = self.k.k.get((ind.kode, tw))
        fields = list(data)
        val = self.v("realisasi-indikator-" + str(len(fields)), RealisasiIndikatorForm, fields)
        baru = None if lama else RealisasiIndikator(indikator=ind)
        obj = self.simpan(
            val,
            lama,
            baru,
            data,
            row,
            dict.fromkeys(data, kunci) | {"keterangan": "keterangan", "triwulan": "triwulan"},
        )
        if obj is not None and lama is None:
            self.k.k[(ind.kode, tw)] = obj

    def _realisasi(self, rows: list[Baris]) -> None:
        k = self.k
        val = self.v("rp", RealisasiAnggaranForm, ["tahun", "triwulan", "rp"])
        for row in rows:
            if not row.ok or row.kosong("k", "rp"):
                continue
            kode, tw = row.nilai["kode"], row.nilai["triwulan"]
            sub = k.subkegiatan.get(kode)
            if sub is None:
                self.salah(row, "kode", f"sub-kegiatan '{kode[:60]}' tidak dikenal")
                continue
            if tw not in (1, 2, 3, 4):
                self.salah(row, "triwulan", "triwulan harus 1, 2, 3 atau 4")
                continue
            if row.nilai.get("k") is not None:
                ind = k.indikator.get(f"{kode}/1")
                if ind is None:
                    self.salah(row, "k", f"sub-kegiatan {kode} belum punya indikator 1")
                else:
                    self._indikator_realisasi(ind, tw, row.mentah["k"], row, "k")
            if row.nilai.get("rp") is not None:
                lama = k.rp.get((kode, tw))
                baru = None if lama else RealisasiAnggaran(subkegiatan=sub)
                obj = self.simpan(
                    val,
                    lama,
                    baru,
                    {"tahun": k.tahun, "triwulan": tw, "rp": row.nilai["rp"]},
                    row,
                    {"rp": "rp", "triwulan": "triwulan", "tahun": "rp"},
                )
                if obj is not None and lama is None:
                    k.rp[(kode, tw)] = obj
        self._periksa_pagu(rows)

    def _periksa_pagu(self, rows: list[Baris]) -> None:
        """RP above pagu is a warning: the import goes on, the planner is told."""
        if self.pk is None:
            return
        total: dict[str, Decimal] = defaultdict(Decimal)
        for (kode, _tw), r in self.k.rp.items():
            total[kode] += r.rp
        last_row = {row.nilai.get("kode"): row for row in rows if row.ok}
        for kode, jumlah in total.items():
            pagu = self.k.pagu.get((kode, self.pk.kode))
            row = last_row.get(kode)
            if pagu is not None and row is not None and jumlah > pagu.nilai:
                self.awas(
                    row,
                    "rp",
                    f"jumlah realisasi {kode} setahun {fmt.rupiah(jumlah)} melebihi pagu "
                    f"{fmt.rupiah(pagu.nilai)}",
                )

    def _realisasi_indikator(self, rows: list[Baris]) -> None:
        k = self.k
        for row in rows:
            if not row.ok or row.kosong("nilai", "keterangan"):
                continue
            ind = k.indikator.get(row.nilai["kode"])
            if ind is None:
                self.salah(row, "kode", f"indikator '{row.nilai['kode'][:60]}' tidak dikenal")
                continue
            tw = None if row.nilai["triwulan"] == "Tahunan" else int(row.nilai["triwulan"])
            other = [t for (kode, t) in k.k if kode == ind.kode and (t is None) != (tw is None)]
            if other:
                self.salah(
                    row,
                    "triwulan",
                    f"indikator {ind.kode} sudah punya realisasi "
                    + ("per triwulan" if tw is None else "tahunan")
                    + f" tahun {k.tahun}; pilih salah satu",
                )
                continue
            self._indikator_realisasi(
                ind, tw, row.mentah["nilai"], row, "nilai", keterangan=row.nilai.get("keterangan")
            )

    def _belanja(self, rows: list[Baris]) -> None:
        k = self.k
        val = self.v("belanja", BelanjaForm, ["tahun", "pagu", "realisasi"])
        induk = {a.kode.rsplit(".", 1)[0] for a in k.akun.values() if "." in a.kode}
        for row in rows:
            if not row.ok or row.kosong("pagu", "realisasi"):
                continue
            if row.nilai.get("pagu") is None:
                self.salah(row, "pagu", "wajib diisi")
                continue
            akun = k.akun.get(row.nilai["akun"])
            if akun is None:
                self.salah(row, "akun", f"akun '{row.nilai['akun'][:40]}' tidak dikenal")
                continue
            if akun.kode in induk:
                self.salah(row, "akun", "belanja dicatat pada akun rinci, bukan akun induk")
                continue
            lama = k.belanja.get(akun.kode)
            data = {
                "tahun": k.tahun,
                "pagu": row.nilai.get("pagu"),
                "realisasi": row.nilai.get("realisasi") or Decimal(0),
            }
            baru = None if lama else Belanja(perangkat_daerah=k.pd, akun=akun)
            obj = self.simpan(
                val,
                lama,
                baru,
                data,
                row,
                {"pagu": "pagu", "realisasi": "realisasi", "tahun": "akun"},
            )
            if obj is not None and lama is None:
                k.belanja[akun.kode] = obj

    def _temuan(self, rows: list[Baris]) -> None:
        fields = [
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
        ]
        val = self.v("temuan", TemuanForm, fields)
        for row in rows:
            if not row.ok:
                continue
            data = {f: row.nilai.get(f) for f in fields}
            data["material"] = row.nilai.get("material") != "Tidak"
            lama = self.k.temuan.get(data["kode"])
            baru = None if lama else Temuan(perangkat_daerah=self.k.pd)
            obj = self.simpan(val, lama, baru, data, row, {f: f for f in fields})
            if obj is not None and lama is None:
                self.k.temuan[obj.kode] = obj

    def _kebijakan(self, rows: list[Baris]) -> None:
        fields = ["kode", "tahun", "nomor", "tanggal", "uraian", "jenis", "status", "keterangan"]
        val = self.v("kebijakan", KebijakanForm, fields)
        for row in rows:
            if not row.ok:
                continue
            unit = self._unit(row)
            if not row.ok:
                continue
            data = {f: row.nilai.get(f) for f in fields}
            lama = self.k.kebijakan.get(data["kode"])
            baru = None if lama else Kebijakan(perangkat_daerah=self.k.pd)
            obj = self.simpan(
                val, lama, baru, data, row, {f: f for f in fields}, rujukan={"unit": unit}
            )
            if obj is not None and lama is None:
                self.k.kebijakan[obj.kode] = obj

    # -- writing -------------------------------------------------------------------------

    def _tulis(self) -> None:
        alasan = f"impor workbook {self.buku.nama}"
        log = []
        try:
            with transaction.atomic():
                for model in URUTAN_SIMPAN:
                    new = self.baru[model]
                    if new:
                        if model in KUNCI:
                            sisip(model, new)
                        else:
                            # bulk_create takes the id of a reference saved a step earlier
                            model.objects.bulk_create(new, batch_size=500)
                        for obj in new:
                            fields = _kolom_audit(obj)
                            log.append(
                                audit.baris(
                                    "buat",
                                    obj,
                                    audit.perubahan({}, fields),
                                    pengguna=self.pengguna,
                                    perangkat_daerah=self.k.pd,
                                    alasan=alasan,
                                )
                            )
                    changed = self.ubah[model]
                    if changed:
                        by_fields: dict[tuple, list] = defaultdict(list)
                        for obj, changes in changed.values():
                            names = tuple(sorted(f for f in changes))
                            by_fields[names].append(obj)
                            lama = {f: a for f, (a, _b) in changes.items()}
                            baru = {f: b for f, (_a, b) in changes.items()}
                            log.append(
                                audit.baris(
                                    "ubah",
                                    obj,
                                    audit.perubahan(lama, baru),
                                    pengguna=self.pengguna,
                                    perangkat_daerah=self.k.pd,
                                    alasan=alasan,
                                )
                            )
                        for names, objs in by_fields.items():
                            model.objects.bulk_update(objs, list(names), batch_size=500)
                    if model is Program and self.m2m:
                        self._tulis_m2m(log, alasan)
                audit.catat_semua(log)
                audit.catat(
                    "impor_workbook",
                    self.k.pd,
                    {"workbook": [None, self.buku.nama]},
                    pengguna=self.pengguna,
                    perangkat_daerah=self.k.pd,
                    alasan=f"{self.hasil.jumlah} baris dibuat atau diubah, tahun {self.k.tahun}",
                )
        except DatabaseError as exc:
            raise WorkbookTidakSah(
                [Masalah(None, None, None, f"gagal menyimpan, tidak ada yang ditulis ({exc})")]
            ) from None

    def _tulis_m2m(self, log: list, alasan: str) -> None:
        through = Program.sasaran.through
        ids = [p.pk for p, *_ in self.m2m]
        through.objects.filter(program_id__in=ids).delete()
        through.objects.bulk_create(
            [
                through(program_id=p.pk, sasaranstrategis_id=s.pk)
                for p, chosen, *_ in self.m2m
                for s in chosen
            ]
        )
        for program, _chosen, before, after in self.m2m:
            log.append(
                audit.entri(
                    "ubah",
                    program,
                    {"sasaran": [", ".join(before) or None, ", ".join(after)]},
                    pengguna=self.pengguna,
                    perangkat_daerah=self.k.pd,
                    alasan=alasan,
                )
            )


def _kolom_audit(obj: models.Model) -> dict[str, Any]:
    """The typed values of a new object, for its ``buat`` audit row."""
    out = {}
    for f in obj._meta.concrete_fields:
        if f.primary_key or f.is_relation:
            continue
        value = getattr(obj, f.attname)
        if value not in (None, ""):
            out[f.name] = value
    return out


def impor_workbook(
    sumber: Path | str | bytes, *, pengguna=None, kering: bool = False, nama: str | None = None
) -> HasilImpor:
    """Import a workbook all-or-nothing; ``kering`` (dry run) validates and writes nothing.

    Raises ``WorkbookTidakSah`` listing every problem (warnings included) when any error is
    found; warnings alone (RP above pagu) do not stop the import and are in the result.
    """
    # Some 10 objects per row stay alive to the end; Python's cyclic garbage collector would
    # otherwise walk all of them again and again while they pile up (a third of the time).
    nyala = gc.isenabled()
    gc.disable()
    try:
        buku = baca_buku(sumber, nama)
        return Pengimpor(buku, pengguna=pengguna).impor(kering=kering)
    finally:
        if nyala:
            gc.enable()
