"""``laporan.yaml``: the documents' prose and letterhead load with the dataset, all or nothing."""

import shutil

import pytest

from sakip.cli import dataset_bawaan, main
from sakip.io.dataset import DatasetTidakSah, muat_dataset
from sakip.reports.models import AnalisisSasaran, IdentitasLaporan, NarasiLaporan, butir, paragraf

pytestmark = pytest.mark.django_db


def test_the_demo_dataset_brings_the_seeds_own_prose_and_letterhead(paser):
    narasi = NarasiLaporan.objects.get(perangkat_daerah=paser, tahun=2023)
    assert paragraf(narasi.kata_pengantar)[0].startswith("Puji syukur kami panjatkan")
    assert len(butir(narasi.fungsi)) == 8
    assert len(butir(narasi.saran)) == 3
    assert AnalisisSasaran.objects.filter(narasi=narasi).count() == 3
    ident = IdentitasLaporan.objects.get(perangkat_daerah=paser, tahun=2023)
    assert butir(ident.kop) == ["PEMERINTAH KABUPATEN PASER", "SEKRETARIAT DAERAH"]
    assert ident.tempat == "Tana Paser"
    assert ident.penandatangan.kode == "sekda"


@pytest.fixture
def salinan(tmp_path):
    folder = tmp_path / "paser"
    shutil.copytree(dataset_bawaan(), folder)
    return folder


@pytest.mark.parametrize(
    ("cari", "ganti", "pesan"),
    [
        ("      tempat: Tana Paser", "      tempat: Tana Paser\n      alamat: x", "kolom 'alamat'"),
        ("      - sasaran: SS3", "      - sasaran: SS9", "sasaran 'SS9' tidak dikenal"),
        ("      penandatangan: sekda", "      penandatangan: camat", "jabatan 'camat'"),
        ("      logo: null", "      logo: tidak-ada.png", "kolom 'logo'"),
    ],
)
def test_a_bad_laporan_file_is_reported_with_file_line_and_field_and_nothing_is_written(
    paser, salinan, cari, ganti, pesan
):
    path = salinan / "laporan.yaml"
    isi = path.read_text(encoding="utf-8")
    assert cari in isi
    path.write_text(isi.replace(cari, ganti, 1), encoding="utf-8")
    sebelum = NarasiLaporan.objects.count()
    with pytest.raises(DatasetTidakSah) as exc:
        muat_dataset(salinan, ganti=True)
    teks = str(exc.value)
    assert "laporan.yaml baris" in teks
    assert pesan in teks
    assert NarasiLaporan.objects.count() == sebelum
    assert NarasiLaporan.objects.filter(perangkat_daerah=paser).exists()


def test_a_dataset_without_laporan_yaml_still_loads(salinan):
    (salinan / "laporan.yaml").unlink()
    ringkasan = muat_dataset(salinan, ganti=True)
    assert not NarasiLaporan.objects.filter(perangkat_daerah=ringkasan.perangkat_daerah).exists()


def test_report_command_writes_the_documents_asked_for(paser, tmp_path, capsys):
    out = tmp_path / "laporan"
    status = main(
        [
            "report",
            "pk",
            "--year",
            "2023",
            "--format",
            "xlsx",
            "--format",
            "docx",
            "--out",
            str(out),
        ]
    )
    assert status == 0
    ditulis = sorted(p.name for p in out.iterdir())
    assert ditulis == ["perjanjian-kinerja-setda-2023.docx", "perjanjian-kinerja-setda-2023.xlsx"]
    assert str(out / "perjanjian-kinerja-setda-2023.docx") in capsys.readouterr().out
