"""A document's tables as an Excel workbook: one sheet per table, numbers stored as numbers.

Display formats are Excel's built-in ones (``#,##0``, ``0.00%``); Excel and LibreOffice show
them with the reader's separators, so an Indonesian installation prints ``1.234.567`` and
``121,82%``. Percentages are stored as fractions (1,2182 for 121,82%) and every value is
rounded as the printed document rounds it, so the workbook and the PDF agree to the digit.
"""

from __future__ import annotations

import io
import re

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from sakip.reports.blok import Dokumen, Jenis, Tabel

FORMAT = {
    Jenis.RUPIAH: '"Rp "#,##0',
    Jenis.PERSEN: "0.00%",
    Jenis.POIN: "+0.00;-0.00;0.00",
}
TIPIS = Side(style="thin", color="999999")
GARIS = Border(left=TIPIS, right=TIPIS, top=TIPIS, bottom=TIPIS)
KEPALA = PatternFill("solid", fgColor="DCE3EE")
TOTAL = PatternFill("solid", fgColor="EEEEEE")
KOLOM_WARNA = ("Predikat", "Kode Warna")


def nama_sheet(t: Tabel, dipakai: set[str]) -> str:
    nama = re.sub(r"[\[\]:*?/\\]", "-", t.kode or t.label or "Tabel")[:31]
    asal, n = nama, 2
    while nama in dipakai:
        nama = f"{asal[:28]} {n}"
        n += 1
    dipakai.add(nama)
    return nama


def render_xlsx(dok: Dokumen) -> bytes:
    wb = Workbook()
    wb.remove(wb.active)
    wb.properties.title = dok.judul
    wb.properties.creator = "sakip"
    dipakai: set[str] = set()
    for t in dok.tabel():
        ws = wb.create_sheet(nama_sheet(t, dipakai))
        ws.cell(1, 1, f"{t.label} {t.judul}".strip()).font = Font(bold=True, size=12)
        if t.sumber:
            ws.cell(2, 1, f"Sumber: {t.sumber}").font = Font(italic=True, size=9)
        for c, kol in enumerate(t.kolom, 1):
            cell = ws.cell(3, c, kol.judul)
            cell.font = Font(bold=True)
            cell.fill = KEPALA
            cell.border = GARIS
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            ws.column_dimensions[get_column_letter(c)].width = max(9, min(60, kol.lebar * 14))
        warna_kolom = {c for c, kol in enumerate(t.kolom, 1) if kol.judul.startswith(KOLOM_WARNA)}
        for r, baris in enumerate(t.baris, 4):
            for c, sel in enumerate(baris.sel, 1):
                nilai = sel.angka(dok.aturan)
                cell = ws.cell(r, c, nilai)
                cell.border = GARIS
                numerik = isinstance(nilai, int | float)
                if numerik:
                    cell.number_format = FORMAT.get(
                        sel.jenis, "#,##0" if isinstance(nilai, int) else "#,##0.00"
                    )
                cell.alignment = Alignment(
                    vertical="top",
                    wrap_text=not numerik,
                    indent=baris.tingkat if c == 1 and not numerik else 0,
                    horizontal="right" if numerik else None,
                )
                if baris.gaya:
                    cell.font = Font(bold=True)
                if baris.gaya == "total":
                    cell.fill = TOTAL
                if baris.warna and c in warna_kolom and nilai:
                    cell.fill = PatternFill("solid", fgColor=baris.warna.lstrip("#").upper())
                    cell.font = Font(bold=True, color="FFFFFF")
        ws.freeze_panes = "A4"
        ws.print_title_rows = "3:3"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.orientation = "landscape" if len(t.kolom) > 6 else "portrait"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
