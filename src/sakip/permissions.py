"""Who may see and change what: the one place sakip answers that question.

Roles (``sakip.accounts.models.Peran``):

| role | reads | writes |
|---|---|---|
| administrator | every agency | the Django admin (users, organisation, scales) |
| perencana | its agency | plans, targets, pagu, PK versions; verifies, locks, reopens |
| operator | its own Bagian's items only | realisasi K and RP, evidence, faktor |
| pimpinan | its agency | signs (PK) |
| evaluator | every agency of its Pemda (all when none) | comments |

Views never look objects up on user input themselves: they call the ``get_*_for_user``
helpers, which answer "not found" (404) alike for a missing object and one the user may not
see, so a URL cannot be used to probe another unit's data. Object rules are also registered
with the ``rules`` package so templates and tests can ask ``user.has_perm(name, obj)``.
"""

from __future__ import annotations

import rules
from django.db.models import Q, QuerySet
from django.http import Http404

from sakip.accounts.models import Peran, Profil
from sakip.monitoring.models import StatusTriwulan
from sakip.organisation.models import PerangkatDaerah, Unit
from sakip.planning.models import SubKegiatan


def profil(user) -> Profil | None:
    if not getattr(user, "is_authenticated", False):
        return None
    try:
        return user.profil
    except Profil.DoesNotExist:
        return None


def peran(user) -> str | None:
    """The user's role; a superuser without a profile is an administrator."""
    p = profil(user)
    if p is not None:
        return p.peran
    if getattr(user, "is_superuser", False):
        return Peran.ADMIN
    return None


# --- what a user may read -------------------------------------------------------------------


def perangkat_daerah_untuk(user) -> QuerySet[PerangkatDaerah]:
    """The agencies the user may read."""
    qs = PerangkatDaerah.objects.select_related("pemda")
    role = peran(user)
    if role == Peran.ADMIN:
        return qs.all()
    if role == Peran.EVALUATOR:
        p = profil(user)
        return qs.filter(pemda=p.pemda) if p.pemda_id else qs.all()
    if role in (Peran.PERENCANA, Peran.PIMPINAN):
        return qs.filter(pk=profil(user).perangkat_daerah_id)
    # An operator reads its own unit's items only, never the agency as a whole.
    return qs.none()


def unit_untuk(user, *, write: bool = False) -> QuerySet[Unit]:
    """The units whose items the user may read (``write``: whose realisasi it may enter)."""
    role = peran(user)
    if role == Peran.OPERATOR:
        return Unit.objects.filter(pk=profil(user).unit_id)
    if write:
        return Unit.objects.none()
    return Unit.objects.filter(perangkat_daerah__in=perangkat_daerah_untuk(user))


def subkegiatan_untuk(user, *, write: bool = False) -> QuerySet[SubKegiatan]:
    """Sub-kegiatan the user may read (``write``: enter realisasi for)."""
    qs = SubKegiatan.objects.select_related("kegiatan__program__renstra", "unit", "kegiatan__unit")
    role = peran(user)
    if role == Peran.OPERATOR:
        unit_id = profil(user).unit_id
        return qs.filter(Q(unit_id=unit_id) | Q(unit__isnull=True, kegiatan__unit_id=unit_id))
    if write:
        return qs.none()
    return qs.filter(kegiatan__program__renstra__perangkat_daerah__in=perangkat_daerah_untuk(user))


def get_perangkat_daerah_for_user(user, pk: int) -> PerangkatDaerah:
    try:
        return perangkat_daerah_untuk(user).get(pk=pk)
    except (PerangkatDaerah.DoesNotExist, ValueError, TypeError):
        raise Http404("Perangkat daerah tidak ditemukan.") from None


def get_unit_for_user(user, pk: int, *, write: bool = False) -> Unit:
    try:
        return unit_untuk(user, write=write).select_related("perangkat_daerah__pemda").get(pk=pk)
    except (Unit.DoesNotExist, ValueError, TypeError):
        raise Http404("Unit tidak ditemukan.") from None


def get_subkegiatan_for_user(user, pk: int, *, write: bool = False) -> SubKegiatan:
    try:
        return subkegiatan_untuk(user, write=write).get(pk=pk)
    except (SubKegiatan.DoesNotExist, ValueError, TypeError):
        raise Http404("Sub-kegiatan tidak ditemukan.") from None


# --- what a user may do ---------------------------------------------------------------------


@rules.predicate
def adalah_perencana_dari(user, obj) -> bool:
    """The planner of the agency ``obj`` belongs to (an agency, a unit or a status)."""
    if peran(user) != Peran.PERENCANA:
        return False
    return _perangkat_daerah_id(obj) == profil(user).perangkat_daerah_id


@rules.predicate
def adalah_operator_dari(user, obj) -> bool:
    """The operator of the unit ``obj`` is or belongs to."""
    if peran(user) != Peran.OPERATOR:
        return False
    return _unit_id(obj) == profil(user).unit_id


@rules.predicate
def adalah_pimpinan_dari(user, obj) -> bool:
    if peran(user) != Peran.PIMPINAN:
        return False
    return _perangkat_daerah_id(obj) == profil(user).perangkat_daerah_id


@rules.predicate
def adalah_evaluator_untuk(user, obj) -> bool:
    if peran(user) != Peran.EVALUATOR:
        return False
    return perangkat_daerah_untuk(user).filter(pk=_perangkat_daerah_id(obj)).exists()


@rules.predicate
def dapat_membaca(user, obj) -> bool:
    return perangkat_daerah_untuk(user).filter(pk=_perangkat_daerah_id(obj)).exists()


def _perangkat_daerah_id(obj) -> int | None:
    if isinstance(obj, PerangkatDaerah):
        return obj.pk
    if isinstance(obj, Unit | StatusTriwulan):
        unit = obj if isinstance(obj, Unit) else obj.unit
        return unit.perangkat_daerah_id
    if isinstance(obj, SubKegiatan):
        return obj.kegiatan.program.renstra.perangkat_daerah_id
    return getattr(obj, "perangkat_daerah_id", None)


def _unit_id(obj) -> int | None:
    if isinstance(obj, Unit):
        return obj.pk
    if isinstance(obj, StatusTriwulan):
        return obj.unit_id
    if isinstance(obj, SubKegiatan):
        return obj.unit_id or obj.kegiatan.unit_id
    return None


rules.add_perm("sakip.lihat", dapat_membaca)
rules.add_perm("sakip.isi_realisasi", adalah_operator_dari)
rules.add_perm("sakip.ajukan_triwulan", adalah_operator_dari)
rules.add_perm("sakip.verifikasi_triwulan", adalah_perencana_dari)
rules.add_perm("sakip.kunci_triwulan", adalah_perencana_dari)
rules.add_perm("sakip.buka_triwulan", adalah_perencana_dari)
rules.add_perm("sakip.ubah_rencana", adalah_perencana_dari)
rules.add_perm("sakip.tandatangani", adalah_pimpinan_dari)
rules.add_perm("sakip.komentar", adalah_evaluator_untuk)


def boleh(user, perm: str, obj) -> bool:
    """Whether ``user`` may do ``perm`` on ``obj``, by the rules above only.

    Asked of ``rules`` directly rather than ``user.has_perm``: Django lets a superuser pass
    every ``has_perm``, and an administrator must not enter a unit's realisasi or verify it.
    """
    return rules.has_perm(f"sakip.{perm}", user, obj)
