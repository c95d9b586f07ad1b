"""The quarterly monitoring report: realisasi K and RP up to a chosen triwulan, with the
faktor penghambat entered for the sub-kegiatan, and the cumulative absorption curve."""

from __future__ import annotations

from sakip.measurement.hasil import Pengukuran
from sakip.monitoring.models import FaktorKinerja
from sakip.reports import grafik, kalimat
from sakip.reports.blok import (
    Bagian,
    Dokumen,
    Gambar,
    Judul,
    Kolom,
    Paragraf,
    Sampul,
    Tabel,
    TandaTangan,
    persen,
    teks,
)
from sakip.reports.kalimat import ROMAWI
from sakip.reports.lampiran import tabel_k, tabel_rp
from sakip.reports.lkjip_bab3 import nilai_sel, predikat_sel
from sakip.reports.umum import identitas, indikator_milik, penandatangan, pohon, tempat_tanggal


def buat_triwulan(p: Pengukuran) -> Dokumen:
    k = p.konteks
    pd = k.perangkat_daerah
    h = p.hasil
    tw = p.data.sampai_triwulan
    ident = identitas(p)
    dok = Dokumen(
        judul=f"Laporan Monitoring Kinerja Triwulan {ROMAWI[tw]} Tahun {h.tahun} {pd.nama}",
        nama_berkas=f"laporan-triwulan-{tw}-{pd.kode}-{h.tahun}",
        aturan=p.aturan,
        kaki=f"Laporan Triwulan {ROMAWI[tw]} {h.tahun} {pd.nama}",
    )
    dok.tambah(
        Sampul(
            ident.kop,
            ident.logo,
            [f"LAPORAN MONITORING DAN EVALUASI KINERJA TRIWULAN {ROMAWI[tw]} TAHUN {h.tahun}"],
            [],
            "",
        ),
        Judul("A. Ringkasan", 2),
        Paragraf(kalimat.triwulan(p)),
    )
    iku = [k.indikator[kode] for kode in p.data.iku]
    t = Tabel(
        "1",
        f"Capaian Indikator Kinerja Utama sampai dengan Triwulan {ROMAWI[tw]}",
        [
            Kolom("Sasaran Strategis", 2.4),
            Kolom("Indikator Kinerja", 2.8),
            Kolom("Satuan", 0.7),
            Kolom("Target Tahunan", 0.8),
            Kolom("Realisasi", 0.8),
            Kolom("Capaian (%)", 0.8),
            Kolom("Predikat", 1),
        ],
        kode="IKU",
    )
    for ind in iku:
        hi = h.indikator[ind.kode]
        pred, warna = predikat_sel(hi.predikat)
        t.tambah(
            teks(ind.sasaran.uraian),
            teks(ind.nama),
            teks(ind.satuan),
            nilai_sel(hi.target),
            nilai_sel(hi.realisasi),
            persen(hi.capaian),
            pred,
            warna=warna,
        )
    dok.tambah(Judul("B. Capaian Indikator Kinerja Utama", 2), t)
    dok.tambah(
        Gambar(
            grafik.rp_kumulatif(
                p.hasil.rp_kumulatif,
                h.pagu,
                f"Realisasi anggaran kumulatif s.d. triwulan {ROMAWI[tw]}",
                tw,
            ),
            f"Grafik 1 Realisasi Anggaran Kumulatif terhadap Pagu s.d. Triwulan {ROMAWI[tw]}",
        )
    )
    dok.tambah(
        Bagian(lanskap=True),
        Judul("C. Realisasi Kinerja (K) per Triwulan", 2),
        tabel_k(p, "2", "Realisasi K"),
        Judul("D. Realisasi Anggaran (RP) per Triwulan", 2),
        tabel_rp(p, "3", "Realisasi RP"),
    )
    milik = indikator_milik(p)
    faktor = {
        f.subkegiatan_id: f
        for f in FaktorKinerja.objects.filter(subkegiatan__in=k.subkegiatan, tahun=h.tahun)
    }
    tf = Tabel(
        "4",
        "Faktor Penghambat, Pendukung dan Solusi",
        [
            Kolom("Kegiatan / Sub Kegiatan", 2.6),
            Kolom("Capaian (%)", 0.8),
            Kolom("Penyerapan (%)", 0.8),
            Kolom("Faktor Penghambat", 2.6),
            Kolom("Solusi", 2.6),
            Kolom("Faktor Pendukung", 2.4),
        ],
        kode="Faktor",
        ukuran_huruf=7.5,
    )
    for _prog, kegs in pohon(p):
        for keg, subs in kegs:
            for sub in subs:
                f = faktor.get(sub.pk)
                if f is None:
                    continue
                hi = h.item[sub.kode]
                ind = (milik.get(sub.kode) or [None])[0]
                cap = h.indikator[ind.kode].capaian if ind else None
                tf.tambah(
                    teks(f"{keg.nama} — {sub.nama}"),
                    persen(cap),
                    persen(hi.penyerapan),
                    teks(f.penghambat),
                    teks(f.solusi),
                    teks(f.pendukung),
                )
    dok.tambah(Judul("E. Faktor Penghambat dan Pendukung", 2), tf, Bagian(lanskap=False))
    jabatan = ident.penandatangan or (k.pk.pihak_pertama if k.pk else None)
    dok.tambah(
        TandaTangan(
            [penandatangan(jabatan, h.tahun, tt=tempat_tanggal(ident.tempat, None, h.tahun))]
        )
    )
    return dok
