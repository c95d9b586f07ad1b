"""Administrators keep the organisation tree, periods, scales and nomenclature here."""

from django.contrib import admin

from sakip.evaluation.models import (
    EvaluasiAKIP,
    Rekomendasi,
)

admin.site.register(
    [
        EvaluasiAKIP,
        Rekomendasi,
    ]
)
