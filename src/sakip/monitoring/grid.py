"""The quarterly entry grid of one unit: what it shows, and reading what the user typed.

One row per sub-kegiatan the unit runs: its indicators with target and K, its pagu and RP, the
cumulative figures so far, faktor penghambat and solusi, and evidence. Reading the POST turns
text into ``Isian`` for ``actions.simpan_realisasi`` and collects errors (what is illegal) and
warnings (what is unusual but legal), each tied to its field so the page shows it beside it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Q

from sakip.engine.capaian import Polaritas, hitung_capaian
from sakip.engine.proyeksi import peringatan_dini, rencana_sampai
from sakip.engine.realisasi import Agregasi, gabung_triwulan
from sakip.format import BukanAngka, angka_isian, baca_angka
from sakip.measurement.adapter import pk_berlaku, renstra_untuk, target_berlaku
from sakip.monitoring.actions import Isian
from sakip.monitoring.models import (
    BuktiDukung,
    FaktorKinerja,
    RealisasiAnggaran,
    RealisasiIndikator,
)
from sakip.organisation.models import Unit
from sakip.planning.models import Indikator, Pagu, SubKegiatan


@dataclass
class SelK:
    """One indicator's K cell of a row."""

    indikator: Indikator
    target: Decimal | None
    sebelum: dict[int, Decimal | None]  # earlier quarters
    nilai: Decimal | None  # stored value of this quarter
    teks: str = ""  # what the field shows
    asal: str = ""  # the stored value when the page was first loaded (conflict detection)
    galat: str = ""
    peringatan: str = ""

    @property
    def nama_field(self) -> str:
        return f"k-{self.indikator.subkegiatan_id}-{self.indikator.nomor}"

    @property
    def kumulatif_sebelum(self) -> Decimal | None:
        """The combined value of the earlier quarters (all of ``sebelum`` precede this one)."""
        return gabung_triwulan(self.sebelum, Agregasi(self.indikator.agregasi))

    def kumulatif(self, triwulan: int, nilai: Decimal | None) -> Decimal | None:
        values = {**self.sebelum, triwulan: nilai}
        return gabung_triwulan(values, Agregasi(self.indikator.agregasi), triwulan)


@dataclass
class Baris:
    sub: SubKegiatan
    k: list[SelK]
    pagu: Decimal | None
    rp_sebelum: Decimal  # sum of earlier quarters
    rp: Decimal | None
    penghambat: str
    solusi: str
    bukti: list[BuktiDukung]
    teks_rp: str = ""
    asal_rp: str = ""
    asal_penghambat: str = ""
    asal_solusi: str = ""
    galat: dict[str, str] = field(default_factory=dict)
    peringatan: dict[str, str] = field(default_factory=dict)
    tertinggal: bool = False

    @property
    def rp_kumulatif(self) -> Decimal:
        return self.rp_sebelum + (self.rp or 0)


def muat_baris(unit: Unit, tahun: int, triwulan: int) -> list[Baris]:
    """The rows of a unit's grid with what is stored now (a bounded number of queries)."""
    renstra = renstra_untuk(unit.perangkat_daerah, tahun)
    pk = pk_berlaku(unit.perangkat_daerah, tahun)
    subs = list(
        SubKegiatan.objects.filter(kegiatan__program__renstra=renstra)
        .filter(Q(unit=unit) | Q(unit__isnull=True, kegiatan__unit=unit))
        .select_related("kegiatan__program", "unit", "kegiatan__unit")
        .order_by("kegiatan__program__urutan", "kegiatan__urutan", "urutan")
    )
    indikator = defaultdict(list)
    for ind in Indikator.objects.filter(subkegiatan__in=subs).order_by("nomor"):
        indikator[ind.subkegiatan_id].append(ind)
    target = {
        i: t.nilai for i, t in target_berlaku(tahun, pk, indikator__subkegiatan__in=subs).items()
    }
    pagu = (
        {
            p.subkegiatan_id: p.nilai
            for p in Pagu.objects.filter(perjanjian_kinerja=pk, subkegiatan__in=subs)
        }
        if pk
        else {}
    )
    k = defaultdict(dict)
    for r in RealisasiIndikator.objects.filter(
        indikator__subkegiatan__in=subs, tahun=tahun, triwulan__lte=triwulan
    ):
        k[r.indikator_id][r.triwulan] = r.nilai
    rp = defaultdict(dict)
    for r in RealisasiAnggaran.objects.filter(
        subkegiatan__in=subs, tahun=tahun, triwulan__lte=triwulan
    ):
        rp[r.subkegiatan_id][r.triwulan] = r.rp
    faktor = {
        f.subkegiatan_id: f for f in FaktorKinerja.objects.filter(subkegiatan__in=subs, tahun=tahun)
    }
    bukti = defaultdict(list)
    for b in BuktiDukung.objects.filter(subkegiatan__in=subs, tahun=tahun, triwulan=triwulan):
        bukti[b.subkegiatan_id].append(b)
    rows = []
    for sub in subs:
        cells = [
            SelK(
                indikator=ind,
                target=target.get(ind.pk),
                sebelum={q: v for q, v in k[ind.pk].items() if q < triwulan},
                nilai=k[ind.pk].get(triwulan),
            )
            for ind in indikator[sub.pk]
        ]
        for c in cells:
            c.teks = c.asal = angka_isian(c.nilai)
        f = faktor.get(sub.pk)
        row = Baris(
            sub=sub,
            k=cells,
            pagu=pagu.get(sub.pk),
            rp_sebelum=sum((v for q, v in rp[sub.pk].items() if q < triwulan), Decimal(0)),
            rp=rp[sub.pk].get(triwulan),
            penghambat=f.penghambat if f else "",
            solusi=f.solusi if f else "",
            bukti=bukti[sub.pk],
        )
        row.teks_rp = row.asal_rp = angka_isian(row.rp)
        row.asal_penghambat, row.asal_solusi = row.penghambat, row.solusi
        periksa_baris(row, triwulan)
        rows.append(row)
    return rows


def periksa_baris(row: Baris, triwulan: int) -> None:
    """Warnings for what is unusual but legal, and whether the row is behind plan."""
    row.tertinggal = False
    if row.pagu is not None and row.rp_kumulatif > row.pagu:
        row.peringatan["rp"] = "Realisasi kumulatif melebihi pagu."
    for c in row.k:
        if c.galat:
            continue
        kum = c.kumulatif(triwulan, c.nilai)
        if kum is None or c.target is None:
            continue
        agregasi = Agregasi(c.indikator.agregasi)
        capaian = hitung_capaian(c.target, kum, polaritas=Polaritas(c.indikator.polaritas))
        if capaian is not None and capaian > 200:
            c.peringatan = "Jauh di atas target tahunan; periksa kembali."
        p = peringatan_dini(
            target=c.target,
            k={**c.sebelum, triwulan: c.nilai},
            agregasi=agregasi,
            pagu=None,
            rp={},
            sampai=triwulan,
            polaritas=Polaritas(c.indikator.polaritas),
        )
        row.tertinggal = row.tertinggal or p.kurang_dari_target


def rencana(c: SelK, triwulan: int) -> Decimal | None:
    return rencana_sampai(c.target, Agregasi(c.indikator.agregasi), triwulan)


def baca_isian(rows: list[Baris], data, triwulan: int) -> tuple[list[Isian], bool]:
    """Read the POSTed grid into ``Isian``; errors are set on the rows. Returns (isian, valid).

    A field that is missing from the POST (as opposed to sent empty) keeps its stored value, so
    a partial or truncated request can never erase figures.
    """
    valid = True
    isian = []
    for row in rows:
        sid = row.sub.pk
        row.galat.clear()
        row.peringatan.clear()
        ks: dict[int, Decimal | None] = {}
        asal_k: dict[int, Decimal | None] = {}
        for c in row.k:
            c.galat = c.peringatan = ""
            c.teks = data.get(c.nama_field, c.teks)
            try:
                value = baca_angka(c.teks)
                if value is not None and value < 0:
                    c.galat = "Nilai tidak boleh negatif."
                ks[c.indikator.nomor] = value
                c.nilai = value
            except BukanAngka:
                c.galat = "Masukkan angka, misalnya 12 atau 2,75."
            c.asal = data.get(f"asal-{c.nama_field}", c.asal)
            asal_k[c.indikator.nomor] = _asal(c.asal)
            valid = valid and not c.galat
        row.teks_rp = data.get(f"rp-{sid}", row.teks_rp)
        rp = None
        try:
            rp = baca_angka(row.teks_rp)
            if rp is not None and rp < 0:
                row.galat["rp"] = "Realisasi anggaran tidak boleh negatif."
        except BukanAngka:
            row.galat["rp"] = "Masukkan angka rupiah, misalnya 1.250.000."
        row.rp = rp if "rp" not in row.galat else None
        row.asal_rp = data.get(f"asal-rp-{sid}", row.asal_rp)
        row.asal_penghambat = data.get(f"asal-penghambat-{sid}", row.asal_penghambat)
        row.asal_solusi = data.get(f"asal-solusi-{sid}", row.asal_solusi)
        row.penghambat = data.get(f"penghambat-{sid}", row.penghambat).strip()
        row.solusi = data.get(f"solusi-{sid}", row.solusi).strip()
        valid = valid and not row.galat
        periksa_baris(row, triwulan)
        isian.append(
            Isian(
                subkegiatan=row.sub,
                k=ks,
                rp=rp,
                penghambat=row.penghambat,
                solusi=row.solusi,
                asal_k=asal_k,
                asal_rp=_asal(row.asal_rp),
                asal_penghambat=row.asal_penghambat,
                asal_solusi=row.asal_solusi,
            )
        )
    return isian, valid


def _asal(teks: str) -> Decimal | None:
    try:
        return baca_angka(teks)
    except BukanAngka:
        return None
