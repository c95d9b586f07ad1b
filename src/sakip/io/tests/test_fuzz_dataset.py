"""Fuzzing the dataset loader: a malformed dataset folder gets DatasetTidakSah, never a crash.

Each example writes a small valid dataset (a new agency each time), then breaks it: a value
anywhere replaced by one of the wrong type, a huge number, an unknown key, a file emptied,
deleted, filled with garbage or written in another encoding. ``muat_dataset`` must either load
it or raise ``DatasetTidakSah`` with messages; a refusal must leave every table as it was.

Run more examples with ``SAKIP_FUZZ_CONTOH=5000``.
"""

import itertools
import os
import tempfile
from datetime import date
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sakip.io.dataset import DatasetTidakSah, muat_dataset
from sakip.io.tests.workbook_bantu import hitung_semua

pytestmark = pytest.mark.django_db

CONTOH = int(os.environ.get("SAKIP_FUZZ_CONTOH", "200"))
FUZZ = settings(
    max_examples=CONTOH,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
_nomor = itertools.count(1)


def dataset(kode_pd: str) -> dict[str, object]:
    """A small valid dataset: one sasaran with its IKU, one program tree, one quarter."""
    sub = "4.01.01.2.01.0001"
    return {
        "dataset.yaml": {"format": "sakip-dataset/1", "judul": "Uji"},
        "organisasi.yaml": {
            "pemda": {"kode": "99.98", "nama": "Kabupaten Uji", "jenis": "kabupaten"},
            "perangkat_daerah": {"kode": kode_pd, "nama": "Dinas Uji"},
            "unit": [{"kode": "umum", "nama": "Bagian Umum", "jenis": "bagian", "induk": None}],
            "jabatan": [{"kode": "kepala", "nama": "Kepala Dinas", "unit": None}],
        },
        "renstra.yaml": {
            "renstra": {
                "periode": [2022, 2026],
                "sasaran": [
                    {
                        "kode": "SS1",
                        "uraian": "Sasaran uji",
                        "indikator": [
                            {
                                "nomor": 1,
                                "nama": "Persentase uji",
                                "satuan": "Persen",
                                "target_renstra": {2023: 80, 2024: 85},
                            }
                        ],
                    }
                ],
            }
        },
        "program.yaml": {
            "perjanjian_kinerja": [
                {"kode": "2023-murni", "tahun": 2023, "versi": "murni", "urutan": 1}
            ],
            "program": [
                {
                    "kode": "4.01.01",
                    "nama": "Program uji",
                    "sasaran": ["SS1"],
                    "unit": "umum",
                    "penanggung_jawab": "kepala",
                    "kegiatan": [
                        {
                            "kode": "4.01.01.2.01",
                            "nama": "Kegiatan uji",
                            "subkegiatan": [
                                {
                                    "kode": sub,
                                    "nama": "Sub-kegiatan uji",
                                    "indikator": [
                                        {
                                            "nama": "Jumlah dokumen",
                                            "satuan": "Dokumen",
                                            "target": {"2023-murni": 4},
                                        }
                                    ],
                                    "pagu": {"2023-murni": 1000000},
                                }
                            ],
                        }
                    ],
                }
            ],
        },
        "realisasi-2023.yaml": {
            "tahun": 2023,
            "subkegiatan": [{"kode": sub, "tw": 1, "k": 2, "rp": 250000}],
        },
        "register.yaml": {
            "temuan": [
                {
                    "kode": "T-1",
                    "tahun": 2022,
                    "sumber": "BPK",
                    "uraian": "Temuan uji",
                    "status": "belum",
                }
            ],
            "kebijakan": [
                {
                    "kode": "K-1",
                    "tahun": 2022,
                    "uraian": "Kebijakan uji",
                    "jenis": "Surat Edaran",
                    "status": "dilaksanakan",
                    "tanggal": date(2022, 3, 11),
                }
            ],
        },
    }


nilai_salah = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**40), max_value=10**40),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
    st.dates(),
    st.lists(st.integers(0, 5), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(0, 3), max_size=2),
    st.sampled_from(["4.01.01", "SS1", "2023-murni", "umum", "kepala", "x" * 400]),
)


def _jalur(node, prefix=()):
    """Every (path) to a value inside nested dicts and lists."""
    yield prefix
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _jalur(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _jalur(v, (*prefix, i))


def _ganti(node, path, value):
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value


@st.composite
def dataset_rusak(draw) -> dict[str, object]:
    files = dataset(f"uji-{next(_nomor)}")
    for _ in range(draw(st.integers(1, 3))):
        name = draw(st.sampled_from(sorted(files)))
        cara = draw(st.integers(0, 9))
        if cara <= 5 and isinstance(files[name], dict):
            paths = [p for p in _jalur(files[name]) if p]
            path = draw(st.sampled_from(paths))
            value = draw(nilai_salah)
            _ganti(files[name], path, value)
        elif cara == 6 and isinstance(files[name], dict):
            paths = [p for p in _jalur(files[name]) if p]
            path = draw(st.sampled_from(paths))
            parent = files[name]
            for key in path[:-1]:
                parent = parent[key]
            if isinstance(parent, dict):
                parent[draw(st.text(min_size=1, max_size=8))] = 1  # an unknown key
        elif cara == 7:
            files[name] = draw(st.binary(max_size=200))  # garbage, maybe not UTF-8
        elif cara == 8:
            files[name] = draw(st.sampled_from([b"", b"- a\n- b\n", b"{{{", b"\xff\xfe"]))
        else:
            files[name] = None  # the file is missing
    return files


@FUZZ
@given(files=dataset_rusak())
def test_a_malformed_dataset_is_refused_with_messages_or_loaded_never_a_crash(paser, files):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, content in files.items():
            if content is None:
                continue
            if isinstance(content, bytes):
                (folder / name).write_bytes(content)
            else:
                (folder / name).write_text(
                    yaml.safe_dump(content, allow_unicode=True, sort_keys=False), encoding="utf-8"
                )
        before = hitung_semua()
        try:
            muat_dataset(folder)
        except DatasetTidakSah as exc:
            assert exc.kesalahan
            assert all(str(k) for k in exc.kesalahan)
            assert hitung_semua() == before, "a refused dataset wrote something"


def test_the_fuzzed_dataset_is_valid_before_it_is_broken(paser, tmp_path):
    for name, content in dataset("uji-sah").items():
        (tmp_path / name).write_text(yaml.safe_dump(content, sort_keys=False), encoding="utf-8")
    ringkasan = muat_dataset(tmp_path)
    assert ringkasan.perangkat_daerah.kode == "uji-sah"


@pytest.mark.parametrize(
    ("berkas", "nilai"),
    [("register.yaml", True), ("program.yaml", False), ("register.yaml", [0])],
)
def test_a_non_date_in_a_date_field_is_refused_with_a_message(paser, tmp_path, berkas, nilai):
    files = dataset("uji-tanggal")
    if berkas == "register.yaml":
        files[berkas]["kebijakan"][0]["tanggal"] = nilai
    else:
        files[berkas]["perjanjian_kinerja"][0]["tanggal"] = nilai
    for name, content in files.items():
        (tmp_path / name).write_text(yaml.safe_dump(content, sort_keys=False), encoding="utf-8")
    with pytest.raises(DatasetTidakSah):
        muat_dataset(tmp_path)
