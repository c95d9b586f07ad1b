"""Time and peak memory to produce the demo agency's LKjIP in each format.

    .venv/bin/python benchmarks/reports.py [--runs 3]

Loads the Paser 2023 dataset into a fresh SQLite database in a temporary folder, then, in one
child process per format (so each peak RSS is its own), builds the LKjIP from the engine and
renders it. Targets (issue 3): DOCX and XLSX under 2 s, PDF under 10 s. Results go in
docs/benchmarks.md.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

FORMATS = ("docx", "xlsx", "pdf")


def _setup(data_dir: str) -> None:
    os.environ["SAKIP_DATA_DIR"] = data_dir
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.settings")
    import django

    django.setup()


def child(data_dir: str, format_: str, runs: int) -> None:
    import resource

    _setup(data_dir)
    from sakip.organisation.models import PerangkatDaerah
    from sakip.reports.buat import dokumen, render

    pd = PerangkatDaerah.objects.get(pemda__kode="64.01", kode="setda")
    render(dokumen("lkjip", pd, 2023), format_)  # warm imports and fonts once
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        data = render(dokumen("lkjip", pd, 2023), format_)
        times.append(time.perf_counter() - t0)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"format": format_, "detik": min(times), "rss_mb": rss_mb, "byte": len(data)}))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--child", nargs=2)
    args = ap.parse_args()
    if args.child:
        child(args.child[0], args.child[1], args.runs)
        return
    with tempfile.TemporaryDirectory() as data_dir:
        _setup(data_dir)
        from django.core.management import call_command

        from sakip.cli import dataset_bawaan
        from sakip.io.dataset import muat_dataset

        call_command("migrate", verbosity=0)
        muat_dataset(dataset_bawaan())
        print(f"{'format':<6} {'waktu (s)':>10} {'RSS puncak (MB)':>16} {'ukuran (KB)':>12}")
        for f in FORMATS:
            out = subprocess.run(
                [sys.executable, __file__, "--runs", str(args.runs), "--child", data_dir, f],
                capture_output=True,
                text=True,
                check=True,
            )
            r = json.loads(out.stdout.strip().splitlines()[-1])
            print(f"{f:<6} {r['detik']:>10.2f} {r['rss_mb']:>16.0f} {r['byte'] / 1024:>12.0f}")


if __name__ == "__main__":
    main()
