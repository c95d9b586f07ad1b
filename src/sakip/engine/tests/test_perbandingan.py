"""Comparisons with last year and with the end of the Renstra (MEASUREMENT.md §7)."""

from decimal import Decimal

import pytest

from sakip.engine.capaian import Polaritas
from sakip.engine.perbandingan import capaian_akhir_renstra, selisih_poin
from sakip.engine.tampilan import bulatkan

D = Decimal


@pytest.mark.parametrize(
    "sekarang, sebelumnya, tampil",
    [
        (D("121.82"), D("110.61"), "11.21"),  # Tabel 3.6, IKU 2
        (D("102.94"), D("81.25"), "21.69"),  # IKU 3
        (D("108.25"), D("97.29"), "10.96"),  # rata-rata
        (D(100), D(100), "0.00"),  # IKU 1
        (D(90), D(100), "-10.00"),
    ],
)
def test_selisih_poin(sekarang, sebelumnya, tampil):
    assert bulatkan(selisih_poin(sekarang, sebelumnya)) == D(tampil)


def test_selisih_poin_uses_unrounded_values():
    # 103.55/85 and 94.02/85 rounded first would give 121.82 - 110.61 = 11.21 as well, but the
    # unrounded difference is the one carried.
    sekarang, sebelumnya = D("103.55") / 85 * 100, D("94.02") / 85 * 100
    assert selisih_poin(sekarang, sebelumnya) == sekarang - sebelumnya


@pytest.mark.parametrize("a, b", [(None, D(1)), (D(1), None)])
def test_selisih_poin_missing(a, b):
    assert selisih_poin(a, b) is None


@pytest.mark.parametrize(
    "realisasi, target_akhir, polaritas, tampil",
    [
        (D("103.55"), D(95), Polaritas.POSITIF, "109.00"),  # Tabel 3.7, IKU 2 (seed prints 100)
        (D("82.35"), D(95), Polaritas.POSITIF, "86.68"),  # IKU 3 (seed prints 95)
        (D("76.66"), D(80), Polaritas.POSITIF, "95.83"),  # Indek Kepuasan (seed prints 80)
        (D(0), D(0), Polaritas.NEGATIF, "100.00"),  # IKU 1 (seed prints 0)
    ],
)
def test_capaian_akhir_renstra(realisasi, target_akhir, polaritas, tampil):
    hasil = capaian_akhir_renstra(realisasi, target_akhir, polaritas=polaritas)
    assert bulatkan(hasil) == D(tampil)
