"""The LKjIP as PDF: the key figures are in its text, and every page prints cleanly on A4.

Pages are rendered with pdftoppm (poppler-utils, installed by scripts/system-deps).
"""

import shutil
import subprocess

import pytest
from PIL import Image

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils tidak terpasang"),
]


@pytest.fixture(scope="module")
def pdf(laporan, tmp_path_factory):
    _p, _dok, data = laporan("lkjip", "pdf")
    folder = tmp_path_factory.mktemp("lkjip-pdf")
    path = folder / "lkjip.pdf"
    path.write_bytes(data)
    return path


@pytest.fixture(scope="module")
def teks(pdf):
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


@pytest.fixture(scope="module")
def halaman(pdf):
    subprocess.run(["pdftoppm", "-r", "30", "-gray", str(pdf), str(pdf.parent / "h")], check=True)
    return [Image.open(p) for p in sorted(pdf.parent.glob("h-*.pgm"))]


@pytest.mark.parametrize(
    "angka",
    [
        "108,25%",  # mean capaian of the IKU (Tabel 3.2)
        "121,82%",
        "102,94%",
        "Rp 145.373.575.253",  # pagu
        "Rp 138.760.253.340",  # realisasi
        "Rp 6.613.321.913",  # SILPA
        "95,45%",  # penyerapan
        "77,23%",  # Belanja Operasi tertimbang (Tabel 3.10)
        "meningkat 11,21 poin",
        "100,75%",  # mean capaian of all kegiatan (Lampiran)
        "483,33%",  # uncapped capaian of a sub-kegiatan
    ],
)
def test_the_pdf_text_holds_the_key_figures(teks, angka):
    assert angka in teks


def test_the_daftar_isi_has_page_numbers(teks):
    daftar = teks.split("DAFTAR ISI", 1)[1].split("\f", 1)[0]
    assert "BAB III AKUNTABILITAS KINERJA" in daftar
    assert any(line.rstrip()[-1:].isdigit() for line in daftar.splitlines() if "BAB" in line)


def test_pages_are_a4_portrait_or_landscape(halaman):
    for img in halaman:
        w, h = img.size
        pendek, panjang = sorted((w, h))  # 21 x 29,7 cm at 30 dpi
        assert abs(pendek - 248) <= 1 and abs(panjang - 351) <= 1


def _gelap(img, box) -> int:
    return sum(img.crop(box).histogram()[:200])  # pixels darker than light grey


def test_no_page_is_blank(halaman):
    for n, img in enumerate(halaman, 1):
        w, h = img.size
        assert _gelap(img, (0, 0, w, int(h * 0.9))) > 40, f"halaman {n} kosong"


def test_nothing_runs_into_the_right_or_left_margin(halaman):
    for n, img in enumerate(halaman, 1):
        w, h = img.size
        strip = 10  # 0,85 cm at 30 dpi: inside every page margin
        assert _gelap(img, (w - strip, 0, w, h)) == 0, f"halaman {n}: isi melewati margin kanan"
        assert _gelap(img, (0, 0, strip, h)) == 0, f"halaman {n}: isi melewati margin kiri"
