"""The pure measurement engine of sakip: plain dataclasses and Decimals in, results out.

Each module holds one rule area of MEASUREMENT.md (shared/ beside the repository):

- `aturan`: per-agency settings (defaults = the seed's behaviour)
- `capaian`: capaian of one indicator (§1)
- `realisasi`: quarters, means and percentages (§2)
- `register`: counts over the audit-finding and policy registers (§2.3)
- `predikat`: scales of predikat (§3)
- `anggaran`: penyerapan, sisa, tertimbang (§5)
- `efisiensi`: capaian minus penyerapan (§6)
- `perbandingan`: comparisons with last year and the end of the Renstra (§7)
- `tampilan`: rounding for display, the only rounding in the engine
- `pohon`: the whole agency-year computation (§2, §4, §5, §6)

Only the standard library is imported here (`tests/test_purity.py` checks it).
"""
