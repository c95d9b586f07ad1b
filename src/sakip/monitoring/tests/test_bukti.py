"""Evidence files (bukti dukung): type and size limits, stored outside the web root, served
only to those allowed."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from sakip.audit.models import AuditLog
from sakip.monitoring.models import BuktiDukung, StatusTriwulan
from sakip.planning.models import SubKegiatan

pytestmark = pytest.mark.django_db

TAHUN = 2023
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000") + b"\0" * 32


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "berkas"
    return settings.MEDIA_ROOT


@pytest.fixture
def sub(paser):
    return SubKegiatan.objects.get(kode="4.01.02.2.03.0001")  # Bagian Hukum


def unggah(client, sub, name, content, tw=1):
    return client.post(
        reverse("monitoring:unggah_bukti", args=[sub.pk, TAHUN, tw]),
        {"berkas": SimpleUploadedFile(name, content)},
        follow=True,
    )


@pytest.mark.parametrize(
    ("name", "content", "jenis"),
    [
        ("sk-tim.pdf", PDF, "application/pdf"),
        ("foto kegiatan.png", PNG, "image/png"),
    ],
)
def test_the_operator_uploads_evidence_and_it_is_kept_outside_the_web_root(
    client, cast, sub, media, name, content, jenis
):
    client.force_login(cast["operator_hukum"])
    response = unggah(client, sub, name, content)
    assert f"Bukti dukung &#x27;{name}&#x27; tersimpan." in response.content.decode()
    bukti = BuktiDukung.objects.get(subkegiatan=sub)
    assert (bukti.nama_asli, bukti.jenis, bukti.ukuran) == (name, jenis, len(content))
    stored = Path(bukti.berkas.path)
    assert stored.is_relative_to(media) and stored.read_bytes() == content
    assert not stored.is_relative_to(Path(settings.STATIC_ROOT))
    assert name not in stored.name  # stored under a random name
    assert AuditLog.objects.filter(aksi="unggah_bukti", subjek=sub.kode).exists()


@pytest.mark.parametrize(
    ("name", "content", "pesan"),
    [
        ("skrip.exe", b"MZ\x90\x00" + b"\0" * 60, "Jenis berkas tidak diterima"),
        ("catatan.txt", b"bukan bukti", "Jenis berkas tidak diterima"),
        ("palsu.pdf", b"<html>bukan pdf</html>", "Jenis berkas tidak diterima"),
    ],
)
def test_a_file_of_another_type_is_refused_by_its_content(client, cast, sub, name, content, pesan):
    client.force_login(cast["operator_hukum"])
    response = unggah(client, sub, name, content)
    assert pesan in response.content.decode()
    assert not BuktiDukung.objects.exists()


def test_a_file_over_the_size_limit_is_refused(client, cast, sub, settings):
    settings.BUKTI_UKURAN_MAKS = 1024 * 1024
    client.force_login(cast["operator_hukum"])
    response = unggah(client, sub, "besar.pdf", PDF + b"0" * (1024 * 1024))
    assert "Berkas terlalu besar; paling besar 1 MB." in response.content.decode()
    assert not BuktiDukung.objects.exists()


def test_evidence_cannot_be_added_to_a_locked_triwulan(client, cast, sub):
    StatusTriwulan.objects.create(unit=sub.unit_efektif, tahun=TAHUN, triwulan=1, status="dikunci")
    client.force_login(cast["operator_hukum"])
    response = unggah(client, sub, "sk.pdf", PDF)
    assert "berstatus dikunci" in response.content.decode()
    assert not BuktiDukung.objects.exists()


@pytest.mark.parametrize("user", ["operator_umum", "perencana", "evaluator"])
def test_only_the_units_operator_may_upload(client, cast, sub, user):
    client.force_login(cast[user])
    response = client.post(
        reverse("monitoring:unggah_bukti", args=[sub.pk, TAHUN, 1]),
        {"berkas": SimpleUploadedFile("sk.pdf", PDF)},
    )
    assert response.status_code == 404
    assert not BuktiDukung.objects.exists()


@pytest.mark.parametrize(
    ("user", "code"),
    [
        ("operator_hukum", 200),
        ("perencana", 200),
        ("pimpinan", 200),
        ("evaluator", 200),
        ("admin", 200),
        ("operator_umum", 404),
    ],
)
def test_evidence_is_served_only_to_those_who_may_read_it(client, cast, sub, user, code):
    client.force_login(cast["operator_hukum"])
    unggah(client, sub, "sk.pdf", PDF)
    bukti = BuktiDukung.objects.get()
    client.force_login(cast[user])
    response = client.get(reverse("monitoring:unduh_bukti", args=[bukti.pk]))
    assert response.status_code == code
    if code == 200:
        assert b"".join(response.streaming_content) == PDF
        assert response["Content-Disposition"] == 'attachment; filename="sk.pdf"'


def test_evidence_needs_a_login(client, cast, sub):
    client.force_login(cast["operator_hukum"])
    unggah(client, sub, "sk.pdf", PDF)
    client.logout()
    response = client.get(reverse("monitoring:unduh_bukti", args=[BuktiDukung.objects.get().pk]))
    assert response.status_code == 302 and "/masuk/" in response["Location"]


def test_the_operator_removes_its_evidence_and_it_is_audited(client, cast, sub):
    client.force_login(cast["operator_hukum"])
    unggah(client, sub, "sk.pdf", PDF)
    bukti = BuktiDukung.objects.get()
    path = Path(bukti.berkas.path)
    client.post(reverse("monitoring:hapus_bukti", args=[bukti.pk]))
    assert not BuktiDukung.objects.exists() and not path.exists()
    assert AuditLog.objects.filter(aksi="hapus_bukti", subjek=sub.kode).exists()
