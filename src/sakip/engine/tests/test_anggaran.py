"""Budget: penyerapan, sisa, tertimbang (MEASUREMENT.md §5, seed Tabel 3.10 and 3.11)."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip.engine.anggaran import penyerapan, sisa, tertimbang
from sakip.engine.aturan import Aturan
from sakip.engine.tampilan import bulatkan

D = Decimal
TOTAL_PAGU = D(145373575253)


@pytest.mark.parametrize(
    "realisasi, pagu, tampil",
    [
        (D(138760253340), TOTAL_PAGU, "95.45"),  # Setda (Tabel 3.10)
        (D(32640870249), D(33552415803), "97.28"),  # Program Pemerintahan dan Kesra
        (D(553310564), D(556247135), "99.47"),  # Penyusunan Produk Hukum Daerah
        (D(11026642), D(200900000), "5.49"),  # Medical Check Up KDH
        (D(0), D(1000), "0.00"),
    ],
)
def test_penyerapan(realisasi, pagu, tampil):
    assert bulatkan(penyerapan(realisasi, pagu)) == D(tampil)


@pytest.mark.parametrize(
    "realisasi, pagu, aturan, harapan",
    [
        (D(0), D(0), Aturan(), None),  # Penatausahaan Arsip Dinamis: no figure
        (D(0), D(0), Aturan(penyerapan_pagu_nol=D(0)), D(0)),  # as the seed prints it
        (None, D(10), Aturan(), None),
        (D(10), None, Aturan(), None),
    ],
)
def test_penyerapan_without_a_figure(realisasi, pagu, aturan, harapan):
    assert penyerapan(realisasi, pagu, aturan) == harapan


@pytest.mark.parametrize(
    "pagu, realisasi, harapan",
    [
        (TOTAL_PAGU, D(138760253340), D(6613321913)),  # SILPA
        (D(33552415803), D(32640870249), D(911545554)),
        (D(10), D(12), D(-2)),  # overspending shows as a negative sisa
    ],
)
def test_sisa(pagu, realisasi, harapan):
    assert sisa(pagu, realisasi) == harapan


@pytest.mark.parametrize(
    "realisasi_kelas, tampil",
    [
        (D(112273506348), "77.23"),  # Belanja Operasi
        (D(29294726687), "20.15"),  # Belanja Pegawai
        (D(62980662661), "43.32"),  # Belanja Barang dan Jasa
        (D(19998117000), "13.76"),  # Belanja Hibah
        (D(26486746992), "18.22"),  # Belanja Modal
        (D(249601000), "0.17"),  # Belanja Modal Gedung dan Bangunan
    ],
)
def test_tertimbang(realisasi_kelas, tampil):
    assert bulatkan(tertimbang(realisasi_kelas, TOTAL_PAGU)) == D(tampil)


def test_tertimbang_of_no_budget_is_none():
    assert tertimbang(D(0), D(0)) is None


rupiah = st.integers(min_value=1, max_value=10**14).map(D)


@given(rupiah, rupiah)
def test_sisa_plus_realisasi_is_pagu(pagu, realisasi):
    assert sisa(pagu, realisasi) + realisasi == pagu
    assert (penyerapan(realisasi, pagu) > 100) == (sisa(pagu, realisasi) < 0)
