"""The ``sakip`` command as a user runs it."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sakip.cli import main

pytestmark = pytest.mark.django_db


def test_measure_json_prints_the_whole_tree_with_unrounded_numbers(paser, capsys):
    assert main(["measure", "--format", "json", "--agency", "64.01/setda", "--year", "2023"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["format"] == "sakip-measure/1"
    assert data["tahun"] == 2023
    ringkasan = data["ringkasan"]
    assert isinstance(ringkasan["capaian_iku"], float)
    assert round(ringkasan["capaian_iku"], 2) == 108.25
    assert ringkasan["capaian_iku"] != 108.25  # unrounded
    assert ringkasan["sisa"] == 6613321913
    assert [p["kode"] for p in data["program"]] == ["4.01.01", "4.01.02", "4.01.03"]
    assert sum(len(p["kegiatan"]) for p in data["program"]) == 20


def test_measure_up_to_a_quarter_sums_only_the_quarters_so_far(paser, capsys):
    main(["measure", "--format", "json", "--triwulan", "1"])
    tw1 = json.loads(capsys.readouterr().out)
    main(["measure", "--format", "json"])
    year = json.loads(capsys.readouterr().out)
    assert tw1["sampai_triwulan"] == 1
    # Seed Lampiran: TW I RP of the whole Sekretariat Daerah.
    assert tw1["ringkasan"]["realisasi"] == 13826587278
    assert year["ringkasan"]["realisasi"] == 138760253340


def test_measure_as_text_speaks_indonesian(paser, capsys):
    assert main(["measure"]) == 0
    out = capsys.readouterr().out
    assert "108,25%" in out
    assert "Rp 6.613.321.913" in out
    assert "95,45%" in out
    assert "Berhasil" in out


def test_an_unknown_agency_is_named(paser):
    with pytest.raises(SystemExit) as exc:
        main(["measure", "--agency", "dinas-x"])
    assert str(exc.value) == "Perangkat daerah 'dinas-x' tidak ditemukan."


def test_load_of_a_bad_folder_says_why_and_fails(paser, tmp_path, capsys):
    assert main(["load", str(tmp_path / "tidak-ada")]) == 1
    err = capsys.readouterr().err
    assert "tidak ada yang ditulis" in err
    assert "folder dataset tidak ditemukan" in err


def test_demo_runs_from_scratch_in_a_fresh_data_dir(tmp_path):
    """The README's main job, as a new user runs it: a new SQLite database, migrated and loaded."""
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["SAKIP_DATA_DIR"] = str(tmp_path)
    env.pop("DJANGO_SETTINGS_MODULE", None)
    result = subprocess.run(
        [sys.executable, "-m", "sakip.cli", "demo", "--tanpa-server"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "RATA-RATA CAPAIAN IKU" in result.stdout
    assert "108,25%" in result.stdout
    assert "Sisa anggaran (SILPA): Rp 6.613.321.913" in result.stdout
    assert (Path(tmp_path) / "sakip.sqlite3").is_file()
    # Running it again replaces the demo agency instead of refusing it.
    again = subprocess.run(
        [sys.executable, "-m", "sakip.cli", "demo", "--tanpa-server"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert again.returncode == 0, again.stderr
