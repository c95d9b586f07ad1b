"""The whole agency-year computation (MEASUREMENT.md §2, §4, §5, §6).

The golden test rebuilds the seed's Program Pemerintahan dan Kesejahteraan Rakyat (Lampiran,
Tabel 3.5, 3.11) with LPPD and IKU 2, and checks every displayed figure the seed prints.
"""

from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sakip.engine.aturan import Aturan, BobotRerata
from sakip.engine.capaian import JenisTarget, Polaritas, Rentang
from sakip.engine.pohon import (
    DataPengukuran,
    IndikatorMasukan,
    ItemMasukan,
    SasaranMasukan,
    SumberIndikator,
    SumberInput,
    SumberRegister,
    SumberRollup,
    SumberTercatat,
    hitung,
)
from sakip.engine.realisasi import Agregasi
from sakip.engine.register import Kebijakan, Temuan
from sakip.engine.tampilan import bulatkan
from sakip.engine.tests.contoh import OPINI_BPK, SKALA_SEED
from sakip.engine.tests.seed_pemkesra import PROGRAM, data_pemkesra

D = Decimal


@pytest.fixture(scope="module")
def seed():
    return hitung(data_pemkesra())


def tampil(x):
    return bulatkan(x)


# --- golden: the seed ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "kunci, realisasi, capaian",
    [
        ("S-HUKUM-1/1", "946", "124.47"),
        ("S-HUKUM-2/1", "4", "200.00"),
        ("S-HUKUM-3/1", "102", "102.00"),
        ("K-HUKUM/1", "142.16", "142.16"),  # Fasilitasi dan Koordinasi Hukum
        ("K-KS/1", "83.33", "83.33"),  # Fasilitasi Kerjasama Daerah
        ("K-TAPEM/1", "100.00", "100.00"),
        ("K-KESRA/1", "100.00", "100.00"),
        ("P2/1", "106.37", "106.37"),  # Perumusan Kebijakan Pemerintahan dan Kesra
        ("P2/2", "2.77", "100.73"),  # Nilai LPPD
        ("SS2/1", "103.55", "121.82"),  # IKU 2 (Tabel 3.2)
    ],
)
def test_seed_indicator(seed, kunci, realisasi, capaian):
    hasil = seed.indikator[kunci]
    assert tampil(hasil.realisasi) == D(realisasi)
    assert tampil(hasil.capaian) == D(capaian)
    assert hasil.predikat == SKALA_SEED.tentukan(hasil.capaian)


@pytest.mark.parametrize(
    "kunci, capaian, pagu, realisasi, sisa, penyerapan",
    [
        # Tabel 3.11 and Lampiran.
        (PROGRAM, "103.55", 33552415803, 32640870249, 911545554, "97.28"),
        ("K-TAPEM", "100.00", 3730212603, 3697859030, 32353573, "99.13"),
        ("K-HUKUM", "142.16", 2385090571, 2246587343, 138503228, "94.19"),
        ("K-KESRA", "100.00", 26971652200, 26260197643, 711454557, "97.36"),
        ("K-KS", "83.33", 465460429, 436226233, 29234196, "93.72"),
        ("S-HUKUM-2", "200.00", 1628430636, 1492970080, 135460556, "91.68"),
        ("S-KS-2", "83.33", 232550400, 211759913, 20790487, "91.06"),
    ],
)
def test_seed_item(seed, kunci, capaian, pagu, realisasi, sisa, penyerapan):
    hasil = seed.item[kunci]
    assert tampil(hasil.capaian) == D(capaian)
    assert (hasil.pagu, hasil.realisasi, hasil.sisa) == (D(pagu), D(realisasi), D(sisa))
    assert tampil(hasil.penyerapan) == D(penyerapan)


def test_seed_program_rp_per_triwulan(seed):
    program = seed.item[PROGRAM]
    # Lampiran, program row: RP TW I-IV.
    assert program.rp_triwulan == {
        1: D(4480362886),
        2: D(8208076939),
        3: D(5446401448),
        4: D(14506028976),
    }
    assert program.rp_kumulatif == {
        1: D(4480362886),
        2: D(12688439825),
        3: D(18134841273),
        4: D(32640870249),
    }
    # The whole tree is this one program, so the agency's quarters are the program's.
    assert seed.rp_triwulan == program.rp_triwulan
    assert seed.rp_kumulatif == program.rp_kumulatif
    assert seed.rp_kumulatif[4] == seed.realisasi


@pytest.mark.parametrize(
    "unit, capaian, penyerapan",
    [
        ("tapem", "100.00", "99.13"),
        ("hukum", "142.16", "94.19"),
        ("kesra", "100.00", "97.36"),
        # Lampiran 83,33%; Tabel 3.5 prints 100,00% on the Bagian Kerjasama row: a reviu finding.
        ("kerjasama", "83.33", "93.72"),
    ],
)
def test_seed_unit(seed, unit, capaian, penyerapan):
    assert tampil(seed.unit[unit].capaian) == D(capaian)
    assert tampil(seed.unit[unit].penyerapan) == D(penyerapan)


def test_seed_sasaran_and_efisiensi(seed):
    ss2 = seed.sasaran["SS2"]
    assert tampil(ss2.capaian) == D("121.82")
    assert ss2.predikat.label == "Berhasil"
    assert tampil(ss2.penyerapan) == D("97.28")
    assert tampil(ss2.efisiensi) == D("24.54")  # Tabel 3.12


def test_seed_totals(seed):
    assert tampil(seed.capaian_iku) == D("121.82")
    assert seed.predikat_iku.label == "Berhasil"
    assert (seed.pagu, seed.realisasi, seed.sisa) == (D(33552415803), D(32640870249), D(911545554))
    assert tampil(seed.penyerapan) == D("97.28")
    assert tampil(seed.capaian_kegiatan) == D("106.37")  # mean of the four kegiatan
    assert seed.tahun == 2023


def test_seed_keeps_full_precision(seed):
    assert seed.indikator["K-KS/1"].capaian == D(25) / 30 * 100
    assert seed.indikator["SS2/1"].capaian != D("121.82")


def test_results_follow_the_input_order(seed):
    assert list(seed.indikator)[:3] == ["P2/1", "P2/2", "SS2/1"]
    assert next(iter(seed.item)) == PROGRAM


# --- quarterly reports --------------------------------------------------------------------


def test_as_of_the_end_of_triwulan_ii():
    hasil = hitung(data_pemkesra(sampai_triwulan=2))
    # Fasilitasi Penyusunan Produk Hukum Daerah: 218 + 186 of 760.
    assert hasil.indikator["S-HUKUM-1/1"].realisasi == D(404)
    assert tampil(hasil.indikator["S-HUKUM-1/1"].capaian) == D("53.16")
    assert hasil.indikator["P2/2"].realisasi is None  # LPPD is reported in TW IV
    assert hasil.indikator["P2/2"].capaian is None
    assert hasil.item[PROGRAM].realisasi == D(4480362886 + 8208076939)
    assert hasil.item[PROGRAM].rp_triwulan[3] is None
    assert hasil.item[PROGRAM].rp_kumulatif[4] == D(12688439825)


@pytest.mark.parametrize("sampai", [0, 5])
def test_sampai_triwulan_must_be_1_to_4(sampai):
    with pytest.raises(ValueError, match="triwulan harus 1 sampai 4"):
        hitung(data_pemkesra(sampai_triwulan=sampai))


# --- sources and settings -----------------------------------------------------------------


def kecil(tambahan, **ubah):
    """A program with one kegiatan and two sub-kegiatan plus the given indicators."""
    nilai = {
        "tahun": 2023,
        "sasaran": (SasaranMasukan("SS", ("P",)),),
        "item": (
            ItemMasukan("P", "program", None, None),
            ItemMasukan("K", "kegiatan", "P", "umum"),
            ItemMasukan("S1", "subkegiatan", "K", None, D(300), {1: D(100), 2: D(50)}),
            ItemMasukan("S2", "subkegiatan", "K", "arsip", D(100), {1: D(100)}),
        ),
        "indikator": (
            IndikatorMasukan("S1/1", "S1", D(10), SumberInput({1: D(10)})),
            IndikatorMasukan("S2/1", "S2", D(10), SumberInput({1: D(5)})),
            *tambahan,
        ),
        "iku": (),
        "skala": SKALA_SEED,
    }
    nilai.update(ubah)
    return DataPengukuran(**nilai)


def test_a_subkegiatan_may_name_its_own_unit():
    hasil = hitung(kecil(()))
    assert (hasil.unit["umum"].pagu, hasil.unit["arsip"].pagu) == (D(300), D(100))
    assert hasil.unit["umum"].capaian is None  # K has no indicator
    assert hasil.unit["arsip"].capaian is None  # responsible for no kegiatan


def test_pagu_weighted_rollup():
    rollup = (IndikatorMasukan("K/1", "K", D(100), SumberRollup()),)
    sama = hitung(kecil(rollup))
    pagu = hitung(kecil(rollup, aturan=Aturan(bobot_rerata=BobotRerata.PAGU)))
    assert sama.indikator["K/1"].capaian == D(75)  # mean(100, 50)
    assert pagu.indikator["K/1"].capaian == D("87.5")  # (100*300 + 50*100) / 400


def test_a_sasaran_rollup_takes_its_programs():
    ind = (
        IndikatorMasukan("K/1", "K", D(100), SumberRollup()),
        IndikatorMasukan("P/1", "P", D(100), SumberRollup()),
        IndikatorMasukan("SS/1", "SS", D(80), SumberRollup()),
    )
    hasil = hitung(kecil(ind, iku=("SS/1",)))
    assert hasil.indikator["P/1"].capaian == D(75)
    assert hasil.indikator["SS/1"].realisasi == D(75)
    assert tampil(hasil.indikator["SS/1"].capaian) == D("93.75")
    assert hasil.sasaran["SS"].penyerapan == D(250) / 400 * 100
    assert tampil(hasil.capaian_iku) == D("93.75")
    assert hasil.predikat_iku.label == "Cukup Berhasil"


def test_a_rollup_with_nothing_below_has_no_capaian():
    hasil = hitung(kecil((IndikatorMasukan("S1/2", "S1", D(100), SumberRollup()),)))
    assert hasil.indikator["S1/2"].capaian is None
    assert hasil.item["S1"].capaian == D(100)  # the missing one is left out of the mean


def test_register_sources():
    ind = (
        IndikatorMasukan(
            "IKU1",
            "SS",
            D(0),
            SumberRegister("temuan_material_terbuka"),
            polaritas=Polaritas.NEGATIF,
        ),
        IndikatorMasukan("IKU3", "SS", D(80), SumberRegister("kebijakan_terlaksana")),
    )
    kebijakan = tuple(Kebijakan(str(i), 2022, i <= 14) for i in range(1, 18))
    temuan = (Temuan("APIP-2022/1", 2022, True, 2023),)
    hasil = hitung(kecil(ind, kebijakan=kebijakan, temuan=temuan, iku=("IKU1", "IKU3")))
    assert hasil.indikator["IKU1"].realisasi == 0
    assert hasil.indikator["IKU1"].capaian == 100  # Tabel 3.2: 0 against 0 is 100
    assert tampil(hasil.indikator["IKU3"].realisasi) == D("82.35")
    assert tampil(hasil.indikator["IKU3"].capaian) == D("102.94")
    assert hasil.sasaran["SS"].capaian == (hasil.capaian_iku)


def test_seed_tabel_3_2_mean_of_the_three_iku():
    seed = hitung(data_pemkesra())
    iku = (
        IndikatorMasukan("IKU1", "SS2", D(0), SumberTercatat(D(0)), polaritas=Polaritas.NEGATIF),
        IndikatorMasukan("IKU2", "SS2", D(85), SumberTercatat(seed.indikator["SS2/1"].realisasi)),
        IndikatorMasukan("IKU3", "SS2", D(80), SumberTercatat(D(14) / 17 * 100)),
    )
    hasil = hitung(kecil(iku, iku=("IKU1", "IKU2", "IKU3"), sasaran=(SasaranMasukan("SS2", ()),)))
    assert tampil(hasil.capaian_iku) == D("108.25")
    assert hasil.predikat_iku.label == "Berhasil"
    assert hasil.sasaran["SS2"].penyerapan is None  # no program: no money to compare
    assert hasil.sasaran["SS2"].efisiensi is None


def test_recorded_realisasi_overrides_entry():
    ind = (IndikatorMasukan("K/1", "K", D(72), SumberTercatat(D("76.66"))),)
    assert tampil(hitung(kecil(ind)).indikator["K/1"].capaian) == D("106.47")


@pytest.mark.parametrize(
    "triwulan, agregasi, harapan",
    [
        ({1: "WDP", 4: "WTP"}, Agregasi.TERAKHIR, "WTP"),
        ({1: "WTP", 4: "WDP"}, Agregasi.JUMLAH, "WDP"),  # labels: the last one counts
        ({1: "WTP", 4: "WDP"}, Agregasi.MAKSIMUM, "WTP"),
        ({}, Agregasi.TERAKHIR, None),
    ],
)
def test_ordinal_indicator_in_the_tree(triwulan, agregasi, harapan):
    ind = (
        IndikatorMasukan(
            "OPINI",
            "SS",
            "WTP",
            SumberInput(triwulan),
            jenis_target=JenisTarget.ORDINAL,
            agregasi=agregasi,
            skala_ordinal=OPINI_BPK,
        ),
    )
    hasil = hitung(kecil(ind)).indikator["OPINI"]
    assert hasil.realisasi == harapan
    assert hasil.capaian == (None if harapan is None else OPINI_BPK.skor[harapan] / 4 * 100)


def test_range_target_in_the_tree():
    ind = (
        IndikatorMasukan(
            "R", "K", Rentang(D(2), D(5)), SumberInput({2: D(3)}), jenis_target=JenisTarget.RENTANG
        ),
    )
    assert hitung(kecil(ind)).indikator["R"].capaian == 100


def test_no_scale_means_no_predikat():
    hasil = hitung(data_pemkesra(skala=None))
    assert hasil.indikator["P2/1"].predikat is None
    assert hasil.item[PROGRAM].predikat is None
    assert hasil.predikat_iku is None


def test_pagu_zero_gives_no_penyerapan_by_default():
    item = (
        ItemMasukan("P", "program", None, None),
        ItemMasukan("K", "kegiatan", "P", None),
        ItemMasukan("S", "subkegiatan", "K", None, D(0)),
        ItemMasukan("S0", "subkegiatan", "K", None),  # no pagu entered: counts as 0
    )
    hasil = hitung(kecil((), item=item, indikator=()))
    assert hasil.item["S"].penyerapan is None
    assert hasil.item["S0"].pagu == 0 and hasil.item["S0"].realisasi == 0
    assert hasil.item["S"].rp_kumulatif == {1: None, 2: None, 3: None, 4: None}
    assert hasil.penyerapan is None
    nol = hitung(kecil((), item=item, indikator=(), aturan=Aturan(penyerapan_pagu_nol=D(0))))
    assert nol.item["K"].penyerapan == 0
    assert nol.unit == {}


# --- errors -------------------------------------------------------------------------------


def ind(kunci, pemilik, sumber, **kw):
    return IndikatorMasukan(kunci, pemilik, D(100), sumber, **kw)


ORDINAL_SALAH = ind(
    "A", "S1", SumberInput({1: "X"}), jenis_target=JenisTarget.ORDINAL, skala_ordinal=OPINI_BPK
)


@pytest.mark.parametrize(
    "indikator, ubah, pesan",
    [
        (
            (ind("A", "K", SumberIndikator(("B",))), ind("B", "K", SumberIndikator(("A",)))),
            {},
            "siklus sumber indikator: A -> B -> A",
        ),
        ((ind("A", "K", SumberIndikator(("A",))),), {}, "siklus sumber indikator: A -> A"),
        (
            # A roll-up through the items: K/1 needs S1's capaian, whose indicator needs K/1.
            (ind("K/1", "K", SumberRollup()), ind("S1/2", "S1", SumberIndikator(("K/1",)))),
            {},
            "siklus sumber indikator: K/1 -> S1/2 -> K/1",
        ),
        ((ind("A", "K", SumberIndikator(("X", "Y"))),), {}, "tidak ditemukan: X, Y"),
        ((), {"iku": ("Z",)}, "indikator tidak ditemukan: Z"),
        ((ind("A", "NN", SumberRollup()),), {}, "pemilik 'NN' tidak ditemukan"),
        ((ind("A", "K", SumberRegister("aset")),), {}, "register 'aset' tidak dikenal"),
        (
            (ind("A", "K", SumberRollup()), ind("A", "K", SumberRollup())),
            {},
            "kunci indikator ganda: A",
        ),
        (
            (),
            {"sasaran": (SasaranMasukan("SS", ("K", "Q")),)},
            "program tidak ditemukan: K, Q",
        ),
        ((), {"sasaran": (SasaranMasukan("P", ()),)}, "dipakai item dan sasaran sekaligus: P"),
        (
            (ind("A", "S1", SumberInput({1: "banyak"})),),
            {},
            "indikator A: nilai triwulan harus Decimal",
        ),
        ((ind("A", "S1", SumberInput({7: D(1)})),), {}, "indikator A: triwulan harus 1 sampai 4"),
        (
            (ORDINAL_SALAH,),
            {},
            "indikator A: label Decimal\\('100'\\) tidak ada pada skala ordinal opini_bpk",
        ),
    ],
)
def test_bad_input_is_named_in_indonesian(indikator, ubah, pesan):
    with pytest.raises(ValueError, match=pesan):
        hitung(kecil(indikator, **ubah))


P_ = ItemMasukan("P", "program", None, None)
K_ = ItemMasukan("K", "kegiatan", "P", None)


@pytest.mark.parametrize(
    "item, pesan",
    [
        ((P_, K_, K_), "kunci item ganda: K"),
        ((P_, ItemMasukan("K", "kegiatan", "X", None)), "induk 'X' tidak ditemukan"),
        ((P_, ItemMasukan("K", "kegiatan", None, None)), "induk None tidak ditemukan"),
        ((P_, ItemMasukan("S", "subkegiatan", "P", None)), "induk P harus kegiatan, bukan program"),
        ((ItemMasukan("P", "program", "Q", None),), "program tidak boleh punya induk"),
        ((ItemMasukan("P", "bidang", None, None),), "tingkat 'bidang' tidak dikenal"),
        ((P_, replace(K_, pagu=D(5))), "pagu dan RP hanya diisi pada sub-kegiatan"),
        ((replace(P_, rp={1: D(5)}),), "pagu dan RP hanya diisi pada sub-kegiatan"),
    ],
)
def test_bad_tree_is_named_in_indonesian(item, pesan):
    with pytest.raises(ValueError, match=pesan):
        hitung(DataPengukuran(2023, (), item, (), ()))


def test_an_unknown_source_type_is_rejected():
    aneh = IndikatorMasukan("A", "K", D(1), object())  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"sumber .* tidak dikenal"):
        hitung(kecil((aneh,)))


# --- properties ---------------------------------------------------------------------------

rupiah = st.integers(min_value=0, max_value=10**13).map(D)
kuartal = st.dictionaries(st.integers(1, 4), st.none() | rupiah)
sub_st = st.tuples(rupiah, kuartal, st.integers(0, 500))  # pagu, RP, K in TW IV
pohon_st = st.lists(  # programs
    st.lists(st.lists(sub_st, max_size=4), max_size=4),  # kegiatan of sub-kegiatan
    min_size=1,
    max_size=3,
)


def bangun(pohon, target=None, polaritas=Polaritas.POSITIF, aturan=None):
    target = D(100) if target is None else target
    aturan = Aturan() if aturan is None else aturan
    item, indikator = [], []
    for p, kegiatan in enumerate(pohon):
        item.append(ItemMasukan(f"P{p}", "program", None, None))
        indikator.append(IndikatorMasukan(f"P{p}/1", f"P{p}", D(100), SumberRollup()))
        for k, subs in enumerate(kegiatan):
            kk = f"P{p}K{k}"
            item.append(ItemMasukan(kk, "kegiatan", f"P{p}", f"U{k % 2}"))
            indikator.append(IndikatorMasukan(f"{kk}/1", kk, D(100), SumberRollup()))
            for s, (pagu, rp, k4) in enumerate(subs):
                ss = f"{kk}S{s}"
                item.append(ItemMasukan(ss, "subkegiatan", kk, None, pagu, rp))
                indikator.append(
                    IndikatorMasukan(
                        f"{ss}/1", ss, target, SumberInput({4: D(k4)}), polaritas=polaritas
                    )
                )
    return DataPengukuran(2023, (), tuple(item), tuple(indikator), (), aturan=aturan)


@settings(max_examples=50, deadline=None)
@given(pohon_st, st.sampled_from(BobotRerata))
def test_a_parents_money_is_the_sum_of_its_childrens(pohon, bobot):
    data = bangun(pohon, aturan=Aturan(bobot_rerata=bobot))
    hasil = hitung(data)
    for it in data.item:
        anak = [a for a in data.item if a.induk == it.kunci]
        if it.tingkat == "subkegiatan":
            tahun = [v for v in it.rp.values() if v is not None]
            assert hasil.item[it.kunci].realisasi == sum(tahun, D(0))  # quarters sum to year
            continue
        assert hasil.item[it.kunci].pagu == sum((hasil.item[a.kunci].pagu for a in anak), D(0))
        assert hasil.item[it.kunci].realisasi == sum(
            (hasil.item[a.kunci].realisasi for a in anak), D(0)
        )
        for q in (1, 2, 3, 4):
            dilapor = [hasil.item[a.kunci].rp_triwulan[q] for a in anak]
            dilapor = [v for v in dilapor if v is not None]
            assert hasil.item[it.kunci].rp_triwulan[q] == (sum(dilapor) if dilapor else None)
    semua = [hasil.item[it.kunci] for it in data.item if it.tingkat == "subkegiatan"]
    assert hasil.pagu == sum((x.pagu for x in semua), D(0))
    assert hasil.realisasi == sum((x.rp_kumulatif[4] or 0 for x in semua), D(0))
    assert hasil.pagu == sum((u.pagu for u in hasil.unit.values()), D(0))


@settings(max_examples=50, deadline=None)
@given(
    st.integers(1, 4),
    st.integers(1, 4),
    st.decimals(min_value=0, max_value=1000, places=2),
    st.decimals(min_value=D("0.01"), max_value=1000, places=2),
    st.sampled_from(BobotRerata),
    rupiah,
)
def test_a_rollup_of_equal_children_equals_the_child(n_keg, n_sub, k, target, bobot, pagu):
    pohon = [[[(pagu, {}, 0)] * n_sub] * n_keg]
    data = bangun(pohon, target=target, aturan=Aturan(bobot_rerata=bobot))
    data = replace(
        data,
        indikator=tuple(
            replace(i, sumber=SumberInput({4: k})) if "S" in i.kunci else i for i in data.indikator
        ),
    )
    hasil = hitung(data)
    anak = hasil.indikator["P0K0S0/1"].capaian
    assert hasil.indikator["P0K0/1"].capaian == anak
    assert hasil.indikator["P0/1"].capaian == anak
    assert hasil.capaian_kegiatan == anak


@settings(max_examples=50, deadline=None)
@given(pohon_st.filter(lambda p: p[0] and p[0][0]), st.integers(0, 500), st.sampled_from(Polaritas))
def test_program_capaian_moves_with_a_subkegiatans_realisasi(pohon, tambah, polaritas):
    sebelum = hitung(bangun(pohon, polaritas=polaritas))
    pagu, rp, k4 = pohon[0][0][0]
    pohon[0][0][0] = (pagu, rp, k4 + tambah)
    sesudah = hitung(bangun(pohon, polaritas=polaritas))
    a, b = sebelum.indikator["P0/1"].capaian, sesudah.indikator["P0/1"].capaian
    assert (a <= b) if polaritas is Polaritas.POSITIF else (a >= b)


@settings(max_examples=30, deadline=None)
@given(pohon_st)
def test_quarterly_reports_grow_towards_the_year(pohon):
    data = bangun(pohon)
    per_triwulan = {q: hitung(replace(data, sampai_triwulan=q)) for q in (1, 2, 3, 4)}
    kurva = [per_triwulan[q].realisasi for q in (1, 2, 3, 4)]
    assert kurva == sorted(kurva)
    tahun = per_triwulan[4]
    for it in data.item:
        for q in (1, 2, 3, 4):
            kumulatif = tahun.item[it.kunci].rp_kumulatif[q]
            assert (kumulatif or 0) == per_triwulan[q].item[it.kunci].realisasi
