"""The LKjIP of an agency-year as blocks, in the structure of the seed (PermenPAN-RB 53/2014).

Cover, kata pengantar, daftar isi, ringkasan eksekutif, BAB I-IV and the Lampiran. The agency's
own prose comes from ``NarasiLaporan``; every table and every sentence with a figure is built
here (and in ``lkjip_bab3``) from ``ukur()`` at print time.
"""

from __future__ import annotations

from sakip import format as fmt
from sakip.measurement.hasil import Pengukuran
from sakip.organisation.models import Unit
from sakip.reports import kalimat, lampiran
from sakip.reports.blok import (
    Bagian,
    Daftar,
    DaftarIsi,
    Dokumen,
    Judul,
    Kolom,
    PemisahHalaman,
    Potongan,
    Tabel,
    TandaTangan,
    angka,
    biasa,
    rupiah,
    tebal,
    teks,
)
from sakip.reports.lkjip_bab3 import bab3, nilai_sel
from sakip.reports.models import butir, paragraf
from sakip.reports.umum import (
    identitas,
    indikator_milik,
    narasi,
    penandatangan,
    pohon,
    sampul,
    tempat_tanggal,
)


def _prosa(dok: Dokumen, teks_: str, kosong: str = "") -> None:
    paras = paragraf(teks_)
    if not paras and kosong:
        dok.paragraf(kosong, rata="kiri")
    for para in paras:
        dok.paragraf(para)


def _butir(teks_: str) -> Daftar:
    return Daftar([[biasa(b)] for b in butir(teks_)])


def buat_lkjip(p: Pengukuran) -> Dokumen:
    k = p.konteks
    pd = k.perangkat_daerah
    tahun = p.hasil.tahun
    ident = identitas(p)
    nar = narasi(p)
    dok = Dokumen(
        judul=f"Laporan Kinerja Instansi Pemerintah {pd.nama} Tahun {tahun}",
        nama_berkas=f"lkjip-{pd.kode}-{tahun}",
        aturan=p.aturan,
        kaki=f"LKjIP {pd.nama} Tahun {tahun}",
    )
    dok.tambah(
        sampul(
            p,
            ident,
            ["LAPORAN KINERJA", "INSTANSI PEMERINTAH", f"TAHUN {tahun}"],
            [pd.nama.upper()],
        ),
        PemisahHalaman(),
    )
    jabatan_ttd = ident.penandatangan or (k.pk.pihak_pertama if k.pk else None)
    ttd = TandaTangan(
        [
            penandatangan(
                jabatan_ttd,
                tahun,
                tt=tempat_tanggal(ident.tempat, ident.tanggal_lkjip, tahun + 1),
            )
        ]
    )

    # Kata pengantar, daftar isi, ringkasan eksekutif
    dok.tambah(Judul("KATA PENGANTAR", 1))
    _prosa(dok, nar.kata_pengantar, "(Kata pengantar belum diisi.)")
    dok.tambah(ttd, PemisahHalaman(), Judul("DAFTAR ISI", 1, daftar_isi=False), DaftarIsi())
    dok.tambah(PemisahHalaman(), Judul("RINGKASAN EKSEKUTIF", 1))
    _prosa(dok, nar.ringkasan_eksekutif)
    dok.tambah(kalimat_para(kalimat.capaian_iku(p)))
    for s in k.renstra.sasaran.order_by("urutan"):
        dok.tambah(kalimat_para(kalimat.sasaran(p, s.kode, s.uraian)))
    dok.tambah(kalimat_para(kalimat.anggaran(p)))

    _bab1(dok, p, nar)
    _bab2(dok, p, nar)
    bab3(dok, p, nar)
    _bab4(dok, p, nar, ttd)
    lampiran.tambah_lampiran(dok, p)
    return dok


def kalimat_para(potongan: list[Potongan]):
    from sakip.reports.blok import Paragraf

    return Paragraf(potongan)


def _bab1(dok: Dokumen, p: Pengukuran, nar) -> None:
    k = p.konteks
    pd = k.perangkat_daerah
    tahun = p.hasil.tahun
    dok.tambah(PemisahHalaman(), Judul("BAB I PENDAHULUAN", 1))
    dok.tambah(Judul("A. Maksud dan Tujuan Laporan", 2), Judul("A.1. Maksud Laporan", 3))
    dok.tambah(_butir(nar.maksud), Judul("A.2. Tujuan Laporan", 3), _butir(nar.tujuan))
    dok.tambah(Judul("B. Tugas Pokok dan Fungsi Organisasi", 2))
    _prosa(dok, nar.dasar_organisasi)
    dok.tambah(Judul(f"B.1. Tugas {pd.nama}", 3))
    _prosa(dok, nar.tugas)
    dok.tambah(Judul(f"B.2. Fungsi {pd.nama}", 3), _butir(nar.fungsi))
    dok.tambah(Judul("B.3. Susunan Organisasi", 3))
    dok.paragraf(f"Susunan organisasi {pd.nama} terdiri dari:")
    units = list(pd.unit.order_by("urutan"))
    kepala = [j for j in pd.jabatan.all() if j.unit_id is None]
    struktur: list[list[Potongan]] = [[biasa(j.nama)] for j in kepala[:1]]
    for u in units:
        if u.induk_id is None:
            anak = [x.nama for x in units if x.induk_id == u.pk]
            teks_ = u.nama + (" yang membawahi: " + "; ".join(anak) if anak else "")
            struktur.append([biasa(teks_)])
    dok.tambah(Daftar(struktur, bernomor=True))
    n_bagian = sum(1 for u in units if u.jenis == Unit.Jenis.BAGIAN)
    n_asisten = sum(1 for u in units if u.jenis == Unit.Jenis.ASISTEN)
    dok.paragraf(f"Seluruhnya {n_asisten} Asisten dan {n_bagian} Bagian.")

    dok.tambah(Judul("C. Identifikasi Permasalahan Berdasarkan Tugas dan Fungsi", 2))
    _prosa(dok, nar.permasalahan)
    t = Tabel(
        "I",
        "Permasalahan",
        [Kolom("No.", 0.4), Kolom("Pokok Masalah", 2), Kolom("Akar Masalah", 4)],
        sumber=f"Renstra {pd.nama} {k.renstra.tahun_mulai}-{k.renstra.tahun_selesai}",
        kode="Tabel I",
    )
    for m in k.renstra.permasalahan.order_by("nomor"):
        t.tambah(angka(m.nomor), teks(m.pokok), teks(m.akar))
    dok.tambah(t)
    dok.tambah(Judul("D. Isu Strategis", 2))
    _prosa(dok, nar.isu_strategis)
    dok.tambah(Daftar([[tebal(i)] for i in k.renstra.isu_strategis]))
    dok.tambah(Judul("E. Sistematika Penyajian", 2))
    dok.paragraf(
        f"Sistematika Laporan Kinerja Instansi Pemerintah {pd.nama} Tahun {tahun} disusun "
        "sebagai berikut:"
    )
    dok.tambah(
        Daftar(
            [
                [
                    tebal("Ringkasan Eksekutif: "),
                    biasa(
                        "tujuan dan sasaran yang ditetapkan dalam rencana strategis, sejauh mana "
                        "tujuan dan sasaran tersebut dicapai, serta kendala dan langkah "
                        "mengatasinya."
                    ),
                ],
                [
                    tebal("Bab I Pendahuluan: "),
                    biasa(
                        "maksud dan tujuan laporan, tugas pokok dan fungsi, susunan organisasi, "
                        "permasalahan serta isu strategis organisasi."
                    ),
                ],
                [
                    tebal("Bab II Perencanaan dan Perjanjian Kinerja: "),
                    biasa(
                        "indikator kinerja utama dan kinerja yang diperjanjikan pada tahun "
                        f"{tahun}."
                    ),
                ],
                [
                    tebal(f"Bab III Akuntabilitas Kinerja Tahun {tahun}: "),
                    biasa(
                        "capaian kinerja organisasi, analisis capaian setiap sasaran, realisasi "
                        "anggaran, efisiensi, dan tindak lanjut evaluasi tahun sebelumnya."
                    ),
                ],
                [tebal("Bab IV Penutup: "), biasa("kesimpulan dan saran.")],
                [
                    tebal("Lampiran: "),
                    biasa(
                        "realisasi kinerja (K) dan anggaran (RP) per triwulan setiap program, "
                        "kegiatan dan sub kegiatan."
                    ),
                ],
            ],
            bernomor=False,
        )
    )


def _bab2(dok: Dokumen, p: Pengukuran, nar) -> None:
    k = p.konteks
    pd = k.perangkat_daerah
    tahun = p.hasil.tahun
    a = p.aturan
    renstra = k.renstra
    dok.tambah(PemisahHalaman(), Judul("BAB II PERENCANAAN DAN PERJANJIAN KINERJA", 1))
    dok.tambah(Judul("A. Indikator Kinerja Utama", 2))
    _prosa(dok, nar.iku)
    for srp in renstra.sasaran_rpjmd.select_related("tujuan__misi"):
        misi = srp.tujuan.misi
        dok.tambah(
            kalimat_para(
                [
                    biasa(
                        f"{pd.nama} mendukung pencapaian misi ke-{misi.nomor} RPJMD "
                        f"{pd.pemda.nama}, yaitu "
                    ),
                    tebal(misi.uraian.rstrip(".")),
                    biasa(
                        f", dengan tujuan {srp.tujuan.uraian[:1].lower()}"
                        f"{srp.tujuan.uraian[1:].rstrip('.')} dan sasaran "
                    ),
                    tebal(srp.uraian.rstrip(".")),
                    biasa(", yang diwujudkan antara lain melalui:" if srp.butir else "."),
                ]
            )
        )
        if srp.butir:
            dok.tambah(Daftar([[biasa(b)] for b in srp.butir]))
    iku = [k.indikator[kode] for kode in p.data.iku]
    dok.paragraf(
        f"Keseluruhan indikator kinerja utama {pd.nama} sebanyak {len(iku)} indikator, dengan "
        "target setiap tahun periode Renstra sebagai berikut."
    )
    tahun_renstra = list(range(renstra.tahun_mulai, renstra.tahun_selesai + 1))
    t21 = Tabel(
        "2.1",
        f"Indikator Kinerja Utama {pd.nama}",
        [Kolom("No.", 0.4), Kolom("Indikator", 3.2)]
        + [Kolom(str(y), 0.7) for y in tahun_renstra]
        + [Kolom("Kondisi Akhir Periode", 1)],
        kode="Tabel 2.1",
    )
    for n, ind in enumerate(iku, 1):
        t21.tambah(
            angka(n),
            teks(ind.nama),
            *[nilai_sel(_target_renstra(p, ind, y)) for y in tahun_renstra],
            angka(ind.kondisi_akhir),
        )
    t22 = Tabel(
        "2.2",
        "Definisi Operasional Indikator Kinerja Utama",
        [
            Kolom("No.", 0.4),
            Kolom("Sasaran Strategis", 1.8),
            Kolom("Indikator Kinerja Utama", 1.8),
            Kolom("Definisi Operasional", 2.2),
            Kolom("Formulasi Perhitungan", 1.4),
            Kolom("Sumber Data", 1.2),
        ],
        kode="Tabel 2.2",
        ukuran_huruf=8,
    )
    for n, ind in enumerate(iku, 1):
        t22.tambah(
            angka(n),
            teks(ind.sasaran.uraian),
            teks(ind.nama),
            teks(ind.definisi_operasional),
            teks(ind.formulasi),
            teks(ind.sumber_data),
        )
    dok.tambah(t21, t22)

    dok.tambah(Judul("B. Perjanjian Kinerja", 2))
    _prosa(dok, nar.perjanjian_kinerja)
    sasaran = list(renstra.sasaran.order_by("urutan"))
    if k.pk is not None:
        dok.paragraf(
            f"Perjanjian Kinerja Tahun {tahun} yang berlaku adalah versi {k.pk.get_versi_display()}"
            + (f" ({k.pk.alasan})" if k.pk.alasan else "")
            + f". Perjanjian kinerja tersebut meliputi {len(sasaran)} sasaran strategis dengan "
            f"{len(iku)} indikator kinerja sasaran beserta targetnya sebagai berikut."
        )
    t23 = Tabel(
        "2.3",
        f"Perjanjian Kinerja Tahun {tahun}",
        [
            Kolom("No.", 0.4),
            Kolom("Sasaran Strategis", 2.6),
            Kolom("Indikator Kinerja", 3),
            Kolom("Target", 0.9),
        ],
        kode="Tabel 2.3",
    )
    for n, ind in enumerate(iku, 1):
        hi = p.hasil.indikator[ind.kode]
        t23.tambah(
            angka(n),
            teks(ind.sasaran.uraian),
            teks(ind.nama),
            teks(kalimat.nilai_satuan(hi.target, ind.satuan, a)),
        )
    t24 = Tabel(
        "2.4",
        f"Program, Kegiatan dan Anggaran Tahun {tahun}",
        [Kolom("No.", 0.4), Kolom("Program / Kegiatan", 4.5), Kolom("Anggaran", 1.5)],
        kode="Tabel 2.4",
    )
    n = 0
    for prog, kegs in pohon(p):
        t24.tambah(teks(""), teks(prog.nama), rupiah(p.hasil.item[prog.kode].pagu), gaya="grup")
        for keg, _subs in kegs:
            n += 1
            t24.tambah(angka(n), teks(keg.nama), rupiah(p.hasil.item[keg.kode].pagu), tingkat=1)
    t24.tambah(teks(""), teks("JUMLAH"), rupiah(p.hasil.pagu), gaya="total")
    dok.tambah(t23, t24)
    dok.tambah(Bagian(lanskap=True))
    dok.tambah(_tabel_25(p, sasaran))
    dok.tambah(Bagian(lanskap=False))


def _target_renstra(p: Pengukuran, ind, tahun: int):
    t = p.konteks.target_renstra.get((ind.kode, tahun))
    if t is None:
        return None
    if ind.jenis_target == "rentang":
        return f"{fmt.angka(t.nilai)}–{fmt.angka(t.nilai_tinggi)}"
    if ind.jenis_target == "ordinal":
        return t.label
    return t.nilai


def _tabel_25(p: Pengukuran, sasaran) -> Tabel:
    """Seed Tabel 2.5: each sasaran with its IKU, and the programs and kegiatan serving it."""
    a = p.aturan
    milik = indikator_milik(p)
    t = Tabel(
        "2.5",
        f"Penetapan Kinerja Tahun {p.hasil.tahun}",
        [
            Kolom("Sasaran / Program / Kegiatan", 3.2),
            Kolom("Indikator Kinerja", 3.4),
            Kolom("Satuan", 0.8),
            Kolom("Target", 0.8),
            Kolom("Anggaran", 1.5),
            Kolom("Penanggung Jawab", 1.8),
        ],
        kode="Tabel 2.5",
        ukuran_huruf=8,
    )
    tree = pohon(p)
    for s in sasaran:
        for i, ind in enumerate(milik.get(s.kode, [])):
            hi = p.hasil.indikator[ind.kode]
            t.tambah(
                teks(s.uraian if i == 0 else ""),
                teks(ind.nama),
                teks(ind.satuan),
                nilai_sel(hi.target),
                teks(""),
                teks(""),
                gaya="grup",
            )
        for prog, kegs in tree:
            if s not in prog.sasaran.all():
                continue
            _baris_item(t, p, prog, milik, 1, a)
            for keg, _subs in kegs:
                _baris_item(t, p, keg, milik, 2, a)
    return t


def _baris_item(t: Tabel, p: Pengukuran, item, milik, tingkat: int, a) -> None:
    inds = milik.get(item.kode, []) or [None]
    pj = item.penanggung_jawab.nama if item.penanggung_jawab_id else ""
    for i, ind in enumerate(inds):
        hi = p.hasil.indikator[ind.kode] if ind else None
        t.tambah(
            teks(item.nama if i == 0 else ""),
            teks(ind.nama if ind else ""),
            teks(ind.satuan if ind else ""),
            nilai_sel(hi.target if hi else None),
            rupiah(p.hasil.item[item.kode].pagu) if i == 0 else teks(""),
            teks(pj if i == 0 else ""),
            tingkat=tingkat,
        )


def _bab4(dok: Dokumen, p: Pengukuran, nar, ttd: TandaTangan) -> None:
    k = p.konteks
    dok.tambah(PemisahHalaman(), Judul("BAB IV PENUTUP", 1), Judul("A. Kesimpulan", 2))
    _prosa(dok, nar.kesimpulan)
    dok.paragraf(
        f"Dari hasil analisis capaian kinerja {k.perangkat_daerah.nama} tahun {p.hasil.tahun} "
        "dapat disimpulkan sebagai berikut:"
    )
    butir_ = [kalimat.capaian_iku(p)]
    analisis = {a.sasaran_id: a for a in nar.analisis.all()} if nar.pk else {}
    for s in k.renstra.sasaran.order_by("urutan"):
        isi = kalimat.sasaran(p, s.kode, s.uraian)
        if s.pk in analisis and analisis[s.pk].sebab:
            isi = [*isi, biasa(" " + analisis[s.pk].sebab)]
        butir_.append(isi)
    butir_.append(kalimat.anggaran(p))
    dok.tambah(Daftar(butir_))
    dok.tambah(Judul("B. Saran", 2))
    dok.paragraf(
        "Langkah-langkah yang perlu diambil untuk mengatasi permasalahan yang dihadapi, mengacu "
        "pada hasil evaluasi dan analisis capaian kinerja serta realisasi anggaran, adalah "
        "sebagai berikut:"
    )
    dok.tambah(_butir(nar.saran))
    _prosa(dok, nar.penutup)
    dok.tambah(ttd)
