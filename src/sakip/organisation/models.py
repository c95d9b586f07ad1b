"""Who is accountable: the Pemda, its Perangkat Daerah, their units, positions and officials."""

from django.db import models
from django.db.models import Q


class Pemda(models.Model):
    """A regional government (pemerintah daerah): a provinsi, kabupaten or kota."""

    class Jenis(models.TextChoices):
        PROVINSI = "provinsi", "Provinsi"
        KABUPATEN = "kabupaten", "Kabupaten"
        KOTA = "kota", "Kota"

    kode = models.CharField("kode wilayah", max_length=20, unique=True)
    nama = models.CharField("nama", max_length=200)
    jenis = models.CharField("jenis", max_length=20, choices=Jenis.choices)
    ibu_kota = models.CharField("ibu kota", max_length=100, blank=True)

    class Meta:
        verbose_name = "pemerintah daerah"
        verbose_name_plural = "pemerintah daerah"
        ordering = ["kode"]

    def __str__(self) -> str:
        return self.nama


class PerangkatDaerah(models.Model):
    """An agency of a Pemda (OPD/SKPD), the subject of a Renstra, a PK and an LKjIP."""

    pemda = models.ForeignKey(Pemda, on_delete=models.CASCADE, related_name="perangkat_daerah")
    kode = models.CharField("kode", max_length=50)
    nama = models.CharField("nama", max_length=200)
    singkatan = models.CharField("singkatan", max_length=50, blank=True)

    class Meta:
        verbose_name = "perangkat daerah"
        verbose_name_plural = "perangkat daerah"
        ordering = ["pemda", "kode"]
        constraints = [
            models.UniqueConstraint(fields=["pemda", "kode"], name="perangkat_daerah_kode_unik")
        ]

    def __str__(self) -> str:
        return self.nama


class Unit(models.Model):
    """A unit inside an agency: an Asisten's domain, a Bagian, a Subbagian."""

    class Jenis(models.TextChoices):
        ASISTEN = "asisten", "Asisten"
        BAGIAN = "bagian", "Bagian"
        SUBBAGIAN = "subbagian", "Subbagian"

    perangkat_daerah = models.ForeignKey(
        PerangkatDaerah, on_delete=models.CASCADE, related_name="unit"
    )
    kode = models.CharField("kode", max_length=50)
    nama = models.CharField("nama", max_length=200)
    jenis = models.CharField("jenis", max_length=20, choices=Jenis.choices)
    induk = models.ForeignKey(
        "self",
        on_delete=models.RESTRICT,
        null=True,
        blank=True,
        related_name="anak",
        verbose_name="unit induk",
    )
    urutan = models.PositiveIntegerField("urutan", default=0)

    class Meta:
        verbose_name = "unit"
        verbose_name_plural = "unit"
        ordering = ["perangkat_daerah", "urutan", "kode"]
        constraints = [
            models.UniqueConstraint(fields=["perangkat_daerah", "kode"], name="unit_kode_unik")
        ]

    def __str__(self) -> str:
        return self.nama


class Jabatan(models.Model):
    """A position: the head of an agency or a unit, or of the Pemda (the Bupati)."""

    class Tingkat(models.TextChoices):
        PERANGKAT_DAERAH = "perangkat_daerah", "Perangkat Daerah"
        PEMDA = "pemda", "Pemda"

    pemda = models.ForeignKey(Pemda, on_delete=models.CASCADE, related_name="jabatan")
    perangkat_daerah = models.ForeignKey(
        PerangkatDaerah, on_delete=models.CASCADE, null=True, blank=True, related_name="jabatan"
    )
    unit = models.ForeignKey(
        Unit, on_delete=models.RESTRICT, null=True, blank=True, related_name="jabatan"
    )
    kode = models.CharField("kode", max_length=50)
    nama = models.CharField("nama jabatan", max_length=200)
    tingkat = models.CharField(
        "tingkat", max_length=20, choices=Tingkat.choices, default=Tingkat.PERANGKAT_DAERAH
    )

    class Meta:
        verbose_name = "jabatan"
        verbose_name_plural = "jabatan"
        ordering = ["pemda", "kode"]
        constraints = [
            models.UniqueConstraint(
                fields=["perangkat_daerah", "kode"],
                condition=Q(perangkat_daerah__isnull=False),
                name="jabatan_kode_unik",
            ),
            models.UniqueConstraint(
                fields=["pemda", "kode"],
                condition=Q(perangkat_daerah__isnull=True),
                name="jabatan_pemda_kode_unik",
            ),
            models.CheckConstraint(
                condition=Q(tingkat="pemda", perangkat_daerah__isnull=True)
                | Q(tingkat="perangkat_daerah", perangkat_daerah__isnull=False),
                name="jabatan_tingkat_sesuai",
            ),
        ]

    def __str__(self) -> str:
        return self.nama

    def pejabat_pada(self, tahun: int) -> "Pejabat | None":
        """The official holding this position during ``tahun`` (the latest to start)."""
        for pejabat in self.pejabat.order_by("-mulai"):
            if pejabat.menjabat_pada(tahun):
                return pejabat
        return None


class Pejabat(models.Model):
    """An official holding a position for a time: name, NIP, rank. Signs PK and LKjIP."""

    jabatan = models.ForeignKey(Jabatan, on_delete=models.CASCADE, related_name="pejabat")
    nama = models.CharField("nama", max_length=200)
    nip = models.CharField("NIP", max_length=30, blank=True)
    pangkat = models.CharField("pangkat/golongan", max_length=100, blank=True)
    mulai = models.DateField("mulai menjabat", null=True, blank=True)
    selesai = models.DateField("selesai menjabat", null=True, blank=True)

    class Meta:
        verbose_name = "pejabat"
        verbose_name_plural = "pejabat"
        ordering = ["jabatan", "mulai"]

    def __str__(self) -> str:
        return self.nama

    def menjabat_pada(self, tahun: int) -> bool:
        started = self.mulai is None or self.mulai.year <= tahun
        not_ended = self.selesai is None or self.selesai.year >= tahun
        return started and not_ended
