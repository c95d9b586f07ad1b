"""Writing the row-heavy tables of an import without ``bulk_create``'s per-field SQL compilation.

A first import of 10,000 sub-kegiatan creates some 120,000 rows; ``bulk_create`` spends most of
its time compiling SQL per field per row. ``sisip`` prepares the values exactly as Django would
store them (``sakip.audit.log.sisip_mentah``: ``field.get_db_prep_save``) and sends them with one
``executemany`` per model, then reads the new ids back by the model's natural key (its unique
constraint), so that later rows can refer to them and the audit rows name them.
"""

from django.db import connection, models

from sakip.audit.log import sisip_mentah
from sakip.monitoring.models import RealisasiAnggaran, RealisasiIndikator
from sakip.planning.models import Indikator, Pagu, SubKegiatan, Target

# The natural key of each model written this way (attnames; a unique constraint of the model).
KUNCI: dict[type[models.Model], tuple[str, ...]] = {
    SubKegiatan: ("kegiatan_id", "kode"),
    Indikator: ("renstra_id", "kode"),
    Target: ("indikator_id", "tahun", "perjanjian_kinerja_id"),
    Pagu: ("subkegiatan_id", "perjanjian_kinerja_id"),
    RealisasiAnggaran: ("subkegiatan_id", "tahun", "triwulan"),
    RealisasiIndikator: ("indikator_id", "tahun", "triwulan"),
}


def sisip(model: type[models.Model], objs: list[models.Model]) -> None:
    """Insert the new ``objs`` of ``model`` (a key of ``KUNCI``) and set their ``pk``."""
    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    relasi = [f for f in fields if f.is_relation]
    for obj in objs:
        for f in relasi:
            # as bulk_create does: take the id of a reference saved a step earlier
            if f.is_cached(obj):
                rel = f.get_cached_value(obj)
                if rel is not None:
                    if rel.pk is None:
                        raise ValueError(f"{model.__name__}.{f.name}: rujukan belum disimpan")
                    # the id only: setattr would drop the cached object str(obj) reads
                    obj.__dict__[f.attname] = rel.pk
    sisip_mentah(model, [obj.__dict__ for obj in objs])
    kunci = KUNCI[model]
    by_key = {tuple(getattr(obj, k) for k in kunci): obj for obj in objs}
    induk = sorted({key[0] for key in by_key})
    for i in range(0, len(induk), 500):
        rows = (
            model.objects.filter(**{kunci[0] + "__in": induk[i : i + 500]})
            .order_by()
            .values_list("pk", *kunci)
        )
        for pk, *key in rows:
            obj = by_key.get(tuple(key))
            if obj is not None:
                obj.pk = pk
                obj._state.adding = False
                obj._state.db = connection.alias
    if any(obj.pk is None for obj in objs):  # pragma: no cover - the unique key guarantees it
        raise ValueError(f"{model.__name__}: id baris baru tidak ditemukan")
