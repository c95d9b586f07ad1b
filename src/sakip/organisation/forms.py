from django import forms

from sakip.organisation.models import Jabatan, Pejabat, Pemda, PerangkatDaerah, Unit


class PemdaForm(forms.ModelForm):
    class Meta:
        model = Pemda
        fields = ["kode", "nama", "jenis", "ibu_kota"]


class PerangkatDaerahForm(forms.ModelForm):
    class Meta:
        model = PerangkatDaerah
        fields = ["pemda", "kode", "nama", "singkatan"]


class UnitForm(forms.ModelForm):
    class Meta:
        model = Unit
        fields = ["perangkat_daerah", "kode", "nama", "jenis", "induk", "urutan"]


class JabatanForm(forms.ModelForm):
    class Meta:
        model = Jabatan
        fields = ["pemda", "perangkat_daerah", "unit", "kode", "nama", "tingkat"]


class PejabatForm(forms.ModelForm):
    class Meta:
        model = Pejabat
        fields = ["jabatan", "nama", "nip", "pangkat", "mulai", "selesai"]

    def clean(self):
        data = super().clean()
        mulai, selesai = data.get("mulai"), data.get("selesai")
        if mulai and selesai and selesai < mulai:
            self.add_error("selesai", "Tanggal selesai tidak boleh sebelum tanggal mulai.")
        return data
