"""How fast the web pages answer on the demo agency (SQLite, one process, warm).

    .venv/bin/python benchmarks/web.py [--runs 20]

Loads the demo dataset into a fresh SQLite database in a temporary folder, then times the main
pages through Django's test client (no network): the dashboard, the drill-down, the entry grid
of the largest Bagian (Umum, 22 sub-kegiatan), saving that grid, and `ukur` alone. Reports the
median and the slowest of the runs, and the number of queries of each page.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    data = Path(tempfile.mkdtemp(prefix="sakip-bench-web-"))
    os.environ.pop("DATABASE_URL", None)
    os.environ["SAKIP_DATA_DIR"] = str(data)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.settings")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment
    from django.urls import reverse

    setup_test_environment()  # responses carry their template context
    settings.ALLOWED_HOSTS = ["testserver"]
    call_command("migrate", verbosity=0)
    from sakip.accounts.demo import buat_akun_demo
    from sakip.cli import dataset_bawaan
    from sakip.io.dataset import muat_dataset
    from sakip.measurement.hasil import ukur

    pd = muat_dataset(dataset_bawaan()).perangkat_daerah
    buat_akun_demo(pd, password="bench")
    from django.contrib.auth.models import User

    umum = pd.unit.get(kode="umum")
    planner, operator = Client(), Client()
    planner.force_login(User.objects.get(username="perencana"))
    operator.force_login(User.objects.get(username="operator_umum"))
    grid = reverse("monitoring:isian", args=[umum.pk, 2023, 4])
    form = operator.get(grid).context["rows"]
    post = {}
    for row in form:
        for c in row.k:
            post[c.nama_field] = c.teks
            post[f"asal-{c.nama_field}"] = c.asal
        post[f"rp-{row.sub.pk}"] = row.teks_rp
        post[f"asal-rp-{row.sub.pk}"] = row.asal_rp
    cases = {
        "ukur(pd, 2023)": lambda: ukur(pd, 2023),
        "GET dashboard": lambda: planner.get(reverse("web:dasbor", args=[pd.pk, 2023])),
        "GET drill-down 4.01.01": lambda: planner.get(
            reverse("web:pohon", args=[pd.pk, 2023, "4.01.01"])
        ),
        "GET grid Bagian Umum TW IV": lambda: operator.get(grid),
        "POST grid Bagian Umum (no change)": lambda: operator.post(grid, post),
    }
    print("| page | median (ms) | slowest (ms) | queries |\n|---|---:|---:|---:|")
    for name, fn in cases.items():
        fn()  # warm
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            fn()
            times.append((time.perf_counter() - start) * 1000)
        with CaptureQueriesContext(connection) as q:
            fn()
        print(
            f"| {name} | {statistics.median(times):.0f} | {max(times):.0f} | "
            f"{len(q.captured_queries)} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
