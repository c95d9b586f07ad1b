"""The reviu: every inconsistency of a report as printed (MEASUREMENT.md §8).

Every derived figure of every table is recomputed with the engine (`hitung_capaian`, `rerata`,
`gabung_triwulan`, `penyerapan`, `sisa`, `tertimbang`, `efisiensi`, `selisih_poin`,
`Skala.tentukan`, `bulatkan`) from the inputs printed on its row and on the rows under it
(`induk`); an input the row does not print is taken from the other tables (the value most of
them print). Then every printed figure that no rule on its own row explains is compared with
the same figure elsewhere, and every name with the other names of the same item.

A printed figure is right when it equals the recomputed value rounded to the decimals it is
printed with (the agency's `pembulatan`), within `toleransi`. With `hitung_dari_tercetak` a
figure computed from the rounded figures printed beside it is right too (121,82 − 97,28), and
so is anything between the two (the printed inputs are themselves rounded).

One finding per printed cell, in document order.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from difflib import SequenceMatcher

from sakip import format as fmt
from sakip.engine.anggaran import penyerapan, sisa, tertimbang
from sakip.engine.capaian import hitung_capaian
from sakip.engine.efisiensi import efisiensi
from sakip.engine.perbandingan import capaian_akhir_renstra, selisih_poin
from sakip.engine.realisasi import gabung_triwulan, rerata
from sakip.engine.tampilan import bulatkan
from sakip.reviu.angka import Angka
from sakip.reviu.laporan import (
    _TARGET_TAHUN,
    KOLOM_NAMA,
    TINGKAT_INDIKATOR,
    Baris,
    Laporan,
    Tabel,
)

__all__ = ["ATURAN_REVIU", "Temuan", "reviu"]

TINGGI, SEDANG, RENDAH = "Tinggi", "Sedang", "Rendah"

ATURAN_REVIU: dict[str, tuple[str, str]] = {
    # kode: (label in the report, keparahan)
    "capaian": ("Capaian tidak sesuai dengan target dan realisasi", TINGGI),
    "capaian_akhir": ("Capaian tidak sesuai dengan realisasi dan target akhir Renstra", TINGGI),
    "rerata": ("Rata-rata tidak sesuai dengan rinciannya", TINGGI),
    "jumlah": ("Jumlah tidak sama dengan total rinciannya", TINGGI),
    "triwulan": ("Jumlah per triwulan tidak sama dengan realisasi setahun", TINGGI),
    "penyerapan": ("Penyerapan tidak sesuai dengan realisasi dan pagu", TINGGI),
    "sisa": ("Sisa anggaran tidak sama dengan pagu dikurangi realisasi", TINGGI),
    "tertimbang": ("Persentase tertimbang tidak sesuai dengan realisasi dan total pagu", TINGGI),
    "efisiensi": ("Efisiensi tidak sama dengan capaian dikurangi penyerapan", TINGGI),
    "selisih_poin": ("Selisih tidak sama dengan capaian dikurangi capaian tahun lalu", TINGGI),
    "predikat": ("Predikat tidak sesuai dengan skala", TINGGI),
    "antar_tabel": ("Angka yang sama tercetak berbeda di tabel lain", TINGGI),
    "nama_lain": ("Butir yang sama diberi nama lain di tabel lain", SEDANG),
    "nama_ejaan": ("Nama butir ditulis berbeda di tabel lain", RENDAH),
    "format_angka": ("Penulisan angka tidak baku", RENDAH),
}

_RUPIAH = {"pagu", "realisasi_rp", "sisa", *(f"rp_tw{q}" for q in range(1, 5))}
_PERSEN = {
    "capaian",
    "capaian_lalu",
    "capaian_akhir",
    "selisih_poin",
    "penyerapan",
    "tertimbang",
    "efisiensi",
}
# Figures that belong to the row's indicator rather than to the item (see Baris.kunci_indikator).
_MILIK_INDIKATOR = {
    "target",
    "realisasi",
    "target_lalu",
    "realisasi_lalu",
    "target_akhir",
    "kondisi_akhir",
    "capaian_akhir",
    *(f"k_tw{q}" for q in range(1, 5)),
}
_ANGGARAN = {"pagu", "realisasi_rp", "sisa", "penyerapan", *(f"rp_tw{q}" for q in range(1, 5))}


@dataclass(frozen=True)
class Temuan:
    """One inconsistency: where it is, what is printed, what it should be, by which rule."""

    tabel: str
    baris: int
    butir: str
    kolom: str
    tercetak: str
    seharusnya: str
    aturan: str
    keparahan: str
    keterangan: str = ""

    @property
    def label(self) -> str:
        return ATURAN_REVIU[self.aturan][0]

    def sebagai_dict(self) -> dict[str, object]:
        return {
            "tabel": self.tabel,
            "baris": self.baris,
            "butir": self.butir,
            "kolom": self.kolom,
            "tercetak": self.tercetak,
            "seharusnya": self.seharusnya,
            "aturan": self.aturan,
            "label": self.label,
            "keparahan": self.keparahan,
            "keterangan": self.keterangan,
        }


Kunci = tuple[str, str]  # (kunci of the item, besaran)


class _Reviu:
    def __init__(self, laporan: Laporan):
        self.lap = laporan
        self.set = laporan.pengaturan
        self.aturan = laporan.pengaturan.aturan
        self.hitung: dict[tuple[int, str], Decimal] = {}  # (id(baris), kolom) -> recomputed
        self.diperiksa: set[tuple[int, str]] = set()
        self.temuan: dict[tuple[int, str], Temuan] = {}
        self.masukan = self._masukan_global()
        self._pemilik = self._rincian_indikator()

    # --- keys and values ------------------------------------------------------------------

    def besaran(self, kolom: str) -> str:
        """The global name of a column: target_2023 is `target` when the report is for 2023."""
        m = _TARGET_TAHUN.match(kolom)
        if m:
            tahun = int(m.group(1))
            if tahun == self.set.tahun:
                return "target"
            if self.set.tahun and tahun == self.set.tahun - 1:
                return "target_lalu"
            if tahun == self.set.tahun_akhir:
                return "target_akhir"
        return kolom

    def kunci(self, b: Baris, kolom: str) -> Kunci:
        besaran = self.besaran(kolom)
        if besaran in _MILIK_INDIKATOR:
            return (b.kunci_indikator, besaran)
        if besaran in _ANGGARAN and b["kunci_anggaran"]:
            return (b["kunci_anggaran"], besaran)
        return (b.kunci, besaran)

    def _masukan_global(self) -> dict[Kunci, Decimal]:
        """For each (item, input): the value most tables print (ties: the first printed)."""
        semua: dict[Kunci, list[Decimal]] = defaultdict(list)
        for t in self.lap.tabel:
            for b in t.baris:
                for kolom, a in b.angka.items():
                    k = self.kunci(b, kolom)
                    if k[0] and a.nilai is not None:
                        semua[k].append(a.nilai)
        return {k: Counter(v).most_common(1)[0][0] for k, v in semua.items()}

    def tercetak(self, b: Baris, kolom: str) -> Decimal | None:
        a = b.angka.get(kolom)
        return a.nilai if a is not None else None

    def nilai(self, b: Baris, kolom: str) -> Decimal | None:
        """Best value for the row: recomputed, else printed, else what other tables print."""
        hasil = self.hitung.get((id(b), kolom))
        if hasil is not None:
            return hasil
        hasil = self.tercetak(b, kolom)
        if hasil is not None:
            return hasil
        k = self.kunci(b, kolom)
        return self.masukan.get(k) if k[0] else None

    def cetak_atau_nilai(self, b: Baris, kolom: str) -> Decimal | None:
        """The printed (rounded) value where there is one: the agency's own arithmetic."""
        hasil = self.tercetak(b, kolom)
        return hasil if hasil is not None else self.nilai(b, kolom)

    # --- comparing ------------------------------------------------------------------------

    def cocok(self, a: Angka, calon: list[Decimal]) -> bool:
        assert a.nilai is not None
        bulat = [bulatkan(c, self.aturan, a.digit) for c in calon]
        return min(bulat) - self.set.toleransi <= a.nilai <= max(bulat) + self.set.toleransi

    def tulis(self, nilai: Decimal | None, kolom: str, a: Angka | None) -> str:
        """The expected value written the way the cell is printed (Indonesian)."""
        if nilai is None:
            return "- (tidak ada angka)"
        besaran = self.besaran(kolom)
        if besaran in _RUPIAH or (a is not None and a.rupiah):
            return fmt.rupiah(bulatkan(nilai, self.aturan, 0))
        if besaran in _PERSEN:
            teks = fmt.angka(nilai, 2, self.aturan, tetap=True)
            return teks + "%" if a is not None and a.persen else teks
        digit = max(a.digit if a is not None else 0, 2)
        teks = fmt.angka(nilai, digit, self.aturan)
        return teks + "%" if a is not None and a.persen else teks

    def catat(
        self, b: Baris, kolom: str, aturan: str, seharusnya: str, keterangan: str = ""
    ) -> None:
        kunci = (id(b), kolom)
        if kunci in self.temuan:
            return
        a = b.angka.get(kolom)
        tercetak = a.teks if a is not None else b[kolom]
        self.temuan[kunci] = Temuan(
            b.tabel,
            b.nomor,
            b.butir,
            kolom,
            str(tercetak),
            seharusnya,
            aturan,
            ATURAN_REVIU[aturan][1],
            keterangan,
        )

    def periksa(
        self,
        b: Baris,
        kolom: str,
        calon: Iterable[Decimal | None],
        aturan: str,
        keterangan: Callable[[], str] | str = "",
    ) -> None:
        """Compare the printed cell with the candidates; the first is the engine's value."""
        calon = [c for c in calon if c is not None]
        if not self.set.hitung_dari_tercetak:
            calon = calon[:1]
        if not calon:
            return
        kunci = (id(b), kolom)
        self.hitung.setdefault(kunci, calon[0])
        a = b.angka.get(kolom)
        if a is None or a.nilai is None or kunci in self.diperiksa:
            return
        self.diperiksa.add(kunci)
        if not self.cocok(a, calon):
            ket = keterangan() if callable(keterangan) else keterangan
            self.catat(b, kolom, aturan, self.tulis(calon[0], kolom, a), ket)

    # --- one table ------------------------------------------------------------------------

    def tabel(self, t: Tabel) -> None:
        anak: dict[str, list[Baris]] = defaultdict(list)
        akar: list[Baris] = []
        per_kunci = {b.kunci: b for b in t.baris if b.kunci and b.ada_angka()}
        for b in t.baris:
            if b["induk"]:
                anak[b["induk"]].append(b)
            else:
                akar.append(b)

        def keturunan(b: Baris, tingkat: str) -> list[Baris]:
            out = []
            for c in anak.get(b.kunci, []) if b.kunci in per_kunci else []:
                if c.tingkat == tingkat:
                    out.append(c)
                out += keturunan(c, tingkat)
            return out

        def pangkal(b: Baris) -> Baris:
            while b["induk"] and b["induk"] in per_kunci:
                b = per_kunci[b["induk"]]
            return b

        def hitung(b: Baris) -> None:
            semua = anak.get(b.kunci, []) if b.kunci and per_kunci.get(b.kunci) is b else []
            butir = [c for c in semua if c.tingkat not in TINGKAT_INDIKATOR]
            indikator = [c for c in semua if c.tingkat in TINGKAT_INDIKATOR]
            for c in butir:
                hitung(c)
            rincian = keturunan(b, b["rerata_dari"].lower()) if b["rerata_dari"] else butir
            for c in indikator:
                hitung_baris(c, [], rincian, [])
            hitung_baris(b, butir, rincian, indikator)

        def hitung_baris(
            b: Baris, butir: list[Baris], rincian: list[Baris], indikator: list[Baris]
        ) -> None:
            self.baris(b, butir, rincian, indikator, pangkal(b))

        for b in akar:
            hitung(b)

    def baris(
        self,
        b: Baris,
        butir: list[Baris],
        rincian: list[Baris],
        indikator: list[Baris],
        pangkal: Baris,
    ) -> None:
        v, p = self.nilai, self.cetak_atau_nilai
        info = self.lap.info(b.kunci_indikator)

        # Quarters: K of the year (by the indicator's aggregation) and RP of the year.
        k_tw = {q: self.tercetak(b, f"k_tw{q}") for q in range(1, 5)}
        if any(x is not None for x in k_tw.values()):
            self.periksa(
                b,
                "realisasi",
                [gabung_triwulan(k_tw, info.agregasi)],
                "triwulan",
                lambda: "K TW I–IV: " + " + ".join(fmt.angka(x) for x in k_tw.values()),
            )
        # Money: a parent is the sum of its children (MEASUREMENT.md §5).
        for kolom in ("pagu", *(f"rp_tw{q}" for q in range(1, 5)), "realisasi_rp", "sisa"):
            bagian = [v(c, kolom) for c in butir]
            if butir and all(x is not None for x in bagian):
                self.periksa(
                    b,
                    kolom,
                    [sum(bagian, Decimal(0))],
                    "jumlah",
                    f"jumlah {len(bagian)} baris rincian",
                )
        rp_tw = {q: v(b, f"rp_tw{q}") for q in range(1, 5)}
        if any(self.tercetak(b, f"rp_tw{q}") is not None for q in range(1, 5)):
            self.periksa(
                b,
                "realisasi_rp",
                [sum((x for x in rp_tw.values() if x is not None), Decimal(0))],
                "triwulan",
                lambda: "RP TW I–IV: " + " + ".join(fmt.rupiah(x) for x in rp_tw.values()),
            )

        # Realisasi of a parent's percentage indicator: the mean of its children's capaian.
        sumber = info.sumber or self.set.realisasi_induk
        pemilik = rincian if b.tingkat not in TINGKAT_INDIKATOR else self._rincian_pemilik(b)
        if sumber == "rerata" and pemilik and all(k_tw[q] is None for q in k_tw):
            self._rerata(b, "realisasi", pemilik, "capaian")

        # Capaian (§1, §2.4, §4).
        if indikator:
            self._rerata(b, "capaian", indikator, "capaian")
        elif v(b, "target") is not None and v(b, "realisasi") is not None:
            self.periksa(
                b,
                "capaian",
                self._capaian(b, "target", "realisasi"),
                "capaian",
                lambda: (
                    f"target {fmt.angka(v(b, 'target'))}, realisasi {fmt.angka(v(b, 'realisasi'))}"
                ),
            )
        elif rincian:
            self._rerata(b, "capaian", rincian, "capaian")
        if indikator:
            self._rerata(b, "capaian_lalu", indikator, "capaian_lalu")
        elif v(b, "target_lalu") is not None and v(b, "realisasi_lalu") is not None:
            self.periksa(
                b, "capaian_lalu", self._capaian(b, "target_lalu", "realisasi_lalu"), "capaian"
            )
        elif rincian:
            self._rerata(b, "capaian_lalu", rincian, "capaian_lalu")
        if b.angka.get("selisih_poin"):
            self.periksa(
                b,
                "selisih_poin",
                [
                    selisih_poin(v(b, "capaian"), v(b, "capaian_lalu")),
                    selisih_poin(p(b, "capaian"), p(b, "capaian_lalu")),
                ],
                "selisih_poin",
            )
        if b.angka.get("capaian_akhir"):
            self.periksa(
                b,
                "capaian_akhir",
                self._capaian(b, "target_akhir", "realisasi", capaian_akhir_renstra),
                "capaian_akhir",
                lambda: (
                    f"realisasi {fmt.angka(v(b, 'realisasi'))} terhadap target akhir "
                    f"{fmt.angka(v(b, 'target_akhir'))}"
                ),
            )

        # Budget (§5) and efisiensi (§6).
        pagu, rp = v(b, "pagu"), v(b, "realisasi_rp")
        if pagu is not None and rp is not None:
            self.periksa(
                b, "sisa", [sisa(pagu, rp), sisa(p(b, "pagu"), p(b, "realisasi_rp"))], "sisa"
            )
            if pagu.is_zero() and self.aturan.penyerapan_pagu_nol is None:
                a = b.angka.get("penyerapan")
                if a is not None and a.nilai is not None:
                    self.diperiksa.add((id(b), "penyerapan"))
                    self.catat(
                        b,
                        "penyerapan",
                        "penyerapan",
                        "- (tidak ada angka)",
                        "pagu 0 tidak memberi persentase penyerapan (pengaturan "
                        "penyerapan_pagu_nol)",
                    )
            else:
                self.periksa(
                    b,
                    "penyerapan",
                    [
                        penyerapan(rp, pagu, self.aturan),
                        penyerapan(p(b, "realisasi_rp"), p(b, "pagu"), self.aturan),
                    ],
                    "penyerapan",
                    lambda: f"{fmt.rupiah(rp)} / {fmt.rupiah(pagu)}",
                )
            total = v(pangkal, "pagu")
            if total is not None and b.angka.get("tertimbang"):
                self.periksa(
                    b,
                    "tertimbang",
                    [tertimbang(rp, total), tertimbang(p(b, "realisasi_rp"), total)],
                    "tertimbang",
                    lambda: f"{fmt.rupiah(rp)} / total pagu {fmt.rupiah(total)}",
                )
        if b.angka.get("efisiensi"):
            self.periksa(
                b,
                "efisiensi",
                [
                    efisiensi(v(b, "capaian"), v(b, "penyerapan")),
                    efisiensi(p(b, "capaian"), p(b, "penyerapan")),
                ],
                "efisiensi",
            )

        # Predikat (§3): from the full-precision capaian; the printed capaian is also accepted.
        if b["predikat"]:
            pilihan = [
                self.set.skala.tentukan(v(b, "capaian")),
                self.set.skala.tentukan(p(b, "capaian")),
            ]
            label = [x.label for x in pilihan if x is not None]
            if label and b["predikat"].casefold() not in {x.casefold() for x in label}:
                self.diperiksa.add((id(b), "predikat"))
                self.catat(
                    b,
                    "predikat",
                    "predikat",
                    label[0],
                    f"capaian {fmt.persen(v(b, 'capaian'), self.aturan)} pada skala "
                    f"{self.set.skala.kode}",
                )
            else:
                self.diperiksa.add((id(b), "predikat"))

    def _rincian_indikator(self) -> dict[int, list[Baris]]:
        """An indicator row sees its owner's children: a program's indicator 1 is the mean of
        the capaian of the program's Bagian (seed Lampiran, Program Pemerintahan dan Kesra)."""
        out: dict[int, list[Baris]] = {}
        for t in self.lap.tabel:
            per_kunci = {b.kunci: b for b in t.baris if b.kunci and b.ada_angka()}
            anak: dict[str, list[Baris]] = defaultdict(list)
            for b in t.baris:
                if b["induk"]:
                    anak[b["induk"]].append(b)
            for b in t.baris:
                if b.tingkat in TINGKAT_INDIKATOR and b["induk"] in per_kunci:
                    out[id(b)] = [c for c in anak[b["induk"]] if c.tingkat not in TINGKAT_INDIKATOR]
        return out

    def _rincian_pemilik(self, b: Baris) -> list[Baris]:
        return self._pemilik.get(id(b), [])

    def _capaian(self, b: Baris, kolom_target: str, kolom_realisasi: str, rumus=None):
        """The engine's capaian, the one from printed figures, and the range the rounding of a
        printed realisasi allows (82,35 may be 82,345…82,355)."""
        rumus = rumus or (lambda t, r, **kw: hitung_capaian(t, r, **kw))
        info = self.lap.info(b.kunci_indikator)
        kw = {"polaritas": info.polaritas, "aturan": self.aturan}
        t = self.nilai(b, kolom_target)
        r = self.nilai(b, kolom_realisasi)
        akhir = kolom_target == "target_akhir"
        calon = [rumus(r, t, **kw) if akhir else rumus(t, r, **kw)]
        a = b.angka.get(kolom_realisasi)
        if (
            a is not None
            and a.nilai is not None
            and a.digit > 0
            and (id(b), kolom_realisasi) not in self.hitung
        ):
            setengah = Decimal(5).scaleb(-a.digit - 1)
            for geser in (a.nilai - setengah, a.nilai + setengah):
                if kolom_target == "target_akhir":
                    calon.append(rumus(geser, t, **kw))
                else:
                    calon.append(rumus(t, geser, **kw))
        return calon

    def _rerata(self, b: Baris, kolom: str, rincian: list[Baris], dari: str) -> None:
        penuh = [self.nilai(c, dari) for c in rincian]
        cetak = [self.cetak_atau_nilai(c, dari) for c in rincian]
        if all(x is None for x in penuh):
            return
        bobot = None
        if self.aturan.bobot_rerata.value == "pagu":
            pagu = [self.nilai(c, "pagu") for c in rincian]
            if all(x is not None for x in pagu):
                bobot = pagu
        self.periksa(
            b,
            kolom,
            [rerata(penuh, bobot), rerata(cetak, bobot)],
            "rerata",
            lambda: (
                f"rata-rata {dari} {len(rincian)} baris rincian: "
                + "; ".join(fmt.angka(x) for x in penuh)
            ),
        )


_PENANDA = re.compile(r"^(?:[a-z]|[ivx]+|\d+)\.\s*", re.IGNORECASE)


def _tampil(nama: str) -> str:
    """A name as printed, without a list marker ("a.", "ii.", "12.") and extra spaces."""
    return _PENANDA.sub("", " ".join(nama.split()), count=1)


def _normal(nama: str) -> str:
    """The form two names are compared in: case, list markers and spacing do not count."""
    s = _tampil(nama).casefold()
    s = re.sub(r"\s*([,/&()-])\s*", r"\1", s)
    return s.strip(" .,;:")


def reviu(laporan: Laporan) -> list[Temuan]:
    """Every inconsistency of the report, in document order (table, row, column)."""
    r = _Reviu(laporan)
    for t in laporan.tabel:
        r.tabel(t)
    _antar_tabel(r)
    _nama(r)
    _format(r)
    urutan = {t.nama: i for i, t in enumerate(laporan.tabel)}
    kolom = {t.nama: {k: i for i, k in enumerate(t.kolom)} for t in laporan.tabel}
    return sorted(
        r.temuan.values(),
        key=lambda f: (urutan[f.tabel], f.baris, kolom[f.tabel].get(f.kolom, 99)),
    )


def _antar_tabel(r: _Reviu) -> None:
    """A figure no rule on its row explains must equal the same figure elsewhere."""
    terbaik: dict[Kunci, Decimal] = {}
    for t in r.lap.tabel:
        for b in t.baris:
            for kolom in b.angka:
                k = r.kunci(b, kolom)
                nilai = r.hitung.get((id(b), kolom))
                if k[0] and nilai is not None:
                    terbaik.setdefault(k, nilai)
    for k, nilai in r.masukan.items():
        terbaik.setdefault(k, nilai)
    asal: dict[Kunci, str] = {}
    for t in r.lap.tabel:
        for b in t.baris:
            for kolom in b.angka:
                k = r.kunci(b, kolom)
                if k[0] and (id(b), kolom) in r.diperiksa:
                    asal.setdefault(k, t.nama)
    for t in r.lap.tabel:
        for b in t.baris:
            for kolom, a in b.angka.items():
                k = r.kunci(b, kolom)
                if not k[0] or a.nilai is None or (id(b), kolom) in r.diperiksa:
                    continue
                benar = terbaik.get(k)
                if benar is None or r.cocok(a, [benar]):
                    continue
                lain = sorted(
                    {
                        c.tabel
                        for tt in r.lap.tabel
                        for c in tt.baris
                        for kk in c.angka
                        if c is not b
                        and r.kunci(c, kk) == k
                        and c.angka[kk].nilai is not None
                        and r.cocok(c.angka[kk], [benar])
                    },
                    key=lambda n: [x.nama for x in r.lap.tabel].index(n),
                )
                r.catat(
                    b,
                    kolom,
                    "antar_tabel",
                    r.tulis(benar, kolom, a),
                    "seperti tercetak di " + ", ".join(lain) if lain else "",
                )


def _nama(r: _Reviu) -> None:
    """One item, one name: each name that differs from the item's name.

    The item's name is the reviewer's official name (sheet `_nama`) if given, else the one
    most tables print; a name that is another item's indicator (Tabel 3.11 printing an
    indicator in the sub-kegiatan column) never counts as the item's name. Ties: the first.
    """
    nama: dict[str, list[tuple[Baris, str, str]]] = defaultdict(list)
    indikator: dict[str, set[str]] = defaultdict(set)
    for t in r.lap.tabel:
        for b in t.baris:
            for kolom, kolom_kunci in KOLOM_NAMA.items():
                teks = b[kolom]
                if not teks or not _normal(teks):
                    continue
                kunci = b.kunci_indikator if kolom == "indikator" else b[kolom_kunci]
                if not kunci:
                    continue
                nama[kunci].append((b, kolom, teks))
                if kolom == "indikator" or b.tingkat in TINGKAT_INDIKATOR:
                    indikator[_normal(teks)].add(kunci)
    urutan = [t.nama for t in r.lap.tabel]
    for kunci, daftar in nama.items():

        def pinjaman(b: Baris, kolom: str, teks: str, kunci: str = kunci) -> bool:
            milik = indikator.get(_normal(teks), set())
            sendiri = kolom == "indikator" or b.tingkat in TINGKAT_INDIKATOR
            return not sendiri and bool(milik - {kunci})

        if kunci in r.lap.nama_baku:
            contoh = r.lap.nama_baku[kunci]
            baku = _normal(contoh)
            sumber = "nama baku (sheet _nama)"
        else:
            calon = [x for x in daftar if not pinjaman(*x)] or daftar
            hitung = Counter(_normal(teks) for _, _, teks in calon)
            terbanyak = max(hitung.values())
            baku = next(_normal(t) for _, _, t in calon if hitung[_normal(t)] == terbanyak)
            contoh = next(_tampil(t) for _, _, t in calon if _normal(t) == baku)
            tabel_lain = sorted(
                {c.tabel for c, _, t in daftar if _normal(t) == baku}, key=urutan.index
            )
            sumber = "seperti tercetak di " + ", ".join(tabel_lain)
        for b, kolom, teks in daftar:
            n = _normal(teks)
            if n == baku:
                continue
            if pinjaman(b, kolom, teks):
                lain = ", ".join(sorted(indikator[n] - {kunci}))
                r.catat(b, kolom, "nama_lain", contoh, f"{sumber}; ini nama indikator {lain}")
                continue
            mirip = SequenceMatcher(None, n, baku).ratio()
            ejaan = mirip >= 0.85 or baku.startswith(n) or n.startswith(baku)
            if ejaan and not r.set.periksa_ejaan:
                continue
            r.catat(b, kolom, "nama_ejaan" if ejaan else "nama_lain", contoh, sumber)


def _format(r: _Reviu) -> None:
    for t in r.lap.tabel:
        for b in t.baris:
            for kolom, a in b.angka.items():
                if not a.cacat:
                    continue
                if a.nilai is None:
                    r.catat(b, kolom, "format_angka", "-", "tidak terbaca sebagai angka")
                else:
                    teks = (
                        fmt.rupiah(a.nilai, sen=a.digit > 0)
                        if a.rupiah
                        else fmt.angka(a.nilai, a.digit, r.aturan, tetap=True)
                        + ("%" if a.persen else "")
                    )
                    r.catat(b, kolom, "format_angka", teks, a.cacat)
