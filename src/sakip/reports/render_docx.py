"""A document as Word (python-docx): real tables with repeated header rows, A4 sections that
turn landscape for wide tables, page numbers, and a daftar isi field that Word updates on open
(LibreOffice: Alat > Perbarui > Indeks).
"""

from __future__ import annotations

import io

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from sakip.reports import blok as b

A4 = (Cm(21.0), Cm(29.7))
MARGIN = {"top": Cm(2.5), "bottom": Cm(2.0), "left": Cm(2.5), "right": Cm(2.0)}
FONT = "Arial"  # metric-compatible with Liberation Sans, which the PDF uses
RATA = {
    "kanan-kiri": WD_ALIGN_PARAGRAPH.JUSTIFY,
    "tengah": WD_ALIGN_PARAGRAPH.CENTER,
    "kiri": WD_ALIGN_PARAGRAPH.LEFT,
    "kanan": WD_ALIGN_PARAGRAPH.RIGHT,
}
NUMERIK = {b.Jenis.ANGKA, b.Jenis.PERSEN, b.Jenis.RUPIAH, b.Jenis.POIN}


def _field(paragraph, instr: str, placeholder: str = "") -> None:
    """A Word field (PAGE, TOC ...) in ``paragraph``, marked dirty so Word computes it."""
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    begin.set(qn("w:dirty"), "true")
    run._r.append(begin)
    run = paragraph.add_run()
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = instr
    run._r.append(text)
    run = paragraph.add_run()
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run._r.append(sep)
    paragraph.add_run(placeholder)
    run = paragraph.add_run()
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(end)


def _shade(cell, hex_: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_.lstrip("#").upper())
    tc_pr.append(shd)


def _ulang_kepala(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    for tag in ("w:tblHeader", "w:cantSplit"):
        el = OxmlElement(tag)
        el.set(qn("w:val"), "true")
        tr_pr.append(el)


def _tanpa_pecah(row) -> None:
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(el)


def _tanpa_garis(table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


class _Penulis:
    def __init__(self, dok: b.Dokumen):
        self.dok = dok
        self.d = Document()
        self.lanskap = False
        self._gaya()
        sec = self.d.sections[0]
        self._halaman(sec, False)
        self._kaki(sec)
        self.d.core_properties.title = dok.judul
        self.d.core_properties.author = "sakip"
        # Word recomputes fields (the daftar isi, page numbers) when the file is opened.
        settings = self.d.settings.element
        upd = OxmlElement("w:updateFields")
        upd.set(qn("w:val"), "true")
        settings.append(upd)

    def _gaya(self) -> None:
        st = self.d.styles
        normal = st["Normal"]
        normal.font.name = FONT
        normal.font.size = Pt(11)
        normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
        normal.paragraph_format.space_after = Pt(6)
        normal.paragraph_format.line_spacing = 1.15
        for lvl, size in ((1, 14), (2, 12), (3, 11)):
            h = st[f"Heading {lvl}"]
            h.font.name = FONT
            h.font.size = Pt(size)
            h.font.bold = True
            h.font.color.rgb = RGBColor(0, 0, 0)
            rfonts = h.element.rPr.rFonts
            for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
                rfonts.set(qn(attr), FONT)
            h.paragraph_format.space_before = Pt(12 if lvl > 1 else 0)
            h.paragraph_format.space_after = Pt(6)
            h.paragraph_format.keep_with_next = True
            if lvl == 1:
                h.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def _halaman(self, sec, lanskap: bool) -> None:
        w, h = A4
        sec.orientation = WD_ORIENT.LANDSCAPE if lanskap else WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = (h, w) if lanskap else (w, h)
        if lanskap:
            sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
            sec.left_margin, sec.right_margin = Cm(1.5), Cm(1.5)
        else:
            sec.top_margin, sec.bottom_margin = MARGIN["top"], MARGIN["bottom"]
            sec.left_margin, sec.right_margin = MARGIN["left"], MARGIN["right"]

    def _kaki(self, sec) -> None:
        p = sec.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(self.dok.kaki + "  —  halaman ")
        run.font.size = Pt(8)
        _field(p, "PAGE", "1")
        for r in p.runs:
            r.font.size = Pt(8)

    def lebar(self):
        sec = self.d.sections[-1]
        return sec.page_width - sec.left_margin - sec.right_margin

    def run(self, p, pot: b.Potongan, size=None, bold=False):
        r = p.add_run(pot.teks)
        r.bold = pot.tebal or bold or None
        r.italic = pot.miring or None
        if size:
            r.font.size = Pt(size)
        return r

    def tulis(self) -> bytes:
        for x in self.dok.blok:
            getattr(self, "_" + type(x).__name__.lower())(x)
        buf = io.BytesIO()
        self.d.save(buf)
        return buf.getvalue()

    # -- blocks ----------------------------------------------------------------------------

    def _sampul(self, x: b.Sampul) -> None:
        for i, line in enumerate(x.kop):
            p = self.d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)
            r = p.add_run(line)
            r.bold = True
            r.font.size = Pt(14 if i == 0 else 12)
        if x.logo:
            p = self.d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run().add_picture(io.BytesIO(x.logo), height=Cm(3))
        gap = self.d.add_paragraph()
        gap.paragraph_format.space_before = Pt(48 if x.sub else 12)
        for line in x.judul:
            p = self.d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(line)
            r.bold = True
            r.font.size = Pt(22 if x.sub else 14)
        for line in x.sub:
            p = self.d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_before = Pt(36)
            r = p.add_run(line)
            r.bold = True
            r.font.size = Pt(16)
        if x.penyusun:
            p = self.d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_before = Pt(120)
            p.add_run("Disusun oleh: " + x.penyusun).font.size = Pt(11)

    def _judul(self, x: b.Judul) -> None:
        style = f"Heading {x.tingkat}" if x.daftar_isi else "Title"
        if not x.daftar_isi:
            p = self.d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(x.teks)
            r.bold = True
            r.font.size = Pt(14)
            return
        self.d.add_paragraph(x.teks, style=style)

    def _paragraf(self, x: b.Paragraf) -> None:
        p = self.d.add_paragraph()
        p.alignment = RATA[x.rata]
        p.paragraph_format.space_after = Pt(x.spasi_sesudah)
        for pot in x.potongan:
            self.run(p, pot, x.ukuran, x.tebal)

    def _daftar(self, x: b.Daftar) -> None:
        for i, butir in enumerate(x.butir, 1):
            p = self.d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            fmt_ = p.paragraph_format
            fmt_.left_indent = Cm(0.9)
            fmt_.first_line_indent = Cm(-0.6)
            fmt_.space_after = Pt(3)
            p.add_run(f"{i}.\t" if x.bernomor else "•\t")
            fmt_.tab_stops.add_tab_stop(Cm(0.9))
            for pot in butir:
                self.run(p, pot)

    def _tabel(self, x: b.Tabel) -> None:
        if x.label or x.judul:
            cap = self.d.add_paragraph()
            cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
            cap.paragraph_format.keep_with_next = True
            cap.paragraph_format.space_before = Pt(6)
            r = cap.add_run(f"{x.label}\n{x.judul}" if x.label else x.judul)
            r.bold = True
            r.font.size = Pt(10)
        table = self.d.add_table(rows=1, cols=len(x.kolom))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        total = sum(k.lebar for k in x.kolom)
        widths = [int(self.lebar() * k.lebar / total) for k in x.kolom]
        size = Pt(x.ukuran_huruf)
        head = table.rows[0]
        _ulang_kepala(head)
        for i, kol in enumerate(x.kolom):
            cell = head.cells[i]
            cell.width = widths[i]
            _shade(cell, "#DCE3EE")
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)
            r = p.add_run(kol.judul)
            r.bold = True
            r.font.size = size
        for baris in x.baris:
            row = table.add_row()
            _tanpa_pecah(row)
            for i, sel in enumerate(baris.sel):
                cell = row.cells[i]
                cell.width = widths[i]
                p = cell.paragraphs[0]
                p.paragraph_format.space_after = Pt(0)
                p.paragraph_format.line_spacing = 1.0
                numerik = sel.jenis in NUMERIK
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if numerik else WD_ALIGN_PARAGRAPH.LEFT
                if i == 0 and baris.tingkat:
                    p.paragraph_format.left_indent = Cm(0.3 * baris.tingkat)
                r = p.add_run(sel.teks(self.dok.aturan))
                r.font.size = size
                r.bold = bool(baris.gaya) or None
                kol = x.kolom[i].judul
                if baris.warna and kol.startswith(("Predikat", "Kode Warna")) and sel.nilai:
                    _shade(cell, baris.warna)
                    r.font.color.rgb = RGBColor(255, 255, 255)
                    r.bold = True
                elif baris.gaya == "total":
                    _shade(cell, "#EEEEEE")
        if x.sumber:
            p = self.d.add_paragraph()
            r = p.add_run("Sumber: " + x.sumber)
            r.italic = True
            r.font.size = Pt(8)
        else:
            self.d.add_paragraph().paragraph_format.space_after = Pt(2)

    def _gambar(self, x: b.Gambar) -> None:
        p = self.d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.keep_with_next = True
        lebar = min(Cm(x.lebar_cm), self.lebar())
        p.add_run().add_picture(io.BytesIO(x.png), width=lebar)
        cap = self.d.add_paragraph()
        cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = cap.add_run(x.judul)
        r.italic = True
        r.font.size = Pt(9)

    def _pemisahhalaman(self, _x) -> None:
        self.d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def _bagian(self, x: b.Bagian) -> None:
        if x.lanskap == self.lanskap:
            return
        sec = self.d.add_section(WD_SECTION.NEW_PAGE)
        self._halaman(sec, x.lanskap)
        self.lanskap = x.lanskap

    def _daftarisi(self, _x) -> None:
        p = self.d.add_paragraph()
        entries = [j for j in self.dok.blok if isinstance(j, b.Judul) and j.daftar_isi]
        placeholder = "\n".join(("    " * (j.tingkat - 1)) + j.teks for j in entries)
        _field(p, 'TOC \\o "1-3" \\h \\z \\u', placeholder)

    def _tandatangan(self, x: b.TandaTangan) -> None:
        table = self.d.add_table(rows=1, cols=2)
        _tanpa_garis(table)
        cells = table.rows[0].cells
        isi = x.pihak if len(x.pihak) == 2 else [None, x.pihak[0]]
        for cell, ttd in zip(cells, isi, strict=True):
            if ttd is None:
                continue
            lines = [
                (ttd.tempat_tanggal, False),
                (ttd.peran, True),
                (ttd.jabatan + ("," if ttd.jabatan else ""), True),
                ("\n\n\n", False),
                (ttd.nama, True),
                (ttd.pangkat, False),
                (f"NIP. {ttd.nip}" if ttd.nip else "", False),
            ]
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for teks, bold in lines:
                if not teks and not bold:
                    continue
                r = p.add_run(teks + "\n")
                r.bold = bold or None
                if teks == ttd.nama:
                    r.underline = True
        self.d.add_paragraph()


def render_docx(dok: b.Dokumen) -> bytes:
    return _Penulis(dok).tulis()
