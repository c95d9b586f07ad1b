"""The workbook template: instructions, validation lists, protected keys, and it imports as is."""

from pathlib import Path

import pytest
from openpyxl import load_workbook

from sakip.io.tests.workbook_bantu import hitung_semua, sel_semua
from sakip.io.workbook import impor_workbook, templat

pytestmark = pytest.mark.django_db


@pytest.fixture
def xlsx(paser, tmp_path: Path) -> Path:
    return templat(paser, 2023, tmp_path / "templat.xlsx")


def test_the_template_names_agency_year_and_format_on_its_instructions_sheet(xlsx):
    wb = load_workbook(xlsx)
    assert wb.sheetnames == [
        "Petunjuk",
        "Renstra",
        "PK",
        "Program",
        "Kegiatan",
        "SubKegiatan",
        "Realisasi",
        "Realisasi Indikator",
        "Belanja",
        "Temuan",
        "Kebijakan",
        "Daftar",
    ]
    meta = {r[0]: r[1] for r in wb["Petunjuk"].iter_rows(values_only=True) if r[0]}
    assert meta["Format"] == "sakip-workbook/1"
    assert meta["Perangkat Daerah"] == "64.01/setda"
    assert meta["Tahun"] == 2023
    assert wb["Daftar"].sheet_state == "hidden"


def test_the_template_has_the_plan_and_leaves_realisasi_empty(xlsx):
    cells = sel_semua(xlsx)
    assert cells["Renstra"][0][:8] == [
        "Kode Sasaran",
        "Sasaran Strategis",
        "Kode Indikator",
        "Indikator",
        "Satuan",
        "Polaritas",
        "Agregasi",
        "Sumber Realisasi",
    ]
    assert [r[2] for r in cells["Renstra"][1:]] == ["SS1/1", "SS2/1", "SS3/1"]
    assert len(cells["SubKegiatan"]) - 1 == 64  # the seed's 64 sub-kegiatan, one indicator each
    realisasi = cells["Realisasi"][1:]
    assert len(realisasi) == 64 * 4
    assert all(r[2:] == ["", ""] for r in realisasi)


@pytest.mark.parametrize(
    ("sheet", "kolom", "daftar"),
    [
        ("SubKegiatan", "H", '"positif,negatif"'),
        ("SubKegiatan", "I", '"jumlah,terakhir,maksimum"'),
        ("Realisasi", "B", '"1,2,3,4"'),
        ("Realisasi Indikator", "B", '"1,2,3,4,Tahunan"'),
        ("SubKegiatan", "G", "Daftar!$A$2:$A$"),
        ("SubKegiatan", "C", "Daftar!$B$2:$B$"),
    ],
)
def test_choice_columns_offer_a_validation_list(xlsx, sheet, kolom, daftar):
    ws = load_workbook(xlsx)[sheet]
    found = [dv for dv in ws.data_validations.dataValidation if f"{kolom}2:" in str(dv.sqref)]
    assert len(found) == 1
    assert found[0].type == "list"
    assert found[0].formula1.startswith(daftar)


def test_key_columns_are_locked_and_value_columns_open_under_sheet_protection(xlsx):
    ws = load_workbook(xlsx)["Realisasi"]
    assert ws.protection.sheet
    assert ws["A2"].protection.locked  # Kode Sub-Kegiatan
    assert ws["B2"].protection.locked  # Triwulan
    assert not ws["C2"].protection.locked  # K
    assert not ws["D2"].protection.locked  # RP
    last = ws.max_row
    assert not ws[f"A{last}"].protection.locked  # rows below the data take new entries


def test_the_unfilled_template_imports_without_writing_anything(xlsx):
    before = hitung_semua()
    assert impor_workbook(xlsx).jumlah == 0
    assert hitung_semua() == before
