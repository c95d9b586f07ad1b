"""The agency's own words and letterhead for its documents, per year.

Everything here is text a planner writes (kata pengantar, tugas dan fungsi, saran ...) or the
identity a document carries (kop, logo, place, date, signatory). No figure is stored here:
every sentence of a document that states a figure is generated from the engine's results
(``sakip.reports.kalimat``). List fields hold one item per line; paragraphs are separated by
a blank line.
"""

from django.db import models

from sakip.organisation.models import Jabatan, PerangkatDaerah
from sakip.planning.models import SasaranStrategis


class IdentitasLaporan(models.Model):
    """Kop surat, logo, place, dates and signatory of an agency's documents for a year."""

    perangkat_daerah = models.ForeignKey(
        PerangkatDaerah, on_delete=models.CASCADE, related_name="identitas_laporan"
    )
    tahun = models.PositiveIntegerField("tahun")
    kop = models.TextField(
        "kop surat", blank=True, help_text="Satu baris per baris kop, dari atas ke bawah."
    )
    logo = models.BinaryField("logo (PNG/JPEG)", blank=True, null=True, editable=True)
    tempat = models.CharField("tempat penandatanganan", max_length=100, blank=True)
    tanggal_lkjip = models.DateField("tanggal LKjIP", null=True, blank=True)
    tanggal_pk = models.DateField("tanggal Perjanjian Kinerja", null=True, blank=True)
    penyusun = models.CharField("disusun oleh", max_length=200, blank=True)
    penandatangan = models.ForeignKey(
        Jabatan,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="penandatangan LKjIP",
        help_text="Kosong: pihak pertama Perjanjian Kinerja yang berlaku.",
    )

    class Meta:
        verbose_name = "identitas laporan"
        verbose_name_plural = "identitas laporan"
        ordering = ["perangkat_daerah", "tahun"]
        constraints = [
            models.UniqueConstraint(
                fields=["perangkat_daerah", "tahun"], name="identitas_laporan_unik"
            )
        ]

    def __str__(self) -> str:
        return f"Identitas laporan {self.perangkat_daerah} {self.tahun}"


class NarasiLaporan(models.Model):
    """The agency's own prose of the LKjIP of a year (none of it states a computed figure)."""

    perangkat_daerah = models.ForeignKey(
        PerangkatDaerah, on_delete=models.CASCADE, related_name="narasi_laporan"
    )
    tahun = models.PositiveIntegerField("tahun")
    kata_pengantar = models.TextField("kata pengantar", blank=True)
    ringkasan_eksekutif = models.TextField("ringkasan eksekutif", blank=True)
    maksud = models.TextField("maksud laporan", blank=True, help_text="Satu butir per baris.")
    tujuan = models.TextField("tujuan laporan", blank=True, help_text="Satu butir per baris.")
    dasar_organisasi = models.TextField("dasar hukum organisasi", blank=True)
    tugas = models.TextField("tugas", blank=True)
    fungsi = models.TextField("fungsi", blank=True, help_text="Satu butir per baris.")
    permasalahan = models.TextField("pengantar identifikasi permasalahan", blank=True)
    isu_strategis = models.TextField("pengantar isu strategis", blank=True)
    iku = models.TextField("pengantar indikator kinerja utama", blank=True)
    perjanjian_kinerja = models.TextField("pengantar perjanjian kinerja", blank=True)
    pengukuran = models.TextField("pengantar pengukuran kinerja", blank=True)
    kesimpulan = models.TextField("kesimpulan (uraian umum)", blank=True)
    saran = models.TextField("saran", blank=True, help_text="Satu butir per baris.")
    penutup = models.TextField("penutup", blank=True)

    class Meta:
        verbose_name = "narasi laporan"
        verbose_name_plural = "narasi laporan"
        ordering = ["perangkat_daerah", "tahun"]
        constraints = [
            models.UniqueConstraint(
                fields=["perangkat_daerah", "tahun"], name="narasi_laporan_unik"
            )
        ]

    def __str__(self) -> str:
        return f"Narasi LKjIP {self.perangkat_daerah} {self.tahun}"


class AnalisisSasaran(models.Model):
    """Why a sasaran succeeded or failed in a year and what was done (PermenPAN-RB 53/2014)."""

    narasi = models.ForeignKey(NarasiLaporan, on_delete=models.CASCADE, related_name="analisis")
    sasaran = models.ForeignKey(SasaranStrategis, on_delete=models.CASCADE, related_name="+")
    sebab = models.TextField("penyebab keberhasilan/kegagalan", blank=True)
    solusi = models.TextField("solusi yang telah dilakukan", blank=True)

    class Meta:
        verbose_name = "analisis sasaran"
        verbose_name_plural = "analisis sasaran"
        constraints = [
            models.UniqueConstraint(fields=["narasi", "sasaran"], name="analisis_sasaran_unik")
        ]

    def __str__(self) -> str:
        return f"Analisis {self.sasaran.kode} {self.narasi.tahun}"


def butir(teks: str) -> list[str]:
    """A list field's items: its non-empty lines."""
    return [b.strip() for b in teks.splitlines() if b.strip()]


def paragraf(teks: str) -> list[str]:
    """A prose field's paragraphs: blocks separated by a blank line, inner lines joined."""
    blok, out = [], []
    for line in [*teks.splitlines(), ""]:
        if line.strip():
            blok.append(line.strip())
        elif blok:
            out.append(" ".join(blok))
            blok = []
    return out
