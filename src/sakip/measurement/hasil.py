"""A measured agency-year: the engine's results with the stored items they belong to.

``ukur()`` is what every consumer calls (the command line, the reports, the web): it builds the
engine input through the adapter, runs the engine for the year and the year before, and adds
the belanja classes and the comparisons of MEASUREMENT.md §7. ``sebagai_json()`` is the open
data form documented in docs/measure-json.md.
"""

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sakip.budget.models import Akun, Belanja
from sakip.engine import anggaran
from sakip.engine.capaian import JenisTarget, Polaritas, Rentang
from sakip.engine.perbandingan import capaian_akhir_renstra, selisih_poin
from sakip.engine.pohon import DataPengukuran, HasilIndikator, HasilPengukuran, hitung
from sakip.engine.predikat import Predikat
from sakip.measurement.adapter import Konteks, TidakAdaData, data_pengukuran
from sakip.organisation.models import PerangkatDaerah
from sakip.planning.models import Indikator

FORMAT_JSON = "sakip-measure/1"


@dataclass(frozen=True)
class KelasBelanja:
    """An economic class of belanja (seed Tabel 3.10); parents are sums of their leaves."""

    akun: Akun
    tingkat: int
    pagu: Decimal
    realisasi: Decimal
    sisa: Decimal
    penyerapan: Decimal | None
    tertimbang: Decimal | None


@dataclass(frozen=True)
class Perbandingan:
    """An indicator this year against last year and against the Renstra end (§7)."""

    kode: str
    tahun_lalu: HasilIndikator | None
    selisih_poin: Decimal | None
    tahun_akhir: int
    target_akhir: Decimal | Rentang | str | None
    capaian_akhir: Decimal | None


@dataclass(frozen=True)
class Pengukuran:
    data: DataPengukuran
    hasil: HasilPengukuran
    konteks: Konteks
    lalu: HasilPengukuran | None
    belanja: list[KelasBelanja]
    perbandingan: dict[str, Perbandingan]

    @property
    def aturan(self):
        return self.data.aturan

    def indikator(self, kode: str) -> HasilIndikator:
        return self.hasil.indikator[kode]


def rekap_belanja(pd: PerangkatDaerah, tahun: int) -> list[KelasBelanja]:
    """Belanja per class with parents summed from their leaf accounts (§5, Tabel 3.10)."""
    rows = list(Belanja.objects.filter(perangkat_daerah=pd, tahun=tahun).select_related("akun"))
    if not rows:
        return []
    total_pagu = sum((r.pagu for r in rows), Decimal(0))
    akun_semua = {a.kode: a for a in Akun.objects.all()}
    sums: dict[str, list[Decimal]] = {}
    for r in rows:
        kode = r.akun.kode
        while kode:
            pagu_real = sums.setdefault(kode, [Decimal(0), Decimal(0)])
            pagu_real[0] += r.pagu
            pagu_real[1] += r.realisasi
            kode = kode.rsplit(".", 1)[0] if "." in kode else ""
    hasil = []
    for kode in sorted(sums, key=lambda k: [int(x) for x in k.split(".")]):
        pagu, realisasi = sums[kode]
        hasil.append(
            KelasBelanja(
                akun=akun_semua[kode],
                tingkat=kode.count("."),
                pagu=pagu,
                realisasi=realisasi,
                sisa=anggaran.sisa(pagu, realisasi),
                penyerapan=anggaran.penyerapan(realisasi, pagu),
                tertimbang=anggaran.tertimbang(realisasi, total_pagu),
            )
        )
    return hasil


def _perbandingan(
    konteks: Konteks, hasil: HasilPengukuran, lalu: HasilPengukuran | None, data: DataPengukuran
) -> dict[str, Perbandingan]:
    tahun_akhir = konteks.renstra.tahun_selesai
    out = {}
    for kode, ind in konteks.indikator.items():
        sekarang = hasil.indikator[kode]
        dulu = lalu.indikator.get(kode) if lalu is not None else None
        target_akhir_row = konteks.target_renstra.get((kode, tahun_akhir))
        target_akhir = None
        capaian_akhir = None
        if target_akhir_row is not None:
            target_akhir = target_akhir_row.nilai
            if ind.jenis_target == Indikator.JenisTarget.RENTANG:
                target_akhir = Rentang(target_akhir_row.nilai, target_akhir_row.nilai_tinggi)
            elif ind.jenis_target == Indikator.JenisTarget.ORDINAL:
                target_akhir = target_akhir_row.label
            masukan = next(i for i in data.indikator if i.kunci == kode)
            capaian_akhir = capaian_akhir_renstra(
                sekarang.realisasi,
                target_akhir,
                polaritas=Polaritas(ind.polaritas),
                jenis=JenisTarget(ind.jenis_target),
                skala=masukan.skala_ordinal,
                aturan=data.aturan,
            )
        out[kode] = Perbandingan(
            kode=kode,
            tahun_lalu=dulu,
            selisih_poin=selisih_poin(sekarang.capaian, dulu.capaian if dulu else None),
            tahun_akhir=tahun_akhir,
            target_akhir=target_akhir,
            capaian_akhir=capaian_akhir,
        )
    return out


def ukur(
    pd: PerangkatDaerah, tahun: int, *, sampai_triwulan: int = 4, tahun_lalu: bool = True
) -> Pengukuran:
    """Measure ``pd`` for ``tahun`` as of the end of ``sampai_triwulan``.

    ``tahun_lalu=False`` skips the previous year (no ``lalu``, no change in points) for callers
    that show this year's figures only, such as the dashboard's drill-down.
    """
    data, konteks = data_pengukuran(pd, tahun, sampai_triwulan=sampai_triwulan)
    hasil = hitung(data)
    lalu = None
    if tahun_lalu:
        try:
            data_lalu, _ = data_pengukuran(pd, tahun - 1)
            lalu = hitung(data_lalu)
        except TidakAdaData:
            pass
    return Pengukuran(
        data=data,
        hasil=hasil,
        konteks=konteks,
        lalu=lalu,
        belanja=rekap_belanja(pd, tahun),
        perbandingan=_perbandingan(konteks, hasil, lalu, data),
    )


# --- the JSON form ------------------------------------------------------------------------


def _angka(nilai: Any) -> Any:
    """A Decimal as a JSON number: an integer when whole, else a float, unrounded."""
    if isinstance(nilai, Decimal):
        return int(nilai) if nilai == nilai.to_integral_value() else float(nilai)
    if isinstance(nilai, Rentang):
        return [_angka(nilai.rendah), _angka(nilai.tinggi)]
    return nilai


def _predikat(p: Predikat | None) -> dict[str, Any] | None:
    return None if p is None else {"label": p.label, "warna": p.warna, "hex": p.hex}


def _indikator_json(p: Pengukuran, ind: Indikator) -> dict[str, Any]:
    h = p.hasil.indikator[ind.kode]
    banding = p.perbandingan[ind.kode]
    out = {
        "kode": ind.kode,
        "nama": ind.nama,
        "satuan": ind.satuan,
        "polaritas": ind.polaritas,
        "jenis_target": ind.jenis_target,
        "sumber": ind.sumber,
        "target": _angka(h.target),
        "realisasi": _angka(h.realisasi),
        "capaian": _angka(h.capaian),
        "predikat": _predikat(h.predikat),
        "akhir_renstra": {
            "tahun": banding.tahun_akhir,
            "target": _angka(banding.target_akhir),
            "capaian": _angka(banding.capaian_akhir),
        },
    }
    if ind.sumber == Indikator.Sumber.INPUT:
        masukan = next(i for i in p.data.indikator if i.kunci == ind.kode)
        triwulan = getattr(masukan.sumber, "triwulan", {})
        out["k_triwulan"] = {str(q): _angka(triwulan.get(q)) for q in (1, 2, 3, 4)}
    if banding.tahun_lalu is not None:
        out["tahun_lalu"] = {
            "tahun": p.hasil.tahun - 1,
            "target": _angka(banding.tahun_lalu.target),
            "realisasi": _angka(banding.tahun_lalu.realisasi),
            "capaian": _angka(banding.tahun_lalu.capaian),
            "selisih_poin": _angka(banding.selisih_poin),
        }
    return out


def _uang(h) -> dict[str, Any]:
    return {
        "pagu": _angka(h.pagu),
        "realisasi": _angka(h.realisasi),
        "sisa": _angka(h.sisa),
        "penyerapan": _angka(h.penyerapan),
    }


def _item_json(p: Pengukuran, obj, indikator_by_owner) -> dict[str, Any]:
    h = p.hasil.item[obj.kode]
    unit = obj.unit if obj._meta.model_name != "subkegiatan" else obj.unit_efektif
    return {
        "kode": obj.kode,
        "nama": obj.nama,
        "unit": unit.kode if unit else None,
        "capaian": _angka(h.capaian),
        "predikat": _predikat(h.predikat),
        **_uang(h),
        "rp_triwulan": {str(q): _angka(v) for q, v in h.rp_triwulan.items()},
        "rp_kumulatif": {str(q): _angka(v) for q, v in h.rp_kumulatif.items()},
        "indikator": [_indikator_json(p, i) for i in indikator_by_owner.get(obj.kode, [])],
    }


def sebagai_json(p: Pengukuran) -> dict[str, Any]:
    """The whole computed tree with the stable keys of docs/measure-json.md."""
    k = p.konteks
    h = p.hasil
    by_owner: dict[str, list[Indikator]] = {}
    for ind in sorted(k.indikator.values(), key=lambda i: i.nomor):
        by_owner.setdefault(ind.kode_pemilik, []).append(ind)
    kegiatan_by_program: dict[int, list] = {}
    for keg in k.kegiatan:
        kegiatan_by_program.setdefault(keg.program_id, []).append(keg)
    sub_by_kegiatan: dict[int, list] = {}
    for sub in k.subkegiatan:
        sub_by_kegiatan.setdefault(sub.kegiatan_id, []).append(sub)
    units = {u.kode: u for u in k.perangkat_daerah.unit.all()}
    # The units that run kegiatan (the Bagian); an Asisten answers for a program instead.
    units_kegiatan = {keg.unit.kode for keg in k.kegiatan if keg.unit} | {
        sub.unit.kode for sub in k.subkegiatan if sub.unit
    }
    aturan = p.data.aturan
    return {
        "format": FORMAT_JSON,
        "perangkat_daerah": {
            "kode": k.perangkat_daerah.kode,
            "nama": k.perangkat_daerah.nama,
            "pemda": k.perangkat_daerah.pemda.nama,
        },
        "tahun": h.tahun,
        "sampai_triwulan": p.data.sampai_triwulan,
        "renstra": {"tahun_mulai": k.renstra.tahun_mulai, "tahun_selesai": k.renstra.tahun_selesai},
        "perjanjian_kinerja": (
            {"kode": k.pk.kode, "versi": k.pk.versi, "urutan": k.pk.urutan} if k.pk else None
        ),
        "pengaturan": {
            "rumus_negatif": str(aturan.rumus_negatif),
            "target_nol_gagal": _angka(aturan.target_nol_gagal),
            "batas_atas": _angka(aturan.batas_atas),
            "pembulatan": str(aturan.pembulatan),
            "bobot_rerata": str(aturan.bobot_rerata),
            "penyerapan_pagu_nol": _angka(aturan.penyerapan_pagu_nol),
        },
        "ringkasan": {
            "capaian_iku": _angka(h.capaian_iku),
            "predikat_iku": _predikat(h.predikat_iku),
            "capaian_iku_tahun_lalu": _angka(p.lalu.capaian_iku) if p.lalu else None,
            "capaian_kegiatan": _angka(h.capaian_kegiatan),
            "pagu": _angka(h.pagu),
            "realisasi": _angka(h.realisasi),
            "sisa": _angka(h.sisa),
            "penyerapan": _angka(h.penyerapan),
            "rp_triwulan": {str(q): _angka(v) for q, v in h.rp_triwulan.items()},
            "rp_kumulatif": {str(q): _angka(v) for q, v in h.rp_kumulatif.items()},
        },
        "sasaran": [
            {
                "kode": s.kode,
                "uraian": s.uraian,
                "capaian": _angka(h.sasaran[s.kode].capaian),
                "predikat": _predikat(h.sasaran[s.kode].predikat),
                "program": [prog.kode for prog in k.program if s in prog.sasaran.all()],
                "penyerapan": _angka(h.sasaran[s.kode].penyerapan),
                "efisiensi": _angka(h.sasaran[s.kode].efisiensi),
                "indikator": [_indikator_json(p, i) for i in by_owner.get(s.kode, [])],
            }
            for s in k.renstra.sasaran.order_by("urutan")
        ],
        "program": [
            {
                **_item_json(p, prog, by_owner),
                "kegiatan": [
                    {
                        **_item_json(p, keg, by_owner),
                        "subkegiatan": [
                            _item_json(p, sub, by_owner) for sub in sub_by_kegiatan.get(keg.pk, [])
                        ],
                    }
                    for keg in kegiatan_by_program.get(prog.pk, [])
                ],
            }
            for prog in k.program
        ],
        "unit": [
            {
                "kode": kode,
                "nama": units[kode].nama,
                "jenis": units[kode].jenis,
                "capaian": _angka(hu.capaian),
                "predikat": _predikat(hu.predikat),
                **_uang(hu),
            }
            for kode, hu in sorted(h.unit.items(), key=lambda kv: units[kv[0]].urutan)
            if kode in units_kegiatan
        ],
        "belanja": [
            {
                "akun": b.akun.kode,
                "nama": b.akun.nama,
                "tingkat": b.tingkat,
                "pagu": _angka(b.pagu),
                "realisasi": _angka(b.realisasi),
                "sisa": _angka(b.sisa),
                "penyerapan": _angka(b.penyerapan),
                "tertimbang": _angka(b.tertimbang),
            }
            for b in p.belanja
        ],
    }
