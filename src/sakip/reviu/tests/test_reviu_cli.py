"""`sakip reviu`: the demo, the three output formats, the workbook form of the demo."""

import json

from openpyxl import load_workbook

from sakip.cli import main
from sakip.reviu.contoh import CONTOH, bangun_xlsx
from sakip.reviu.laporan import baca_laporan
from sakip.reviu.periksa import reviu
from sakip.reviu.tests.test_reviu_seed import TEMUAN_SEED


def test_reviu_demo_prints_every_finding_as_a_table_with_a_summary(capsys):
    assert main(["reviu", "--demo"]) == 0
    out = capsys.readouterr().out
    assert "Rp 4.489.179.974" in out and "Rp 4.489.719.974" in out
    assert "Rata-rata tidak sesuai dengan rinciannya" in out
    assert out.rstrip().endswith(f"{len(TEMUAN_SEED)} temuan (15 tinggi, 3 sedang, 29 rendah).")


def test_reviu_demo_as_json_lists_place_values_rule_and_severity(capsys):
    assert main(["reviu", "--demo", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["format"] == "sakip-reviu/1" and data["jumlah"] == len(TEMUAN_SEED)
    rapat = next(t for t in data["temuan"] if t["aturan"] == "triwulan")
    assert rapat == {
        "tabel": "Lampiran",
        "baris": 68,
        "butir": "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
        "kolom": "realisasi_rp",
        "tercetak": "Rp 4.489.179.974",
        "seharusnya": "Rp 4.489.719.974",
        "aturan": "triwulan",
        "label": "Jumlah per triwulan tidak sama dengan realisasi setahun",
        "keparahan": "Tinggi",
        "keterangan": "RP TW I–IV: Rp 619.181.625 + Rp 1.076.203.347 + Rp 594.196.573 + "
        "Rp 2.200.138.429",
    }


def test_reviu_demo_as_xlsx_writes_one_row_per_finding(tmp_path, capsys):
    out = tmp_path / "temuan.xlsx"
    assert main(["reviu", "--demo", "--format", "xlsx", "--out", str(out)]) == 0
    ws = load_workbook(out)["Temuan"]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:6] == ("Tabel", "Baris", "Butir", "Kolom", "Tercetak", "Seharusnya")
    assert [(r[0], r[1], r[3], r[4], r[5]) for r in rows[1:]] == [
        (t[0], t[1], t[2], t[3], t[4]) for t in TEMUAN_SEED
    ]


def test_the_demo_as_a_workbook_gives_the_same_findings(tmp_path, capsys):
    xlsx = tmp_path / "lkjip-tercetak.xlsx"
    bangun_xlsx(CONTOH, xlsx)
    got = [
        (t.tabel, t.baris, t.kolom, t.tercetak, t.seharusnya, t.aturan)
        for t in reviu(baca_laporan(xlsx))
    ]
    assert got == TEMUAN_SEED
    assert main(["reviu", str(xlsx), "--format", "json", "--out", str(tmp_path / "r.json")]) == 0
    assert json.loads((tmp_path / "r.json").read_text())["jumlah"] == len(TEMUAN_SEED)


def test_reviu_without_a_report_or_with_a_broken_one_says_so_in_indonesian(tmp_path, capsys):
    assert main(["reviu"]) == 2
    assert "Sebutkan PATH laporan tercetak atau --demo" in capsys.readouterr().err
    rusak = tmp_path / "rusak.xlsx"
    rusak.write_text("bukan excel")
    assert main(["reviu", str(rusak)]) == 1
    assert "tidak dapat dibaca" in capsys.readouterr().err
