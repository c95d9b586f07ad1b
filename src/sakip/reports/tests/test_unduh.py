"""Downloading documents from the dashboard: built at the click from the stored data."""

import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from sakip.monitoring.models import RealisasiAnggaran

pytestmark = pytest.mark.django_db

TAHUN = 2023


def unduh(client, pd, jenis, fmt, **params):
    return client.get(reverse("reports:unduh", args=[pd.pk, TAHUN, jenis, fmt]), params)


def sel(data: bytes) -> list[str]:
    wb = load_workbook(io.BytesIO(data), data_only=True)
    return [str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value]


def test_the_dashboard_offers_every_document(client, cast, paser):
    client.force_login(cast["pimpinan"])
    response = client.get(reverse("web:dasbor", args=[paser.pk, TAHUN]), {"tw": 2})
    labels = [label for label, _ in response.context["unduhan"]]
    assert "LKjIP (PDF)" in labels and "Perjanjian Kinerja (DOCX)" in labels
    assert ("Laporan triwulan 2 (XLSX)", f"/dokumen/{paser.pk}/{TAHUN}/triwulan.xlsx?tw=2") in (
        response.context["unduhan"]
    )


def test_a_document_is_built_from_the_data_at_the_click(client, cast, paser):
    client.force_login(cast["perencana"])
    response = unduh(client, paser, "triwulan", "xlsx", tw=1)
    assert response.status_code == 200
    assert response["Content-Type"].endswith("spreadsheetml.sheet")
    assert 'filename="' in response["Content-Disposition"]
    before = sel(response.content)
    RealisasiAnggaran.objects.filter(triwulan=1).update(rp=0)
    after = sel(unduh(client, paser, "triwulan", "xlsx", tw=1).content)
    assert before != after


@pytest.mark.parametrize(
    ("jenis", "fmt", "tw"),
    [
        ("neraca", "pdf", 4),
        ("lkjip", "odt", 4),
        ("triwulan", "xlsx", 5),
    ],
)
def test_an_unknown_document_is_not_found(client, cast, paser, jenis, fmt, tw):
    client.force_login(cast["perencana"])
    assert unduh(client, paser, jenis, fmt, tw=tw).status_code == 404
