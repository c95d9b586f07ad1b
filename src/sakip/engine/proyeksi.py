"""Plan and projection within the year (MEASUREMENT.md §7, "forecast the year end").

The seed holds no quarterly plan, so the plan up to a quarter is the year's target spread
evenly over the quarters for an indicator whose quarters add up, and the target itself for one
measured by its last or highest value. The year-end projection extrapolates what was reported
so far the same way. These two drive the entry screen (faktor penghambat required when a
sub-kegiatan is behind plan) and the early-warning list (projected short of target, or projected
spending above pagu).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from sakip.engine.aturan import ATURAN_BAWAAN, Aturan
from sakip.engine.capaian import Polaritas, hitung_capaian
from sakip.engine.realisasi import TRIWULAN, Agregasi, gabung_triwulan

__all__ = ["Peringatan", "peringatan_dini", "proyeksi_akhir_tahun", "rencana_sampai"]

EMPAT = Decimal(4)


def _periksa(sampai: int) -> None:
    if sampai not in TRIWULAN:
        raise ValueError(f"triwulan harus 1 sampai 4, bukan {sampai!r}")


def rencana_sampai(target: Decimal | None, agregasi: Agregasi, sampai: int) -> Decimal | None:
    """The plan up to the end of quarter `sampai`.

    Seed Lampiran, Penataan Administrasi Pemerintahan, target 23 Dokumen:

    >>> rencana_sampai(Decimal(23), Agregasi.JUMLAH, 2)
    Decimal('11.5')
    >>> rencana_sampai(Decimal("2.75"), Agregasi.TERAKHIR, 1)     # Nilai LPPD
    Decimal('2.75')
    """
    _periksa(sampai)
    if target is None:
        return None
    if agregasi is Agregasi.JUMLAH:
        return target * sampai / EMPAT
    return target


def proyeksi_akhir_tahun(
    nilai: Mapping[int, Decimal | None], agregasi: Agregasi, sampai: int
) -> Decimal | None:
    """The year-end value if the pace of quarters 1..`sampai` continues; None if none reported.

    Seed Lampiran, Penataan Administrasi Pemerintahan, K 2, 3 in TW I and II:

    >>> proyeksi_akhir_tahun({1: Decimal(2), 2: Decimal(3)}, Agregasi.JUMLAH, 2)
    Decimal('10')
    >>> proyeksi_akhir_tahun({4: Decimal("76.66")}, Agregasi.TERAKHIR, 4)
    Decimal('76.66')
    """
    _periksa(sampai)
    sejauh_ini = gabung_triwulan(nilai, agregasi, sampai)
    if sejauh_ini is None or agregasi is not Agregasi.JUMLAH:
        return sejauh_ini
    return sejauh_ini * EMPAT / sampai


@dataclass(frozen=True)
class Peringatan:
    """Why a sub-kegiatan is on the early-warning list."""

    kurang_dari_target: bool
    melebihi_pagu: bool
    proyeksi_capaian: Decimal | None
    proyeksi_rp: Decimal | None

    @property
    def ada(self) -> bool:
        return self.kurang_dari_target or self.melebihi_pagu


def peringatan_dini(
    *,
    target: Decimal | None,
    k: Mapping[int, Decimal | None],
    agregasi: Agregasi,
    pagu: Decimal | None,
    rp: Mapping[int, Decimal | None],
    sampai: int,
    polaritas: Polaritas = Polaritas.POSITIF,
    aturan: Aturan = ATURAN_BAWAAN,
) -> Peringatan:
    """Project K and RP to the year end and compare with target and pagu.

    Seed Lampiran, Pelaksanaan Medical Check Up KDH/WKDH: target 8 Orang, nothing by TW III;
    Koordinasi Penyusunan Dokumen RKA-SKPD spent 52.627.900 of 65.471.500 by TW III:

    >>> mcu = peringatan_dini(target=Decimal(8), k={1: Decimal(0), 2: Decimal(0),
    ...     3: Decimal(0)}, agregasi=Agregasi.JUMLAH, pagu=Decimal(200900000),
    ...     rp={1: Decimal(0), 2: Decimal(0), 3: Decimal(0)}, sampai=3)
    >>> mcu.kurang_dari_target, mcu.melebihi_pagu
    (True, False)
    >>> rka = peringatan_dini(target=Decimal(12), k={3: Decimal(12)}, agregasi=Agregasi.JUMLAH,
    ...     pagu=Decimal(65471500), rp={2: Decimal(9604800), 3: Decimal(43023100)}, sampai=3)
    >>> rka.melebihi_pagu, rka.kurang_dari_target
    (True, False)
    """
    proyeksi_k = proyeksi_akhir_tahun(k, agregasi, sampai)
    capaian = hitung_capaian(target, proyeksi_k, polaritas=polaritas, aturan=aturan)
    proyeksi_rp = proyeksi_akhir_tahun(rp, Agregasi.JUMLAH, sampai)
    return Peringatan(
        kurang_dari_target=capaian is not None and capaian < 100,
        melebihi_pagu=proyeksi_rp is not None and pagu is not None and proyeksi_rp > pagu,
        proyeksi_capaian=capaian,
        proyeksi_rp=proyeksi_rp,
    )
