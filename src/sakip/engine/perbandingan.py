"""Comparisons with the previous year and with the end of the Renstra (MEASUREMENT.md §7).

The third comparison of §7, cumulative K and RP per triwulan, is `realisasi.kumulatif` and the
`rp_kumulatif` of each item in `pohon.hitung`.
"""

from __future__ import annotations

from decimal import Decimal

from sakip.engine.aturan import ATURAN_BAWAAN, Aturan
from sakip.engine.capaian import JenisTarget, Polaritas, Rentang, SkalaOrdinal, hitung_capaian

__all__ = ["capaian_akhir_renstra", "selisih_poin"]


def selisih_poin(sekarang: Decimal | None, sebelumnya: Decimal | None) -> Decimal | None:
    """Change in percentage points from last year (seed Tabel 3.6); None when either is missing.

    Computed from unrounded values; round the result for display only. IKU 2, 110,61 -> 121,82:

    >>> selisih_poin(Decimal("121.82"), Decimal("110.61"))
    Decimal('11.21')
    """
    if sekarang is None or sebelumnya is None:
        return None
    return sekarang - sebelumnya


def capaian_akhir_renstra(
    realisasi: Decimal | str | None,
    target_akhir: Decimal | Rentang | str | None,
    *,
    polaritas: Polaritas = Polaritas.POSITIF,
    jenis: JenisTarget = JenisTarget.ANGKA,
    skala: SkalaOrdinal | None = None,
    aturan: Aturan = ATURAN_BAWAAN,
) -> Decimal | None:
    """Capaian of this year's realisasi against the target of the Renstra's last year (Tabel 3.7).

    The same rule as `hitung_capaian`, only the target differs. Seed Tabel 3.7, IKU 2:
    realisasi 2023 103,55 against the 2026 target 95 is 109,00% (the seed prints 100 in that
    column, copying a target instead of computing it: a reviu finding, §8).

    >>> from sakip.engine.tampilan import bulatkan
    >>> bulatkan(capaian_akhir_renstra(Decimal("103.55"), Decimal(95)))
    Decimal('109.00')
    """
    return hitung_capaian(
        target_akhir, realisasi, polaritas=polaritas, jenis=jenis, skala=skala, aturan=aturan
    )
