from django.apps import AppConfig


class RegistersConfig(AppConfig):
    name = "sakip.registers"
    verbose_name = "Register"
