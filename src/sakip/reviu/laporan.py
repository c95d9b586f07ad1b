"""A report "as printed": reading the workbook (or a folder of CSV files) the reviu checks.

The format is documented in docs/reviu.md. In short: one sheet per printed table, row 1 holds
column names from a fixed vocabulary (`KOLOM_*` below), every other row is one printed line,
its cells as printed ("121,82%", "Rp 1.234.567"). The reviewer adds `kunci` (which item a row
is about), `induk` (the row whose figure this row is part of) and `tingkat`. Sheets whose name
starts with "_" hold the reviewer's settings: `_pengaturan`, `_skala`, `_indikator`, `_tabel`.

Nothing here computes; `periksa.py` does. A badly formed workbook raises `LaporanTidakSah`
with every problem listed in Indonesian (sheet, row, column).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from sakip.engine.aturan import Aturan, ke_decimal
from sakip.engine.capaian import Polaritas
from sakip.engine.predikat import Predikat, Skala
from sakip.engine.realisasi import Agregasi
from sakip.reviu.angka import Angka, baca_angka

__all__ = [
    "KOLOM_MASUKAN",
    "KOLOM_NAMA",
    "KOLOM_TURUNAN",
    "Baris",
    "InfoIndikator",
    "Laporan",
    "LaporanTidakSah",
    "PengaturanReviu",
    "Tabel",
    "baca_laporan",
]

# Printed inputs: figures the report states, from which the derived ones follow.
KOLOM_MASUKAN = (
    "target",
    "realisasi",
    "pagu",
    "realisasi_rp",
    *(f"k_tw{q}" for q in range(1, 5)),
    *(f"rp_tw{q}" for q in range(1, 5)),
    "target_lalu",
    "realisasi_lalu",
    "target_akhir",
    "kondisi_akhir",
)
_TARGET_TAHUN = re.compile(r"^target_(\d{4})$")
# Derived figures: recomputed by the engine and compared.
KOLOM_TURUNAN = (
    "capaian",
    "capaian_lalu",
    "selisih_poin",
    "capaian_akhir",
    "penyerapan",
    "sisa",
    "tertimbang",
    "efisiensi",
)
# Name columns and the column holding the key of the item they name.
KOLOM_NAMA = {
    "nama": "kunci",
    "indikator": "kunci_indikator",
    "sasaran": "kunci_sasaran",
    "program": "kunci_program",
    "kegiatan": "kunci_kegiatan",
}
KOLOM_STRUKTUR = (
    "kunci",
    "induk",
    "tingkat",
    "rerata_dari",
    "kunci_anggaran",
    *(k for k in KOLOM_NAMA.values() if k != "kunci"),
)
TINGKAT_INDIKATOR = frozenset({"iku", "indikator"})
# A "figure list" sheet (figures quoted in the prose): one figure per row.
KOLOM_DAFTAR = ("kunci", "besaran", "nilai")


def kolom_angka(kolom: str) -> bool:
    """Whether a column holds a figure (input or derived)."""
    return kolom in KOLOM_MASUKAN or kolom in KOLOM_TURUNAN or bool(_TARGET_TAHUN.match(kolom))


class LaporanTidakSah(ValueError):
    """The workbook cannot be read as a report; `kesalahan` lists every problem."""

    def __init__(self, kesalahan: list[str]):
        self.kesalahan = kesalahan
        super().__init__("\n".join(kesalahan))


@dataclass(frozen=True)
class InfoIndikator:
    """What the printed tables do not say about an indicator: polarity, quarters, source."""

    polaritas: Polaritas = Polaritas.POSITIF
    agregasi: Agregasi = Agregasi.JUMLAH
    sumber: str | None = None
    """"rerata" (mean of the owner's children), "diisi" (entered); None = the setting."""


SKALA_SEED = Skala(
    "tabel_3_1",
    (
        Predikat("Berhasil", "Hijau", "#1e8e3e", Decimal(100), None),
        Predikat("Cukup Berhasil", "Biru", "#1a73e8", Decimal(70), Decimal(100)),
        Predikat("Kurang Berhasil", "Kuning", "#f9ab00", Decimal(40), Decimal(70)),
        Predikat("Tidak Berhasil", "Merah", "#d93025", None, Decimal(40)),
    ),
)


@dataclass(frozen=True)
class PengaturanReviu:
    """The agency's conventions, so that a convention is not reported as a mistake."""

    aturan: Aturan = field(default_factory=Aturan)
    toleransi: Decimal = Decimal(0)
    """Difference accepted between a printed figure and the recomputed one, after rounding."""
    tahun: int | None = None
    tahun_akhir: int | None = None
    realisasi_induk: str = "rerata"
    """How a parent's percentage realisasi is made: "rerata" of its children's capaian, or
    "diisi" (entered, not checked)."""
    hitung_dari_tercetak: bool = True
    """Also accept a figure computed from the rounded figures printed beside it."""
    periksa_ejaan: bool = True
    """Report names that differ only in spelling (severity Rendah)."""
    skala: Skala = SKALA_SEED


@dataclass
class Baris:
    """One printed line of a table."""

    tabel: str
    nomor: int
    """Row number in the sheet (1 = the header row)."""
    isi: dict[str, str]
    angka: dict[str, Angka]

    def __getitem__(self, kolom: str) -> str:
        return self.isi.get(kolom, "")

    @property
    def kunci(self) -> str:
        return self["kunci"]

    @property
    def tingkat(self) -> str:
        return self["tingkat"].lower()

    @property
    def kunci_indikator(self) -> str:
        """The key of the indicator whose target and realisasi this row prints."""
        if self.tingkat in TINGKAT_INDIKATOR:
            return self.kunci
        if self["kunci_indikator"]:
            return self["kunci_indikator"]
        return f"{self.kunci}/1" if self.kunci else ""

    @property
    def butir(self) -> str:
        """How a finding names the row: the printed name, else the label, else the key."""
        for kolom in ("nama", "label", "indikator", "bagian"):
            if self[kolom]:
                return " ".join(self[kolom].split())
        return self.kunci

    def ada_angka(self) -> bool:
        return any(a.nilai is not None or a.cacat for a in self.angka.values())


@dataclass
class Tabel:
    nama: str
    judul: str
    kolom: list[str]
    baris: list[Baris]


@dataclass
class Laporan:
    tabel: list[Tabel]
    pengaturan: PengaturanReviu
    indikator: dict[str, InfoIndikator]
    sumber: str = ""
    nama_baku: dict[str, str] = field(default_factory=dict)
    """Official names by kunci (sheet `_nama`), e.g. from the Kepmendagri nomenclature."""

    def info(self, kunci: str) -> InfoIndikator:
        return self.indikator.get(kunci, InfoIndikator())


# --- reading the sheets ---------------------------------------------------------------------


def _teks(nilai: object) -> object:
    """A cell as read: numbers stay numbers, text is stripped, None is ''."""
    if nilai is None:
        return ""
    if isinstance(nilai, str):
        return nilai.strip()
    return nilai


def _baca_xlsx(path: Path) -> dict[str, list[list[object]]]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise LaporanTidakSah([f"Berkas {path.name} bukan workbook Excel yang sah: {exc}"]) from exc
    try:
        return {
            ws.title: [[_teks(v) for v in row] for row in ws.iter_rows(values_only=True)]
            for ws in wb.worksheets
        }
    finally:
        wb.close()


def _baca_folder(path: Path) -> dict[str, list[list[object]]]:
    lembar: dict[str, list[list[object]]] = {}
    daftar = path / "_tabel.csv"
    urutan: list[str] = []
    if daftar.exists():
        with daftar.open(encoding="utf-8", newline="") as f:
            urutan = [row[0] for row in list(csv.reader(f))[1:] if row and row[0]]
    berkas = {p.stem: p for p in sorted(path.glob("*.csv"))}
    nama_urut = [n for n in berkas if n.startswith("_")]
    nama_urut += urutan + sorted(n for n in berkas if n not in urutan and not n.startswith("_"))
    for nama in nama_urut:
        if nama not in berkas:
            raise LaporanTidakSah(
                [f"_tabel.csv menyebut sheet '{nama}' tetapi {nama}.csv tidak ada"]
            )
        try:
            with berkas[nama].open(encoding="utf-8", newline="") as f:
                lembar[nama] = [[_teks(v) for v in row] for row in csv.reader(f)]
        except UnicodeDecodeError as exc:
            raise LaporanTidakSah([f"{berkas[nama].name}: bukan teks UTF-8 ({exc})"]) from exc
    return lembar


def _header(rows: list[list[object]]) -> list[str]:
    return [str(h).strip().lower() for h in rows[0]] if rows else []


def _rekaman(rows: list[list[object]]) -> list[tuple[int, dict[str, object]]]:
    """(sheet row number, {column: cell}) for every non-empty row after the header."""
    kolom = _header(rows)
    out = []
    for i, row in enumerate(rows[1:], start=2):
        if not any(v != "" for v in row):
            continue
        out.append((i, {k: (row[j] if j < len(row) else "") for j, k in enumerate(kolom) if k}))
    return out


def _pengaturan(rows, salah: list[str]) -> PengaturanReviu:
    nilai_aturan: dict[str, object] = {}
    lain: dict[str, object] = {}
    reviu = {
        "toleransi",
        "tahun",
        "tahun_akhir",
        "realisasi_induk",
        "hitung_dari_tercetak",
        "periksa_ejaan",
    }
    for nomor, r in _rekaman(rows):
        kunci = str(r.get("kunci", "")).strip()
        nilai = r.get("nilai", "")
        if kunci in reviu:
            lain[kunci] = (nomor, nilai)
        elif kunci:
            nilai_aturan[kunci] = "" if nilai is None else str(nilai)
    try:
        aturan = Aturan.dari_dict(nilai_aturan)
    except ValueError as exc:
        salah.append(f"Sheet '_pengaturan': {exc}")
        aturan = Aturan()
    hasil: dict[str, object] = {"aturan": aturan}
    for kunci, (nomor, nilai) in lain.items():
        tempat = f"Sheet '_pengaturan', baris {nomor}, {kunci}"
        teks = str(nilai).strip().lower()
        try:
            if kunci == "toleransi":
                hasil[kunci] = ke_decimal(nilai, kunci)
            elif kunci in ("tahun", "tahun_akhir"):
                hasil[kunci] = int(teks) if teks else None
            elif kunci == "realisasi_induk":
                if teks not in ("rerata", "diisi"):
                    raise ValueError(f"{nilai!r} tidak dikenal (pilihan: rerata, diisi)")
                hasil[kunci] = teks
            else:
                if teks not in ("ya", "tidak"):
                    raise ValueError(f"{nilai!r} tidak dikenal (pilihan: ya, tidak)")
                hasil[kunci] = teks == "ya"
        except ValueError as exc:
            salah.append(f"{tempat}: {exc}")
    return PengaturanReviu(**hasil)  # type: ignore[arg-type]


def _skala(rows, salah: list[str]) -> Skala | None:
    predikat = []
    for nomor, r in _rekaman(rows):
        try:
            batas = [
                None if str(r.get(k, "")).strip() == "" else ke_decimal(r.get(k), k)
                for k in ("min", "max")
            ]
            predikat.append(
                Predikat(
                    str(r.get("label", "")),
                    str(r.get("warna", "")),
                    str(r.get("hex", "")),
                    batas[0],
                    batas[1],
                )
            )
        except ValueError as exc:
            salah.append(f"Sheet '_skala', baris {nomor}: {exc}")
    if not predikat:
        return None
    try:
        return Skala("_skala", tuple(predikat))
    except ValueError as exc:
        salah.append(f"Sheet '_skala': {exc}")
        return None


def _indikator(rows, salah: list[str]) -> dict[str, InfoIndikator]:
    out = {}
    for nomor, r in _rekaman(rows):
        kunci = str(r.get("kunci", "")).strip()
        try:
            out[kunci] = InfoIndikator(
                Polaritas(str(r.get("polaritas") or "positif").strip().lower()),
                Agregasi(str(r.get("agregasi") or "jumlah").strip().lower()),
                str(r.get("sumber", "")).strip().lower() or None,
            )
        except ValueError as exc:
            salah.append(f"Sheet '_indikator', baris {nomor}, kunci {kunci}: {exc}")
            continue
        if out[kunci].sumber not in (None, "rerata", "diisi"):
            salah.append(
                f"Sheet '_indikator', baris {nomor}, kolom 'sumber': "
                f"{out[kunci].sumber!r} tidak dikenal (pilihan: rerata, diisi)"
            )
    return out


def _tabel(nama: str, judul: str, rows, salah: list[str]) -> Tabel:
    kolom = _header(rows)
    daftar = all(k in kolom for k in KOLOM_DAFTAR)
    baris: list[Baris] = []
    for nomor, r in _rekaman(rows):
        isi = {k: "" if v is None else str(v).strip() for k, v in r.items()}
        angka = {k: baca_angka(v) for k, v in r.items() if kolom_angka(k) and v != ""}
        if daftar:
            # A figure quoted in the prose: the row states one figure of one item.
            besaran = isi.get("besaran", "").strip().lower()
            if not kolom_angka(besaran):
                salah.append(
                    f"Sheet '{nama}', baris {nomor}, kolom 'besaran': {besaran!r} bukan nama "
                    "kolom angka (lihat docs/reviu.md)"
                )
                continue
            angka = {besaran: baca_angka(r.get("nilai", ""))}
            isi[besaran] = isi.get("nilai", "")
        baris.append(Baris(nama, nomor, isi, angka))
    kunci_ada: dict[str, int] = {}
    for b in baris:
        if not b.kunci or not b.ada_angka():
            continue
        if daftar:
            continue
        if b.kunci in kunci_ada:
            salah.append(
                f"Sheet '{nama}', baris {b.nomor}, kolom 'kunci': {b.kunci!r} sudah dipakai di "
                f"baris {kunci_ada[b.kunci]} (satu butir satu baris angka per tabel)"
            )
        kunci_ada.setdefault(b.kunci, b.nomor)
    for b in baris:
        if b["induk"] and b["induk"] not in kunci_ada:
            salah.append(
                f"Sheet '{nama}', baris {b.nomor}, kolom 'induk': {b['induk']!r} tidak ada "
                "sebagai kunci baris berangka di tabel ini"
            )
    return Tabel(nama, judul or nama, kolom, baris)


def baca_laporan(path: Path | str) -> Laporan:
    """Read a report as printed from an .xlsx workbook or a folder of CSV files."""
    path = Path(path)
    if path.is_dir():
        lembar = _baca_folder(path)
    elif path.suffix.lower() in (".xlsx", ".xlsm"):
        if not path.exists():
            raise LaporanTidakSah([f"Berkas {path} tidak ada"])
        lembar = _baca_xlsx(path)
    else:
        raise LaporanTidakSah(
            [f"{path}: bukan workbook .xlsx atau folder CSV (lihat docs/reviu.md)"]
        )
    salah: list[str] = []
    pengaturan = _pengaturan(lembar.get("_pengaturan", []), salah)
    skala = _skala(lembar.get("_skala", []), salah)
    if skala is not None:
        pengaturan = PengaturanReviu(**{**pengaturan.__dict__, "skala": skala})
    indikator = _indikator(lembar.get("_indikator", []), salah)
    judul = {
        str(r.get("sheet", "")): str(r.get("judul", ""))
        for _, r in _rekaman(lembar.get("_tabel", []))
    }
    nama_baku = {
        str(r.get("kunci", "")).strip(): str(r.get("nama", "")).strip()
        for _, r in _rekaman(lembar.get("_nama", []))
        if str(r.get("kunci", "")).strip() and str(r.get("nama", "")).strip()
    }
    tabel = [
        _tabel(nama, judul.get(nama, ""), rows, salah)
        for nama, rows in lembar.items()
        if not nama.startswith("_")
    ]
    if not tabel and not salah:
        salah.append(f"{path.name}: tidak ada sheet tabel (semua sheet diawali '_')")
    if salah:
        raise LaporanTidakSah(salah)
    return Laporan(tabel, pengaturan, indikator, str(path), nama_baku)
