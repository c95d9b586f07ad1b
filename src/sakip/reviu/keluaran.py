"""The findings of a reviu as a text table, JSON or a workbook (Indonesian labels)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from sakip.reviu.periksa import Temuan

__all__ = ["KOLOM", "sebagai_json", "sebagai_teks", "tulis_xlsx"]

KOLOM = [
    ("tabel", "Tabel"),
    ("baris", "Baris"),
    ("butir", "Butir"),
    ("kolom", "Kolom"),
    ("tercetak", "Tercetak"),
    ("seharusnya", "Seharusnya"),
    ("label", "Aturan"),
    ("keparahan", "Keparahan"),
    ("keterangan", "Keterangan"),
]


def ringkasan(temuan: list[Temuan]) -> str:
    if not temuan:
        return "Tidak ada temuan: setiap angka dan nama konsisten."
    per = Counter(t.keparahan for t in temuan)
    rincian = ", ".join(f"{per[k]} {k.lower()}" for k in ("Tinggi", "Sedang", "Rendah") if per[k])
    return f"{len(temuan)} temuan ({rincian})."


def sebagai_teks(temuan: list[Temuan], sumber: str = "") -> str:
    from sakip.cli import _tabel

    rows = [
        [
            t.tabel,
            str(t.baris),
            t.butir,
            t.kolom,
            t.tercetak,
            t.seharusnya,
            t.label + (f" ({t.keterangan})" if t.keterangan else ""),
            t.keparahan,
        ]
        for t in temuan
    ]
    judul = f"Reviu {sumber}".strip()
    if not rows:
        return f"{judul}\n{ringkasan(temuan)}"
    tabel = _tabel(
        ["Tabel", "Baris", "Butir", "Kolom", "Tercetak", "Seharusnya", "Aturan", "Keparahan"],
        rows,
        [10, 5, 30, 12, 16, 16, 40, 9],
    )
    return f"{judul}\n{tabel}\n{ringkasan(temuan)}"


def sebagai_json(temuan: list[Temuan], sumber: str = "") -> dict[str, object]:
    return {
        "format": "sakip-reviu/1",
        "sumber": sumber,
        "jumlah": len(temuan),
        "temuan": [t.sebagai_dict() for t in temuan],
    }


def tulis_xlsx(temuan: list[Temuan], path: Path | str, sumber: str = "") -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Temuan"
    ws.append([judul for _, judul in KOLOM])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for t in temuan:
        d = t.sebagai_dict()
        ws.append([d[k] for k, _ in KOLOM])
    for kolom, lebar in zip("ABCDEFGHI", [12, 7, 45, 14, 20, 20, 50, 10, 50], strict=True):
        ws.column_dimensions[kolom].width = lebar
    ws.freeze_panes = "A2"
    info = wb.create_sheet("Ringkasan")
    info.append(["Sumber", sumber])
    info.append(["Ringkasan", ringkasan(temuan)])
    wb.save(path)
