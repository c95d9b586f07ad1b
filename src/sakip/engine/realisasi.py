"""Where an indicator's realisasi comes from: quarters and means (MEASUREMENT.md §2).

A quarter that is missing or None is "not reported" (the operator has not entered it), which
is different from a reported 0. Means carry full precision: sums are taken exactly, in a wider
context, and only the final quotient is rounded to the ambient precision, so the mean of equal
values is that value.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal, localcontext
from enum import StrEnum
from typing import TypeVar

__all__ = ["TRIWULAN", "Agregasi", "gabung_triwulan", "kumulatif", "persen", "rerata"]

TRIWULAN = (1, 2, 3, 4)

T = TypeVar("T")


class Agregasi(StrEnum):
    """How an indicator's quarterly values combine into the year (§2.1)."""

    JUMLAH = "jumlah"
    """Sum of the reported quarters (documents produced: 226+855+817+469 = 2367)."""
    TERAKHIR = "terakhir"
    """The last reported quarter (an index, a percentage, a score such as LPPD 2,77)."""
    MAKSIMUM = "maksimum"
    """The largest reported quarter."""


def _periksa_triwulan(nilai: Mapping[int, object], sampai: int) -> None:
    salah = [k for k in nilai if k not in TRIWULAN]
    if salah:
        raise ValueError(f"triwulan harus 1 sampai 4, bukan {', '.join(map(repr, salah))}")
    if sampai not in TRIWULAN:
        raise ValueError(f"triwulan harus 1 sampai 4, bukan sampai={sampai!r}")


def dilaporkan(nilai: Mapping[int, T | None], sampai: int = 4) -> list[tuple[int, T]]:
    """The reported (non-None) quarters 1..`sampai`, in quarter order.

    >>> dilaporkan({2: Decimal(5), 1: None, 4: Decimal(7)}, sampai=3)
    [(2, Decimal('5'))]
    """
    _periksa_triwulan(nilai, sampai)
    hasil: list[tuple[int, T]] = []
    for k in TRIWULAN:
        v = nilai.get(k)
        if k <= sampai and v is not None:
            hasil.append((k, v))
    return hasil


def gabung_triwulan(
    nilai: Mapping[int, Decimal | None], agregasi: Agregasi, sampai: int = 4
) -> Decimal | None:
    """Combine quarters 1..`sampai` into one realisasi (§2.1); None when none is reported.

    Seed Lampiran, Pengelolaan Pengadaan Barang dan Jasa, K per triwulan:

    >>> k = {1: Decimal(226), 2: Decimal(855), 3: Decimal(817), 4: Decimal(469)}
    >>> gabung_triwulan(k, Agregasi.JUMLAH)
    Decimal('2367')
    >>> gabung_triwulan(k, Agregasi.JUMLAH, sampai=2)
    Decimal('1081')
    >>> gabung_triwulan({4: Decimal("2.77")}, Agregasi.TERAKHIR)      # Nilai LPPD
    Decimal('2.77')
    >>> gabung_triwulan(k, Agregasi.MAKSIMUM)
    Decimal('855')
    >>> gabung_triwulan({1: None}, Agregasi.JUMLAH) is None
    True
    """
    ada = [v for _, v in dilaporkan(nilai, sampai)]
    if not ada:
        return None
    if agregasi is Agregasi.TERAKHIR:
        return ada[-1]
    if agregasi is Agregasi.MAKSIMUM:
        return max(ada)
    with localcontext() as ctx:
        ctx.prec = ctx.prec * 3  # exact for any realistic number of quarters
        total = sum(ada, Decimal(0))
    return +total


def kumulatif(nilai: Mapping[int, Decimal | None], agregasi: Agregasi) -> dict[int, Decimal | None]:
    """The combined value up to the end of each quarter 1..4 (§7, plan-versus-actual curve).

    Seed Lampiran, Fasilitasi Bantuan Hukum, K per triwulan 0, 1, 3, 0:

    >>> kumulatif({1: Decimal(0), 2: Decimal(1), 3: Decimal(3), 4: Decimal(0)}, Agregasi.JUMLAH)
    {1: Decimal('0'), 2: Decimal('1'), 3: Decimal('4'), 4: Decimal('4')}
    """
    return {q: gabung_triwulan(nilai, agregasi, q) for q in TRIWULAN}


def rerata(
    nilai: Sequence[Decimal | None], bobot: Sequence[Decimal] | None = None
) -> Decimal | None:
    """Mean of the non-None values (§2.2); None when there is none.

    With `bobot`, a weighted mean; the weights of None entries are ignored. When the remaining
    weights are all zero (e.g. every child has pagu 0) the weighted mean is undefined and the
    unweighted mean is returned instead, so the children's performance still counts. Negative
    weights and a `bobot` of another length raise ValueError.

    Seed Tabel 3.5 and Lampiran:

    >>> from sakip.engine.tampilan import bulatkan
    >>> hukum = rerata([Decimal(946) / 760 * 100, Decimal(200), Decimal(102)])
    >>> bulatkan(hukum)                                  # Fasilitasi dan Koordinasi Hukum
    Decimal('142.16')
    >>> bulatkan(rerata([Decimal(100), hukum, Decimal(100), Decimal(25) / 30 * 100]))
    Decimal('106.37')
    >>> rerata([Decimal(100), Decimal(80), Decimal("12.5"), Decimal(100)])   # Adm Keuangan KDH
    Decimal('73.125')
    >>> rerata([Decimal(100), None, Decimal(50)], [Decimal(3), Decimal(9), Decimal(1)])
    Decimal('87.5')
    """
    if bobot is not None and len(bobot) != len(nilai):
        raise ValueError(
            f"jumlah bobot ({len(bobot)}) tidak sama dengan jumlah nilai ({len(nilai)})"
        )
    if bobot is not None and any(b < 0 for b in bobot):
        raise ValueError("bobot tidak boleh negatif")
    pasangan = [
        (v, Decimal(1) if bobot is None else bobot[i]) for i, v in enumerate(nilai) if v is not None
    ]
    if not pasangan:
        return None
    if all(b.is_zero() for _, b in pasangan):
        pasangan = [(v, Decimal(1)) for v, _ in pasangan]
    with localcontext() as ctx:
        # Wide enough that products and sums are exact; only the quotient is rounded, below.
        ctx.prec = ctx.prec * 3 + len(pasangan)
        pembilang = sum((v * b for v, b in pasangan), Decimal(0))
        penyebut = sum((b for _, b in pasangan), Decimal(0))
        hasil = pembilang / penyebut
    return +hasil


def persen(bagian: Decimal, keseluruhan: Decimal) -> Decimal | None:
    """`bagian / keseluruhan * 100`; None when `keseluruhan` is 0 (no meaningful share).

    Seed IKU 3: 14 of the 17 policies of Tabel 3.4 carried out:

    >>> from sakip.engine.tampilan import bulatkan
    >>> bulatkan(persen(Decimal(14), Decimal(17)))
    Decimal('82.35')
    >>> persen(Decimal(0), Decimal(0)) is None
    True
    """
    if keseluruhan.is_zero():
        return None
    return bagian / keseluruhan * 100
