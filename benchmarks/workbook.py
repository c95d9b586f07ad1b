"""Benchmark: importing and exporting a workbook with 10,000 sub-kegiatan (docs/benchmarks.md).

Run: ``.venv/bin/python benchmarks/workbook.py [--sub 10000]``

In a fresh SQLite database in a temporary folder, it loads the Paser 2023 demo, writes a
workbook for it with one extra program of ``--sub`` new sub-kegiatan (each with indicator,
target, pagu and four quarters of K and RP), then times:

1. the first import (everything new: ~6 rows created per sub-kegiatan plus 4 quarters);
2. the export of the whole year back to .xlsx;
3. the re-import of that export (nothing changes, nothing is written).
"""

import argparse
import io
import os
import resource
import sys
import tempfile
import time


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sub", type=int, default=10_000, help="sub-kegiatan to add")
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="sakip-bench-")
    os.environ["SAKIP_DATA_DIR"] = tmp
    os.environ.pop("DATABASE_URL", None)
    from sakip.cli import _migrate, _setup_django, dataset_bawaan

    _setup_django()
    _migrate()
    from openpyxl import Workbook

    from sakip.io.dataset import muat_dataset
    from sakip.io.workbook import ekspor, impor_workbook
    from sakip.io.workbook.ekspor import baris_ekspor
    from sakip.io.workbook.keadaan import muat_keadaan
    from sakip.io.workbook.kolom import FORMAT, lembar_semua
    from sakip.organisation.models import PerangkatDaerah

    muat_dataset(dataset_bawaan())
    pd = PerangkatDaerah.objects.get(pemda__kode="64.01", kode="setda")
    rows = baris_ekspor(muat_keadaan(pd, 2023))
    per_kegiatan = 1000
    n_keg = -(-args.sub // per_kegiatan)
    ind = ["jumlah", "input"]
    rows["Program"].append(
        ["4.01.09", "Program Uji Skala", "SS1", "renkeu", "kabag-renkeu", *[""] * 7]
    )
    for k in range(1, n_keg + 1):
        keg = f"4.01.09.2.{k:02d}"
        rows["Kegiatan"].append([keg, f"Kegiatan Uji {k}", "renkeu", "kabag-renkeu", *[""] * 7])
    for i in range(args.sub):
        keg = f"4.01.09.2.{i // per_kegiatan + 1:02d}"
        sub = f"{keg}.{i % per_kegiatan + 1:04d}"
        rows["SubKegiatan"].append(
            [
                sub,
                f"Sub-kegiatan uji {i}",
                "",
                "",
                f"{sub}/1",
                "Jumlah dokumen",
                "Dokumen",
                "positif",
                *ind,
                12,
                100_000_000 + i,
            ]
        )
        for tw in range(1, 5):
            rows["Realisasi"].append([sub, tw, 3, 20_000_000 + tw])
    wb = Workbook(write_only=True)
    petunjuk = wb.create_sheet("Petunjuk")
    for label, value in [("Format", FORMAT), ("Perangkat Daerah", "64.01/setda"), ("Tahun", 2023)]:
        petunjuk.append([label, value])
    for lb in lembar_semua(2023, (2022, 2026)):
        ws = wb.create_sheet(lb.nama)
        ws.append(lb.judul())
        for r in rows[lb.nama]:
            ws.append([None if v == "" else v for v in r])
    buf = io.BytesIO()
    wb.save(buf)
    data = buf.getvalue()

    t = time.perf_counter()
    hasil = impor_workbook(data, nama="bench.xlsx")
    t_impor = time.perf_counter() - t
    t = time.perf_counter()
    out = ekspor(pd, 2023, os.path.join(tmp, "ekspor.xlsx"))
    t_ekspor = time.perf_counter() - t
    t = time.perf_counter()
    again = impor_workbook(out)
    t_ulang = time.perf_counter() - t
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"sub-kegiatan baru        : {args.sub}")
    print(
        f"ukuran workbook          : {len(data) / 1e6:.1f} MB "
        f"(ekspor {os.path.getsize(out) / 1e6:.1f} MB)"
    )
    print(f"impor pertama            : {t_impor:.2f} s ({sum(hasil.dibuat.values())} baris dibuat)")
    print(f"ekspor                   : {t_ekspor:.2f} s")
    print(f"impor ulang (tanpa ubah) : {t_ulang:.2f} s ({again.jumlah} perubahan)")
    print(f"memori puncak (RSS)      : {rss:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
