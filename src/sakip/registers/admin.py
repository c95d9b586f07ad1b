"""Administrators keep the organisation tree, periods, scales and nomenclature here."""

from django.contrib import admin

from sakip.registers.models import (
    Kebijakan,
    Temuan,
)

admin.site.register(
    [
        Kebijakan,
        Temuan,
    ]
)
