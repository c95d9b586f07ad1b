"""Rounding for display, the only place where the engine rounds (MEASUREMENT.md §1, last bullet).

Every figure is carried in full precision; a report rounds it here, once, just before it is
printed. Formatting with the Indonesian separators (`121,82`) belongs to the presentation layer.
"""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, localcontext

from sakip.engine.aturan import ATURAN_BAWAAN, Aturan, Pembulatan

__all__ = ["bulatkan"]

_CARA = {Pembulatan.SETENGAH_KE_ATAS: ROUND_HALF_UP, Pembulatan.POTONG: ROUND_DOWN}


def bulatkan(
    nilai: Decimal | None, aturan: Aturan = ATURAN_BAWAAN, digit: int = 2
) -> Decimal | None:
    """Round `nilai` to `digit` decimals as `aturan.pembulatan` says; None stays None.

    Half away from zero by default (Decimal's ROUND_HALF_UP), truncation toward zero with
    `Pembulatan.POTONG`. A result of zero is never negative (`-0.001` -> `0.00`), so a report
    never prints "-0,00".

    Seed, Administrasi Keuangan dan Operasional KDH: mean(100; 80; 12,5; 100) = 73,125:

    >>> bulatkan(Decimal("73.125"))
    Decimal('73.13')
    >>> bulatkan(Decimal("73.125"), Aturan(pembulatan=Pembulatan.POTONG))
    Decimal('73.12')
    >>> bulatkan(Decimal("-0.005"))
    Decimal('-0.01')
    >>> bulatkan(Decimal("6613321913"), digit=0)
    Decimal('6613321913')
    """
    if nilai is None:
        return None
    kuantum = Decimal(1).scaleb(-digit)
    with localcontext() as ctx:
        # Enough digits for quantize to never fail on a large rupiah amount.
        ctx.prec = max(ctx.prec, nilai.adjusted() + digit + 3)
        hasil = nilai.quantize(kuantum, rounding=_CARA[aturan.pembulatan])
    if hasil.is_zero():
        hasil = abs(hasil)
    return hasil
