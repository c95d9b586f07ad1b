"""Each document is built and rendered once per test module (rendering a PDF takes seconds)."""

import pytest


@pytest.fixture(scope="module")
def laporan(django_db_setup, django_db_blocker):
    """``laporan(jenis, format, triwulan=4)`` → (Pengukuran, Dokumen, bytes), cached."""
    from sakip.measurement.hasil import ukur
    from sakip.organisation.models import PerangkatDaerah
    from sakip.reports.buat import dokumen, render

    cache = {}

    def buat(jenis: str, format_: str, triwulan: int = 4):
        key = (jenis, format_, triwulan)
        if key not in cache:
            with django_db_blocker.unblock():
                pd = PerangkatDaerah.objects.get(pemda__kode="64.01", kode="setda")
                p = ukur(pd, 2023, sampai_triwulan=triwulan if jenis == "triwulan" else 4)
                dok = dokumen(jenis, pd, 2023, triwulan)
                cache[key] = (p, dok, render(dok, format_))
        return cache[key]

    return buat
