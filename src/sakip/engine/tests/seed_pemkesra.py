"""Program Pemerintahan dan Kesejahteraan Rakyat of the seed, built by hand as engine input.

Sources: seed Lampiran (K and RP per triwulan, pagu), Tabel 3.5 (indicators and targets),
Tabel 3.11 (pagu and realisasi per sub-kegiatan), Tabel 3.2 (IKU 2, target 85).
"""

from decimal import Decimal

from sakip.engine.pohon import (
    DataPengukuran,
    IndikatorMasukan,
    ItemMasukan,
    SasaranMasukan,
    SumberIndikator,
    SumberInput,
    SumberRollup,
)
from sakip.engine.realisasi import Agregasi
from sakip.engine.tests.contoh import SKALA_SEED

D = Decimal

PROGRAM = "P2"  # Program Pemerintahan dan Kesejahteraan Rakyat

# kegiatan key: (unit, name)
KEGIATAN = {
    "K-TAPEM": ("tapem", "Administrasi Tata Pemerintahan"),
    "K-HUKUM": ("hukum", "Fasilitasi dan Koordinasi Hukum"),
    "K-KESRA": ("kesra", "Pelaksanaan Kebijakan Kesejahteraan Rakyat"),
    "K-KS": ("kerjasama", "Fasilitasi Kerjasama Daerah"),
}

# sub-kegiatan key: (kegiatan, target, K TW I-IV, pagu, RP TW I-IV), from the Lampiran.
# fmt: off
SUBKEGIATAN = {
    "S-TAPEM-1": ("K-TAPEM", 23, (2, 3, 6, 12), 2553106102,
                  (60347800, 28812500, 289540800, 2172357307)),
    "S-TAPEM-2": ("K-TAPEM", 9, (2, 4, 2, 1), 727681556,
                  (103586160, 106794338, 181677000, 326265570)),
    "S-TAPEM-3": ("K-TAPEM", 3, (3, 0, 0, 0), 449424945,
                  (99549860, 58858400, 54760840, 215308455)),
    "S-HUKUM-1": ("K-HUKUM", 760, (218, 186, 241, 301), 556247135,
                  (55264463, 56159250, 40386957, 401499894)),
    "S-HUKUM-2": ("K-HUKUM", 2, (0, 1, 3, 0), 1628430636,
                  (46704603, 174944701, 233565031, 1037755745)),
    "S-HUKUM-3": ("K-HUKUM", 100, (1, 49, 24, 28), 200412800,
                  (34719500, 23810800, 53627614, 88148785)),
    "S-KESRA-1": ("K-KESRA", 357, (44, 101, 133, 79), 16530540200,
                  (3916854000, 6097600500, 1744575300, 4377993411)),
    "S-KESRA-2": ("K-KESRA", 100, (3, 50, 23, 24), 9811920000,
                  (17874000, 1538649300, 2580039206, 5418467358)),
    "S-KESRA-3": ("K-KESRA", 15, (2, 3, 4, 6), 629192000,
                  (97506300, 79063200, 148738800, 242836268)),
    "S-KS-1": ("K-KS", 30, (5, 7, 7, 6), 232910029, (28396000, 22518800, 62319400, 111232120)),
    "S-KS-2": ("K-KS", 30, (5, 7, 7, 6), 232550400, (19560200, 20865150, 57170500, 114164063)),
}
# fmt: on


def triwulan(nilai: tuple[int, ...]) -> dict[int, Decimal]:
    return {q: D(v) for q, v in zip((1, 2, 3, 4), nilai, strict=True)}


def data_pemkesra(**ubah) -> DataPengukuran:
    """The seed's program as a `DataPengukuran`; keyword arguments replace fields."""
    item = [ItemMasukan(PROGRAM, "program", None, None)]
    indikator = [
        IndikatorMasukan(f"{PROGRAM}/1", PROGRAM, D(100), SumberRollup()),
        IndikatorMasukan(
            f"{PROGRAM}/2",
            PROGRAM,
            D("2.75"),
            SumberInput({4: D("2.77")}),
            agregasi=Agregasi.TERAKHIR,
        ),
        # IKU 2: mean of the capaian of the program's two indicators, against 85.
        IndikatorMasukan("SS2/1", "SS2", D(85), SumberIndikator((f"{PROGRAM}/1", f"{PROGRAM}/2"))),
    ]
    for kunci, (unit, _nama) in KEGIATAN.items():
        item.append(ItemMasukan(kunci, "kegiatan", PROGRAM, unit))
        indikator.append(IndikatorMasukan(f"{kunci}/1", kunci, D(100), SumberRollup()))
    for kunci, (kegiatan, target, k, pagu, rp) in SUBKEGIATAN.items():
        item.append(ItemMasukan(kunci, "subkegiatan", kegiatan, None, D(pagu), triwulan(rp)))
        indikator.append(IndikatorMasukan(f"{kunci}/1", kunci, D(target), SumberInput(triwulan(k))))
    nilai = {
        "tahun": 2023,
        "sasaran": (SasaranMasukan("SS2", (PROGRAM,)),),
        "item": tuple(item),
        "indikator": tuple(indikator),
        "iku": ("SS2/1",),
        "skala": SKALA_SEED,
    }
    nilai.update(ubah)
    return DataPengukuran(**nilai)
