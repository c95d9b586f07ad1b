"""Capaian (achievement, in percent) of one indicator (MEASUREMENT.md §1).

`hitung_capaian` is the single entry point. Every "lower is better" formula lives in
`_rumus_negatif` and every "higher is better" one in `_rumus_positif`; range, ordinal and
"maintain" targets reduce to these two, so an agency's choice of formula applies everywhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from sakip.engine.aturan import ATURAN_BAWAAN, Aturan, RumusNegatif

__all__ = [
    "JenisTarget",
    "Polaritas",
    "Rentang",
    "SkalaOrdinal",
    "hitung_capaian",
]

SERATUS = Decimal(100)


class Polaritas(StrEnum):
    """Whether a higher realisasi is better (POSITIF) or worse (NEGATIF)."""

    POSITIF = "positif"
    NEGATIF = "negatif"


class JenisTarget(StrEnum):
    """The kind of target (§1): a number, a range, a label on a scale, or a level to keep."""

    ANGKA = "angka"
    RENTANG = "rentang"
    ORDINAL = "ordinal"
    PERTAHANKAN = "pertahankan"


@dataclass(frozen=True)
class Rentang:
    """A range target, both bounds inclusive (§1 "Range target", e.g. 2-5).

    >>> Rentang(Decimal(5), Decimal(2))
    Traceback (most recent call last):
    ...
    ValueError: rentang target tidak sah: rendah 5 lebih besar dari tinggi 2
    """

    rendah: Decimal
    tinggi: Decimal

    def __post_init__(self) -> None:
        if self.rendah > self.tinggi:
            raise ValueError(
                f"rentang target tidak sah: rendah {self.rendah} lebih besar dari tinggi "
                f"{self.tinggi}"
            )


@dataclass(frozen=True)
class SkalaOrdinal:
    """An ordered scale of labels stored as data (§1 "Ordinal target"); higher score is better.

    >>> opini = SkalaOrdinal("opini_bpk", {"TMP": Decimal(1), "TW": Decimal(2),
    ...                                    "WDP": Decimal(3), "WTP": Decimal(4)})
    >>> opini.skor_dari("WDP")
    Decimal('3')
    """

    kode: str
    skor: Mapping[str, Decimal]

    def skor_dari(self, label: object) -> Decimal:
        """The score of `label`; ValueError (Indonesian, naming the label) when unknown."""
        if not isinstance(label, str) or label not in self.skor:
            daftar = ", ".join(self.skor)
            raise ValueError(
                f"label {label!r} tidak ada pada skala ordinal {self.kode} (pilihan: {daftar})"
            )
        return self.skor[label]


def _angka(nilai: object, nama: str) -> Decimal:
    """Accept a Decimal or an int (never a float) as a measured value."""
    if isinstance(nilai, Decimal):
        return nilai
    if isinstance(nilai, int) and not isinstance(nilai, bool):
        return Decimal(nilai)
    raise ValueError(f"{nama} harus berupa Decimal, bukan {nilai!r}")


def _rumus_positif(target: Decimal, realisasi: Decimal, aturan: Aturan) -> Decimal:
    """Higher is better: R / T * 100 (§1). Target 0: any R >= 0 meets it (100)."""
    if target.is_zero():
        return SERATUS if realisasi >= 0 else aturan.target_nol_gagal
    return realisasi / target * SERATUS


def _rumus_negatif(target: Decimal, realisasi: Decimal, aturan: Aturan) -> Decimal:
    """Lower is better: the ONLY place where such a formula is written (§1).

    Target 0 ("0 = 100%", seed Tabel 2.2): R <= 0 -> 100, R > 0 -> `aturan.target_nol_gagal`.
    SELISIH (seed BAB III.A.1): (T - (R - T)) / T * 100.
    RASIO_TERBALIK: T / R * 100; R <= 0 is "nothing bad happened" and counts as fully achieved
    (100), since the ratio has no finite value there.
    """
    if target.is_zero():
        return SERATUS if realisasi <= 0 else aturan.target_nol_gagal
    if aturan.rumus_negatif is RumusNegatif.RASIO_TERBALIK:
        if realisasi <= 0:
            return SERATUS
        return target / realisasi * SERATUS
    return (target - (realisasi - target)) / target * SERATUS


def _rumus(target: Decimal, realisasi: Decimal, polaritas: Polaritas, aturan: Aturan) -> Decimal:
    if target < 0:
        raise ValueError(f"target negatif ({target}) tidak didukung; pakai polaritas negatif")
    if polaritas is Polaritas.NEGATIF:
        return _rumus_negatif(target, realisasi, aturan)
    return _rumus_positif(target, realisasi, aturan)


def hitung_capaian(
    target: Decimal | Rentang | str | None,
    realisasi: Decimal | str | None,
    *,
    polaritas: Polaritas = Polaritas.POSITIF,
    jenis: JenisTarget = JenisTarget.ANGKA,
    skala: SkalaOrdinal | None = None,
    aturan: Aturan = ATURAN_BAWAAN,
) -> Decimal | None:
    """Capaian in percent (0-100 scale, full precision) of one indicator (§1).

    None when the target or the realisasi is missing; a realisasi of 0 is a real 0%. No cap
    unless `aturan.batas_atas` is set.

    - ANGKA: positive R / T * 100; negative by `aturan.rumus_negatif`.
    - RENTANG: inside [rendah, tinggi] -> 100; above -> the formula with `tinggi` as target;
      below -> with `rendah`.
    - ORDINAL: target and realisasi are labels of `skala`; skor(R) / skor(T) * 100. Negative
      polarity is meaningless for a scale whose higher score is better: ValueError.
    - PERTAHANKAN: at or better than the target -> 100; worse -> the polarity's formula.

    Seed worked examples (Lampiran, Tabel 3.2, Tabel 3.5):

    >>> from sakip.engine.tampilan import bulatkan
    >>> bulatkan(hitung_capaian(Decimal(1705), Decimal(2367)))   # Pengadaan Barang dan Jasa
    Decimal('138.83')
    >>> hitung_capaian(Decimal(12), Decimal(0))                  # Penatausahaan Arsip Dinamis
    Decimal('0')
    >>> bulatkan(hitung_capaian(Decimal(6), Decimal(29)))        # Kendaraan Dinas Operasional
    Decimal('483.33')
    >>> hitung_capaian(Decimal(0), Decimal(0), polaritas=Polaritas.NEGATIF)   # IKU 1, temuan
    Decimal('100')
    >>> bulatkan(hitung_capaian(Decimal("2.75"), Decimal("2.77")))            # Nilai LPPD
    Decimal('100.73')
    >>> bulatkan(hitung_capaian(Decimal(85), Decimal("103.55")))              # IKU 2
    Decimal('121.82')
    >>> hitung_capaian(Rentang(Decimal(2), Decimal(5)), Decimal(3), jenis=JenisTarget.RENTANG)
    Decimal('100')
    """
    if target is None or realisasi is None:
        return None
    if jenis is JenisTarget.ORDINAL:
        if skala is None:
            raise ValueError("target ordinal memerlukan skala ordinal")
        if polaritas is Polaritas.NEGATIF:
            raise ValueError(
                f"polaritas negatif tidak berlaku untuk target ordinal (skala {skala.kode})"
            )
        hasil = _rumus(skala.skor_dari(target), skala.skor_dari(realisasi), polaritas, aturan)
    elif jenis is JenisTarget.RENTANG:
        if not isinstance(target, Rentang):
            raise ValueError(f"target rentang harus berupa Rentang, bukan {target!r}")
        r = _angka(realisasi, "realisasi")
        if target.rendah <= r <= target.tinggi:
            hasil = SERATUS
        else:
            batas = target.tinggi if r > target.tinggi else target.rendah
            hasil = _rumus(batas, r, polaritas, aturan)
    else:
        t = _angka(target, "target")
        r = _angka(realisasi, "realisasi")
        if t < 0:
            raise ValueError(f"target negatif ({t}) tidak didukung; pakai polaritas negatif")
        lebih_baik = r >= t if polaritas is Polaritas.POSITIF else r <= t
        if jenis is JenisTarget.PERTAHANKAN and lebih_baik:
            hasil = SERATUS
        else:
            hasil = _rumus(t, r, polaritas, aturan)
    if aturan.batas_atas is not None and hasil > aturan.batas_atas:
        return aturan.batas_atas
    return hasil
