"""What an agency promises: RPJMD, Renstra, IKU, Perjanjian Kinerja and the program tree.

Programs, kegiatan and sub-kegiatan belong to a Renstra period and carry their Kepmendagri 050
nomenclature code; their targets and pagu belong to a version of a year's Perjanjian Kinerja,
so a revision (APBD Perubahan, reviu) keeps every earlier version.
"""

import re

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q

from sakip.fields import NilaiField, UangField
from sakip.organisation.models import Jabatan, Pemda, PerangkatDaerah, Unit

# Kepmendagri 050 nomenclature: U.BB.PP (program), U.BB.PP.K.KK (kegiatan),
# U.BB.PP.K.KK.SSSS (sub-kegiatan), e.g. 4.01.01.2.01.0001.
POLA_KODE_PROGRAM = r"^[0-9X]\.[0-9X]{2}\.[0-9]{2}$"
POLA_KODE_KEGIATAN = r"^[0-9X]\.[0-9X]{2}\.[0-9]{2}\.[0-9]\.[0-9]{2}$"
POLA_KODE_SUBKEGIATAN = r"^[0-9X]\.[0-9X]{2}\.[0-9]{2}\.[0-9]\.[0-9]{2}\.[0-9]{4}$"


def _validator_kode(pola: str, contoh: str) -> RegexValidator:
    return RegexValidator(pola, f"Kode tidak sesuai format nomenklatur (contoh: {contoh}).")


class RPJMD(models.Model):
    """The Pemda's five-year plan whose misi, tujuan and sasaran an agency serves."""

    pemda = models.ForeignKey(Pemda, on_delete=models.CASCADE, related_name="rpjmd")
    tahun_mulai = models.PositiveIntegerField("tahun mulai")
    tahun_selesai = models.PositiveIntegerField("tahun selesai")
    visi = models.TextField("visi", blank=True)

    class Meta:
        verbose_name = "RPJMD"
        verbose_name_plural = "RPJMD"
        constraints = [
            models.UniqueConstraint(fields=["pemda", "tahun_mulai"], name="rpjmd_unik"),
            models.CheckConstraint(
                condition=Q(tahun_selesai__gte=models.F("tahun_mulai")), name="rpjmd_periode"
            ),
        ]

    def __str__(self) -> str:
        return f"RPJMD {self.pemda} {self.tahun_mulai}-{self.tahun_selesai}"


class MisiRPJMD(models.Model):
    """A misi of the RPJMD."""

    rpjmd = models.ForeignKey(RPJMD, on_delete=models.CASCADE, related_name="misi")
    nomor = models.PositiveIntegerField("nomor")
    uraian = models.TextField("uraian")

    class Meta:
        verbose_name = "misi RPJMD"
        verbose_name_plural = "misi RPJMD"
        ordering = ["rpjmd", "nomor"]
        constraints = [models.UniqueConstraint(fields=["rpjmd", "nomor"], name="misi_unik")]

    def __str__(self) -> str:
        return f"Misi {self.nomor}"


class TujuanRPJMD(models.Model):
    """A tujuan (goal) under an RPJMD misi."""

    misi = models.ForeignKey(MisiRPJMD, on_delete=models.CASCADE, related_name="tujuan")
    kode = models.CharField("kode", max_length=50)
    uraian = models.TextField("uraian")

    class Meta:
        verbose_name = "tujuan RPJMD"
        verbose_name_plural = "tujuan RPJMD"
        constraints = [models.UniqueConstraint(fields=["misi", "kode"], name="tujuan_rpjmd_unik")]

    def __str__(self) -> str:
        return self.uraian


class SasaranRPJMD(models.Model):
    """A sasaran (target condition) of the RPJMD, with the numbered points it lists."""

    tujuan = models.ForeignKey(TujuanRPJMD, on_delete=models.CASCADE, related_name="sasaran")
    kode = models.CharField("kode", max_length=50)
    uraian = models.TextField("uraian")
    butir = models.JSONField("butir", default=list, blank=True)

    class Meta:
        verbose_name = "sasaran RPJMD"
        verbose_name_plural = "sasaran RPJMD"
        constraints = [
            models.UniqueConstraint(fields=["tujuan", "kode"], name="sasaran_rpjmd_unik")
        ]

    def __str__(self) -> str:
        return self.uraian


class Renstra(models.Model):
    """An agency's five-year strategic plan (Rencana Strategis), e.g. 2022-2026."""

    perangkat_daerah = models.ForeignKey(
        PerangkatDaerah, on_delete=models.CASCADE, related_name="renstra"
    )
    tahun_mulai = models.PositiveIntegerField("tahun mulai")
    tahun_selesai = models.PositiveIntegerField("tahun selesai")
    sasaran_rpjmd = models.ManyToManyField(
        SasaranRPJMD, blank=True, related_name="renstra", verbose_name="sasaran RPJMD"
    )
    isu_strategis = models.JSONField("isu strategis", default=list, blank=True)

    class Meta:
        verbose_name = "Renstra"
        verbose_name_plural = "Renstra"
        ordering = ["perangkat_daerah", "tahun_mulai"]
        constraints = [
            models.UniqueConstraint(
                fields=["perangkat_daerah", "tahun_mulai"], name="renstra_unik"
            ),
            models.CheckConstraint(
                condition=Q(tahun_selesai__gte=models.F("tahun_mulai")), name="renstra_periode"
            ),
        ]

    def __str__(self) -> str:
        return f"Renstra {self.perangkat_daerah} {self.tahun_mulai}-{self.tahun_selesai}"

    def mencakup(self, tahun: int) -> bool:
        return self.tahun_mulai <= tahun <= self.tahun_selesai


class Permasalahan(models.Model):
    """A problem identified in the Renstra (LKjIP Tabel I): pokok masalah and its root."""

    renstra = models.ForeignKey(Renstra, on_delete=models.CASCADE, related_name="permasalahan")
    nomor = models.PositiveIntegerField("nomor")
    pokok = models.TextField("pokok masalah")
    akar = models.TextField("akar masalah", blank=True)

    class Meta:
        verbose_name = "permasalahan"
        verbose_name_plural = "permasalahan"
        ordering = ["renstra", "nomor"]
        constraints = [
            models.UniqueConstraint(fields=["renstra", "nomor"], name="permasalahan_unik")
        ]

    def __str__(self) -> str:
        return self.pokok


class TujuanRenstra(models.Model):
    """A tujuan of the Renstra."""

    renstra = models.ForeignKey(Renstra, on_delete=models.CASCADE, related_name="tujuan")
    kode = models.CharField("kode", max_length=50)
    uraian = models.TextField("uraian")

    class Meta:
        verbose_name = "tujuan Renstra"
        verbose_name_plural = "tujuan Renstra"
        constraints = [
            models.UniqueConstraint(fields=["renstra", "kode"], name="tujuan_renstra_unik")
        ]

    def __str__(self) -> str:
        return self.uraian


class SasaranStrategis(models.Model):
    """A sasaran strategis of the Renstra, measured by its IKU."""

    renstra = models.ForeignKey(Renstra, on_delete=models.CASCADE, related_name="sasaran")
    tujuan = models.ForeignKey(
        TujuanRenstra, on_delete=models.RESTRICT, null=True, blank=True, related_name="sasaran"
    )
    kode = models.CharField("kode", max_length=50)
    uraian = models.TextField("uraian")
    urutan = models.PositiveIntegerField("urutan", default=0)

    class Meta:
        verbose_name = "sasaran strategis"
        verbose_name_plural = "sasaran strategis"
        ordering = ["renstra", "urutan", "kode"]
        constraints = [
            models.UniqueConstraint(fields=["renstra", "kode"], name="sasaran_strategis_unik")
        ]

    def __str__(self) -> str:
        return self.uraian


class Program(models.Model):
    """A program of the Renstra (nomenclature U.BB.PP), serving one or more sasaran."""

    renstra = models.ForeignKey(Renstra, on_delete=models.CASCADE, related_name="program")
    kode = models.CharField(
        "kode", max_length=20, validators=[_validator_kode(POLA_KODE_PROGRAM, "4.01.01")]
    )
    nama = models.CharField("nama", max_length=300)
    sasaran = models.ManyToManyField(
        SasaranStrategis, related_name="program", verbose_name="sasaran strategis"
    )
    unit = models.ForeignKey(
        Unit, on_delete=models.RESTRICT, null=True, blank=True, related_name="program"
    )
    penanggung_jawab = models.ForeignKey(
        Jabatan,
        on_delete=models.RESTRICT,
        null=True,
        blank=True,
        related_name="program",
        verbose_name="penanggung jawab",
    )
    urutan = models.PositiveIntegerField("urutan", default=0)

    class Meta:
        verbose_name = "program"
        verbose_name_plural = "program"
        ordering = ["renstra", "urutan", "kode"]
        constraints = [models.UniqueConstraint(fields=["renstra", "kode"], name="program_unik")]

    def __str__(self) -> str:
        return f"{self.kode} {self.nama}"


class Kegiatan(models.Model):
    """A kegiatan (activity) of a program (U.BB.PP.K.KK), run by one Bagian."""

    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="kegiatan")
    kode = models.CharField(
        "kode",
        max_length=30,
        validators=[_validator_kode(POLA_KODE_KEGIATAN, "4.01.01.2.01")],
    )
    nama = models.CharField("nama", max_length=300)
    unit = models.ForeignKey(
        Unit, on_delete=models.RESTRICT, null=True, blank=True, related_name="kegiatan"
    )
    penanggung_jawab = models.ForeignKey(
        Jabatan,
        on_delete=models.RESTRICT,
        null=True,
        blank=True,
        related_name="kegiatan",
        verbose_name="penanggung jawab",
    )
    urutan = models.PositiveIntegerField("urutan", default=0)

    class Meta:
        verbose_name = "kegiatan"
        verbose_name_plural = "kegiatan"
        ordering = ["program", "urutan", "kode"]
        constraints = [models.UniqueConstraint(fields=["program", "kode"], name="kegiatan_unik")]

    def __str__(self) -> str:
        return f"{self.kode} {self.nama}"

    def clean(self) -> None:
        if self.program_id and self.kode and not self.kode.startswith(self.program.kode + "."):
            raise ValidationError({"kode": "Kode kegiatan harus diawali kode programnya."})


class SubKegiatan(models.Model):
    """A sub-kegiatan (U.BB.PP.K.KK.SSSS): the level that holds pagu and realisasi."""

    kegiatan = models.ForeignKey(Kegiatan, on_delete=models.CASCADE, related_name="subkegiatan")
    kode = models.CharField(
        "kode",
        max_length=40,
        validators=[_validator_kode(POLA_KODE_SUBKEGIATAN, "4.01.01.2.01.0001")],
    )
    nama = models.CharField("nama", max_length=300)
    unit = models.ForeignKey(
        Unit, on_delete=models.RESTRICT, null=True, blank=True, related_name="subkegiatan"
    )
    penanggung_jawab = models.ForeignKey(
        Jabatan,
        on_delete=models.RESTRICT,
        null=True,
        blank=True,
        related_name="subkegiatan",
        verbose_name="penanggung jawab",
    )
    urutan = models.PositiveIntegerField("urutan", default=0)

    class Meta:
        verbose_name = "sub-kegiatan"
        verbose_name_plural = "sub-kegiatan"
        ordering = ["kegiatan", "urutan", "kode"]
        constraints = [
            models.UniqueConstraint(fields=["kegiatan", "kode"], name="subkegiatan_unik")
        ]

    def __str__(self) -> str:
        return f"{self.kode} {self.nama}"

    def clean(self) -> None:
        if self.kegiatan_id and self.kode and not self.kode.startswith(self.kegiatan.kode + "."):
            raise ValidationError({"kode": "Kode sub-kegiatan harus diawali kode kegiatannya."})

    @property
    def unit_efektif(self) -> Unit | None:
        """The Bagian responsible: its own, else its kegiatan's."""
        return self.unit if self.unit_id else self.kegiatan.unit


class SkalaOrdinal(models.Model):
    """An ordered scale of labels for ordinal targets (an audit opinion, a grade)."""

    perangkat_daerah = models.ForeignKey(
        PerangkatDaerah, on_delete=models.CASCADE, related_name="skala_ordinal"
    )
    kode = models.CharField("kode", max_length=50)
    nama = models.CharField("nama", max_length=200)

    class Meta:
        verbose_name = "skala ordinal"
        verbose_name_plural = "skala ordinal"
        constraints = [
            models.UniqueConstraint(fields=["perangkat_daerah", "kode"], name="skala_ordinal_unik")
        ]

    def __str__(self) -> str:
        return self.nama


class TingkatOrdinal(models.Model):
    """One label of an ordinal scale with its score (higher is better)."""

    skala = models.ForeignKey(SkalaOrdinal, on_delete=models.CASCADE, related_name="tingkat")
    label = models.CharField("label", max_length=50)
    skor = NilaiField("skor")

    class Meta:
        verbose_name = "tingkat ordinal"
        verbose_name_plural = "tingkat ordinal"
        ordering = ["skala", "-skor"]
        constraints = [
            models.UniqueConstraint(fields=["skala", "label"], name="tingkat_ordinal_unik")
        ]

    def __str__(self) -> str:
        return self.label


class Indikator(models.Model):
    """A performance indicator of a sasaran (an IKU), a program, a kegiatan or a sub-kegiatan.

    ``kode`` is the owner's code and the indicator's number: ``SS1/1``, ``4.01.02/2``,
    ``4.01.01.2.01.0001/1``. Where its realisasi comes from is ``sumber`` (MEASUREMENT.md §2).
    """

    class Polaritas(models.TextChoices):
        POSITIF = "positif", "Positif (semakin tinggi semakin baik)"
        NEGATIF = "negatif", "Negatif (semakin rendah semakin baik)"

    class JenisTarget(models.TextChoices):
        ANGKA = "angka", "Angka"
        RENTANG = "rentang", "Rentang"
        ORDINAL = "ordinal", "Ordinal"
        PERTAHANKAN = "pertahankan", "Pertahankan"

    class Agregasi(models.TextChoices):
        JUMLAH = "jumlah", "Jumlah triwulan"
        TERAKHIR = "terakhir", "Nilai triwulan terakhir"
        MAKSIMUM = "maksimum", "Nilai tertinggi"

    class Sumber(models.TextChoices):
        INPUT = "input", "Diinput per triwulan"
        ROLLUP = "rollup", "Rerata capaian tingkat di bawahnya"
        REGISTER = "register", "Dari register"
        INDIKATOR = "indikator", "Dari indikator lain"

    class Register(models.TextChoices):
        TEMUAN_MATERIAL_TERBUKA = "temuan_material_terbuka", "Temuan material belum selesai"
        KEBIJAKAN_TERLAKSANA = "kebijakan_terlaksana", "Persentase kebijakan terlaksana"

    renstra = models.ForeignKey(Renstra, on_delete=models.CASCADE, related_name="indikator")
    kode = models.CharField("kode", max_length=60)
    nomor = models.PositiveIntegerField("nomor")
    sasaran = models.ForeignKey(
        SasaranStrategis,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="indikator",
    )
    program = models.ForeignKey(
        Program, on_delete=models.CASCADE, null=True, blank=True, related_name="indikator"
    )
    kegiatan = models.ForeignKey(
        Kegiatan, on_delete=models.CASCADE, null=True, blank=True, related_name="indikator"
    )
    subkegiatan = models.ForeignKey(
        SubKegiatan,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="indikator",
        verbose_name="sub-kegiatan",
    )
    nama = models.TextField("nama indikator")
    satuan = models.CharField("satuan", max_length=50)
    polaritas = models.CharField(
        "polaritas", max_length=10, choices=Polaritas.choices, default=Polaritas.POSITIF
    )
    jenis_target = models.CharField(
        "jenis target", max_length=15, choices=JenisTarget.choices, default=JenisTarget.ANGKA
    )
    agregasi = models.CharField(
        "agregasi triwulan", max_length=10, choices=Agregasi.choices, default=Agregasi.JUMLAH
    )
    sumber = models.CharField(
        "sumber realisasi", max_length=10, choices=Sumber.choices, default=Sumber.INPUT
    )
    register = models.CharField("register", max_length=30, choices=Register.choices, blank=True)
    indikator_sumber = models.ManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="dipakai_oleh",
        verbose_name="indikator sumber",
    )
    skala_ordinal = models.ForeignKey(
        SkalaOrdinal, on_delete=models.RESTRICT, null=True, blank=True, related_name="indikator"
    )
    definisi_operasional = models.TextField("definisi operasional", blank=True)
    formulasi = models.TextField("formulasi perhitungan", blank=True)
    cara_perhitungan = models.TextField("cara perhitungan", blank=True)
    sumber_data = models.TextField("sumber data", blank=True)
    kondisi_akhir = NilaiField("kondisi kinerja akhir periode", null=True, blank=True)
    standar = NilaiField("standar nasional/provinsi", null=True, blank=True)
    standar_sumber = models.CharField("sumber standar", max_length=200, blank=True)

    class Meta:
        verbose_name = "indikator"
        verbose_name_plural = "indikator"
        ordering = ["renstra", "kode"]
        constraints = [
            models.UniqueConstraint(fields=["renstra", "kode"], name="indikator_kode_unik"),
            models.CheckConstraint(
                condition=(
                    Q(
                        sasaran__isnull=False,
                        program__isnull=True,
                        kegiatan__isnull=True,
                        subkegiatan__isnull=True,
                    )
                    | Q(
                        sasaran__isnull=True,
                        program__isnull=False,
                        kegiatan__isnull=True,
                        subkegiatan__isnull=True,
                    )
                    | Q(
                        sasaran__isnull=True,
                        program__isnull=True,
                        kegiatan__isnull=False,
                        subkegiatan__isnull=True,
                    )
                    | Q(
                        sasaran__isnull=True,
                        program__isnull=True,
                        kegiatan__isnull=True,
                        subkegiatan__isnull=False,
                    )
                ),
                name="indikator_satu_pemilik",
            ),
            models.CheckConstraint(
                condition=Q(sumber="register", register__gt="") | ~Q(sumber="register"),
                name="indikator_register_terisi",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kode} {self.nama}"

    @property
    def pemilik(self):
        return self.sasaran or self.program or self.kegiatan or self.subkegiatan

    @property
    def kode_pemilik(self) -> str:
        return self.kode.rsplit("/", 1)[0]

    @property
    def is_iku(self) -> bool:
        return self.sasaran_id is not None

    def clean(self) -> None:
        errors = {}
        pemilik = self.pemilik
        if pemilik is not None and self.kode and self.kode != f"{pemilik.kode}/{self.nomor}":
            errors["kode"] = f"Kode indikator harus {pemilik.kode}/{self.nomor}."
        if self.sumber == self.Sumber.REGISTER and not self.register:
            errors["register"] = "Indikator bersumber register harus menyebut registernya."
        if self.sumber != self.Sumber.REGISTER and self.register:
            errors["register"] = "Register hanya diisi bila sumber realisasi adalah register."
        if self.jenis_target == self.JenisTarget.ORDINAL and not self.skala_ordinal_id:
            errors["skala_ordinal"] = "Target ordinal memerlukan skala ordinal."
        if self.sumber == self.Sumber.ROLLUP and self.subkegiatan_id:
            errors["sumber"] = "Indikator sub-kegiatan tidak dapat bersumber rollup."
        if errors:
            raise ValidationError(errors)


KODE_INDIKATOR = re.compile(r"^(?P<pemilik>.+)/(?P<nomor>[0-9]+)$")


class PerjanjianKinerja(models.Model):
    """One version of a year's Perjanjian Kinerja (murni, perubahan, reviu); all are kept."""

    class Versi(models.TextChoices):
        MURNI = "murni", "Murni"
        PERUBAHAN = "perubahan", "Perubahan"
        REVIU = "reviu", "Reviu"

    perangkat_daerah = models.ForeignKey(
        PerangkatDaerah, on_delete=models.CASCADE, related_name="perjanjian_kinerja"
    )
    kode = models.CharField("kode", max_length=50)
    tahun = models.PositiveIntegerField("tahun")
    versi = models.CharField("versi", max_length=10, choices=Versi.choices)
    urutan = models.PositiveIntegerField("urutan")
    tanggal = models.DateField("tanggal", null=True, blank=True)
    alasan = models.TextField("alasan perubahan", blank=True)
    pihak_pertama = models.ForeignKey(
        Jabatan,
        on_delete=models.RESTRICT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="pihak pertama",
    )
    pihak_kedua = models.ForeignKey(
        Jabatan,
        on_delete=models.RESTRICT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="pihak kedua",
    )

    class Meta:
        verbose_name = "perjanjian kinerja"
        verbose_name_plural = "perjanjian kinerja"
        ordering = ["perangkat_daerah", "tahun", "urutan"]
        constraints = [
            models.UniqueConstraint(fields=["perangkat_daerah", "kode"], name="pk_kode_unik"),
            models.UniqueConstraint(
                fields=["perangkat_daerah", "tahun", "urutan"], name="pk_urutan_unik"
            ),
        ]

    def __str__(self) -> str:
        return f"PK {self.tahun} ({self.get_versi_display()})"


class Target(models.Model):
    """A target of an indicator for a year: in the Renstra (no PK version) or in a PK version.

    The value is typed by the indicator's ``jenis_target``: ``nilai`` for a number or a level
    to keep, ``nilai`` and ``nilai_tinggi`` for a range, ``label`` for an ordinal target.
    """

    indikator = models.ForeignKey(Indikator, on_delete=models.CASCADE, related_name="target")
    tahun = models.PositiveIntegerField("tahun")
    perjanjian_kinerja = models.ForeignKey(
        PerjanjianKinerja,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="target",
        verbose_name="versi PK",
    )
    nilai = NilaiField("target", null=True, blank=True)
    nilai_tinggi = NilaiField("batas atas target", null=True, blank=True)
    label = models.CharField("target (label)", max_length=50, blank=True)

    class Meta:
        verbose_name = "target"
        verbose_name_plural = "target"
        ordering = ["indikator", "tahun"]
        constraints = [
            models.UniqueConstraint(
                fields=["indikator", "tahun"],
                condition=Q(perjanjian_kinerja__isnull=True),
                name="target_renstra_unik",
            ),
            models.UniqueConstraint(
                fields=["indikator", "perjanjian_kinerja"],
                condition=Q(perjanjian_kinerja__isnull=False),
                name="target_pk_unik",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.indikator.kode} {self.tahun}"

    def clean(self) -> None:
        if self.perjanjian_kinerja_id and self.perjanjian_kinerja.tahun != self.tahun:
            raise ValidationError({"tahun": "Tahun target harus sama dengan tahun versi PK."})
        jenis = self.indikator.jenis_target if self.indikator_id else None
        if jenis == Indikator.JenisTarget.ORDINAL:
            if not self.label:
                raise ValidationError({"label": "Target ordinal harus berupa label skala."})
        elif jenis == Indikator.JenisTarget.RENTANG:
            if self.nilai is None or self.nilai_tinggi is None:
                raise ValidationError({"nilai": "Target rentang memerlukan batas bawah dan atas."})
            if self.nilai > self.nilai_tinggi:
                raise ValidationError({"nilai_tinggi": "Batas atas harus ≥ batas bawah."})
        elif jenis is not None and self.nilai is None:
            raise ValidationError({"nilai": "Target harus diisi angka."})


class Pagu(models.Model):
    """The budget ceiling of a sub-kegiatan in a PK version (DPA or DPPA)."""

    subkegiatan = models.ForeignKey(SubKegiatan, on_delete=models.CASCADE, related_name="pagu")
    perjanjian_kinerja = models.ForeignKey(
        PerjanjianKinerja, on_delete=models.CASCADE, related_name="pagu", verbose_name="versi PK"
    )
    nilai = UangField("pagu")

    class Meta:
        verbose_name = "pagu"
        verbose_name_plural = "pagu"
        constraints = [
            models.UniqueConstraint(fields=["subkegiatan", "perjanjian_kinerja"], name="pagu_unik"),
            models.CheckConstraint(condition=Q(nilai__gte=0), name="pagu_tidak_negatif"),
        ]

    def __str__(self) -> str:
        return f"{self.subkegiatan.kode} {self.perjanjian_kinerja.kode}"


class SkalaPredikat(models.Model):
    """A predikat scale chosen by an agency for a year (seed Tabel 3.1); the scale is data."""

    perangkat_daerah = models.ForeignKey(
        PerangkatDaerah, on_delete=models.CASCADE, related_name="skala_predikat"
    )
    kode = models.CharField("kode", max_length=50)
    tahun = models.PositiveIntegerField("tahun")
    nama = models.CharField("nama", max_length=200, blank=True)

    class Meta:
        verbose_name = "skala predikat"
        verbose_name_plural = "skala predikat"
        constraints = [
            models.UniqueConstraint(
                fields=["perangkat_daerah", "kode", "tahun"], name="skala_predikat_unik"
            )
        ]

    def __str__(self) -> str:
        return f"{self.kode} {self.tahun}"


class Predikat(models.Model):
    """One interval of a predikat scale: ``batas_bawah`` inclusive, ``batas_atas`` exclusive."""

    skala = models.ForeignKey(SkalaPredikat, on_delete=models.CASCADE, related_name="predikat")
    urutan = models.PositiveIntegerField("urutan", default=0)
    label = models.CharField("label", max_length=100)
    warna = models.CharField("warna", max_length=50, blank=True)
    hex = models.CharField(
        "kode warna",
        max_length=7,
        blank=True,
        validators=[RegexValidator(r"^#[0-9a-fA-F]{6}$", "Kode warna harus berbentuk #RRGGBB.")],
    )
    batas_bawah = NilaiField("batas bawah", null=True, blank=True)
    batas_atas = NilaiField("batas atas", null=True, blank=True)

    class Meta:
        verbose_name = "predikat"
        verbose_name_plural = "predikat"
        ordering = ["skala", "urutan"]

    def __str__(self) -> str:
        return self.label


class PengaturanPengukuran(models.Model):
    """An agency's measurement conventions (MEASUREMENT.md settings); defaults are the seed's."""

    perangkat_daerah = models.OneToOneField(
        PerangkatDaerah, on_delete=models.CASCADE, related_name="pengaturan"
    )
    rumus_negatif = models.CharField(
        "rumus polaritas negatif",
        max_length=20,
        default="selisih",
        choices=[("selisih", "(T − (R − T)) / T × 100"), ("rasio_terbalik", "T / R × 100")],
    )
    target_nol_gagal = NilaiField("capaian bila target 0 terlampaui", default=0)
    batas_atas = NilaiField("batas atas capaian", null=True, blank=True)
    pembulatan = models.CharField(
        "pembulatan tampilan",
        max_length=20,
        default="setengah_ke_atas",
        choices=[("setengah_ke_atas", "Setengah ke atas"), ("potong", "Dipotong")],
    )
    bobot_rerata = models.CharField(
        "bobot rerata",
        max_length=10,
        default="sama",
        choices=[("sama", "Tanpa bobot"), ("pagu", "Dibobot pagu")],
    )
    penyerapan_pagu_nol = NilaiField("penyerapan bila pagu 0", null=True, blank=True)

    class Meta:
        verbose_name = "pengaturan pengukuran"
        verbose_name_plural = "pengaturan pengukuran"

    def __str__(self) -> str:
        return f"Pengaturan {self.perangkat_daerah}"

    def sebagai_dict(self) -> dict[str, object]:
        return {
            "rumus_negatif": self.rumus_negatif,
            "target_nol_gagal": self.target_nol_gagal,
            "batas_atas": self.batas_atas,
            "pembulatan": self.pembulatan,
            "bobot_rerata": self.bobot_rerata,
            "penyerapan_pagu_nol": self.penyerapan_pagu_nol,
        }


class PengesahanPK(models.Model):
    """A head's signature on a PK version: who, in which position, when."""

    perjanjian_kinerja = models.ForeignKey(
        PerjanjianKinerja, on_delete=models.CASCADE, related_name="pengesahan"
    )
    pengguna = models.ForeignKey("auth.User", on_delete=models.PROTECT, related_name="+")
    jabatan = models.ForeignKey(
        Jabatan, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    nama = models.CharField("nama", max_length=200)
    waktu = models.DateTimeField("waktu", auto_now_add=True)

    class Meta:
        verbose_name = "pengesahan PK"
        verbose_name_plural = "pengesahan PK"
        constraints = [
            models.UniqueConstraint(
                fields=["perjanjian_kinerja", "pengguna"], name="pengesahan_pk_unik"
            )
        ]

    def __str__(self) -> str:
        return f"{self.nama} {self.waktu:%Y-%m-%d}"
