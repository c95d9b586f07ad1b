"""Per-agency measurement settings (MEASUREMENT.md §1, §2, §5).

Where agencies differ in practice, a rule is a setting whose default is the seed's behaviour
(LKjIP 2023 Setda Kabupaten Paser). An `Aturan` is passed to every engine function that has a
choice to make, so one agency's settings travel with its data.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from decimal import Decimal, InvalidOperation
from enum import StrEnum

__all__ = ["ATURAN_BAWAAN", "Aturan", "BobotRerata", "Pembulatan", "RumusNegatif", "ke_decimal"]


class RumusNegatif(StrEnum):
    """Formula for a "lower is better" indicator (§1, negative polarity)."""

    SELISIH = "selisih"
    """`(T - (R - T)) / T * 100`, seed BAB III.A.1 (default)."""
    RASIO_TERBALIK = "rasio_terbalik"
    """`T / R * 100`, used by other agencies."""


class Pembulatan(StrEnum):
    """Display rounding (§1, last bullet)."""

    SETENGAH_KE_ATAS = "setengah_ke_atas"
    """Half away from zero: 73,125 -> 73,13 (default)."""
    POTONG = "potong"
    """Truncate toward zero: 73,125 -> 73,12."""


class BobotRerata(StrEnum):
    """How a mean over children is weighted (§2, last line)."""

    SAMA = "sama"
    """Unweighted (default)."""
    PAGU = "pagu"
    """Weighted by each child's pagu."""


def ke_decimal(nilai: object, nama: str) -> Decimal:
    """Convert a plain value (Decimal, int, str or float read from a form) to `Decimal`.

    Strings may use the Indonesian decimal comma when they hold no dot. Floats are converted
    through their shortest `repr`, never through binary arithmetic. `nama` names the setting or
    field in the Indonesian error message.

    >>> ke_decimal("120,5", "batas_atas")
    Decimal('120.5')
    >>> ke_decimal(120, "batas_atas")
    Decimal('120')
    """
    if isinstance(nilai, bool):
        raise ValueError(f"{nama}: nilai harus berupa angka, bukan {nilai!r}")
    if isinstance(nilai, Decimal):
        hasil = nilai
    elif isinstance(nilai, int):
        hasil = Decimal(nilai)
    elif isinstance(nilai, float):
        hasil = Decimal(repr(nilai))
    elif isinstance(nilai, str):
        teks = nilai.strip()
        if "," in teks and "." not in teks:
            teks = teks.replace(",", ".")
        try:
            hasil = Decimal(teks)
        except InvalidOperation:
            raise ValueError(f"{nama}: {nilai!r} bukan angka") from None
    else:
        raise ValueError(f"{nama}: {nilai!r} bukan angka")
    if not hasil.is_finite():
        raise ValueError(f"{nama}: {nilai!r} bukan angka terhingga")
    return hasil


@dataclass(frozen=True)
class Aturan:
    """The settings of one agency for one year; the defaults reproduce the seed.

    >>> Aturan().rumus_negatif
    <RumusNegatif.SELISIH: 'selisih'>
    >>> Aturan.dari_dict({"batas_atas": "120", "pembulatan": "potong"}).batas_atas
    Decimal('120')
    """

    rumus_negatif: RumusNegatif = RumusNegatif.SELISIH
    target_nol_gagal: Decimal = Decimal(0)
    """Capaian when the target is 0 and a lower-is-better realisasi is above 0 (seed Tabel 2.2)."""
    batas_atas: Decimal | None = None
    """Cap on one indicator's capaian (e.g. 120); None = no cap (seed: 483,33% stands)."""
    pembulatan: Pembulatan = Pembulatan.SETENGAH_KE_ATAS
    bobot_rerata: BobotRerata = BobotRerata.SAMA
    penyerapan_pagu_nol: Decimal | None = None
    """Penyerapan when pagu is 0; None = no figure (the seed prints 0,00)."""

    @classmethod
    def dari_dict(cls, d: Mapping[str, object]) -> Aturan:
        """Build settings from plain strings and numbers (a form, a JSON column, a workbook).

        Missing keys keep their default; `None` or `""` clears an optional setting. An unknown
        key or a bad value raises `ValueError` with an Indonesian message naming the key.

        >>> Aturan.dari_dict({"rumus_negatif": "rasio_terbalik", "target_nol_gagal": "0"})
        ... # doctest: +NORMALIZE_WHITESPACE
        Aturan(rumus_negatif=<RumusNegatif.RASIO_TERBALIK: 'rasio_terbalik'>,
               target_nol_gagal=Decimal('0'), batas_atas=None,
               pembulatan=<Pembulatan.SETENGAH_KE_ATAS: 'setengah_ke_atas'>,
               bobot_rerata=<BobotRerata.SAMA: 'sama'>, penyerapan_pagu_nol=None)
        >>> Aturan.dari_dict({"pembulatan": "ke_bawah"})
        Traceback (most recent call last):
        ...
        ValueError: pembulatan: 'ke_bawah' tidak dikenal (pilihan: setengah_ke_atas, potong)
        """
        dikenal = {f.name for f in fields(cls)}
        asing = sorted(set(d) - dikenal)
        if asing:
            raise ValueError(f"kunci aturan tidak dikenal: {', '.join(asing)}")
        pilihan: dict[str, type[StrEnum]] = {
            "rumus_negatif": RumusNegatif,
            "pembulatan": Pembulatan,
            "bobot_rerata": BobotRerata,
        }
        opsional = {"batas_atas", "penyerapan_pagu_nol"}
        nilai: dict[str, object] = {}
        for kunci, mentah in d.items():
            if kunci in pilihan:
                jenis = pilihan[kunci]
                try:
                    nilai[kunci] = jenis(str(mentah).strip())
                except ValueError:
                    daftar = ", ".join(m.value for m in jenis)
                    raise ValueError(
                        f"{kunci}: {mentah!r} tidak dikenal (pilihan: {daftar})"
                    ) from None
            elif kunci in opsional and (mentah is None or mentah == ""):
                nilai[kunci] = None
            else:
                nilai[kunci] = ke_decimal(mentah, kunci)
        return cls(**nilai)  # type: ignore[arg-type]


ATURAN_BAWAAN = Aturan()
"""The seed's settings, shared as the default argument of every engine function."""
