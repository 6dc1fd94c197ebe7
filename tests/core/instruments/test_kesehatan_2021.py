"""The 2020/2021 health instrument (kesehatan-koperasi-2021): a worked example scored by hand
to the cent, both sides of every band edge of every scoring table, the predicates, sources and
the marks of what awaits verification."""

from __future__ import annotations

import random

import pytest

from kopdes_desktop.core.instruments import AnswersInvalid, Instrument, registry
from kopdes_desktop.core.instruments.examples import example_answers
from kopdes_desktop.core.instruments.pending import pending_marks, sources

ID = "kesehatan-koperasi-2021"


@pytest.fixture(scope="module")
def kk() -> Instrument:
    return registry().get(ID, "1.0")


COUNTS = {
    # tata kelola: (met, of) -> ratio -> skor
    "pk_sukarela_terbuka": 4,
    "pk_demokratis": 3,
    "pk_shu_adil": 1,
    "pk_balas_jasa_modal": 4,
    "pk_kemandirian": 3,
    "pk_pendidikan": 1,
    "pk_kerja_sama": 2,
    "kl_legalitas": 3,
    "kl_izin_usaha": 6,
    "kl_anggaran_dasar": 7,
    "kl_keanggotaan": 5,
    "kl_kelengkapan_organisasi": 7,
    "mj_umum": 4,
    "mj_kelembagaan": 4,
    "mj_permodalan": 3,
    "mj_aset": 3,
    "mj_likuiditas": 0,
    # profil risiko
    "ri_operasional_skala": 4,
    "ri_operasional_produk": 2,
    "ri_kepatuhan_pelanggaran": 4,
    "ri_kepatuhan_tindak_lanjut": 3,
    "kpmr_pinjaman": 3,
    "kpmr_operasional": 2,
    "kpmr_kepatuhan": 4,
    "kpmr_likuiditas": 1,
    "kpmr_stratejik": 9,
    # permodalan
    "kecukupan_pengelolaan_modal": 2,
}
FIGURES = {
    "total_aset": 1_000_000_000,
    "aset_produktif": 800_000_000,
    "pinjaman_diberikan": 640_000_000,
    "kas": 20_000_000,
    "bank": 80_000_000,
    "kewajiban_lancar": 500_000_000,
    "ekuitas": 300_000_000,
    "ekuitas_tahun_lalu": 280_000_000,
    "modal_diakui": 270_000_000,
    "atmr": 3_000_000_000,
    "pendapatan": 250_000_000,
    "pendapatan_operasional": 240_000_000,
    "biaya_operasional": 216_000_000,
    "shu_kotor": 100_000_000,
    "biaya_usaha": 40_000_000,
    "shu_setelah_pajak": 60_000_000,
    "shu_tahun_lalu": 60_000_000,
}


def worked() -> dict:
    return {**COUNTS, **FIGURES}


def test_worked_example_scored_by_hand(kk):
    # Tata kelola (30), 17 indicators, skor 4 3 2 4 3 1 2 | 4 4 4 3 4 | 4 4 3 3 1:
    #   4/4=100 -> 4; 3/5=60 -> 3; 1/3=33,33 -> 2; 3/4=75 -> 3; 1/4=25 -> 1; 2/4=50 -> 2;
    #   5/7=71,43 -> 3; 0/4=0 -> 1. Sum 53; 53 / (17 x 4) = 77,94%; x 30% = 23.38
    # Profil risiko (15), 13 indicators:
    #   aset produktif / aset = 80%            -> [80, inf) -> 4
    #   pinjaman / aset produktif = 640/800 = 80% -> (75, 85] -> 3
    #   operasional 4/4 -> 4, 2/4 -> 2; kepatuhan 4/4 -> 4, 3/4 -> 3
    #   aset likuid / aset = 100/1000 = 10%     -> [10, 15) -> 3
    #   aset likuid / kewajiban lancar = 20%    -> [20, inf) -> 4
    #   KPMR 3/4 -> 3, 2/4 -> 2, 4/4 -> 4, 1/4 -> 1, 9/12=75 -> 3
    #   Sum 40; 40 / 52 = 76,92%; x 15% = 11,538 -> 11.54
    # Kinerja keuangan (40), 7 indicators:
    #   ROA 60/1000 = 6% -> 3; ROE 60/300 = 20% -> 4; NPM 60/250 = 24% -> 4
    #   BOPO 216/240 = 90% -> [90, 100) -> 2; biaya usaha / SHU kotor 40% -> [40, 60) -> 3
    #   pertumbuhan ekuitas 20/280 = 7,14% -> 3; pertumbuhan SHU 0% -> 1
    #   Sum 20; 20 / 28 = 71,43%; x 40% = 28,572 -> 28.57
    # Permodalan (15): ekuitas / aset 30% -> (20, 30] -> 3; modal diakui / ATMR 9% -> 4;
    #   pengelolaan 2/4 -> 2. Sum 9; 9 / 12 = 75%; x 15% = 11.25
    # Total 23.38 + 11.54 + 28.57 + 11.25 = 74.74 -> Cukup Sehat (66 <= total < 80)
    result = kk.score(worked())
    assert {a.id: a.score for a in result.aspects} == {
        "tata_kelola": 23.38,
        "profil_risiko": 11.54,
        "kinerja_keuangan": 28.57,
        "permodalan": 11.25,
    }
    # The percent shown is read back from the rounded aspect score: 23.38 / 30 = 77.93%.
    assert {a.id: a.percent for a in result.aspects} == {
        "tata_kelola": 77.93,
        "profil_risiko": 76.93,
        "kinerja_keuangan": 71.43,
        "permodalan": 75.0,
    }
    assert result.total == 74.74
    assert result.category == "Cukup Sehat"
    assert result.component("pertumbuhan_ekuitas").ratio == 7.1429
    assert result.component("pk_shu_adil").nilai == 2
    assert result.warnings == ()


def test_a_loss_scores_the_lowest_level_and_a_zero_denominator_warns(kk):
    answers = worked() | {
        "shu_kotor": -5_000_000,
        "shu_tahun_lalu": -1_000_000,
        "ekuitas_tahun_lalu": 0,
    }
    result = kk.score(answers)
    assert result.component("biaya_usaha_shu").nilai == 1
    assert result.component("pertumbuhan_shu").nilai == 1
    assert result.component("pertumbuhan_ekuitas").nilai == 0
    assert any("Pertumbuhan ekuitas" in w for w in result.warnings)


def test_answers_outside_the_ranges_are_refused(kk):
    with pytest.raises(AnswersInvalid) as caught:
        kk.score(worked() | {"pk_demokratis": 6, "total_aset": -1})
    fields = {problem.item_id for problem in caught.value.problems}
    assert {"pk_demokratis", "total_aset"} <= fields


# Each table: (value, expected skor) just below, at and just above every edge.
EDGES = {
    "sub_indikator": [
        (0, 1),
        (25, 1),
        (25.0001, 2),
        (50, 2),
        (50.0001, 3),
        (75, 3),
        (75.0001, 4),
        (100, 4),
    ],
    "pinjaman_aset_produktif": [
        (0, 4),
        (75, 4),
        (75.0001, 3),
        (85, 3),
        (85.0001, 2),
        (95, 2),
        (95.0001, 1),
    ],
    "aset_produktif_aset": [(49.9999, 1), (50, 2), (64.9999, 2), (65, 3), (79.9999, 3), (80, 4)],
    "aset_likuid_aset": [(4.9999, 1), (5, 2), (9.9999, 2), (10, 3), (14.9999, 3), (15, 4)],
    "aset_likuid_kewajiban": [(9.9999, 1), (10, 2), (14.9999, 2), (15, 3), (19.9999, 3), (20, 4)],
    "rentabilitas_aset": [(2.9999, 1), (3, 2), (4.9999, 2), (5, 3), (6.9999, 3), (7, 4)],
    "rentabilitas_ekuitas": [(4.9999, 1), (5, 2), (7.4999, 2), (7.5, 3), (9.9999, 3), (10, 4)],
    "npm": [(4.9999, 1), (5, 2), (9.9999, 2), (10, 3), (14.9999, 3), (15, 4)],
    "bopo": [(79.9999, 4), (80, 3), (89.9999, 3), (90, 2), (99.9999, 2), (100, 1)],
    "biaya_usaha_shu": [(39.9999, 4), (40, 3), (59.9999, 3), (60, 2), (79.9999, 2), (80, 1)],
    "pertumbuhan_ekuitas": [(3.9999, 1), (4, 2), (6.9999, 2), (7, 3), (9.9999, 3), (10, 4)],
    "pertumbuhan_shu": [(0.9999, 1), (1, 2), (4.9999, 2), (5, 3), (9.9999, 3), (10, 4)],
    "ekuitas_aset": [(10, 1), (10.0001, 2), (20, 2), (20.0001, 3), (30, 3), (30.0001, 4)],
    "kecukupan_modal": [(3.9999, 1), (4, 2), (5.9999, 2), (6, 3), (7.9999, 3), (8, 4)],
}


def test_every_scoring_table_has_its_edges_tested(kk):
    assert set(EDGES) == set(kk.definition["scoring"]["tables"])


@pytest.mark.parametrize(
    ("table", "value", "skor"), [(t, v, s) for t, rows in EDGES.items() for v, s in rows]
)
def test_band_edges_on_both_sides(kk, table, value, skor):
    tables = {c.table.name: c.table for c in kk.components if c.table is not None}
    assert tables[table].lookup(value) == skor


@pytest.mark.parametrize(
    ("total", "predicate"),
    [
        (100, "Sehat"),
        (80, "Sehat"),
        (79.99, "Cukup Sehat"),
        (66, "Cukup Sehat"),
        (65.99, "Dalam Pengawasan"),
        (51, "Dalam Pengawasan"),
        (50.99, "Dalam Pengawasan Khusus"),
        (0, "Dalam Pengawasan Khusus"),
    ],
)
def test_predicate_thresholds_on_both_sides(kk, total, predicate):
    assert kk.scoring.category_for(total).label("id") == predicate


def test_a_checklist_edge_through_the_whole_engine(kk):
    # 3 of 4 = 75% -> skor 3; 4 of 4 -> skor 4: tata kelola moves by 1 / 68 x 30
    low = kk.score(worked() | {"pk_kemandirian": 3}).component("pk_kemandirian").nilai
    high = kk.score(worked() | {"pk_kemandirian": 4}).component("pk_kemandirian").nilai
    assert (low, high) == (3, 4)


def test_sources_and_pending_marks_are_in_the_definition(kk):
    cited = sources(kk)
    assert all(cited.get(f"aspect:{a.id}") for a in kk.scoring.aspects)
    assert all(cited.get(f"component:{c.id}") for c in kk.components)
    assert all(cited.get(f"table:{name}") for name in kk.definition["scoring"]["tables"])
    assert "Permenkop UKM No. 9 Tahun 2020" in cited["aspect:tata_kelola"]
    marks = pending_marks(kk)
    refs = {m.ref for m in marks}
    assert {
        "scoring.categories",
        "component:bopo",
        "component:kecukupan_modal",
        "item:kl_izin_usaha",
    } <= refs
    assert all(m.text("id") and m.text("en") for m in marks)
    assert kk.status == "verification-pending"


def test_examples_are_valid_and_steer_the_predicate(kk):
    low = kk.score(example_answers(kk, random.Random(3), 0.0)).total
    high = kk.score(example_answers(kk, random.Random(3), 1.0)).total
    assert 0 <= low < high <= 100
