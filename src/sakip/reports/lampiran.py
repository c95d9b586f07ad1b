"""The Lampiran: realisasi K and RP per triwulan of every program, kegiatan and sub-kegiatan.

The seed prints K and RP in one very wide table; here they are two landscape tables with the
same rows (K with target and capaian; RP with pagu, sisa and penyerapan) so each prints legibly
on A4. Also used by the quarterly report, up to its triwulan.
"""

from __future__ import annotations

from sakip.measurement.hasil import Pengukuran
from sakip.reports.blok import (
    Bagian,
    Dokumen,
    Judul,
    Kolom,
    PemisahHalaman,
    Tabel,
    persen,
    rupiah,
    teks,
)
from sakip.reports.kalimat import ROMAWI
from sakip.reports.lkjip_bab3 import nilai_sel
from sakip.reports.umum import indikator_milik, k_triwulan, pohon


def tabel_k(p: Pengukuran, nomor: str, kode: str) -> Tabel:
    h = p.hasil
    sampai = p.data.sampai_triwulan
    tw = list(range(1, sampai + 1))
    t = Tabel(
        nomor,
        f"Realisasi Kinerja (K) per Triwulan Tahun {h.tahun}"
        + (f" sampai dengan Triwulan {ROMAWI[sampai]}" if sampai < 4 else ""),
        [
            Kolom("Program / Kegiatan / Sub Kegiatan", 3.4),
            Kolom("Indikator Kinerja", 3.4),
            Kolom("Satuan", 0.8),
            Kolom("Target", 0.7),
            *[Kolom(f"TW {ROMAWI[q]}", 0.6) for q in tw],
            Kolom("Realisasi", 0.8),
            Kolom("Capaian (%)", 0.8),
        ],
        kode=kode,
        ukuran_huruf=7,
    )
    milik = indikator_milik(p)
    t.tambah(
        teks(p.konteks.perangkat_daerah.nama),
        teks("Rata-rata capaian kegiatan"),
        teks(""),
        teks(""),
        *[teks("") for _ in tw],
        teks(""),
        persen(h.capaian_kegiatan),
        gaya="total",
    )

    def baris(item, tingkat, gaya):
        inds = milik.get(item.kode, []) or [None]
        for i, ind in enumerate(inds):
            hi = h.indikator[ind.kode] if ind else None
            k = k_triwulan(p, ind.kode) if ind else {}
            t.tambah(
                teks(item.nama if i == 0 else ""),
                teks(ind.nama if ind else ""),
                teks(ind.satuan if ind else ""),
                nilai_sel(hi.target if hi else None),
                *[nilai_sel(k.get(q)) if k else teks("") for q in tw],
                nilai_sel(hi.realisasi if hi else None),
                persen(hi.capaian if hi else None),
                tingkat=tingkat,
                gaya=gaya,
            )

    for prog, kegs in pohon(p):
        baris(prog, 0, "grup")
        for keg, subs in kegs:
            baris(keg, 1, "grup")
            for sub in subs:
                baris(sub, 2, "")
    return t


def tabel_rp(p: Pengukuran, nomor: str, kode: str) -> Tabel:
    h = p.hasil
    sampai = p.data.sampai_triwulan
    tw = list(range(1, sampai + 1))
    t = Tabel(
        nomor,
        f"Realisasi Anggaran (RP) per Triwulan Tahun {h.tahun}"
        + (f" sampai dengan Triwulan {ROMAWI[sampai]}" if sampai < 4 else ""),
        [
            Kolom("Program / Kegiatan / Sub Kegiatan", 4.2),
            Kolom("Pagu", 1.35),
            *[Kolom(f"RP TW {ROMAWI[q]}", 1.3) for q in tw],
            Kolom("Realisasi", 1.35),
            Kolom("Sisa", 1.3),
            Kolom("Penyerapan (%)", 0.8),
        ],
        kode=kode,
        ukuran_huruf=7,
    )
    per_tw = p.hasil.rp_triwulan
    t.tambah(
        teks(p.konteks.perangkat_daerah.nama),
        rupiah(h.pagu),
        *[rupiah(per_tw[q]) for q in tw],
        rupiah(h.realisasi),
        rupiah(h.sisa),
        persen(h.penyerapan),
        gaya="total",
    )

    def baris(item, tingkat, gaya):
        hi = h.item[item.kode]
        t.tambah(
            teks(item.nama),
            rupiah(hi.pagu),
            *[rupiah(hi.rp_triwulan.get(q)) for q in tw],
            rupiah(hi.realisasi),
            rupiah(hi.sisa),
            persen(hi.penyerapan),
            tingkat=tingkat,
            gaya=gaya,
        )

    for prog, kegs in pohon(p):
        baris(prog, 0, "grup")
        for keg, subs in kegs:
            baris(keg, 1, "grup")
            for sub in subs:
                baris(sub, 2, "")
    return t


def tambah_lampiran(dok: Dokumen, p: Pengukuran) -> None:
    dok.tambah(
        Bagian(lanskap=True),
        Judul("LAMPIRAN", 1),
        Judul(f"Lampiran 1. Realisasi Kinerja (K) per Triwulan Tahun {p.hasil.tahun}", 2),
        tabel_k(p, "L.1", "Lampiran 1 K"),
        PemisahHalaman(),
        Judul(f"Lampiran 2. Realisasi Anggaran (RP) per Triwulan Tahun {p.hasil.tahun}", 2),
        tabel_rp(p, "L.2", "Lampiran 2 RP"),
    )
