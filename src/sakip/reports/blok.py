"""A document as neutral blocks, rendered three ways (DOCX, PDF, XLSX).

A builder (``lkjip``, ``pk``, ``triwulan``) turns one measurement into a ``Dokumen``: headings,
paragraphs, lists, tables with typed cells, charts as PNG bytes, page breaks and landscape
sections. The renderers never compute: a cell carries the engine's value and how to show it,
so the same figure prints the same in Word, in the PDF and in the workbook.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sakip import format as fmt
from sakip.engine.aturan import ATURAN_BAWAAN, Aturan
from sakip.engine.tampilan import bulatkan


class Jenis(StrEnum):
    """How a cell's value is shown."""

    TEKS = "teks"
    ANGKA = "angka"  # up to two decimals, trailing zeros dropped: 2,75; 1705
    PERSEN = "persen"  # a 0-100 percentage, two decimals: 121,82%
    POIN = "poin"  # a difference in points, signed, two decimals: +11,21
    RUPIAH = "rupiah"  # Rp 1.234.567


@dataclass(frozen=True)
class Sel:
    nilai: Any
    jenis: Jenis = Jenis.TEKS

    def teks(self, aturan: Aturan = ATURAN_BAWAAN) -> str:
        """The cell as printed (DOCX, PDF)."""
        v = self.nilai
        if v is None:
            return "" if self.jenis == Jenis.TEKS else fmt.KOSONG
        if self.jenis == Jenis.TEKS:
            return str(v)
        if isinstance(v, str):  # an ordinal label or a range printed as text
            return v
        if self.jenis == Jenis.PERSEN:
            return fmt.persen(v, aturan)
        if self.jenis == Jenis.POIN:
            teks = fmt.angka(v, 2, aturan, tetap=True)
            return teks if teks.startswith("-") or v == 0 else "+" + teks
        if self.jenis == Jenis.RUPIAH:
            return fmt.rupiah(v)
        return fmt.angka(v, 2, aturan)

    def angka(self, aturan: Aturan = ATURAN_BAWAAN) -> Any:
        """The cell as stored in a workbook: a number rounded as printed, or text.

        Percentages become fractions (121,82% → 1.2182) so Excel's percent format shows them.
        """
        v = self.nilai
        if v is None or v == "":
            return None  # an empty cell
        if self.jenis == Jenis.TEKS or isinstance(v, str):
            return str(v)
        d = Decimal(v)
        if self.jenis == Jenis.RUPIAH:
            d = bulatkan(d, ATURAN_BAWAAN, 0)
            return int(d)
        d = bulatkan(d, aturan, 2)
        if self.jenis == Jenis.PERSEN:
            return float(d / 100)
        return int(d) if d == d.to_integral_value() else float(d)


def teks(v: Any) -> Sel:
    return Sel(v, Jenis.TEKS)


def angka(v: Any) -> Sel:
    return Sel(v, Jenis.ANGKA)


def persen(v: Any) -> Sel:
    return Sel(v, Jenis.PERSEN)


def rupiah(v: Any) -> Sel:
    return Sel(v, Jenis.RUPIAH)


def poin(v: Any) -> Sel:
    return Sel(v, Jenis.POIN)


@dataclass(frozen=True)
class Kolom:
    judul: str
    lebar: float = 1.0  # relative width
    jenis: Jenis = Jenis.TEKS


@dataclass
class Baris:
    sel: list[Sel]
    gaya: str = ""  # "" | "grup" (a heading row of a group) | "total"
    tingkat: int = 0  # indentation of the first cell
    warna: str | None = None  # background hex of the predikat cell, when one is marked


@dataclass
class Tabel:
    nomor: str  # "3.2", "I"; shown as "Tabel 3.2"
    judul: str
    kolom: list[Kolom]
    baris: list[Baris] = field(default_factory=list)
    sumber: str = ""
    ukuran_huruf: float = 9  # points, for the printed forms
    kode: str = ""  # short name of its sheet in the workbook

    @property
    def label(self) -> str:
        return f"Tabel {self.nomor}" if self.nomor else ""

    def tambah(self, *sel: Sel, gaya: str = "", tingkat: int = 0, warna: str | None = None):
        if len(sel) != len(self.kolom):
            raise ValueError(f"{self.label}: {len(sel)} sel untuk {len(self.kolom)} kolom")
        self.baris.append(Baris(list(sel), gaya, tingkat, warna))


@dataclass(frozen=True)
class Potongan:
    """A run of text in a paragraph."""

    teks: str
    tebal: bool = False
    miring: bool = False


@dataclass
class Judul:
    teks: str
    tingkat: int = 1  # 1 = BAB, 2 = A., 3 = A.1
    daftar_isi: bool = True


@dataclass
class Paragraf:
    potongan: list[Potongan]
    rata: str = "kanan-kiri"  # kanan-kiri | tengah | kiri | kanan
    ukuran: float | None = None
    tebal: bool = False
    spasi_sesudah: float = 6

    @classmethod
    def dari(cls, teks_: str, **kw) -> Paragraf:
        return cls([Potongan(teks_)], **kw)


@dataclass
class Daftar:
    butir: list[list[Potongan]]
    bernomor: bool = True


@dataclass
class Gambar:
    png: bytes
    judul: str  # "Grafik 3.1 ..."
    lebar_cm: float = 15.0


@dataclass
class PemisahHalaman:
    pass


@dataclass
class Bagian:
    """Start a new section; ``lanskap`` turns its pages to landscape A4."""

    lanskap: bool = False


@dataclass
class DaftarIsi:
    pass


@dataclass
class Penandatangan:
    jabatan: str
    nama: str
    pangkat: str = ""
    nip: str = ""
    peran: str = ""  # "PIHAK PERTAMA" ...
    tempat_tanggal: str = ""


@dataclass
class TandaTangan:
    """One signatory on the right, or two side by side (the PK's two parties)."""

    pihak: list[Penandatangan]


@dataclass
class Sampul:
    kop: list[str]
    logo: bytes | None
    judul: list[str]
    sub: list[str]
    penyusun: str = ""


Blok = (
    Judul
    | Paragraf
    | Daftar
    | Tabel
    | Gambar
    | PemisahHalaman
    | Bagian
    | DaftarIsi
    | TandaTangan
    | Sampul
)


@dataclass
class Dokumen:
    judul: str  # the document's title (file metadata, running header)
    nama_berkas: str  # without extension
    blok: list[Blok] = field(default_factory=list)
    aturan: Aturan = ATURAN_BAWAAN
    kaki: str = ""  # running footer text beside the page number

    def tambah(self, *blok: Blok) -> None:
        self.blok.extend(blok)

    def tabel(self) -> list[Tabel]:
        return [b for b in self.blok if isinstance(b, Tabel)]

    def paragraf(self, teks_: str, **kw) -> None:
        self.blok.append(Paragraf.dari(teks_, **kw))


def tebal(teks_: str) -> Potongan:
    return Potongan(teks_, tebal=True)


def biasa(teks_: str) -> Potongan:
    return Potongan(teks_)
