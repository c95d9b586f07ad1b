"""The workbook from the web: readers download it; the planner imports into its own agency."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

from sakip.audit.models import AuditLog
from sakip.monitoring.models import RealisasiAnggaran

pytestmark = pytest.mark.django_db

TAHUN = 2023
SUB = "4.01.02.2.03.0001"  # Fasilitasi Penyusunan Produk Hukum Daerah, TW I RP 55.264.463


def ekspor(client, pd) -> bytes:
    response = client.get(reverse("io:ekspor", args=[pd.pk, TAHUN]))
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="sakip-setda-{TAHUN}.xlsx"'
    return response.content


def ubah_rp(data: bytes, kode: str, tw: int, rp: int) -> bytes:
    wb = load_workbook(io.BytesIO(data))
    ws = wb["Realisasi"]
    for row in ws.iter_rows(min_row=2):
        if row[0].value == kode and row[1].value == tw:
            row[3].value = rp
            break
    else:
        raise AssertionError("row not found")
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def unggah(client, pd, data: bytes, kering=False):
    payload = {"berkas": SimpleUploadedFile("isian.xlsx", data)}
    if kering:
        payload["kering"] = "1"
    return client.post(reverse("io:impor", args=[pd.pk, TAHUN]), payload)


def rp():
    return RealisasiAnggaran.objects.get(subkegiatan__kode=SUB, tahun=TAHUN, triwulan=1).rp


def test_the_export_imported_back_unchanged_changes_nothing(client, cast, paser):
    client.force_login(cast["perencana"])
    before = AuditLog.objects.count()
    response = unggah(client, paser, ekspor(client, paser))
    assert response.status_code == 200
    assert "Tidak ada perubahan." in response.content.decode()
    assert AuditLog.objects.count() == before  # nothing changed, nothing recorded


def test_a_dry_run_shows_what_would_change_and_writes_nothing(client, cast, paser):
    client.force_login(cast["perencana"])
    data = ubah_rp(ekspor(client, paser), SUB, 1, 60_000_000)
    html = unggah(client, paser, data, kering=True).content.decode()
    assert "Hasil uji (belum ditulis)" in html and "akan diubah" in html
    assert rp() == 55264463
    html = unggah(client, paser, data).content.decode()
    assert "Workbook diimpor" in html
    assert rp() == 60000000
    log = AuditLog.objects.get(model="monitoring.realisasianggaran", aksi="ubah")
    assert log.perubahan == {"rp": ["55264463", "60000000"]}
    assert log.pengguna == cast["perencana"]


def test_every_problem_is_listed_and_nothing_is_written(client, cast, paser):
    client.force_login(cast["perencana"])
    data = ubah_rp(ekspor(client, paser), SUB, 1, -5)
    response = unggah(client, paser, data)
    html = response.content.decode()
    assert response.status_code == 400
    assert "Workbook belum diimpor" in html and "Realisasi" in html
    assert rp() == 55264463


def test_a_file_that_is_not_a_workbook_is_refused(client, cast, paser):
    client.force_login(cast["perencana"])
    response = unggah(client, paser, b"bukan xlsx")
    assert response.status_code == 400
    assert "Workbook belum diimpor" in response.content.decode()


def test_the_template_leaves_realisasi_empty(client, cast, paser):
    client.force_login(cast["evaluator"])
    response = client.get(reverse("io:templat", args=[paser.pk, TAHUN]))
    wb = load_workbook(io.BytesIO(response.content))
    assert "Petunjuk" in wb.sheetnames
    assert wb["Realisasi"].max_row <= 2 or all(
        r[3].value in (None, "") for r in wb["Realisasi"].iter_rows(min_row=2)
    )
