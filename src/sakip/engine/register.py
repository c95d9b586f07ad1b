"""Registers from which an indicator is counted (MEASUREMENT.md §2.3).

Two registers of the seed: audit findings (temuan BPK/APIP, IKU 1) and the policies adopted in
the previous year (seed Tabel 3.4, IKU 3).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sakip.engine.realisasi import persen

__all__ = [
    "Kebijakan",
    "Temuan",
    "jumlah_temuan_material_terbuka",
    "persen_kebijakan_terlaksana",
]


@dataclass(frozen=True)
class Temuan:
    """An audit finding (BPK-RI or APIP) of `tahun`, settled in `tahun_selesai` (None: open)."""

    kode: str
    tahun: int
    material: bool
    tahun_selesai: int | None


@dataclass(frozen=True)
class Kebijakan:
    """A policy (Perda, Perbup, Surat Edaran...) adopted in `tahun`; `terlaksana` once applied."""

    kode: str
    tahun: int
    terlaksana: bool


def jumlah_temuan_material_terbuka(temuan: Iterable[Temuan], tahun: int) -> Decimal:
    """Number of material findings from years <= `tahun` still open at the end of `tahun`.

    A finding is open when it is not settled (`tahun_selesai` None) or settled after `tahun`.
    Seed IKU 1 (Tabel 3.2): the 2022 APIP findings were settled in 2023, so 0 remain.

    >>> daftar = [Temuan("LHP-2022/01", 2022, True, 2023), Temuan("LHP-2022/02", 2022, False, None)]
    >>> jumlah_temuan_material_terbuka(daftar, 2023)
    Decimal('0')
    >>> jumlah_temuan_material_terbuka(daftar, 2022)
    Decimal('1')
    """
    return Decimal(
        sum(
            1
            for t in temuan
            if t.material
            and t.tahun <= tahun
            and (t.tahun_selesai is None or t.tahun_selesai > tahun)
        )
    )


def persen_kebijakan_terlaksana(kebijakan: Iterable[Kebijakan], tahun: int) -> Decimal | None:
    """Share (percent) of the policies adopted in `tahun - 1` that were carried out.

    None when no policy was adopted that year. Seed IKU 3 (Tabel 3.4): 14 of 17 -> 82,35%.

    >>> from sakip.engine.tampilan import bulatkan
    >>> daftar = [Kebijakan(str(i), 2022, i <= 14) for i in range(1, 18)]
    >>> bulatkan(persen_kebijakan_terlaksana(daftar, 2023))
    Decimal('82.35')
    >>> persen_kebijakan_terlaksana(daftar, 2024) is None
    True
    """
    tahun_lalu = [k for k in kebijakan if k.tahun == tahun - 1]
    terlaksana = sum(1 for k in tahun_lalu if k.terlaksana)
    return persen(Decimal(terlaksana), Decimal(len(tahun_lalu)))
