"""Predikat: the label and colour of a capaian on a scale stored as data (MEASUREMENT.md §3)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise

__all__ = ["Predikat", "Skala"]


@dataclass(frozen=True)
class Predikat:
    """One interval of a scale: `min` inclusive, `max` exclusive, None = open on that side.

    >>> Predikat("Berhasil", "Hijau", "#2E7D32", Decimal(100), None).memuat(Decimal("483.33"))
    True
    """

    label: str
    warna: str
    hex: str
    min: Decimal | None
    max: Decimal | None

    def __post_init__(self) -> None:
        if self.min is not None and self.max is not None and self.min >= self.max:
            raise ValueError(
                f"predikat {self.label}: batas bawah {self.min} harus lebih kecil dari "
                f"batas atas {self.max}"
            )

    def memuat(self, capaian: Decimal) -> bool:
        """Whether `capaian` lies in [min, max)."""
        return (self.min is None or capaian >= self.min) and (
            self.max is None or capaian < self.max
        )


def _awal(p: Predikat) -> tuple[bool, Decimal]:
    # Sort key: an open lower bound comes first.
    return (p.min is not None, p.min if p.min is not None else Decimal(0))


@dataclass(frozen=True)
class Skala:
    """A predikat scale chosen per agency and year; intervals may leave gaps, never overlap.

    Seed Tabel 3.1:

    >>> seed = Skala("setda_paser_2023", (
    ...     Predikat("Berhasil", "Hijau", "#2E7D32", Decimal(100), None),
    ...     Predikat("Cukup Berhasil", "Biru", "#1565C0", Decimal(70), Decimal(100)),
    ...     Predikat("Kurang Berhasil", "Kuning", "#F9A825", Decimal(40), Decimal(70)),
    ...     Predikat("Tidak Berhasil", "Merah", "#C62828", None, Decimal(40)),
    ... ))
    >>> seed.tentukan(Decimal("108.25")).label        # Tabel 3.2, rata-rata IKU
    'Berhasil'
    >>> seed.tentukan(Decimal("83.33")).warna         # Fasilitasi Kerjasama Daerah
    'Biru'
    """

    kode: str
    predikat: tuple[Predikat, ...]

    def __post_init__(self) -> None:
        urut = sorted(self.predikat, key=_awal)
        for kiri, kanan in pairwise(urut):
            if kiri.max is None or kanan.min is None or kiri.max > kanan.min:
                raise ValueError(
                    f"skala {self.kode}: interval predikat {kiri.label} dan {kanan.label} "
                    "tumpang tindih"
                )

    def tentukan(self, capaian: Decimal | None) -> Predikat | None:
        """The predikat whose interval holds `capaian`; None for None or a value in a gap.

        The full-precision capaian is compared, never the displayed one: 99,996 is Cukup
        Berhasil although it displays as 100,00.
        """
        if capaian is None:
            return None
        for p in self.predikat:
            if p.memuat(capaian):
                return p
        return None
