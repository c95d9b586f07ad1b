"""The Perjanjian Kinerja and the quarterly report: signatories, targets, pagu, quarters."""

import io
import subprocess

import pytest
from docx import Document
from openpyxl import load_workbook

from sakip import format as fmt

pytestmark = pytest.mark.django_db


def _sel(d):
    return "\n".join(c.text for t in d.tables for r in t.rows for c in r.cells)


def test_the_pk_is_signed_by_both_parties_with_name_position_and_nip(laporan):
    _p, _dok, data = laporan("pk", "docx")
    d = Document(io.BytesIO(data))
    sel = _sel(d)
    assert "PIHAK PERTAMA" in sel and "PIHAK KEDUA" in sel
    assert "Drs. KATSUL WIJAYA, M.Si" in sel and "NIP. 19661211 198609 1 002" in sel
    assert "FAHMI FADLI" in sel and "BUPATI PASER" in sel
    assert "Tana Paser, " in sel
    teks = "\n".join(p.text for p in d.paragraphs)
    assert "Pihak pertama berjanji akan mewujudkan target kinerja" in teks


def test_the_pk_attachment_holds_every_target_and_pagu_of_the_version_in_force(laporan):
    p, _dok, data = laporan("pk", "xlsx")
    wb = load_workbook(io.BytesIO(data))
    sasaran = wb["Sasaran"]
    targets = [r[4].value for r in sasaran.iter_rows(min_row=4)]
    assert targets == [0, 85, 80]
    program = wb["Program"]
    pagu = {r[0].value: r[4].value for r in program.iter_rows(min_row=4) if r[0].value}
    for kode, h in p.hasil.item.items():
        assert pagu[kode] == int(h.pagu)
    total = next(r for r in program.iter_rows(min_row=4) if r[1].value == "JUMLAH ANGGARAN")
    assert total[4].value == 145373575253


def test_the_quarterly_report_stops_at_the_chosen_triwulan(laporan):
    p, dok, data = laporan("triwulan", "xlsx", 2)
    wb = load_workbook(io.BytesIO(data))
    rp = wb["Realisasi RP"]
    assert [c.value for c in rp[3]][2:4] == ["RP TW I", "RP TW II"]
    assert "RP TW III" not in [c.value for c in rp[3]]
    agency = rp[4]
    assert agency[1].value == 145373575253
    # Seed Lampiran: TW I 13.826.587.278 and TW II 32.854.427.415.
    assert agency[2].value == 13826587278
    assert agency[3].value == 32854427415
    assert agency[4].value == 13826587278 + 32854427415 == int(p.hasil.realisasi)
    assert "sampai dengan Triwulan II" in dok.tabel()[1].judul


def test_the_quarterly_report_lists_the_faktor_penghambat_and_states_its_figures(laporan):
    p, _dok, data = laporan("triwulan", "docx", 2)
    d = Document(io.BytesIO(data))
    sel = _sel(d)
    assert "Pada Perubahan APBD 2023 tidak merubah target menjadi 0" in sel
    teks = "\n".join(x.text for x in d.paragraphs)
    awal = "Sampai dengan akhir triwulan II tahun 2023, realisasi anggaran "
    assert awal + fmt.rupiah(p.hasil.realisasi) in teks
    assert fmt.persen(p.hasil.penyerapan) in teks


def test_the_pk_and_quarterly_pdfs_carry_their_key_text(laporan, tmp_path):
    for jenis, kunci in (("pk", "PERJANJIAN KINERJA TAHUN 2023"), ("triwulan", "TRIWULAN II")):
        _p, _dok, data = laporan(jenis, "pdf", 2)
        path = tmp_path / f"{jenis}.pdf"
        path.write_bytes(data)
        out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
        teks = out.stdout.decode()
        assert kunci in teks
        assert "Rp 145.373.575.253" in teks
