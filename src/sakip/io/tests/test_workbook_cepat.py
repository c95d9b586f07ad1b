"""The import's short paths: row validation without a form per row, raw inserts with audit."""

from decimal import Decimal

import pytest

from sakip.audit.models import AuditLog
from sakip.io.workbook.validasi import Validasi
from sakip.monitoring.forms import RealisasiAnggaranForm, RealisasiIndikatorForm
from sakip.monitoring.models import RealisasiAnggaran, RealisasiIndikator
from sakip.planning.forms import TargetForm
from sakip.planning.models import Indikator, PerjanjianKinerja, SubKegiatan, Target

pytestmark = pytest.mark.django_db

RP = ["tahun", "triwulan", "rp"]
K = ["tahun", "triwulan", "nilai", "label"]
T = ["tahun", "nilai", "nilai_tinggi", "label"]


def _baru(form_class, paser):
    sub = SubKegiatan.objects.filter(kegiatan__program__renstra__perangkat_daerah=paser).first()
    if form_class is RealisasiAnggaranForm:
        return RealisasiAnggaran(subkegiatan=sub)
    ind = Indikator.objects.filter(subkegiatan=sub).first()
    if form_class is RealisasiIndikatorForm:
        return RealisasiIndikator(indikator=ind)
    pk = PerjanjianKinerja.objects.filter(perangkat_daerah=paser, tahun=2023).first()
    return Target(indikator=ind, perjanjian_kinerja=pk)


@pytest.mark.parametrize(
    ("form_class", "fields", "data"),
    [
        (RealisasiAnggaranForm, RP, {"tahun": 2023, "triwulan": 1, "rp": Decimal("1500.50")}),
        (RealisasiAnggaranForm, RP, {"tahun": 2023, "triwulan": 1, "rp": Decimal("-1")}),
        (RealisasiAnggaranForm, RP, {"tahun": 2023, "triwulan": 5, "rp": Decimal("1")}),
        (RealisasiAnggaranForm, RP, {"tahun": 2023, "triwulan": 2, "rp": Decimal("1.005")}),
        (RealisasiAnggaranForm, RP, {"tahun": 2023, "triwulan": 2, "rp": Decimal("1e30")}),
        (RealisasiAnggaranForm, RP, {"tahun": 2023, "triwulan": 2, "rp": None}),
        (
            RealisasiIndikatorForm,
            K,
            {"tahun": 2023, "triwulan": 3, "nilai": Decimal(3), "label": ""},
        ),
        (RealisasiIndikatorForm, K, {"tahun": 2023, "triwulan": 3, "nilai": None, "label": ""}),
        (
            RealisasiIndikatorForm,
            K,
            {"tahun": 2023, "triwulan": None, "nilai": Decimal(1), "label": ""},
        ),
        (TargetForm, T, {"tahun": 2023, "nilai": Decimal(12), "nilai_tinggi": None, "label": ""}),
        (TargetForm, T, {"tahun": 2023, "nilai": None, "nilai_tinggi": None, "label": ""}),
        (TargetForm, T, {"tahun": 2022, "nilai": Decimal(12), "nilai_tinggi": None, "label": ""}),
    ],
)
def test_the_short_validation_accepts_and_rejects_exactly_what_the_form_does(
    paser, form_class, fields, data
):
    """Twice each (the second time from the per-value memory), against the whole form."""
    cepat, lengkap = Validasi(form_class, fields), Validasi(form_class, fields)
    for _ in range(2):
        a, b = _baru(form_class, paser), _baru(form_class, paser)
        ok = cepat._cepat(data, a)
        errors = lengkap._lengkap(data, b)
        assert ok == (errors == {})
        assert cepat.periksa(data, a) == errors  # messages always the form's own
        if ok:
            assert [getattr(a, f) for f in fields] == [getattr(b, f) for f in fields]


def test_rows_inserted_raw_get_their_ids_and_one_buat_audit_row_each_with_the_values(
    paser, tmp_path
):
    from sakip.io.tests.workbook_bantu import tambah_baris
    from sakip.io.workbook import ekspor, impor_workbook
    from sakip.planning.models import Pagu

    xlsx = ekspor(paser, 2023, tmp_path / "p.xlsx")
    kode = "4.01.01.2.01.0009"
    row = [kode, "Baru", "renkeu", "kabag-renkeu", f"{kode}/1", "Dokumen", "Dokumen"]
    step = tambah_baris(
        xlsx, tmp_path / "a.xlsx", "SubKegiatan", [[*row, "positif", "jumlah", "input", 4, 1000]]
    )
    done = tambah_baris(step, tmp_path / "b.xlsx", "Realisasi", [[kode, 2, 3, 400.5]])
    impor_workbook(done)
    sub = SubKegiatan.objects.get(kode=kode)
    created = {
        RealisasiAnggaran.objects.get(subkegiatan=sub): {
            "tahun": 2023,
            "triwulan": 2,
            "rp": "400.5",
        },
        RealisasiIndikator.objects.get(indikator__subkegiatan=sub): {
            "tahun": 2023,
            "triwulan": 2,
            "nilai": "3",
        },
        Pagu.objects.get(subkegiatan=sub): {"nilai": "1000"},
        Target.objects.get(indikator__subkegiatan=sub): {"tahun": 2023, "nilai": "4"},
    }
    for obj, values in created.items():
        log = AuditLog.objects.get(model=obj._meta.label_lower, objek_id=str(obj.pk), aksi="buat")
        assert log.perubahan == {f: [None, v] for f, v in values.items()}
        assert log.objek == str(obj)
        assert log.perangkat_daerah == paser
        assert log.waktu is not None
