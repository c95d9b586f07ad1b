"""The reviu demo: the LKjIP 2023 of Setda Kabupaten Paser as printed, mistakes included.

`lkjip-setda-paser-2023/` holds one CSV per printed table (diff-friendly, reviewed by hand
against shared/seed/lkjip-setda-paser-2023.txt); `bangun_xlsx` turns the folder into the
workbook format of docs/reviu.md, which reads back to the same report.
"""

from __future__ import annotations

import csv
from pathlib import Path

__all__ = ["CONTOH", "bangun_xlsx"]

CONTOH = Path(__file__).parent / "lkjip-setda-paser-2023"


def bangun_xlsx(folder: Path, path: Path) -> None:
    """Write the CSV folder as a workbook: one sheet per CSV, `_tabel` order, cells as text.

    Every cell stays text exactly as printed ("121,82%"); a workbook made by hand may hold
    numbers instead, which the reader accepts too.
    """
    from openpyxl import Workbook

    berkas = {p.stem: p for p in sorted(folder.glob("*.csv"))}
    urutan = [n for n in berkas if n.startswith("_")]
    if "_tabel" in berkas:
        with berkas["_tabel"].open(encoding="utf-8", newline="") as f:
            urutan += [row[0] for row in list(csv.reader(f))[1:] if row]
    urutan += [n for n in berkas if n not in urutan]
    wb = Workbook()
    wb.remove(wb.active)
    for nama in urutan:
        ws = wb.create_sheet(nama)
        with berkas[nama].open(encoding="utf-8", newline="") as f:
            for row in csv.reader(f):
                ws.append(row)
        for row in ws.iter_rows():
            for cell in row:
                cell.number_format = "@"
    wb.save(path)
