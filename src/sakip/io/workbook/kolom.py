"""The workbook's sheets and columns, shared by the template, the exporter and the importer.

One definition per sheet: its name, its columns (Indonesian header, kind of value, whether it
is a key column that the sheet protection locks, the validation list it offers). The exporter
writes exactly these columns in this order; the parser finds them by header text, so a planner
may not rename a header but a missing or unknown one is reported by name.
"""

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sakip.format import BukanAngka, baca_angka

FORMAT = "sakip-workbook/1"

# Kinds of cell value.
TEKS = "teks"
ANGKA = "angka"  # an indicator value: a target, a realisasi
UANG = "uang"  # rupiah
BULAT = "bulat"  # a whole number: a year, a triwulan, an order
TANGGAL = "tanggal"
TARGET = "target"  # a number, a range "2 - 5" or an ordinal label, by the indicator's kind

POLARITAS = ("positif", "negatif")
AGREGASI = ("jumlah", "terakhir", "maksimum")
SUMBER = ("input", "rollup", "indikator", "temuan_material_terbuka", "kebijakan_terlaksana")
TRIWULAN = ("1", "2", "3", "4")
TRIWULAN_INDIKATOR = ("1", "2", "3", "4", "Tahunan")
VERSI_PK = ("murni", "perubahan", "reviu")
SUMBER_TEMUAN = ("BPK", "APIP")
STATUS_TEMUAN = ("belum", "proses", "selesai")
STATUS_KEBIJAKAN = (
    "dilaksanakan",
    "masih_dilaksanakan",
    "tidak_diterapkan_lagi",
    "belum_dilaksanakan",
)
YA_TIDAK = ("Ya", "Tidak")


@dataclass(frozen=True)
class Kolom:
    """One column: ``kunci`` is the importer's name for it, ``judul`` the printed header."""

    kunci: str
    judul: str
    jenis: str = TEKS
    wajib: bool = False
    kunci_baris: bool = False  # part of the row's natural key: locked by the sheet protection
    pilihan: tuple[str, ...] | None = None  # a fixed validation list
    daftar: str | None = None  # a validation list from the hidden "Daftar" sheet
    lebar: int = 14
    info: bool = False  # shown for reading only, never imported (a name beside a code)


@dataclass(frozen=True)
class Lembar:
    """One sheet."""

    nama: str
    keterangan: str
    kolom: tuple[Kolom, ...]

    def judul(self) -> list[str]:
        return [k.judul for k in self.kolom]

    def kunci(self) -> tuple[str, ...]:
        return tuple(k.kunci for k in self.kolom if k.kunci_baris)


def _indikator(tahun: int) -> tuple[Kolom, ...]:
    return (
        Kolom("kode_indikator", "Kode Indikator", kunci_baris=True, lebar=22),
        Kolom("indikator", "Indikator", lebar=50),
        Kolom("satuan", "Satuan", daftar="satuan", lebar=12),
        Kolom("polaritas", "Polaritas", pilihan=POLARITAS, lebar=10),
        Kolom("agregasi", "Agregasi", pilihan=AGREGASI, lebar=10),
        Kolom("sumber", "Sumber Realisasi", pilihan=SUMBER, lebar=16),
        Kolom("target_pk", f"Target PK {tahun}", TARGET, lebar=12),
    )


def _item(kode_contoh: str) -> tuple[Kolom, ...]:
    return (
        Kolom("kode", "Kode", wajib=True, kunci_baris=True, lebar=len(kode_contoh) + 4),
        Kolom("nama", "Nama", lebar=50),
    )


def _pelaksana() -> tuple[Kolom, ...]:
    return (
        Kolom("unit", "Unit", daftar="unit", lebar=14),
        Kolom("penanggung_jawab", "Penanggung Jawab", daftar="jabatan", lebar=18),
    )


def lembar_semua(tahun: int, tahun_renstra: tuple[int, int]) -> list[Lembar]:
    """Every data sheet of the workbook of ``tahun`` for a Renstra of ``tahun_renstra``."""
    mulai, selesai = tahun_renstra
    return [
        Lembar(
            "Renstra",
            "Sasaran strategis dan IKU: target per tahun Renstra dan target PK tahun ini.",
            (
                Kolom("kode_sasaran", "Kode Sasaran", wajib=True, kunci_baris=True, lebar=10),
                Kolom("sasaran", "Sasaran Strategis", lebar=40),
                *_indikator(tahun)[:-1],
                *(
                    Kolom(f"target_{t}", f"Target {t}", TARGET, lebar=10)
                    for t in range(mulai, selesai + 1)
                ),
                Kolom("kondisi_akhir", "Kondisi Akhir", ANGKA, lebar=10),
                _indikator(tahun)[-1],
            ),
        ),
        Lembar(
            "PK",
            "Versi Perjanjian Kinerja tahun ini; yang urutannya tertinggi yang berlaku.",
            (
                Kolom("kode", "Kode Versi", wajib=True, kunci_baris=True, lebar=14),
                Kolom("versi", "Versi", wajib=True, pilihan=VERSI_PK, lebar=10),
                Kolom("urutan", "Urutan", BULAT, wajib=True, lebar=8),
                Kolom("tanggal", "Tanggal", TANGGAL, lebar=12),
                Kolom("alasan", "Alasan", lebar=40),
                Kolom("pihak_pertama", "Pihak Pertama", daftar="jabatan", lebar=16),
                Kolom("pihak_kedua", "Pihak Kedua", daftar="jabatan", lebar=16),
            ),
        ),
        Lembar(
            "Program",
            "Program, indikatornya dan target PK; satu baris per indikator.",
            (
                *_item("4.01.01"),
                Kolom("sasaran", "Kode Sasaran", lebar=12),
                *_pelaksana(),
                *_indikator(tahun),
            ),
        ),
        Lembar(
            "Kegiatan",
            "Kegiatan, indikatornya dan target PK; satu baris per indikator.",
            (*_item("4.01.01.2.01"), *_pelaksana(), *_indikator(tahun)),
        ),
        Lembar(
            "SubKegiatan",
            "Sub-kegiatan, indikator, target dan pagu PK yang berlaku; satu baris per indikator.",
            (
                *_item("4.01.01.2.01.0001"),
                *_pelaksana(),
                *_indikator(tahun),
                Kolom("pagu", f"Pagu {tahun}", UANG, lebar=18),
            ),
        ),
        Lembar(
            "Realisasi",
            "Realisasi sub-kegiatan per triwulan: K (indikator 1) dan RP (rupiah).",
            (
                Kolom("kode", "Kode Sub-Kegiatan", wajib=True, kunci_baris=True, lebar=22),
                Kolom(
                    "triwulan", "Triwulan", BULAT, wajib=True, kunci_baris=True, pilihan=TRIWULAN
                ),
                Kolom("k", "K", ANGKA, lebar=12),
                Kolom("rp", "RP", UANG, lebar=18),
            ),
        ),
        Lembar(
            "Realisasi Indikator",
            "Realisasi indikator lain (indeks, nilai survei) per triwulan atau setahun.",
            (
                Kolom("kode", "Kode Indikator", wajib=True, kunci_baris=True, lebar=22),
                Kolom(
                    "triwulan",
                    "Triwulan",
                    wajib=True,
                    kunci_baris=True,
                    pilihan=TRIWULAN_INDIKATOR,
                ),
                Kolom("nilai", "Nilai", TARGET, lebar=12),
                Kolom("keterangan", "Keterangan", lebar=40),
            ),
        ),
        Lembar(
            "Belanja",
            "Belanja per kelas ekonomi (akun rinci): anggaran dan realisasi setahun.",
            (
                Kolom("akun", "Kode Akun", wajib=True, kunci_baris=True, lebar=10),
                Kolom("nama_akun", "Nama Akun", lebar=36, info=True),
                Kolom("pagu", "Anggaran", UANG, lebar=18),  # required once the row is filled
                Kolom("realisasi", "Realisasi", UANG, lebar=18),
            ),
        ),
        Lembar(
            "Temuan",
            "Temuan BPK/APIP dan tindak lanjutnya.",
            (
                Kolom("kode", "Kode", wajib=True, kunci_baris=True, lebar=12),
                Kolom("tahun", "Tahun", BULAT, wajib=True, lebar=8),
                Kolom("sumber", "Sumber", wajib=True, pilihan=SUMBER_TEMUAN, lebar=8),
                Kolom("uraian", "Uraian Temuan", wajib=True, lebar=40),
                Kolom("nilai", "Nilai (Rp)", UANG, lebar=16),
                Kolom("rekomendasi", "Rekomendasi", lebar=30),
                Kolom("rencana_aksi", "Rencana Aksi", lebar=30),
                Kolom("material", "Material", pilihan=YA_TIDAK, lebar=9),
                Kolom("status", "Status", wajib=True, pilihan=STATUS_TEMUAN, lebar=10),
                Kolom("tahun_selesai", "Tahun Selesai", BULAT, lebar=10),
                Kolom("keterangan", "Keterangan", lebar=30),
            ),
        ),
        Lembar(
            "Kebijakan",
            "Kebijakan yang diterbitkan dan pelaksanaannya.",
            (
                Kolom("kode", "Kode", wajib=True, kunci_baris=True, lebar=12),
                Kolom("tahun", "Tahun", BULAT, wajib=True, lebar=8),
                Kolom("nomor", "Nomor", lebar=20),
                Kolom("tanggal", "Tanggal", TANGGAL, lebar=12),
                Kolom("uraian", "Uraian", wajib=True, lebar=40),
                Kolom("jenis", "Jenis", wajib=True, lebar=20),
                Kolom("status", "Status", wajib=True, pilihan=STATUS_KEBIJAKAN, lebar=20),
                Kolom("keterangan", "Keterangan", lebar=30),
                Kolom("unit", "Unit", daftar="unit", lebar=14),
            ),
        ),
    ]


# -- cell values ------------------------------------------------------------------------------


class NilaiSalah(ValueError):
    """A cell whose value does not fit its column; the message is Indonesian."""


def teks(value: object) -> str:
    """A cell as text: numbers the way they were typed (``4.01`` stays ``4.01``)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Ya" if value else "Tidak"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    return str(value).strip()


def angka(value: object) -> Decimal | None:
    """A cell as a number; ``None`` when empty."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise NilaiSalah("harus berupa angka, bukan Ya/Tidak")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise NilaiSalah("bukan angka yang sah")
        return Decimal(repr(value))
    if isinstance(value, date | datetime):
        raise NilaiSalah("harus berupa angka, bukan tanggal")
    try:
        nilai = baca_angka(str(value))
    except BukanAngka:
        raise NilaiSalah(f"'{str(value)[:40]}' bukan angka") from None
    return nilai


def bulat(value: object) -> int | None:
    nilai = angka(value)
    if nilai is None:
        return None
    if nilai != nilai.to_integral_value() or abs(nilai) > 10**9:
        raise NilaiSalah("harus berupa bilangan bulat")
    return int(nilai)


def tanggal(value: object) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    for fmt in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise NilaiSalah(f"'{text[:40]}' bukan tanggal (tulis 2023-12-31 atau 31/12/2023)")


def sel(nilai: object) -> object:
    """A stored value as the exporter writes it into a cell (export → import → export holds)."""
    if isinstance(nilai, Decimal):
        if nilai == nilai.to_integral_value():
            return int(nilai)
        return float(nilai.normalize())
    return "" if nilai is None else nilai
