"""Budget measures: penyerapan, sisa, tertimbang (MEASUREMENT.md §5)."""

from __future__ import annotations

from decimal import Decimal

from sakip.engine.aturan import ATURAN_BAWAAN, Aturan
from sakip.engine.realisasi import persen

__all__ = ["penyerapan", "sisa", "tertimbang"]


def penyerapan(
    realisasi: Decimal | None, pagu: Decimal | None, aturan: Aturan = ATURAN_BAWAAN
) -> Decimal | None:
    """Budget absorption `realisasi / pagu * 100` at any level (§5).

    None when either is missing; a pagu of 0 gives `aturan.penyerapan_pagu_nol` (default None:
    no figure; the seed prints 0,00%). Seed Tabel 3.10, the whole Setda:

    >>> from sakip.engine.tampilan import bulatkan
    >>> bulatkan(penyerapan(Decimal(138760253340), Decimal(145373575253)))
    Decimal('95.45')
    >>> penyerapan(Decimal(0), Decimal(0)) is None         # Penatausahaan Arsip Dinamis
    True
    >>> penyerapan(Decimal(0), Decimal(0), Aturan(penyerapan_pagu_nol=Decimal(0)))
    Decimal('0')
    """
    if realisasi is None or pagu is None:
        return None
    if pagu.is_zero():
        return aturan.penyerapan_pagu_nol
    return persen(realisasi, pagu)


def sisa(pagu: Decimal, realisasi: Decimal) -> Decimal:
    """Sisa anggaran `pagu - realisasi`; for the agency it is the SILPA (§5).

    >>> sisa(Decimal(145373575253), Decimal(138760253340))     # seed Tabel 3.10
    Decimal('6613321913')
    """
    return pagu - realisasi


def tertimbang(realisasi_kelas: Decimal, total_pagu: Decimal) -> Decimal | None:
    """Weighted share of an economic class: its realisasi / the agency's total pagu * 100 (§5).

    None when the total pagu is 0. Seed Tabel 3.10:

    >>> from sakip.engine.tampilan import bulatkan
    >>> bulatkan(tertimbang(Decimal(112273506348), Decimal(145373575253)))   # Belanja Operasi
    Decimal('77.23')
    >>> bulatkan(tertimbang(Decimal(29294726687), Decimal(145373575253)))    # Belanja Pegawai
    Decimal('20.15')
    """
    return persen(realisasi_kelas, total_pagu)
