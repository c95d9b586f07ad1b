"""Downloading a generated document: built from the stored data at the moment of the click."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.views.decorators.http import require_GET

from sakip.measurement.adapter import TidakAdaData
from sakip.permissions import get_perangkat_daerah_for_user
from sakip.reports.buat import FORMAT, JENIS, dokumen, render

MIME = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


@login_required
@require_GET
def unduh(request, pd_id: int, tahun: int, jenis: str, fmt: str):
    """The LKjIP, the PK or the quarterly report (``?tw=N``) of an agency-year as a file."""
    pd = get_perangkat_daerah_for_user(request.user, pd_id)
    if jenis not in JENIS or fmt not in FORMAT:
        raise Http404("Dokumen tidak dikenal.")
    try:
        triwulan = int(request.GET.get("tw", 4))
    except ValueError:
        triwulan = 4
    if triwulan not in (1, 2, 3, 4):
        raise Http404("Triwulan harus 1 sampai 4.")
    try:
        dok = dokumen(jenis, pd, tahun, triwulan)
    except TidakAdaData as exc:
        raise Http404(str(exc)) from None
    response = HttpResponse(render(dok, fmt), content_type=MIME[fmt])
    response["Content-Disposition"] = f'attachment; filename="{dok.nama_berkas}.{fmt}"'
    return response
