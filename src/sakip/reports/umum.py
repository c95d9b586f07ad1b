"""What every document needs: the agency's identity of the year, signatories, the program tree."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sakip import format as fmt
from sakip.measurement.hasil import Pengukuran
from sakip.organisation.models import Jabatan
from sakip.reports.blok import Penandatangan, Sampul
from sakip.reports.models import IdentitasLaporan, NarasiLaporan, butir

BULAN_KOSONG = "...................."


@dataclass
class Identitas:
    kop: list[str]
    logo: bytes | None
    tempat: str
    tanggal_lkjip: date | None
    tanggal_pk: date | None
    penyusun: str
    penandatangan: Jabatan | None


def identitas(p: Pengukuran) -> Identitas:
    """The agency's identity for the year (else its latest earlier one, else defaults)."""
    pd = p.konteks.perangkat_daerah
    obj = (
        IdentitasLaporan.objects.filter(perangkat_daerah=pd, tahun__lte=p.hasil.tahun)
        .select_related("penandatangan")
        .order_by("-tahun")
        .first()
    )
    pemda = pd.pemda
    kop_bawaan = [f"PEMERINTAH {pemda.nama.upper()}", pd.nama.upper()]
    if obj is None:
        return Identitas(kop_bawaan, None, pemda.ibu_kota, None, None, "", None)
    sama_tahun = obj.tahun == p.hasil.tahun
    return Identitas(
        kop=butir(obj.kop) or kop_bawaan,
        logo=bytes(obj.logo) if obj.logo else None,
        tempat=obj.tempat or pemda.ibu_kota,
        tanggal_lkjip=obj.tanggal_lkjip if sama_tahun else None,
        tanggal_pk=obj.tanggal_pk if sama_tahun else None,
        penyusun=obj.penyusun,
        penandatangan=obj.penandatangan,
    )


def narasi(p: Pengukuran) -> NarasiLaporan:
    """The year's prose; an unsaved empty one when the agency has not written it yet."""
    pd = p.konteks.perangkat_daerah
    obj = (
        NarasiLaporan.objects.filter(perangkat_daerah=pd, tahun=p.hasil.tahun)
        .prefetch_related("analisis")
        .first()
    )
    return obj or NarasiLaporan(perangkat_daerah=pd, tahun=p.hasil.tahun)


def tempat_tanggal(tempat: str, tanggal: date | None, tahun: int) -> str:
    """``Tana Paser, 31 Januari 2024``; without a date, a blank to fill by hand."""
    if tanggal is not None:
        return f"{tempat}, {fmt.tanggal(tanggal)}"
    return f"{tempat}, {BULAN_KOSONG} {tahun}"


def penandatangan(
    jabatan: Jabatan | None, tahun: int, peran: str = "", tt: str = ""
) -> Penandatangan:
    if jabatan is None:
        return Penandatangan(jabatan="", nama=BULAN_KOSONG, peran=peran, tempat_tanggal=tt)
    pejabat = jabatan.pejabat_pada(tahun)
    return Penandatangan(
        jabatan=jabatan.nama.upper(),
        nama=pejabat.nama if pejabat else BULAN_KOSONG,
        pangkat=pejabat.pangkat if pejabat else "",
        nip=pejabat.nip if pejabat else "",
        peran=peran,
        tempat_tanggal=tt,
    )


def sampul(p: Pengukuran, ident: Identitas, judul: list[str], sub: list[str]) -> Sampul:
    return Sampul(
        kop=ident.kop, logo=ident.logo, judul=judul, sub=sub, penyusun=ident.penyusun or ""
    )


def pohon(p: Pengukuran):
    """Programs in order, each with its kegiatan, each with its sub-kegiatan."""
    k = p.konteks
    sub_by_keg: dict[int, list] = {}
    for s in k.subkegiatan:
        sub_by_keg.setdefault(s.kegiatan_id, []).append(s)
    keg_by_prog: dict[int, list] = {}
    for g in k.kegiatan:
        keg_by_prog.setdefault(g.program_id, []).append(g)
    return [
        (prog, [(keg, sub_by_keg.get(keg.pk, [])) for keg in keg_by_prog.get(prog.pk, [])])
        for prog in k.program
    ]


def indikator_milik(p: Pengukuran) -> dict[str, list]:
    """Indicators by the code of their owner (sasaran, program, kegiatan, sub-kegiatan)."""
    out: dict[str, list] = {}
    for ind in sorted(p.konteks.indikator.values(), key=lambda i: i.nomor):
        out.setdefault(ind.kode_pemilik, []).append(ind)
    return out


def k_triwulan(p: Pengukuran, kode: str) -> dict[int, object]:
    """The K entered per triwulan for an entered indicator (empty for other sources)."""
    for m in p.data.indikator:
        if m.kunci == kode:
            return dict(getattr(m.sumber, "triwulan", {}) or {})
    return {}
