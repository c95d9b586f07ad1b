"""Planning screens: Renstra targets, PK versions (each kept), targets and pagu, signing."""

from decimal import Decimal

import pytest
from django.urls import reverse

from sakip.audit.models import AuditLog
from sakip.measurement.hasil import ukur
from sakip.planning.models import Indikator, Pagu, PerjanjianKinerja, SubKegiatan

pytestmark = pytest.mark.django_db

TAHUN = 2023


def test_the_plan_shows_iku_with_their_renstra_targets(client, cast, paser):
    client.force_login(cast["evaluator"])
    response = client.get(reverse("planning:rencana", args=[paser.pk, TAHUN]))
    iku = {i.kode: i.baris_target for i in response.context["iku"]}
    assert iku["SS2/1"] == [85, 85, 90, 90, 95]  # Tabel 2.1
    assert response.context["dapat_ubah"] is False


def test_a_planner_changes_a_renstra_target_with_a_reason(client, cast, paser):
    ind = Indikator.objects.get(kode="SS3/1", renstra__perangkat_daerah=paser)
    client.force_login(cast["perencana"])
    url = reverse("planning:target_renstra", args=[ind.pk])
    data = {
        f"target-{t}": v
        for t, v in zip(range(2022, 2027), ["80", "80", "85", "90", "97,5"], strict=True)
    }
    response = client.post(url, data)
    assert response.status_code == 400  # the reason is missing
    assert "Sebutkan alasan perubahan." in response.content.decode()
    client.post(url, {**data, "alasan": "Reviu Renstra 2024"})
    assert ind.target.get(tahun=2026, perjanjian_kinerja=None).nilai == Decimal("97.5")
    log = AuditLog.objects.get(aksi="ubah_target_renstra", subjek="SS3/1")
    assert log.perubahan == {"target 2026": ["95", "97.5"]}
    assert log.alasan == "Reviu Renstra 2024"


def test_a_new_pk_version_copies_the_one_in_force_and_keeps_it(client, cast, paser):
    reviu = paser.perjanjian_kinerja.get(tahun=TAHUN)
    client.force_login(cast["perencana"])
    response = client.post(
        reverse("planning:versi_baru", args=[paser.pk, TAHUN]),
        {"versi": "perubahan", "alasan": "APBD Perubahan 2023"},
    )
    baru = PerjanjianKinerja.objects.get(perangkat_daerah=paser, tahun=TAHUN, urutan=2)
    assert response["Location"] == reverse("planning:nilai_pk", args=[baru.pk])
    assert baru.pagu.count() == reviu.pagu.count() == 64
    assert baru.target.count() == reviu.target.count()
    assert ukur(paser, TAHUN).konteks.pk == baru
    # Change a pagu in the new version: the measurement follows, the old version stays.
    sub = SubKegiatan.objects.get(kode="4.01.02.2.03.0001")
    data = {"alasan": "Tambahan pagu produk hukum", f"pagu-{sub.pk}": "600.000.000"}
    client.post(reverse("planning:nilai_pk", args=[baru.pk]), data)
    assert Pagu.objects.get(subkegiatan=sub, perjanjian_kinerja=baru).nilai == 600000000
    assert Pagu.objects.get(subkegiatan=sub, perjanjian_kinerja=reviu).nilai == 556247135
    assert ukur(paser, TAHUN).hasil.item[sub.kode].pagu == 600000000
    log = AuditLog.objects.get(aksi="ubah_pagu", subjek=sub.kode)
    assert (log.perubahan, log.alasan, log.pengguna) == (
        {"nilai": ["556247135", "600000000"]},
        "Tambahan pagu produk hukum",
        cast["perencana"],
    )
    # The superseded version is history: read only.
    response = client.post(
        reverse("planning:nilai_pk", args=[reviu.pk]), {"alasan": "x", f"pagu-{sub.pk}": "1"}
    )
    assert response.status_code == 403


def test_bad_pk_values_are_named_and_nothing_is_saved(client, cast, paser):
    pk = paser.perjanjian_kinerja.get(tahun=TAHUN)
    sub = SubKegiatan.objects.get(kode="4.01.02.2.03.0001")
    ind = sub.indikator.get()
    client.force_login(cast["perencana"])
    response = client.post(
        reverse("planning:nilai_pk", args=[pk.pk]),
        {
            "alasan": "uji",
            f"pagu-{sub.pk}": "-1",
            f"target-{ind.pk}": "banyak",
        },
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "Pagu harus diisi dan tidak negatif." in html and "Masukkan angka." in html
    assert Pagu.objects.get(subkegiatan=sub, perjanjian_kinerja=pk).nilai == 556247135


def test_the_head_signs_the_pk_in_force(client, cast, paser):
    pk = paser.perjanjian_kinerja.get(tahun=TAHUN)
    client.force_login(cast["pimpinan"])
    client.post(reverse("planning:tandatangani", args=[pk.pk]))
    sah = pk.pengesahan.get()
    assert (sah.nama, sah.jabatan.kode) == ("Sekretaris Daerah", "sekda")
    assert AuditLog.objects.filter(aksi="tandatangani_pk").count() == 1


@pytest.mark.parametrize("user", ["perencana", "evaluator", "admin"])
def test_only_the_head_signs(client, cast, paser, user):
    pk = paser.perjanjian_kinerja.get(tahun=TAHUN)
    client.force_login(cast[user])
    assert client.post(reverse("planning:tandatangani", args=[pk.pk])).status_code == 403


def test_a_planner_moves_a_sub_kegiatan_to_another_bagian(client, cast, paser):
    sub = SubKegiatan.objects.get(kode="4.01.02.2.03.0001")
    umum = paser.unit.get(kode="umum")
    client.force_login(cast["perencana"])
    client.post(
        reverse("planning:ubah_subkegiatan", args=[sub.pk]), {"nama": sub.nama, "unit": umum.pk}
    )
    sub.refresh_from_db()
    assert sub.unit_efektif == umum
    assert AuditLog.objects.filter(aksi="ubah_subkegiatan", subjek=sub.kode).exists()
