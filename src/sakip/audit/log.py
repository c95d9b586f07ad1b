"""Writing the audit trail. Every action that changes targets, realisasi or budget calls this."""

from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from django.db import models

from sakip.audit.models import AuditLog


def _json(value: Any) -> Any:
    if isinstance(value, Decimal):
        # Plain digits, no exponent and no trailing zeros: 220, 2.77, 55264463.
        return str(int(value)) if value == value.to_integral() else format(value.normalize(), "f")
    if isinstance(value, models.Model):
        return str(value.pk)
    if value is None or isinstance(value, bool | int | str):
        return value
    return str(value)


def perubahan(lama: Mapping[str, Any], baru: Mapping[str, Any]) -> dict[str, list[Any]]:
    """The fields whose value differs, as ``{field: [old, new]}`` ready for JSON."""
    keys = sorted(set(lama) | set(baru))
    return {k: [_json(lama.get(k)), _json(baru.get(k))] for k in keys if lama.get(k) != baru.get(k)}


def entri(
    aksi: str,
    objek: models.Model,
    ubah: Mapping[str, list[Any]],
    *,
    pengguna=None,
    alasan="",
    perangkat_daerah=None,
    subjek: str = "",
) -> AuditLog:
    """An unsaved audit row for ``objek``."""
    return AuditLog(
        perangkat_daerah=perangkat_daerah,
        subjek=subjek,
        pengguna=pengguna,
        aksi=aksi,
        model=objek._meta.label_lower,
        objek_id=str(objek.pk or ""),
        objek=str(objek)[:300],
        perubahan=dict(ubah),
        alasan=alasan,
    )


def catat(aksi: str, objek: models.Model, ubah: Mapping[str, list[Any]], **kwargs) -> AuditLog:
    """Record one change now."""
    row = entri(aksi, objek, ubah, **kwargs)
    row.save()
    return row


def catat_semua(rows: Iterable[AuditLog]) -> None:
    AuditLog.objects.bulk_create(list(rows), batch_size=500)
