"""Fuzzing the workbook importer: a malformed workbook gets a clear error, no crash, no half write.

Each example builds a small workbook (some sheets missing or empty, headers renamed, cells of
every type: text, huge and tiny numbers, booleans, dates, formulas, real and wrong codes,
merged cells), sometimes truncates or corrupts its bytes, and imports it. The import must
either succeed or raise ``WorkbookTidakSah`` whose every message names a place; a refusal
must leave every table as it was.

The default run draws ``SAKIP_FUZZ_CONTOH`` examples per test (200); run more with e.g.
``SAKIP_FUZZ_CONTOH=5000 .venv/bin/pytest src/sakip/io/tests/test_fuzz_workbook.py``.
"""

import io
import os
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from sakip.io.tests.workbook_bantu import hitung_semua
from sakip.io.workbook import WorkbookTidakSah, impor_workbook
from sakip.io.workbook.kolom import FORMAT, lembar_semua

pytestmark = pytest.mark.django_db

CONTOH = int(os.environ.get("SAKIP_FUZZ_CONTOH", "200"))
FUZZ = settings(
    max_examples=CONTOH,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
LEMBAR = lembar_semua(2023, (2022, 2026))
KODE = [
    "4.01.01",
    "4.01.01.2.01",
    "4.01.01.2.01.0001",
    "4.01.01.2.01.0001/1",
    "4.01.02/2",
    "SS1",
    "SS1/1",
    "2023-reviu",
    "5.1.01",
    "T-2022-1",
    "K-2022-01",
    "renkeu",
    "kabag-renkeu",
    "positif",
    "jumlah",
    "input",
    "selesai",
    "Tahunan",
]

# Text a worksheet can hold (openpyxl refuses control characters).
teks = st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=30)

nilai_sel = st.one_of(
    st.none(),
    st.sampled_from(KODE),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.integers(min_value=0, max_value=5),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)),
    teks,
    st.text(alphabet="0123456789.,-Rp ", max_size=25),
    st.sampled_from(["=1+1", "=SUM(A1:A3)", "=A1", "#N/A", "NaN", "inf", "1e999999", "x" * 5000]),
)


@st.composite
def workbook(draw) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = draw(st.sampled_from(["Petunjuk", "Petunjuk", "Petunjuk", "Lain"]))
    meta = {
        "Format": draw(st.sampled_from([FORMAT, FORMAT, "sakip-workbook/0", None])),
        "Perangkat Daerah": draw(st.sampled_from(["64.01/setda", "64.01/setda", "setda", ""])),
        "Tahun": draw(st.sampled_from([2023, 2023, 2023, "2023", 1999, 2030, "dua"])),
    }
    for i, (label, value) in enumerate(meta.items(), start=3):
        if draw(st.integers(0, 9)):
            ws.cell(i, 1, label)
            ws.cell(i, 2, value)
    for lb in LEMBAR:
        pilihan = draw(st.integers(0, 9))
        if pilihan == 0:
            continue  # the sheet is missing
        sheet = wb.create_sheet(lb.nama)
        if pilihan == 1:
            continue  # the sheet is empty
        judul = lb.judul()
        if draw(st.integers(0, 5)) == 0:
            judul = draw(st.permutations(judul))
        if draw(st.integers(0, 5)) == 0:
            judul[draw(st.integers(0, len(judul) - 1))] = draw(teks)
        for j, text in enumerate(judul, start=1):
            sheet.cell(1, j, text)
        for r in range(2, 2 + draw(st.integers(0, 6))):
            for j in range(1, len(judul) + 1 + draw(st.integers(0, 1))):
                value = draw(nilai_sel)
                if value is not None:
                    sheet.cell(r, j, value)
        if draw(st.integers(0, 7)) == 0:
            sheet.merge_cells("A2:B3")
    buf = io.BytesIO()
    wb.save(buf)
    data = buf.getvalue()
    rusak = draw(st.integers(0, 9))
    if rusak == 0:
        data = data[: draw(st.integers(0, len(data)))]  # truncated
    elif rusak == 1:
        i = draw(st.integers(0, len(data) - 1))
        data = data[:i] + draw(st.binary(min_size=1, max_size=64)) + data[i + 1 :]  # corrupted
    return data


def periksa(data: bytes) -> None:
    before = hitung_semua()
    try:
        impor_workbook(data, nama="fuzz.xlsx")
    except WorkbookTidakSah as exc:
        assert exc.masalah
        assert all(isinstance(str(m), str) and m.pesan for m in exc.masalah)
        assert hitung_semua() == before, "a refused workbook wrote something"


@FUZZ
@given(data=workbook())
def test_a_malformed_workbook_is_refused_with_messages_or_imported_never_a_crash(paser, data):
    periksa(data)


@FUZZ
@given(data=st.binary(max_size=2048))
def test_random_bytes_are_refused_as_not_a_workbook(paser, data):
    with pytest.raises(WorkbookTidakSah):
        impor_workbook(data, nama="acak.xlsx")


@FUZZ
@given(data=st.text(max_size=300).map(lambda t: t.encode("utf-16")))
def test_text_in_another_encoding_is_refused_as_not_a_workbook(paser, data):
    with pytest.raises(WorkbookTidakSah):
        impor_workbook(data, nama="teks.xlsx")


@pytest.fixture
def baris_paser(paser):
    """The rows of the Paser 2023 workbook, to fuzz a well-formed workbook cell by cell."""
    from sakip.io.workbook.ekspor import baris_ekspor
    from sakip.io.workbook.keadaan import muat_keadaan

    return baris_ekspor(muat_keadaan(paser, 2023))


def _tulis(rows: dict[str, list[list[object]]]) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Petunjuk"
    for i, (label, value) in enumerate(
        [("Format", FORMAT), ("Perangkat Daerah", "64.01/setda"), ("Tahun", 2023)], start=3
    ):
        ws.cell(i, 1, label)
        ws.cell(i, 2, value)
    for lb in LEMBAR:
        sheet = wb.create_sheet(lb.nama)
        sheet.append(lb.judul())
        for row in rows[lb.nama]:
            sheet.append([None if v == "" else v for v in row])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@FUZZ
@given(data=st.data())
def test_a_real_workbook_with_cells_replaced_is_refused_cleanly_or_imported(baris_paser, data):
    rows = {name: [list(r) for r in rs] for name, rs in baris_paser.items()}
    for _ in range(data.draw(st.integers(1, 8))):
        name = data.draw(st.sampled_from([lb.nama for lb in LEMBAR if rows[lb.nama]]))
        row = data.draw(st.sampled_from(rows[name]))
        row[data.draw(st.integers(0, len(row) - 1))] = data.draw(nilai_sel)
    periksa(_tulis(rows))
