"""Definitions that must be refused, each with a specific message naming the culprit."""

from __future__ import annotations

import json

import pytest

from kopdes_desktop.core.instruments import InstrumentError, load_definition, load_file
from kopdes_desktop.core.instruments.bands import BandError, BandTable, parse_interval

from .helpers import shipped_definition


def items(definition: dict) -> dict:
    return {i["id"]: i for s in definition["sections"] for i in s["items"]}


def problems_of(definition: dict) -> list[str]:
    with pytest.raises(InstrumentError) as caught:
        load_definition(definition, "uji.json")
    assert caught.value.problems
    assert "uji.json" in caught.value.message
    return caught.value.problems


def test_shipped_definitions_load():
    for instrument_id in ("kesehatan-usp-2016", "kesiapan-kdkmp"):
        instrument = load_definition(shipped_definition(instrument_id), instrument_id)
        assert instrument.id == instrument_id and instrument.decisions("id")


def test_malformed_expression_names_the_item():
    definition = shipped_definition("kesiapan-kdkmp")
    items(definition)["nib"]["relevant"] = "nib_ada and ("
    problems = problems_of(definition)
    assert len(problems) == 1
    assert problems[0].startswith("nib: ekspresi relevansi tidak sah")


@pytest.mark.parametrize(
    "text",
    [
        "__import__('os').system('true')",
        "jumlah_anggota.__class__",
        "(lambda: 1)()",
        "[x for x in unit_usaha]",
        "jumlah_anggota[0]",
        "open('/etc/passwd')",
        "eval('1')",
        "jumlah_anggota ** 99",
        "tidak_ada_item > 3",
    ],
)
def test_unsafe_or_unknown_expressions_are_refused(text):
    definition = shipped_definition("kesiapan-kdkmp")
    items(definition)["jumlah_pengurus_perempuan"]["relevant"] = text
    problems = problems_of(definition)
    assert problems[0].startswith("jumlah_pengurus_perempuan: ekspresi relevansi tidak sah")


def test_bad_constraint_and_computed_expressions_all_reported():
    definition = shipped_definition("kesehatan-usp-2016")
    by_id = items(definition)
    by_id["ekuitas"]["constraints"][0]["expr"] = "ekuitas <="
    by_id["rpm"]["expression"] = "pinjaman_macet +* 2"
    problems = problems_of(definition)
    assert any(p.startswith("ekuitas: ekspresi batasan") for p in problems)
    assert any(p.startswith("rpm: ekspresi perhitungan") for p in problems)


def test_gap_in_band_table():
    definition = shipped_definition("kesehatan-usp-2016")
    bands = definition["scoring"]["tables"]["car"]["bands"]
    bands[1]["interval"] = "(4, 6)"  # [4,6) -> (4,6): the point 4 is no longer covered
    problems = problems_of(definition)
    assert problems == ["tabel car: tabel car: ada celah antara (-inf, 4) dan (4, 6)"]


def test_overlap_in_band_table():
    definition = shipped_definition("kesehatan-usp-2016")
    definition["scoring"]["tables"]["car"]["bands"][1]["interval"] = "[3, 6)"
    assert "tumpang tindih" in problems_of(definition)[0]


def test_table_short_of_its_domain():
    definition = shipped_definition("kesehatan-usp-2016")
    definition["scoring"]["tables"]["modal_aset"]["bands"].pop()
    assert "tidak sampai akhir domain" in problems_of(definition)[0]


def test_aspect_weights_must_add_up():
    definition = shipped_definition("kesehatan-usp-2016")
    definition["scoring"]["aspects"][0]["weight"] = 16
    problems = problems_of(definition)
    assert "scoring: jumlah bobot aspek 101, seharusnya 100" in problems
    assert "permodalan: jumlah bobot komponen 15, seharusnya 16" in problems


def test_categories_must_reach_zero():
    definition = shipped_definition("kesehatan-usp-2016")
    definition["scoring"]["categories"][-1]["min"] = 10
    assert problems_of(definition) == ["kategori: kategori terendah mulai di 10, bukan 0"]


def test_level_components_need_level_tables():
    definition = shipped_definition("kesiapan-kdkmp")
    definition["scoring"]["tables"]["tingkat"]["bands"][3]["nilai"] = 5
    assert any("tabel bernilai 1..4" in p for p in problems_of(definition))


def test_schema_violations_listed_together():
    definition = shipped_definition("kesiapan-kdkmp")
    del definition["title"]
    definition["status"] = "final"
    items(definition)["nib"]["type"] = "barcode"
    problems = problems_of(definition)
    assert len(problems) == 3
    assert any("'title' is a required property" in p for p in problems)
    assert any(p.startswith("status:") for p in problems)


def test_duplicate_ids_cycles_patterns_and_defaults():
    definition = shipped_definition("kesiapan-kdkmp")
    by_id = items(definition)
    by_id["npwp_ada"]["id"] = "nib_ada"
    by_id["nib"]["pattern"] = "[0-9"
    by_id["jumlah_pengawas"]["default"] = 50
    by_id["jumlah_unit"]["expression"] = "count(unit_usaha) + persen_unit_beroperasi"
    problems = problems_of(definition)
    assert "nib_ada: id dipakai lebih dari sekali" in problems
    assert any(p.startswith("nib: pola (pattern) tidak sah") for p in problems)
    assert "jumlah_pengawas: nilai bawaan tidak sah (maksimal 9)" in problems
    assert any("saling bergantung" in p and "jumlah_unit" in p for p in problems)


def test_file_errors(tmp_path):
    bad = tmp_path / "rusak.json"
    bad.write_text("{ not json", encoding="utf-8")
    with pytest.raises(InstrumentError, match="bukan JSON"):
        load_file(bad)
    with pytest.raises(InstrumentError, match="tidak dapat dibaca"):
        load_file(tmp_path / "tidak-ada.json")
    good = tmp_path / "baik.json"
    good.write_text(json.dumps(shipped_definition("kesiapan-kdkmp")), encoding="utf-8")
    assert load_file(good).version == "1.0"


@pytest.mark.parametrize(
    ("text", "inside", "outside"),
    [
        ("(0, 20]", [0.0001, 20], [0, 20.0001]),
        ("[4, 6)", [4, 5.9999], [3.9999, 6]),
        ("(-inf, 4)", [-1e12, 3.9999], [4]),
        ("[0, 0]", [0], [-0.0001, 0.0001]),
    ],
)
def test_interval_notation(text, inside, outside):
    interval = parse_interval(text)
    assert str(interval) == text
    assert all(interval.contains(x) for x in inside)
    assert not any(interval.contains(x) for x in outside)


@pytest.mark.parametrize("text", ["[-inf, 3)", "(5, 4]", "(4, 4]", "0..10", "(a, 3]"])
def test_bad_intervals(text):
    with pytest.raises(BandError):
        parse_interval(text)


def test_band_lookup_outside_domain_is_none():
    table = BandTable.build(
        "t",
        {
            "domain": "[0, 10]",
            "bands": [{"interval": "[0, 5)", "nilai": 1}, {"interval": "[5, 10]", "nilai": 2}],
        },
    )
    assert [table.lookup(x) for x in (-0.1, 0, 4.99, 5, 10, 10.1)] == [None, 1, 1, 2, 2, None]
