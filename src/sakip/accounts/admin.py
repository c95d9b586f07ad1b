from django.contrib import admin

from sakip.accounts.models import Profil


@admin.register(Profil)
class ProfilAdmin(admin.ModelAdmin):
    list_display = ["user", "peran", "perangkat_daerah", "unit", "pemda"]
    list_filter = ["peran"]
