"""What the database holds for one agency-year, by natural key, in a fixed number of queries.

The exporter writes it; the importer compares the workbook with it to find what is new, what
changed and what is the same (and is then not written at all).
"""

from dataclasses import dataclass, field

from sakip.budget.models import Akun, Belanja
from sakip.monitoring.models import RealisasiAnggaran, RealisasiIndikator
from sakip.organisation.models import Jabatan, PerangkatDaerah, Unit
from sakip.planning.models import (
    Indikator,
    Kegiatan,
    Pagu,
    PerjanjianKinerja,
    Program,
    Renstra,
    SasaranStrategis,
    SubKegiatan,
    Target,
)
from sakip.registers.models import Kebijakan, Temuan


class TanpaRenstra(LookupError):
    """The agency has no Renstra covering the year."""


@dataclass
class Keadaan:
    pd: PerangkatDaerah
    tahun: int
    renstra: Renstra
    unit: dict[str, Unit] = field(default_factory=dict)
    jabatan: dict[str, Jabatan] = field(default_factory=dict)
    sasaran: dict[str, SasaranStrategis] = field(default_factory=dict)
    program: dict[str, Program] = field(default_factory=dict)
    kegiatan: dict[str, Kegiatan] = field(default_factory=dict)
    subkegiatan: dict[str, SubKegiatan] = field(default_factory=dict)
    program_sasaran: dict[str, list[str]] = field(default_factory=dict)
    indikator: dict[str, Indikator] = field(default_factory=dict)
    pk: dict[str, PerjanjianKinerja] = field(default_factory=dict)
    target_renstra: dict[tuple[str, int], Target] = field(default_factory=dict)
    target_pk: dict[tuple[str, str], Target] = field(default_factory=dict)
    pagu: dict[tuple[str, str], Pagu] = field(default_factory=dict)
    rp: dict[tuple[str, int], RealisasiAnggaran] = field(default_factory=dict)
    k: dict[tuple[str, int | None], RealisasiIndikator] = field(default_factory=dict)
    akun: dict[str, Akun] = field(default_factory=dict)
    belanja: dict[str, Belanja] = field(default_factory=dict)
    temuan: dict[str, Temuan] = field(default_factory=dict)
    kebijakan: dict[str, Kebijakan] = field(default_factory=dict)

    def pk_berlaku(self) -> PerjanjianKinerja | None:
        """The PK version in force: the highest ``urutan`` of the year."""
        return max(self.pk.values(), key=lambda p: p.urutan, default=None)

    def pemilik(self, ind: Indikator) -> str:
        """The kode of the item an indicator belongs to (from its own kode)."""
        return ind.kode.rsplit("/", 1)[0]


def renstra_untuk(pd: PerangkatDaerah, tahun: int) -> Renstra:
    renstra = (
        Renstra.objects.filter(
            perangkat_daerah=pd, tahun_mulai__lte=tahun, tahun_selesai__gte=tahun
        )
        .order_by("-tahun_mulai")
        .first()
    )
    if renstra is None:
        raise TanpaRenstra(f"{pd.nama} belum punya Renstra yang mencakup tahun {tahun}.")
    return renstra


def muat_keadaan(pd: PerangkatDaerah, tahun: int) -> Keadaan:
    """Everything the workbook of ``pd`` and ``tahun`` shows, by natural key."""
    renstra = renstra_untuk(pd, tahun)
    k = Keadaan(pd=pd, tahun=tahun, renstra=renstra)
    k.unit = {u.kode: u for u in Unit.objects.filter(perangkat_daerah=pd)}
    for j in Jabatan.objects.filter(pemda=pd.pemda, perangkat_daerah__isnull=True):
        k.jabatan[j.kode] = j
    for j in Jabatan.objects.filter(perangkat_daerah=pd):
        k.jabatan[j.kode] = j
    k.sasaran = {s.kode: s for s in SasaranStrategis.objects.filter(renstra=renstra)}
    k.program = {p.kode: p for p in Program.objects.filter(renstra=renstra)}
    by_id = {p.pk: p for p in k.program.values()}
    for kg in Kegiatan.objects.filter(program__renstra=renstra):
        kg.program = by_id[kg.program_id]
        k.kegiatan[kg.kode] = kg
    kg_id = {kg.pk: kg for kg in k.kegiatan.values()}
    for s in SubKegiatan.objects.filter(kegiatan__program__renstra=renstra):
        s.kegiatan = kg_id[s.kegiatan_id]
        k.subkegiatan[s.kode] = s
    sas_id = {s.pk: s.kode for s in k.sasaran.values()}
    for prog_id, sas in Program.sasaran.through.objects.filter(
        program__renstra=renstra
    ).values_list("program_id", "sasaranstrategis_id"):
        k.program_sasaran.setdefault(by_id[prog_id].kode, []).append(sas_id[sas])
    for daftar in k.program_sasaran.values():
        daftar.sort()
    k.indikator = {i.kode: i for i in Indikator.objects.filter(renstra=renstra)}
    ind_id = {i.pk: i for i in k.indikator.values()}
    k.pk = {p.kode: p for p in PerjanjianKinerja.objects.filter(perangkat_daerah=pd, tahun=tahun)}
    pk_id = {p.pk: p for p in k.pk.values()}
    for t in Target.objects.filter(indikator__renstra=renstra):
        t.indikator = ind_id[t.indikator_id]
        if t.perjanjian_kinerja_id is None:
            k.target_renstra[(t.indikator.kode, t.tahun)] = t
        elif t.perjanjian_kinerja_id in pk_id:
            t.perjanjian_kinerja = pk_id[t.perjanjian_kinerja_id]
            k.target_pk[(t.indikator.kode, t.perjanjian_kinerja.kode)] = t
    sub_id = {s.pk: s for s in k.subkegiatan.values()}
    for p in Pagu.objects.filter(perjanjian_kinerja__in=list(k.pk.values())):
        if p.subkegiatan_id in sub_id:
            p.subkegiatan = sub_id[p.subkegiatan_id]
            p.perjanjian_kinerja = pk_id[p.perjanjian_kinerja_id]
            k.pagu[(p.subkegiatan.kode, p.perjanjian_kinerja.kode)] = p
    for r in RealisasiAnggaran.objects.filter(
        subkegiatan__kegiatan__program__renstra=renstra, tahun=tahun
    ):
        r.subkegiatan = sub_id[r.subkegiatan_id]
        k.rp[(r.subkegiatan.kode, r.triwulan)] = r
    for r in RealisasiIndikator.objects.filter(indikator__renstra=renstra, tahun=tahun):
        r.indikator = ind_id[r.indikator_id]
        k.k[(r.indikator.kode, r.triwulan)] = r
    k.akun = {a.kode: a for a in Akun.objects.all()}
    akun_id = {a.pk: a for a in k.akun.values()}
    for b in Belanja.objects.filter(perangkat_daerah=pd, tahun=tahun):
        b.akun = akun_id[b.akun_id]
        k.belanja[b.akun.kode] = b
    k.temuan = {t.kode: t for t in Temuan.objects.filter(perangkat_daerah=pd)}
    k.kebijakan = {x.kode: x for x in Kebijakan.objects.filter(perangkat_daerah=pd)}
    return k
