"""Predikat scales are data (MEASUREMENT.md §3)."""

from decimal import Decimal

import pytest

from sakip.engine.predikat import Predikat, Skala
from sakip.engine.tests.contoh import BERHASIL, CUKUP, KURANG, SKALA_LIMA, SKALA_SEED, TIDAK

D = Decimal


@pytest.mark.parametrize(
    "capaian, harapan",
    [
        (D(100), BERHASIL),
        (D("99.99"), CUKUP),
        (D("99.9999"), CUKUP),  # full precision decides, not the displayed 100,00
        (D(70), CUKUP),
        (D("69.999"), KURANG),
        (D(40), KURANG),
        (D("39.99"), TIDAK),
        (D(0), TIDAK),
        (D(-50), TIDAK),
        (D("483.33"), BERHASIL),  # Kendaraan Dinas Operasional
        (D("108.25"), BERHASIL),  # Tabel 3.2, rata-rata IKU
        (D("83.33"), CUKUP),  # Fasilitasi Kerjasama Daerah
        (D("49.92"), KURANG),
        (D("12.50"), TIDAK),
        (None, None),
    ],
)
def test_seed_scale_tabel_3_1(capaian, harapan):
    assert SKALA_SEED.tentukan(capaian) == harapan


@pytest.mark.parametrize(
    "capaian, label",
    [
        (D(100), "Sangat Baik"),
        (D(91), "Sangat Baik"),
        (D("90.99"), "Baik"),
        (D(76), "Baik"),
        (D(75), "Cukup"),
        (D(66), "Cukup"),
        (D(65), "Kurang"),
        (D(51), "Kurang"),
        (D(50), "Sangat Kurang"),
        (D(0), "Sangat Kurang"),
    ],
)
def test_a_five_level_scale_is_just_other_data(capaian, label):
    assert SKALA_LIMA.tentukan(capaian).label == label


def test_a_value_in_a_gap_has_no_predikat():
    skala = Skala(
        "celah",
        (Predikat("A", "Hijau", "#0f0", D(80), None), Predikat("C", "Merah", "#f00", None, D(50))),
    )
    assert skala.tentukan(D(60)) is None
    assert skala.tentukan(D(80)).label == "A"


@pytest.mark.parametrize(
    "predikat",
    [
        (Predikat("A", "h", "#0", D(70), None), Predikat("B", "b", "#1", D(90), None)),
        (Predikat("A", "h", "#0", None, D(70)), Predikat("B", "b", "#1", None, D(40))),
        (Predikat("A", "h", "#0", D(60), D(80)), Predikat("B", "b", "#1", D(70), D(100))),
        (Predikat("A", "h", "#0", None, None), Predikat("B", "b", "#1", D(0), D(1))),
    ],
)
def test_overlapping_intervals_are_rejected(predikat):
    with pytest.raises(ValueError, match="tumpang tindih"):
        Skala("salah", predikat)


def test_touching_intervals_do_not_overlap():
    Skala("ok", (Predikat("A", "h", "#0", D(70), D(100)), Predikat("B", "b", "#1", D(100), None)))


def test_an_empty_interval_is_rejected():
    with pytest.raises(ValueError, match="batas bawah 100 harus lebih kecil dari batas atas 70"):
        Predikat("A", "h", "#0", D(100), D(70))
