"""The audit trail: who changed what, when, from which value to which."""

from django.conf import settings
from django.db import models


class AuditLog(models.Model):
    """One recorded change: an action on an object, with old and new values per field."""

    waktu = models.DateTimeField("waktu", auto_now_add=True, db_index=True)
    pengguna = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="pengguna",
    )
    aksi = models.CharField("aksi", max_length=50)
    model = models.CharField("jenis objek", max_length=100)
    objek_id = models.CharField("id objek", max_length=50, blank=True)
    objek = models.CharField("objek", max_length=300, blank=True)
    perubahan = models.JSONField("perubahan", default=dict, blank=True)
    alasan = models.TextField("alasan", blank=True)
    # What the change is about, for the audit view of one item: the agency and the code of the
    # item (a sub-kegiatan, an indicator) it belongs to.
    perangkat_daerah = models.ForeignKey(
        "organisation.PerangkatDaerah",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    subjek = models.CharField("subjek", max_length=100, blank=True, db_index=True)

    class Meta:
        verbose_name = "catatan audit"
        verbose_name_plural = "catatan audit"
        ordering = ["-waktu", "-id"]
        indexes = [models.Index(fields=["model", "objek_id"])]

    def __str__(self) -> str:
        return f"{self.waktu:%Y-%m-%d %H:%M} {self.aksi} {self.objek}"
