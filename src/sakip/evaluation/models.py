"""The yearly evaluation of an agency's accountability (Evaluasi AKIP) and its follow-up."""

from django.db import models

from sakip.fields import NilaiField
from sakip.organisation.models import PerangkatDaerah


class EvaluasiAKIP(models.Model):
    """The Inspektorat's evaluation of an LKjIP year: score and predikat (e.g. 70,32 BB)."""

    perangkat_daerah = models.ForeignKey(
        PerangkatDaerah, on_delete=models.CASCADE, related_name="evaluasi"
    )
    tahun = models.PositiveIntegerField("tahun yang dievaluasi")
    evaluator = models.CharField("evaluator", max_length=200)
    nilai = NilaiField("nilai")
    predikat = models.CharField("predikat", max_length=10)
    interpretasi = models.CharField("interpretasi", max_length=100, blank=True)

    class Meta:
        verbose_name = "evaluasi AKIP"
        verbose_name_plural = "evaluasi AKIP"
        ordering = ["perangkat_daerah", "tahun"]
        constraints = [
            models.UniqueConstraint(fields=["perangkat_daerah", "tahun"], name="evaluasi_unik")
        ]

    def __str__(self) -> str:
        return f"Evaluasi AKIP {self.tahun}"


class Rekomendasi(models.Model):
    """A recommendation of an evaluation and what the agency did about it (tindak lanjut)."""

    class Status(models.TextChoices):
        BELUM = "belum", "Belum ditindaklanjuti"
        PROSES = "proses", "Dalam proses"
        SELESAI = "selesai", "Selesai"

    evaluasi = models.ForeignKey(EvaluasiAKIP, on_delete=models.CASCADE, related_name="rekomendasi")
    nomor = models.PositiveIntegerField("nomor")
    uraian = models.TextField("rekomendasi")
    tindak_lanjut = models.TextField("tindak lanjut", blank=True)
    status = models.CharField("status", max_length=10, choices=Status.choices)

    class Meta:
        verbose_name = "rekomendasi"
        verbose_name_plural = "rekomendasi"
        ordering = ["evaluasi", "nomor"]
        constraints = [
            models.UniqueConstraint(fields=["evaluasi", "nomor"], name="rekomendasi_unik")
        ]

    def __str__(self) -> str:
        return f"Rekomendasi {self.nomor}"


class Komentar(models.Model):
    """An evaluator's (Inspektorat) comment on an agency's year, kept with who and when."""

    perangkat_daerah = models.ForeignKey(
        PerangkatDaerah, on_delete=models.CASCADE, related_name="komentar"
    )
    tahun = models.PositiveIntegerField("tahun")
    teks = models.TextField("komentar")
    penulis = models.ForeignKey("auth.User", on_delete=models.SET_NULL, null=True, related_name="+")
    waktu = models.DateTimeField("waktu", auto_now_add=True)

    class Meta:
        verbose_name = "komentar evaluator"
        verbose_name_plural = "komentar evaluator"
        ordering = ["-waktu"]

    def __str__(self) -> str:
        return f"Komentar {self.perangkat_daerah} {self.tahun}"
