"""Indonesian formatting in templates: ``{{ nilai|persen }}``, ``|angka``, ``|rupiah``."""

from decimal import Decimal

from django import template

from sakip import format as fmt

register = template.Library()


@register.filter
def persen(nilai):
    return fmt.persen(nilai)


@register.filter
def angka(nilai, digit=2):
    return fmt.angka(nilai, int(digit))


@register.filter
def rupiah(nilai):
    return fmt.rupiah(nilai)


@register.filter
def tanggal(nilai):
    return fmt.tanggal(nilai)


@register.filter
def lebar(nilai, maks=100):
    """A bar width in percent of ``maks``, clamped to 0..100, as CSS text (never localised)."""
    if nilai is None:
        return "0"
    value = float(Decimal(nilai) / Decimal(maks) * 100)
    return f"{min(max(value, 0), 100):.1f}"


@register.filter
def warna(predikat):
    return predikat.hex if predikat is not None and predikat.hex else "#6b7280"


@register.filter
def get(mapping, key):
    """``{{ dict|get:key }}``."""
    return mapping.get(key) if mapping else None


@register.filter
def angka_isian(nilai):
    return fmt.angka_isian(nilai)
