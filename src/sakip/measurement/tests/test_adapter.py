"""The adapter feeds the engine what is stored: the PK version in force, settings, scales."""

from decimal import Decimal

import pytest

from sakip.engine.tampilan import bulatkan
from sakip.measurement.hasil import ukur
from sakip.planning.models import Pagu, PengaturanPengukuran, PerjanjianKinerja, Target

pytestmark = pytest.mark.django_db

KENDARAAN_OPERASIONAL = "4.01.01.2.09.0002/1"  # target 6, realisasi 29: 483,33% (no cap)


def tampil(nilai):
    return bulatkan(nilai)


def test_a_later_pk_version_is_in_force_and_the_earlier_one_is_kept(paser):
    reviu = paser.perjanjian_kinerja.get(tahun=2023)
    perubahan = PerjanjianKinerja.objects.create(
        perangkat_daerah=paser,
        kode="2023-perubahan-2",
        tahun=2023,
        versi="perubahan",
        urutan=reviu.urutan + 1,
        alasan="uji",
    )
    for pagu in Pagu.objects.filter(perjanjian_kinerja=reviu):
        Pagu.objects.create(
            subkegiatan=pagu.subkegiatan, perjanjian_kinerja=perubahan, nilai=pagu.nilai * 2
        )
    for target in Target.objects.filter(perjanjian_kinerja=reviu):
        Target.objects.create(
            indikator=target.indikator, tahun=2023, perjanjian_kinerja=perubahan, nilai=target.nilai
        )
    hasil = ukur(paser, 2023).hasil
    assert hasil.pagu == Decimal("145373575253") * 2
    assert Pagu.objects.filter(perjanjian_kinerja=reviu).exists()


def test_without_a_pk_the_renstra_target_of_the_year_is_used(paser):
    hasil = ukur(paser, 2022).hasil
    # Tabel 3.6: 2022 realisasi 94,02 against the Renstra target 85 -> 110,61.
    assert hasil.indikator["SS2/1"].target == 85
    assert tampil(hasil.indikator["SS2/1"].capaian) == Decimal("110.61")
    assert tampil(hasil.capaian_iku) == Decimal("97.29")


def test_a_cap_setting_caps_one_indicator(paser):
    assert tampil(ukur(paser, 2023).indikator(KENDARAAN_OPERASIONAL).capaian) == Decimal("483.33")
    PengaturanPengukuran.objects.filter(perangkat_daerah=paser).update(batas_atas=120)
    assert ukur(paser, 2023).indikator(KENDARAAN_OPERASIONAL).capaian == 120


def test_weighting_by_pagu_changes_a_bagian_mean(paser):
    sama = ukur(paser, 2023).hasil.unit["umum"].capaian
    PengaturanPengukuran.objects.filter(perangkat_daerah=paser).update(bobot_rerata="pagu")
    dibobot = ukur(paser, 2023).hasil.unit["umum"].capaian
    assert tampil(sama) == Decimal("93.97")
    assert dibobot != sama


def test_the_scale_is_data(paser):
    skala = paser.skala_predikat.get(kode="capaian")
    skala.predikat.filter(label="Berhasil").update(label="Sangat Berhasil", batas_bawah=110)
    skala.predikat.filter(label="Cukup Berhasil").update(batas_atas=110)
    hasil = ukur(paser, 2023).hasil
    assert hasil.indikator["SS2/1"].predikat.label == "Sangat Berhasil"  # 121,82
    assert hasil.indikator["SS3/1"].predikat.label == "Cukup Berhasil"  # 102,94


def test_measuring_a_year_takes_a_bounded_number_of_queries(paser, django_assert_max_num_queries):
    with django_assert_max_num_queries(40):
        ukur(paser, 2023)
