"""Writing the audit trail. Every action that changes targets, realisasi or budget calls this."""

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from django.db import DEFAULT_DB_ALIAS, connections, models
from django.utils import timezone

from sakip.audit.models import AuditLog

# Values JSON holds as they are (exact classes; subclasses take the checks below).
_JSON_SENDIRI = frozenset([type(None), bool, int, str])


def _json(value: Any) -> Any:
    if value.__class__ in _JSON_SENDIRI:
        return value
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


def baris(
    aksi: str,
    objek: models.Model,
    ubah: Mapping[str, list[Any]],
    *,
    pengguna=None,
    alasan="",
    perangkat_daerah=None,
    subjek: str = "",
) -> dict[str, Any]:
    """The values of an audit row for ``objek`` as ``entri`` makes it, ready for ``catat_semua``
    without building a model instance (an import may record a hundred thousand of them)."""
    return {
        "perangkat_daerah_id": perangkat_daerah.pk if perangkat_daerah is not None else None,
        "subjek": subjek,
        "pengguna_id": pengguna.pk if pengguna is not None else None,
        "aksi": aksi,
        "model": objek._meta.label_lower,
        "objek_id": str(objek.pk or ""),
        "objek": str(objek)[:300],
        "perubahan": dict(ubah),
        "alasan": alasan,
    }


def catat_semua(rows: Iterable[AuditLog | Mapping[str, Any]]) -> None:
    """Record many audit rows: ``entri`` objects (``bulk_create``) and ``baris`` dicts (one
    ``executemany``, stamped with one ``waktu`` as ``auto_now_add`` would)."""
    objs: list[AuditLog] = []
    values: list[Mapping[str, Any]] = []
    for r in rows:
        (objs if isinstance(r, AuditLog) else values).append(r)
    if objs:
        AuditLog.objects.bulk_create(objs, batch_size=500)
    sisip_mentah(AuditLog, values, {"waktu": timezone.now()})


# Immutable values whose prepared form is the same every time they appear.
_TETAP = (int, str, type(None), date, datetime)
_TIADA = object()


def _kolom(model: type[models.Model]) -> list[models.Field]:
    return [f for f in model._meta.concrete_fields if not f.primary_key]


def sisip_mentah(
    model: type[models.Model],
    rows: list[Mapping[str, Any]],
    sama: Mapping[str, Any] | None = None,
) -> None:
    """INSERT ``rows`` (``{attname: value}``, a model instance's ``__dict__`` will do) into
    ``model``'s table with one ``executemany``; ``sama`` holds values shared by every row.

    Each value is prepared exactly as ``save()``/``bulk_create`` store it
    (``field.get_db_prep_save``); a missing value takes the field's default. No signals and no
    ``pre_save`` run, as with ``bulk_create``: callers stamp auto_now fields themselves. Used
    for the row-heavy writes of an import, where Django's per-field SQL compilation of
    ``bulk_create`` costs more than the database itself. Call inside ``transaction.atomic``.
    """
    if not rows:
        return
    conn = connections[DEFAULT_DB_ALIAS]
    sama = sama or {}
    fields = _kolom(model)
    qn = conn.ops.quote_name
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        qn(model._meta.db_table),
        ", ".join(qn(f.column) for f in fields),
        ", ".join(["%s"] * len(fields)),
    )
    columns = []
    for f in fields:
        name, save = f.attname, f.get_db_prep_save
        if name in sama:
            columns.append([save(sama[name], conn)] * len(rows))
            continue
        seen: dict[tuple, Any] = {}
        column = []
        for row in rows:
            value = row[name] if name in row else f.get_default()
            cls = value.__class__
            if cls in _TETAP:
                # the same id, year, text repeats down a sheet: prepare it once
                key = (cls, value)
                prepared = seen.get(key, _TIADA)
                if prepared is _TIADA:
                    prepared = seen[key] = save(value, conn)
                column.append(prepared)
            else:
                column.append(save(value, conn))
        columns.append(column)
    params = list(zip(*columns, strict=True))
    with conn.cursor() as cursor:
        for i in range(0, len(params), 2000):
            cursor.executemany(sql, params[i : i + 2000])
