"""The one adapter between the database and the pure engine.

``data_pengukuran()`` reads an agency's year from the models into the engine's plain
dataclasses; everything derived is then computed by ``sakip.engine.pohon.hitung``. No rule of
MEASUREMENT.md lives here: only which stored value is the input of which rule.
"""

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sakip.engine.aturan import Aturan
from sakip.engine.capaian import JenisTarget, Polaritas, Rentang, SkalaOrdinal
from sakip.engine.pohon import (
    DataPengukuran,
    IndikatorMasukan,
    ItemMasukan,
    SasaranMasukan,
    SumberIndikator,
    SumberInput,
    SumberRegister,
    SumberRollup,
    SumberTercatat,
)
from sakip.engine.predikat import Predikat, Skala
from sakip.engine.realisasi import Agregasi
from sakip.engine.register import Kebijakan as KebijakanMasukan
from sakip.engine.register import Temuan as TemuanMasukan
from sakip.monitoring.models import RealisasiAnggaran, RealisasiIndikator
from sakip.organisation.models import PerangkatDaerah
from sakip.planning.models import (
    Indikator,
    Kegiatan,
    Pagu,
    PengaturanPengukuran,
    PerjanjianKinerja,
    Program,
    Renstra,
    SkalaPredikat,
    SubKegiatan,
    Target,
)
from sakip.registers.models import Kebijakan, Temuan


class TidakAdaData(LookupError):
    """The agency has no Renstra covering the year asked for."""


@dataclass(frozen=True)
class Konteks:
    """The stored objects a measurement was built from, for labelling its results."""

    perangkat_daerah: PerangkatDaerah
    tahun: int
    renstra: Renstra
    pk: PerjanjianKinerja | None
    program: list[Program]
    kegiatan: list[Kegiatan]
    subkegiatan: list[SubKegiatan]
    indikator: dict[str, Indikator]
    target_renstra: dict[tuple[str, int], Target]


def renstra_untuk(pd: PerangkatDaerah, tahun: int) -> Renstra:
    renstra = pd.renstra.filter(tahun_mulai__lte=tahun, tahun_selesai__gte=tahun).first()
    if renstra is None:
        raise TidakAdaData(f"{pd.nama} tidak punya Renstra yang mencakup tahun {tahun}")
    return renstra


def pk_berlaku(pd: PerangkatDaerah, tahun: int) -> PerjanjianKinerja | None:
    """The PK version in force for the year: the one with the highest ``urutan``."""
    return pd.perjanjian_kinerja.filter(tahun=tahun).order_by("-urutan").first()


def aturan_untuk(pd: PerangkatDaerah) -> Aturan:
    pengaturan = PengaturanPengukuran.objects.filter(perangkat_daerah=pd).first()
    return Aturan.dari_dict(pengaturan.sebagai_dict()) if pengaturan else Aturan()


def skala_untuk(pd: PerangkatDaerah, tahun: int, kode: str = "capaian") -> Skala | None:
    """The agency's scale ``kode`` of the year, else of the latest earlier year."""
    skala = (
        SkalaPredikat.objects.filter(perangkat_daerah=pd, kode=kode, tahun__lte=tahun)
        .order_by("-tahun")
        .prefetch_related("predikat")
        .first()
    )
    if skala is None:
        return None
    return Skala(
        kode=skala.kode,
        predikat=tuple(
            Predikat(p.label, p.warna, p.hex, p.batas_bawah, p.batas_atas)
            for p in skala.predikat.all()
        ),
    )


def target_berlaku(tahun: int, pk: PerjanjianKinerja | None, **saring) -> dict[int, Target]:
    """Each indicator's target for ``tahun`` by indicator id: the PK version in force, else the
    Renstra's target of that year. ``saring`` narrows the indicators (Django lookups)."""
    out: dict[int, Target] = {}
    for t in Target.objects.filter(tahun=tahun, **saring):
        if t.perjanjian_kinerja_id is None:
            out.setdefault(t.indikator_id, t)
        elif pk is not None and t.perjanjian_kinerja_id == pk.pk:
            out[t.indikator_id] = t
    return out


def _nilai_target(indikator: Indikator, target: Target | None) -> Decimal | Rentang | str | None:
    if target is None:
        return None
    if indikator.jenis_target == Indikator.JenisTarget.RENTANG:
        return Rentang(target.nilai, target.nilai_tinggi)
    if indikator.jenis_target == Indikator.JenisTarget.ORDINAL:
        return target.label
    return target.nilai


def _nilai_realisasi(indikator: Indikator, row: RealisasiIndikator) -> Decimal | str | None:
    if indikator.jenis_target == Indikator.JenisTarget.ORDINAL:
        return row.label or None
    return row.nilai


def data_pengukuran(
    pd: PerangkatDaerah, tahun: int, *, sampai_triwulan: int = 4
) -> tuple[DataPengukuran, Konteks]:
    """The engine input for ``pd`` in ``tahun`` as of the end of ``sampai_triwulan``.

    Targets come from the PK version in force for the year, else from the Renstra (a year
    without a PK in sakip, such as an earlier year). Pagu comes from the PK version in force.
    A whole-year realisasi recorded for the year overrides the indicator's own source.
    """
    renstra = renstra_untuk(pd, tahun)
    pk = pk_berlaku(pd, tahun)
    program = list(
        renstra.program.select_related("unit").prefetch_related("sasaran").order_by("urutan")
    )
    kegiatan = list(
        Kegiatan.objects.filter(program__renstra=renstra)
        .select_related("program", "unit")
        .order_by("program__urutan", "urutan")
    )
    subkegiatan = list(
        SubKegiatan.objects.filter(kegiatan__program__renstra=renstra)
        .select_related("kegiatan__program", "kegiatan__unit", "unit")
        .order_by("kegiatan__program__urutan", "kegiatan__urutan", "urutan")
    )
    indikator = {
        i.kode: i
        for i in renstra.indikator.select_related(
            "sasaran", "program", "kegiatan", "subkegiatan", "skala_ordinal"
        ).prefetch_related("indikator_sumber", "skala_ordinal__tingkat")
    }
    berlaku = target_berlaku(tahun, pk, indikator__renstra=renstra)
    target_renstra = {
        (t.indikator.kode, t.tahun): t
        for t in Target.objects.filter(
            indikator__renstra=renstra, perjanjian_kinerja__isnull=True
        ).select_related("indikator")
    }
    pagu = (
        {p.subkegiatan_id: p.nilai for p in Pagu.objects.filter(perjanjian_kinerja=pk)}
        if pk is not None
        else {}
    )
    rp: dict[int, dict[int, Decimal]] = defaultdict(dict)
    for r in RealisasiAnggaran.objects.filter(
        subkegiatan__kegiatan__program__renstra=renstra, tahun=tahun
    ):
        rp[r.subkegiatan_id][r.triwulan] = r.rp
    k_triwulan: dict[str, dict[int, Decimal | str | None]] = defaultdict(dict)
    k_tahunan: dict[str, Decimal | str | None] = {}
    for row in RealisasiIndikator.objects.filter(
        indikator__renstra=renstra, tahun=tahun
    ).select_related("indikator"):
        nilai = _nilai_realisasi(row.indikator, row)
        if row.triwulan is None:
            k_tahunan[row.indikator.kode] = nilai
        else:
            k_triwulan[row.indikator.kode][row.triwulan] = nilai

    items: list[ItemMasukan] = []
    items += [
        ItemMasukan(p.kode, "program", None, p.unit.kode if p.unit else None) for p in program
    ]
    items += [
        ItemMasukan(k.kode, "kegiatan", k.program.kode, k.unit.kode if k.unit else None)
        for k in kegiatan
    ]
    items += [
        ItemMasukan(
            s.kode,
            "subkegiatan",
            s.kegiatan.kode,
            s.unit.kode if s.unit else None,
            pagu=pagu.get(s.pk),
            rp=rp.get(s.pk, {}),
        )
        for s in subkegiatan
    ]
    sasaran = [
        SasaranMasukan(s.kode, tuple(p.kode for p in program if s in p.sasaran.all()))
        for s in renstra.sasaran.order_by("urutan")
    ]

    masukan: list[IndikatorMasukan] = []
    for kode, ind in indikator.items():
        target = berlaku.get(ind.pk)
        if kode in k_tahunan and k_tahunan[kode] is not None:
            sumber = SumberTercatat(k_tahunan[kode])
        elif ind.sumber == Indikator.Sumber.INPUT:
            sumber = SumberInput(k_triwulan.get(kode, {}))
        elif ind.sumber == Indikator.Sumber.ROLLUP:
            sumber = SumberRollup()
        elif ind.sumber == Indikator.Sumber.REGISTER:
            sumber = SumberRegister(ind.register)
        else:
            sumber = SumberIndikator(tuple(i.kode for i in ind.indikator_sumber.all()))
        skala = None
        if ind.skala_ordinal is not None:
            skala = SkalaOrdinal(
                ind.skala_ordinal.kode,
                {t.label: t.skor for t in ind.skala_ordinal.tingkat.all()},
            )
        masukan.append(
            IndikatorMasukan(
                kunci=kode,
                pemilik=ind.kode_pemilik,
                target=_nilai_target(ind, target),
                sumber=sumber,
                polaritas=Polaritas(ind.polaritas),
                jenis_target=JenisTarget(ind.jenis_target),
                agregasi=Agregasi(ind.agregasi),
                skala_ordinal=skala,
            )
        )
    iku = tuple(
        i.kode
        for i in sorted(
            (i for i in indikator.values() if i.sasaran_id),
            key=lambda i: (i.sasaran.urutan, i.nomor),
        )
    )
    data = DataPengukuran(
        tahun=tahun,
        sasaran=tuple(sasaran),
        item=tuple(items),
        indikator=tuple(masukan),
        iku=iku,
        temuan=tuple(
            TemuanMasukan(t.kode, t.tahun, t.material, t.tahun_selesai)
            for t in Temuan.objects.filter(perangkat_daerah=pd)
        ),
        kebijakan=tuple(
            KebijakanMasukan(k.kode, k.tahun, k.terlaksana)
            for k in Kebijakan.objects.filter(perangkat_daerah=pd)
        ),
        skala=skala_untuk(pd, tahun),
        aturan=aturan_untuk(pd),
        sampai_triwulan=sampai_triwulan,
    )
    konteks = Konteks(
        perangkat_daerah=pd,
        tahun=tahun,
        renstra=renstra,
        pk=pk,
        program=program,
        kegiatan=kegiatan,
        subkegiatan=subkegiatan,
        indikator=indikator,
        target_renstra=target_renstra,
    )
    return data, konteks
