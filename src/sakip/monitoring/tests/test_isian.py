"""Quarterly entry: an operator fills its unit's grid; what is illegal is refused beside the
field, what is unusual is warned, a grid saves whole or not at all, and nobody's edit is
silently overwritten."""

from decimal import Decimal

import pytest
from django.urls import reverse

from sakip.audit.models import AuditLog
from sakip.monitoring.models import (
    FaktorKinerja,
    RealisasiAnggaran,
    RealisasiIndikator,
    StatusTriwulan,
)
from sakip.planning.models import SubKegiatan

pytestmark = pytest.mark.django_db

TAHUN = 2023
# Bagian Hukum runs Fasilitasi dan Koordinasi Hukum: three sub-kegiatan.
PRODUK_HUKUM = "4.01.02.2.03.0001"  # target 760 dokumen, pagu 556.247.135
BANTUAN_HUKUM = "4.01.02.2.03.0002"  # target 2 kasus
DOKUMENTASI = "4.01.02.2.03.0003"  # target 100 dokumen


@pytest.fixture
def hukum(paser):
    return paser.unit.get(kode="hukum")


@pytest.fixture
def subs(hukum):
    return {s.kode: s for s in SubKegiatan.objects.filter(kegiatan__unit=hukum)}


def url(unit, tw=1):
    return reverse("monitoring:isian", args=[unit.pk, TAHUN, tw])


def halaman(client, unit, tw=1) -> dict[str, str]:
    """The grid's form fields as the browser would send them back unchanged."""
    response = client.get(url(unit, tw))
    assert response.status_code == 200
    data = {}
    for row in response.context["rows"]:
        sid = row.sub.pk
        for c in row.k:
            data[c.nama_field] = c.teks
            data[f"asal-{c.nama_field}"] = c.asal
        data[f"rp-{sid}"] = row.teks_rp
        data[f"asal-rp-{sid}"] = row.asal_rp
        for kolom in ("penghambat", "solusi"):
            data[f"{kolom}-{sid}"] = getattr(row, kolom)
            data[f"asal-{kolom}-{sid}"] = getattr(row, f"asal_{kolom}")
    return data


def rp(sub, tw=1):
    row = RealisasiAnggaran.objects.filter(subkegiatan=sub, tahun=TAHUN, triwulan=tw).first()
    return row.rp if row else None


def k(sub, tw=1):
    row = RealisasiIndikator.objects.filter(
        indikator__subkegiatan=sub, tahun=TAHUN, triwulan=tw
    ).first()
    return row.nilai if row else None


def test_the_grid_shows_the_units_own_sub_kegiatan_with_stored_values(client, cast, hukum, subs):
    client.force_login(cast["operator_hukum"])
    response = client.get(url(hukum))
    rows = response.context["rows"]
    assert [r.sub.kode for r in rows] == [PRODUK_HUKUM, BANTUAN_HUKUM, DOKUMENTASI]
    # Seed Lampiran, TW I: 218 dokumen, Rp 55.264.463; Indonesian formatting in the field.
    assert rows[0].k[0].teks == "218"
    assert rows[0].teks_rp == "55.264.463"
    assert response.context["dapat_isi"] is True


def test_saving_changes_only_what_changed_and_audits_it(client, cast, hukum, subs):
    client.force_login(cast["operator_hukum"])
    data = halaman(client, hukum)
    sub = subs[PRODUK_HUKUM]
    data[f"rp-{sub.pk}"] = "60.000.000"
    data[f"k-{sub.pk}-1"] = "220"
    response = client.post(url(hukum), data)
    assert response.status_code == 302
    assert rp(sub) == Decimal("60000000")
    assert k(sub) == 220
    changes = AuditLog.objects.filter(subjek=sub.kode, aksi="ubah", pengguna=cast["operator_hukum"])
    assert sorted((e.perubahan for e in changes), key=str) == sorted(
        [
            {"rp": ["55264463", "60000000"]},
            {"nilai": ["218", "220"]},
        ],
        key=str,
    )
    # The other rows were sent back unchanged and are not touched.
    assert not AuditLog.objects.filter(
        subjek=subs[DOKUMENTASI].kode, pengguna=cast["operator_hukum"]
    ).exists()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("rp", "-5", "Realisasi anggaran tidak boleh negatif."),
        ("rp", "lima juta", "Masukkan angka rupiah, misalnya 1.250.000."),
        ("k", "-1", "Nilai tidak boleh negatif."),
        ("k", "dua", "Masukkan angka, misalnya 12 atau 2,75."),
    ],
)
def test_illegal_values_are_refused_beside_the_field_and_nothing_is_saved(
    client, cast, hukum, subs, field, value, message
):
    client.force_login(cast["operator_hukum"])
    data = halaman(client, hukum)
    good, bad = subs[DOKUMENTASI], subs[PRODUK_HUKUM]
    data[f"rp-{good.pk}"] = "1.000"  # a legal change in another row
    name = f"rp-{bad.pk}" if field == "rp" else f"k-{bad.pk}-1"
    data[name] = value
    response = client.post(url(hukum), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert f'id="{name}-galat"' in html
    assert f'name="{name}" id="{name}" value="{value}"' in html  # what the user typed stays
    assert rp(good) == Decimal("34719500")  # all or nothing
    assert rp(bad) == Decimal("55264463")


def test_rp_above_pagu_is_a_warning_and_is_saved(client, cast, hukum, subs):
    client.force_login(cast["operator_hukum"])
    data = halaman(client, hukum)
    sub = subs[PRODUK_HUKUM]
    data[f"rp-{sub.pk}"] = "600.000.000"  # pagu is 556.247.135
    assert client.post(url(hukum), data).status_code == 302
    assert rp(sub) == Decimal("600000000")
    response = client.get(url(hukum))
    assert "Realisasi kumulatif melebihi pagu." in response.content.decode()


def test_a_row_behind_plan_needs_faktor_penghambat_and_solusi(client, cast, hukum, subs):
    client.force_login(cast["operator_hukum"])
    data = halaman(client, hukum)
    sub = subs[DOKUMENTASI]  # 1 of 100 documents in TW I: plan is 25
    data[f"k-{sub.pk}-1"] = "2"
    response = client.post(url(hukum), data)
    assert response.status_code == 400
    assert "Capaian di bawah rencana: isi faktor penghambat dan solusinya." in (
        response.content.decode()
    )
    assert k(sub) == 1
    data[f"penghambat-{sub.pk}"] = "Naskah menunggu penetapan."
    data[f"solusi-{sub.pk}"] = "Dokumentasi dipercepat di TW II."
    # Bantuan Hukum (0 of plan 0,5 in TW I) is behind plan too.
    bantuan = subs[BANTUAN_HUKUM]
    data[f"penghambat-{bantuan.pk}"] = "Belum ada kasus masuk."
    data[f"solusi-{bantuan.pk}"] = "Siaga bila ada kasus."
    assert client.post(url(hukum), data).status_code == 302
    assert k(sub) == 2
    faktor = FaktorKinerja.objects.get(subkegiatan=sub, tahun=TAHUN)
    assert faktor.penghambat == "Naskah menunggu penetapan."


def test_an_edit_made_meanwhile_is_shown_not_overwritten(client, cast, hukum, subs):
    client.force_login(cast["operator_hukum"])
    data = halaman(client, hukum)
    sub = subs[PRODUK_HUKUM]
    # Someone else saves the same cell after this page was loaded.
    RealisasiAnggaran.objects.filter(subkegiatan=sub, tahun=TAHUN, triwulan=1).update(
        rp=Decimal("50000000")
    )
    data[f"rp-{sub.pk}"] = "60.000.000"
    response = client.post(url(hukum), data)
    assert response.status_code == 400
    assert "Nilai ini diubah orang lain sementara Anda mengisi (sekarang: 50000000.00)" in (
        response.content.decode()
    )
    assert rp(sub) == Decimal("50000000")


def test_a_submitted_triwulan_cannot_be_edited_by_the_operator(client, cast, hukum, subs):
    client.force_login(cast["operator_hukum"])
    data = halaman(client, hukum)
    StatusTriwulan.objects.create(unit=hukum, tahun=TAHUN, triwulan=1, status="diajukan")
    sub = subs[PRODUK_HUKUM]
    data[f"rp-{sub.pk}"] = "1"
    response = client.post(url(hukum), data, follow=True)
    assert "berstatus diajukan; isian tidak dapat diubah" in response.content.decode()
    assert rp(sub) == Decimal("55264463")
    assert response.context["dapat_isi"] is False


def test_another_units_operator_cannot_see_or_post_the_grid(client, cast, hukum):
    client.force_login(cast["operator_umum"])
    assert client.get(url(hukum)).status_code == 404
    assert client.post(url(hukum), {}).status_code == 404


@pytest.mark.parametrize("user", ["perencana", "pimpinan", "evaluator"])
def test_readers_see_the_grid_but_cannot_save_it(client, cast, hukum, subs, user):
    client.force_login(cast[user])
    response = client.get(url(hukum))
    assert response.status_code == 200
    assert response.context["dapat_isi"] is False
    data = halaman(client, hukum)
    data[f"rp-{subs[PRODUK_HUKUM].pk}"] = "1"
    assert client.post(url(hukum), data).status_code == 403
    assert rp(subs[PRODUK_HUKUM]) == Decimal("55264463")


def test_a_quarter_outside_1_to_4_is_not_found(client, cast, hukum):
    client.force_login(cast["operator_hukum"])
    assert client.get(url(hukum, tw=5)).status_code == 404


def test_the_grid_takes_a_bounded_number_of_queries(
    client, cast, hukum, django_assert_max_num_queries
):
    client.force_login(cast["operator_umum"])
    umum = hukum.perangkat_daerah.unit.get(kode="umum")  # 22 sub-kegiatan
    with django_assert_max_num_queries(30):
        assert client.get(url(umum)).status_code == 200
