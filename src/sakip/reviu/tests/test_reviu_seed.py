"""The reviu of the seed as printed finds its real mistakes and nothing else.

The seed (shared/seed/lkjip-setda-paser-2023.txt) is transcribed as printed in
`sakip/reviu/contoh/lkjip-setda-paser-2023/`. Every finding below was checked by hand against
the seed text; the comment quotes what the seed prints and why it is wrong. A finding that is
not in this list is a false alarm (or a mistake the list missed): the test fails either way.
"""

from sakip.reviu.contoh import CONTOH
from sakip.reviu.laporan import baca_laporan
from sakip.reviu.periksa import reviu

T = "Persentase Pelayanan Penyelenggaraan Pemerintahan dan Kesejahteraan Rakyat yang Terlaksana"
KESRA = "Persentase Perumusan Kebijakan Pemerintahan dan Kesra yang ditindaklanjuti"
KESMAS = (
    "Jumlah Dokumen Hasil Kebijakan, Evaluasi, dan Capaian Kinerja Terkait Kesejahteraan "
    "Masyarakat yang Meliputi Urusan Kepemudaan dan Olahraga, Pariwisata, Pendidikan, "
    "Kebudayaan, Perpustakaan, Kearsipan, "
)
JABATAN = (
    "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Pajak Kendaraan Perorangan Dinas "
    "atau Kendaraan Dinas Jabatan"
)
KERUMAHTANGGAAN = "Fasilitasi Kerumahtanggaan Sekretariat Daerah"  # sheet _nama (nomenklatur)

TEMUAN_SEED = [
    # (tabel, baris, kolom, tercetak, seharusnya, aturan)
    # Tabel 2.2 row 2 prints the IKU "... Terlaksana dan Terasilitasi"; 2.1, 2.3, 2.5, 3.2,
    # 3.7 and 3.8.2 print "Terfasilitasi".
    ("Tabel 2.2", 3, "nama", T + " dan Terasilitasi", T + " dan Terfasilitasi", "nama_ejaan"),
    # Tabel 2.4 kegiatan 3 "Pelaksanaan Administrasi Pembangunan 1.024144.900,00": a thousands
    # separator is missing (the value is right: 2.5, 3.11 and the Lampiran print 1.024.144.900).
    ("Tabel 2.4", 4, "pagu", "1.024144.900,00", "1.024.144.900,00", "format_angka"),
    # Tabel 2.4 kegiatan 7 "Administrasi Barang Milik Daerah" (2.5, 3.11, Lampiran add "pada
    # Perangkat Daerah").
    (
        "Tabel 2.4",
        8,
        "nama",
        "Administrasi Barang Milik Daerah",
        "Administrasi Barang Milik Daerah pada Perangkat Daerah",
        "nama_ejaan",
    ),
    # Tabel 2.4 kegiatan 10 "... penunjang Urusan Pemerintahan Daerah"; 2.5, 3.11 and the
    # Lampiran print "... Penunjang Urusan Pemerintah Daerah".
    (
        "Tabel 2.4",
        11,
        "nama",
        "Pengadaan Barang Milik Daerah penunjang Urusan Pemerintahan Daerah",
        "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah daerah",
        "nama_ejaan",
    ),
    # Tabel 2.4 kegiatan 14 "Fasilitas Kerumahtanggaan Sekretariat Daerah" (Fasilitas for
    # Fasilitasi); no two tables spell this kegiatan alike, so the nomenclature name is given.
    (
        "Tabel 2.4",
        15,
        "nama",
        "Fasilitas Kerumahtanggaan Sekretariat Daerah",
        KERUMAHTANGGAAN,
        "nama_ejaan",
    ),
    # Tabel 2.4 kegiatan 17 "Fasilitas Kerjasama Daerah"; 2.5, 3.5, 3.11, Lampiran "Fasilitasi".
    (
        "Tabel 2.4",
        18,
        "nama",
        "Fasilitas Kerjasama Daerah",
        "Fasilitasi Kerjasama Daerah",
        "nama_ejaan",
    ),
    # Tabel 2.5 item 7 "... Urusan Pemerintah Daerah"; 2.4, 3.11, Lampiran "Pemerintahan".
    (
        "Tabel 2.5",
        10,
        "nama",
        "7. Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah",
        "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
        "nama_ejaan",
    ),
    # Tabel 2.5 item 8 "Fasilitasi Kerumahtanggan Sekretariat Daerah" (one "a" missing).
    (
        "Tabel 2.5",
        11,
        "nama",
        "8. Fasilitasi Kerumahtanggan Sekretariat Daerah",
        KERUMAHTANGGAAN,
        "nama_ejaan",
    ),
    # Tabel 2.5 program 3 kegiatan 1 "Pengelolaan Barang dan Jasa": the kegiatan is
    # "Pengelolaan Pengadaan Barang dan Jasa" in 2.4, 3.11 and the Lampiran.
    (
        "Tabel 2.5",
        26,
        "nama",
        "1. Pengelolaan Barang dan Jasa",
        "Pengelolaan Pengadaan Barang dan Jasa",
        "nama_lain",
    ),
    # Tabel 2.5 "3. Pelaksana Administrasi Pembangunan" ("Pelaksanaan" elsewhere).
    (
        "Tabel 2.5",
        28,
        "nama",
        "3. Pelaksana Administrasi Pembangunan",
        "Pelaksanaan Administrasi Pembangunan",
        "nama_ejaan",
    ),
    # Tabel 3.5 "... pemerintahan dan Kesra yang ditindak lanjuti"; 2.5 and 3.7 "ditindaklanjuti".
    (
        "Tabel 3.5",
        4,
        "indikator",
        "1. Persentase Perumusan Kebijakan pemerintahan dan Kesra yang ditindak lanjuti",
        KESRA,
        "nama_ejaan",
    ),
    # Tabel 3.5 "Bagian Kerjasama 100,00%": its only kegiatan, Fasilitasi Kerjasama Daerah, is
    # 83,33% on the next row (the Lampiran prints Bagian Kerjasama 83,33%).
    ("Tabel 3.5", 21, "capaian", "100,00%", "83,33%", "rerata"),
    # Tabel 3.6 row 2 "... Terasilitasi".
    ("Tabel 3.6", 3, "nama", T + " dan Terasilitasi", T + " dan Terfasilitasi", "nama_ejaan"),
    # Tabel 3.7 column 7 "Capaian Periode Akhir Renstra (2026)" is not realisasi 2023 against
    # the 2026 target (column 5 against column 6): IKU 1 prints 0, but 0 findings against a
    # target of 0 is 100 ("0 = 100%", Tabel 2.2; lower is better) ...
    ("Tabel 3.7", 2, "capaian_akhir", "0", "100,00", "capaian_akhir"),
    # ... IKU 2 prints 100 (the RPJMD end condition of Tabel 2.1): 103,55 / 95 = 109,00 ...
    ("Tabel 3.7", 3, "capaian_akhir", "100", "109,00", "capaian_akhir"),
    # ... IKU 3 prints 95 (its target): 82,35 / 95 = 86,68 ...
    ("Tabel 3.7", 4, "capaian_akhir", "95", "86,68", "capaian_akhir"),
    # ... Indek Kepuasan prints 80 (its target): 76,66 / 80 = 95,83 ...
    ("Tabel 3.7", 5, "capaian_akhir", "80", "95,83", "capaian_akhir"),
    # ... Perumusan Kebijakan Kesra prints 100: 106,37 / 100 = 106,37 ...
    ("Tabel 3.7", 6, "capaian_akhir", "100", "106,37", "capaian_akhir"),
    # ... Nilai LPPD prints 3,33 (its target): 2,77 / 3,33 = 83,18 ...
    ("Tabel 3.7", 7, "capaian_akhir", "3,33", "83,18", "capaian_akhir"),
    # ... Kebijakan Perekonomian prints 100: 114,63 / 100 = 114,63.
    ("Tabel 3.7", 8, "capaian_akhir", "100", "114,63", "capaian_akhir"),
    # Tabel 3.8.2 prints 2022 "94.02" and "110.61" with a decimal point (right values).
    ("Tabel 3.8.2", 2, "realisasi_lalu", "94.02", "94,02", "format_angka"),
    ("Tabel 3.8.2", 2, "capaian_lalu", "110.61", "110,61", "format_angka"),
    # Tabel 3.8.2 "Rata Rata Capaian Kinerja" 2023 "121,83": the mean of its one indicator,
    # 103,55 / 85 = 121,82 (as on the row above and in Tabel 3.2, 3.6 and 3.12).
    ("Tabel 3.8.2", 3, "capaian", "121,83", "121,82", "rerata"),
    # Tabel 3.8.3 "1. Persentase ... Secara Efektif dan Efisien": the IKU has no "dan Efisien".
    (
        "Tabel 3.8.3",
        2,
        "nama",
        "1. Persentase Kebijakan Perekonomian dan Pembangunan yang Terlaksana Secara Efektif "
        "dan Efisien",
        "Persentase Kebijakan Perekonomian dan Pembangunan yang Terlaksana Secara Efektif",
        "nama_ejaan",
    ),
    # Tabel 3.11 "Fasilitasi Kerumahtangaan Sekretariat Daerah" (one "g" missing).
    (
        "Tabel 3.11",
        74,
        "kegiatan",
        "Fasilitasi Kerumahtangaan Sekretariat Daerah",
        KERUMAHTANGGAAN,
        "nama_ejaan",
    ),
    # Tabel 3.11 prints the indicator "Jumlah Dokumen RKA-SKPD dan Laporan Hasil Koordinasi
    # Penyusunan Dokumen RKA-SKPD" in the sub-kegiatan column (pagu 65.471.500); the Lampiran
    # names the sub-kegiatan "Koordinasi dan Penyusunan Dokumen RKA-SKPD".
    (
        "Tabel 3.11",
        85,
        "nama",
        "Jumlah Dokumen RKA-SKPD dan Laporan Hasil Koordinasi Penyusunan Dokumen RKA-SKPD",
        "Koordinasi dan Penyusunan Dokumen RKA-SKPD",
        "nama_lain",
    ),
    # Tabel 3.12 row 2 "... Terasilitasi".
    ("Tabel 3.12", 3, "indikator", T + " dan Terasilitasi", T + " dan Terfasilitasi", "nama_ejaan"),
    # Lampiran "Persentase SKPD terb dalam Administrasi Pembangunan" (Tabel 2.5: "tertib").
    (
        "Lampiran",
        16,
        "indikator",
        "Persentase SKPD terb dalam Administrasi Pembangunan",
        "Persentase SKPD tertib dalam Administrasi Pembangunan",
        "nama_ejaan",
    ),
    # Lampiran "... Kesra yang ditindak lanjut".
    (
        "Lampiran",
        26,
        "indikator",
        "1. Persentase Perumusan Kebijakan pemerintahan dan Kesra yang ditindak lanjut",
        KESRA,
        "nama_ejaan",
    ),
    # Lampiran "Jumlah Kasus yang Mendapatkan Fasilitas Bantuan Hukum" (3.5: "Fasilitasi").
    (
        "Lampiran",
        36,
        "indikator",
        "Jumlah Kasus yang Mendapatkan Fasilitas Bantuan Hukum",
        "Jumlah Kasus yang Mendapatkan Fasilitasi Bantuan Hukum",
        "nama_ejaan",
    ),
    # Lampiran "... Kearsipan, Translumb Lintas" (3.5: "Trantibum Linmas").
    (
        "Lampiran",
        42,
        "indikator",
        KESMAS + "Translumb Lintas",
        KESMAS + "Trantibum Linmas",
        "nama_ejaan",
    ),
    # Lampiran "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN UKOTA".
    (
        "Lampiran",
        47,
        "nama",
        "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN UKOTA",
        "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
        "nama_ejaan",
    ),
    # Lampiran "Indek Kepuasan pelayanan Sekreta" (cut off; 2.5 and 3.7 "Sekretariat").
    (
        "Lampiran",
        47,
        "indikator",
        "Indek Kepuasan pelayanan Sekreta",
        "Indek Kepuasan pelayanan Sekretariat",
        "nama_ejaan",
    ),
    # Lampiran Program Penunjang prints 76,66 (the realisasi of Indek Kepuasan) in the capaian
    # column: target 72, realisasi 76,66 is 106,47%.
    ("Lampiran", 47, "capaian", "76,66", "106,47", "capaian"),
    # Lampiran Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD: RP 2023 "4.489.179.974",
    # its quarters 619.181.625 + 1.076.203.347 + 594.196.573 + 2.200.138.429 = 4.489.719.974
    # (Tabel 3.11 prints 4.489.719.974; so do the Bagian Umum totals).
    ("Lampiran", 68, "realisasi_rp", "Rp 4.489.179.974", "Rp 4.489.719.974", "triwulan"),
    # Lampiran "... Urusan Pemerintahan Daerah yang terpenuhi" (2.5: "Pemerintah Daerah").
    (
        "Lampiran",
        72,
        "indikator",
        "Persentase Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah yang terpenuhi",
        "Persentase Penyediaan Jasa Penunjang Urusan Pemerintah Daerah yang Terpenuhi",
        "nama_ejaan",
    ),
    # Lampiran appends the indicator text "yang Dipelihara dan Dibayarkan Pajaknya" to the name.
    (
        "Lampiran",
        78,
        "nama",
        JABATAN + " yang Dipelihara dan Dibayarkan Pajaknya",
        JABATAN,
        "nama_ejaan",
    ),
    # Lampiran "Facilitasi Kerumahaan Sekretaris Daerah".
    (
        "Lampiran",
        81,
        "nama",
        "Facilitasi Kerumahaan Sekretaris Daerah",
        KERUMAHTANGGAAN,
        "nama_ejaan",
    ),
    # Lampiran "... Rumah Tangga Sekretaris Daerah" (3.11: "Sekretariat Daerah").
    (
        "Lampiran",
        84,
        "nama",
        "Penyediaan Kebutuhan Rumah Tangga Sekretaris Daerah",
        "Penyediaan Kebutuhan Rumah Tangga Sekretariat Daerah",
        "nama_ejaan",
    ),
    # Lampiran "Relaksanaan Protokol dan Komunikasi Pimpinan".
    (
        "Lampiran",
        86,
        "nama",
        "Relaksanaan Protokol dan Komunikasi Pimpinan",
        "Pelaksanaan Protokol dan Komunikasi Pimpinan",
        "nama_ejaan",
    ),
    # Lampiran "Facilitasi Keprotokolan", "Facilitasi Komunikasi Pimpinan".
    ("Lampiran", 87, "nama", "Facilitasi Keprotokolan", "Fasilitasi Keprotokolan", "nama_ejaan"),
    (
        "Lampiran",
        88,
        "nama",
        "Facilitasi Komunikasi Pimpinan",
        "Fasilitasi Komunikasi Pimpinan",
        "nama_ejaan",
    ),
    # The sub-kegiatan with pagu 897.267.552 is "Pelaksanaan Penatausahaan dan
    # Pengujian/Verifikasi Keuangan SKPD" in the Lampiran and "Koordinasi dan Pelaksanaan
    # Akuntansi SKPD" in Tabel 3.11 (and 3.9): two names of two different sub-kegiatan.
    (
        "Lampiran",
        97,
        "nama",
        "Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD",
        "Koordinasi dan Pelaksanaan Akuntansi SKPD",
        "nama_lain",
    ),
    # BAB III.B "nilai rata – rata 103.11%": the IKU mean is 108,25 (Tabel 3.2, 3.6,
    # Ringkasan Eksekutif, BAB IV).
    ("Teks", 3, "capaian", "103.11%", "108,25%", "antar_tabel"),
    # BAB III.B on Tabel 3.8.2 "pada tahun 2023 sebesar 121,83%": 103,55 / 85 = 121,82.
    ("Teks", 7, "capaian", "121,83%", "121,82%", "capaian"),
    # ... "mengalami peningkatan sebesar 11,22%": 121,82 − 110,61 = 11,21 points.
    ("Teks", 8, "selisih_poin", "11,22%", "11,21%", "selisih_poin"),
    # BAB IV.A.3 "pada tahun 2023 sebesar 121,83%".
    ("Teks", 33, "capaian", "121,83%", "121,82%", "capaian"),
]


def test_the_reviu_of_the_seed_finds_exactly_the_mistakes_checked_by_hand():
    temuan = reviu(baca_laporan(CONTOH))
    got = [(t.tabel, t.baris, t.kolom, t.tercetak, t.seharusnya, t.aturan) for t in temuan]
    assert got == TEMUAN_SEED


def test_every_finding_on_the_seed_names_its_place_in_indonesian_with_a_severity():
    for t in reviu(baca_laporan(CONTOH)):
        assert t.butir and t.label and t.keparahan in {"Tinggi", "Sedang", "Rendah"}


def test_without_the_seeds_pagu_0_convention_every_printed_0_00_for_a_pagu_of_0_is_a_finding(
    tmp_path,
):
    import shutil

    folder = tmp_path / "laporan"
    shutil.copytree(CONTOH, folder)
    pengaturan = folder / "_pengaturan.csv"
    teks = pengaturan.read_text(encoding="utf-8").replace(
        "penyerapan_pagu_nol,0,", "penyerapan_pagu_nol,,"
    )
    pengaturan.write_text(teks, encoding="utf-8")
    baru = [t for t in reviu(baca_laporan(folder)) if t.aturan == "penyerapan"]
    # Pengamanan BMD SKPD, Penatausahaan Arsip Dinamis, Jasa Surat Menyurat (Tabel 3.11 and
    # Lampiran) and the kegiatan Administrasi BMD (Lampiran): "0,00%" with a pagu of 0.
    assert {(t.tabel, t.butir) for t in baru} == {
        ("Tabel 3.11", "Pengamanan Barang Milik Daerah SKPD"),
        ("Tabel 3.11", "Penatausahaan Arsip Dinamis pada SKPD"),
        ("Tabel 3.11", "Penyediaan Jasa Surat Menyurat"),
        ("Lampiran", "Administrasi Barang Milik Daerah pada Perangkat Daerah"),
        ("Lampiran", "Pengamanan Barang Milik Daerah SKPD"),
        ("Lampiran", "Penatausahaan Arsip Dinamis pada SKPD"),
        ("Lampiran", "Penyediaan Jasa Surat Menyurat"),
    }
    assert {t.tercetak for t in baru} == {"0,00%"}
