"""Who a user is in sakip: one role, and the agency or unit it acts for."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models

from sakip.organisation.models import Jabatan, Pemda, PerangkatDaerah, Unit


class Peran(models.TextChoices):
    ADMIN = "admin", "Administrator"
    PERENCANA = "perencana", "Perencana"
    OPERATOR = "operator", "Operator unit"
    PIMPINAN = "pimpinan", "Pimpinan"
    EVALUATOR = "evaluator", "Evaluator (Inspektorat)"


class Profil(models.Model):
    """A user's role: an administrator; the planner or head of an agency; the operator of one
    Bagian; an evaluator reading every agency of a Pemda."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profil"
    )
    peran = models.CharField("peran", max_length=20, choices=Peran.choices)
    perangkat_daerah = models.ForeignKey(
        PerangkatDaerah,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="perangkat daerah",
    )
    unit = models.ForeignKey(
        Unit, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    pemda = models.ForeignKey(
        Pemda,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="pemda (evaluator)",
    )
    jabatan = models.ForeignKey(
        Jabatan,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="jabatan (penanda tangan)",
    )

    class Meta:
        verbose_name = "profil pengguna"
        verbose_name_plural = "profil pengguna"

    def __str__(self) -> str:
        return f"{self.user} ({self.get_peran_display()})"

    def clean(self) -> None:
        if self.peran == Peran.OPERATOR:
            if self.unit_id is None:
                raise ValidationError({"unit": "Operator harus terikat pada satu unit."})
            self.perangkat_daerah = self.unit.perangkat_daerah
        if self.peran in (Peran.PERENCANA, Peran.PIMPINAN) and self.perangkat_daerah_id is None:
            raise ValidationError(
                {"perangkat_daerah": "Perencana dan pimpinan terikat pada perangkat daerah."}
            )
        if self.peran != Peran.OPERATOR and self.unit_id is not None:
            raise ValidationError({"unit": "Hanya operator yang terikat pada unit."})
