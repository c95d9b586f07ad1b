"""Every change to realisasi and to a triwulan's workflow is one of these actions.

Each action checks the acting user's permission (``sakip.permissions``), runs in one
transaction and writes its audit rows with the user. Views parse input, call one action and
render; they never write models themselves.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import PermissionDenied
from django.db import transaction

from sakip.audit import log as audit
from sakip.engine.capaian import Polaritas
from sakip.engine.proyeksi import peringatan_dini
from sakip.engine.realisasi import Agregasi
from sakip.measurement.adapter import pk_berlaku, target_berlaku
from sakip.monitoring.models import (
    FaktorKinerja,
    RealisasiAnggaran,
    RealisasiIndikator,
    StatusTriwulan,
)
from sakip.organisation.models import Unit
from sakip.permissions import boleh
from sakip.planning.models import Indikator, SubKegiatan

Status = StatusTriwulan.Status


class TriwulanTidakTerbuka(Exception):
    """The triwulan is not in draf: submitted, verified or locked."""

    def __init__(self, status: StatusTriwulan):
        self.status = status
        super().__init__(
            f"Triwulan {status.triwulan} {status.tahun} berstatus "
            f"{status.get_status_display().lower()}; isian tidak dapat diubah."
        )


class IsianTidakSah(Exception):
    """Some rows cannot be saved; ``kesalahan[kode][field]`` says why. Nothing was written."""

    def __init__(self, kesalahan: dict[str, dict[str, str]]):
        self.kesalahan = kesalahan
        super().__init__(f"{sum(len(v) for v in kesalahan.values())} isian perlu diperbaiki")


@dataclass
class Isian:
    """One grid row as the user submitted it: the values and the values the screen showed.

    ``None`` is an empty cell ("not reported"). ``asal_*`` are what the user saw when the page
    was loaded; a stored value that differs from them was changed by someone else meanwhile.
    """

    subkegiatan: SubKegiatan
    k: dict[int, Decimal | None]  # by indicator number
    rp: Decimal | None
    penghambat: str = ""
    solusi: str = ""
    asal_k: dict[int, Decimal | None] = field(default_factory=dict)
    asal_rp: Decimal | None = None
    asal_penghambat: str = ""
    asal_solusi: str = ""


def status_triwulan(unit: Unit, tahun: int, triwulan: int) -> StatusTriwulan:
    """The workflow row of a unit's triwulan (an unsaved draf when there is none yet)."""
    found = StatusTriwulan.objects.filter(unit=unit, tahun=tahun, triwulan=triwulan).first()
    return found or StatusTriwulan(unit=unit, tahun=tahun, triwulan=triwulan)


def _audit(aksi, obj, ubah, user, pd, subjek, alasan=""):
    return audit.entri(
        aksi, obj, ubah, pengguna=user, perangkat_daerah=pd, subjek=subjek, alasan=alasan
    )


def simpan_realisasi(user, unit: Unit, tahun: int, triwulan: int, isian: Sequence[Isian]) -> int:
    """Save a unit's grid for a triwulan, all or nothing; return the number of changed values.

    Raises ``PermissionDenied`` (not the unit's operator), ``TriwulanTidakTerbuka`` (not in
    draf), ``IsianTidakSah`` (a value changed meanwhile by someone else, or a row behind plan
    without faktor penghambat and solusi).
    """
    if not boleh(user, "isi_realisasi", unit):
        raise PermissionDenied
    pd = unit.perangkat_daerah
    with transaction.atomic():
        status = (
            StatusTriwulan.objects.select_for_update()
            .filter(unit=unit, tahun=tahun, triwulan=triwulan)
            .first()
        )
        if status is not None and not status.dapat_diisi:
            raise TriwulanTidakTerbuka(status)
        subs = [i.subkegiatan for i in isian]
        for sub in subs:
            if sub.unit_efektif.pk != unit.pk:
                raise PermissionDenied
        indikator = _indikator_per_sub(subs)
        rp_rows = {
            (r.subkegiatan_id, r.triwulan): r
            for r in RealisasiAnggaran.objects.select_for_update().filter(
                subkegiatan__in=subs, tahun=tahun
            )
        }
        k_rows = {
            (r.indikator_id, r.triwulan): r
            for r in RealisasiIndikator.objects.select_for_update().filter(
                indikator__subkegiatan__in=subs, tahun=tahun, triwulan__isnull=False
            )
        }
        faktor = {
            f.subkegiatan_id: f
            for f in FaktorKinerja.objects.select_for_update().filter(
                subkegiatan__in=subs, tahun=tahun
            )
        }
        kesalahan: dict[str, dict[str, str]] = {}

        def konflik(kode: str, kolom: str, sekarang) -> None:
            shown = "kosong" if sekarang in (None, "") else str(sekarang)
            kesalahan.setdefault(kode, {})[kolom] = (
                f"Nilai ini diubah orang lain sementara Anda mengisi (sekarang: {shown}). "
                "Periksa dan simpan lagi."
            )

        for row in isian:
            sub = row.subkegiatan
            current_rp = rp_rows.get((sub.pk, triwulan))
            now = current_rp.rp if current_rp else None
            if now != row.asal_rp and now != row.rp:
                konflik(sub.kode, "rp", now)
            for ind in indikator[sub.pk]:
                current = k_rows.get((ind.pk, triwulan))
                now = current.nilai if current else None
                if now != row.asal_k.get(ind.nomor) and now != row.k.get(ind.nomor):
                    konflik(sub.kode, f"k_{ind.nomor}", now)
            f = faktor.get(sub.pk)
            for kolom, asal, baru in (
                ("penghambat", row.asal_penghambat, row.penghambat),
                ("solusi", row.asal_solusi, row.solusi),
            ):
                now = getattr(f, kolom) if f else ""
                if now != asal and now != baru:
                    konflik(sub.kode, kolom, now)
        if kesalahan:
            raise IsianTidakSah(kesalahan)

        berubah = [
            row
            for row in isian
            if row.rp != _nilai(rp_rows.get((row.subkegiatan.pk, triwulan)), "rp")
            or any(
                row.k.get(ind.nomor) != _nilai(k_rows.get((ind.pk, triwulan)), "nilai")
                for ind in indikator[row.subkegiatan.pk]
            )
        ]
        _periksa_faktor(berubah, indikator, tahun, triwulan, kesalahan)
        if kesalahan:
            raise IsianTidakSah(kesalahan)

        log = []
        for row in isian:
            sub = row.subkegiatan
            log += _tulis(
                RealisasiAnggaran,
                rp_rows.get((sub.pk, triwulan)),
                "rp",
                row.rp,
                {"subkegiatan": sub, "tahun": tahun, "triwulan": triwulan},
                user,
                pd,
                sub.kode,
            )
            for ind in indikator[sub.pk]:
                log += _tulis(
                    RealisasiIndikator,
                    k_rows.get((ind.pk, triwulan)),
                    "nilai",
                    row.k.get(ind.nomor),
                    {"indikator": ind, "tahun": tahun, "triwulan": triwulan},
                    user,
                    pd,
                    sub.kode,
                )
            log += _tulis_faktor(faktor.get(sub.pk), row, sub, tahun, user, pd)
        audit.catat_semua(log)
        if status is None and log:
            StatusTriwulan.objects.create(
                unit=unit, tahun=tahun, triwulan=triwulan, diubah_oleh=user
            )
        return len(log)


def _nilai(row, kolom):
    return getattr(row, kolom) if row is not None else None


def _indikator_per_sub(subs: Sequence[SubKegiatan]) -> dict[int, list[Indikator]]:
    out: dict[int, list[Indikator]] = {s.pk: [] for s in subs}
    for ind in Indikator.objects.filter(subkegiatan__in=subs).order_by("nomor"):
        out[ind.subkegiatan_id].append(ind)
    return out


def _tulis(model, row, kolom, baru, kunci, user, pd, subjek) -> list:
    """Create, change or delete one stored value; return its audit rows."""
    lama = getattr(row, kolom) if row is not None else None
    if lama == baru:
        return []
    if baru is None:
        row.delete()
        return [_audit("hapus", row, audit.perubahan({kolom: lama}, {}), user, pd, subjek)]
    if row is None:
        row = model(**kunci, **{kolom: baru})
        aksi = "buat"
    else:
        setattr(row, kolom, baru)
        aksi = "ubah"
    row.full_clean()
    row.save()
    return [_audit(aksi, row, audit.perubahan({kolom: lama}, {kolom: baru}), user, pd, subjek)]


def _tulis_faktor(row, isian: Isian, sub, tahun, user, pd) -> list:
    lama = {"penghambat": row.penghambat, "solusi": row.solusi} if row else {}
    baru = {"penghambat": isian.penghambat, "solusi": isian.solusi}
    if {k: v for k, v in lama.items() if v} == {k: v for k, v in baru.items() if v}:
        return []
    if row is None:
        row = FaktorKinerja(subkegiatan=sub, tahun=tahun)
    row.penghambat, row.solusi = isian.penghambat, isian.solusi
    row.save()
    return [_audit("ubah", row, audit.perubahan(lama, baru), user, pd, sub.kode)]


def _periksa_faktor(isian, indikator, tahun, triwulan, kesalahan) -> None:
    """A row behind plan as of this triwulan needs faktor penghambat and solusi.

    Checked on the rows a save changes, and on every row when the triwulan is submitted.
    """
    if not isian:
        return
    earlier = {
        (r.indikator_id, r.triwulan): r.nilai
        for r in RealisasiIndikator.objects.filter(
            indikator__subkegiatan__in=[i.subkegiatan for i in isian],
            tahun=tahun,
            triwulan__lt=triwulan,
        )
    }
    ids = [i.pk for inds in indikator.values() for i in inds]
    pd = isian[0].subkegiatan.kegiatan.program.renstra.perangkat_daerah
    targets = {
        i: t.nilai
        for i, t in target_berlaku(tahun, pk_berlaku(pd, tahun), indikator_id__in=ids).items()
    }
    for row in isian:
        sub = row.subkegiatan
        behind = False
        for ind in indikator[sub.pk]:
            k = {q: earlier.get((ind.pk, q)) for q in range(1, triwulan)}
            k[triwulan] = row.k.get(ind.nomor)
            if k[triwulan] is None:
                continue
            p = peringatan_dini(
                target=targets.get(ind.pk),
                k=k,
                agregasi=Agregasi(ind.agregasi),
                pagu=None,
                rp={},
                sampai=triwulan,
                polaritas=Polaritas(ind.polaritas),
            )
            behind = behind or p.kurang_dari_target
        if behind:
            for kolom, nilai in (("penghambat", row.penghambat), ("solusi", row.solusi)):
                if not nilai.strip():
                    kesalahan.setdefault(sub.kode, {})[kolom] = (
                        "Capaian di bawah rencana: isi faktor penghambat dan solusinya."
                    )


# --- the workflow ----------------------------------------------------------------------------

ALUR = {
    # action: (permission, allowed from, to, note required)
    "ajukan": ("ajukan_triwulan", {Status.DRAF}, Status.DIAJUKAN, False),
    "kembalikan": ("verifikasi_triwulan", {Status.DIAJUKAN}, Status.DRAF, True),
    "verifikasi": ("verifikasi_triwulan", {Status.DIAJUKAN}, Status.DIVERIFIKASI, False),
    "kunci": ("kunci_triwulan", {Status.DIVERIFIKASI}, Status.DIKUNCI, False),
    "buka": ("buka_triwulan", {Status.DIKUNCI, Status.DIVERIFIKASI}, Status.DRAF, True),
}


class LangkahTidakSah(Exception):
    """The workflow step is not possible from the triwulan's current status."""


def ubah_status(
    user, unit: Unit, tahun: int, triwulan: int, aksi: str, catatan: str = ""
) -> StatusTriwulan:
    """Move a unit's triwulan along draf → diajukan → diverifikasi → dikunci (or back).

    ``kembalikan`` (planner returns a submission) and ``buka`` (planner reopens a verified or
    locked triwulan) require a reason in ``catatan``.
    """
    perm, dari, ke, wajib_catatan = ALUR[aksi]
    if not boleh(user, perm, unit):
        raise PermissionDenied
    if wajib_catatan and not catatan.strip():
        raise LangkahTidakSah("Sebutkan alasannya.")
    with transaction.atomic():
        status, _ = StatusTriwulan.objects.select_for_update().get_or_create(
            unit=unit, tahun=tahun, triwulan=triwulan
        )
        if status.status not in dari:
            raise LangkahTidakSah(
                f"Triwulan ini berstatus {status.get_status_display().lower()}; "
                f"langkah '{aksi}' tidak dapat dilakukan."
            )
        if aksi == "ajukan":
            _periksa_kelengkapan(unit, tahun, triwulan)
        lama = status.status
        status.status = ke
        status.catatan = catatan.strip()
        status.diubah_oleh = user
        status.save()
        audit.catat(
            aksi,
            status,
            audit.perubahan({"status": lama}, {"status": ke}),
            pengguna=user,
            alasan=catatan.strip(),
            perangkat_daerah=unit.perangkat_daerah,
            subjek=f"unit:{unit.kode}",
        )
    return status


def _periksa_kelengkapan(unit: Unit, tahun: int, triwulan: int) -> None:
    """Before submission: every row behind plan explains why (faktor penghambat, solusi)."""
    from sakip.monitoring.grid import muat_baris

    rows = muat_baris(unit, tahun, triwulan)
    kurang = [r.sub.nama for r in rows if r.tertinggal and not (r.penghambat and r.solusi)]
    if kurang:
        raise LangkahTidakSah(
            "Belum dapat diajukan: sub-kegiatan di bawah rencana tanpa faktor penghambat dan "
            "solusi: " + "; ".join(kurang) + "."
        )


# --- evidence --------------------------------------------------------------------------------


class BuktiDitolak(Exception):
    """An evidence file that is too large or of a type sakip does not keep."""


def unggah_bukti(user, sub: SubKegiatan, tahun: int, triwulan: int, berkas):
    """Keep an evidence file for a sub-kegiatan's triwulan (operator of its unit, in draf)."""
    import uuid

    import filetype
    from django.conf import settings

    from sakip.monitoring.models import BuktiDukung

    unit = sub.unit_efektif
    if not boleh(user, "isi_realisasi", unit):
        raise PermissionDenied
    status = status_triwulan(unit, tahun, triwulan)
    if not status.dapat_diisi:
        raise TriwulanTidakTerbuka(status)
    if berkas.size > settings.BUKTI_UKURAN_MAKS:
        batas = settings.BUKTI_UKURAN_MAKS // (1024 * 1024)
        raise BuktiDitolak(f"Berkas terlalu besar; paling besar {batas} MB.")
    head = berkas.read(8192)
    berkas.seek(0)
    jenis = filetype.guess(head)
    mime = jenis.mime if jenis else None
    if mime == "application/zip" and berkas.name.lower().endswith((".xlsx", ".docx")):
        # Office files are zips; trust the extension only when the content is a zip.
        mime = (
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            if berkas.name.lower().endswith(".xlsx")
            else "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        )
    if mime not in settings.BUKTI_JENIS:
        raise BuktiDitolak("Jenis berkas tidak diterima; unggah PDF, JPG, PNG, XLSX atau DOCX.")
    with transaction.atomic():
        bukti = BuktiDukung(
            subkegiatan=sub,
            tahun=tahun,
            triwulan=triwulan,
            uuid=uuid.uuid4(),
            nama_asli=berkas.name[:255],
            jenis=mime,
            ekstensi=settings.BUKTI_JENIS[mime],
            ukuran=berkas.size,
            diunggah_oleh=user,
        )
        bukti.berkas.save("bukti", berkas, save=False)
        bukti.save()
        audit.catat(
            "unggah_bukti",
            bukti,
            {"berkas": [None, bukti.nama_asli]},
            pengguna=user,
            perangkat_daerah=unit.perangkat_daerah,
            subjek=sub.kode,
        )
    return bukti


def hapus_bukti(user, bukti) -> None:
    unit = bukti.subkegiatan.unit_efektif
    if not boleh(user, "isi_realisasi", unit):
        raise PermissionDenied
    status = status_triwulan(unit, bukti.tahun, bukti.triwulan)
    if not status.dapat_diisi:
        raise TriwulanTidakTerbuka(status)
    with transaction.atomic():
        audit.catat(
            "hapus_bukti",
            bukti,
            {"berkas": [bukti.nama_asli, None]},
            pengguna=user,
            perangkat_daerah=unit.perangkat_daerah,
            subjek=bukti.subkegiatan.kode,
        )
        bukti.berkas.delete(save=False)
        bukti.delete()
