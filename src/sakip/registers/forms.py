from django import forms

from sakip.registers.models import Kebijakan, Temuan


class TemuanForm(forms.ModelForm):
    class Meta:
        model = Temuan
        fields = [
            "perangkat_daerah",
            "kode",
            "tahun",
            "sumber",
            "uraian",
            "nilai",
            "rekomendasi",
            "rencana_aksi",
            "material",
            "status",
            "tahun_selesai",
            "keterangan",
        ]


class KebijakanForm(forms.ModelForm):
    class Meta:
        model = Kebijakan
        fields = [
            "perangkat_daerah",
            "kode",
            "tahun",
            "nomor",
            "tanggal",
            "uraian",
            "jenis",
            "status",
            "keterangan",
            "unit",
        ]
