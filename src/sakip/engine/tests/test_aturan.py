"""Settings: defaults reproduce the seed; `dari_dict` parses plain values (MEASUREMENT.md §1-5)."""

from decimal import Decimal

import pytest

from sakip.engine.aturan import (
    ATURAN_BAWAAN,
    Aturan,
    BobotRerata,
    Pembulatan,
    RumusNegatif,
    ke_decimal,
)

D = Decimal


def test_defaults_are_the_seeds_behaviour():
    a = Aturan()
    assert a == ATURAN_BAWAAN
    assert a.rumus_negatif is RumusNegatif.SELISIH
    assert a.target_nol_gagal == 0
    assert a.batas_atas is None
    assert a.pembulatan is Pembulatan.SETENGAH_KE_ATAS
    assert a.bobot_rerata is BobotRerata.SAMA
    assert a.penyerapan_pagu_nol is None


@pytest.mark.parametrize(
    "masukan, harapan",
    [
        ({}, Aturan()),
        ({"rumus_negatif": "rasio_terbalik"}, Aturan(rumus_negatif=RumusNegatif.RASIO_TERBALIK)),
        ({"rumus_negatif": " selisih "}, Aturan()),
        ({"pembulatan": "potong"}, Aturan(pembulatan=Pembulatan.POTONG)),
        ({"bobot_rerata": "pagu"}, Aturan(bobot_rerata=BobotRerata.PAGU)),
        ({"batas_atas": "120"}, Aturan(batas_atas=D(120))),
        ({"batas_atas": 120}, Aturan(batas_atas=D(120))),
        ({"batas_atas": "120,5"}, Aturan(batas_atas=D("120.5"))),
        ({"batas_atas": 120.5}, Aturan(batas_atas=D("120.5"))),
        ({"batas_atas": D("150")}, Aturan(batas_atas=D(150))),
        ({"batas_atas": None}, Aturan()),
        ({"batas_atas": ""}, Aturan()),
        ({"target_nol_gagal": "0"}, Aturan()),
        ({"target_nol_gagal": 50}, Aturan(target_nol_gagal=D(50))),
        ({"penyerapan_pagu_nol": "0"}, Aturan(penyerapan_pagu_nol=D(0))),
        ({"penyerapan_pagu_nol": ""}, Aturan()),
    ],
)
def test_dari_dict_reads_plain_values(masukan, harapan):
    assert Aturan.dari_dict(masukan) == harapan


@pytest.mark.parametrize(
    "masukan, pesan",
    [
        ({"pembulatan": "ke_bawah"}, "pembulatan: 'ke_bawah' tidak dikenal"),
        ({"rumus_negatif": 3}, "rumus_negatif: 3 tidak dikenal"),
        ({"bobot_rerata": None}, "bobot_rerata: None tidak dikenal"),
        ({"batas_atas": "seratus"}, "batas_atas: 'seratus' bukan angka"),
        ({"batas_atas": "1.234,5"}, "batas_atas: '1.234,5' bukan angka"),
        ({"batas_atas": True}, "batas_atas: nilai harus berupa angka"),
        ({"batas_atas": [1]}, "batas_atas: [1] bukan angka"),
        ({"batas_atas": "NaN"}, "batas_atas: 'NaN' bukan angka terhingga"),
        ({"target_nol_gagal": None}, "target_nol_gagal: None bukan angka"),
        ({"target_nol_gagal": ""}, "target_nol_gagal: '' bukan angka"),
        ({"batas": "120", "zzz": 1}, "kunci aturan tidak dikenal: batas, zzz"),
    ],
)
def test_dari_dict_rejects_bad_values_naming_the_key(masukan, pesan):
    with pytest.raises(ValueError, match=pesan.replace("(", r"\(").replace("[", r"\[")):
        Aturan.dari_dict(masukan)


def test_ke_decimal_never_goes_through_binary_float_arithmetic():
    assert ke_decimal(0.1, "x") == D("0.1")
    assert ke_decimal(-2, "x") == D(-2)


def test_aturan_is_frozen():
    with pytest.raises(AttributeError):
        Aturan().batas_atas = D(120)  # type: ignore[misc]
