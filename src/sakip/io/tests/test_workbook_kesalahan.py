"""An operator's mistakes in a workbook: each named with sheet, row and column, nothing written."""

import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from sakip.io.tests.workbook_bantu import baris_dengan, hitung_semua, ubah_sel
from sakip.io.workbook import WorkbookTidakSah, ekspor, impor_workbook

pytestmark = pytest.mark.django_db


@pytest.fixture
def xlsx(paser, tmp_path: Path) -> Path:
    return ekspor(paser, 2023, tmp_path / "paser-2023.xlsx")


def gagal(path_or_bytes, nama=None) -> list[str]:
    """Import and expect a refusal; check nothing was written; return the error messages."""
    before = hitung_semua()
    with pytest.raises(WorkbookTidakSah) as exc:
        impor_workbook(path_or_bytes, nama=nama)
    assert hitung_semua() == before
    assert exc.value.kesalahan, "a refusal names at least one error"
    return [str(m) for m in exc.value.kesalahan]


S1 = "4.01.01.2.01.0001"  # Penyusunan Dokumen Perencanaan Perangkat Daerah

# (sheet, row key, column letter, typed value, the message expected for that cell)
KESALAHAN_SEL = [
    ("Realisasi", (S1, 1), "D", "sejuta", "kolom RP (D): 'sejuta' bukan angka"),
    ("Realisasi", (S1, 1), "D", -1, "kolom RP (D): Pastikan nilai ini lebih besar dari"),
    (
        "Realisasi",
        (S1, 1),
        "D",
        10**25,
        "kolom RP (D): Pastikan jumlah angka pada bilangan tidak melebihi 20",
    ),
    ("Realisasi", (S1, 1), "D", "=1+1", "kolom RP (D): berisi rumus"),
    ("Realisasi", (S1, 1), "D", True, "kolom RP (D): harus berupa angka, bukan Ya/Tidak"),
    ("Realisasi", (S1, 1), "B", 5, "kolom Triwulan (B): triwulan harus 1, 2, 3 atau 4"),
    ("Realisasi", (S1, 2), "B", 1, "kolom Triwulan (B): Kode Sub-Kegiatan + Triwulan ganda"),
    ("Realisasi", (S1, 1), "A", "4.01.01.2.01.9999", "sub-kegiatan '4.01.01.2.01.9999' tidak"),
    ("Realisasi", (S1, 1), "C", "1,5,2", "kolom K (C): '1,5,2' bukan angka"),
    ("SubKegiatan", (S1,), "A", "4.1.1.2.1.1", "kolom Kode (A): Kode tidak sesuai format"),
    ("SubKegiatan", (S1,), "A", "4.01.01.2.77.0001", "kegiatan '4.01.01.2.77' tidak ada"),
    ("SubKegiatan", (S1,), "B", None, "kolom Nama (B): Bidang ini tidak boleh kosong."),
    ("SubKegiatan", (S1,), "C", "bagian-x", "kolom Unit (C): unit 'bagian-x' tidak dikenal"),
    ("SubKegiatan", (S1,), "E", "4.01.01/1", "kolom Kode Indikator (E): kode indikator harus"),
    ("SubKegiatan", (S1,), "H", "naik", "kolom Polaritas (H): 'naik' harus salah satu dari"),
    ("SubKegiatan", (S1,), "J", "indikator", "kolom Sumber Realisasi (J): sumber 'indikator'"),
    ("SubKegiatan", (S1,), "L", "Rp 1.000.000,-", "kolom Pagu 2023 (L): 'Rp 1.000.000,-' bukan"),
    ("PK", ("2023-reviu",), "B", "darurat", "kolom Versi (B): 'darurat' harus salah satu dari"),
    ("Renstra", ("SS1",), "C", "SS2/1", "kolom Kode Indikator (C): kode indikator harus SS1/"),
    ("Belanja", ("5.1.01",), "A", "5.1", "kolom Kode Akun (A): belanja dicatat pada akun rinci"),
    ("Belanja", ("5.1.01",), "C", None, "kolom Anggaran (C): wajib diisi"),
    ("Temuan", ("T-2022-1",), "I", "proses", "Tahun selesai hanya untuk temuan selesai."),
    ("Kebijakan", ("K-2022-01",), "D", "besok", "kolom Tanggal (D): 'besok' bukan tanggal"),
]


@pytest.mark.parametrize(("sheet", "kunci", "kolom", "nilai", "pesan"), KESALAHAN_SEL)
def test_a_bad_cell_is_named_by_sheet_row_and_column(
    xlsx, tmp_path, sheet, kunci, kolom, nilai, pesan
):
    row = baris_dengan(xlsx, sheet, *kunci)
    bad = ubah_sel(xlsx, tmp_path / "salah.xlsx", {(sheet, f"{kolom}{row}"): nilai})
    errors = gagal(bad)
    tempat = f"Sheet {sheet}, baris {row}, "
    assert any(e.startswith(tempat) and pesan in e for e in errors), errors


def test_every_problem_of_every_sheet_is_listed_at_once_in_sheet_order(xlsx, tmp_path):
    r1 = baris_dengan(xlsx, "Realisasi", S1, 1)
    s1 = baris_dengan(xlsx, "SubKegiatan", S1)
    bad = ubah_sel(
        xlsx,
        tmp_path / "salah.xlsx",
        {
            ("Realisasi", f"D{r1}"): "x",
            ("Realisasi", f"D{r1 + 1}"): "y",
            ("SubKegiatan", f"L{s1}"): -3,
            ("Temuan", "B2"): "dua ribu",
        },
    )
    errors = gagal(bad)
    assert [e.split(":")[0] for e in errors] == [
        f"Sheet SubKegiatan, baris {s1}, kolom Pagu 2023 (L)",
        f"Sheet Realisasi, baris {r1}, kolom RP (D)",
        f"Sheet Realisasi, baris {r1 + 1}, kolom RP (D)",
        "Sheet Temuan, baris 2, kolom Tahun (B)",
    ]


def test_merged_cells_a_stray_cell_and_a_renamed_header_are_each_reported(xlsx, tmp_path):
    wb = load_workbook(xlsx)
    wb["Realisasi"].merge_cells("C2:D2")
    wb["Belanja"]["H3"] = "catatan"
    wb["Temuan"]["D1"] = "Temuannya"
    wb.save(tmp_path / "salah.xlsx")
    errors = gagal(tmp_path / "salah.xlsx")
    assert (
        "Sheet Realisasi, baris 2: sel gabungan (merge) C2:D2 tidak diizinkan; pisahkan selnya"
        in errors
    )
    assert "Sheet Belanja, baris 3, kolom H: isian di luar kolom yang berjudul" in errors
    assert "Sheet Temuan, baris 1, kolom D: judul kolom 'Temuannya' tidak dikenal" in errors
    assert "Sheet Temuan, baris 1: kolom 'Uraian Temuan' tidak ada" in errors


def test_a_missing_sheet_is_named(xlsx, tmp_path):
    wb = load_workbook(xlsx)
    del wb["Belanja"]
    wb.save(tmp_path / "salah.xlsx")
    assert "Sheet Belanja: sheet tidak ada" in gagal(tmp_path / "salah.xlsx")


@pytest.mark.parametrize(
    ("label", "nilai", "pesan"),
    [
        ("Perangkat Daerah", "64.01/dinas-x", "perangkat daerah '64.01/dinas-x' tidak dikenal"),
        ("Tahun", "dua ribu", "tahun tidak sah"),
        ("Tahun", 2030, "belum punya Renstra yang mencakup tahun 2030"),
        ("Format", "lain/9", "format harus 'sakip-workbook/1'"),
    ],
)
def test_a_wrong_agency_year_or_format_on_the_petunjuk_sheet_is_refused(
    xlsx, tmp_path, label, nilai, pesan
):
    wb = load_workbook(xlsx)
    ws = wb["Petunjuk"]
    row = next(c.row for c in ws["A"] if c.value == label)
    ws.protection.sheet = False
    ws[f"B{row}"] = nilai
    wb.save(tmp_path / "salah.xlsx")
    assert any(pesan in e for e in gagal(tmp_path / "salah.xlsx"))


def test_files_that_are_not_whole_workbooks_are_refused_with_a_clear_message(xlsx, tmp_path):
    data = xlsx.read_bytes()
    assert (
        "bukan workbook Excel (.xlsx) yang utuh" in gagal(data[: len(data) // 2], "potong.xlsx")[0]
    )
    assert "bukan workbook Excel" in gagal(b"No,Kode\n1,4.01\n", "data.csv")[0]
    assert gagal(b"", "kosong.xlsx") == ["Workbook: berkas kosong.xlsx kosong"]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/workbook.xml", b"\0" * (20 * 1024 * 1024))
    assert "tidak wajar" in gagal(buf.getvalue(), "bom.xlsx")[0]
    (tmp_path / "tiada.xlsx").unlink(missing_ok=True)
    assert "tidak dapat dibaca" in gagal(tmp_path / "tiada.xlsx")[0]
