"""Administrators keep the organisation tree, periods, scales and nomenclature here."""

from django.contrib import admin

from sakip.organisation.models import (
    Jabatan,
    Pejabat,
    Pemda,
    PerangkatDaerah,
    Unit,
)

admin.site.register(
    [
        Jabatan,
        Pejabat,
        Pemda,
        PerangkatDaerah,
        Unit,
    ]
)
