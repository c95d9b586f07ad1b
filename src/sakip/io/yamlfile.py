"""Reading dataset YAML: decimals stay ``Decimal``, every mapping remembers its line."""

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

import yaml


class Baris(dict):
    """A YAML mapping that knows the line it starts on (1-based)."""

    baris: int = 0


class _Loader(yaml.SafeLoader):
    """SafeLoader that builds ``Baris`` mappings and reads floats as ``Decimal``."""


def _mapping(loader: _Loader, node: yaml.MappingNode) -> Baris:
    loader.flatten_mapping(node)
    result = Baris()
    result.baris = node.start_mark.line + 1
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in result:
            raise yaml.constructor.ConstructorError(
                None, None, f"kunci ganda: {key!r}", key_node.start_mark
            )
        result[key] = loader.construct_object(value_node, deep=True)
    return result


def _decimal(loader: _Loader, node: yaml.ScalarNode) -> Decimal:
    text = loader.construct_scalar(node).replace("_", "")
    try:
        return Decimal(text)
    except InvalidOperation as exc:  # .inf, .nan and the like
        raise yaml.constructor.ConstructorError(
            None, None, f"bukan angka yang sah: {text!r}", node.start_mark
        ) from exc


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
_Loader.add_constructor("tag:yaml.org,2002:float", _decimal)


@dataclass
class BerkasRusak(Exception):
    """A file that cannot be read as YAML at all."""

    berkas: str
    baris: int | None
    pesan: str

    def __str__(self) -> str:
        tempat = f"{self.berkas} baris {self.baris}" if self.baris else self.berkas
        return f"{tempat}: {self.pesan}"


def baca(path: Path):
    """Parse one YAML file; raise ``BerkasRusak`` with an Indonesian message on failure."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise BerkasRusak(path.name, None, "berkas bukan teks UTF-8") from None
    except OSError as exc:
        raise BerkasRusak(path.name, None, f"berkas tidak dapat dibaca ({exc.strerror})") from None
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or exc.context or "YAML tidak sah"
        raise BerkasRusak(path.name, line, f"YAML tidak sah: {problem}") from None
    except yaml.YAMLError as exc:
        raise BerkasRusak(path.name, None, f"YAML tidak sah: {exc}") from None
