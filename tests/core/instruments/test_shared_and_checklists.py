"""Shared facts between instruments, checklist items, plain-language formats and warnings."""

from __future__ import annotations

import json
import random
from datetime import date

import pytest

from kopdes_desktop import resources
from kopdes_desktop.core.instruments import InstrumentError, example_answers, load_definition
from kopdes_desktop.core.instruments.checks import TICKS_KEY
from kopdes_desktop.core.instruments.shared_facts import (
    KDKMP,
    SHARED_FACTS,
    USP,
    links,
    mirrored_items,
    value_of,
)


def test_every_shared_fact_names_money_items_of_both_instruments(usp, kes):
    by_id = {USP: usp, KDKMP: kes}
    for fact in SHARED_FACTS:
        assert set(fact.reads) == {USP, KDKMP}
        assert any(len(items) == 1 for items in fact.reads.values()), fact.name
        for instrument_id, items in fact.reads.items():
            for item_id in items:
                item = by_id[instrument_id].item(item_id)
                assert item.type == "money" and item.parent is None, (fact.name, item_id)


def test_owner_is_the_detailed_form_else_the_first(usp, kes):
    found = {link.fact: link for link in links([KDKMP, USP])}
    assert found["kas_dan_bank"].owner == 1 and found["kas_dan_bank"].mirrors == ((0, "kas"),)
    assert found["total_aset"].owner == 0 and found["total_aset"].mirrors == ((1, "total_aset"),)
    assert mirrored_items([USP, KDKMP], 1) == {
        "aset": (0, "total_aset"),
        "kas": (0, "kas_dan_bank"),
        "simpanan_pokok_terkumpul": (0, "simpanan_pokok"),
        "simpanan_wajib_terkumpul": (0, "simpanan_wajib"),
    }
    assert links([USP]) == [] and links([KDKMP, "lain"]) == []


def test_value_of_a_sum_waits_for_every_part():
    assert value_of({"kas": 5, "bank": 7}, ("kas", "bank")) == 12
    assert value_of({"kas": 5}, ("kas", "bank")) is None
    assert value_of({"aset": ""}, ("aset",)) is None


def test_usp_management_counts_have_their_annex_items(usp):
    counts = {
        "manajemen_umum_ya": 12,
        "manajemen_kelembagaan_ya": 6,
        "manajemen_permodalan_ya": 5,
        "manajemen_aktiva_ya": 10,
        "manajemen_likuiditas_ya": 5,
    }
    for item_id, count in counts.items():
        checklist = usp.item(item_id).checklist
        assert checklist is not None and len(checklist.entries) == count
        assert "06/Per/Dep.6/IV/2016" in checklist.source
        assert all(entry.text.id and entry.text.en for entry in checklist.entries)


def test_ticks_must_match_the_count_and_scoring_is_unchanged(usp):
    answers = example_answers(usp, random.Random(5), 0.7)
    before = usp.score(answers).total
    entries = usp.item("manajemen_likuiditas_ya").checklist.entry_ids
    ticked = answers | {
        "manajemen_likuiditas_ya": 2,
        TICKS_KEY: {"manajemen_likuiditas_ya": list(entries[:2])},
    }
    assert usp.validate(ticked) == []
    assert usp.score(ticked).total == usp.score(answers | {"manajemen_likuiditas_ya": 2}).total
    assert before >= 0
    wrong = ticked | {"manajemen_likuiditas_ya": 3}
    [problem] = usp.validate(wrong)
    assert problem.message == 'jumlah "Ya" (3) tidak sama dengan butir yang dicentang (2)'
    unknown = answers | {TICKS_KEY: {"manajemen_likuiditas_ya": ["nope"]}}
    assert [p.item_id for p in usp.validate(unknown)] == ["manajemen_likuiditas_ya"]


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("912000123456", "NIB harus 13 angka; tertulis 12"),
        (
            "91200012345ab",
            "NIB harus 13 angka; tertulis 11 angka dan 2 tanda lain (huruf, spasi atau tanda baca)",
        ),
    ],
)
def test_nib_message_is_plain_indonesian(kes, typed, message):
    answers = example_answers(kes, random.Random(1), 0.9) | {"nib_ada": True, "nib": typed}
    problems = {p.item_id: p.message for p in kes.validate(answers)}
    assert problems == {"nib": message}
    assert "[" not in message and "{" not in message


def _definition(instrument_id: str) -> dict:
    return json.loads(resources.read_text("instruments", instrument_id, "1.0.json"))


def test_a_pattern_without_plain_words_is_refused():
    data = _definition(KDKMP)
    data["sections"][0]["items"][1]["pattern"] = "AHU-[0-9]{7}.*"
    with pytest.raises(InstrumentError, match="pattern_message"):
        load_definition(data)
    data["sections"][0]["items"][1]["pattern_message"] = {
        "id": "Nomor AHU dimulai AHU- dan 7 angka",
        "en": "AHU- then 7 digits",
    }
    assert load_definition(data).item("nomor_ahu").pattern_message.id.startswith("Nomor AHU")


def test_a_checklist_must_match_its_count():
    data = _definition(USP)
    item = next(i for s in data["sections"] for i in s["items"] if i["id"] == "manajemen_umum_ya")
    item["checklist"]["entries"].pop()
    with pytest.raises(InstrumentError, match="11 butir"):
        load_definition(data)


def test_dates_bounded_by_the_visit_unless_about_the_future(kes):
    answers = example_answers(kes, random.Random(2), 0.9) | {
        "rapat_anggota_terlaksana": True,
        "tanggal_rapat_anggota": "2027-01-15",
    }
    assert kes.validate(answers) == []
    [problem] = kes.validate(answers, as_of=date(2026, 12, 1))
    assert problem.item_id == "tanggal_rapat_anggota"
    assert problem.message.startswith("tanggal ini sesudah tanggal kunjungan (1 Desember 2026)")
    data = _definition(KDKMP)
    item = next(
        i for s in data["sections"] for i in s["items"] if i["id"] == "tanggal_rapat_anggota"
    )
    item["future"] = True
    assert load_definition(data).validate(answers, as_of=date(2026, 12, 1)) == []


def test_implausible_growth_is_warned_not_refused(kes):
    answers = example_answers(kes, random.Random(4), 0.9) | {"jumlah_anggota_sebelumnya": 40}
    answers["jumlah_anggota"] = 180
    answers["unit_usaha"] = [
        {**row, "anggota_dilayani": min(row.get("anggota_dilayani", 0), 180)}
        if "anggota_dilayani" in row
        else row
        for row in answers["unit_usaha"]
    ]
    state = kes.evaluate(answers)
    assert state.problems == []
    [warning] = state.warnings
    assert warning.item_id == "pertumbuhan_anggota"
    assert warning.message.startswith("Anggota bertambah 350 % sejak penilaian sebelumnya")
    assert kes.score(answers).total > 0
