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
