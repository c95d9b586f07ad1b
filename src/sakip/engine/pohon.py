"""The whole agency-year computation (MEASUREMENT.md §2 roll-ups, §4, §5, §6).

`hitung(DataPengukuran)` takes the plan (sasaran, program, kegiatan, sub-kegiatan and their
indicators), the entered realisasi (K and RP per triwulan) and the registers, and returns every
derived figure of an LKjIP in full precision. Nothing here reads a database or a file: the
Django adapter builds a `DataPengukuran` and reads a `HasilPengukuran`.

Indicators form a directed acyclic graph (a roll-up depends on the indicators of the items
below its owner; a `SumberIndikator` on other indicators). It is evaluated by memoised
recursion; a cycle or an unknown key is a `ValueError` with an Indonesian message naming it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal, Protocol, TypeVar, cast

from sakip.engine.anggaran import penyerapan, sisa
from sakip.engine.aturan import ATURAN_BAWAAN, Aturan, BobotRerata
from sakip.engine.capaian import JenisTarget, Polaritas, Rentang, SkalaOrdinal, hitung_capaian
from sakip.engine.efisiensi import efisiensi
from sakip.engine.predikat import Predikat, Skala
from sakip.engine.realisasi import (
    TRIWULAN,
    Agregasi,
    dilaporkan,
    gabung_triwulan,
    kumulatif,
    rerata,
)
from sakip.engine.register import (
    Kebijakan,
    Temuan,
    jumlah_temuan_material_terbuka,
    persen_kebijakan_terlaksana,
)

__all__ = [
    "REGISTER",
    "DataPengukuran",
    "HasilIndikator",
    "HasilItem",
    "HasilPengukuran",
    "HasilSasaran",
    "HasilUnit",
    "IndikatorMasukan",
    "ItemMasukan",
    "SasaranMasukan",
    "Sumber",
    "SumberIndikator",
    "SumberInput",
    "SumberRegister",
    "SumberRollup",
    "SumberTercatat",
    "hitung",
]

Tingkat = Literal["program", "kegiatan", "subkegiatan"]
_INDUK: dict[str, str | None] = {"program": None, "kegiatan": "program", "subkegiatan": "kegiatan"}
NOL = Decimal(0)


# --- inputs -------------------------------------------------------------------------------


@dataclass(frozen=True)
class SumberInput:
    """Realisasi entered per triwulan (§2.1); combined by the indicator's `agregasi`.

    Values are Decimals, or labels of the indicator's ordinal scale (the last reported label
    counts; with `Agregasi.MAKSIMUM` the best one).
    """

    triwulan: Mapping[int, Decimal | str | None]


@dataclass(frozen=True)
class SumberRollup:
    """Realisasi = mean capaian of the items directly below the owner (§2.2).

    Below an item: the items whose `induk` is the owner; below a sasaran: its programs.
    """


@dataclass(frozen=True)
class SumberIndikator:
    """Realisasi = mean capaian of these indicators (§2.4, seed IKU 2)."""

    indikator: tuple[str, ...]


@dataclass(frozen=True)
class SumberRegister:
    """Realisasi counted from a register (§2.3): one of `REGISTER`."""

    register: str


@dataclass(frozen=True)
class SumberTercatat:
    """A whole year's realisasi recorded as data; it overrides every other source."""

    nilai: Decimal | str


Sumber = SumberInput | SumberRollup | SumberIndikator | SumberRegister | SumberTercatat

REGISTER = ("temuan_material_terbuka", "kebijakan_terlaksana")


@dataclass(frozen=True)
class IndikatorMasukan:
    """An indicator of an item (program, kegiatan, sub-kegiatan) or of a sasaran."""

    kunci: str
    pemilik: str
    target: Decimal | Rentang | str | None
    sumber: Sumber
    polaritas: Polaritas = Polaritas.POSITIF
    jenis_target: JenisTarget = JenisTarget.ANGKA
    agregasi: Agregasi = Agregasi.JUMLAH
    skala_ordinal: SkalaOrdinal | None = None


@dataclass(frozen=True)
class ItemMasukan:
    """A program, kegiatan or sub-kegiatan; pagu and RP are entered on sub-kegiatan only."""

    kunci: str
    tingkat: Tingkat
    induk: str | None
    unit: str | None
    """The Bagian responsible; a sub-kegiatan inherits its kegiatan's when None."""
    pagu: Decimal | None = None
    rp: Mapping[int, Decimal | None] = field(default_factory=dict)


@dataclass(frozen=True)
class SasaranMasukan:
    """A sasaran strategis and the programs that serve it (for penyerapan and efisiensi)."""

    kunci: str
    program: tuple[str, ...]


@dataclass(frozen=True)
class DataPengukuran:
    """Everything needed to measure one agency for one year, as of `sampai_triwulan`."""

    tahun: int
    sasaran: tuple[SasaranMasukan, ...]
    item: tuple[ItemMasukan, ...]
    indikator: tuple[IndikatorMasukan, ...]
    iku: tuple[str, ...]
    temuan: tuple[Temuan, ...] = ()
    kebijakan: tuple[Kebijakan, ...] = ()
    skala: Skala | None = None
    aturan: Aturan = ATURAN_BAWAAN
    sampai_triwulan: int = 4


# --- outputs ------------------------------------------------------------------------------


@dataclass(frozen=True)
class HasilIndikator:
    kunci: str
    target: Decimal | Rentang | str | None
    realisasi: Decimal | str | None
    capaian: Decimal | None
    predikat: Predikat | None


@dataclass(frozen=True)
class HasilItem:
    """An item's capaian (mean of its indicators) and money (sums of its sub-kegiatan)."""

    kunci: str
    tingkat: Tingkat
    capaian: Decimal | None
    predikat: Predikat | None
    pagu: Decimal
    realisasi: Decimal
    sisa: Decimal
    penyerapan: Decimal | None
    rp_triwulan: dict[int, Decimal | None]
    rp_kumulatif: dict[int, Decimal | None]


@dataclass(frozen=True)
class HasilUnit:
    """A Bagian: mean capaian of its kegiatan; money of the sub-kegiatan it is responsible for.

    Every unit named on an item appears, a sub-kegiatan's inherited unit included.
    """

    kunci: str
    capaian: Decimal | None
    predikat: Predikat | None
    pagu: Decimal
    realisasi: Decimal
    sisa: Decimal
    penyerapan: Decimal | None


@dataclass(frozen=True)
class HasilSasaran:
    kunci: str
    capaian: Decimal | None
    predikat: Predikat | None
    penyerapan: Decimal | None
    efisiensi: Decimal | None


@dataclass(frozen=True)
class HasilPengukuran:
    tahun: int
    indikator: dict[str, HasilIndikator]
    item: dict[str, HasilItem]
    unit: dict[str, HasilUnit]
    sasaran: dict[str, HasilSasaran]
    capaian_iku: Decimal | None
    predikat_iku: Predikat | None
    capaian_kegiatan: Decimal | None
    pagu: Decimal
    realisasi: Decimal
    sisa: Decimal
    penyerapan: Decimal | None
    rp_triwulan: dict[int, Decimal | None] = field(default_factory=dict)
    """The agency's RP per triwulan (sum over its sub-kegiatan; None where none reported)."""
    rp_kumulatif: dict[int, Decimal | None] = field(default_factory=dict)
    """The agency's cumulative RP per triwulan (§7 plan-versus-actual curve)."""


# --- evaluation ---------------------------------------------------------------------------


def _jumlah(nilai: list[Decimal]) -> Decimal:
    return sum(nilai, NOL)


def _daftar(kunci: list[str]) -> str:
    return ", ".join(sorted(kunci))


class _BerKunci(Protocol):
    @property
    def kunci(self) -> str: ...


_K = TypeVar("_K", bound=_BerKunci)


def _indeks(nama: str, daftar: tuple[_K, ...]) -> dict[str, _K]:
    hasil: dict[str, _K] = {}
    ganda = []
    for x in daftar:
        kunci = x.kunci
        if kunci in hasil:
            ganda.append(kunci)
        hasil[kunci] = x
    if ganda:
        raise ValueError(f"kunci {nama} ganda: {_daftar(ganda)}")
    return hasil


class _Penghitung:
    """One evaluation of a `DataPengukuran`: validated indexes and memo tables."""

    def __init__(self, data: DataPengukuran) -> None:
        if data.sampai_triwulan not in TRIWULAN:
            raise ValueError(f"triwulan harus 1 sampai 4, bukan {data.sampai_triwulan!r}")
        self.data = data
        self.aturan = data.aturan
        self.item = _indeks("item", data.item)
        self.sasaran = _indeks("sasaran", data.sasaran)
        self.indikator = _indeks("indikator", data.indikator)
        self.anak: dict[str, list[str]] = {k: [] for k in self.item}
        self.indikator_milik: dict[str, list[str]] = {k: [] for k in [*self.item, *self.sasaran]}
        self._periksa()
        for it in data.item:
            if it.induk is not None:
                self.anak[it.induk].append(it.kunci)
        for ind in data.indikator:
            self.indikator_milik[ind.pemilik].append(ind.kunci)
        self.hasil_indikator: dict[str, HasilIndikator] = {}
        self.capaian_item: dict[str, Decimal | None] = {}
        self.uang: dict[str, tuple[Decimal, dict[int, Decimal | None]]] = {}
        self._jalur: list[str] = []

    def _periksa(self) -> None:
        """Validate references and levels up front, naming every offending key."""
        tabrakan = set(self.item) & set(self.sasaran)
        if tabrakan:
            raise ValueError(f"kunci dipakai item dan sasaran sekaligus: {_daftar([*tabrakan])}")
        for it in self.item.values():
            harus = _INDUK.get(it.tingkat, "?")
            if harus == "?":
                raise ValueError(f"item {it.kunci}: tingkat {it.tingkat!r} tidak dikenal")
            if harus is None and it.induk is not None:
                raise ValueError(f"item {it.kunci}: program tidak boleh punya induk")
            if harus is not None:
                induk = self.item.get(it.induk) if it.induk is not None else None
                if induk is None:
                    raise ValueError(f"item {it.kunci}: induk {it.induk!r} tidak ditemukan")
                if induk.tingkat != harus:
                    raise ValueError(
                        f"item {it.kunci}: induk {it.induk} harus {harus}, bukan {induk.tingkat}"
                    )
            if it.tingkat != "subkegiatan" and (it.pagu is not None or it.rp):
                raise ValueError(
                    f"item {it.kunci}: pagu dan RP hanya diisi pada sub-kegiatan; "
                    f"{it.tingkat} menjumlahkan sub-kegiatannya"
                )
        for s in self.sasaran.values():
            bukan = [p for p in s.program if self._tingkat(p) != "program"]
            if bukan:
                raise ValueError(f"sasaran {s.kunci}: program tidak ditemukan: {_daftar(bukan)}")
        tak_dikenal: list[str] = []
        for ind in self.indikator.values():
            if ind.pemilik not in self.item and ind.pemilik not in self.sasaran:
                raise ValueError(f"indikator {ind.kunci}: pemilik {ind.pemilik!r} tidak ditemukan")
            if isinstance(ind.sumber, SumberIndikator):
                tak_dikenal += [k for k in ind.sumber.indikator if k not in self.indikator]
            if isinstance(ind.sumber, SumberRegister) and ind.sumber.register not in REGISTER:
                raise ValueError(
                    f"indikator {ind.kunci}: register {ind.sumber.register!r} tidak dikenal "
                    f"(pilihan: {', '.join(REGISTER)})"
                )
        tak_dikenal += [k for k in self.data.iku if k not in self.indikator]
        if tak_dikenal:
            raise ValueError(f"indikator tidak ditemukan: {_daftar(sorted(set(tak_dikenal)))}")

    def _tingkat(self, kunci: str) -> str | None:
        it = self.item.get(kunci)
        return it.tingkat if it is not None else None

    # money ---------------------------------------------------------------------------------

    def uang_item(self, kunci: str) -> tuple[Decimal, dict[int, Decimal | None]]:
        """(pagu, RP per triwulan up to `sampai_triwulan`) of an item, summed bottom-up (§5)."""
        if kunci not in self.uang:
            it = self.item[kunci]
            sampai = self.data.sampai_triwulan
            if it.tingkat == "subkegiatan":
                pagu = it.pagu if it.pagu is not None else NOL
                dilapor = dict(dilaporkan(it.rp, sampai))
                rp = {q: dilapor.get(q) for q in TRIWULAN}
            else:
                bagian = [self.uang_item(a) for a in self.anak[kunci]]
                pagu = _jumlah([p for p, _ in bagian])
                rp = {}
                for q in TRIWULAN:
                    ada = [v for _, r in bagian if (v := r[q]) is not None]
                    rp[q] = _jumlah(ada) if ada else None
            self.uang[kunci] = (pagu, rp)
        return self.uang[kunci]

    def _bobot(self, kunci_item: list[str]) -> list[Decimal] | None:
        if self.aturan.bobot_rerata is BobotRerata.PAGU:
            return [self.uang_item(k)[0] for k in kunci_item]
        return None

    def rerata_item(self, kunci_item: list[str]) -> Decimal | None:
        """Mean capaian of items, weighted by pagu when `aturan.bobot_rerata` is PAGU (§2)."""
        return rerata([self.hitung_item(k) for k in kunci_item], self._bobot(kunci_item))

    # capaian -------------------------------------------------------------------------------

    def hitung_item(self, kunci: str) -> Decimal | None:
        """Capaian of an item: the mean of its own indicators' capaian."""
        if kunci not in self.capaian_item:
            nilai = [self.hitung_indikator(k).capaian for k in self.indikator_milik[kunci]]
            self.capaian_item[kunci] = rerata(nilai)
        return self.capaian_item[kunci]

    def hitung_indikator(self, kunci: str) -> HasilIndikator:
        if kunci in self.hasil_indikator:
            return self.hasil_indikator[kunci]
        if kunci in self._jalur:
            siklus = [*self._jalur[self._jalur.index(kunci) :], kunci]
            raise ValueError(f"siklus sumber indikator: {' -> '.join(siklus)}")
        self._jalur.append(kunci)
        ind = self.indikator[kunci]
        realisasi = self._realisasi(ind)
        try:
            capaian = hitung_capaian(
                ind.target,
                realisasi,
                polaritas=ind.polaritas,
                jenis=ind.jenis_target,
                skala=ind.skala_ordinal,
                aturan=self.aturan,
            )
        except ValueError as e:
            raise ValueError(f"indikator {kunci}: {e}") from None
        self._jalur.pop()
        hasil = HasilIndikator(kunci, ind.target, realisasi, capaian, self.predikat(capaian))
        self.hasil_indikator[kunci] = hasil
        return hasil

    def _realisasi(self, ind: IndikatorMasukan) -> Decimal | str | None:
        sumber = ind.sumber
        if isinstance(sumber, SumberTercatat):
            return sumber.nilai
        if isinstance(sumber, SumberInput):
            return self._gabung(ind, sumber)
        if isinstance(sumber, SumberRollup):
            if ind.pemilik in self.sasaran:
                anak = list(self.sasaran[ind.pemilik].program)
            else:
                anak = self.anak[ind.pemilik]
            return self.rerata_item(anak)
        if isinstance(sumber, SumberIndikator):
            return rerata([self.hitung_indikator(k).capaian for k in sumber.indikator])
        if isinstance(sumber, SumberRegister):
            # Registers are yearly: the quarter of the report does not change them.
            if sumber.register == "temuan_material_terbuka":
                return jumlah_temuan_material_terbuka(self.data.temuan, self.data.tahun)
            return persen_kebijakan_terlaksana(self.data.kebijakan, self.data.tahun)
        raise ValueError(f"indikator {ind.kunci}: sumber {sumber!r} tidak dikenal")

    def _gabung(self, ind: IndikatorMasukan, sumber: SumberInput) -> Decimal | str | None:
        sampai = self.data.sampai_triwulan
        try:
            if ind.jenis_target is JenisTarget.ORDINAL:
                ada = [cast(Decimal | str, v) for _, v in dilaporkan(sumber.triwulan, sampai)]
                if not ada:
                    return None
                if ind.agregasi is Agregasi.MAKSIMUM and ind.skala_ordinal is not None:
                    return max(ada, key=ind.skala_ordinal.skor_dari)
                return ada[-1]
            angka: dict[int, Decimal | None] = {}
            for q, v in sumber.triwulan.items():
                if isinstance(v, str):
                    raise ValueError(f"nilai triwulan harus Decimal, bukan {v!r}")
                angka[q] = v
            return gabung_triwulan(angka, ind.agregasi, sampai)
        except ValueError as e:
            raise ValueError(f"indikator {ind.kunci}: {e}") from None

    # results -------------------------------------------------------------------------------

    def hasil_item(self, it: ItemMasukan) -> HasilItem:
        pagu, rp = self.uang_item(it.kunci)
        realisasi = _jumlah([v for v in rp.values() if v is not None])
        capaian = self.hitung_item(it.kunci)
        return HasilItem(
            kunci=it.kunci,
            tingkat=it.tingkat,
            capaian=capaian,
            predikat=self.predikat(capaian),
            pagu=pagu,
            realisasi=realisasi,
            sisa=sisa(pagu, realisasi),
            penyerapan=penyerapan(realisasi, pagu, self.aturan),
            rp_triwulan=dict(rp),
            rp_kumulatif=kumulatif(rp, Agregasi.JUMLAH),
        )

    def predikat(self, capaian: Decimal | None) -> Predikat | None:
        """The predikat of `capaian` on the agency's scale; None without a scale (§3)."""
        return self.data.skala.tentukan(capaian) if self.data.skala is not None else None

    def unit_efektif(self, it: ItemMasukan) -> str | None:
        if it.unit is None and it.tingkat == "subkegiatan" and it.induk is not None:
            return self.item[it.induk].unit
        return it.unit


def hitung(data: DataPengukuran) -> HasilPengukuran:
    """Measure one agency-year: every indicator, item, unit and sasaran, and the totals.

    - Indicator: realisasi from its `Sumber` (§2), capaian by `hitung_capaian` (§1),
      predikat on `data.skala` (§3).
    - Item: capaian = mean of its indicators; pagu, RP per triwulan and realisasi are sums of
      its sub-kegiatan (§5); sisa and penyerapan from them.
    - Unit (Bagian): capaian = mean of the kegiatan it is responsible for; money = sum over the
      sub-kegiatan whose (inherited) unit it is.
    - Sasaran: capaian = mean of its indicators (§4); penyerapan of its programs' summed pagu
      and realisasi; efisiensi = capaian - penyerapan (§6).
    - Agency: capaian_iku = mean of the IKU capaian (§4); capaian_kegiatan = mean of all
      kegiatan (Lampiran top row); pagu, realisasi, sisa (SILPA), penyerapan over everything.

    With `aturan.bobot_rerata` PAGU, roll-ups, unit capaian and capaian_kegiatan weigh each
    item by its pagu; an item's own indicators, `SumberIndikator` and the IKU mean stay
    unweighted (they have no pagu of their own).

    Seed Tabel 3.5, Bagian Kerjasama (two sub-kegiatan, 25 of 30 each):

    >>> from sakip.engine.tampilan import bulatkan
    >>> data = DataPengukuran(
    ...     tahun=2023, sasaran=(), iku=(),
    ...     item=(
    ...         ItemMasukan("P3", "program", None, None),
    ...         ItemMasukan("K4", "kegiatan", "P3", "kerjasama"),
    ...         ItemMasukan("S1", "subkegiatan", "K4", None, Decimal(232910029),
    ...                     {4: Decimal(224466320)}),
    ...         ItemMasukan("S2", "subkegiatan", "K4", None, Decimal(232550400),
    ...                     {4: Decimal(211759913)}),
    ...     ),
    ...     indikator=(
    ...         IndikatorMasukan("K4/1", "K4", Decimal(100), SumberRollup()),
    ...         IndikatorMasukan("S1/1", "S1", Decimal(30), SumberInput({4: Decimal(25)})),
    ...         IndikatorMasukan("S2/1", "S2", Decimal(30), SumberInput({4: Decimal(25)})),
    ...     ),
    ... )
    >>> hasil = hitung(data)
    >>> bulatkan(hasil.indikator["K4/1"].capaian), bulatkan(hasil.unit["kerjasama"].penyerapan)
    (Decimal('83.33'), Decimal('93.72'))
    """
    h = _Penghitung(data)
    for kunci in h.indikator:
        h.hitung_indikator(kunci)
    item = {it.kunci: h.hasil_item(it) for it in data.item}

    sub = [it for it in data.item if it.tingkat == "subkegiatan"]
    kegiatan = [it for it in data.item if it.tingkat == "kegiatan"]

    unit: dict[str, HasilUnit] = {}
    nama_unit = dict.fromkeys(u for it in data.item if (u := h.unit_efektif(it)) is not None)
    for u in nama_unit:
        milik = [it.kunci for it in kegiatan if it.unit == u]
        capaian = h.rerata_item(milik)
        uang = [item[it.kunci] for it in sub if h.unit_efektif(it) == u]
        pagu = _jumlah([x.pagu for x in uang])
        realisasi = _jumlah([x.realisasi for x in uang])
        unit[u] = HasilUnit(
            kunci=u,
            capaian=capaian,
            predikat=h.predikat(capaian),
            pagu=pagu,
            realisasi=realisasi,
            sisa=sisa(pagu, realisasi),
            penyerapan=penyerapan(realisasi, pagu, data.aturan),
        )

    sasaran: dict[str, HasilSasaran] = {}
    for s in data.sasaran:
        capaian = rerata([h.hitung_indikator(k).capaian for k in h.indikator_milik[s.kunci]])
        if s.program:
            serap = penyerapan(
                _jumlah([item[p].realisasi for p in s.program]),
                _jumlah([item[p].pagu for p in s.program]),
                data.aturan,
            )
        else:
            serap = None
        sasaran[s.kunci] = HasilSasaran(
            kunci=s.kunci,
            capaian=capaian,
            predikat=h.predikat(capaian),
            penyerapan=serap,
            efisiensi=efisiensi(capaian, serap),
        )

    capaian_iku = rerata([h.hitung_indikator(k).capaian for k in data.iku])
    pagu = _jumlah([item[it.kunci].pagu for it in sub])
    realisasi = _jumlah([item[it.kunci].realisasi for it in sub])
    rp_triwulan: dict[int, Decimal | None] = {}
    for q in TRIWULAN:
        ada = [v for it in sub if (v := item[it.kunci].rp_triwulan.get(q)) is not None]
        rp_triwulan[q] = _jumlah(ada) if ada else None
    return HasilPengukuran(
        tahun=data.tahun,
        indikator={k: h.hasil_indikator[k] for k in h.indikator},  # input order
        item=item,
        unit=unit,
        sasaran=sasaran,
        capaian_iku=capaian_iku,
        predikat_iku=h.predikat(capaian_iku),
        capaian_kegiatan=h.rerata_item([it.kunci for it in kegiatan]),
        pagu=pagu,
        realisasi=realisasi,
        sisa=sisa(pagu, realisasi),
        penyerapan=penyerapan(realisasi, pagu, data.aturan),
        rp_triwulan=rp_triwulan,
        rp_kumulatif=kumulatif(rp_triwulan, Agregasi.JUMLAH),
    )
