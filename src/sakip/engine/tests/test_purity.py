"""The engine imports nothing but the standard library and itself (STYLE.md, "A pure engine")."""

import ast
import sys
from pathlib import Path

import pytest

import sakip.engine

ENGINE = Path(sakip.engine.__file__).parent
MODUL = sorted(p for p in ENGINE.rglob("*.py") if "tests" not in p.relative_to(ENGINE).parts)


def impor_asing(sumber: str, kedalaman: int = 0) -> list[str]:
    """Imports in `sumber` that are neither stdlib nor `sakip.engine`.

    `kedalaman` is how many packages below `sakip.engine` the module sits (0 for
    `sakip/engine/x.py`), so that a relative import climbing out of the engine is caught.
    """
    asing = []
    for node in ast.walk(ast.parse(sumber)):
        if isinstance(node, ast.Import):
            nama = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                if node.level > kedalaman + 1:
                    asing.append("." * node.level + (node.module or ""))
                continue
            nama = [node.module or ""]
        else:
            continue
        for n in nama:
            akar = n.split(".")[0]
            if akar in sys.stdlib_module_names or akar == "__future__":
                continue
            if n == "sakip.engine" or n.startswith("sakip.engine."):
                continue
            asing.append(n)
    return asing


def test_the_engine_has_modules_to_check():
    assert {p.stem for p in MODUL} >= {"capaian", "pohon", "aturan", "tampilan", "__init__"}


@pytest.mark.parametrize("path", MODUL, ids=lambda p: str(p.relative_to(ENGINE)))
def test_engine_module_imports_only_stdlib_and_engine(path):
    kedalaman = len(path.relative_to(ENGINE).parts) - 1
    assert impor_asing(path.read_text(encoding="utf-8"), kedalaman) == []


@pytest.mark.parametrize(
    "kode, asing",
    [
        ("import django", ["django"]),
        ("import os, django.db", ["django.db"]),
        ("from django.db import models", ["django.db"]),
        ("import sakip.models", ["sakip.models"]),
        ("from sakip import settings", ["sakip"]),
        ("from sakip.engineering import x", ["sakip.engineering"]),
        ("from decimal import Decimal", []),
        ("from __future__ import annotations", []),
        ("from sakip.engine.capaian import hitung_capaian", []),
        ("from . import capaian", []),
        ("from .. import models", [".."]),
        ("def f():\n    import requests", ["requests"]),
    ],
)
def test_the_checker_flags_foreign_imports(kode, asing):
    assert impor_asing(kode) == asing
