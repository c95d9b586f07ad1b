"""Planners keep the documents' prose and letterhead here until the web screens exist."""

from django.contrib import admin

from sakip.reports.models import AnalisisSasaran, IdentitasLaporan, NarasiLaporan

admin.site.register([IdentitasLaporan, NarasiLaporan, AnalisisSasaran])
