"""Importing a workbook: unchanged rows are not written, changes are audited, new rows created."""

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from sakip.audit.models import AuditLog
from sakip.cli import main
from sakip.io.tests.workbook_bantu import (
    baris_dengan,
    hitung_semua,
    sel_semua,
    tambah_baris,
    ubah_sel,
)
from sakip.io.workbook import WorkbookTidakSah, ekspor, impor_workbook
from sakip.monitoring.models import RealisasiAnggaran, RealisasiIndikator
from sakip.planning.models import Pagu, SubKegiatan, Target

pytestmark = pytest.mark.django_db


@pytest.fixture
def xlsx(paser, tmp_path: Path) -> Path:
    """The Paser 2023 workbook as exported from the test database."""
    return ekspor(paser, 2023, tmp_path / "paser-2023.xlsx")


def test_reimporting_the_exported_workbook_changes_nothing_and_writes_no_audit_row(xlsx):
    before = hitung_semua()
    hasil = impor_workbook(xlsx)
    assert hasil.jumlah == 0
    assert hasil.peringatan == []
    assert hitung_semua() == before  # not even an "impor_workbook" audit row


def test_export_import_export_gives_identical_cells(xlsx, tmp_path):
    impor_workbook(xlsx)
    again = ekspor(xlsx_pd(xlsx), 2023, tmp_path / "lagi.xlsx")
    assert sel_semua(again) == sel_semua(xlsx)


def xlsx_pd(path):
    from sakip.organisation.models import PerangkatDaerah

    return PerangkatDaerah.objects.get(pemda__kode="64.01", kode="setda")


def test_an_edited_workbook_exports_back_exactly_as_edited(xlsx, tmp_path, paser):
    row = baris_dengan(xlsx, "Realisasi", "4.01.01.2.01.0001", 2)
    edited = ubah_sel(xlsx, tmp_path / "ubah.xlsx", {("Realisasi", f"C{row}"): 4})
    impor_workbook(edited)
    again = ekspor(paser, 2023, tmp_path / "lagi.xlsx")
    assert sel_semua(again) == sel_semua(edited)


def test_a_changed_realisasi_is_updated_and_audited_with_old_and_new_value(xlsx, tmp_path):
    row = baris_dengan(xlsx, "Realisasi", "4.01.01.2.01.0001", 1)
    # Seed Lampiran: TW I of Penyusunan Dokumen Perencanaan is K 3, RP 37.589.442.
    assert load_workbook(xlsx)["Realisasi"][f"D{row}"].value == 37589442
    edited = ubah_sel(
        xlsx, tmp_path / "ubah.xlsx", {("Realisasi", f"C{row}"): 5, ("Realisasi", f"D{row}"): 1000}
    )
    hasil = impor_workbook(edited)
    assert hasil.diubah == {"realisasi anggaran": 1, "realisasi indikator": 1}
    rp = RealisasiAnggaran.objects.get(
        subkegiatan__kode="4.01.01.2.01.0001", tahun=2023, triwulan=1
    )
    assert rp.rp == Decimal(1000)
    log = AuditLog.objects.get(
        model="monitoring.realisasianggaran", objek_id=str(rp.pk), aksi="ubah"
    )
    assert log.perubahan == {"rp": ["37589442", "1000"]}
    assert log.alasan == "impor workbook ubah.xlsx"
    k = RealisasiIndikator.objects.get(
        indikator__kode="4.01.01.2.01.0001/1", tahun=2023, triwulan=1
    )
    assert AuditLog.objects.get(
        objek_id=str(k.pk), model="monitoring.realisasiindikator", aksi="ubah"
    ).perubahan == {"nilai": ["3", "5"]}
    assert AuditLog.objects.filter(aksi="impor_workbook").count() == 1


def test_a_changed_pagu_and_target_are_updated_on_the_pk_version_in_force(xlsx, tmp_path):
    row = baris_dengan(xlsx, "SubKegiatan", "4.01.01.2.01.0001")
    edited = ubah_sel(
        xlsx,
        tmp_path / "ubah.xlsx",
        {("SubKegiatan", f"L{row}"): 250000000, ("SubKegiatan", f"K{row}"): 7},
    )
    hasil = impor_workbook(edited)
    assert hasil.diubah == {"pagu": 1, "target": 1}
    pagu = Pagu.objects.get(
        subkegiatan__kode="4.01.01.2.01.0001", perjanjian_kinerja__kode="2023-reviu"
    )
    assert pagu.nilai == Decimal(250000000)
    target = Target.objects.get(
        indikator__kode="4.01.01.2.01.0001/1", perjanjian_kinerja__kode="2023-reviu"
    )
    assert target.nilai == Decimal(7)
    assert AuditLog.objects.get(
        model="planning.pagu", objek_id=str(pagu.pk), aksi="ubah"
    ).perubahan == {"nilai": ["199916480", "250000000"]}


def test_a_new_subkegiatan_arrives_with_its_indicator_target_pagu_and_realisasi(xlsx, tmp_path):
    step = tambah_baris(
        xlsx,
        tmp_path / "a.xlsx",
        "SubKegiatan",
        [
            [
                "4.01.01.2.01.0009",
                "Penyusunan Dokumen Baru",
                "renkeu",
                "kabag-renkeu",
                "4.01.01.2.01.0009/1",
                "Jumlah Dokumen Baru",
                "Dokumen",
                "positif",
                "jumlah",
                "input",
                4,
                1000000,
            ]
        ],
    )
    done = tambah_baris(
        step, tmp_path / "b.xlsx", "Realisasi", [["4.01.01.2.01.0009", 1, 2, 400000]]
    )
    hasil = impor_workbook(done)
    assert hasil.dibuat == {
        "sub-kegiatan": 1,
        "indikator": 1,
        "target": 1,
        "pagu": 1,
        "realisasi anggaran": 1,
        "realisasi indikator": 1,
    }
    sub = SubKegiatan.objects.get(kode="4.01.01.2.01.0009")
    assert sub.kegiatan.kode == "4.01.01.2.01"
    assert sub.unit.kode == "renkeu"
    assert sub.pagu.get().nilai == Decimal(1000000)
    assert sub.indikator.get().target.get().nilai == Decimal(4)
    assert AuditLog.objects.filter(
        model="planning.subkegiatan", objek_id=str(sub.pk), aksi="buat"
    ).exists()
    assert impor_workbook(done).jumlah == 0  # and a second time nothing more


def test_a_dry_run_reports_what_would_change_and_writes_nothing(xlsx, tmp_path):
    row = baris_dengan(xlsx, "Realisasi", "4.01.01.2.01.0001", 1)
    edited = ubah_sel(xlsx, tmp_path / "ubah.xlsx", {("Realisasi", f"D{row}"): 1000})
    before = hitung_semua()
    hasil = impor_workbook(edited, kering=True)
    assert hasil.kering
    assert hasil.diubah == {"realisasi anggaran": 1}
    assert hitung_semua() == before


def test_rp_above_pagu_is_a_warning_that_does_not_stop_the_import(xlsx, tmp_path):
    row = baris_dengan(xlsx, "Realisasi", "4.01.01.2.01.0001", 4)
    edited = ubah_sel(xlsx, tmp_path / "ubah.xlsx", {("Realisasi", f"D{row}"): 900000000})
    hasil = impor_workbook(edited)
    assert hasil.diubah == {"realisasi anggaran": 1}
    assert [str(m) for m in hasil.peringatan] == [
        f"Sheet Realisasi, baris {row}, kolom RP (D): jumlah realisasi 4.01.01.2.01.0001 "
        "setahun Rp 984.876.522 melebihi pagu Rp 199.916.480"
    ]


def test_empty_value_cells_delete_nothing(xlsx, tmp_path):
    row = baris_dengan(xlsx, "Realisasi", "4.01.01.2.01.0001", 1)
    edited = ubah_sel(
        xlsx,
        tmp_path / "ubah.xlsx",
        {("Realisasi", f"C{row}"): None, ("Realisasi", f"D{row}"): None},
    )
    before = hitung_semua()
    assert impor_workbook(edited).jumlah == 0
    assert hitung_semua() == before


def test_the_command_exports_imports_and_lists_every_problem(paser, tmp_path, capsys):
    out = tmp_path / "cli.xlsx"
    assert (
        main(["workbook", "export", "--agency", "64.01/setda", "--year", "2023", "--out", str(out)])
        == 0
    )
    assert main(["workbook", "import", str(out)]) == 0
    assert "tidak ada perubahan" in capsys.readouterr().out
    row = baris_dengan(out, "Realisasi", "4.01.01.2.01.0001", 1)
    bad = ubah_sel(
        out,
        tmp_path / "salah.xlsx",
        {("Realisasi", f"D{row}"): "banyak", ("Realisasi", f"B{row + 1}"): 9},
    )
    assert main(["workbook", "import", str(bad), "--dry-run"]) == 1
    err = capsys.readouterr().err
    assert "tidak diimpor (2 kesalahan); tidak ada yang ditulis" in err
    assert f"Sheet Realisasi, baris {row}, kolom RP (D): 'banyak' bukan angka" in err
    assert f"Sheet Realisasi, baris {row + 1}, kolom Triwulan (B):" in err


def test_a_refused_import_raises_with_every_problem(xlsx, tmp_path):
    row = baris_dengan(xlsx, "Realisasi", "4.01.01.2.01.0001", 1)
    bad = ubah_sel(xlsx, tmp_path / "salah.xlsx", {("Realisasi", f"D{row}"): -5})
    with pytest.raises(WorkbookTidakSah) as exc:
        impor_workbook(bad)
    assert [str(m) for m in exc.value.kesalahan] == [
        f"Sheet Realisasi, baris {row}, kolom RP (D): "
        "Pastikan nilai ini lebih besar dari atau sama dengan 0."
    ]
