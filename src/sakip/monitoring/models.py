"""What happened: realisasi per triwulan (K and RP) and the factors behind it."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q

from sakip.fields import NilaiField, UangField
from sakip.planning.models import Indikator, SubKegiatan

TRIWULAN = [(1, "TW I"), (2, "TW II"), (3, "TW III"), (4, "TW IV")]


class RealisasiIndikator(models.Model):
    """K: the value of an indicator in a triwulan, or for a whole year (``triwulan`` empty).

    A whole-year value is how a year whose detail sakip does not hold is kept (an earlier
    year's result as recorded in its LKjIP), or an annual figure whose quarters are unknown.
    """

    indikator = models.ForeignKey(Indikator, on_delete=models.CASCADE, related_name="realisasi")
    tahun = models.PositiveIntegerField("tahun")
    triwulan = models.PositiveSmallIntegerField(
        "triwulan",
        choices=TRIWULAN,
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(4)],
    )
    nilai = NilaiField("realisasi", null=True, blank=True)
    label = models.CharField("realisasi (label)", max_length=50, blank=True)
    keterangan = models.TextField("keterangan", blank=True)

    class Meta:
        verbose_name = "realisasi indikator"
        verbose_name_plural = "realisasi indikator"
        ordering = ["indikator", "tahun", "triwulan"]
        constraints = [
            models.UniqueConstraint(
                fields=["indikator", "tahun", "triwulan"],
                condition=Q(triwulan__isnull=False),
                name="realisasi_indikator_triwulan_unik",
            ),
            models.UniqueConstraint(
                fields=["indikator", "tahun"],
                condition=Q(triwulan__isnull=True),
                name="realisasi_indikator_tahunan_unik",
            ),
            models.CheckConstraint(
                condition=Q(triwulan__isnull=True) | Q(triwulan__gte=1, triwulan__lte=4),
                name="realisasi_indikator_triwulan_1_4",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.indikator.kode} {self.tahun} TW{self.triwulan or '-'}"


class RealisasiAnggaran(models.Model):
    """RP: rupiah spent by a sub-kegiatan in a triwulan."""

    subkegiatan = models.ForeignKey(
        SubKegiatan,
        on_delete=models.CASCADE,
        related_name="realisasi_anggaran",
        verbose_name="sub-kegiatan",
    )
    tahun = models.PositiveIntegerField("tahun")
    triwulan = models.PositiveSmallIntegerField(
        "triwulan", choices=TRIWULAN, validators=[MinValueValidator(1), MaxValueValidator(4)]
    )
    rp = UangField("realisasi (Rp)")

    class Meta:
        verbose_name = "realisasi anggaran"
        verbose_name_plural = "realisasi anggaran"
        ordering = ["subkegiatan", "tahun", "triwulan"]
        constraints = [
            models.UniqueConstraint(
                fields=["subkegiatan", "tahun", "triwulan"], name="realisasi_anggaran_unik"
            ),
            models.CheckConstraint(condition=Q(rp__gte=0), name="realisasi_anggaran_tidak_negatif"),
            models.CheckConstraint(
                condition=Q(triwulan__gte=1, triwulan__lte=4), name="realisasi_anggaran_tw_1_4"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.subkegiatan.kode} {self.tahun} TW{self.triwulan}"


class FaktorKinerja(models.Model):
    """Faktor penghambat, pendukung and solusi of a sub-kegiatan in a year (seed Tabel 3.9)."""

    subkegiatan = models.ForeignKey(
        SubKegiatan, on_delete=models.CASCADE, related_name="faktor", verbose_name="sub-kegiatan"
    )
    tahun = models.PositiveIntegerField("tahun")
    penghambat = models.TextField("faktor penghambat", blank=True)
    pendukung = models.TextField("faktor pendukung", blank=True)
    solusi = models.TextField("solusi", blank=True)

    class Meta:
        verbose_name = "faktor kinerja"
        verbose_name_plural = "faktor kinerja"
        ordering = ["subkegiatan", "tahun"]
        constraints = [
            models.UniqueConstraint(fields=["subkegiatan", "tahun"], name="faktor_kinerja_unik")
        ]

    def __str__(self) -> str:
        return f"{self.subkegiatan.kode} {self.tahun}"


class StatusTriwulan(models.Model):
    """Where a unit's entry for a triwulan stands: draf → diajukan → diverifikasi → dikunci.

    A unit with no row is in draf. Only a planner reopens a locked triwulan, with a reason.
    """

    class Status(models.TextChoices):
        DRAF = "draf", "Draf"
        DIAJUKAN = "diajukan", "Diajukan"
        DIVERIFIKASI = "diverifikasi", "Diverifikasi"
        DIKUNCI = "dikunci", "Dikunci"

    unit = models.ForeignKey(
        "organisation.Unit", on_delete=models.CASCADE, related_name="status_triwulan"
    )
    tahun = models.PositiveIntegerField("tahun")
    triwulan = models.PositiveSmallIntegerField(
        "triwulan", choices=TRIWULAN, validators=[MinValueValidator(1), MaxValueValidator(4)]
    )
    status = models.CharField("status", max_length=15, choices=Status.choices, default=Status.DRAF)
    catatan = models.TextField("catatan", blank=True)
    diubah_oleh = models.ForeignKey(
        "auth.User", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    diubah_pada = models.DateTimeField("diubah pada", auto_now=True)

    class Meta:
        verbose_name = "status triwulan"
        verbose_name_plural = "status triwulan"
        ordering = ["unit", "tahun", "triwulan"]
        constraints = [
            models.UniqueConstraint(fields=["unit", "tahun", "triwulan"], name="status_tw_unik")
        ]

    def __str__(self) -> str:
        return f"{self.unit} {self.tahun} TW{self.triwulan}: {self.get_status_display()}"

    @property
    def dapat_diisi(self) -> bool:
        return self.status == self.Status.DRAF


def _lokasi_bukti(instance: "BuktiDukung", filename: str) -> str:
    sub = instance.subkegiatan
    return (
        f"bukti/{sub.kegiatan.program.renstra.perangkat_daerah_id}/{instance.tahun}/"
        f"tw{instance.triwulan}/{instance.uuid}.{instance.ekstensi}"
    )


class BuktiDukung(models.Model):
    """An evidence file for a sub-kegiatan's realisasi in a triwulan (stored outside the web
    root; served only to users who may read the sub-kegiatan)."""

    subkegiatan = models.ForeignKey(
        SubKegiatan, on_delete=models.CASCADE, related_name="bukti", verbose_name="sub-kegiatan"
    )
    tahun = models.PositiveIntegerField("tahun")
    triwulan = models.PositiveSmallIntegerField("triwulan", choices=TRIWULAN)
    uuid = models.UUIDField(unique=True)
    berkas = models.FileField("berkas", upload_to=_lokasi_bukti, max_length=300)
    nama_asli = models.CharField("nama berkas", max_length=255)
    jenis = models.CharField("jenis", max_length=100)
    ekstensi = models.CharField("ekstensi", max_length=10)
    ukuran = models.PositiveIntegerField("ukuran (bita)")
    diunggah_oleh = models.ForeignKey(
        "auth.User", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    diunggah_pada = models.DateTimeField("diunggah pada", auto_now_add=True)

    class Meta:
        verbose_name = "bukti dukung"
        verbose_name_plural = "bukti dukung"
        ordering = ["subkegiatan", "tahun", "triwulan", "diunggah_pada"]

    def __str__(self) -> str:
        return self.nama_asli
