"""The agency dashboard: the figures are the engine's, drill-down works, it stays fast."""

import pytest
from django.urls import reverse

from sakip.evaluation.models import Komentar
from sakip.monitoring.models import RealisasiAnggaran, StatusTriwulan

pytestmark = pytest.mark.django_db

TAHUN = 2023


def dasbor(client, pd, **params):
    return client.get(reverse("web:dasbor", args=[pd.pk, TAHUN]), params)


def test_the_dashboard_shows_the_iku_cards_and_totals_the_indonesian_way(client, cast, paser):
    client.force_login(cast["perencana"])
    html = dasbor(client, paser).content.decode()
    for figure in (
        "108,25%",
        "121,82%",
        "102,94%",
        "100,00%",
        "Rp 145.373.575.253",
        "Rp 138.760.253.340",
        "penyerapan 95,45%",
        "Rp 6.613.321.913",
        "110,61% (+11,21 poin)",
    ):
        assert figure in html, figure
    # IKU cards in the colour of their predikat (Berhasil = the scale's green).
    assert html.count("--warna: #1e8e3e") >= 4


def test_penyerapan_per_bagian_and_their_capaian(client, cast, paser):
    client.force_login(cast["pimpinan"])
    response = dasbor(client, paser)
    bagian = {u.nama: hu for u, hu in response.context["bagian"]}
    assert len(bagian) == 12
    html = response.content.decode()
    assert "142,16%" in html and "94,19%" in html  # Bagian Hukum
    assert str(round(bagian["Bagian Umum"].capaian, 2)) == "93.97"


def test_as_of_a_quarter_the_dashboard_sums_the_quarters_so_far(client, cast, paser):
    client.force_login(cast["perencana"])
    response = dasbor(client, paser, tw=1)
    assert response.context["h"].realisasi == 13826587278  # seed Lampiran, TW I
    assert "keadaan sampai akhir triwulan 1" in response.content.decode()


def test_the_early_warning_list_names_sub_kegiatan_projected_short(client, cast, paser):
    client.force_login(cast["perencana"])
    names = [w.sub.nama for w in dasbor(client, paser).context["peringatan"]]
    assert "Pelaksanaan Medical Check Up Kepala Daerah dan Wakil Kepala Daerah" in names  # 1 of 8
    assert "Pengelolaan Pengadaan Barang dan Jasa" not in names  # 2367 of 1705


def test_completeness_shows_who_is_late(client, cast, paser):
    hukum = paser.unit.get(kode="hukum")
    StatusTriwulan.objects.create(unit=hukum, tahun=TAHUN, triwulan=1, status="dikunci")
    RealisasiAnggaran.objects.filter(subkegiatan__kegiatan__unit=hukum, triwulan=2).delete()
    client.force_login(cast["perencana"])
    rows = dict(dasbor(client, paser).context["kelengkapan"])
    cells = rows[hukum]
    assert (cells[0].status, cells[0].terisi, cells[0].jumlah) == ("dikunci", 3, 3)
    assert (cells[1].status, cells[1].terisi) == ("draf", 0)


def test_the_tree_drills_down_from_program_to_sub_kegiatan(client, cast, paser):
    client.force_login(cast["evaluator"])
    url = reverse("web:pohon", args=[paser.pk, TAHUN, "4.01.02"])
    html = client.get(url, HTTP_HX_REQUEST="true").content.decode()
    assert "Fasilitasi dan Koordinasi Hukum" in html and "142,16%" in html
    url = reverse("web:pohon", args=[paser.pk, TAHUN, "4.01.02.2.03"])
    html = client.get(url, HTTP_HX_REQUEST="true").content.decode()
    assert "Fasilitasi Bantuan Hukum" in html and "200,00%" in html
    bad = reverse("web:pohon", args=[paser.pk, TAHUN, "9.99.99"])
    assert client.get(bad).status_code == 404


def test_the_evaluator_comments_and_everyone_reads_it(client, cast, paser):
    client.force_login(cast["evaluator"])
    client.post(
        reverse("web:komentar", args=[paser.pk, TAHUN]), {"teks": "Tabel 3.7 perlu diperbaiki."}
    )
    assert Komentar.objects.get().penulis == cast["evaluator"]
    client.force_login(cast["pimpinan"])
    assert "Tabel 3.7 perlu diperbaiki." in dasbor(client, paser).content.decode()


def test_an_empty_comment_is_refused(client, cast, paser):
    client.force_login(cast["evaluator"])
    response = client.post(
        reverse("web:komentar", args=[paser.pk, TAHUN]), {"teks": " "}, follow=True
    )
    assert "Komentar tidak boleh kosong." in response.content.decode()
    assert not Komentar.objects.exists()


def test_the_dashboard_takes_a_bounded_number_of_queries(
    client, cast, paser, django_assert_max_num_queries
):
    client.force_login(cast["perencana"])
    with django_assert_max_num_queries(60):
        assert dasbor(client, paser).status_code == 200


def test_the_audit_view_lists_every_change_of_a_sub_kegiatan(client, cast, paser):
    from sakip.planning.models import SubKegiatan

    sub = SubKegiatan.objects.get(kode="4.01.02.2.03.0001")
    client.force_login(cast["perencana"])
    html = client.get(reverse("web:audit_subkegiatan", args=[sub.pk])).content.decode()
    # The dataset load recorded the pagu and each quarter's K and RP.
    assert "556247135" in html and "55264463" in html
