"""Plan and projection within the year (MEASUREMENT.md §7)."""

from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip.engine.capaian import Polaritas
from sakip.engine.proyeksi import peringatan_dini, proyeksi_akhir_tahun, rencana_sampai
from sakip.engine.realisasi import Agregasi


@pytest.mark.parametrize(
    ("target", "agregasi", "sampai", "harapan"),
    [
        (D(23), Agregasi.JUMLAH, 1, D("5.75")),
        (D(23), Agregasi.JUMLAH, 4, D(23)),
        (D(72), Agregasi.TERAKHIR, 2, D(72)),
        (D(100), Agregasi.MAKSIMUM, 3, D(100)),
        (None, Agregasi.JUMLAH, 2, None),
    ],
)
def test_the_plan_spreads_a_summed_target_evenly(target, agregasi, sampai, harapan):
    assert rencana_sampai(target, agregasi, sampai) == harapan


@pytest.mark.parametrize(
    ("nilai", "agregasi", "sampai", "harapan"),
    [
        ({1: D(226), 2: D(855)}, Agregasi.JUMLAH, 2, D(2162)),
        ({1: D(226), 2: D(855), 3: D(817), 4: D(469)}, Agregasi.JUMLAH, 4, D(2367)),
        ({1: D(3), 2: None}, Agregasi.JUMLAH, 2, D(6)),
        ({}, Agregasi.JUMLAH, 3, None),
        ({1: D(70), 2: D(76)}, Agregasi.TERAKHIR, 2, D(76)),
        ({1: D(80), 2: D(76)}, Agregasi.MAKSIMUM, 2, D(80)),
    ],
)
def test_the_projection_continues_the_pace_so_far(nilai, agregasi, sampai, harapan):
    assert proyeksi_akhir_tahun(nilai, agregasi, sampai) == harapan


@pytest.mark.parametrize("sampai", [0, 5])
def test_quarters_outside_1_to_4_are_refused(sampai):
    with pytest.raises(ValueError, match="triwulan harus 1 sampai 4"):
        rencana_sampai(D(1), Agregasi.JUMLAH, sampai)
    with pytest.raises(ValueError, match="triwulan harus 1 sampai 4"):
        proyeksi_akhir_tahun({}, Agregasi.JUMLAH, sampai)


@pytest.mark.parametrize(
    ("kwargs", "kurang", "lebih"),
    [
        # On plan and within pagu: no warning.
        ({"target": D(12), "k": {1: D(3)}, "pagu": D(100), "rp": {1: D(25)}}, False, False),
        # Behind plan.
        ({"target": D(12), "k": {1: D(2)}, "pagu": D(100), "rp": {1: D(25)}}, True, False),
        # Spending faster than the pagu allows.
        ({"target": D(12), "k": {1: D(3)}, "pagu": D(100), "rp": {1: D(26)}}, False, True),
        # Nothing reported yet: no projection, no warning.
        ({"target": D(12), "k": {}, "pagu": D(100), "rp": {}}, False, False),
        # Lower is better: projecting above the target is behind.
        (
            {
                "target": D(4),
                "k": {1: D(2)},
                "pagu": None,
                "rp": {},
                "polaritas": Polaritas.NEGATIF,
            },
            True,
            False,
        ),
    ],
)
def test_early_warning(kwargs, kurang, lebih):
    p = peringatan_dini(agregasi=Agregasi.JUMLAH, sampai=1, **kwargs)
    assert (p.kurang_dari_target, p.melebihi_pagu, p.ada) == (kurang, lebih, kurang or lebih)


@given(
    target=st.integers(1, 10_000).map(D),
    per_tw=st.integers(0, 5_000).map(D),
    sampai=st.integers(1, 4),
)
def test_a_steady_pace_that_meets_the_plan_is_never_warned(target, per_tw, sampai):
    k = dict.fromkeys(range(1, sampai + 1), per_tw)
    p = peringatan_dini(
        target=target, k=k, agregasi=Agregasi.JUMLAH, pagu=None, rp={}, sampai=sampai
    )
    on_plan = per_tw * sampai >= rencana_sampai(target, Agregasi.JUMLAH, sampai)
    assert p.kurang_dari_target is not on_plan
