from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "sakip.accounts"
    verbose_name = "Akun dan peran"

    def ready(self) -> None:
        # Registers the object rules with django-rules.
        from sakip import permissions  # noqa: F401
