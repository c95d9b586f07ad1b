"""Efisiensi = capaian - penyerapan (MEASUREMENT.md §6, seed Tabel 3.12)."""

from decimal import Decimal

import pytest

from sakip.engine.efisiensi import efisiensi

D = Decimal


@pytest.mark.parametrize(
    "capaian, penyerapan, harapan",
    [
        (D("121.82"), D("97.28"), D("24.54")),  # sasaran 2
        (D("80"), D("95"), D("-15")),  # less performance than money spent
        (None, D("97.28"), None),
        (D("121.82"), None, None),
    ],
)
def test_efisiensi(capaian, penyerapan, harapan):
    assert efisiensi(capaian, penyerapan) == harapan
