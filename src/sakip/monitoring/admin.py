"""Administrators keep the organisation tree, periods, scales and nomenclature here."""

from django.contrib import admin

from sakip.monitoring.models import (
    FaktorKinerja,
    RealisasiAnggaran,
    RealisasiIndikator,
)

admin.site.register(
    [
        FaktorKinerja,
        RealisasiAnggaran,
        RealisasiIndikator,
    ]
)
