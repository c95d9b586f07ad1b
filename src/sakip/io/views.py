"""The workbook from the web: the template and the export to download, the import to upload.

Readers of an agency download its workbook; only its planner imports one, and only into its
own agency (the workbook names the agency; a dry run reads it before anything is written).
"""

import tempfile
from pathlib import Path

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET, require_http_methods

from sakip.io.workbook import WorkbookTidakSah, ekspor, impor_workbook, templat
from sakip.permissions import boleh, get_perangkat_daerah_for_user

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
UKURAN_MAKS = 50 * 1024 * 1024


def _xlsx(tulis, pd, tahun: int, nama: str) -> HttpResponse:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / nama
        tulis(pd, tahun, path)
        response = HttpResponse(path.read_bytes(), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{nama}"'
    return response


@login_required
@require_GET
def unduh_templat(request, pd_id: int, tahun: int):
    pd = get_perangkat_daerah_for_user(request.user, pd_id)
    return _xlsx(templat, pd, tahun, f"templat-{pd.kode}-{tahun}.xlsx")


@login_required
@require_GET
def unduh_ekspor(request, pd_id: int, tahun: int):
    pd = get_perangkat_daerah_for_user(request.user, pd_id)
    return _xlsx(ekspor, pd, tahun, f"sakip-{pd.kode}-{tahun}.xlsx")


@login_required
@require_http_methods(["GET", "POST"])
def impor(request, pd_id: int, tahun: int):
    """Upload a filled workbook: every problem is listed at once; all or nothing; audited."""
    pd = get_perangkat_daerah_for_user(request.user, pd_id)
    if not boleh(request.user, "ubah_rencana", pd):
        raise PermissionDenied
    konteks = {"pd": pd, "tahun": tahun, "masalah": [], "hasil": None, "galat": ""}
    status = 200
    if request.method == "POST":
        berkas = request.FILES.get("berkas")
        kering = request.POST.get("kering") == "1"
        if berkas is None:
            konteks["galat"] = "Pilih berkas workbook (.xlsx) lebih dahulu."
        elif berkas.size > UKURAN_MAKS:
            konteks["galat"] = "Berkas terlalu besar; paling besar 50 MB."
        else:
            data = berkas.read()
            try:
                cek = impor_workbook(data, pengguna=request.user, kering=True, nama=berkas.name)
                if cek.perangkat_daerah.pk != pd.pk or cek.tahun != tahun:
                    konteks["galat"] = (
                        f"Workbook ini untuk {cek.perangkat_daerah} tahun {cek.tahun}, bukan "
                        f"{pd} tahun {tahun}; tidak ada yang ditulis."
                    )
                else:
                    konteks["hasil"] = (
                        cek
                        if kering
                        else impor_workbook(data, pengguna=request.user, nama=berkas.name)
                    )
            except WorkbookTidakSah as exc:
                konteks["masalah"] = exc.masalah
        status = 400 if konteks["galat"] or konteks["masalah"] else 200
    if konteks["hasil"] is not None:
        # A Counter answers 0 to the template's ``.items`` lookup: hand over plain lists.
        konteks["dibuat"] = sorted(konteks["hasil"].dibuat.items())
        konteks["diubah"] = sorted(konteks["hasil"].diubah.items())
    return render(request, "io/impor.html", konteks, status=status)
