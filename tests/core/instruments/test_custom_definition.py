"""A small definition written here in full: the format's remaining features end to end."""

from __future__ import annotations

import random

import pytest

from kopdes_desktop.core.instruments import example_answers, load_definition


def t(text: str) -> dict:
    return {"id": text, "en": text.upper()}


DEFINITION = {
    "format": 1,
    "id": "uji-kecil",
    "version": "0.1",
    "status": "draft",
    "title": t("uji"),
    "source": {"citation": "uji"},
    "decisions": [{"id": "satu", "text": t("keputusan")}],
    "sections": [
        {
            "id": "umum",
            "title": t("umum"),
            "items": [
                {"id": "punya_gudang", "type": "yesno", "label": t("gudang?"), "required": True},
                {
                    "id": "suhu",
                    "type": "decimal",
                    "label": t("suhu"),
                    "min": -30,
                    "max": 10,
                    "unit": "C",
                    "required": True,
                    "default": 4.5,
                },
                {"id": "nama", "type": "text", "label": t("nama"), "min": 3, "max": 10},
                {"id": "catatan", "type": "longtext", "label": t("catatan")},
            ],
        },
        {
            "id": "gudang",
            "title": t("gudang"),
            "relevant": "punya_gudang",
            "items": [
                {
                    "id": "rak",
                    "type": "repeat",
                    "label": t("rak"),
                    "min": 1,
                    "max": 2,
                    "required": True,
                    "items": [
                        {
                            "id": "isi",
                            "type": "integer",
                            "label": t("isi"),
                            "required": True,
                            "min": 0,
                        },
                    ],
                },
                {
                    "id": "isi_total",
                    "type": "computed",
                    "label": t("total"),
                    "expression": "sum(rak.isi)",
                },
            ],
        },
    ],
    "scoring": {
        "aspects": [
            {
                "id": "a",
                "title": t("a"),
                "weight": 60,
                "components": [
                    {
                        "id": "isi",
                        "title": t("isi"),
                        "weight": 60,
                        "value": "isi_total",
                        "scale": 0.5,
                        "rule": {"type": "round_up", "step": 25, "cap": 100},
                    },
                ],
            },
            {
                "id": "b",
                "title": t("b"),
                "weight": 40,
                "components": [
                    {
                        "id": "dingin",
                        "title": t("dingin"),
                        "weight": 40,
                        "value": "suhu",
                        "rule": {
                            "type": "bands",
                            "bands": [
                                {"interval": "(-inf, 0)", "nilai": 100},
                                {"interval": "[0, 5]", "nilai": 50},
                                {"interval": "(5, inf)", "nilai": 0},
                            ],
                        },
                    },
                ],
            },
        ],
        "categories": [
            {"id": "baik", "label": t("Baik"), "min": 50, "color": "#00aa00"},
            {"id": "kurang", "label": t("Kurang"), "min": 0, "color": "#aa0000"},
        ],
    },
}


@pytest.fixture(scope="module")
def small():
    return load_definition(DEFINITION, "uji")


def test_section_relevance_applies_to_its_items(small):
    state = small.evaluate({"punya_gudang": False, "suhu": 4.5})
    assert state.problems == []
    assert state.relevant["rak"] is False and state.relevant["isi_total"] is False
    assert state.computed["isi_total"] is None
    answered = small.validate({"punya_gudang": False, "suhu": 1.0, "rak": [{"isi": 1}]})
    assert [p.item_id for p in answered] == ["rak"]


def test_decimal_text_and_row_limits(small):
    found = small.validate(
        {
            "punya_gudang": True,
            "suhu": 11.5,
            "nama": "ab",
            "rak": [{"isi": 1}, {"isi": 2}, {"isi": -1}],
        }
    )
    assert {p.item_id: p.message for p in found} == {
        "suhu": "maksimal 10",
        "nama": "minimal 3 karakter",
        "rak": "maksimal 2 baris",
        "rak[2].isi": "minimal 0",
    }
    assert small.item("suhu").default == 4.5 and small.item("suhu").unit == "C"


def test_scoring_with_value_scale_and_round_up(small):
    # isi_total = 70 + 40 = 110; x 0,5 = 55 -> rounded up to a multiple of 25 = 75
    #   -> 75 x 60 / 100 = 45.00
    # suhu -2 -> (-inf, 0) -> 100 -> 40.00; total 85.00 -> Baik
    result = small.score({"punya_gudang": True, "suhu": -2.0, "rak": [{"isi": 70}, {"isi": 40}]})
    assert result.component("isi").ratio == 55 and result.component("isi").nilai == 75
    assert result.total == 85.0 and result.category == "Baik"
    assert result.category_color == "#00aa00"


def test_generic_examples_for_a_definition_without_hints(small):
    for seed in range(10):
        answers = example_answers(small, random.Random(seed), 0.5)
        assert small.validate(answers) == []
