"""Registers: open material findings (IKU 1) and policies carried out (IKU 3), §2.3."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip.engine.register import (
    Kebijakan,
    Temuan,
    jumlah_temuan_material_terbuka,
    persen_kebijakan_terlaksana,
)
from sakip.engine.tampilan import bulatkan

D = Decimal

TEMUAN = (
    Temuan("APIP-2022/1", 2022, True, 2023),  # settled in 2023 (seed IKU 1)
    Temuan("APIP-2022/2", 2022, True, 2023),
    Temuan("APIP-2022/3", 2022, False, None),  # not material: never counted
    Temuan("BPK-2021/1", 2021, True, 2024),  # settled late
    Temuan("BPK-2023/1", 2023, True, None),  # still open
    Temuan("BPK-2024/1", 2024, True, None),  # from a later year
)


@pytest.mark.parametrize(
    "temuan, tahun, harapan",
    [
        (TEMUAN[:3], 2023, 0),  # seed IKU 1: 0
        (TEMUAN[:3], 2022, 2),
        (TEMUAN, 2023, 2),  # BPK-2021/1 and BPK-2023/1
        (TEMUAN, 2024, 2),  # BPK-2023/1 and BPK-2024/1
        (TEMUAN, 2020, 0),
        ((), 2023, 0),
    ],
)
def test_open_material_findings(temuan, tahun, harapan):
    hasil = jumlah_temuan_material_terbuka(temuan, tahun)
    assert isinstance(hasil, Decimal) and hasil == harapan


# Seed Tabel 3.4: 17 policies of 2022, 14 carried out in 2023.
TABEL_3_4 = tuple(Kebijakan(f"K{i}", 2022, i not in (12, 13, 14)) for i in range(1, 18))


@pytest.mark.parametrize(
    "kebijakan, tahun, harapan",
    [
        (TABEL_3_4, 2023, "82.35"),
        ((*TABEL_3_4, Kebijakan("K2023", 2023, False)), 2023, "82.35"),  # other years ignored
        (TABEL_3_4, 2022, None),
        ((), 2023, None),
        ((Kebijakan("X", 2022, False),), 2023, "0.00"),
    ],
)
def test_policies_carried_out(kebijakan, tahun, harapan):
    hasil = bulatkan(persen_kebijakan_terlaksana(kebijakan, tahun))
    assert hasil == (None if harapan is None else D(harapan))


@given(st.lists(st.booleans(), min_size=1, max_size=50))
def test_policy_share_is_between_0_and_100(flags):
    daftar = [Kebijakan(str(i), 2022, f) for i, f in enumerate(flags)]
    hasil = persen_kebijakan_terlaksana(daftar, 2023)
    assert 0 <= hasil <= 100
    assert (hasil == 100) == all(flags)
