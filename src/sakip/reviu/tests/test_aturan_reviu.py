"""Each rule of the reviu on a small report: a right figure passes, a wrong one is a finding."""

import csv
from decimal import Decimal

import pytest

from sakip.reviu.angka import baca_angka
from sakip.reviu.laporan import LaporanTidakSah, baca_laporan
from sakip.reviu.periksa import reviu


def laporan(tmp_path, lembar: dict[str, list[list[str]]]):
    """A report as printed from {sheet: [header, *rows]} written as a CSV folder."""
    folder = tmp_path / "laporan"
    folder.mkdir(exist_ok=True)
    for nama, rows in lembar.items():
        with (folder / f"{nama}.csv").open("w", encoding="utf-8", newline="") as f:
            csv.writer(f).writerows(rows)
    return folder


def temuan(tmp_path, lembar):
    return [
        (t.tabel, t.baris, t.kolom, t.tercetak, t.seharusnya, t.aturan)
        for t in reviu(baca_laporan(laporan(tmp_path, lembar)))
    ]


SUB = ["tingkat", "kunci", "induk", "nama", "target", "realisasi", "capaian"]

CONTOH_SATU_BARIS = [
    # (columns, printed row, findings as (kolom, tercetak, seharusnya, aturan)); seed figures.
    # Pengelolaan Pengadaan Barang dan Jasa: 2367 / 1705 = 138,83%.
    (SUB, ["subkegiatan", "a", "", "PBJ", "1705", "2367", "138,83%"], []),
    (
        SUB,
        ["subkegiatan", "a", "", "PBJ", "1705", "2367", "138,84%"],
        [("capaian", "138,84%", "138,83%", "capaian")],
    ),
    # K per triwulan 226 + 855 + 817 + 469 = 2367.
    (
        ["kunci", "nama", "k_tw1", "k_tw2", "k_tw3", "k_tw4", "realisasi"],
        ["a", "PBJ", "226", "855", "817", "469", "2376"],
        [("realisasi", "2376", "2.367", "triwulan")],
    ),
    # RP per triwulan against the year (Rapat Koordinasi, Lampiran).
    (
        ["kunci", "nama", "rp_tw1", "rp_tw2", "rp_tw3", "rp_tw4", "realisasi_rp"],
        [
            "a",
            "Rapat",
            "Rp 619.181.625",
            "Rp 1.076.203.347",
            "Rp 594.196.573",
            "Rp 2.200.138.429",
            "Rp 4.489.179.974",
        ],
        [("realisasi_rp", "Rp 4.489.179.974", "Rp 4.489.719.974", "triwulan")],
    ),
    # Penyerapan and sisa (Tabel 3.10 JUMLAH): 95,45% and 6.613.321.913.
    (
        ["kunci", "nama", "pagu", "realisasi_rp", "sisa", "penyerapan"],
        ["a", "Setda", "145.373.575.253", "138.760.253.340", "6.613.321.913", "95,45%"],
        [],
    ),
    (
        ["kunci", "nama", "pagu", "realisasi_rp", "sisa", "penyerapan"],
        ["a", "Setda", "145.373.575.253", "138.760.253.340", "6.613.321.931", "95,54%"],
        [
            ("sisa", "6.613.321.931", "Rp 6.613.321.913", "sisa"),
            ("penyerapan", "95,54%", "95,45%", "penyerapan"),
        ],
    ),
    # Efisiensi (Tabel 3.12): 121,82 − 97,28 = 24,54.
    (
        ["kunci", "nama", "capaian", "penyerapan", "efisiensi"],
        ["a", "SS2", "121,82", "97,28", "24,45"],
        [("efisiensi", "24,45", "24,54", "efisiensi")],
    ),
    # Selisih (Tabel 3.8.2 text): 121,82 − 110,61 = 11,21, not 11,22.
    (
        ["kunci", "nama", "capaian_lalu", "capaian", "selisih_poin"],
        ["a", "SS2", "110,61", "121,82", "11,22"],
        [("selisih_poin", "11,22", "11,21", "selisih_poin")],
    ),
    # Predikat on the scale of Tabel 3.1: 83,33 is Cukup Berhasil.
    (
        ["kunci", "nama", "capaian", "predikat"],
        ["a", "Kerjasama", "83,33", "Berhasil"],
        [("predikat", "Berhasil", "Cukup Berhasil", "predikat")],
    ),
    (["kunci", "nama", "capaian", "predikat"], ["a", "Kerjasama", "83,33", "cukup berhasil"], []),
    # Capaian against the end of the Renstra (Tabel 3.7): 103,55 / 95 = 109,00.
    (
        ["kunci", "tingkat", "nama", "realisasi", "target_akhir", "capaian_akhir"],
        ["a", "iku", "IKU 2", "103,55", "95", "100"],
        [("capaian_akhir", "100", "109,00", "capaian_akhir")],
    ),
    # Numbers written against the Indonesian convention (seed Tabel 2.4, 3.8.2).
    (
        ["kunci", "nama", "pagu"],
        ["a", "Adpem", "1.024144.900,00"],
        [("pagu", "1.024144.900,00", "1.024.144.900,00", "format_angka")],
    ),
    (
        ["kunci", "nama", "realisasi"],
        ["a", "IKU", "94.02"],
        [("realisasi", "94.02", "94,02", "format_angka")],
    ),
]


@pytest.mark.parametrize(("kolom", "baris", "harapan"), CONTOH_SATU_BARIS)
def test_one_printed_row_is_checked_against_its_own_inputs(tmp_path, kolom, baris, harapan):
    got = temuan(tmp_path, {"T": [kolom, baris]})
    assert got == [("T", 2, *h) for h in harapan]


def pohon(capaian_bagian: str, pagu_kegiatan: str = "Rp 465.460.429") -> dict:
    """Seed Tabel 3.5/Lampiran, Bagian Kerjasama: one kegiatan, two sub-kegiatan of 25/30."""
    return {
        "T": [
            ["tingkat", "kunci", "induk", "nama", "target", "realisasi", "capaian", "pagu"],
            ["bagian", "kerjasama", "", "Bagian Kerjasama", "", "", capaian_bagian, ""],
            [
                "kegiatan",
                "k",
                "kerjasama",
                "Fasilitasi Kerjasama Daerah",
                "100",
                "83,33",
                "83,33%",
                pagu_kegiatan,
            ],
            ["subkegiatan", "s1", "k", "Dalam Negeri", "30", "25", "83,33%", "Rp 232.910.029"],
            ["subkegiatan", "s2", "k", "Evaluasi", "30", "25", "83,33%", "Rp 232.550.400"],
        ]
    }


def test_a_parent_is_the_mean_of_its_children_and_the_sum_of_their_money(tmp_path):
    assert temuan(tmp_path, pohon("83,33%")) == []


def test_a_bagian_printed_100_over_a_kegiatan_of_83_33_is_a_finding(tmp_path):
    assert temuan(tmp_path, pohon("100,00%")) == [
        ("T", 2, "capaian", "100,00%", "83,33%", "rerata")
    ]


def test_a_total_that_is_not_the_sum_of_its_parts_is_a_finding(tmp_path):
    assert temuan(tmp_path, pohon("83,33%", "Rp 465.460.492")) == [
        ("T", 3, "pagu", "Rp 465.460.492", "Rp 465.460.429", "jumlah")
    ]


def iku_negatif(rumus: str, capaian: str) -> dict:
    return {
        "_pengaturan": [["kunci", "nilai"], ["rumus_negatif", rumus]],
        "_indikator": [["kunci", "polaritas"], ["a", "negatif"]],
        "T": [
            ["tingkat", "kunci", "nama", "target", "realisasi", "capaian"],
            ["iku", "a", "Temuan", "4", "5", capaian],
        ],
    }


@pytest.mark.parametrize(
    ("rumus", "capaian", "benar"),
    [
        ("selisih", "75", True),  # (4 − (5 − 4)) / 4 = 75 (seed BAB III.A.1)
        ("selisih", "80", False),
        ("rasio_terbalik", "80", True),  # 4 / 5 = 80: another agency's convention
        ("rasio_terbalik", "75", False),
    ],
)
def test_the_negative_formula_is_the_agencys_setting(tmp_path, rumus, capaian, benar):
    assert (temuan(tmp_path, iku_negatif(rumus, capaian)) == []) is benar


@pytest.mark.parametrize(
    ("pembulatan", "tercetak", "benar"),
    [
        ("setengah_ke_atas", "73,13", True),  # mean(100; 80; 12,5; 100) = 73,125
        ("setengah_ke_atas", "73,12", False),
        ("potong", "73,12", True),
        ("potong", "73,13", False),
    ],
)
def test_rounding_or_truncation_is_the_agencys_setting(tmp_path, pembulatan, tercetak, benar):
    lembar = {
        "_pengaturan": [
            ["kunci", "nilai"],
            ["pembulatan", pembulatan],
            ["hitung_dari_tercetak", "tidak"],
        ],
        "T": [
            ["tingkat", "kunci", "induk", "nama", "capaian"],
            ["kegiatan", "k", "", "Adm Keuangan KDH", tercetak],
            *[
                ["subkegiatan", f"s{i}", "k", f"S{i}", c]
                for i, c in enumerate(["100", "80", "12,5", "100"])
            ],
        ],
    }
    assert (temuan(tmp_path, lembar) == []) is benar


def test_a_tolerance_accepts_a_small_difference(tmp_path):
    baris = ["subkegiatan", "a", "", "PBJ", "1705", "2367", "138,84%"]
    lembar = {"_pengaturan": [["kunci", "nilai"], ["toleransi", "0,01"]], "T": [SUB, baris]}
    assert temuan(tmp_path, lembar) == []


def test_the_same_figure_printed_differently_in_two_tables_is_a_finding(tmp_path):
    lembar = {
        "_tabel": [["sheet", "judul"], ["A", "Tabel A"], ["B", "Tabel B"], ["C", "Tabel C"]],
        "A": [["kunci", "nama", "pagu"], ["k", "Adpem", "Rp 1.024.144.900"]],
        "B": [["kunci", "nama", "pagu"], ["k", "Adpem", "Rp 1.024.144.900"]],
        "C": [["kunci", "nama", "pagu"], ["k", "Adpem", "Rp 1.024.114.900"]],
    }
    assert temuan(tmp_path, lembar) == [
        ("C", 2, "pagu", "Rp 1.024.114.900", "Rp 1.024.144.900", "antar_tabel")
    ]


def test_one_item_named_differently_in_two_tables_is_a_finding(tmp_path):
    lembar = {
        "_tabel": [["sheet"], ["A"], ["B"], ["C"]],
        "A": [
            ["kunci", "nama", "indikator"],
            ["s", "Koordinasi dan Penyusunan Dokumen RKA-SKPD", "Jumlah Dokumen RKA-SKPD"],
        ],
        "B": [["kunci", "nama"], ["s", "Jumlah Dokumen RKA-SKPD"]],
        "C": [["kunci", "nama"], ["s", "koordinasi dan penyusunan  dokumen RKA-SKPD"]],
    }
    assert temuan(tmp_path, lembar) == [
        (
            "B",
            2,
            "nama",
            "Jumlah Dokumen RKA-SKPD",
            "Koordinasi dan Penyusunan Dokumen RKA-SKPD",
            "nama_lain",
        )
    ]


def test_spelling_differences_can_be_left_out(tmp_path):
    lembar = {
        "_pengaturan": [["kunci", "nilai"], ["periksa_ejaan", "tidak"]],
        "_tabel": [["sheet"], ["A"], ["B"]],
        "A": [["kunci", "nama"], ["k", "Fasilitasi Keprotokolan"]],
        "B": [["kunci", "nama"], ["k", "Facilitasi Keprotokolan"]],
    }
    assert temuan(tmp_path, lembar) == []


@pytest.mark.parametrize(
    ("lembar", "pesan"),
    [
        (
            {"T": [["kunci", "induk", "nama", "pagu"], ["a", "", "A", "1"], ["a", "", "B", "2"]]},
            "Sheet 'T', baris 3, kolom 'kunci': 'a' sudah dipakai di baris 2",
        ),
        (
            {"T": [["kunci", "induk", "nama", "pagu"], ["a", "x", "A", "1"]]},
            "Sheet 'T', baris 2, kolom 'induk': 'x' tidak ada",
        ),
        (
            {
                "_pengaturan": [["kunci", "nilai"], ["pembulatan", "ke_bawah"]],
                "T": [["kunci"], ["a"]],
            },
            "Sheet '_pengaturan': pembulatan: 'ke_bawah' tidak dikenal",
        ),
        (
            {"_indikator": [["kunci", "polaritas"], ["a", "terbalik"]], "T": [["kunci"], ["a"]]},
            "Sheet '_indikator', baris 2, kunci a:",
        ),
        (
            {"T": [["kunci", "besaran", "nilai"], ["a", "warna", "1"]]},
            "Sheet 'T', baris 2, kolom 'besaran': 'warna' bukan nama kolom angka",
        ),
    ],
)
def test_a_badly_formed_report_is_refused_with_every_problem_in_indonesian(tmp_path, lembar, pesan):
    with pytest.raises(LaporanTidakSah) as exc:
        baca_laporan(laporan(tmp_path, lembar))
    assert any(k.startswith(pesan) for k in exc.value.kesalahan), exc.value.kesalahan


def test_a_file_that_is_not_a_workbook_is_refused(tmp_path):
    rusak = tmp_path / "rusak.xlsx"
    rusak.write_bytes(b"PK\x03\x04 bukan zip")
    with pytest.raises(LaporanTidakSah, match="bukan workbook Excel yang sah"):
        baca_laporan(rusak)
    with pytest.raises(LaporanTidakSah, match=r"bukan workbook \.xlsx atau folder CSV"):
        baca_laporan(tmp_path / "laporan.pdf")


@pytest.mark.parametrize(
    ("teks", "nilai", "digit", "cacat"),
    [
        ("121,82%", "121.82", 2, None),
        ("Rp 1.234.567", "1234567", 0, None),
        ("Rp145.373.575.253", "145373575253", 0, None),
        ("Rp.6.613.321.913,-", "6613321913", 0, None),
        ("Rp 249.601.000,00", "249601000.00", 2, None),
        ("Rp -", "0", 0, None),
        ("-", "0", 0, None),
        ("85 %", "85", 0, None),
        ("2268", "2268", 0, None),
        ("103.11%", "103.11", 2, "memakai titik sebagai pemisah desimal"),
        ("1.024144.900,00", "1024144900.00", 2, "pemisah ribuan tidak tepat"),
        ("1.106,37% 2.2,77", None, 0, "bukan angka"),
        ("", None, 0, None),
    ],
)
def test_a_printed_figure_is_read_as_printed(teks, nilai, digit, cacat):
    a = baca_angka(teks)
    assert a.nilai == (None if nilai is None else Decimal(nilai))
    assert (a.digit, a.cacat) == (digit, cacat)
