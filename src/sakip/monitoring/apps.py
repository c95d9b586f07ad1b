from django.apps import AppConfig


class MonitoringConfig(AppConfig):
    name = "sakip.monitoring"
    verbose_name = "Monitoring"
