"""Shared worked-example data for the engine tests (seed LKjIP 2023 Setda Kabupaten Paser)."""

from decimal import Decimal

from sakip.engine.capaian import SkalaOrdinal
from sakip.engine.predikat import Predikat, Skala

D = Decimal

# Seed Tabel 3.1.
BERHASIL = Predikat("Berhasil", "Hijau", "#2E7D32", D(100), None)
CUKUP = Predikat("Cukup Berhasil", "Biru", "#1565C0", D(70), D(100))
KURANG = Predikat("Kurang Berhasil", "Kuning", "#F9A825", D(40), D(70))
TIDAK = Predikat("Tidak Berhasil", "Merah", "#C62828", None, D(40))
SKALA_SEED = Skala("setda_paser_2023", (BERHASIL, CUKUP, KURANG, TIDAK))

# A five-level scale used by other agencies (MEASUREMENT.md §3): 91-100, 76-90, 66-75, 51-65,
# <= 50, written as half-open intervals on the integer boundaries.
SKALA_LIMA = Skala(
    "lima_tingkat",
    (
        Predikat("Sangat Baik", "Hijau Tua", "#1B5E20", D(91), None),
        Predikat("Baik", "Hijau", "#43A047", D(76), D(91)),
        Predikat("Cukup", "Kuning", "#FDD835", D(66), D(76)),
        Predikat("Kurang", "Oranye", "#FB8C00", D(51), D(66)),
        Predikat("Sangat Kurang", "Merah", "#E53935", None, D(51)),
    ),
)

OPINI_BPK = SkalaOrdinal("opini_bpk", {"TMP": D(1), "TW": D(2), "WDP": D(3), "WTP": D(4)})
PREDIKAT_AKIP = SkalaOrdinal(
    "akip",
    {"D": D(1), "C": D(2), "CC": D(3), "B": D(4), "BB": D(5), "A": D(6), "AA": D(7)},
)
