"""Administrators keep the organisation tree, periods, scales and nomenclature here."""

from django.contrib import admin

from sakip.budget.models import (
    Akun,
    Belanja,
)

admin.site.register(
    [
        Akun,
        Belanja,
    ]
)
