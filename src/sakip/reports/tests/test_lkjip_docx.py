"""The LKjIP as Word: every table holds the engine's figures, and the file is a proper document."""

import io

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from sakip import format as fmt

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def lkjip(laporan):
    p, dok, data = laporan("lkjip", "docx")
    return p, dok, Document(io.BytesIO(data))


def _tabel_docx(d):
    """Tables by their caption ("Tabel 3.2"), read as lists of cell texts."""
    out = {}
    tables = {t._tbl: t for t in d.tables}
    caption = None
    for el in d.element.body:
        if el.tag == qn("w:p"):
            text = Paragraph(el, d).text
            if text.startswith("Tabel "):
                caption = text.split("\n")[0].strip()
        elif el.tag == qn("w:tbl") and el in tables and caption:
            out[caption] = [[c.text for c in r.cells] for r in tables[el].rows]
            caption = None
    return out


def _caption_texts(d):
    return [p.text for p in d.paragraphs if p.text.startswith("Tabel ")]


def test_every_table_of_the_document_is_a_real_word_table_with_the_same_cells(lkjip):
    p, dok, d = lkjip
    tabel = dok.tabel()
    data_tables = [t for t in d.tables if t.style is not None and t.style.name == "Table Grid"]
    assert len(data_tables) == len(tabel)
    for blok, word in zip(tabel, data_tables, strict=True):
        assert [c.text for c in word.rows[0].cells] == [k.judul for k in blok.kolom], blok.label
        for baris, row in zip(blok.baris, word.rows[1:], strict=True):
            assert [c.text for c in row.cells] == [s.teks(p.aturan) for s in baris.sel], blok.label


def test_the_iku_table_prints_the_engines_capaian_and_average(lkjip):
    p, _dok, d = lkjip
    rows = _tabel_docx(d)["Tabel 3.2"]
    capaian = [r[6] for r in rows[1:-1]]
    assert capaian == [fmt.persen(p.hasil.indikator[k].capaian) for k in p.data.iku]
    assert capaian == ["100,00%", "121,82%", "102,94%"]
    assert rows[-1][0] == "RATA-RATA CAPAIAN IKU"
    assert rows[-1][6] == "108,25%" and rows[-1][7] == "Berhasil"


@pytest.mark.parametrize(
    ("tabel", "baris_label", "kolom", "nilai"),
    [
        ("Tabel 3.10", "JUMLAH", 1, "Rp 145.373.575.253"),
        ("Tabel 3.10", "JUMLAH", 3, "Rp 6.613.321.913"),
        ("Tabel 3.10", "5.1 Belanja Operasi", 5, "77,23%"),
        ("Tabel 3.11", "TOTAL KESELURUHAN", 3, "Rp 138.760.253.340"),
        ("Tabel 3.11", "TOTAL KESELURUHAN", 5, "95,45%"),
        ("Tabel 3.12", "Terwujudnya kinerja penyelenggaraan", 5, "+24,54"),
        ("Tabel 3.6", "Persentase Pelayanan Penyelenggaraan", 7, "+11,21"),
        ("Tabel 3.6", "RATA-RATA CAPAIAN IKU", 4, "97,29%"),
        ("Tabel 2.4", "JUMLAH", 2, "Rp 145.373.575.253"),
    ],
)
def test_seed_figures_appear_where_the_seed_prints_them(lkjip, tabel, baris_label, kolom, nilai):
    _p, _dok, d = lkjip
    rows = _tabel_docx(d)[tabel]
    row = next(r for r in rows if any(c.startswith(baris_label) for c in r[:3]))
    assert row[kolom] == nilai


def test_the_budget_tree_table_sums_to_the_engines_totals(lkjip):
    p, _dok, d = lkjip
    rows = _tabel_docx(d)["Tabel 3.11"]
    by_kode = {r[0]: r for r in rows[1:] if r[0]}
    for kode, h in p.hasil.item.items():
        assert by_kode[kode][2] == fmt.rupiah(h.pagu)
        assert by_kode[kode][3] == fmt.rupiah(h.realisasi)
        assert by_kode[kode][5] == fmt.persen(h.penyerapan)


def test_header_rows_repeat_and_rows_do_not_split_across_pages(lkjip):
    _p, _dok, d = lkjip
    for t in d.tables:
        if t.style is not None and t.style.name == "Table Grid":
            tr_pr = t.rows[0]._tr.trPr
            assert tr_pr.find(qn("w:tblHeader")) is not None


def test_pages_are_a4_and_wide_tables_are_in_landscape_sections(lkjip):
    _p, _dok, d = lkjip
    sizes = {(round(s.page_width.cm, 1), round(s.page_height.cm, 1)) for s in d.sections}
    assert sizes == {(21.0, 29.7), (29.7, 21.0)}
    assert any(s.page_width > s.page_height for s in d.sections)


def test_the_daftar_isi_is_a_field_that_word_updates_and_the_footer_numbers_pages(lkjip):
    _p, _dok, d = lkjip
    instr = [t.text for t in d.element.body.iter(qn("w:instrText"))]
    assert any(i.startswith("TOC") for i in instr)
    assert d.settings.element.find(qn("w:updateFields")) is not None
    footer = "".join(t.text for t in d.sections[0].footer._element.iter(qn("w:instrText")))
    assert "PAGE" in footer


def test_headings_use_word_heading_styles_for_the_daftar_isi(lkjip):
    _p, _dok, d = lkjip
    headings = [p.text for p in d.paragraphs if p.style.name.startswith("Heading")]
    for bab in ("BAB I PENDAHULUAN", "BAB III AKUNTABILITAS KINERJA", "BAB IV PENUTUP"):
        assert bab in headings
    assert "C. Realisasi Anggaran" in headings


def test_every_table_of_the_seed_is_present(lkjip):
    _p, _dok, d = lkjip
    captions = {c.split("\n")[0] for c in _caption_texts(d)}
    wajib = {"Tabel I"} | {f"Tabel 2.{i}" for i in range(1, 6)}
    wajib |= {f"Tabel 3.{i}" for i in range(1, 14)} - {"Tabel 3.8"}
    wajib |= {"Tabel 3.8.1", "Tabel 3.8.2", "Tabel 3.8.3", "Tabel L.1", "Tabel L.2"}
    assert wajib <= captions


def test_figure_sentences_are_generated_from_the_engine(lkjip):
    _p, _dok, d = lkjip
    text = "\n".join(p.text for p in d.paragraphs)
    assert (
        "Capaian kinerja sasaran Terwujudnya kinerja penyelenggaraan pemerintahan umum dan "
        "Kesejahteraan Rakyat yang akuntabel pada tahun 2023 sebesar 121,82% dikategorikan "
        "Berhasil, meningkat 11,21 poin dari capaian tahun 2022 sebesar 110,61% (Berhasil)."
    ) in text
    assert (
        "Dari 17 kebijakan yang disahkan pada tahun 2022, 14 kebijakan telah dilaksanakan" in text
    )
    assert "sisa anggaran yang tidak terserap (SILPA) sebesar Rp 6.613.321.913" in text
    # The agency's own prose, stored per year:
    assert "Puji syukur kami panjatkan" in text
    assert "Drs. KATSUL WIJAYA, M.Si" in "\n".join(
        c.text for t in d.tables for r in t.rows for c in r.cells
    )
