from django import forms

from sakip.planning.models import (
    RPJMD,
    Indikator,
    Kegiatan,
    MisiRPJMD,
    Pagu,
    PengaturanPengukuran,
    PerjanjianKinerja,
    Permasalahan,
    Predikat,
    Program,
    Renstra,
    SasaranRPJMD,
    SasaranStrategis,
    SkalaOrdinal,
    SkalaPredikat,
    SubKegiatan,
    Target,
    TingkatOrdinal,
    TujuanRenstra,
    TujuanRPJMD,
)


class RPJMDForm(forms.ModelForm):
    class Meta:
        model = RPJMD
        fields = ["pemda", "tahun_mulai", "tahun_selesai", "visi"]


class MisiRPJMDForm(forms.ModelForm):
    class Meta:
        model = MisiRPJMD
        fields = ["rpjmd", "nomor", "uraian"]


class TujuanRPJMDForm(forms.ModelForm):
    class Meta:
        model = TujuanRPJMD
        fields = ["misi", "kode", "uraian"]


class SasaranRPJMDForm(forms.ModelForm):
    class Meta:
        model = SasaranRPJMD
        fields = ["tujuan", "kode", "uraian", "butir"]


class RenstraForm(forms.ModelForm):
    class Meta:
        model = Renstra
        fields = [
            "perangkat_daerah",
            "tahun_mulai",
            "tahun_selesai",
            "sasaran_rpjmd",
            "isu_strategis",
        ]


class PermasalahanForm(forms.ModelForm):
    class Meta:
        model = Permasalahan
        fields = ["renstra", "nomor", "pokok", "akar"]


class TujuanRenstraForm(forms.ModelForm):
    class Meta:
        model = TujuanRenstra
        fields = ["renstra", "kode", "uraian"]


class SasaranStrategisForm(forms.ModelForm):
    class Meta:
        model = SasaranStrategis
        fields = ["renstra", "tujuan", "kode", "uraian", "urutan"]


class ProgramForm(forms.ModelForm):
    class Meta:
        model = Program
        fields = ["renstra", "kode", "nama", "sasaran", "unit", "penanggung_jawab", "urutan"]


class KegiatanForm(forms.ModelForm):
    class Meta:
        model = Kegiatan
        fields = ["program", "kode", "nama", "unit", "penanggung_jawab", "urutan"]


class SubKegiatanForm(forms.ModelForm):
    class Meta:
        model = SubKegiatan
        fields = ["kegiatan", "kode", "nama", "unit", "penanggung_jawab", "urutan"]


class SkalaOrdinalForm(forms.ModelForm):
    class Meta:
        model = SkalaOrdinal
        fields = ["perangkat_daerah", "kode", "nama"]


class TingkatOrdinalForm(forms.ModelForm):
    class Meta:
        model = TingkatOrdinal
        fields = ["skala", "label", "skor"]


class IndikatorForm(forms.ModelForm):
    class Meta:
        model = Indikator
        fields = [
            "renstra",
            "kode",
            "nomor",
            "sasaran",
            "program",
            "kegiatan",
            "subkegiatan",
            "nama",
            "satuan",
            "polaritas",
            "jenis_target",
            "agregasi",
            "sumber",
            "register",
            "skala_ordinal",
            "definisi_operasional",
            "formulasi",
            "cara_perhitungan",
            "sumber_data",
            "kondisi_akhir",
            "standar",
            "standar_sumber",
        ]


class IndikatorSumberForm(forms.ModelForm):
    """The indicators an indicator of ``sumber = indikator`` is the mean of."""

    class Meta:
        model = Indikator
        fields = ["indikator_sumber"]

    def clean_indikator_sumber(self):
        chosen = self.cleaned_data["indikator_sumber"]
        if self.instance.sumber == Indikator.Sumber.INDIKATOR and not chosen:
            raise forms.ValidationError("Sebutkan indikator sumbernya.")
        if self.instance.sumber != Indikator.Sumber.INDIKATOR and chosen:
            raise forms.ValidationError("Hanya indikator bersumber 'indikator' yang memakainya.")
        if self.instance.pk and any(i.pk == self.instance.pk for i in chosen):
            raise forms.ValidationError("Indikator tidak boleh bersumber dari dirinya sendiri.")
        return chosen


class PerjanjianKinerjaForm(forms.ModelForm):
    class Meta:
        model = PerjanjianKinerja
        fields = [
            "perangkat_daerah",
            "kode",
            "tahun",
            "versi",
            "urutan",
            "tanggal",
            "alasan",
            "pihak_pertama",
            "pihak_kedua",
        ]


class TargetForm(forms.ModelForm):
    class Meta:
        model = Target
        fields = ["indikator", "tahun", "perjanjian_kinerja", "nilai", "nilai_tinggi", "label"]


class PaguForm(forms.ModelForm):
    class Meta:
        model = Pagu
        fields = ["subkegiatan", "perjanjian_kinerja", "nilai"]


class SkalaPredikatForm(forms.ModelForm):
    class Meta:
        model = SkalaPredikat
        fields = ["perangkat_daerah", "kode", "tahun", "nama"]


class PredikatForm(forms.ModelForm):
    class Meta:
        model = Predikat
        fields = ["skala", "urutan", "label", "warna", "hex", "batas_bawah", "batas_atas"]

    def clean(self):
        data = super().clean()
        low, high = data.get("batas_bawah"), data.get("batas_atas")
        if low is not None and high is not None and low >= high:
            self.add_error("batas_atas", "Batas atas harus lebih besar dari batas bawah.")
        return data


class PengaturanPengukuranForm(forms.ModelForm):
    class Meta:
        model = PengaturanPengukuran
        fields = [
            "perangkat_daerah",
            "rumus_negatif",
            "target_nol_gagal",
            "batas_atas",
            "pembulatan",
            "bobot_rerata",
            "penyerapan_pagu_nol",
        ]
