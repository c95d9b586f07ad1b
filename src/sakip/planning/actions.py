"""Changes to the plan: Renstra targets, Perjanjian Kinerja versions, their targets and pagu,
and the items of the program tree. Each checks the planner's permission, runs in one
transaction and writes its audit rows with who, when and why."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from sakip.audit import log as audit
from sakip.permissions import boleh
from sakip.planning.models import (
    Indikator,
    Pagu,
    PengesahanPK,
    PerjanjianKinerja,
    Renstra,
    SubKegiatan,
    Target,
)


def _pd_renstra(renstra: Renstra):
    return renstra.perangkat_daerah


def ubah_target_renstra(
    user, indikator: Indikator, nilai: Mapping[int, Decimal | None], alasan: str
) -> int:
    """Set an indicator's Renstra targets per year (None removes one); return changes made."""
    pd = _pd_renstra(indikator.renstra)
    if not boleh(user, "ubah_rencana", pd):
        raise PermissionDenied
    renstra = indikator.renstra
    log = []
    with transaction.atomic():
        ada = {
            t.tahun: t
            for t in Target.objects.select_for_update().filter(
                indikator=indikator, perjanjian_kinerja__isnull=True
            )
        }
        for tahun, baru in sorted(nilai.items()):
            if not renstra.mencakup(tahun):
                raise ValidationError(f"Tahun {tahun} di luar periode Renstra.")
            row = ada.get(tahun)
            lama = row.nilai if row else None
            if lama == baru:
                continue
            if baru is None:
                row.delete()
            elif row is None:
                row = Target.objects.create(indikator=indikator, tahun=tahun, nilai=baru)
            else:
                row.nilai = baru
                row.save(update_fields=["nilai"])
            log.append(
                audit.entri(
                    "ubah_target_renstra",
                    row or indikator,
                    audit.perubahan({f"target {tahun}": lama}, {f"target {tahun}": baru}),
                    pengguna=user,
                    alasan=alasan,
                    perangkat_daerah=pd,
                    subjek=indikator.kode,
                )
            )
        audit.catat_semua(log)
    return len(log)


def buat_versi_pk(
    user, pd, tahun: int, versi: str, alasan: str, tanggal: date | None = None
) -> PerjanjianKinerja:
    """A new version of the year's PK (perubahan after APBD-P, reviu), starting as a copy of the
    version in force: every earlier version is kept unchanged."""
    if not boleh(user, "ubah_rencana", pd):
        raise PermissionDenied
    if not alasan.strip():
        raise ValidationError("Sebutkan alasan versi baru.")
    if versi not in PerjanjianKinerja.Versi.values:
        raise ValidationError("Versi PK tidak dikenal.")
    with transaction.atomic():
        lama = (
            PerjanjianKinerja.objects.select_for_update()
            .filter(perangkat_daerah=pd, tahun=tahun)
            .order_by("-urutan")
            .first()
        )
        urutan = (lama.urutan + 1) if lama else 1
        baru = PerjanjianKinerja.objects.create(
            perangkat_daerah=pd,
            kode=f"{tahun}-{versi}-{urutan}",
            tahun=tahun,
            versi=versi,
            urutan=urutan,
            tanggal=tanggal or timezone.localdate(),
            alasan=alasan.strip(),
            pihak_pertama=lama.pihak_pertama if lama else None,
            pihak_kedua=lama.pihak_kedua if lama else None,
        )
        if lama is not None:
            Target.objects.bulk_create(
                Target(
                    indikator_id=t.indikator_id,
                    tahun=tahun,
                    perjanjian_kinerja=baru,
                    nilai=t.nilai,
                    nilai_tinggi=t.nilai_tinggi,
                    label=t.label,
                )
                for t in lama.target.all()
            )
            Pagu.objects.bulk_create(
                Pagu(subkegiatan_id=p.subkegiatan_id, perjanjian_kinerja=baru, nilai=p.nilai)
                for p in lama.pagu.all()
            )
        audit.catat(
            "buat_versi_pk",
            baru,
            {"versi": [lama.kode if lama else None, baru.kode]},
            pengguna=user,
            alasan=alasan.strip(),
            perangkat_daerah=pd,
            subjek=f"pk:{tahun}",
        )
    return baru


def ubah_nilai_pk(
    user,
    pk: PerjanjianKinerja,
    target: Mapping[int, Decimal | None],
    pagu: Mapping[int, Decimal],
    alasan: str,
) -> int:
    """Change targets (by indicator id) and pagu (by sub-kegiatan id) of the version in force.

    Earlier versions are history and stay as they were signed.
    """
    pd = pk.perangkat_daerah
    if not boleh(user, "ubah_rencana", pd):
        raise PermissionDenied
    terbaru = pd.perjanjian_kinerja.filter(tahun=pk.tahun).order_by("-urutan").first()
    if terbaru.pk != pk.pk:
        raise ValidationError("Hanya versi PK yang berlaku yang dapat diubah; buat versi baru.")
    if not alasan.strip():
        raise ValidationError("Sebutkan alasan perubahan.")
    log = []
    with transaction.atomic():
        targets = {
            t.indikator_id: t
            for t in Target.objects.select_for_update()
            .filter(perjanjian_kinerja=pk)
            .select_related("indikator")
        }
        for ind_id, baru in target.items():
            row = targets.get(ind_id)
            lama = row.nilai if row else None
            if lama == baru:
                continue
            ind = (
                row.indikator
                if row
                else Indikator.objects.get(pk=ind_id, renstra__perangkat_daerah=pd)
            )
            if baru is None:
                row.delete()
            elif row is None:
                row = Target.objects.create(
                    indikator=ind, tahun=pk.tahun, perjanjian_kinerja=pk, nilai=baru
                )
            else:
                row.nilai = baru
                row.save(update_fields=["nilai"])
            log.append(
                audit.entri(
                    "ubah_target",
                    row or ind,
                    audit.perubahan({"nilai": lama}, {"nilai": baru}),
                    pengguna=user,
                    alasan=alasan,
                    perangkat_daerah=pd,
                    subjek=ind.kode,
                )
            )
        pagus = {
            p.subkegiatan_id: p
            for p in Pagu.objects.select_for_update()
            .filter(perjanjian_kinerja=pk)
            .select_related("subkegiatan")
        }
        for sub_id, baru in pagu.items():
            if baru < 0:
                raise ValidationError("Pagu tidak boleh negatif.")
            row = pagus.get(sub_id)
            lama = row.nilai if row else None
            if lama == baru:
                continue
            if row is None:
                sub = SubKegiatan.objects.get(
                    pk=sub_id, kegiatan__program__renstra__perangkat_daerah=pd
                )
                row = Pagu.objects.create(subkegiatan=sub, perjanjian_kinerja=pk, nilai=baru)
            else:
                row.nilai = baru
                row.save(update_fields=["nilai"])
            log.append(
                audit.entri(
                    "ubah_pagu",
                    row,
                    audit.perubahan({"nilai": lama}, {"nilai": baru}),
                    pengguna=user,
                    alasan=alasan,
                    perangkat_daerah=pd,
                    subjek=row.subkegiatan.kode,
                )
            )
        audit.catat_semua(log)
    return len(log)


def tandatangani_pk(user, pk: PerjanjianKinerja) -> PengesahanPK:
    """The head signs a PK version (recorded with the position and the time)."""
    pd = pk.perangkat_daerah
    if not boleh(user, "tandatangani", pd):
        raise PermissionDenied
    profil = user.profil
    with transaction.atomic():
        sah, dibuat = PengesahanPK.objects.get_or_create(
            perjanjian_kinerja=pk,
            pengguna=user,
            defaults={"jabatan": profil.jabatan, "nama": user.get_full_name() or user.username},
        )
        if dibuat:
            audit.catat(
                "tandatangani_pk",
                pk,
                {"ditandatangani": [None, sah.nama]},
                pengguna=user,
                perangkat_daerah=pd,
                subjek=f"pk:{pk.tahun}",
            )
    return sah
