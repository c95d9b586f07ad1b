"""Efisiensi per sasaran strategis (MEASUREMENT.md §6, seed Tabel 3.12)."""

from __future__ import annotations

from decimal import Decimal

__all__ = ["efisiensi"]


def efisiensi(capaian: Decimal | None, penyerapan: Decimal | None) -> Decimal | None:
    """`capaian - penyerapan` in percentage points; None when either is missing.

    A positive figure means more performance than money spent. Seed Tabel 3.12, sasaran 2:

    >>> efisiensi(Decimal("121.82"), Decimal("97.28"))
    Decimal('24.54')
    """
    if capaian is None or penyerapan is None:
        return None
    return capaian - penyerapan
