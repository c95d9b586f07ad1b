"""Actions of the evaluator (Inspektorat)."""

from django.core.exceptions import PermissionDenied
from django.db import transaction

from sakip.audit import log as audit
from sakip.evaluation.models import Komentar
from sakip.permissions import boleh


def tambah_komentar(user, pd, tahun: int, teks: str) -> Komentar:
    """Record an evaluator's comment on an agency-year."""
    if not boleh(user, "komentar", pd):
        raise PermissionDenied
    with transaction.atomic():
        k = Komentar.objects.create(perangkat_daerah=pd, tahun=tahun, teks=teks, penulis=user)
        audit.catat(
            "komentar",
            k,
            {"teks": [None, teks]},
            pengguna=user,
            perangkat_daerah=pd,
            subjek=f"perangkat_daerah:{pd.kode}:{tahun}",
        )
    return k
