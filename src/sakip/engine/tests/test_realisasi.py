"""Quarters, means and percentages (MEASUREMENT.md §2)."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip.engine.realisasi import Agregasi, gabung_triwulan, kumulatif, persen, rerata
from sakip.engine.tampilan import bulatkan

D = Decimal
JUMLAH, TERAKHIR, MAKSIMUM = Agregasi.JUMLAH, Agregasi.TERAKHIR, Agregasi.MAKSIMUM
PBJ = {1: D(226), 2: D(855), 3: D(817), 4: D(469)}  # seed Lampiran, Pengadaan Barang dan Jasa


@pytest.mark.parametrize(
    "nilai, agregasi, sampai, harapan",
    [
        (PBJ, JUMLAH, 4, D(2367)),
        (PBJ, JUMLAH, 1, D(226)),
        (PBJ, JUMLAH, 3, D(1898)),
        (PBJ, TERAKHIR, 4, D(469)),
        (PBJ, TERAKHIR, 2, D(855)),
        (PBJ, MAKSIMUM, 4, D(855)),
        (PBJ, MAKSIMUM, 1, D(226)),
        ({4: D("2.77")}, TERAKHIR, 4, D("2.77")),  # Nilai LPPD, reported once a year
        ({4: D("2.77")}, TERAKHIR, 3, None),  # not reported yet at the end of TW III
        ({1: D("76.66"), 2: None, 3: D("76.66")}, TERAKHIR, 4, D("76.66")),  # index
        ({1: D(0), 2: D(1), 3: D(3), 4: D(0)}, JUMLAH, 4, D(4)),  # Bantuan Hukum: zeros count
        ({1: D(5), 2: None}, JUMLAH, 4, D(5)),  # None = not reported
        ({}, JUMLAH, 4, None),
        ({1: None, 2: None}, MAKSIMUM, 4, None),
        ({1: D(0)}, JUMLAH, 4, D(0)),  # a reported 0 is not "not reported"
        ({2: D("-3"), 3: D("-1")}, MAKSIMUM, 4, D(-1)),
    ],
)
def test_gabung_triwulan(nilai, agregasi, sampai, harapan):
    assert gabung_triwulan(nilai, agregasi, sampai) == harapan


@pytest.mark.parametrize(
    "nilai, sampai",
    [({0: D(1)}, 4), ({5: D(1)}, 4), ({1: D(1)}, 0), ({1: D(1)}, 5), ({"1": D(1)}, 4)],
)
def test_quarters_outside_1_to_4_are_rejected(nilai, sampai):
    with pytest.raises(ValueError, match="triwulan harus 1 sampai 4"):
        gabung_triwulan(nilai, JUMLAH, sampai)


def test_kumulatif_gives_the_plan_versus_actual_curve():
    assert kumulatif(PBJ, JUMLAH) == {1: D(226), 2: D(1081), 3: D(1898), 4: D(2367)}
    assert kumulatif({2: D(5), 4: None}, JUMLAH) == {1: None, 2: D(5), 3: D(5), 4: D(5)}
    assert kumulatif({1: D(3), 3: D(9)}, TERAKHIR) == {1: D(3), 2: D(3), 3: D(9), 4: D(9)}


HUKUM = [D(946) / 760 * 100, D(200), D(102)]


@pytest.mark.parametrize(
    "nilai, bobot, tampil",
    [
        (HUKUM, None, "142.16"),  # Fasilitasi dan Koordinasi Hukum
        ([D(100), rerata(HUKUM), D(100), D(25) / 30 * 100], None, "106.37"),  # program ind. 1
        ([D(100), D(80), D("12.5"), D(100)], None, "73.13"),  # Adm Keuangan KDH, 73,125
        ([D(100), D(0), D(100)], None, "66.67"),  # a 0% stays in the mean
        ([D(100), None, D(50)], None, "75.00"),  # None is left out
        ([D(100), D(50)], [D(3), D(1)], "87.50"),
        ([D(100), None, D(50)], [D(3), D(100), D(1)], "87.50"),  # weight of None ignored
        ([D(100), D(50)], [D(0), D(0)], "75.00"),  # all-zero weights: unweighted
        ([D(100), D(50)], [D(0), D(2)], "50.00"),  # a zero weight drops the child
    ],
)
def test_rerata(nilai, bobot, tampil):
    assert bulatkan(rerata(nilai, bobot)) == D(tampil)


def test_rerata_is_full_precision():
    assert rerata([D(100), D(80), D("12.5"), D(100)]) == D("73.125")
    assert rerata([D(1), D(2)]) == D("1.5")


@pytest.mark.parametrize("nilai", [[], [None], [None, None]])
def test_rerata_of_nothing_is_none(nilai):
    assert rerata(nilai) is None
    assert rerata(nilai, [D(1)] * len(nilai)) is None


@pytest.mark.parametrize(
    "bobot, pesan",
    [
        ([D(1)], "jumlah bobot \\(1\\) tidak sama dengan jumlah nilai \\(2\\)"),
        ([D(1), D(-1)], "bobot tidak boleh negatif"),
    ],
)
def test_rerata_rejects_bad_weights(bobot, pesan):
    with pytest.raises(ValueError, match=pesan):
        rerata([D(1), D(2)], bobot)


@pytest.mark.parametrize(
    "bagian, keseluruhan, harapan",
    [
        (D(14), D(17), "82.35"),  # IKU 3
        (D(0), D(17), "0.00"),
        (D(17), D(17), "100.00"),
    ],
)
def test_persen(bagian, keseluruhan, harapan):
    assert bulatkan(persen(bagian, keseluruhan)) == D(harapan)


def test_persen_of_zero_is_none():
    assert persen(D(3), D(0)) is None


# --- properties ---------------------------------------------------------------------------

nilai_d = st.decimals(min_value=-(10**12), max_value=10**12, places=4, allow_nan=False)
triwulan = st.dictionaries(st.integers(1, 4), st.none() | nilai_d)


@given(triwulan)
def test_the_sum_of_quarters_is_the_year(nilai):
    dilapor = [v for v in nilai.values() if v is not None]
    tahun = gabung_triwulan(nilai, JUMLAH)
    assert tahun == (sum(dilapor) if dilapor else None)
    assert kumulatif(nilai, JUMLAH)[4] == tahun


@given(triwulan, st.sampled_from(Agregasi))
def test_cumulative_max_and_sum_of_non_negative_values_never_fall(nilai, agregasi):
    nilai = {k: (abs(v) if v is not None else None) for k, v in nilai.items()}
    kurva = kumulatif(nilai, agregasi)
    ada = [v for v in kurva.values() if v is not None]
    if agregasi is not TERAKHIR:
        assert ada == sorted(ada)


@given(
    nilai_d, st.integers(1, 30), st.none() | st.decimals(min_value=1, max_value=10**12, places=0)
)
def test_the_mean_of_equal_values_is_that_value(x, n, b):
    bobot = None if b is None else [b] * n
    assert rerata([x] * n, bobot) == x


@given(st.lists(nilai_d, min_size=1, max_size=20))
def test_the_mean_lies_between_min_and_max(xs):
    m = rerata(xs)
    assert min(xs) <= m <= max(xs)
