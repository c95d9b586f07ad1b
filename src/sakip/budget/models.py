"""Money by economic class: the chart of accounts and belanja per class (seed Tabel 3.10)."""

from django.db import models
from django.db.models import Q

from sakip.fields import UangField
from sakip.organisation.models import PerangkatDaerah


class Akun(models.Model):
    """An account of the regional chart of accounts (e.g. 5.1.02 Belanja Barang dan Jasa)."""

    kode = models.CharField("kode", max_length=30, unique=True)
    nama = models.CharField("nama", max_length=200)
    induk = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="anak",
        verbose_name="akun induk",
    )

    class Meta:
        verbose_name = "akun"
        verbose_name_plural = "akun"
        ordering = ["kode"]

    def __str__(self) -> str:
        return f"{self.kode} {self.nama}"


class Belanja(models.Model):
    """Pagu and realisasi of an agency for one (leaf) account in a year."""

    perangkat_daerah = models.ForeignKey(
        PerangkatDaerah, on_delete=models.CASCADE, related_name="belanja"
    )
    tahun = models.PositiveIntegerField("tahun")
    akun = models.ForeignKey(Akun, on_delete=models.PROTECT, related_name="belanja")
    pagu = UangField("anggaran")
    realisasi = UangField("realisasi")

    class Meta:
        verbose_name = "belanja"
        verbose_name_plural = "belanja"
        ordering = ["perangkat_daerah", "tahun", "akun__kode"]
        constraints = [
            models.UniqueConstraint(
                fields=["perangkat_daerah", "tahun", "akun"], name="belanja_unik"
            ),
            models.CheckConstraint(
                condition=Q(pagu__gte=0, realisasi__gte=0), name="belanja_tidak_negatif"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.akun.kode} {self.tahun}"
