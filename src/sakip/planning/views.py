"""Planning screens: the Renstra and its IKU targets, PK versions with their targets and pagu,
and the program tree. Planners change; the head signs; everyone who reads the agency reads."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from sakip.audit import log as audit
from sakip.format import BukanAngka, angka_isian, baca_angka
from sakip.measurement.adapter import TidakAdaData, pk_berlaku, renstra_untuk
from sakip.organisation.models import Unit
from sakip.permissions import boleh, get_perangkat_daerah_for_user, perangkat_daerah_untuk
from sakip.planning import actions
from sakip.planning.models import (
    Indikator,
    Kegiatan,
    PerjanjianKinerja,
    Program,
    SubKegiatan,
    Target,
)


def _renstra(pd, tahun):
    try:
        return renstra_untuk(pd, tahun)
    except TidakAdaData as exc:
        raise Http404(str(exc)) from None


@login_required
@require_http_methods(["GET"])
def rencana(request, pd_id: int, tahun: int):
    """The agency's plan for a year: sasaran and IKU with Renstra targets, PK versions."""
    pd = get_perangkat_daerah_for_user(request.user, pd_id)
    renstra = _renstra(pd, tahun)
    tahun_renstra = list(range(renstra.tahun_mulai, renstra.tahun_selesai + 1))
    iku = list(
        Indikator.objects.filter(renstra=renstra, sasaran__isnull=False)
        .select_related("sasaran")
        .prefetch_related(
            Prefetch(
                "target", Target.objects.filter(perjanjian_kinerja=None), to_attr="target_renstra"
            )
        )
        .order_by("sasaran__urutan", "nomor")
    )
    for ind in iku:
        per_tahun = {t.tahun: t.nilai for t in ind.target_renstra}
        ind.baris_target = [per_tahun.get(t) for t in tahun_renstra]
    versi = list(
        pd.perjanjian_kinerja.filter(tahun=tahun).order_by("urutan").prefetch_related("pengesahan")
    )
    return render(
        request,
        "planning/rencana.html",
        {
            "pd": pd,
            "tahun": tahun,
            "renstra": renstra,
            "tahun_renstra": tahun_renstra,
            "iku": iku,
            "versi": versi,
            "berlaku": versi[-1] if versi else None,
            "dapat_ubah": boleh(request.user, "ubah_rencana", pd),
            "dapat_tandatangani": boleh(request.user, "tandatangani", pd),
            "pilihan_versi": PerjanjianKinerja.Versi.choices,
        },
    )


def _indikator_for_user(user, pk: int) -> Indikator:
    try:
        return Indikator.objects.select_related("renstra__perangkat_daerah").get(
            pk=pk, renstra__perangkat_daerah__in=perangkat_daerah_untuk(user)
        )
    except (Indikator.DoesNotExist, ValueError):
        raise Http404("Indikator tidak ditemukan.") from None


@login_required
@require_http_methods(["GET", "POST"])
def target_renstra(request, indikator_id: int):
    """A planner sets an indicator's target for every year of the Renstra."""
    ind = _indikator_for_user(request.user, indikator_id)
    pd = ind.renstra.perangkat_daerah
    if not boleh(request.user, "ubah_rencana", pd):
        raise PermissionDenied
    renstra = ind.renstra
    tahun = list(range(renstra.tahun_mulai, renstra.tahun_selesai + 1))
    ada = {t.tahun: t.nilai for t in ind.target.filter(perjanjian_kinerja=None)}
    teks = {t: angka_isian(ada.get(t)) for t in tahun}
    galat: dict[int | str, str] = {}
    if request.method == "POST":
        nilai = {}
        for t in tahun:
            teks[t] = request.POST.get(f"target-{t}", "")
            try:
                nilai[t] = baca_angka(teks[t])
            except BukanAngka:
                galat[t] = "Masukkan angka."
        alasan = request.POST.get("alasan", "").strip()
        if not alasan:
            galat["alasan"] = "Sebutkan alasan perubahan."
        if not galat:
            n = actions.ubah_target_renstra(request.user, ind, nilai, alasan)
            messages.success(request, f"Target Renstra tersimpan ({n} perubahan).")
            return redirect("planning:rencana", pd.pk, renstra.tahun_mulai)
    return render(
        request,
        "planning/target_renstra.html",
        {
            "ind": ind,
            "pd": pd,
            "baris": [(t, teks[t], galat.get(t, "")) for t in tahun],
            "galat": galat,
        },
        status=400 if galat else 200,
    )


@login_required
@require_POST
def versi_baru(request, pd_id: int, tahun: int):
    pd = get_perangkat_daerah_for_user(request.user, pd_id)
    try:
        pk = actions.buat_versi_pk(
            request.user, pd, tahun, request.POST.get("versi", ""), request.POST.get("alasan", "")
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect("planning:rencana", pd.pk, tahun)
    messages.success(request, f"{pk} dibuat dari versi sebelumnya; ubah target dan pagunya.")
    return redirect("planning:nilai_pk", pk.pk)


def _pk_for_user(user, pk: int) -> PerjanjianKinerja:
    try:
        return PerjanjianKinerja.objects.select_related("perangkat_daerah").get(
            pk=pk, perangkat_daerah__in=perangkat_daerah_untuk(user)
        )
    except (PerjanjianKinerja.DoesNotExist, ValueError):
        raise Http404("Perjanjian kinerja tidak ditemukan.") from None


@login_required
@require_http_methods(["GET", "POST"])
def nilai_pk(request, pk_id: int):
    """Targets and pagu of one PK version; the version in force is editable by planners."""
    pk = _pk_for_user(request.user, pk_id)
    pd = pk.perangkat_daerah
    berlaku = pk_berlaku(pd, pk.tahun)
    dapat_ubah = boleh(request.user, "ubah_rencana", pd) and berlaku.pk == pk.pk
    renstra = _renstra(pd, pk.tahun)
    targets = {t.indikator_id: t.nilai for t in pk.target.all()}
    pagu = {p.subkegiatan_id: p.nilai for p in pk.pagu.all()}
    programs = list(
        Program.objects.filter(renstra=renstra)
        .order_by("urutan")
        .prefetch_related(
            "indikator",
            Prefetch(
                "kegiatan",
                Kegiatan.objects.order_by("urutan")
                .select_related("unit")
                .prefetch_related(
                    "indikator",
                    Prefetch(
                        "subkegiatan",
                        SubKegiatan.objects.order_by("urutan").prefetch_related("indikator"),
                    ),
                ),
            ),
        )
    )
    galat: dict[str, str] = {}
    teks: dict[str, str] = {}
    if request.method == "POST":
        if not dapat_ubah:
            raise PermissionDenied
        baru_target, baru_pagu = {}, {}
        for key, value in request.POST.items():
            if key.startswith(("target-", "pagu-")):
                teks[key] = value
                try:
                    angka = baca_angka(value)
                except BukanAngka:
                    galat[key] = "Masukkan angka."
                    continue
                kind, ident = key.split("-", 1)
                if kind == "target":
                    baru_target[int(ident)] = angka
                elif angka is None or angka < 0:
                    galat[key] = "Pagu harus diisi dan tidak negatif."
                else:
                    baru_pagu[int(ident)] = angka
        alasan = request.POST.get("alasan", "").strip()
        if not alasan:
            galat["alasan"] = "Sebutkan alasan perubahan."
        if not galat:
            n = actions.ubah_nilai_pk(request.user, pk, baru_target, baru_pagu, alasan)
            messages.success(request, f"Perjanjian kinerja tersimpan ({n} perubahan).")
            return redirect("planning:nilai_pk", pk.pk)
        messages.error(request, "Belum disimpan: perbaiki yang ditandai.")
    # What each field shows: the text typed (after an error), else the stored value.
    isi_target = {i: teks.get(f"target-{i}", angka_isian(v)) for i, v in targets.items()}
    isi_pagu = {i: teks.get(f"pagu-{i}", angka_isian(v)) for i, v in pagu.items()}
    for key, value in teks.items():
        kind, ident = key.split("-", 1)
        (isi_target if kind == "target" else isi_pagu)[int(ident)] = value
    return render(
        request,
        "planning/nilai_pk.html",
        {
            "pk": pk,
            "pd": pd,
            "berlaku": berlaku,
            "programs": programs,
            "targets": targets,
            "pagu": pagu,
            "isi_target": isi_target,
            "isi_pagu": isi_pagu,
            "dapat_ubah": dapat_ubah,
            "galat": galat,
            "galat_target": {int(k[7:]): v for k, v in galat.items() if k.startswith("target-")},
            "galat_pagu": {int(k[5:]): v for k, v in galat.items() if k.startswith("pagu-")},
        },
        status=400 if galat else 200,
    )


@login_required
@require_POST
def tandatangani(request, pk_id: int):
    pk = _pk_for_user(request.user, pk_id)
    actions.tandatangani_pk(request.user, pk)
    messages.success(request, f"{pk} telah Anda tandatangani.")
    return redirect("planning:rencana", pk.perangkat_daerah_id, pk.tahun)


class FormSubKegiatan(forms.ModelForm):
    class Meta:
        model = SubKegiatan
        fields = ["nama", "unit", "penanggung_jawab"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        pd = self.instance.kegiatan.program.renstra.perangkat_daerah
        self.fields["unit"].queryset = Unit.objects.filter(perangkat_daerah=pd, jenis="bagian")
        self.fields["unit"].help_text = "Kosongkan bila sama dengan unit kegiatannya."
        self.fields["penanggung_jawab"].queryset = pd.jabatan.all()


@login_required
@require_http_methods(["GET", "POST"])
def ubah_subkegiatan(request, sub_id: int):
    """A planner renames a sub-kegiatan or moves it to another Bagian (audited)."""
    try:
        sub = SubKegiatan.objects.select_related("kegiatan__program__renstra").get(
            pk=sub_id,
            kegiatan__program__renstra__perangkat_daerah__in=perangkat_daerah_untuk(request.user),
        )
    except (SubKegiatan.DoesNotExist, ValueError):
        raise Http404("Sub-kegiatan tidak ditemukan.") from None
    pd = sub.kegiatan.program.renstra.perangkat_daerah
    if not boleh(request.user, "ubah_rencana", pd):
        raise PermissionDenied
    lama = {"nama": sub.nama, "unit": sub.unit_id, "penanggung_jawab": sub.penanggung_jawab_id}
    form = FormSubKegiatan(request.POST or None, instance=sub)
    if request.method == "POST" and form.is_valid():
        obj = form.save()
        baru = {"nama": obj.nama, "unit": obj.unit_id, "penanggung_jawab": obj.penanggung_jawab_id}
        ubah = audit.perubahan(lama, baru)
        if ubah:
            audit.catat(
                "ubah_subkegiatan",
                obj,
                ubah,
                pengguna=request.user,
                perangkat_daerah=pd,
                subjek=obj.kode,
            )
        messages.success(request, "Sub-kegiatan tersimpan.")
        pk = pd.perjanjian_kinerja.order_by("-tahun", "-urutan").first()
        return redirect("planning:nilai_pk", pk.pk) if pk else redirect("beranda")
    return render(
        request,
        "planning/ubah_subkegiatan.html",
        {"form": form, "sub": sub, "pd": pd},
        status=400 if form.errors else 200,
    )
