from django.apps import AppConfig


class IoConfig(AppConfig):
    name = "sakip.io"
    verbose_name = "Impor dan ekspor"
