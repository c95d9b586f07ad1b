"""The LKjIP as a workbook: a sheet per table, numbers stored as numbers, Indonesian formats."""

import io
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from sakip.engine.tampilan import bulatkan

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def lkjip(laporan):
    p, dok, data = laporan("lkjip", "xlsx")
    return p, dok, load_workbook(io.BytesIO(data))


def _baris(ws, awal: str, kolom: int = 1):
    for row in ws.iter_rows(min_row=4):
        if isinstance(row[kolom - 1].value, str) and row[kolom - 1].value.startswith(awal):
            return row
    raise AssertionError(f"{ws.title}: baris '{awal}' tidak ada")


def test_every_table_is_a_sheet_with_its_caption_and_header(lkjip):
    _p, dok, wb = lkjip
    assert len(wb.sheetnames) == len(dok.tabel())
    for t, name in zip(dok.tabel(), wb.sheetnames, strict=True):
        ws = wb[name]
        assert ws["A1"].value.startswith(t.label)
        assert [c.value for c in ws[3]] == [k.judul for k in t.kolom]
        assert ws.max_row == 3 + len(t.baris)


def test_every_cell_holds_the_value_of_the_document_table(lkjip):
    p, dok, wb = lkjip
    for t, name in zip(dok.tabel(), wb.sheetnames, strict=True):
        ws = wb[name]
        for r, baris in enumerate(t.baris, 4):
            for c, sel in enumerate(baris.sel, 1):
                assert ws.cell(r, c).value == sel.angka(p.aturan), (name, r, c)


def test_capaian_are_fractions_with_a_percent_format_equal_to_the_engine(lkjip):
    p, _dok, wb = lkjip
    ws = wb["Tabel 3.2"]
    for r, kode in enumerate(p.data.iku, 4):
        cell = ws.cell(r, 7)
        assert cell.number_format == "0.00%"
        assert cell.value == float(bulatkan(p.hasil.indikator[kode].capaian) / 100)
    total = _baris(ws, "RATA-RATA")
    assert total[6].value == pytest.approx(1.0825)


@pytest.mark.parametrize(
    ("sheet", "baris", "kolom", "nilai", "format_"),
    [
        ("Tabel 3.10", "JUMLAH", 2, 145373575253, '"Rp "#,##0'),
        ("Tabel 3.10", "JUMLAH", 4, 6613321913, '"Rp "#,##0'),
        ("Tabel 3.10", "5.1 Belanja Operasi", 6, 0.7723, "0.00%"),
        ("Tabel 3.12", "2", 6, 24.54, "+0.00;-0.00;0.00"),
        ("Lampiran 2 RP", "Sekretariat Daerah", 3, 13826587278, '"Rp "#,##0'),
    ],
)
def test_seed_figures_are_numbers_with_display_formats(lkjip, sheet, baris, kolom, nilai, format_):
    _p, _dok, wb = lkjip
    ws = wb[sheet]
    if baris.isdigit():
        row = next(r for r in ws.iter_rows(min_row=4) if r[0].value == int(baris))
    else:
        row = _baris(ws, baris)
    cell = row[kolom - 1]
    assert isinstance(cell.value, int | float)
    assert cell.value == pytest.approx(nilai)
    assert cell.number_format == format_


def test_the_budget_tree_sheet_equals_the_engine_for_every_item(lkjip):
    p, _dok, wb = lkjip
    ws = wb["Tabel 3.11"]
    by_kode = {r[0].value: r for r in ws.iter_rows(min_row=4) if r[0].value}
    for kode, h in p.hasil.item.items():
        assert by_kode[kode][2].value == int(h.pagu)
        assert by_kode[kode][3].value == int(h.realisasi)
        if h.penyerapan is not None:
            assert by_kode[kode][5].value == float(bulatkan(h.penyerapan) / 100)
    assert sum(by_kode[prog.kode][2].value for prog in p.konteks.program) == int(p.hasil.pagu)
    assert int(p.hasil.pagu) == Decimal("145373575253")
