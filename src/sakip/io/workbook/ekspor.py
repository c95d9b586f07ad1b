"""Writing the workbook: the template (structure, no realisasi) and the full export.

Both write the sheets of ``kolom.lembar_semua`` from what the database holds (``keadaan``);
the importer reads the same columns back, so export → import → export gives the same cells.
Key columns are locked by the sheet protection (no password: it guards against slips, not
people); value columns and a block of empty rows below the data are left open.
"""

from collections.abc import Iterable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from sakip.io.workbook.keadaan import Keadaan, muat_keadaan
from sakip.io.workbook.kolom import (
    ANGKA,
    FORMAT,
    UANG,
    Lembar,
    lembar_semua,
    sel,
)
from sakip.organisation.models import PerangkatDaerah
from sakip.planning.models import Indikator

BARIS_KOSONG = 300  # open rows below the data for new entries
SATUAN_UMUM = ("Dokumen", "Laporan", "Kegiatan", "Orang", "Org/Bulan", "Persen", "Nilai", "Unit")

_TERKUNCI = Protection(locked=True)
_TERBUKA = Protection(locked=False)
_JUDUL = Font(bold=True)
_JUDUL_ISI = PatternFill("solid", fgColor="DDEBF7")
_KUNCI_ISI = PatternFill("solid", fgColor="F2F2F2")


def kode_agency(pd: PerangkatDaerah) -> str:
    return f"{pd.pemda.kode}/{pd.kode}"


def _target(t) -> object:
    """A target as a cell: a number, ``low - high`` for a range, the label for an ordinal."""
    if t is None:
        return ""
    ind = t.indikator
    if ind.jenis_target == Indikator.JenisTarget.ORDINAL:
        return t.label
    if ind.jenis_target == Indikator.JenisTarget.RENTANG:
        return f"{sel(t.nilai)} - {sel(t.nilai_tinggi)}"
    return sel(t.nilai)


def _sumber(ind: Indikator) -> str:
    return ind.register if ind.sumber == Indikator.Sumber.REGISTER else ind.sumber


def _urut(objs: Iterable) -> list:
    return sorted(objs, key=lambda o: (o.urutan, o.kode))


def _urut_indikator(inds: Iterable[Indikator]) -> list[Indikator]:
    return sorted(inds, key=lambda i: i.nomor)


def baris_ekspor(k: Keadaan, *, isi: bool = True) -> dict[str, list[list[object]]]:
    """The data rows of every sheet, in column order. ``isi=False`` leaves realisasi empty."""
    pk = k.pk_berlaku()
    pk_kode = pk.kode if pk else None
    unit_kode = {u.pk: u.kode for u in k.unit.values()}
    jab_kode = {j.pk: j.kode for j in k.jabatan.values()}
    per_pemilik: dict[str, list[Indikator]] = {}
    for ind in k.indikator.values():
        per_pemilik.setdefault(k.pemilik(ind), []).append(ind)

    def ind_cells(ind: Indikator | None) -> list[object]:
        if ind is None:
            return ["", "", "", "", "", "", ""]
        return [
            ind.kode,
            ind.nama,
            ind.satuan,
            ind.polaritas,
            ind.agregasi,
            _sumber(ind),
            _target(k.target_pk.get((ind.kode, pk_kode))),
        ]

    out: dict[str, list[list[object]]] = {}
    mulai, selesai = k.renstra.tahun_mulai, k.renstra.tahun_selesai
    rows = []
    for s in _urut(k.sasaran.values()):
        for ind in _urut_indikator(per_pemilik.get(s.kode, [])):
            c = ind_cells(ind)
            rows.append(
                [
                    s.kode,
                    s.uraian,
                    *c[:-1],
                    *(
                        _target(k.target_renstra.get((ind.kode, t)))
                        for t in range(mulai, selesai + 1)
                    ),
                    sel(ind.kondisi_akhir),
                    c[-1],
                ]
            )
        if not per_pemilik.get(s.kode):
            rows.append([s.kode, s.uraian, *[""] * (6 + selesai - mulai + 1 + 2)])
    out["Renstra"] = rows
    out["PK"] = [
        [
            p.kode,
            p.versi,
            p.urutan,
            p.tanggal or "",
            p.alasan,
            jab_kode.get(p.pihak_pertama_id, ""),
            jab_kode.get(p.pihak_kedua_id, ""),
        ]
        for p in sorted(k.pk.values(), key=lambda p: p.urutan)
    ]

    def item_rows(items, extra=lambda item: [], tail=lambda item: []) -> list[list[object]]:
        rows = []
        for item in items:
            head = [
                item.kode,
                item.nama,
                *extra(item),
                unit_kode.get(item.unit_id, ""),
                jab_kode.get(item.penanggung_jawab_id, ""),
            ]
            inds = _urut_indikator(per_pemilik.get(item.kode, [])) or [None]
            rows += [[*head, *ind_cells(ind), *tail(item)] for ind in inds]
        return rows

    programs = _urut(k.program.values())
    out["Program"] = item_rows(
        programs, extra=lambda p: [", ".join(k.program_sasaran.get(p.kode, []))]
    )
    kegiatan = [
        kg for p in programs for kg in _urut(x for x in k.kegiatan.values() if x.program is p)
    ]
    out["Kegiatan"] = item_rows(kegiatan)
    subs = [
        s for kg in kegiatan for s in _urut(x for x in k.subkegiatan.values() if x.kegiatan is kg)
    ]
    out["SubKegiatan"] = item_rows(
        subs,
        tail=lambda s: [
            sel(k.pagu[(s.kode, pk_kode)].nilai) if (s.kode, pk_kode) in k.pagu else ""
        ],
    )
    rows = []
    for s in subs:
        k1 = f"{s.kode}/1"
        for tw in range(1, 5):
            r_k = k.k.get((k1, tw))
            r_rp = k.rp.get((s.kode, tw))
            rows.append(
                [
                    s.kode,
                    tw,
                    sel(r_k.nilai if r_k.label == "" else r_k.label) if r_k and isi else "",
                    sel(r_rp.rp) if r_rp and isi else "",
                ]
            )
    out["Realisasi"] = rows
    rows = []
    if isi:
        sub_k1 = {f"{s}/1" for s in k.subkegiatan}
        for (kode, tw), r in sorted(k.k.items(), key=lambda x: (x[0][0], x[0][1] or 5)):
            if tw is not None and kode in sub_k1:
                continue  # on the Realisasi sheet as K
            nilai = r.label if r.label else sel(r.nilai)
            rows.append([kode, tw if tw else "Tahunan", nilai, r.keterangan])
    out["Realisasi Indikator"] = rows
    out["Belanja"] = [
        [kode, b.akun.nama, sel(b.pagu) if isi else "", sel(b.realisasi) if isi else ""]
        for kode, b in sorted(k.belanja.items())
    ]
    out["Temuan"] = [
        [
            t.kode,
            t.tahun,
            t.sumber,
            t.uraian,
            sel(t.nilai),
            t.rekomendasi,
            t.rencana_aksi,
            "Ya" if t.material else "Tidak",
            t.status,
            sel(t.tahun_selesai),
            t.keterangan,
        ]
        for t in sorted(k.temuan.values(), key=lambda t: (t.tahun, t.kode))
    ]
    out["Kebijakan"] = [
        [
            x.kode,
            x.tahun,
            x.nomor,
            x.tanggal or "",
            x.uraian,
            x.jenis,
            x.status,
            x.keterangan,
            unit_kode.get(x.unit_id, ""),
        ]
        for x in sorted(k.kebijakan.values(), key=lambda x: (x.tahun, x.kode))
    ]
    return out


def _petunjuk(wb: Workbook, k: Keadaan, lembar: list[Lembar], isi: bool) -> None:
    ws = wb.active
    ws.title = "Petunjuk"
    ws["A1"] = f"Workbook SAKIP {k.pd.nama} tahun {k.tahun}"
    ws["A1"].font = Font(bold=True, size=14)
    meta = [
        ("Format", FORMAT),
        ("Perangkat Daerah", kode_agency(k.pd)),
        ("Nama", k.pd.nama),
        ("Tahun", k.tahun),
        ("Periode Renstra", f"{k.renstra.tahun_mulai}-{k.renstra.tahun_selesai}"),
        ("Isi", "data lengkap" if isi else "templat (realisasi kosong)"),
    ]
    for i, (label, value) in enumerate(meta, start=3):
        ws.cell(i, 1, label).font = _JUDUL
        ws.cell(i, 2, value)
    petunjuk = [
        "Cara mengisi:",
        "1. Isi sel nilai (latar putih). Kolom kunci (latar abu-abu: kode, triwulan) dikunci; "
        "baris baru ditulis di baris kosong di bawah data.",
        "2. Tulis angka sebagai angka. Teks angka cara Indonesia (1.234.567,89) juga diterima.",
        "3. Jangan memakai rumus dan jangan menggabung (merge) sel: sakip hanya menerima nilai.",
        "4. Sel kosong berarti 'tidak dilaporkan' dan tidak menghapus data yang sudah ada.",
        "5. Nilai dan target PK berlaku untuk versi PK dengan urutan tertinggi pada sheet PK.",
        "6. Jangan mengubah nama sheet, judul kolom, atau isi sheet Petunjuk ini.",
        "7. Impor: sakip workbook import BERKAS (--dry-run untuk memeriksa saja). Semua masalah "
        "dilaporkan sekaligus dengan sheet, baris dan kolomnya; tidak ada yang ditulis bila ada "
        "kesalahan.",
        "",
        "Sheet:",
        *(f"- {lb.nama}: {lb.keterangan}" for lb in lembar),
    ]
    for i, line in enumerate(petunjuk, start=len(meta) + 5):
        ws.cell(i, 1, line)
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 60
    ws.protection.sheet = True


def _daftar(wb: Workbook, k: Keadaan) -> dict[str, str]:
    """The hidden sheet of validation lists; returns list name → range."""
    ws = wb.create_sheet("Daftar")
    lists = {
        "satuan": sorted({i.satuan for i in k.indikator.values()} | set(SATUAN_UMUM)),
        "unit": sorted(k.unit),
        "jabatan": sorted(k.jabatan),
    }
    ranges = {}
    for col, (name, values) in enumerate(lists.items(), start=1):
        ws.cell(1, col, name).font = _JUDUL
        for row, value in enumerate(values, start=2):
            ws.cell(row, col, value)
        letter = get_column_letter(col)
        ranges[name] = f"Daftar!${letter}$2:${letter}${max(2, len(values) + 1)}"
    ws.sheet_state = "hidden"
    ws.protection.sheet = True
    return ranges


def _lembar(wb: Workbook, lb: Lembar, rows: list[list[object]], ranges: dict[str, str]) -> None:
    ws = wb.create_sheet(lb.nama)
    for col, kolom in enumerate(lb.kolom, start=1):
        c = ws.cell(1, col, kolom.judul)
        c.font = _JUDUL
        c.fill = _JUDUL_ISI
        c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.column_dimensions[get_column_letter(col)].width = kolom.lebar
    last = len(rows) + 1 + BARIS_KOSONG
    for r, row in enumerate(rows, start=2):
        for col, (kolom, value) in enumerate(zip(lb.kolom, row, strict=True), start=1):
            c = ws.cell(r, col, value if value != "" else None)
            if kolom.kunci_baris or kolom.info:
                c.fill = _KUNCI_ISI
            else:
                c.protection = _TERBUKA
            if kolom.jenis == UANG:
                c.number_format = "#,##0"
            elif kolom.jenis == ANGKA:
                c.number_format = "General"
    for r in range(len(rows) + 2, last + 1):
        for col in range(1, len(lb.kolom) + 1):
            ws.cell(r, col).protection = _TERBUKA
    for col, kolom in enumerate(lb.kolom, start=1):
        letter = get_column_letter(col)
        formula = None
        if kolom.pilihan:
            formula = '"' + ",".join(kolom.pilihan) + '"'
        elif kolom.daftar:
            formula = ranges[kolom.daftar]
        if formula is None:
            continue
        dv = DataValidation(type="list", formula1=formula, allow_blank=True)
        if kolom.daftar == "satuan":
            dv.errorStyle = "warning"  # a new satuan is allowed, after a warning
        dv.error = f"Pilih {kolom.judul} dari daftar."
        dv.errorTitle = kolom.judul
        dv.add(f"{letter}2:{letter}{last}")
        ws.add_data_validation(dv)
    ws.freeze_panes = "A2"
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    ws.protection.autoFilter = False
    ws.auto_filter.ref = f"A1:{get_column_letter(len(lb.kolom))}{max(2, len(rows) + 1)}"


def tulis_workbook(k: Keadaan, path: Path | str, *, isi: bool = True) -> Path:
    """Write the workbook of ``k`` to ``path``."""
    lembar = lembar_semua(k.tahun, (k.renstra.tahun_mulai, k.renstra.tahun_selesai))
    rows = baris_ekspor(k, isi=isi)
    wb = Workbook()
    _petunjuk(wb, k, lembar, isi)
    ranges = _daftar(wb, k)
    for lb in lembar:
        _lembar(wb, lb, rows[lb.nama], ranges)
    wb.move_sheet("Daftar", offset=len(wb.sheetnames))
    path = Path(path)
    wb.save(path)
    return path


def ekspor(pd: PerangkatDaerah, tahun: int, path: Path | str) -> Path:
    """Every input of ``pd`` for ``tahun`` as a workbook (the same columns the import reads)."""
    return tulis_workbook(muat_keadaan(pd, tahun), path, isi=True)


def templat(pd: PerangkatDaerah, tahun: int, path: Path | str) -> Path:
    """The workbook to fill: the plan as it stands, realisasi and belanja left empty."""
    return tulis_workbook(muat_keadaan(pd, tahun), path, isi=False)
