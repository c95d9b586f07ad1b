"""BAB III of the LKjIP: Akuntabilitas Kinerja (seed Tabel 3.1-3.12 and their analysis)."""

from __future__ import annotations

from decimal import Decimal

from sakip import format as fmt
from sakip.engine.aturan import RumusNegatif
from sakip.engine.capaian import Rentang
from sakip.engine.pohon import hitung
from sakip.evaluation.models import EvaluasiAKIP
from sakip.measurement.adapter import TidakAdaData, data_pengukuran
from sakip.measurement.hasil import Pengukuran
from sakip.monitoring.models import FaktorKinerja
from sakip.registers.models import Kebijakan, Temuan
from sakip.reports import grafik, kalimat
from sakip.reports.blok import (
    Bagian,
    Daftar,
    Dokumen,
    Gambar,
    Judul,
    Kolom,
    Paragraf,
    PemisahHalaman,
    Sel,
    Tabel,
    angka,
    biasa,
    persen,
    poin,
    rupiah,
    tebal,
    teks,
)
from sakip.reports.models import paragraf
from sakip.reports.umum import indikator_milik, pohon


def nilai_sel(v) -> Sel:
    """A target or realisasi: a number, a range or an ordinal label."""
    if isinstance(v, Rentang):
        return teks(f"{fmt.angka(v.rendah)}–{fmt.angka(v.tinggi)}")
    if isinstance(v, str):
        return teks(v)
    return angka(v)


def predikat_sel(pred) -> tuple[Sel, str | None]:
    return teks(pred.label if pred else ""), (pred.hex if pred else None)


def _para(potongan) -> Paragraf:
    return Paragraf(potongan)


def bab3(dok: Dokumen, p: Pengukuran, nar) -> None:
    k = p.konteks
    tahun = p.hasil.tahun
    a = p.aturan
    h = p.hasil
    sasaran = list(k.renstra.sasaran.order_by("urutan"))
    iku = [k.indikator[kode] for kode in p.data.iku]
    dok.tambah(PemisahHalaman(), Judul("BAB III AKUNTABILITAS KINERJA", 1))
    dok.tambah(Judul("A. Capaian Kinerja Organisasi", 2))
    dok.tambah(Judul(f"A.1. Target dan Realisasi Kinerja Sasaran Tahun {tahun}", 3))
    for para in paragraf(nar.pengukuran):
        dok.paragraf(para)
    dok.paragraf("Capaian indikator kinerja dihitung dengan rumus:")
    negatif = (
        "Capaian = (Target − (Realisasi − Target)) / Target × 100%"
        if a.rumus_negatif == RumusNegatif.SELISIH
        else "Capaian = Target / Realisasi × 100%"
    )
    dok.tambah(
        Daftar(
            [
                [
                    biasa("Semakin tinggi realisasi semakin baik: "),
                    tebal("Capaian = Realisasi / Target × 100%"),
                ],
                [biasa("Semakin tinggi realisasi semakin buruk: "), tebal(negatif)],
            ],
            bernomor=False,
        )
    )
    if a.batas_atas is not None:
        dok.paragraf(f"Capaian satu indikator dibatasi paling tinggi {fmt.persen(a.batas_atas)}.")
    t31 = Tabel(
        "3.1",
        "Skala Nilai Peringkat Kinerja",
        [
            Kolom("No", 0.4),
            Kolom("Interval Capaian", 1.6),
            Kolom("Predikat", 1.6),
            Kolom("Kode Warna", 1),
        ],
        kode="Tabel 3.1",
    )
    if p.data.skala is not None:
        urut = sorted(p.data.skala.predikat, key=lambda x: -(x.min if x.min is not None else -1e9))
        for n, pr in enumerate(urut, 1):
            if pr.max is None:
                interval = f"≥ {fmt.angka(pr.min)}%"
            elif pr.min is None:
                interval = f"< {fmt.angka(pr.max)}%"
            else:
                interval = f"{fmt.angka(pr.min)}% s.d. < {fmt.angka(pr.max)}%"
            t31.tambah(angka(n), teks(interval), teks(pr.label), teks(pr.warna), warna=pr.hex)
    dok.tambah(t31)

    t32 = Tabel(
        "3.2",
        f"Realisasi Kinerja Tahun {tahun}",
        [
            Kolom("Sasaran Strategis", 1.8),
            Kolom("Indikator Kinerja", 2.1),
            Kolom("Cara Perhitungan", 1.7),
            Kolom("Satuan", 0.85),
            Kolom("Target", 0.8),
            Kolom("Realisasi", 0.95),
            Kolom("Capaian (%)", 0.95),
            Kolom("Predikat", 1.05),
        ],
        kode="Tabel 3.2",
        ukuran_huruf=8,
    )
    for ind in iku:
        hi = h.indikator[ind.kode]
        pred, warna = predikat_sel(hi.predikat)
        t32.tambah(
            teks(ind.sasaran.uraian),
            teks(ind.nama),
            teks(ind.cara_perhitungan),
            teks(ind.satuan),
            nilai_sel(hi.target),
            nilai_sel(hi.realisasi),
            persen(hi.capaian),
            pred,
            warna=warna,
        )
    pred, warna = predikat_sel(h.predikat_iku)
    t32.tambah(
        teks("RATA-RATA CAPAIAN IKU"),
        teks(""),
        teks(""),
        teks(""),
        teks(""),
        teks(""),
        persen(h.capaian_iku),
        pred,
        gaya="total",
        warna=warna,
    )
    dok.tambah(t32, _para(kalimat.capaian_iku(p)))
    dok.tambah(
        Gambar(
            grafik.capaian_batang(
                [
                    (
                        ind.nama,
                        h.indikator[ind.kode].capaian,
                        h.indikator[ind.kode].predikat.hex
                        if h.indikator[ind.kode].predikat
                        else "",
                    )
                    for ind in iku
                ],
                f"Capaian indikator kinerja utama tahun {tahun}",
            ),
            f"Grafik 3.1 Capaian Indikator Kinerja Utama Tahun {tahun}",
        )
    )
    _registers(dok, p, iku)
    dok.tambah(Bagian(lanskap=True), _tabel_35(p, sasaran), Bagian(lanskap=False))

    # A.2 comparison with the previous year
    dok.tambah(Judul("A.2. Perbandingan Realisasi dan Capaian dengan Tahun Sebelumnya", 3))
    dok.paragraf(
        f"Perbandingan realisasi dan capaian kinerja tahun {tahun} dengan tahun {tahun - 1} "
        "menunjukkan kecenderungan meningkat atau menurunnya kinerja setiap indikator."
    )
    t36 = Tabel(
        "3.6",
        f"Perbandingan Realisasi dan Capaian Kinerja Tahun {tahun} dengan Tahun Sebelumnya",
        [
            Kolom("No.", 0.4),
            Kolom("Indikator Kinerja Sasaran", 3),
            Kolom("Satuan", 0.7),
            Kolom(f"Realisasi {tahun - 1}", 0.9),
            Kolom(f"Capaian {tahun - 1} (%)", 0.9),
            Kolom(f"Realisasi {tahun}", 0.9),
            Kolom(f"Capaian {tahun} (%)", 0.9),
            Kolom("Perubahan (poin)", 0.9),
        ],
        kode="Tabel 3.6",
    )
    for n, ind in enumerate(iku, 1):
        b = p.perbandingan[ind.kode]
        lalu = b.tahun_lalu
        hi = h.indikator[ind.kode]
        t36.tambah(
            angka(n),
            teks(ind.nama),
            teks(ind.satuan),
            nilai_sel(lalu.realisasi if lalu else None),
            persen(lalu.capaian if lalu else None),
            nilai_sel(hi.realisasi),
            persen(hi.capaian),
            poin(b.selisih_poin),
        )
    t36.tambah(
        teks(""),
        teks("RATA-RATA CAPAIAN IKU"),
        teks(""),
        teks(""),
        persen(p.lalu.capaian_iku if p.lalu else None),
        teks(""),
        persen(h.capaian_iku),
        poin(
            h.capaian_iku - p.lalu.capaian_iku
            if p.lalu and p.lalu.capaian_iku is not None and h.capaian_iku is not None
            else None
        ),
        gaya="total",
    )
    dok.tambah(t36)
    dok.tambah(
        Gambar(
            grafik.tren(_riwayat(p, iku), "Realisasi terhadap target tahunan Renstra"),
            f"Grafik 3.2 Realisasi dan Target Indikator Kinerja Utama "
            f"{k.renstra.tahun_mulai}-{k.renstra.tahun_selesai}",
        )
    )

    # A.3 against the end of the Renstra
    dok.tambah(Judul(f"A.3. Realisasi Kinerja Tahun {tahun} dan Target Akhir Periode Renstra", 3))
    dok.paragraf(
        f"Realisasi tahun {tahun} dibandingkan dengan target tahun terakhir periode Renstra "
        f"{k.renstra.tahun_mulai}-{k.renstra.tahun_selesai} untuk mengetahui kemampuan mencapai "
        "target akhir periode."
    )
    t37 = Tabel(
        "3.7",
        "Realisasi Kinerja dan Target Akhir Periode Renstra",
        [
            Kolom("Sasaran / Program", 2.4),
            Kolom("Indikator Kinerja", 2.8),
            Kolom("Satuan", 0.7),
            Kolom(f"Realisasi {tahun}", 0.9),
            Kolom(f"Target Akhir Renstra ({k.renstra.tahun_selesai})", 1.1),
            Kolom("Capaian terhadap Target Akhir (%)", 1.1),
        ],
        kode="Tabel 3.7",
    )
    milik = indikator_milik(p)
    baris37 = [(ind.sasaran.uraian, ind) for ind in iku]
    for prog in k.program:
        baris37 += [(prog.nama, ind) for ind in milik.get(prog.kode, [])]
    for pemilik, ind in baris37:
        b = p.perbandingan[ind.kode]
        t37.tambah(
            teks(pemilik),
            teks(ind.nama),
            teks(ind.satuan),
            nilai_sel(h.indikator[ind.kode].realisasi),
            nilai_sel(b.target_akhir),
            persen(b.capaian_akhir),
        )
    dok.tambah(t37)
    _analisis(dok, p, nar, sasaran, milik)
    _anggaran(dok, p)
    _efisiensi(dok, p, sasaran)
    _evaluasi(dok, p)


def _riwayat(p: Pengukuran, iku) -> list:
    """Target and realisasi of each IKU over the Renstra years measured so far."""
    k = p.konteks
    tahun = p.hasil.tahun
    hasil = {tahun: p.hasil}
    if p.lalu is not None:
        hasil[tahun - 1] = p.lalu
    for y in range(k.renstra.tahun_mulai, tahun - 1):
        try:
            data, _ = data_pengukuran(k.perangkat_daerah, y)
            hasil[y] = hitung(data)
        except TidakAdaData:
            continue
    years = list(range(k.renstra.tahun_mulai, k.renstra.tahun_selesai + 1))
    seri = []
    for ind in iku:
        target = []
        for y in years:
            t = k.target_renstra.get((ind.kode, y))
            target.append(t.nilai if t is not None else None)
        real = []
        for y in years:
            hi = hasil[y].indikator.get(ind.kode) if y in hasil else None
            v = hi.realisasi if hi is not None else None
            real.append(v if isinstance(v, Decimal) else None)
        seri.append((ind.nama, years, target, real, ind.satuan))
    return seri


def _registers(dok: Dokumen, p: Pengukuran, iku) -> None:
    pd = p.konteks.perangkat_daerah
    tahun = p.hasil.tahun
    for ind in iku:
        if ind.sumber != "register":
            continue
        dok.tambah(
            _para(
                [
                    biasa("Indikator "),
                    tebal(ind.nama),
                    biasa(
                        f" diukur dengan: {ind.cara_perhitungan or ind.formulasi}. "
                        + kalimat.register(p, ind.kode)
                    ),
                ]
            )
        )
        if ind.register == "temuan_material_terbuka":
            t = Tabel(
                "3.3",
                f"Temuan BPK-RI dan APIP Tahun {tahun - 1} yang Ditindaklanjuti di Tahun {tahun}",
                [
                    Kolom("No.", 0.4),
                    Kolom("Temuan Pemeriksaan", 2.4),
                    Kolom("Rekomendasi", 2.4),
                    Kolom("Rencana Aksi", 2.4),
                    Kolom("Status / Keterangan", 1.6),
                ],
                kode="Tabel 3.3",
                ukuran_huruf=8,
            )
            temuan = Temuan.objects.filter(perangkat_daerah=pd, tahun=tahun - 1).order_by("kode")
            for n, tm in enumerate(temuan, 1):
                t.tambah(
                    angka(n),
                    teks(tm.uraian),
                    teks(tm.rekomendasi),
                    teks(tm.rencana_aksi),
                    teks(f"{tm.get_status_display()}. {tm.keterangan}".strip(". ")),
                )
            dok.tambah(t)
        elif ind.register == "kebijakan_terlaksana":
            t = Tabel(
                "3.4",
                f"Daftar Kebijakan Tahun {tahun - 1} pada Indikator {ind.nama}",
                [
                    Kolom("No", 0.4),
                    Kolom("Nomor / Tanggal", 1.4),
                    Kolom("Uraian", 3),
                    Kolom("Jenis", 1.2),
                    Kolom("Status", 1.2),
                    Kolom("Keterangan", 1.8),
                ],
                kode="Tabel 3.4",
                ukuran_huruf=8,
            )
            kebijakan = Kebijakan.objects.filter(perangkat_daerah=pd, tahun=tahun - 1)
            for n, kb in enumerate(kebijakan.order_by("kode"), 1):
                nomor = kb.nomor or "-"
                if kb.tanggal:
                    nomor += f" tanggal {fmt.tanggal(kb.tanggal)}"
                t.tambah(
                    angka(n),
                    teks(nomor),
                    teks(kb.uraian),
                    teks(kb.jenis),
                    teks(kb.get_status_display()),
                    teks(kb.keterangan),
                )
            dok.tambah(t)


def _tabel_35(p: Pengukuran, sasaran) -> Tabel:
    """Realisasi of every program, kegiatan and sub-kegiatan indicator, grouped by sasaran."""
    h = p.hasil
    milik = indikator_milik(p)
    t = Tabel(
        "3.5",
        f"Realisasi Kinerja Program, Kegiatan dan Sub Kegiatan Tahun {h.tahun}",
        [
            Kolom("Sasaran / Program / Kegiatan / Sub Kegiatan", 3.2),
            Kolom("Indikator Kinerja", 3.6),
            Kolom("Satuan", 0.8),
            Kolom("Target", 0.7),
            Kolom("Realisasi", 0.8),
            Kolom("Capaian (%)", 0.8),
            Kolom("Predikat", 1),
        ],
        kode="Tabel 3.5",
        ukuran_huruf=7.5,
    )
    tree = pohon(p)
    for s in sasaran:
        hs = h.sasaran[s.kode]
        pred, warna = predikat_sel(hs.predikat)
        t.tambah(
            teks(s.uraian),
            teks(""),
            teks(""),
            teks(""),
            teks(""),
            persen(hs.capaian),
            pred,
            gaya="grup",
            warna=warna,
        )
        for prog, kegs in tree:
            if s not in prog.sasaran.all():
                continue
            _baris_realisasi(t, p, prog, milik, 1, "grup")
            for keg, subs in kegs:
                _baris_realisasi(t, p, keg, milik, 2, "")
                for sub in subs:
                    _baris_realisasi(t, p, sub, milik, 3, "")
    return t


def _baris_realisasi(t: Tabel, p: Pengukuran, item, milik, tingkat: int, gaya: str) -> None:
    inds = milik.get(item.kode, []) or [None]
    for i, ind in enumerate(inds):
        hi = p.hasil.indikator[ind.kode] if ind else None
        pred, warna = predikat_sel(hi.predikat if hi else None)
        t.tambah(
            teks(item.nama if i == 0 else ""),
            teks(ind.nama if ind else ""),
            teks(ind.satuan if ind else ""),
            nilai_sel(hi.target if hi else None),
            nilai_sel(hi.realisasi if hi else None),
            persen(hi.capaian if hi else None),
            pred,
            tingkat=tingkat,
            gaya=gaya,
            warna=warna,
        )


def _analisis(dok: Dokumen, p: Pengukuran, nar, sasaran, milik) -> None:
    k = p.konteks
    h = p.hasil
    a = p.aturan
    tahun = h.tahun
    analisis = {x.sasaran_id: x for x in nar.analisis.all()} if nar.pk else {}
    dok.tambah(PemisahHalaman(), Judul("B. Analisis Capaian Kinerja Sasaran", 2))
    dok.paragraf(
        "Analisis capaian kinerja setiap sasaran memuat perbandingan target dengan realisasi, "
        "perbandingan dengan tahun sebelumnya dan dengan target akhir Renstra, standar nasional "
        "atau provinsi bila ada, penyebab keberhasilan atau kegagalan beserta solusinya, "
        "efisiensi penggunaan sumber daya, serta program dan kegiatan yang mendukungnya."
    )
    dok.tambah(_para(kalimat.capaian_iku(p)))
    tree = pohon(p)
    for n, s in enumerate(sasaran, 1):
        t = Tabel(
            f"3.8.{n}",
            f"Analisis Pencapaian Sasaran Strategis {n}: {s.uraian}",
            [
                Kolom("Indikator Kinerja", 2.6),
                Kolom("Satuan", 0.7),
                Kolom(f"Target {tahun - 1}", 0.8),
                Kolom(f"Realisasi {tahun - 1}", 0.8),
                Kolom(f"Capaian {tahun - 1} (%)", 0.8),
                Kolom(f"Target {tahun}", 0.8),
                Kolom(f"Realisasi {tahun}", 0.8),
                Kolom(f"Capaian {tahun} (%)", 0.8),
            ],
            kode=f"Tabel 3.8.{n}",
            ukuran_huruf=8,
        )
        inds = milik.get(s.kode, [])
        for ind in inds:
            hi = h.indikator[ind.kode]
            lalu = p.perbandingan[ind.kode].tahun_lalu
            t.tambah(
                teks(ind.nama),
                teks(ind.satuan),
                nilai_sel(lalu.target if lalu else None),
                nilai_sel(lalu.realisasi if lalu else None),
                persen(lalu.capaian if lalu else None),
                nilai_sel(hi.target),
                nilai_sel(hi.realisasi),
                persen(hi.capaian),
            )
        lalu_s = p.lalu.sasaran.get(s.kode) if p.lalu else None
        t.tambah(
            teks("Rata-rata capaian kinerja"),
            teks(""),
            teks(""),
            teks(""),
            persen(lalu_s.capaian if lalu_s else None),
            teks(""),
            teks(""),
            persen(h.sasaran[s.kode].capaian),
            gaya="total",
        )
        dok.tambah(Judul(f"B.{n}. Sasaran Strategis {n}: {s.uraian}", 3), t)
        dok.tambah(_para(kalimat.sasaran(p, s.kode, s.uraian)))
        for ind in inds:
            dok.tambah(_para(kalimat.indikator(p, ind.kode)))
            if ind.sumber == "register":
                dok.paragraf(kalimat.register(p, ind.kode))
        x = analisis.get(s.pk)
        if x is not None and x.sebab:
            dok.tambah(_para([tebal("Penyebab: "), biasa(x.sebab)]))
        if x is not None and x.solusi:
            dok.tambah(_para([tebal("Solusi yang telah dilakukan: "), biasa(x.solusi)]))
        dok.tambah(_para(kalimat.efisiensi_sasaran(p, s.kode)))
        pendukung = []
        for prog, kegs in tree:
            if s not in prog.sasaran.all():
                continue
            hp = h.item[prog.kode]
            pendukung.append(
                [
                    tebal(prog.nama),
                    biasa(
                        f": capaian {fmt.persen(hp.capaian, a)}, penyerapan anggaran "
                        f"{fmt.persen(hp.penyerapan, a)} ({fmt.rupiah(hp.realisasi)} dari "
                        f"{fmt.rupiah(hp.pagu)}); kegiatan: "
                        + "; ".join(
                            f"{keg.nama} {fmt.persen(h.item[keg.kode].capaian, a)}"
                            for keg, _subs in kegs
                        )
                        + "."
                    ),
                ]
            )
        if pendukung:
            dok.paragraf("Program dan kegiatan yang mendukung sasaran ini:")
            dok.tambah(Daftar(pendukung, bernomor=False))
    # Tabel 3.9 faktor penghambat / pendukung
    faktor = {
        f.subkegiatan_id: f
        for f in FaktorKinerja.objects.filter(subkegiatan__in=k.subkegiatan, tahun=tahun)
    }
    t39 = Tabel(
        "3.9",
        f"Faktor Penghambat dan Pendukung Capaian Kinerja {k.perangkat_daerah.nama}",
        [
            Kolom("Kegiatan / Sub Kegiatan", 2.6),
            Kolom("Target", 0.9),
            Kolom("Realisasi", 0.9),
            Kolom("Hambatan / Masalah", 2.4),
            Kolom("Alternatif Solusi", 2.4),
            Kolom("Faktor Pendukung / Keterangan", 2.4),
        ],
        kode="Tabel 3.9",
        ukuran_huruf=7.5,
    )
    for _prog, kegs in tree:
        for keg, subs in kegs:
            t39.tambah(
                teks(keg.nama), teks(""), teks(""), teks(""), teks(""), teks(""), gaya="grup"
            )
            for sub in subs:
                ind = (milik.get(sub.kode) or [None])[0]
                hi = h.indikator[ind.kode] if ind else None
                f = faktor.get(sub.pk)
                t39.tambah(
                    teks(sub.nama),
                    teks(kalimat.nilai_satuan(hi.target, ind.satuan, a) if hi else ""),
                    teks(kalimat.nilai_satuan(hi.realisasi, ind.satuan, a) if hi else ""),
                    teks(f.penghambat if f else ""),
                    teks(f.solusi if f else ""),
                    teks(f.pendukung if f else ""),
                    tingkat=1,
                )
    dok.tambah(Bagian(lanskap=True), t39, Bagian(lanskap=False))


def _anggaran(dok: Dokumen, p: Pengukuran) -> None:
    k = p.konteks
    h = p.hasil
    tahun = h.tahun
    dok.tambah(Judul("C. Realisasi Anggaran", 2), _para(kalimat.anggaran(p)))
    t310 = Tabel(
        "3.10",
        f"Realisasi Anggaran Belanja {k.perangkat_daerah.nama} Tahun Anggaran {tahun}",
        [
            Kolom("Uraian", 2.6),
            Kolom("Anggaran Belanja", 1.3),
            Kolom("Realisasi Belanja", 1.3),
            Kolom("Sisa Anggaran", 1.2),
            Kolom("Penyerapan (%)", 0.8),
            Kolom("Tertimbang (%)", 0.8),
        ],
        kode="Tabel 3.10",
    )
    akar = [b for b in p.belanja if b.tingkat == 0]
    for b in p.belanja:
        if b.tingkat == 0:
            continue
        t310.tambah(
            teks(f"{b.akun.kode} {b.akun.nama}"),
            rupiah(b.pagu),
            rupiah(b.realisasi),
            rupiah(b.sisa),
            persen(b.penyerapan),
            persen(b.tertimbang),
            gaya="grup" if b.tingkat == 1 else "",
            tingkat=b.tingkat - 1,
        )
    for b in akar:
        t310.tambah(
            teks("JUMLAH"),
            rupiah(b.pagu),
            rupiah(b.realisasi),
            rupiah(b.sisa),
            persen(b.penyerapan),
            persen(b.tertimbang),
            gaya="total",
        )
    dok.tambah(t310)
    daun = [
        b
        for b in p.belanja
        if not any(c.akun.kode.startswith(b.akun.kode + ".") for c in p.belanja)
    ]
    if daun:
        dok.tambah(
            Gambar(
                grafik.komposisi(
                    [(b.akun.nama, b.realisasi) for b in daun],
                    f"Komposisi realisasi belanja tahun {tahun}",
                ),
                f"Grafik 3.3 Komposisi Realisasi Belanja Tahun {tahun}",
            )
        )
    dok.tambah(Bagian(lanskap=True))
    t311 = Tabel(
        "3.11",
        f"Realisasi Belanja Anggaran Berdasarkan Program/Kegiatan/Sub Kegiatan Tahun {tahun}",
        [
            Kolom("Kode", 1.3),
            Kolom("Program / Kegiatan / Sub Kegiatan", 4.2),
            Kolom("Pagu Anggaran", 1.3),
            Kolom("Realisasi Anggaran", 1.3),
            Kolom("Sisa Pagu", 1.2),
            Kolom("Penyerapan (%)", 0.8),
        ],
        kode="Tabel 3.11",
        ukuran_huruf=8,
    )
    for prog, kegs in pohon(p):
        for item, tingkat in [(prog, 0)] + [
            x for keg, subs in kegs for x in [(keg, 1)] + [(s, 2) for s in subs]
        ]:
            hi = h.item[item.kode]
            t311.tambah(
                teks(item.kode),
                teks(item.nama),
                rupiah(hi.pagu),
                rupiah(hi.realisasi),
                rupiah(hi.sisa),
                persen(hi.penyerapan),
                gaya="grup" if tingkat < 2 else "",
                tingkat=tingkat,
            )
    t311.tambah(
        teks(""),
        teks("TOTAL KESELURUHAN"),
        rupiah(h.pagu),
        rupiah(h.realisasi),
        rupiah(h.sisa),
        persen(h.penyerapan),
        gaya="total",
    )
    dok.tambah(t311, Bagian(lanskap=False))
    dok.tambah(
        Gambar(
            grafik.penyerapan_batang(
                [(prog.nama, h.item[prog.kode].penyerapan) for prog in k.program],
                f"Penyerapan anggaran per program tahun {tahun}",
            ),
            f"Grafik 3.4 Penyerapan Anggaran per Program Tahun {tahun}",
        )
    )
    units = {u.kode: u for u in k.perangkat_daerah.unit.all()}
    bagian = [
        (units[kode], hu)
        for kode, hu in h.unit.items()
        if kode in units and units[kode].jenis == "bagian"
    ]
    bagian.sort(key=lambda x: x[0].urutan)
    dok.tambah(
        Gambar(
            grafik.penyerapan_batang(
                [(u.nama, hu.penyerapan) for u, hu in bagian],
                f"Penyerapan anggaran per Bagian tahun {tahun}",
            ),
            f"Grafik 3.5 Penyerapan Anggaran per Bagian Tahun {tahun}",
        )
    )
    dok.tambah(
        Gambar(
            grafik.rp_kumulatif(
                p.hasil.rp_kumulatif,
                h.pagu,
                f"Realisasi anggaran kumulatif per triwulan tahun {tahun}",
            ),
            f"Grafik 3.6 Realisasi Anggaran Kumulatif per Triwulan terhadap Pagu Tahun {tahun}",
        )
    )


def _efisiensi(dok: Dokumen, p: Pengukuran, sasaran) -> None:
    h = p.hasil
    dok.tambah(Judul("D. Analisis Efisiensi", 2))
    uraian = {s.kode: s.uraian for s in sasaran}
    for para in kalimat.efisiensi(p, uraian):
        dok.tambah(_para(para))
    milik = indikator_milik(p)
    t = Tabel(
        "3.12",
        "Efisiensi Penggunaan Sumber Daya",
        [
            Kolom("No.", 0.4),
            Kolom("Sasaran Strategis", 2.4),
            Kolom("Indikator Kinerja", 2.6),
            Kolom("Capaian Kinerja (%)", 0.9),
            Kolom("Penyerapan Anggaran (%)", 0.9),
            Kolom("Tingkat Efisiensi (poin)", 0.9),
        ],
        kode="Tabel 3.12",
    )
    for n, s in enumerate(sasaran, 1):
        hs = h.sasaran[s.kode]
        t.tambah(
            angka(n),
            teks(s.uraian),
            teks("; ".join(i.nama for i in milik.get(s.kode, []))),
            persen(hs.capaian),
            persen(hs.penyerapan),
            poin(hs.efisiensi),
        )
    dok.tambah(t)


def _evaluasi(dok: Dokumen, p: Pengukuran) -> None:
    k = p.konteks
    tahun = p.hasil.tahun
    dok.tambah(Judul(f"E. Tindak Lanjut atas Evaluasi Laporan Kinerja Tahun {tahun - 1}", 2))
    e = EvaluasiAKIP.objects.filter(perangkat_daerah=k.perangkat_daerah, tahun=tahun - 1).first()
    if e is None:
        dok.paragraf(f"Belum ada hasil evaluasi atas Laporan Kinerja Tahun {tahun - 1}.")
        return
    dok.tambah(_para(kalimat.evaluasi(e, k.perangkat_daerah.nama)))
    t = Tabel(
        "3.13",
        f"Rekomendasi Evaluasi Laporan Kinerja Tahun {tahun - 1} dan Tindak Lanjutnya",
        [Kolom("No.", 0.4), Kolom("Rekomendasi", 3), Kolom("Tindak Lanjut", 3), Kolom("Status", 1)],
        kode="Tabel 3.13",
    )
    for r in e.rekomendasi.order_by("nomor"):
        t.tambah(
            angka(r.nomor), teks(r.uraian), teks(r.tindak_lanjut), teks(r.get_status_display())
        )
    dok.tambah(t)
