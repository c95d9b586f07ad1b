"""Indonesian sentences that state figures, filled from the engine's results.

Every sentence of a document that carries a figure comes from here, so it can never disagree
with the tables: both read the same ``Pengukuran``. Each function returns a paragraph as a list
of ``Potongan`` (runs; figures and names in bold, as the seed prints them).

Example (seed BAB III.B, sasaran 2)::

    Capaian kinerja sasaran Terwujudnya kinerja ... pada tahun 2023 sebesar 121,82%
    dikategorikan Berhasil, meningkat 11,21 poin dari tahun 2022 (110,61%).
"""

from __future__ import annotations

from decimal import Decimal

from sakip import format as fmt
from sakip.engine.capaian import Rentang
from sakip.engine.tampilan import bulatkan
from sakip.measurement.hasil import Pengukuran
from sakip.reports.blok import Potongan, biasa, tebal

ROMAWI = {1: "I", 2: "II", 3: "III", 4: "IV"}
PERSEN = {"%", "persen"}


def nilai_satuan(nilai, satuan: str, aturan) -> str:
    """``85`` with ``Persen`` → ``85%``; ``2,77`` with ``Nilai`` → ``2,77 Nilai``."""
    if nilai is None:
        return fmt.KOSONG
    if isinstance(nilai, Rentang):
        teks = f"{fmt.angka(nilai.rendah, aturan=aturan)}–{fmt.angka(nilai.tinggi, aturan=aturan)}"
    elif isinstance(nilai, str):
        return nilai
    else:
        teks = fmt.angka(nilai, aturan=aturan)
    if satuan.strip().lower() in PERSEN:
        return teks + "%"
    return f"{teks} {satuan}".strip()


def arah(selisih: Decimal | None, aturan) -> str:
    """``11.21`` → ``meningkat 11,21 poin``; the displayed change decides the word."""
    if selisih is None:
        return ""
    d = bulatkan(selisih, aturan, 2)
    if d > 0:
        return f"meningkat {fmt.angka(d, 2, aturan, tetap=True)} poin"
    if d < 0:
        return f"menurun {fmt.angka(-d, 2, aturan, tetap=True)} poin"
    return "sama dengan"


def _pred(p) -> str:
    return p.label if p is not None else "-"


def _pred_lalu(p: Pengukuran, predikat, capaian) -> str:
    """Last year's predikat; on this year's scale when the agency kept none for that year."""
    if predikat is None and capaian is not None and p.data.skala is not None:
        predikat = p.data.skala.tentukan(capaian)
    return _pred(predikat)


def capaian_iku(p: Pengukuran) -> list[Potongan]:
    """The headline: mean capaian of the IKU, its predikat and the change from last year."""
    h, a = p.hasil, p.aturan
    pd = p.konteks.perangkat_daerah
    out = [
        biasa(
            f"Analisis terhadap sasaran strategis {pd.nama} tahun {h.tahun} menunjukkan bahwa "
            "capaian sasaran strategis masuk pada kategori "
        ),
        tebal(_pred(h.predikat_iku)),
        biasa(" dengan nilai rata-rata capaian indikator kinerja utama sebesar "),
        tebal(fmt.persen(h.capaian_iku, a)),
    ]
    if p.lalu is not None and p.lalu.capaian_iku is not None and h.capaian_iku is not None:
        beda = arah(h.capaian_iku - p.lalu.capaian_iku, a)
        kata = "sama dengan" if beda == "sama dengan" else f"{beda} dari"
        out.append(
            biasa(
                f", {kata} tahun {h.tahun - 1} ({fmt.persen(p.lalu.capaian_iku, a)}, "
                f"{_pred_lalu(p, p.lalu.predikat_iku, p.lalu.capaian_iku)})"
            )
        )
    out.append(biasa("."))
    return out


def sasaran(p: Pengukuran, kode: str, uraian: str) -> list[Potongan]:
    """Capaian of one sasaran this year, its predikat, and the change from last year."""
    h, a = p.hasil, p.aturan
    hs = h.sasaran[kode]
    out = [
        biasa("Capaian kinerja sasaran "),
        tebal(uraian),
        biasa(f" pada tahun {h.tahun} sebesar "),
        tebal(fmt.persen(hs.capaian, a)),
        biasa(" dikategorikan "),
        tebal(_pred(hs.predikat)),
    ]
    lalu = p.lalu.sasaran.get(kode) if p.lalu is not None else None
    if lalu is not None and lalu.capaian is not None and hs.capaian is not None:
        beda = arah(hs.capaian - lalu.capaian, a)
        kata = "sama dengan" if beda == "sama dengan" else f"{beda} dari"
        out.append(
            biasa(
                f", {kata} capaian tahun {h.tahun - 1} sebesar {fmt.persen(lalu.capaian, a)} "
                f"({_pred_lalu(p, lalu.predikat, lalu.capaian)})"
            )
        )
    else:
        out.append(biasa(f"; capaian tahun {h.tahun - 1} tidak tersedia untuk dibandingkan"))
    out.append(biasa("."))
    return out


def indikator(p: Pengukuran, kode: str) -> list[Potongan]:
    """One IKU: target against realisasi, the Renstra end, and a national/provincial standard."""
    a = p.aturan
    ind = p.konteks.indikator[kode]
    hi = p.hasil.indikator[kode]
    b = p.perbandingan[kode]
    out = [
        biasa("Indikator "),
        Potongan(ind.nama, miring=True),
        biasa(
            f" dengan target {nilai_satuan(hi.target, ind.satuan, a)} terealisasi "
            f"{nilai_satuan(hi.realisasi, ind.satuan, a)}, capaian "
        ),
        tebal(fmt.persen(hi.capaian, a)),
        biasa(". "),
    ]
    if b.target_akhir is not None:
        out.append(
            biasa(
                f"Terhadap target akhir periode Renstra tahun {b.tahun_akhir} sebesar "
                f"{nilai_satuan(b.target_akhir, ind.satuan, a)}, realisasi tahun "
                f"{p.hasil.tahun} telah mencapai {fmt.persen(b.capaian_akhir, a)}. "
            )
        )
    else:
        out.append(biasa(f"Renstra tidak menetapkan target tahun {b.tahun_akhir}. "))
    out.append(biasa(standar(p, kode)))
    return out


def standar(p: Pengukuran, kode: str) -> str:
    """Against the indicator's national or provincial standard, when it has one."""
    a = p.aturan
    ind = p.konteks.indikator[kode]
    hi = p.hasil.indikator[kode]
    if ind.standar is None:
        return "Indikator ini belum memiliki standar nasional atau provinsi sebagai pembanding."
    sumber = ind.standar_sumber or "nasional/provinsi"
    teks = f"Standar {sumber} untuk indikator ini {nilai_satuan(ind.standar, ind.satuan, a)}"
    if not isinstance(hi.realisasi, Decimal):
        return teks + "."
    lebih_baik = (
        hi.realisasi >= ind.standar if ind.polaritas == "positif" else hi.realisasi <= ind.standar
    )
    return teks + (
        "; realisasi telah memenuhi standar tersebut."
        if lebih_baik
        else "; realisasi masih di bawah standar tersebut."
    )


def register(p: Pengukuran, kode: str) -> str:
    """How a register-counted IKU was counted (seed: 14 of 17 policies carried out)."""
    ind = p.konteks.indikator[kode]
    tahun = p.hasil.tahun
    if ind.register == "kebijakan_terlaksana":
        daftar = [k for k in p.data.kebijakan if k.tahun == tahun - 1]
        n = len(daftar)
        m = sum(1 for k in daftar if k.terlaksana)
        return (
            f"Dari {n} kebijakan yang disahkan pada tahun {tahun - 1}, {m} kebijakan telah "
            f"dilaksanakan (termasuk yang telah dilaksanakan lalu tidak diterapkan lagi) dan "
            f"{n - m} kebijakan belum dilaksanakan pada tahun {tahun}."
        )
    if ind.register == "temuan_material_terbuka":
        daftar = [t for t in p.data.temuan if t.tahun == tahun - 1]
        selesai = sum(1 for t in daftar if t.tahun_selesai is not None and t.tahun_selesai <= tahun)
        terbuka = p.hasil.indikator[kode].realisasi
        return (
            f"Dari {len(daftar)} temuan pemeriksaan tahun {tahun - 1}, {selesai} temuan telah "
            f"selesai ditindaklanjuti; jumlah temuan material yang masih terbuka pada akhir tahun "
            f"{tahun} sebanyak {fmt.angka(terbuka)}."
        )
    return ""


def efisiensi_sasaran(p: Pengukuran, kode: str) -> list[Potongan]:
    a = p.aturan
    hs = p.hasil.sasaran[kode]
    return [
        biasa(
            "Capaian tersebut diperoleh dengan penyerapan anggaran program pendukungnya sebesar "
        ),
        tebal(fmt.persen(hs.penyerapan, a)),
        biasa(", sehingga tingkat efisiensi penggunaan sumber daya sebesar "),
        tebal(f"{fmt.angka(hs.efisiensi, 2, a, tetap=True)} poin"),
        biasa("."),
    ]


def anggaran(p: Pengukuran) -> list[Potongan]:
    """Seed BAB III.C: realisasi, penyerapan, pagu and SILPA of the agency."""
    h, a = p.hasil, p.aturan
    pd = p.konteks.perangkat_daerah
    return [
        biasa(f"Realisasi pelaksanaan anggaran yang dikelola {pd.nama} tahun {h.tahun} adalah "),
        tebal(f"{fmt.rupiah(h.realisasi)} ({fmt.persen(h.penyerapan, a)})"),
        biasa(" dari pagu anggaran sebesar "),
        tebal(fmt.rupiah(h.pagu)),
        biasa(", sehingga terdapat sisa anggaran yang tidak terserap (SILPA) sebesar "),
        tebal(fmt.rupiah(h.sisa)),
        biasa("."),
    ]


def efisiensi(p: Pengukuran, sasaran_uraian: dict[str, str]) -> list[list[Potongan]]:
    """Seed BAB III.D: how many sasaran reached 100% and with what absorption."""
    h, a = p.hasil, p.aturan
    semua = list(h.sasaran.values())
    berhasil = [s for s in semua if s.capaian is not None and s.capaian >= 100]
    out = [
        [
            biasa(
                f"Dari {len(semua)} sasaran strategis, {len(berhasil)} sasaran mencapai kinerja "
                "100% atau lebih. Tingkat efisiensi adalah selisih capaian kinerja sasaran dengan "
                "penyerapan anggaran program yang mendukungnya."
            )
        ]
    ]
    for s in semua:
        if s.capaian is None or s.penyerapan is None:
            continue
        out.append(
            [
                biasa("Sasaran "),
                tebal(sasaran_uraian[s.kunci]),
                biasa(" mencapai kinerja "),
                tebal(fmt.persen(s.capaian, a)),
                biasa(" dengan realisasi anggaran "),
                tebal(fmt.persen(s.penyerapan, a)),
                biasa(
                    f" dari anggaran yang dialokasikan (efisiensi "
                    f"{fmt.angka(s.efisiensi, 2, a, tetap=True)} poin)."
                ),
            ]
        )
    return out


def evaluasi(evaluasi_obj, pd_nama: str) -> list[Potongan]:
    e = evaluasi_obj
    return [
        biasa(
            f"Hasil evaluasi dari {e.evaluator} terhadap Laporan Kinerja {pd_nama} Tahun "
            f"{e.tahun} memperoleh nilai "
        ),
        tebal(fmt.angka(e.nilai)),
        biasa(" dengan predikat "),
        tebal(f"{e.predikat}" + (f" ({e.interpretasi})" if e.interpretasi else "")),
        biasa(". Rekomendasi evaluasi dan tindak lanjutnya adalah sebagai berikut."),
    ]


def triwulan(p: Pengukuran) -> list[Potongan]:
    """The quarterly report's headline, as of the end of the chosen triwulan."""
    h, a = p.hasil, p.aturan
    tw = p.data.sampai_triwulan
    return [
        biasa(f"Sampai dengan akhir triwulan {ROMAWI[tw]} tahun {h.tahun}, realisasi anggaran "),
        tebal(fmt.rupiah(h.realisasi)),
        biasa(" atau "),
        tebal(fmt.persen(h.penyerapan, a)),
        biasa(" dari pagu "),
        tebal(fmt.rupiah(h.pagu)),
        biasa(" (sisa "),
        tebal(fmt.rupiah(h.sisa)),
        biasa("). Rata-rata capaian indikator kinerja utama terhadap target tahunan sebesar "),
        tebal(fmt.persen(h.capaian_iku, a)),
        biasa(" dan rata-rata capaian kegiatan sebesar "),
        tebal(fmt.persen(h.capaian_kegiatan, a)),
        biasa("."),
    ]
