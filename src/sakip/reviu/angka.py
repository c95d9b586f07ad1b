"""Reading a figure as a report printed it: "121,82%", "Rp 1.234.567", "Rp -", "94.02".

The reviu compares what was printed, so a printed figure keeps its text, its value and the
number of decimals it was printed with (a figure is compared after rounding the recomputed
value to that many decimals). A figure written against the Indonesian convention (a decimal
point, a broken thousands grouping) is still read, and the flaw is kept as `cacat` so the
reviu can report it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

__all__ = ["Angka", "baca_angka"]

# 1.234.567,89 / 1234567,89 / 0,5 (Indonesian: dot groups thousands, comma is the decimal).
_BAKU = re.compile(r"^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$")
# 94.02 / 103.11: a dot followed by one or two digits can only be a decimal point.
_TITIK_DESIMAL = re.compile(r"^-?\d+\.\d{1,2}$")
# Digits with dots and at most one decimal comma, grouped wrongly (1.024144.900,00).
_LONGGAR = re.compile(r"^-?[\d.]*\d(,\d+)?$")
_HIASAN = re.compile(r"^(rp\.?)|%$|,-$", re.IGNORECASE)


@dataclass(frozen=True)
class Angka:
    """A printed figure: its text, its value (None if nothing was printed) and its decimals.

    `cacat` names a deviation from the Indonesian way of writing numbers, in Indonesian.
    """

    teks: str
    nilai: Decimal | None
    digit: int = 0
    cacat: str | None = None
    rupiah: bool = False
    persen: bool = False


def _bersihkan(teks: str) -> tuple[str, bool, bool]:
    s = teks.strip().replace("\u00a0", " ")
    rupiah = s.lower().startswith("rp")
    persen = s.endswith("%")
    # Strip "Rp", "Rp.", "%" and a trailing ",-" (Rp.6.613.321.913,-), in any order.
    sebelum = None
    while sebelum != s:
        sebelum = s
        s = _HIASAN.sub("", s.strip()).strip()
    return s.replace(" ", ""), rupiah, persen


def baca_angka(isi: object) -> Angka:
    """Read one printed cell; a workbook number is taken as it is.

    >>> baca_angka("121,82%")
    Angka(teks='121,82%', nilai=Decimal('121.82'), digit=2, cacat=None, rupiah=False, persen=True)
    >>> baca_angka("Rp 1.234.567").nilai
    Decimal('1234567')
    >>> baca_angka("Rp -").nilai                       # a dash is a printed nil
    Decimal('0')
    >>> baca_angka("94.02").cacat
    'memakai titik sebagai pemisah desimal'
    >>> a = baca_angka("1.024144.900,00")             # seed Tabel 2.4
    >>> a.nilai, a.cacat
    (Decimal('1024144900.00'), 'pemisah ribuan tidak tepat')
    >>> baca_angka("").nilai is None
    True
    >>> baca_angka("Berhasil").cacat
    'bukan angka'
    """
    if isinstance(isi, bool):
        return Angka(str(isi), None, cacat="bukan angka")
    if isinstance(isi, int):
        return Angka(str(isi), Decimal(isi))
    if isinstance(isi, float):
        nilai = Decimal(repr(isi))
        return Angka(repr(isi), nilai, max(0, -nilai.as_tuple().exponent))
    if isinstance(isi, Decimal):
        return Angka(str(isi), isi, max(0, -isi.as_tuple().exponent))
    teks = "" if isi is None else str(isi)
    s, rupiah, persen = _bersihkan(teks)
    if not s:
        return Angka(teks, None, rupiah=rupiah, persen=persen)
    if s == "-":
        return Angka(teks, Decimal(0), rupiah=rupiah, persen=persen)
    cacat = None
    if _BAKU.match(s):
        bulat, _, pecahan = s.partition(",")
        angka = bulat.replace(".", "") + ("." + pecahan if pecahan else "")
    elif _TITIK_DESIMAL.match(s):
        angka, pecahan = s, s.partition(".")[2]
        cacat = "memakai titik sebagai pemisah desimal"
    elif _LONGGAR.match(s):
        bulat, _, pecahan = s.partition(",")
        angka = bulat.replace(".", "") + ("." + pecahan if pecahan else "")
        cacat = "pemisah ribuan tidak tepat"
    else:
        return Angka(teks, None, cacat="bukan angka", rupiah=rupiah, persen=persen)
    try:
        nilai = Decimal(angka)
    except InvalidOperation:
        return Angka(teks, None, cacat="bukan angka", rupiah=rupiah, persen=persen)
    return Angka(teks, nilai, len(pecahan), cacat, rupiah, persen)
