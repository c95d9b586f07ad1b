"""Registers an indicator can be counted from: audit findings and policies."""

from django.db import models

from sakip.fields import UangField
from sakip.organisation.models import PerangkatDaerah, Unit


class Temuan(models.Model):
    """An audit finding (temuan BPK/APIP) with its recommendation and follow-up (Tabel 3.3)."""

    class Sumber(models.TextChoices):
        BPK = "BPK", "BPK-RI"
        APIP = "APIP", "APIP"

    class Status(models.TextChoices):
        BELUM = "belum", "Belum ditindaklanjuti"
        PROSES = "proses", "Dalam proses"
        SELESAI = "selesai", "Selesai ditindaklanjuti"

    perangkat_daerah = models.ForeignKey(
        PerangkatDaerah, on_delete=models.CASCADE, related_name="temuan"
    )
    kode = models.CharField("kode", max_length=50)
    tahun = models.PositiveIntegerField("tahun pemeriksaan")
    sumber = models.CharField("sumber", max_length=10, choices=Sumber.choices)
    uraian = models.TextField("temuan")
    nilai = UangField("nilai temuan (Rp)", null=True, blank=True)
    rekomendasi = models.TextField("rekomendasi", blank=True)
    rencana_aksi = models.TextField("rencana aksi", blank=True)
    material = models.BooleanField("material", default=True)
    status = models.CharField("status tindak lanjut", max_length=10, choices=Status.choices)
    tahun_selesai = models.PositiveIntegerField("tahun selesai", null=True, blank=True)
    keterangan = models.TextField("keterangan", blank=True)

    class Meta:
        verbose_name = "temuan"
        verbose_name_plural = "temuan"
        ordering = ["perangkat_daerah", "tahun", "kode"]
        constraints = [
            models.UniqueConstraint(fields=["perangkat_daerah", "kode"], name="temuan_unik")
        ]

    def __str__(self) -> str:
        return self.kode

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        if self.status == self.Status.SELESAI and self.tahun_selesai is None:
            raise ValidationError({"tahun_selesai": "Temuan selesai harus menyebut tahun selesai."})
        if self.status != self.Status.SELESAI and self.tahun_selesai is not None:
            raise ValidationError({"tahun_selesai": "Tahun selesai hanya untuk temuan selesai."})


class Kebijakan(models.Model):
    """A policy issued (Perda, Perbup, Surat Edaran …) and whether it was carried out.

    Seed Tabel 3.4.
    """

    class Status(models.TextChoices):
        DILAKSANAKAN = "dilaksanakan", "Sudah dilaksanakan"
        MASIH_DILAKSANAKAN = "masih_dilaksanakan", "Masih dilaksanakan"
        TIDAK_DITERAPKAN_LAGI = (
            "tidak_diterapkan_lagi",
            "Pernah dilaksanakan, tidak diterapkan lagi",
        )
        BELUM_DILAKSANAKAN = "belum_dilaksanakan", "Belum dilaksanakan"

    TERLAKSANA = {Status.DILAKSANAKAN, Status.MASIH_DILAKSANAKAN, Status.TIDAK_DITERAPKAN_LAGI}

    perangkat_daerah = models.ForeignKey(
        PerangkatDaerah, on_delete=models.CASCADE, related_name="kebijakan"
    )
    kode = models.CharField("kode", max_length=50)
    tahun = models.PositiveIntegerField("tahun terbit")
    nomor = models.CharField("nomor", max_length=100, blank=True)
    tanggal = models.DateField("tanggal", null=True, blank=True)
    uraian = models.TextField("uraian")
    jenis = models.CharField("jenis", max_length=100)
    status = models.CharField("status", max_length=25, choices=Status.choices)
    keterangan = models.TextField("keterangan", blank=True)
    unit = models.ForeignKey(
        Unit, on_delete=models.RESTRICT, null=True, blank=True, related_name="kebijakan"
    )

    class Meta:
        verbose_name = "kebijakan"
        verbose_name_plural = "kebijakan"
        ordering = ["perangkat_daerah", "tahun", "kode"]
        constraints = [
            models.UniqueConstraint(fields=["perangkat_daerah", "kode"], name="kebijakan_unik")
        ]

    def __str__(self) -> str:
        return self.kode

    @property
    def terlaksana(self) -> bool:
        return self.status in self.TERLAKSANA
