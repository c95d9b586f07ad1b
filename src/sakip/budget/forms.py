from django import forms

from sakip.budget.models import Akun, Belanja


class AkunForm(forms.ModelForm):
    class Meta:
        model = Akun
        fields = ["kode", "nama", "induk"]

    def clean(self):
        data = super().clean()
        kode, induk = data.get("kode"), data.get("induk")
        if kode and induk and not kode.startswith(induk.kode + "."):
            self.add_error("induk", "Kode akun harus diawali kode akun induknya.")
        return data


class BelanjaForm(forms.ModelForm):
    class Meta:
        model = Belanja
        fields = ["perangkat_daerah", "tahun", "akun", "pagu", "realisasi"]
