from django import forms

from sakip.monitoring.models import FaktorKinerja, RealisasiAnggaran, RealisasiIndikator


class RealisasiIndikatorForm(forms.ModelForm):
    class Meta:
        model = RealisasiIndikator
        fields = ["indikator", "tahun", "triwulan", "nilai", "label", "keterangan"]

    def clean(self):
        data = super().clean()
        if data.get("nilai") is None and not data.get("label"):
            self.add_error("nilai", "Realisasi harus diisi (angka, atau label untuk ordinal).")
        return data


class RealisasiAnggaranForm(forms.ModelForm):
    class Meta:
        model = RealisasiAnggaran
        fields = ["subkegiatan", "tahun", "triwulan", "rp"]


class FaktorKinerjaForm(forms.ModelForm):
    class Meta:
        model = FaktorKinerja
        fields = ["subkegiatan", "tahun", "penghambat", "pendukung", "solusi"]
