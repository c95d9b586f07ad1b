"""The ``sakip`` command: ``demo``, ``load``, ``measure`` and Django's ``manage`` commands."""

import argparse
import json
import os
import sys
import textwrap
from importlib import resources
from pathlib import Path

DEMO_DATASET = "paser-2023"


def _setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.settings")
    import django
    from django.conf import settings

    settings.DATA_DIR.mkdir(parents=True, exist_ok=True)
    django.setup()


def _migrate() -> None:
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def dataset_bawaan(nama: str = DEMO_DATASET) -> Path:
    """The folder of a dataset shipped with sakip."""
    return Path(str(resources.files("sakip") / "datasets" / nama))


def _pilih_agency(kode: str | None):
    from sakip.organisation.models import PerangkatDaerah

    qs = PerangkatDaerah.objects.select_related("pemda")
    if kode:
        pemda_kode, _, pd_kode = kode.rpartition("/")
        qs = qs.filter(kode=pd_kode)
        if pemda_kode:
            qs = qs.filter(pemda__kode=pemda_kode)
    found = list(qs[:2])
    if not found:
        raise SystemExit(
            f"Perangkat daerah '{kode}' tidak ditemukan."
            if kode
            else "Belum ada perangkat daerah; muat dataset dengan 'sakip load'."
        )
    if len(found) > 1:
        raise SystemExit("Lebih dari satu perangkat daerah; sebutkan dengan --agency PEMDA/KODE.")
    return found[0]


def _pilih_tahun(pd, tahun: int | None) -> int:
    if tahun:
        return tahun
    latest = pd.perjanjian_kinerja.order_by("-tahun").values_list("tahun", flat=True).first()
    if latest is None:
        raise SystemExit(f"{pd.nama} belum punya Perjanjian Kinerja; sebutkan --year.")
    return latest


def _muat(folder: Path, ganti: bool) -> int:
    from sakip.io.dataset import DatasetTidakSah, muat_dataset

    try:
        ringkasan = muat_dataset(folder, ganti=ganti)
    except DatasetTidakSah as exc:
        print(
            f"Dataset {folder} tidak dimuat ({len(exc.kesalahan)} kesalahan); "
            "tidak ada yang ditulis:",
            file=sys.stderr,
        )
        for k in exc.kesalahan:
            print(f"  - {k}", file=sys.stderr)
        return 1
    jumlah = ", ".join(f"{n} {jenis}" for jenis, n in sorted(ringkasan.jumlah.items()))
    print(f"Dataset {folder.name} dimuat: {ringkasan.perangkat_daerah}. ({jumlah})")
    return 0


def _tabel(header: list[str], rows: list[list[str]], lebar: list[int]) -> str:
    """A plain-text table; long cells wrap within their column."""

    def garis() -> str:
        return "+" + "+".join("-" * (w + 2) for w in lebar) + "+"

    def baris(cells: list[str]) -> list[str]:
        wrapped = [textwrap.wrap(c, w) or [""] for c, w in zip(cells, lebar, strict=True)]
        height = max(len(c) for c in wrapped)
        out = []
        for i in range(height):
            parts = []
            for cell, w, text in zip(wrapped, lebar, cells, strict=True):
                piece = cell[i] if i < len(cell) else ""
                numeric = text[:1].isdigit() or text.startswith(("Rp", "-"))
                parts.append(piece.rjust(w) if numeric and len(cell) == 1 else piece.ljust(w))
            out.append("| " + " | ".join(parts) + " |")
        return out

    lines = [garis(), *baris(header), garis()]
    for r in rows:
        lines += baris(r)
    lines.append(garis())
    return "\n".join(lines)


def cetak_ringkasan(pd, tahun: int) -> str:
    """The demo's text: the IKU table, the average, absorption and SILPA, the Indonesian way."""
    from sakip import format as fmt
    from sakip.measurement.hasil import ukur

    p = ukur(pd, tahun)
    h = p.hasil
    aturan = p.aturan
    rows = []
    for n, kode in enumerate(p.data.iku, start=1):
        ind = p.konteks.indikator[kode]
        hi = h.indikator[kode]
        rows.append(
            [
                str(n),
                ind.sasaran.uraian,
                ind.nama,
                f"{fmt.angka(hi.target, aturan=aturan)} {ind.satuan}".strip(),
                fmt.angka(hi.realisasi, aturan=aturan),
                fmt.persen(hi.capaian, aturan),
                hi.predikat.label if hi.predikat else "-",
            ]
        )
    rows.append(
        [
            "",
            "RATA-RATA CAPAIAN IKU",
            "",
            "",
            "",
            fmt.persen(h.capaian_iku, aturan),
            h.predikat_iku.label if h.predikat_iku else "-",
        ]
    )
    out = [
        f"{pd.nama} — Capaian Indikator Kinerja Utama Tahun {tahun}",
        _tabel(
            [
                "No",
                "Sasaran Strategis",
                "Indikator Kinerja",
                "Target",
                "Realisasi",
                "Capaian",
                "Predikat",
            ],
            rows,
            [2, 30, 34, 10, 9, 8, 15],
        ),
        "",
        f"Pagu anggaran        : {fmt.rupiah(h.pagu)}",
        f"Realisasi anggaran   : {fmt.rupiah(h.realisasi)}",
        f"Penyerapan anggaran  : {fmt.persen(h.penyerapan, aturan)}",
        f"Sisa anggaran (SILPA): {fmt.rupiah(h.sisa)}",
    ]
    return "\n".join(out)


def cmd_demo(args: argparse.Namespace) -> int:
    _setup_django()
    _migrate()
    folder = dataset_bawaan()
    status = _muat(folder, ganti=True)
    if status:
        return status
    from sakip.organisation.models import PerangkatDaerah

    pd = PerangkatDaerah.objects.get(pemda__kode="64.01", kode="setda")
    print()
    print(cetak_ringkasan(pd, 2023))
    _tulis_laporan_demo(pd, 2023)
    from sakip.accounts.demo import buat_akun_demo

    # SAKIP_DEMO_KATA_SANDI gives every demo account one known password (browser tests).
    akun = buat_akun_demo(pd, password=os.environ.get("SAKIP_DEMO_KATA_SANDI"))
    print("\nAkun demo (kata sandi baru setiap kali demo dijalankan):")
    for a in akun:
        print(f"  {a.peran:<24} {a.username:<15} {a.password:<14} {a.keterangan}")
    if args.tanpa_server:
        return 0
    return _serve(args.host, args.port)


def _serve(host: str, port: int) -> int:
    """Serve the web app with waitress (static files through WhiteNoise)."""
    from django.core.management import call_command
    from waitress import serve

    from sakip.wsgi import application

    call_command("collectstatic", interactive=False, verbosity=0)
    print(f"\nsakip berjalan di http://{host}:{port}/  (hentikan dengan Ctrl+C)", flush=True)
    serve(application, host=host, port=port, threads=8, ident="sakip")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    _setup_django()
    _migrate()
    return _serve(args.host, args.port)


def cmd_load(args: argparse.Namespace) -> int:
    _setup_django()
    _migrate()
    return _muat(Path(args.path), ganti=args.ganti)


def cmd_measure(args: argparse.Namespace) -> int:
    _setup_django()
    from sakip.measurement.adapter import TidakAdaData
    from sakip.measurement.hasil import sebagai_json, ukur

    pd = _pilih_agency(args.agency)
    tahun = _pilih_tahun(pd, args.year)
    try:
        p = ukur(pd, tahun, sampai_triwulan=args.triwulan)
    except TidakAdaData as exc:
        print(str(exc), file=sys.stderr)
        return 1
    if args.format == "json":
        json.dump(sebagai_json(p), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print(cetak_ringkasan(pd, tahun))
    return 0


def cmd_workbook(args: argparse.Namespace) -> int:
    """``sakip workbook template|export|import``: Excel in and out (docs/workbook.md)."""
    _setup_django()
    from sakip.io.workbook import WorkbookTidakSah, ekspor, impor_workbook, templat

    if args.aksi in ("template", "export"):
        pd = _pilih_agency(args.agency)
        tahun = _pilih_tahun(pd, args.year)
        out = Path(args.out or f"sakip-{pd.kode}-{tahun}.xlsx")
        (templat if args.aksi == "template" else ekspor)(pd, tahun, out)
        print(f"Workbook {pd.nama} tahun {tahun} ditulis ke {out}")
        return 0
    try:
        hasil = impor_workbook(Path(args.path), kering=args.dry_run)
    except WorkbookTidakSah as exc:
        n = len(exc.kesalahan)
        print(
            f"Workbook {args.path} tidak diimpor ({n} kesalahan); tidak ada yang ditulis:",
            file=sys.stderr,
        )
        for m in exc.masalah:
            print(f"  - {'PERINGATAN ' if m.peringatan else ''}{m}", file=sys.stderr)
        return 1
    for m in hasil.peringatan:
        print(f"  - PERINGATAN {m}")
    rincian = [f"{n} {jenis} dibuat" for jenis, n in sorted(hasil.dibuat.items())]
    rincian += [f"{n} {jenis} diubah" for jenis, n in sorted(hasil.diubah.items())]
    kata = "akan diimpor (dry run, tidak ada yang ditulis)" if hasil.kering else "diimpor"
    print(
        f"Workbook {args.path} {kata}: {hasil.perangkat_daerah} tahun {hasil.tahun}; "
        + ("; ".join(rincian) if rincian else "tidak ada perubahan")
    )
    return 0


def _tulis_laporan_demo(pd, tahun: int) -> None:
    """The demo's LKjIP in the three formats, in SAKIP_DATA_DIR/laporan (./var/laporan)."""
    from django.conf import settings

    from sakip.reports.buat import FORMAT, tulis

    paths = tulis("lkjip", pd, tahun, list(FORMAT), settings.DATA_DIR / "laporan")
    print(f"\nLKjIP {tahun} ditulis:")
    for path in paths:
        print(f"  {path}")


def cmd_report(args: argparse.Namespace) -> int:
    """``sakip report lkjip|pk|triwulan``: documents as DOCX, PDF, XLSX (docs/reports.md)."""
    _setup_django()
    from sakip.measurement.adapter import TidakAdaData
    from sakip.reports.buat import FORMAT, tulis

    pd = _pilih_agency(args.agency)
    tahun = _pilih_tahun(pd, args.year)
    formats = args.format or list(FORMAT)
    try:
        paths = tulis(args.jenis, pd, tahun, formats, Path(args.out), args.triwulan)
    except TidakAdaData as exc:
        print(str(exc), file=sys.stderr)
        return 1
    for path in paths:
        print(path)
    return 0


def cmd_reviu(args: argparse.Namespace) -> int:
    from sakip.reviu.contoh import CONTOH
    from sakip.reviu.keluaran import sebagai_json, sebagai_teks, tulis_xlsx
    from sakip.reviu.laporan import LaporanTidakSah, baca_laporan
    from sakip.reviu.periksa import reviu

    if bool(args.demo) == bool(args.path):
        print("Sebutkan PATH laporan tercetak atau --demo (salah satu).", file=sys.stderr)
        return 2
    path = CONTOH if args.demo else Path(args.path)
    try:
        temuan = reviu(baca_laporan(path))
    except LaporanTidakSah as exc:
        jumlah = len(exc.kesalahan)
        print(f"Laporan {path} tidak dapat dibaca ({jumlah} kesalahan):", file=sys.stderr)
        for k in exc.kesalahan:
            print(f"  - {k}", file=sys.stderr)
        return 1
    if args.format == "xlsx":
        out = Path(args.out or "reviu.xlsx")
        tulis_xlsx(temuan, out, path.name)
        print(f"{len(temuan)} temuan ditulis ke {out}")
        return 0
    if args.format == "json":
        teks = json.dumps(sebagai_json(temuan, path.name), ensure_ascii=False, indent=2)
    else:
        teks = sebagai_teks(temuan, path.name)
    if args.out:
        Path(args.out).write_text(teks + "\n", encoding="utf-8")
        print(f"{len(temuan)} temuan ditulis ke {args.out}")
    else:
        print(teks)
    return 0


def cmd_manage(args: argparse.Namespace) -> int:
    _setup_django()
    from django.core.management import execute_from_command_line

    execute_from_command_line(["sakip manage", *args.rest])
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="sakip", description="SAKIP: kinerja dan LKjIP.")
    sub = p.add_subparsers(dest="perintah", required=True)
    demo = sub.add_parser("demo", help="muat data contoh Paser 2023 dan tampilkan capaiannya")
    demo.add_argument(
        "--tanpa-server", action="store_true", help="jangan jalankan server web setelah demo"
    )
    demo.add_argument("--host", default="127.0.0.1")
    demo.add_argument("--port", type=int, default=8000)
    demo.set_defaults(func=cmd_demo)
    serve = sub.add_parser("serve", help="jalankan aplikasi web (waitress)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.set_defaults(func=cmd_serve)
    load = sub.add_parser("load", help="muat dataset (semua atau tidak sama sekali)")
    load.add_argument("path", help="folder dataset (lihat docs/dataset.md)")
    load.add_argument(
        "--ganti", action="store_true", help="ganti data perangkat daerah yang sudah ada"
    )
    load.set_defaults(func=cmd_load)
    measure = sub.add_parser("measure", help="hitung seluruh pohon kinerja")
    measure.add_argument("--format", choices=["json", "teks"], default="teks")
    measure.add_argument("--agency", help="kode perangkat daerah (atau PEMDA/KODE)")
    measure.add_argument("--year", type=int, help="tahun (bawaan: tahun PK terakhir)")
    measure.add_argument(
        "--triwulan",
        type=int,
        choices=[1, 2, 3, 4],
        default=4,
        help="hitung sampai akhir triwulan ini (bawaan: 4)",
    )
    measure.set_defaults(func=cmd_measure)
    wb = sub.add_parser("workbook", help="templat, ekspor dan impor workbook Excel")
    wb_sub = wb.add_subparsers(dest="aksi", required=True)
    for aksi, bantuan in (
        ("template", "templat untuk diisi (realisasi kosong)"),
        ("export", "seluruh isian tahun itu"),
    ):
        w = wb_sub.add_parser(aksi, help=bantuan)
        w.add_argument("--agency", help="kode perangkat daerah (atau PEMDA/KODE)")
        w.add_argument("--year", type=int, help="tahun (bawaan: tahun PK terakhir)")
        w.add_argument("--out", help="berkas .xlsx tujuan")
        w.set_defaults(func=cmd_workbook)
    w = wb_sub.add_parser("import", help="impor workbook (semua atau tidak sama sekali)")
    w.add_argument("path", help="berkas .xlsx")
    w.add_argument("--dry-run", action="store_true", help="periksa saja, jangan tulis")
    w.set_defaults(func=cmd_workbook)
    report = sub.add_parser("report", help="tulis LKjIP, Perjanjian Kinerja, laporan triwulan")
    report.add_argument("jenis", choices=["lkjip", "pk", "triwulan"])
    report.add_argument("--year", type=int, help="tahun (bawaan: tahun PK terakhir)")
    report.add_argument("--agency", help="kode perangkat daerah (atau PEMDA/KODE)")
    report.add_argument(
        "--triwulan", type=int, choices=[1, 2, 3, 4], default=4, help="sampai triwulan ini"
    )
    report.add_argument(
        "--format",
        action="append",
        choices=["docx", "pdf", "xlsx"],
        help="docx, pdf atau xlsx; boleh diulang (bawaan: ketiganya)",
    )
    report.add_argument("--out", default=".", help="folder tujuan (bawaan: folder ini)")
    report.set_defaults(func=cmd_report)
    rev = sub.add_parser("reviu", help="reviu laporan tercetak: semua ketidakkonsistenan")
    rev.add_argument("path", nargs="?", help="workbook .xlsx atau folder CSV (docs/reviu.md)")
    rev.add_argument("--demo", action="store_true", help="reviu LKjIP 2023 Setda Paser")
    rev.add_argument("--format", choices=["table", "json", "xlsx"], default="table")
    rev.add_argument("--out", help="tulis ke berkas ini (xlsx: bawaan reviu.xlsx)")
    rev.set_defaults(func=cmd_reviu)
    manage = sub.add_parser("manage", help="perintah manage.py Django")
    manage.add_argument("rest", nargs=argparse.REMAINDER)
    manage.set_defaults(func=cmd_manage)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
