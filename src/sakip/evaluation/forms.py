from django import forms

from sakip.evaluation.models import EvaluasiAKIP, Rekomendasi


class EvaluasiAKIPForm(forms.ModelForm):
    class Meta:
        model = EvaluasiAKIP
        fields = ["perangkat_daerah", "tahun", "evaluator", "nilai", "predikat", "interpretasi"]


class RekomendasiForm(forms.ModelForm):
    class Meta:
        model = Rekomendasi
        fields = ["evaluasi", "nomor", "uraian", "tindak_lanjut", "status"]
