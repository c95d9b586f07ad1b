"""Producing a document: ``buat(jenis, pd, tahun, format)`` → bytes, and writing it to a folder."""

from __future__ import annotations

from pathlib import Path

from sakip.measurement.hasil import ukur
from sakip.reports.blok import Dokumen

JENIS = ("lkjip", "pk", "triwulan")
FORMAT = ("docx", "pdf", "xlsx")


def dokumen(jenis: str, pd, tahun: int, triwulan: int = 4) -> Dokumen:
    """Build the blocks of a document from the engine's results at this moment."""
    if jenis == "lkjip":
        from sakip.reports.lkjip import buat_lkjip

        return buat_lkjip(ukur(pd, tahun))
    if jenis == "pk":
        from sakip.reports.pk import buat_pk

        return buat_pk(ukur(pd, tahun))
    if jenis == "triwulan":
        from sakip.reports.triwulan import buat_triwulan

        return buat_triwulan(ukur(pd, tahun, sampai_triwulan=triwulan))
    raise ValueError(f"jenis dokumen '{jenis}' tidak dikenal (pilih: {', '.join(JENIS)})")


def render(dok: Dokumen, format_: str) -> bytes:
    if format_ == "docx":
        from sakip.reports.render_docx import render_docx

        return render_docx(dok)
    if format_ == "pdf":
        from sakip.reports.render_pdf import render_pdf

        return render_pdf(dok)
    if format_ == "xlsx":
        from sakip.reports.render_xlsx import render_xlsx

        return render_xlsx(dok)
    raise ValueError(f"format '{format_}' tidak dikenal (pilih: {', '.join(FORMAT)})")


def tulis(
    jenis: str, pd, tahun: int, formats: list[str], folder: Path, triwulan: int = 4
) -> list[Path]:
    """Build once, render in each format, write to ``folder``; return the paths written."""
    dok = dokumen(jenis, pd, tahun, triwulan)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for f in formats:
        path = folder / f"{dok.nama_berkas}.{f}"
        path.write_bytes(render(dok, f))
        paths.append(path)
    return paths
