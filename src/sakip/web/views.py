"""The home page, the agency dashboard with its drill-down, and the audit view of an item."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from sakip.accounts.models import Peran
from sakip.audit.models import AuditLog
from sakip.evaluation.models import Komentar
from sakip.measurement.adapter import TidakAdaData
from sakip.measurement.hasil import ukur
from sakip.monitoring.models import StatusTriwulan
from sakip.permissions import (
    boleh,
    get_perangkat_daerah_for_user,
    get_subkegiatan_for_user,
    peran,
    perangkat_daerah_untuk,
    profil,
)
from sakip.web import dashboard


def _tahun_terakhir(pd) -> int | None:
    return pd.perjanjian_kinerja.order_by("-tahun").values_list("tahun", flat=True).first()


@login_required
@require_GET
def beranda(request):
    """Straight to the user's own work: the grid for an operator, the dashboard otherwise."""
    agencies = list(perangkat_daerah_untuk(request.user))
    p = profil(request.user)
    if peran(request.user) == Peran.OPERATOR and p.unit_id:
        tahun = _tahun_terakhir(p.unit.perangkat_daerah)
        if tahun:
            # The first triwulan still open for entry, else the last one.
            closed = set(
                StatusTriwulan.objects.filter(unit_id=p.unit_id, tahun=tahun)
                .exclude(status=StatusTriwulan.Status.DRAF)
                .values_list("triwulan", flat=True)
            )
            tw = next((q for q in (1, 2, 3, 4) if q not in closed), 4)
            return redirect("monitoring:isian", p.unit_id, tahun, tw)
    if len(agencies) == 1 and _tahun_terakhir(agencies[0]):
        return redirect("web:dasbor", agencies[0].pk, _tahun_terakhir(agencies[0]))
    return render(
        request,
        "web/beranda.html",
        {
            "agencies": [(pd, _tahun_terakhir(pd)) for pd in agencies],
        },
    )


def _sampai(request) -> int:
    try:
        value = int(request.GET.get("tw", 4))
    except ValueError:
        return 4
    return value if value in (1, 2, 3, 4) else 4


@login_required
@require_GET
def dasbor(request, pd_id: int, tahun: int):
    """The agency overview: IKU cards, capaian tree, penyerapan per Bagian, RP curve,
    early warnings and completeness of entry."""
    pd = get_perangkat_daerah_for_user(request.user, pd_id)
    sampai = _sampai(request)
    try:
        p = ukur(pd, tahun, sampai_triwulan=sampai)
    except TidakAdaData as exc:
        raise Http404(str(exc)) from None
    h = p.hasil
    iku = [(p.konteks.indikator[k], h.indikator[k], p.perbandingan[k]) for k in p.data.iku]
    units = {u.kode: u for u in pd.unit.all()}
    bagian = [
        (units[kode], hu)
        for kode, hu in h.unit.items()
        if kode in units and units[kode].jenis == "bagian"
    ]
    bagian.sort(key=lambda x: x[0].urutan)
    return render(
        request,
        "web/dasbor.html",
        {
            "pd": pd,
            "tahun": tahun,
            "sampai": sampai,
            "p": p,
            "h": h,
            "iku": iku,
            "program": [(prog, h.item[prog.kode]) for prog in p.konteks.program],
            "bagian": bagian,
            "peringatan": dashboard.peringatan(p),
            "kelengkapan": dashboard.kelengkapan(p),
            "kurva": dashboard.kurva_rp(p),
            "komentar": Komentar.objects.filter(perangkat_daerah=pd, tahun=tahun).select_related(
                "penulis"
            ),
            "dapat_komentar": boleh(request.user, "komentar", pd),
            "unduhan": _unduhan(pd, tahun, sampai),
        },
    )


def _unduhan(pd, tahun, sampai: int) -> list[tuple[str, str]]:
    """Download buttons for the generated documents (built at the click, from stored data)."""
    out = []
    for jenis, label in (
        ("lkjip", "LKjIP"),
        ("pk", "Perjanjian Kinerja"),
        ("triwulan", f"Laporan triwulan {sampai}"),
    ):
        for fmt in ("docx", "pdf", "xlsx"):
            url = reverse("reports:unduh", args=[pd.pk, tahun, jenis, fmt])
            if jenis == "triwulan":
                url += f"?tw={sampai}"
            out.append((f"{label} ({fmt.upper()})", url))
    return out


@login_required
@require_GET
def pohon(request, pd_id: int, tahun: int, kode: str):
    """htmx: the children of a program or a kegiatan in the capaian tree."""
    pd = get_perangkat_daerah_for_user(request.user, pd_id)
    sampai = _sampai(request)
    try:
        p = ukur(pd, tahun, sampai_triwulan=sampai, tahun_lalu=False)
    except TidakAdaData as exc:
        raise Http404(str(exc)) from None
    k = p.konteks
    program = {x.kode: x for x in k.program}
    kegiatan = {x.kode: x for x in k.kegiatan}
    if kode in program:
        anak = [x for x in k.kegiatan if x.program_id == program[kode].pk]
    elif kode in kegiatan:
        anak = [x for x in k.subkegiatan if x.kegiatan_id == kegiatan[kode].pk]
    else:
        raise Http404
    return render(
        request,
        "web/_pohon.html",
        {
            "pd": pd,
            "tahun": tahun,
            "sampai": sampai,
            "rows": [(x, p.hasil.item[x.kode]) for x in anak],
            "daun": kode in kegiatan,
        },
    )


@login_required
@require_POST
def komentar(request, pd_id: int, tahun: int):
    """An evaluator's comment on an agency-year."""
    pd = get_perangkat_daerah_for_user(request.user, pd_id)
    if not boleh(request.user, "komentar", pd):
        raise PermissionDenied
    teks = request.POST.get("teks", "").strip()
    if not teks:
        messages.error(request, "Komentar tidak boleh kosong.")
    else:
        from sakip.evaluation.actions import tambah_komentar

        tambah_komentar(request.user, pd, tahun, teks)
        messages.success(request, "Komentar tersimpan.")
    return redirect("web:dasbor", pd.pk, tahun)


@login_required
@require_GET
def audit_subkegiatan(request, sub_id: int):
    """Every recorded change to a sub-kegiatan's targets, pagu, realisasi, faktor, evidence."""
    sub = get_subkegiatan_for_user(request.user, sub_id)
    pd = sub.kegiatan.program.renstra.perangkat_daerah
    log = (
        AuditLog.objects.filter(
            subjek__in=[sub.kode, *[f"{sub.kode}/{i.nomor}" for i in sub.indikator.all()]]
        )
        .filter(perangkat_daerah=pd)
        .select_related("pengguna")
        .order_by("-waktu", "-id")[:500]
    )
    return render(request, "web/audit.html", {"sub": sub, "log": log, "pd": pd})
