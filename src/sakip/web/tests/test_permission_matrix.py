"""The permission matrix: every role × every view × own and other object.

Any leak fails here: a reader that should get "not found" and gets a page, an operator that can
write another unit's numbers. A last test walks the URL configuration so that a new view
cannot be added without a row in this matrix.
"""

import uuid

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from sakip.monitoring.models import BuktiDukung
from sakip.organisation.models import Pemda, PerangkatDaerah, Unit
from sakip.planning.models import (
    Indikator,
    Kegiatan,
    Program,
    Renstra,
    SasaranStrategis,
    SubKegiatan,
)

pytestmark = pytest.mark.django_db

TAHUN = 2023
PDF = b"%PDF-1.4\n%%EOF\n"
ROLES = ["admin", "perencana", "operator_hukum", "operator_umum", "pimpinan", "evaluator"]


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def dunia(paser, cast):
    """Own objects (Setda Paser, Bagian Hukum) and other objects: Bagian Umum of the same
    agency, and an agency of another Pemda with its own unit and sub-kegiatan."""
    hukum = paser.unit.get(kode="hukum")
    sub_hukum = SubKegiatan.objects.get(kode="4.01.02.2.03.0001")
    lain_pemda = Pemda.objects.create(kode="99.01", nama="Kabupaten Lain", jenis="kabupaten")
    lain = PerangkatDaerah.objects.create(pemda=lain_pemda, kode="setda", nama="Setda Lain")
    unit_lain = Unit.objects.create(
        perangkat_daerah=lain, kode="umum", nama="Bagian Umum Lain", jenis="bagian"
    )
    renstra = Renstra.objects.create(perangkat_daerah=lain, tahun_mulai=2022, tahun_selesai=2026)
    sasaran = SasaranStrategis.objects.create(renstra=renstra, kode="SS1", uraian="Sasaran")
    program = Program.objects.create(renstra=renstra, kode="4.01.01", nama="Program")
    program.sasaran.add(sasaran)
    kegiatan = Kegiatan.objects.create(
        program=program, kode="4.01.01.2.01", nama="Kegiatan", unit=unit_lain
    )
    sub_lain = SubKegiatan.objects.create(
        kegiatan=kegiatan, kode="4.01.01.2.01.0001", nama="Sub lain"
    )
    pk_lain = lain.perjanjian_kinerja.create(kode="2023", tahun=TAHUN, versi="murni", urutan=1)
    iku_lain = Indikator.objects.create(
        renstra=renstra, kode="SS1/1", nomor=1, sasaran=sasaran, nama="IKU lain", satuan="Persen"
    )
    bukti = {}
    for key, sub in (("own", sub_hukum), ("other", sub_lain)):
        bukti[key] = BuktiDukung.objects.create(
            subkegiatan=sub,
            tahun=TAHUN,
            triwulan=1,
            uuid=uuid.uuid4(),
            berkas=SimpleUploadedFile("b.pdf", PDF),
            nama_asli="b.pdf",
            jenis="application/pdf",
            ekstensi="pdf",
            ukuran=len(PDF),
        )
    return {
        "pd": {"own": paser, "other": lain},
        "unit": {"own": hukum, "sibling": paser.unit.get(kode="umum"), "other": unit_lain},
        "sub": {
            "own": sub_hukum,
            "sibling": SubKegiatan.objects.get(kode="4.01.01.2.06.0001"),
            "other": sub_lain,
        },
        "bukti": bukti,
        "pk": {"own": paser.perjanjian_kinerja.get(tahun=TAHUN), "other": pk_lain},
        "indikator": {
            "own": Indikator.objects.get(renstra__perangkat_daerah=paser, kode="SS1/1"),
            "other": iku_lain,
        },
    }


# Who may do what, per view. `own` is Setda Paser and its Bagian Hukum; `sibling` is Bagian
# Umum of the same agency; `other` is another Pemda's agency.
BACA_PD = {  # reading an agency as a whole
    "admin": {"own", "other"},
    "perencana": {"own"},
    "pimpinan": {"own"},
    "evaluator": {"own"},
    "operator_hukum": set(),
    "operator_umum": set(),
}
BACA_ITEM = {  # reading a unit's or a sub-kegiatan's items
    "admin": {"own", "sibling", "other"},
    "perencana": {"own", "sibling"},
    "pimpinan": {"own", "sibling"},
    "evaluator": {"own", "sibling"},
    "operator_hukum": {"own"},
    "operator_umum": {"sibling"},
}
TULIS_ITEM = {  # entering realisasi, evidence
    "operator_hukum": {"own"},
    "operator_umum": {"sibling"},
}


def kasus():
    """(view, method, object kind, target, role, expected status)."""
    rows = []
    for role in ROLES:
        for target in ("own", "other"):
            ok = target in BACA_PD[role]
            rows.append(("web:dasbor", "get", "pd", target, role, 200 if ok else 404))
            rows.append(("web:pohon", "get", "pd", target, role, 200 if ok else 404))
            rows.append(("reports:unduh", "get", "pd", target, role, 200 if ok else 404))
            komentar = 302 if ok and role == "evaluator" else (403 if ok else 404)
            rows.append(("web:komentar", "post", "pd", target, role, komentar))
        for target in ("own", "sibling", "other"):
            baca = target in BACA_ITEM[role]
            tulis = target in TULIS_ITEM.get(role, set())
            rows.append(("web:audit_subkegiatan", "get", "sub", target, role, 200 if baca else 404))
            rows.append(("monitoring:isian", "get", "unit", target, role, 200 if baca else 404))
            # A reader that may not write is refused (403); a stranger does not find it (404).
            post = 302 if tulis else (403 if baca else 404)
            rows.append(("monitoring:isian", "post", "unit", target, role, post))
            rows.append(
                ("monitoring:unggah_bukti", "post", "sub", target, role, 302 if tulis else 404)
            )
            if target != "sibling":
                rows.append(
                    ("monitoring:unduh_bukti", "get", "bukti", target, role, 200 if baca else 404)
                )
                rows.append(
                    ("monitoring:hapus_bukti", "post", "bukti", target, role, 302 if tulis else 404)
                )
            # Workflow: the status row exists in draf; "ajukan" is the operator's step.
            status = 302 if tulis else (403 if baca else 404)
            rows.append(("monitoring:status", "post", "unit", target, role, status))
        rows.append(("beranda", "get", None, None, role, 302 if role != "admin" else 200))
        # Planning: readers read; only the agency's planner changes; only its head signs.
        for target in ("own", "other"):
            baca = target in BACA_PD[role]
            perencana = role == "perencana" and target == "own"
            pimpinan = role == "pimpinan" and target == "own"
            ubah = 302 if perencana else (403 if baca else 404)
            rows += [
                ("planning:rencana", "get", "pd", target, role, 200 if baca else 404),
                ("planning:versi_baru", "post", "pd", target, role, ubah),
                ("planning:nilai_pk", "get", "pk", target, role, 200 if baca else 404),
                ("planning:nilai_pk", "post", "pk", target, role, ubah),
                (
                    "planning:target_renstra",
                    "get",
                    "indikator",
                    target,
                    role,
                    200 if perencana else (403 if baca else 404),
                ),
                (
                    "planning:tandatangani",
                    "post",
                    "pk",
                    target,
                    role,
                    302 if pimpinan else (403 if baca else 404),
                ),
                ("io:templat", "get", "pd", target, role, 200 if baca else 404),
                ("io:ekspor", "get", "pd", target, role, 200 if baca else 404),
                (
                    "io:impor",
                    "get",
                    "pd",
                    target,
                    role,
                    200 if perencana else (403 if baca else 404),
                ),
                # Posting no file is a bad request for the planner, refused for the others.
                (
                    "io:impor",
                    "post",
                    "pd",
                    target,
                    role,
                    400 if perencana else (403 if baca else 404),
                ),
            ]
        for target in ("own", "sibling", "other"):
            # own and sibling are both in the own agency
            baca_pd = ("other" if target == "other" else "own") in BACA_PD[role]
            perencana = role == "perencana" and target != "other"
            rows.append(
                (
                    "planning:ubah_subkegiatan",
                    "get",
                    "sub",
                    target,
                    role,
                    200 if perencana else (403 if baca_pd else 404),
                )
            )
    return rows


def args_for(view, kind, obj):
    if kind is None:
        return []
    if kind == "pd":
        if view == "web:pohon":
            return [obj.pk, TAHUN, "4.01.01"]
        if view == "reports:unduh":
            return [obj.pk, TAHUN, "pk", "xlsx"]
        return [obj.pk, TAHUN]
    if kind == "unit":
        return [obj.pk, TAHUN, 4]
    if kind == "sub":
        single = view in ("web:audit_subkegiatan", "planning:ubah_subkegiatan")
        return [obj.pk] if single else [obj.pk, TAHUN, 1]
    return [obj.pk]


DATA = {
    "web:komentar": {"teks": "Mohon lengkapi bukti dukung."},
    "monitoring:status": {"aksi": "ajukan"},
    "planning:versi_baru": {"versi": "perubahan", "alasan": "APBD Perubahan"},
    "planning:nilai_pk": {"alasan": "tanpa perubahan"},
}


@pytest.mark.parametrize(("view", "method", "kind", "target", "role", "expected"), kasus())
def test_permission_matrix(client, dunia, cast, view, method, kind, target, role, expected):
    obj = dunia[kind][target] if kind else None
    url = reverse(view, args=args_for(view, kind, obj))
    client.force_login(cast[role])
    data = dict(DATA.get(view, {}))
    if view == "monitoring:unggah_bukti":
        data["berkas"] = SimpleUploadedFile("sk.pdf", PDF)
    response = getattr(client, method)(url, data)
    assert response.status_code == expected


LOGIN_FREE = {"masuk", "keluar"}


def semua_view():
    """Every named URL of sakip's own apps (the Django admin has its own permission system)."""
    names = set()

    def walk(patterns, prefix=""):
        for p in patterns:
            if isinstance(p, URLResolver):
                if p.app_name == "admin":
                    continue
                walk(p.url_patterns, f"{p.namespace}:" if p.namespace else prefix)
            elif isinstance(p, URLPattern) and p.name:
                names.add(prefix + p.name)

    walk(get_resolver().url_patterns)
    return names


def test_every_view_is_in_the_matrix():
    covered = {row[0] for row in kasus()} | LOGIN_FREE
    assert semua_view() - covered == set()


@pytest.mark.parametrize("view", sorted({row[:3] for row in kasus()}))
def test_every_view_needs_a_login(client, dunia, view):
    name, method, kind = view
    obj = dunia[kind]["own"] if kind else None
    response = getattr(client, method)(reverse(name, args=args_for(name, kind, obj)))
    assert response.status_code == 302
    assert response["Location"].startswith("/masuk/")


WRONG_METHOD = [
    ("web:dasbor", "post", "pd"),
    ("web:pohon", "post", "pd"),
    ("web:komentar", "get", "pd"),
    ("web:audit_subkegiatan", "post", "sub"),
    ("monitoring:isian", "put", "unit"),
    ("monitoring:status", "get", "unit"),
    ("monitoring:unggah_bukti", "get", "sub"),
    ("monitoring:unduh_bukti", "post", "bukti"),
    ("monitoring:hapus_bukti", "get", "bukti"),
    ("reports:unduh", "post", "pd"),
    ("planning:rencana", "post", "pd"),
    ("io:templat", "post", "pd"),
    ("io:ekspor", "post", "pd"),
    ("io:impor", "put", "pd"),
    ("planning:versi_baru", "get", "pd"),
    ("planning:nilai_pk", "delete", "pk"),
    ("planning:tandatangani", "get", "pk"),
    ("planning:target_renstra", "put", "indikator"),
    ("planning:ubah_subkegiatan", "put", "sub"),
]


@pytest.mark.parametrize(("view", "method", "kind"), WRONG_METHOD)
def test_a_wrong_method_is_refused(client, dunia, cast, view, method, kind):
    client.force_login(cast["admin"])
    obj = dunia[kind]["own"]
    response = getattr(client, method)(reverse(view, args=args_for(view, kind, obj)))
    assert response.status_code == 405
