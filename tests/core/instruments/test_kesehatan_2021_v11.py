"""kesehatan-koperasi-2021 1.1: the savings-and-loan licence checklist corrected to the
guidance's 3 questions (table 2.11, as quoted in the Modul Pelatihan Pengurus Koperasi,
online.flipbuilder.com/cesyn/nybz p. 43) and the institution part brought to the module's 30
items; 1.0 stays loadable for the assessments made with it."""

from __future__ import annotations

import pytest

from kopdes_desktop.core.instruments import AnswersInvalid, Instrument, registry
from kopdes_desktop.core.instruments.pending import pending_marks

from .test_kesehatan_2021 import worked

ID = "kesehatan-koperasi-2021"
INSTITUTION = (
    "kl_legalitas",
    "kl_izin_usaha",
    "kl_anggaran_dasar",
    "kl_keanggotaan",
    "kl_kelengkapan_organisasi",
)


@pytest.fixture(scope="module")
def v11() -> Instrument:
    return registry().get(ID, "1.1")


def test_new_assessments_get_1_1_and_1_0_keeps_its_six_question_licence(v11):
    assert registry().get(ID).version == "1.1"
    old = registry().get(ID, "1.0")
    assert old.item("kl_izin_usaha").max == 6
    assert "component:kl_izin_usaha" in {m.ref for m in pending_marks(old)}


def test_the_licence_has_three_questions_settled_from_table_2_11(v11):
    assert v11.item("kl_izin_usaha").max == 3
    refs = {m.ref for m in pending_marks(v11)}
    assert not {"component:kl_izin_usaha", "item:kl_izin_usaha"} & refs
    component = next(
        c
        for a in v11.definition["scoring"]["aspects"]
        for c in a["components"]
        if c["id"] == "kl_izin_usaha"
    )
    assert component["value"] == "kl_izin_usaha * 100 / 3"
    assert "tabel 2.11" in component["source"] and "hlm. 43" in component["source"]


def test_the_institution_part_has_the_modules_thirty_items_and_stays_marked(v11):
    assert [v11.item(i).max for i in INSTITUTION] == [3, 3, 17, 4, 3]
    assert sum(v11.item(i).max for i in INSTITUTION) == 30
    refs = {m.ref for m in pending_marks(v11)}
    assert {
        "component:kl_anggaran_dasar",
        "component:kl_keanggotaan",
        "component:kl_kelengkapan_organisasi",
    } <= refs


def test_the_hand_worked_example_scores_the_same_to_the_cent_under_1_1(v11):
    # Same nilai per indicator as in 1.0: licence 3/3 -> 4, articles 17/17 -> 4,
    # membership 3/4 = 75% -> 3, organisation 3/3 -> 4; so tata kelola 53/68 x 30 = 23.38
    # and the total 74.74, Cukup Sehat, as in test_kesehatan_2021.
    answers = worked() | {
        "kl_izin_usaha": 3,
        "kl_anggaran_dasar": 17,
        "kl_keanggotaan": 3,
        "kl_kelengkapan_organisasi": 3,
    }
    result = v11.score(answers)
    assert {a.id: a.score for a in result.aspects} == {
        "tata_kelola": 23.38,
        "profil_risiko": 11.54,
        "kinerja_keuangan": 28.57,
        "permodalan": 11.25,
    }
    assert result.total == 74.74
    assert result.category == "Cukup Sehat"


@pytest.mark.parametrize(
    ("item", "met", "nilai"),
    [
        ("kl_izin_usaha", 2, 3),
        ("kl_izin_usaha", 3, 4),  # 66.67% | 100%
        ("kl_anggaran_dasar", 12, 3),
        ("kl_anggaran_dasar", 13, 4),  # 70.59% | 76.47%
        ("kl_keanggotaan", 1, 1),
        ("kl_keanggotaan", 2, 2),  # 25% | 50%
        ("kl_kelengkapan_organisasi", 1, 2),
        ("kl_kelengkapan_organisasi", 2, 3),
    ],
)  # 33.3 | 66.7
def test_band_edges_of_the_new_checklist_sizes(v11, item, met, nilai):
    answers = (
        worked()
        | {
            "kl_izin_usaha": 3,
            "kl_anggaran_dasar": 17,
            "kl_keanggotaan": 4,
            "kl_kelengkapan_organisasi": 3,
        }
        | {item: met}
    )
    assert v11.score(answers).component(item).nilai == nilai


def test_a_six_for_the_licence_is_refused_under_1_1(v11):
    with pytest.raises(AnswersInvalid) as caught:
        v11.score(
            worked()
            | {
                "kl_izin_usaha": 6,
                "kl_anggaran_dasar": 17,
                "kl_keanggotaan": 4,
                "kl_kelengkapan_organisasi": 3,
            }
        )
    assert {p.item_id for p in caught.value.problems} == {"kl_izin_usaha"}
