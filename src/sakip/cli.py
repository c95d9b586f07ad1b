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
    return 0


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


def cmd_manage(args: argparse.Namespace) -> int:
    _setup_django()
    from django.core.management import execute_from_command_line

    execute_from_command_line(["sakip manage", *args.rest])
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="sakip", description="SAKIP: kinerja dan LKjIP.")
    sub = p.add_subparsers(dest="perintah", required=True)
    demo = sub.add_parser("demo", help="muat data contoh Paser 2023 dan tampilkan capaiannya")
    demo.set_defaults(func=cmd_demo)
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
    manage = sub.add_parser("manage", help="perintah manage.py Django")
    manage.add_argument("rest", nargs=argparse.REMAINDER)
    manage.set_defaults(func=cmd_manage)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
