from django.apps import AppConfig


class BudgetConfig(AppConfig):
    name = "sakip.budget"
    verbose_name = "Anggaran"
