"""Rounding for display, the only rounding in the engine (MEASUREMENT.md §1)."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip.engine.aturan import Aturan, Pembulatan
from sakip.engine.tampilan import bulatkan

D = Decimal
POTONG = Aturan(pembulatan=Pembulatan.POTONG)


@pytest.mark.parametrize(
    "nilai, aturan, digit, harapan",
    [
        (D("73.125"), Aturan(), 2, "73.13"),  # Adm Keuangan KDH
        (D("73.125"), POTONG, 2, "73.12"),
        (D("-0.005"), Aturan(), 2, "-0.01"),  # half away from zero
        (D("-0.005"), POTONG, 2, "0.00"),
        (D("-0.001"), Aturan(), 2, "0.00"),  # never "-0,00"
        (D("121.8233"), Aturan(), 2, "121.82"),
        (D("0.125"), Aturan(), 2, "0.13"),  # not banker's rounding
        (D("2.5"), Aturan(), 0, "3"),
        (D("99.999"), Aturan(), 2, "100.00"),
        (D("99.999"), POTONG, 2, "99.99"),
        (D(100), Aturan(), 2, "100.00"),
        (D("6613321913"), Aturan(), 0, "6613321913"),
        (D("145373575253.5"), Aturan(), 0, "145373575254"),
        (D("1e40"), Aturan(), 2, "1e40"),  # larger than the context precision
        (D("138.8269794721"), Aturan(), 4, "138.8270"),
    ],
)
def test_bulatkan(nilai, aturan, digit, harapan):
    hasil = bulatkan(nilai, aturan, digit)
    assert hasil == D(harapan)
    assert hasil.as_tuple().exponent == -digit
    assert not hasil.is_signed() or hasil < 0


def test_bulatkan_none():
    assert bulatkan(None) is None


angka = st.decimals(min_value=-(10**9), max_value=10**9, allow_nan=False, places=6)


@given(angka, st.sampled_from(Pembulatan))
def test_rounding_moves_less_than_one_unit(x, cara):
    hasil = bulatkan(x, Aturan(pembulatan=cara))
    assert abs(hasil - x) < D("0.01")
    if cara is Pembulatan.SETENGAH_KE_ATAS:
        assert abs(hasil - x) <= D("0.005")
    else:
        assert abs(hasil) <= abs(x)
