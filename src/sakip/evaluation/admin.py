"""Administrators keep the organisation tree, periods, scales and nomenclature here."""

from django.contrib import admin

from sakip.evaluation.models import (
    EvaluasiAKIP,
    Komentar,
    Rekomendasi,
)

admin.site.register(
    [
        Komentar,
        EvaluasiAKIP,
        Rekomendasi,
    ]
)
