"""Helpers shared by the workbook tests: reading cells back, editing a workbook, counting rows."""

import io
from pathlib import Path

import python_calamine
from django.apps import apps
from openpyxl import load_workbook

APPS = {"organisation", "planning", "monitoring", "budget", "registers", "evaluation", "audit"}


def hitung_semua() -> dict[str, int]:
    """Row counts of every sakip table, to prove a refused import wrote nothing."""
    return {
        m._meta.label: m.objects.count() for m in apps.get_models() if m._meta.app_label in APPS
    }


def sel_semua(path: Path | bytes) -> dict[str, list[list[object]]]:
    """Every cell value of every sheet, as a reader (calamine) sees it."""
    src = io.BytesIO(path) if isinstance(path, bytes) else path
    wb = python_calamine.CalamineWorkbook.from_object(src)
    out = {}
    for name in wb.sheet_names:
        rows = wb.get_sheet_by_name(name).to_python()
        out[name] = [r for r in rows if any(v not in (None, "") for v in r)]
    return out


def ubah_sel(path: Path, out: Path, perubahan: dict[tuple[str, str], object]) -> Path:
    """Write ``out``: ``path`` with cells set, e.g. ``{("Realisasi", "C2"): 5}``."""
    wb = load_workbook(path)
    for (sheet, cell), value in perubahan.items():
        wb[sheet][cell] = value
    wb.save(out)
    return out


def tambah_baris(path: Path, out: Path, sheet: str, rows: list[list[object]]) -> Path:
    """Write ``out``: ``path`` with ``rows`` appended after the last data row of ``sheet``."""
    wb = load_workbook(path)
    ws = wb[sheet]
    last = max((c.row for col in ws.iter_cols(max_col=1) for c in col if c.value), default=1)
    for i, row in enumerate(rows, start=1):
        for j, value in enumerate(row, start=1):
            ws.cell(last + i, j, value)
    wb.save(out)
    return out


def baris_dengan(path: Path, sheet: str, kolom_a: str, kolom_b: object = None) -> int:
    """The Excel row number of the first row whose column A (and B) match."""
    wb = load_workbook(path, read_only=True)
    for i, row in enumerate(wb[sheet].iter_rows(values_only=True), start=1):
        if row[0] == kolom_a and (kolom_b is None or row[1] == kolom_b):
            return i
    raise LookupError(f"{kolom_a} not in {sheet}")
