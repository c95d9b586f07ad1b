from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "sakip.reports"
    verbose_name = "Laporan"
