"""Loading a dataset: the demo loads whole; every kind of bad input is named and writes nothing."""

import shutil
from pathlib import Path

import pytest
from django.apps import apps

from sakip.audit.models import AuditLog
from sakip.cli import dataset_bawaan
from sakip.io.dataset import DatasetTidakSah, muat_dataset
from sakip.monitoring.models import RealisasiAnggaran
from sakip.planning.models import Pagu, SubKegiatan

pytestmark = pytest.mark.django_db


def hitung_semua() -> dict[str, int]:
    """Row counts of every sakip table, to prove a failed load wrote nothing."""
    return {
        m._meta.label: m.objects.count()
        for m in apps.get_models()
        if m._meta.app_label
        in {"organisation", "planning", "monitoring", "budget", "registers", "evaluation", "audit"}
    }


@pytest.fixture
def salinan(tmp_path: Path) -> Path:
    """A copy of the demo dataset as a second agency of the same Pemda ("setda-uji")."""
    folder = tmp_path / "dataset"
    shutil.copytree(dataset_bawaan(), folder)
    ubah(folder, "organisasi.yaml", "  kode: setda\n", "  kode: setda-uji\n")
    return folder


def ubah(folder: Path, berkas: str, lama: str, baru: str, count: int = 1) -> None:
    path = folder / berkas
    text = path.read_text(encoding="utf-8")
    assert lama in text, f"{lama!r} not in {berkas}"
    path.write_text(text.replace(lama, baru, count), encoding="utf-8")


def gagal(folder: Path) -> list[str]:
    """Load and expect a refusal; return the messages; check nothing was written."""
    before = hitung_semua()
    with pytest.raises(DatasetTidakSah) as exc:
        muat_dataset(folder)
    assert hitung_semua() == before
    return [str(k) for k in exc.value.kesalahan]


def test_the_demo_dataset_loads_as_a_second_agency_with_every_item(salinan):
    ringkasan = muat_dataset(salinan)
    pd = ringkasan.perangkat_daerah
    assert pd.kode == "setda-uji"
    subs = SubKegiatan.objects.filter(kegiatan__program__renstra__perangkat_daerah=pd)
    assert pd.renstra.get().program.count() == 3
    assert subs.values("kegiatan").distinct().count() == 20
    assert Pagu.objects.filter(subkegiatan__in=subs).count() == subs.count()
    assert pd.unit.filter(jenis="bagian").count() == 12
    assert pd.kebijakan.count() == 17
    assert pd.temuan.count() == 2


def test_every_loaded_target_realisasi_and_pagu_has_an_audit_row(salinan):
    ringkasan = muat_dataset(salinan)
    pd = ringkasan.perangkat_daerah
    rp_rows = RealisasiAnggaran.objects.filter(
        subkegiatan__kegiatan__program__renstra__perangkat_daerah=pd
    )
    audited = set(
        AuditLog.objects.filter(model="monitoring.realisasianggaran", aksi="buat").values_list(
            "objek_id", flat=True
        )
    )
    assert {str(pk) for pk in rp_rows.values_list("pk", flat=True)} <= audited
    row = rp_rows.first()
    log = AuditLog.objects.get(model="monitoring.realisasianggaran", objek_id=str(row.pk))
    assert log.perubahan["rp"][0] is None
    assert log.perubahan["rp"][1] == f"{row.rp:f}".rstrip("0").rstrip(".")
    assert AuditLog.objects.filter(aksi="muat_dataset", objek_id=str(pd.pk)).exists()


def test_loading_an_agency_twice_is_refused_without_ganti(paser):
    messages = gagal(dataset_bawaan())
    assert messages == [
        "organisasi.yaml baris 7, perangkat daerah setda: "
        "sudah ada di basis data; pakai --ganti untuk menggantinya"
    ]


def test_ganti_replaces_the_agency_and_records_it(paser):
    old_pk = paser.pk
    ringkasan = muat_dataset(dataset_bawaan(), ganti=True)
    assert ringkasan.perangkat_daerah.pk != old_pk
    assert AuditLog.objects.filter(aksi="ganti_dataset", objek_id=str(old_pk)).exists()


# Each bad input: (what is wrong, file, text to replace, replacement, text on the line the
# message names, expected message). Messages are Django's own Indonesian ones where the form
# field gives them, so the loader says what a screen would say.
KASUS_BURUK = [
    (
        "a required field is empty",
        "program.yaml",
        "nama: Program Perekonomian dan Pembangunan",
        "nama: null",
        'kode: "4.01.03"',
        "program.yaml baris {}, program 4.01.03, kolom 'nama': Bidang ini tidak boleh kosong.",
    ),
    (
        "a number is text",
        "realisasi-2023.yaml",
        "rp: 104322556}",
        "rp: seratus}",
        "rp: seratus}",
        "realisasi-2023.yaml baris {}, sub-kegiatan 4.01.03.2.03.0001 TW 1, kolom 'rp': "
        "Masukkan sebuah bilangan.",
    ),
    (
        "an unknown reference",
        "realisasi-2023.yaml",
        '{kode: "4.01.03.2.03.0001", tw: 1',
        '{kode: "4.01.03.2.03.0099", tw: 1',
        "4.01.03.2.03.0099",
        "realisasi-2023.yaml baris {}, sub-kegiatan 4.01.03.2.03.0099 TW 1, kolom 'kode': "
        "sub-kegiatan '4.01.03.2.03.0099' tidak dikenal",
    ),
    (
        "a negative pagu",
        "program.yaml",
        "pagu: {2023-reviu: 785574000}",
        "pagu: {2023-reviu: -785574000}",
        'kode: "4.01.03.2.03.0001"',
        "program.yaml baris {}, sub-kegiatan 4.01.03.2.03.0001 pagu 2023-reviu, kolom 'pagu': "
        "Pastikan nilai ini lebih besar dari atau sama dengan 0.",
    ),
    (
        "a quarter that does not exist",
        "realisasi-2023.yaml",
        '{kode: "4.01.03.2.03.0001", tw: 4',
        '{kode: "4.01.03.2.03.0001", tw: 5',
        "tw: 5",
        "realisasi-2023.yaml baris {}, sub-kegiatan 4.01.03.2.03.0001 TW 5, kolom 'tw': "
        "Masukkan pilihan yang valid. 5 bukan salah satu dari pilihan yang tersedia.",
    ),
    (
        "an unknown key (a typo must not drop data)",
        "program.yaml",
        "pagu: {2023-reviu: 785574000}",
        "pagux: {2023-reviu: 785574000}",
        'kode: "4.01.03.2.03.0001"',
        "program.yaml baris {}, sub-kegiatan 4.01.03.2.03.0001, kolom 'pagux': kunci tidak dikenal",
    ),
    (
        "a yes/no where a text is expected (YAML reads `yes` as true)",
        "program.yaml",
        "nama: Program Perekonomian dan Pembangunan",
        "nama: yes",
        'kode: "4.01.03"',
        "program.yaml baris {}, program 4.01.03, kolom 'nama': "
        "harus berupa teks, angka atau tanggal, bukan ya/tidak (true/false)",
    ),
    (
        "a list where one value is expected",
        "program.yaml",
        "pagu: {2023-reviu: 785574000}",
        "pagu: {2023-reviu: [785574000]}",
        'kode: "4.01.03.2.03.0001"',
        "program.yaml baris {}, sub-kegiatan 4.01.03.2.03.0001 pagu 2023-reviu, kolom 'pagu': "
        "harus berupa satu nilai, bukan daftar atau pemetaan",
    ),
    (
        "a code outside the nomenclature format",
        "program.yaml",
        'kode: "4.01.03"',
        'kode: "4.1.3"',
        'kode: "4.1.3"',
        "program.yaml baris {}, program 4.1.3, kolom 'kode': "
        "Kode tidak sesuai format nomenklatur (contoh: 4.01.01).",
    ),
]


@pytest.mark.parametrize(
    ("berkas", "lama", "baru", "jangkar", "pesan"),
    [k[1:] for k in KASUS_BURUK],
    ids=[k[0] for k in KASUS_BURUK],
)
def test_bad_input_is_named_and_nothing_is_written(salinan, berkas, lama, baru, jangkar, pesan):
    ubah(salinan, berkas, lama, baru)
    text = (salinan / berkas).read_text(encoding="utf-8")
    baris = text[: text.index(jangkar)].count("\n") + 1
    messages = gagal(salinan)
    assert pesan.format(baris) in messages


def test_a_duplicate_code_is_refused(salinan):
    path = salinan / "program.yaml"
    text = path.read_text(encoding="utf-8")
    # Give the second sub-kegiatan of PBJ the code of the first.
    text = text.replace('kode: "4.01.03.2.03.0002"', 'kode: "4.01.03.2.03.0001"', 1)
    path.write_text(text, encoding="utf-8")
    messages = gagal(salinan)
    assert any(
        "sub-kegiatan 4.01.03.2.03.0001" in m and "kode ganda dalam dataset" in m for m in messages
    ), messages


def test_every_problem_is_reported_at_once(salinan):
    ubah(salinan, "realisasi-2023.yaml", "rp: 104322556}", "rp: -1}")
    ubah(
        salinan,
        "program.yaml",
        "nama: Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
        "nama: null",
    )
    ubah(salinan, "register.yaml", "status: selesai", "status: lunas")
    messages = gagal(salinan)
    assert len(messages) >= 3
    assert any("register.yaml" in m and "'status'" in m for m in messages)
    assert any("realisasi-2023.yaml" in m and "'rp'" in m for m in messages)
    assert any("program.yaml" in m and "'nama'" in m for m in messages)


def test_broken_yaml_names_the_line(salinan):
    ubah(salinan, "register.yaml", "temuan:", "temuan: [")
    messages = gagal(salinan)
    assert len(messages) == 1
    assert messages[0].startswith("register.yaml baris ")
    assert "YAML tidak sah" in messages[0]


def test_a_file_that_is_not_utf8_is_named(salinan):
    (salinan / "evaluasi.yaml").write_bytes("nilai: 70,32 \xff".encode("latin-1"))
    assert gagal(salinan) == ["evaluasi.yaml: berkas bukan teks UTF-8"]


def test_a_missing_required_file_is_named(salinan):
    (salinan / "program.yaml").unlink()
    assert "program.yaml: berkas wajib tidak ada" in gagal(salinan)


def test_a_missing_folder_is_named(tmp_path):
    with pytest.raises(DatasetTidakSah) as exc:
        muat_dataset(tmp_path / "tidak-ada")
    assert "folder dataset tidak ditemukan" in str(exc.value)


def test_an_indicator_cycle_is_refused(salinan):
    # IKU 2 is the mean of the program's two indicators; make LPPD the mean of IKU 2.
    path = salinan / "program.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("Nilai LPPD")
    end = text.index("sumber:", start)
    line_end = text.index("\n", end)
    text = text[:end] + 'sumber: {jenis: indikator, indikator: ["SS2/1"]}' + text[line_end:]
    path.write_text(text, encoding="utf-8")
    messages = gagal(salinan)
    assert any("siklus sumber indikator" in m for m in messages), messages


def test_a_year_file_must_hold_its_own_year(salinan):
    ubah(salinan, "realisasi-2023.yaml", "tahun: 2023", "tahun: 2022")
    assert any(
        m.startswith("realisasi-2023.yaml baris 1, kolom 'tahun': harus 2023")
        for m in gagal(salinan)
    )
