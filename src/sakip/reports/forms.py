from django import forms

from sakip.reports.models import AnalisisSasaran, IdentitasLaporan, NarasiLaporan


class IdentitasLaporanForm(forms.ModelForm):
    class Meta:
        model = IdentitasLaporan
        fields = [
            "perangkat_daerah",
            "tahun",
            "kop",
            "tempat",
            "tanggal_lkjip",
            "tanggal_pk",
            "penyusun",
            "penandatangan",
        ]


class NarasiLaporanForm(forms.ModelForm):
    class Meta:
        model = NarasiLaporan
        fields = [
            "perangkat_daerah",
            "tahun",
            "kata_pengantar",
            "ringkasan_eksekutif",
            "maksud",
            "tujuan",
            "dasar_organisasi",
            "tugas",
            "fungsi",
            "permasalahan",
            "isu_strategis",
            "iku",
            "perjanjian_kinerja",
            "pengukuran",
            "kesimpulan",
            "saran",
            "penutup",
        ]


class AnalisisSasaranForm(forms.ModelForm):
    class Meta:
        model = AnalisisSasaran
        fields = ["narasi", "sasaran", "sebab", "solusi"]
