"""The pure parser: an .xlsx file → sheets of rows, with every structural problem named.

No database here. The file is checked as a zip first (size, entry count, uncompressed size,
so a zip bomb is refused before anything is inflated), then read with python-calamine (fast,
Rust). Two things calamine cannot tell are read from the sheet XML directly: which cells hold a
formula (sakip takes values only, see docs/workbook.md) and which sheets are which part.
"""

import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

import python_calamine

# Limits: a year of an agency with 10,000 sub-kegiatan is about 3 MB.
UKURAN_MAKS = 50 * 1024 * 1024  # the .xlsx file
UKURAN_ISI_MAKS = 500 * 1024 * 1024  # all its parts uncompressed
JUMLAH_BAGIAN_MAKS = 2000  # parts in the zip
BARIS_MAKS = 200_000  # rows in one sheet
KOLOM_MAKS = 200


@dataclass(frozen=True)
class Masalah:
    """One problem in a workbook, with its place. ``peringatan`` does not block the import."""

    sheet: str | None
    baris: int | None
    kolom: str | None
    pesan: str
    peringatan: bool = False

    def __str__(self) -> str:
        bagian = []
        if self.sheet:
            bagian.append(f"Sheet {self.sheet}")
        if self.baris:
            bagian.append(f"baris {self.baris}")
        if self.kolom:
            bagian.append(f"kolom {self.kolom}")
        tempat = ", ".join(bagian) or "Workbook"
        return f"{tempat}: {self.pesan}"


class WorkbookTidakSah(Exception):
    """The workbook has problems; nothing was written. ``masalah`` lists every one."""

    def __init__(self, masalah: list[Masalah]):
        self.masalah = masalah
        super().__init__(f"{len(masalah)} masalah")

    @property
    def kesalahan(self) -> list[Masalah]:
        return [m for m in self.masalah if not m.peringatan]

    def __str__(self) -> str:
        return "\n".join(str(m) for m in self.masalah)


@dataclass
class Tabel:
    """One sheet as read: header texts (row 1) and data rows (Excel row number, cells)."""

    nama: str
    judul: list[str]
    baris: list[tuple[int, list[object]]]
    rumus: set[tuple[int, int]] = field(default_factory=set)  # (row, column index) with a formula


@dataclass
class Buku:
    """A parsed workbook: its sheets by name."""

    nama: str
    tabel: dict[str, Tabel]
    masalah: list[Masalah] = field(default_factory=list)  # sheet-level: merged cells, damage


def huruf_kolom(indeks: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    out = ""
    indeks += 1
    while indeks:
        indeks, sisa = divmod(indeks - 1, 26)
        out = chr(65 + sisa) + out
    return out


def _indeks_kolom(huruf: str) -> int:
    n = 0
    for ch in huruf:
        n = n * 26 + ord(ch) - 64
    return n - 1


_RUMUS = re.compile(rb'<(?:\w+:)?c\b[^>]*?\br="([A-Z]{1,3})([0-9]{1,7})"[^>]*>\s*<(?:\w+:)?f\b')
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _bagian_sheet(zf: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name → its XML part, from xl/workbook.xml and its relationships."""
    try:
        wb = ElementTree.fromstring(zf.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ElementTree.ParseError):
        return {}
    target = {}
    for rel in rels:
        t = rel.get("Target", "")
        t = t.lstrip("/") if t.startswith("/") else "xl/" + t
        target[rel.get("Id")] = t
    out = {}
    for el in wb.iter():
        if el.tag.endswith("}sheet") and el.get("name"):
            part = target.get(el.get(_NS_REL))
            if part:
                out[el.get("name")] = part
    return out


def _rumus(zf: zipfile.ZipFile, part: str | None) -> set[tuple[int, int]]:
    if not part:
        return set()
    try:
        xml = zf.read(part)
    except KeyError:
        return set()
    return {(int(m.group(2)), _indeks_kolom(m.group(1).decode())) for m in _RUMUS.finditer(xml)}


def _periksa_zip(data: bytes, nama: str) -> zipfile.ZipFile:
    if len(data) > UKURAN_MAKS:
        raise WorkbookTidakSah(
            [Masalah(None, None, None, f"berkas {nama} terlalu besar (maksimum 50 MB)")]
        )
    if not data:
        raise WorkbookTidakSah([Masalah(None, None, None, f"berkas {nama} kosong")])
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise WorkbookTidakSah(
            [
                Masalah(
                    None,
                    None,
                    None,
                    f"berkas {nama} bukan workbook Excel (.xlsx) yang utuh; "
                    "simpan ulang sebagai Excel Workbook (.xlsx)",
                )
            ]
        ) from None
    if len(infos) > JUMLAH_BAGIAN_MAKS or sum(i.file_size for i in infos) > UKURAN_ISI_MAKS:
        raise WorkbookTidakSah(
            [Masalah(None, None, None, f"isi berkas {nama} terlalu besar setelah dibuka")]
        )
    for info in infos:  # a declared size can lie; a ratio above 1000:1 is a zip bomb
        if info.compress_size and info.file_size / info.compress_size > 1000:
            raise WorkbookTidakSah(
                [Masalah(None, None, None, f"isi berkas {nama} tidak wajar (rasio kompresi)")]
            )
    if "xl/workbook.xml" not in {i.filename for i in infos}:
        raise WorkbookTidakSah(
            [Masalah(None, None, None, f"berkas {nama} bukan workbook Excel (.xlsx)")]
        )
    return zf


def baca_buku(sumber: Path | str | bytes, nama: str | None = None) -> Buku:
    """Read every sheet of an .xlsx; raise ``WorkbookTidakSah`` when the file itself is bad."""
    if isinstance(sumber, bytes):
        data, nama = sumber, nama or "workbook"
    else:
        path = Path(sumber)
        nama = nama or path.name
        try:
            if path.stat().st_size > UKURAN_MAKS:
                raise WorkbookTidakSah(
                    [Masalah(None, None, None, f"berkas {nama} terlalu besar (maksimum 50 MB)")]
                )
            data = path.read_bytes()
        except OSError as exc:
            raise WorkbookTidakSah(
                [Masalah(None, None, None, f"berkas {nama} tidak dapat dibaca ({exc.strerror})")]
            ) from None
    zf = _periksa_zip(data, nama)
    try:
        with zf:
            parts = _bagian_sheet(zf)
            rumus = {name: _rumus(zf, part) for name, part in parts.items()}
            return _baca_calamine(data, nama, rumus)
    except WorkbookTidakSah:
        raise
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError):
        raise WorkbookTidakSah([Masalah(None, None, None, f"berkas {nama} rusak")]) from None


def _baca_calamine(data: bytes, nama: str, rumus: dict[str, set]) -> Buku:
    try:
        wb = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except Exception as exc:  # calamine's errors carry no useful detail for a planner
        raise WorkbookTidakSah(
            [Masalah(None, None, None, f"berkas {nama} rusak atau bukan .xlsx ({_jenis(exc)})")]
        ) from None
    except BaseException as exc:  # a Rust panic surfaces as pyo3's PanicException
        if isinstance(exc, KeyboardInterrupt | SystemExit):
            raise
        raise WorkbookTidakSah(
            [Masalah(None, None, None, f"berkas {nama} rusak atau bukan .xlsx")]
        ) from None
    tabel = {}
    masalah = []
    with wb:
        for name in wb.sheet_names:
            try:
                sheet = wb.get_sheet_by_name(name)
                if sheet.total_height > BARIS_MAKS or sheet.total_width > KOLOM_MAKS:
                    masalah.append(Masalah(name, None, None, "sheet terlalu besar"))
                    continue
                rows = sheet.to_python(skip_empty_area=False)
                merged = sheet.merged_cell_ranges or []
            except Exception:
                masalah.append(Masalah(name, None, None, "sheet rusak, tidak dapat dibaca"))
                continue
            except BaseException as exc:
                if isinstance(exc, KeyboardInterrupt | SystemExit):
                    raise
                masalah.append(Masalah(name, None, None, "sheet rusak, tidak dapat dibaca"))
                continue
            for (r0, c0), (r1, c1) in merged:
                masalah.append(
                    Masalah(
                        name,
                        r0 + 1,
                        None,
                        f"sel gabungan (merge) {huruf_kolom(c0)}{r0 + 1}:{huruf_kolom(c1)}{r1 + 1}"
                        " tidak diizinkan; pisahkan selnya",
                    )
                )
            judul = [_teks_judul(v) for v in rows[0]] if rows else []
            while judul and not judul[-1]:
                judul.pop()
            data_rows = [
                (i + 1, list(r))
                for i, r in enumerate(rows[1:], start=1)
                if any(v not in (None, "") for v in r)
            ]
            tabel[name] = Tabel(name, judul, data_rows, rumus.get(name, set()))
    return Buku(nama, tabel, masalah)


def _jenis(exc: BaseException) -> str:
    return type(exc).__name__


def _teks_judul(value: object) -> str:
    if value is None:
        return ""
    return " ".join(str(value).split())
