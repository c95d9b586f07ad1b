"""Quarterly entry: the grid, the workflow buttons, evidence files. Thin: parse, act, render."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from sakip.monitoring import actions
from sakip.monitoring.grid import baca_isian, muat_baris, rencana
from sakip.monitoring.models import BuktiDukung
from sakip.permissions import (
    boleh,
    get_subkegiatan_for_user,
    get_unit_for_user,
    subkegiatan_untuk,
)

TRIWULAN = (1, 2, 3, 4)


def _tw(triwulan: int) -> int:
    if triwulan not in TRIWULAN:
        raise Http404("Triwulan harus 1 sampai 4.")
    return triwulan


def _url_grid(unit, tahun, triwulan) -> str:
    return reverse("monitoring:isian", args=[unit.pk, tahun, triwulan])


@login_required
@require_http_methods(["GET", "POST"])
def isian(request, unit_id: int, tahun: int, triwulan: int):
    """The grid of a unit's sub-kegiatan for one triwulan: K, RP, faktor, evidence."""
    _tw(triwulan)
    unit = get_unit_for_user(request.user, unit_id)
    status = actions.status_triwulan(unit, tahun, triwulan)
    dapat_isi = boleh(request.user, "isi_realisasi", unit) and status.dapat_diisi
    rows = muat_baris(unit, tahun, triwulan)
    tersimpan = None
    if request.method == "POST":
        if not boleh(request.user, "isi_realisasi", unit):
            raise PermissionDenied
        isian_rows, valid = baca_isian(rows, request.POST, triwulan)
        if valid:
            try:
                tersimpan = actions.simpan_realisasi(
                    request.user, unit, tahun, triwulan, isian_rows
                )
            except actions.TriwulanTidakTerbuka as exc:
                messages.error(request, str(exc))
                return redirect(_url_grid(unit, tahun, triwulan))
            except actions.IsianTidakSah as exc:
                by_kode = {r.sub.kode: r for r in rows}
                for kode, errors in exc.kesalahan.items():
                    row = by_kode[kode]
                    for kolom, pesan in errors.items():
                        if kolom.startswith("k_"):
                            nomor = int(kolom[2:])
                            for c in row.k:
                                if c.indikator.nomor == nomor:
                                    c.galat = pesan
                        else:
                            row.galat[kolom] = pesan
            else:
                messages.success(
                    request,
                    f"Isian tersimpan ({tersimpan} nilai berubah)."
                    if tersimpan
                    else "Tidak ada yang berubah.",
                )
                return redirect(_url_grid(unit, tahun, triwulan))
        messages.error(request, "Isian belum disimpan: perbaiki yang ditandai di bawah.")
    for row in rows:
        for c in row.k:
            c.rencana = rencana(c, triwulan)
    return render(
        request,
        "monitoring/isian.html",
        {
            "unit": unit,
            "tahun": tahun,
            "triwulan": triwulan,
            "semua_triwulan": TRIWULAN,
            "status": status,
            "rows": rows,
            "dapat_isi": dapat_isi,
            "dapat": {
                aksi: boleh(request.user, perm, unit) and status.status in dari
                for aksi, (perm, dari, _, _) in actions.ALUR.items()
            },
        },
        status=400 if request.method == "POST" else 200,
    )


@login_required
@require_POST
def ubah_status(request, unit_id: int, tahun: int, triwulan: int):
    """A workflow step: ajukan, kembalikan, verifikasi, kunci, buka."""
    _tw(triwulan)
    unit = get_unit_for_user(request.user, unit_id)
    aksi = request.POST.get("aksi", "")
    if aksi not in actions.ALUR:
        raise Http404
    try:
        status = actions.ubah_status(
            request.user, unit, tahun, triwulan, aksi, request.POST.get("catatan", "")
        )
    except actions.LangkahTidakSah as exc:
        messages.error(request, str(exc))
    else:
        messages.success(
            request, f"Triwulan {triwulan} sekarang {status.get_status_display().lower()}."
        )
    return redirect(_url_grid(unit, tahun, triwulan))


@login_required
@require_POST
def unggah_bukti(request, sub_id: int, tahun: int, triwulan: int):
    _tw(triwulan)
    sub = get_subkegiatan_for_user(request.user, sub_id, write=True)
    berkas = request.FILES.get("berkas")
    if berkas is None:
        messages.error(request, f"{sub.nama}: pilih berkas bukti dukung lebih dahulu.")
    else:
        try:
            actions.unggah_bukti(request.user, sub, tahun, triwulan, berkas)
        except (actions.BuktiDitolak, actions.TriwulanTidakTerbuka) as exc:
            messages.error(request, f"{sub.nama}: {exc}")
        else:
            messages.success(request, f"Bukti dukung '{berkas.name}' tersimpan.")
    return redirect(_url_grid(sub.unit_efektif, tahun, triwulan) + f"#sub-{sub.pk}")


@login_required
@require_POST
def hapus_bukti(request, bukti_id: int):
    bukti = get_object_or_404(
        BuktiDukung,
        pk=bukti_id,
        subkegiatan__in=subkegiatan_untuk(request.user, write=True),
    )
    sub = bukti.subkegiatan
    try:
        actions.hapus_bukti(request.user, bukti)
    except actions.TriwulanTidakTerbuka as exc:
        messages.error(request, str(exc))
    return redirect(_url_grid(sub.unit_efektif, bukti.tahun, bukti.triwulan))


@login_required
@require_GET
def unduh_bukti(request, bukti_id: int):
    """Stream an evidence file to a user who may read its sub-kegiatan."""
    bukti = get_object_or_404(
        BuktiDukung, pk=bukti_id, subkegiatan__in=subkegiatan_untuk(request.user)
    )
    return FileResponse(
        bukti.berkas.open("rb"),
        as_attachment=True,
        filename=bukti.nama_asli,
        content_type=bukti.jenis,
    )
