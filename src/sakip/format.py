"""Indonesian number, money, percentage and date formatting (Babel, locale id_ID).

Figures are rounded only here, at display time, by the engine's display rule
(``sakip.engine.tampilan.bulatkan``), so a truncating agency sees truncated figures everywhere.
"""

from datetime import date
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_decimal

from sakip.engine.aturan import ATURAN_BAWAAN, Aturan
from sakip.engine.tampilan import bulatkan

LOCALE = "id_ID"
KOSONG = "-"


def angka(
    nilai: Decimal | int | None, digit: int = 2, aturan: Aturan = ATURAN_BAWAAN, tetap: bool = False
) -> str:
    """``1234567.891`` → ``1.234.567,89``; trailing zeros dropped unless ``tetap``."""
    if nilai is None:
        return KOSONG
    if isinstance(nilai, str):
        return nilai
    rounded = bulatkan(Decimal(nilai), aturan, digit)
    pola = "#,##0" + ("." + ("0" * digit if tetap else "#" * digit) if digit else "")
    return format_decimal(rounded, format=pola, locale=LOCALE, decimal_quantization=False)


def persen(nilai: Decimal | None, aturan: Aturan = ATURAN_BAWAAN, tanda: bool = True) -> str:
    """``121.8235`` → ``121,82%`` (always two decimals, the LKjIP convention)."""
    if nilai is None:
        return KOSONG
    teks = angka(nilai, 2, aturan, tetap=True)
    return teks + "%" if tanda else teks


def rupiah(nilai: Decimal | int | None, sen: bool = False) -> str:
    """``145373575253`` → ``Rp 145.373.575.253`` (``sen``: with ``,00``)."""
    if nilai is None:
        return KOSONG
    digit = 2 if sen else 0
    rounded = bulatkan(Decimal(nilai), ATURAN_BAWAAN, digit)
    pola = "#,##0.00" if sen else "#,##0"
    teks = format_decimal(abs(rounded), format=pola, locale=LOCALE, decimal_quantization=False)
    return ("-Rp " if rounded < 0 else "Rp ") + teks


def tanggal(nilai: date | None) -> str:
    """``date(2025, 12, 31)`` → ``31 Desember 2025``."""
    return KOSONG if nilai is None else format_date(nilai, format="d MMMM y", locale=LOCALE)


class BukanAngka(ValueError):
    """Text that is not a number written the Indonesian (or plain) way."""


def baca_angka(teks: str | None) -> Decimal | None:
    """Read a number typed by a user: ``1.234.567,89``, ``1234567,89`` or ``1234567.89``.

    Empty text is ``None`` (not reported). A dot followed by exactly three digits is a
    thousands separator; a comma is the decimal separator.
    """
    if teks is None or not teks.strip():
        return None
    t = teks.strip().replace(" ", "").replace("Rp", "").replace("rp", "")
    if "," in t:
        t = t.replace(".", "").replace(",", ".")
    elif t.count(".") > 1 or (t.count(".") == 1 and len(t.split(".")[1]) == 3):
        t = t.replace(".", "")
    try:
        nilai = Decimal(t)
    except ArithmeticError:
        raise BukanAngka(teks) from None
    if not nilai.is_finite():
        raise BukanAngka(teks)
    return nilai


def angka_isian(nilai: Decimal | None) -> str:
    """A stored value as a user would type it back: ``55.264.463``, ``2,75``."""
    if nilai is None:
        return ""
    return format_decimal(nilai.normalize(), format="#,##0.######", locale=LOCALE)
