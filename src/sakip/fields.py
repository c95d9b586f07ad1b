"""Field types shared by the domain apps.

Money is rupiah with two decimals (sen); an indicator value keeps six decimals so that a
survey index (76,66) or a score (2,77) is held exactly. Both are ``Decimal`` end to end.
"""

from django.core.validators import MinValueValidator
from django.db import models

MAX_DIGITS_UANG = 20
MAX_DIGITS_NILAI = 24


def UangField(verbose_name: str, **kwargs) -> models.DecimalField:
    """Rupiah, never negative."""
    kwargs.setdefault("validators", [MinValueValidator(0)])
    return models.DecimalField(verbose_name, max_digits=MAX_DIGITS_UANG, decimal_places=2, **kwargs)


def NilaiField(verbose_name: str, **kwargs) -> models.DecimalField:
    """An indicator value: a target, a realisasi, a score."""
    return models.DecimalField(
        verbose_name, max_digits=MAX_DIGITS_NILAI, decimal_places=6, **kwargs
    )
