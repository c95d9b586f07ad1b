"""What the dashboards show, built from one measurement (``ukur``) and a few bounded queries."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sakip.engine.capaian import Polaritas
from sakip.engine.pohon import SumberInput
from sakip.engine.proyeksi import Peringatan, peringatan_dini
from sakip.measurement.hasil import Pengukuran
from sakip.monitoring.models import RealisasiAnggaran, StatusTriwulan

Status = StatusTriwulan.Status


@dataclass
class BarisPeringatan:
    sub: object
    unit: object
    peringatan: Peringatan
    pagu: Decimal | None


def peringatan(p: Pengukuran) -> list[BarisPeringatan]:
    """Sub-kegiatan whose year-end projection falls short of target or runs over pagu."""
    sampai = p.data.sampai_triwulan
    item = {i.kunci: i for i in p.data.item}
    indikator_sub = defaultdict(list)
    for ind in p.data.indikator:
        if ind.pemilik in item and item[ind.pemilik].tingkat == "subkegiatan":
            indikator_sub[ind.pemilik].append(ind)
    out = []
    for sub in p.konteks.subkegiatan:
        it = item[sub.kode]
        worst = None
        for ind in indikator_sub[sub.kode] or [None]:
            k = ind.sumber.triwulan if ind and isinstance(ind.sumber, SumberInput) else {}
            w = peringatan_dini(
                target=ind.target if ind else None,
                k=k,
                agregasi=ind.agregasi if ind else "jumlah",
                pagu=it.pagu,
                rp=it.rp,
                sampai=sampai,
                polaritas=ind.polaritas if ind else Polaritas.POSITIF,
                aturan=p.aturan,
            )
            if worst is None or (w.ada and not worst.ada):
                worst = w
        if worst is not None and worst.ada:
            out.append(BarisPeringatan(sub, sub.unit_efektif, worst, it.pagu))
    return out


@dataclass
class SelKelengkapan:
    status: str
    label: str
    terisi: int
    jumlah: int


def kelengkapan(p: Pengukuran) -> list[tuple[object, list[SelKelengkapan]]]:
    """Per Bagian and triwulan: workflow status and how many sub-kegiatan have RP entered."""
    subs_per_unit = defaultdict(list)
    for sub in p.konteks.subkegiatan:
        unit = sub.unit_efektif
        if unit is not None:
            subs_per_unit[unit].append(sub)
    statuses = {
        (s.unit_id, s.triwulan): s
        for s in StatusTriwulan.objects.filter(unit__in=list(subs_per_unit), tahun=p.hasil.tahun)
    }
    terisi = defaultdict(int)
    for sub_id, tw in RealisasiAnggaran.objects.filter(
        subkegiatan__in=p.konteks.subkegiatan, tahun=p.hasil.tahun
    ).values_list("subkegiatan_id", "triwulan"):
        terisi[(sub_id, tw)] += 1
    rows = []
    for unit in sorted(subs_per_unit, key=lambda u: u.urutan):
        subs = subs_per_unit[unit]
        cells = []
        for tw in (1, 2, 3, 4):
            st = statuses.get((unit.pk, tw))
            code = st.status if st else Status.DRAF
            cells.append(
                SelKelengkapan(
                    status=code,
                    label=Status(code).label,
                    terisi=sum(1 for s in subs if terisi[(s.pk, tw)]),
                    jumlah=len(subs),
                )
            )
        rows.append((unit, cells))
    return rows


def kurva_rp(p: Pengukuran, lebar: int = 480, tinggi: int = 200) -> dict:
    """Cumulative RP per triwulan against pagu, as SVG coordinates (§7 plan-versus-actual)."""
    pagu = p.hasil.pagu or Decimal(1)
    total = {q: v for q, v in p.hasil.rp_kumulatif.items() if v is not None}
    x = {q: 40 + (lebar - 60) * q / 4 for q in (0, 1, 2, 3, 4)}

    def y(v: Decimal) -> float:
        return round(tinggi - 20 - float(v / pagu) * (tinggi - 40), 1)

    titik = [(x[0], y(Decimal(0)))] + [(x[q], y(total[q])) for q in (1, 2, 3, 4) if q in total]
    rencana = [(x[q], y(pagu * q / 4)) for q in (0, 1, 2, 3, 4)]
    return {
        "lebar": lebar,
        "tinggi": tinggi,
        "aktual": " ".join(f"{a},{b}" for a, b in titik),
        "rencana": " ".join(f"{a},{b}" for a, b in rencana),
        "pagu_y": y(pagu),
        "titik": [(a, b, total[q]) for (a, b), q in zip(titik[1:], sorted(total), strict=True)],
        "label_x": [(x[q], f"TW {q}") for q in (1, 2, 3, 4)],
    }
