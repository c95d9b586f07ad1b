"""Run the worked examples written in the engine's docstrings."""

import doctest
import importlib

import pytest

MODUL = [
    "aturan",
    "capaian",
    "realisasi",
    "register",
    "predikat",
    "anggaran",
    "efisiensi",
    "perbandingan",
    "tampilan",
    "pohon",
]


@pytest.mark.parametrize("nama", MODUL)
def test_docstring_examples_hold(nama):
    modul = importlib.import_module(f"sakip.engine.{nama}")
    hasil = doctest.testmod(modul, optionflags=doctest.ELLIPSIS)
    assert hasil.attempted > 0, f"{nama} has no worked example"
    assert hasil.failed == 0
