from django.apps import AppConfig


class EvaluationConfig(AppConfig):
    name = "sakip.evaluation"
    verbose_name = "Evaluasi"
