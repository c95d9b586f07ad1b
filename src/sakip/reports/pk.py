"""The Perjanjian Kinerja of a year (PermenPAN-RB 53/2014, Lampiran I): the agreement page
signed by both parties, and its attachment tables (sasaran, indikator, target; program,
kegiatan, sub-kegiatan and anggaran). Targets and pagu are the PK version in force.
"""

from __future__ import annotations

from sakip import format as fmt
from sakip.measurement.hasil import Pengukuran
from sakip.reports import kalimat
from sakip.reports.blok import (
    Dokumen,
    Judul,
    Kolom,
    Paragraf,
    PemisahHalaman,
    Potongan,
    Sampul,
    Tabel,
    TandaTangan,
    angka,
    biasa,
    rupiah,
    tebal,
    teks,
)
from sakip.reports.lkjip_bab3 import nilai_sel
from sakip.reports.umum import identitas, indikator_milik, penandatangan, pohon, tempat_tanggal


def buat_pk(p: Pengukuran) -> Dokumen:
    k = p.konteks
    pd = k.perangkat_daerah
    tahun = p.hasil.tahun
    a = p.aturan
    ident = identitas(p)
    dok = Dokumen(
        judul=f"Perjanjian Kinerja {pd.nama} Tahun {tahun}",
        nama_berkas=f"perjanjian-kinerja-{pd.kode}-{tahun}",
        aturan=a,
        kaki=f"Perjanjian Kinerja {pd.nama} Tahun {tahun}",
    )
    pertama = k.pk.pihak_pertama if k.pk else None
    kedua = k.pk.pihak_kedua if k.pk else None
    tt = tempat_tanggal(ident.tempat, ident.tanggal_pk or (k.pk.tanggal if k.pk else None), tahun)
    p1 = penandatangan(pertama, tahun, "PIHAK PERTAMA")
    p2 = penandatangan(kedua, tahun, "PIHAK KEDUA")
    p1.tempat_tanggal = tt
    ttd = TandaTangan([p2, p1])
    versi = f" ({k.pk.get_versi_display()})" if k.pk and k.pk.versi != "murni" else ""
    dok.tambah(
        Sampul(ident.kop, ident.logo, [f"PERJANJIAN KINERJA TAHUN {tahun}{versi.upper()}"], [], ""),
        Paragraf.dari(
            "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan "
            "akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:"
        ),
    )
    for pihak, sebutan in ((p1, "PIHAK PERTAMA"), (p2, "PIHAK KEDUA")):
        dok.tambah(
            Paragraf([biasa("Nama: "), tebal(pihak.nama)], rata="kiri", spasi_sesudah=0),
            Paragraf.dari(
                f"Jabatan: {pihak.jabatan.title() if pihak.jabatan else '-'}",
                rata="kiri",
                spasi_sesudah=0,
            ),
            Paragraf([biasa("selanjutnya disebut "), tebal(sebutan)], rata="kiri"),
        )
    dok.paragraf(
        "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran "
        "perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah "
        "ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target "
        "kinerja tersebut menjadi tanggung jawab kami."
    )
    dok.paragraf(
        "Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi "
        "terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan "
        "dalam rangka pemberian penghargaan dan sanksi."
    )
    if k.pk is not None and k.pk.alasan:
        dok.paragraf(f"Keterangan: {k.pk.alasan}.")
    dok.tambah(ttd, PemisahHalaman())

    dok.tambah(
        Judul(f"LAMPIRAN PERJANJIAN KINERJA TAHUN {tahun}", 1),
        Paragraf([tebal(pd.nama.upper())], rata="tengah"),
    )
    milik = indikator_milik(p)
    t1 = Tabel(
        "1",
        "Sasaran Strategis, Indikator Kinerja dan Target",
        [
            Kolom("No.", 0.4),
            Kolom("Sasaran Strategis", 2.6),
            Kolom("Indikator Kinerja", 3),
            Kolom("Satuan", 0.8),
            Kolom("Target", 0.8),
        ],
        kode="Sasaran",
    )
    n = 0
    for s in k.renstra.sasaran.order_by("urutan"):
        for i, ind in enumerate(milik.get(s.kode, [])):
            n += 1
            t1.tambah(
                angka(n) if i == 0 else teks(""),
                teks(s.uraian if i == 0 else ""),
                teks(ind.nama),
                teks(ind.satuan),
                nilai_sel(p.hasil.indikator[ind.kode].target),
            )
    t2 = Tabel(
        "2",
        "Program, Kegiatan, Sub Kegiatan, Indikator, Target dan Anggaran",
        [
            Kolom("Kode", 1.2),
            Kolom("Program / Kegiatan / Sub Kegiatan", 3),
            Kolom("Indikator Kinerja", 3),
            Kolom("Target", 1),
            Kolom("Anggaran", 1.3),
            Kolom("Penanggung Jawab", 1.5),
        ],
        kode="Program",
        ukuran_huruf=7.5,
    )
    for prog, kegs in pohon(p):
        items = [(prog, 0)] + [x for keg, subs in kegs for x in [(keg, 1)] + [(s, 2) for s in subs]]
        for item, tingkat in items:
            inds = milik.get(item.kode, []) or [None]
            pj = getattr(item, "penanggung_jawab", None)
            for i, ind in enumerate(inds):
                hi = p.hasil.indikator[ind.kode] if ind else None
                t2.tambah(
                    teks(item.kode if i == 0 else ""),
                    teks(item.nama if i == 0 else ""),
                    teks(ind.nama if ind else ""),
                    teks(kalimat.nilai_satuan(hi.target, ind.satuan, a) if hi else ""),
                    rupiah(p.hasil.item[item.kode].pagu) if i == 0 else teks(""),
                    teks(pj.nama if (pj and i == 0) else ""),
                    tingkat=tingkat,
                    gaya="grup" if tingkat < 2 else "",
                )
    t2.tambah(
        teks(""),
        teks("JUMLAH ANGGARAN"),
        teks(""),
        teks(""),
        rupiah(p.hasil.pagu),
        teks(""),
        gaya="total",
    )
    dok.tambah(t1, t2)
    dok.tambah(
        Paragraf([Potongan(f"Jumlah anggaran Tahun {tahun}: "), tebal(fmt.rupiah(p.hasil.pagu))]),
        ttd,
    )
    return dok
