"""Charts for the documents (matplotlib, Agg): PNG bytes, Indonesian number formatting.

Each function takes figures the engine computed and only draws them; colours of capaian come
from the predikat of the agency's scale (its ``hex``).
"""

from __future__ import annotations

import io
import textwrap
from decimal import Decimal

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
from matplotlib.ticker import FuncFormatter

from sakip import format as fmt

ABU = "#9aa0a6"
BIRU_TUA = "#1a3d6d"
plt.rcParams.update(
    {
        "font.family": ["Liberation Sans", "DejaVu Sans"],
        "font.size": 8,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.titlesize": 9,
        "svg.hashsalt": "sakip",
    }
)
CM = 1 / 2.54
DPI = 150


def _png(fig) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=DPI, bbox_inches="tight", metadata={"Software": None})
    plt.close(fig)
    return buf.getvalue()


def _label(teks: str, lebar: int = 42) -> str:
    return "\n".join(textwrap.wrap(teks, lebar)[:3])


def _f(v) -> float:
    return float(v) if v is not None else float("nan")


_persen = FuncFormatter(lambda x, _pos: fmt.angka(Decimal(str(round(x, 2))), 0) + "%")


def _miliar(x, _pos) -> str:
    return fmt.angka(Decimal(str(round(x / 1e9, 2))), 1)


def capaian_batang(baris: list[tuple[str, Decimal | None, str]], judul: str) -> bytes:
    """Horizontal bars of capaian, each coloured by its predikat; a line at 100%.

    ``baris``: (label, capaian, hex colour).
    """
    n = len(baris)
    fig, ax = plt.subplots(figsize=(16 * CM, max(3.2, 1.1 + 0.75 * n) * CM * 2.2))
    labels = [_label(b[0]) for b in baris][::-1]
    nilai = [_f(b[1]) for b in baris][::-1]
    warna = [b[2] or ABU for b in baris][::-1]
    bars = ax.barh(labels, nilai, color=warna, height=0.6)
    ax.axvline(100, color="#202124", linewidth=0.8, linestyle="--")
    for bar, asli in zip(bars, [b[1] for b in baris][::-1], strict=True):
        ax.text(
            bar.get_width() + 1,
            bar.get_y() + bar.get_height() / 2,
            fmt.persen(asli),
            va="center",
            fontsize=8,
        )
    batas = max([v for v in nilai if v == v] + [100])
    ax.set_xlim(0, batas * 1.18)
    ax.xaxis.set_major_formatter(_persen)
    ax.set_title(judul, loc="left")
    return _png(fig)


def tren(
    seri: list[tuple[str, list[int], list[Decimal | None], list[Decimal | None], str]],
    judul: str,
) -> bytes:
    """Realisasi over the Renstra years against the target of each year, one panel per IKU.

    ``seri``: (indicator name, years, targets, realisasi, satuan).
    """
    n = len(seri)
    kolom = min(n, 3)
    barisan = (n + kolom - 1) // kolom
    fig, axes = plt.subplots(barisan, kolom, figsize=(16 * CM, 6.2 * CM * barisan), squeeze=False)
    for ax in axes.flat[n:]:
        ax.set_visible(False)
    for ax, (nama, tahun, target, realisasi, satuan) in zip(axes.flat, seri, strict=False):
        ax.plot(tahun, [_f(t) for t in target], "--", color=ABU, marker="o", label="Target")
        titik = [(t, r) for t, r in zip(tahun, realisasi, strict=True) if r is not None]
        if titik:
            ax.plot(
                [t for t, _ in titik],
                [_f(r) for _, r in titik],
                color=BIRU_TUA,
                marker="s",
                label="Realisasi",
            )
            for t, r in titik:
                ax.annotate(
                    fmt.angka(r),
                    (t, _f(r)),
                    textcoords="offset points",
                    xytext=(0, 5),
                    ha="center",
                    fontsize=7,
                )
        ax.set_xticks(tahun)
        ax.set_title(_label(nama, 34), fontsize=7.5, loc="left")
        ax.set_ylabel(satuan, fontsize=7)
        ax.margins(y=0.25)
        ax.yaxis.set_major_formatter(FuncFormatter(lambda x, _p: fmt.angka(Decimal(str(x)), 1)))
    axes.flat[0].legend(fontsize=7, loc="lower left", frameon=False)
    fig.suptitle(judul, x=0.01, ha="left", fontsize=9)
    fig.tight_layout()
    return _png(fig)


def penyerapan_batang(baris: list[tuple[str, Decimal | None]], judul: str) -> bytes:
    """Horizontal bars of penyerapan anggaran (percent of pagu) per program or per Bagian."""
    n = len(baris)
    fig, ax = plt.subplots(figsize=(16 * CM, max(4.0, 1.0 + 0.62 * n) * CM * 1.6))
    labels = [_label(b[0], 48) for b in baris][::-1]
    nilai = [_f(b[1]) for b in baris][::-1]
    bars = ax.barh(labels, nilai, color=BIRU_TUA, height=0.6)
    for bar, asli in zip(bars, [b[1] for b in baris][::-1], strict=True):
        ax.text(
            (bar.get_width() if bar.get_width() == bar.get_width() else 0) + 1,
            bar.get_y() + bar.get_height() / 2,
            fmt.persen(asli),
            va="center",
            fontsize=7.5,
        )
    ax.set_xlim(0, 118)
    ax.xaxis.set_major_formatter(_persen)
    ax.set_title(judul, loc="left")
    return _png(fig)


def rp_kumulatif(
    kumulatif: dict[int, Decimal | None], pagu: Decimal, judul: str, sampai: int = 4
) -> bytes:
    """Cumulative RP per triwulan against the pagu (the plan-versus-actual curve)."""
    fig, ax = plt.subplots(figsize=(16 * CM, 7 * CM))
    tw = [q for q in (1, 2, 3, 4) if q <= sampai and kumulatif.get(q) is not None]
    ax.axhline(float(pagu), color="#d93025", linestyle="--", linewidth=1, label="Pagu")
    ax.plot(tw, [_f(kumulatif[q]) for q in tw], marker="o", color=BIRU_TUA, label="Realisasi")
    for q in tw:
        share = kumulatif[q] / pagu * 100 if pagu else None
        ax.annotate(
            f"{fmt.rupiah(kumulatif[q])}\n({fmt.persen(share)})",
            (q, _f(kumulatif[q])),
            textcoords="offset points",
            xytext=(0, -24 if q == 4 else 8),
            ha="center",
            fontsize=7,
        )
    ax.set_xticks([1, 2, 3, 4], ["TW I", "TW II", "TW III", "TW IV"])
    ax.set_xlim(0.6, 4.4)
    ax.set_ylim(0, float(pagu) * 1.12)
    ax.yaxis.set_major_formatter(FuncFormatter(_miliar))
    ax.set_ylabel("Miliar rupiah")
    ax.legend(fontsize=7, frameon=False, loc="upper left")
    ax.set_title(judul, loc="left")
    return _png(fig)


WARNA_KELAS = ["#1a3d6d", "#1a73e8", "#7baaf7", "#1e8e3e", "#81c995", "#f9ab00", "#d93025"]


def komposisi(baris: list[tuple[str, Decimal]], judul: str) -> bytes:
    """A ring of the belanja classes' share of realisasi."""
    fig, ax = plt.subplots(figsize=(16 * CM, 7 * CM))
    total = sum((b[1] for b in baris), Decimal(0))
    nilai = [float(b[1]) for b in baris]
    wedges, _ = ax.pie(
        nilai,
        colors=WARNA_KELAS[: len(baris)],
        startangle=90,
        counterclock=False,
        wedgeprops={"width": 0.38, "edgecolor": "white"},
    )
    ax.legend(
        wedges,
        [
            f"{b[0]}: {fmt.rupiah(b[1])} ({fmt.persen(b[1] / total * 100 if total else None)})"
            for b in baris
        ],
        loc="center left",
        bbox_to_anchor=(1.0, 0.5),
        fontsize=7,
        frameon=False,
    )
    ax.set_title(judul, loc="left")
    ax.axis("equal")
    return _png(fig)
