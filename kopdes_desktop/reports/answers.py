"""Answers printed section by section, with the labels of the instrument definition.

Only what the board reads: labels (never question ids or choice codes), a date after the
assessment marked as planned, a value awaiting verification marked * with a footnote in plain
words, and the mentor's own notes left out unless asked for.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from kopdes_desktop.core.formatting import long_date, number, rupiah, terbilang
from kopdes_desktop.reports.texts import LABELS, t, words

KEY_TOTALS = frozenset(
    {
        "total_aset",
        "ekuitas",
        "pinjaman_diberikan",
        "pendapatan",
        "shu_sebelum_pajak",
        "kas_setara",
        "aset",
        "kewajiban",
        "modal_sendiri",
        "omzet_total",
    }
)
"""Money items whose amount is also written in words (terbilang)."""


PENDING = " *"
"""The mark after a question whose value awaits verification (explained in a footnote)."""


def is_key_total(item_id: str) -> bool:
    return item_id in KEY_TOTALS or item_id.startswith("total")


def is_private(item: Any) -> bool:
    """The mentor's own notes inside an instrument (e.g. "Catatan pendamping")."""
    return item.type == "longtext" and item.id.startswith("catatan")


def _missing(value: Any) -> bool:
    return value is None or value == "" or value == []


def format_value(item: Any, value: Any, lang: str, on: date | None = None) -> str:
    """One answer as printed; a missing answer prints "belum diisi", a date after ``on``
    (the day of the assessment) is marked as planned."""
    if _missing(value):
        return t("missing", lang)
    kind = item.type if item is not None else ""
    if kind == "yesno" or isinstance(value, bool):
        return t("yes", lang) if value else t("no", lang)
    if kind in ("single", "multi") and item is not None:
        labels = {c.value: c.label(lang) for c in item.choices}
        values = value if isinstance(value, list) else [value]
        return ", ".join(labels.get(str(v)) or words(str(v)) for v in values)
    if (kind == "money" or getattr(item, "unit", None) == "Rp") and isinstance(value, (int, float)):
        text = rupiah(value, lang)
        if lang == "id" and is_key_total(item.id) and value >= 0:
            text += f"\n({terbilang(int(value))})"
        return text
    if kind == "percent" and isinstance(value, (int, float)):
        return f"{number(value, 2, lang)} %"
    if kind in ("decimal", "computed") and isinstance(value, (int, float)):
        return number(value, 0 if float(value).is_integer() else 2, lang)
    if kind == "integer" and isinstance(value, (int, float)):
        return number(value, 0, lang)
    if kind == "date" and isinstance(value, str):
        try:
            day = date.fromisoformat(value)
        except ValueError:
            return value
        text = long_date(day, lang)
        return f"{text} ({t('planned', lang)})" if on is not None and day > on else text
    if kind == "gps" and isinstance(value, dict):
        return f"{value.get('lat')}, {value.get('lon')}"
    if kind == "evidence":
        count = len(value) if isinstance(value, list) else 1
        return f"{count} berkas" if lang == "id" else f"{count} file(s)"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def _with_unit(item: Any, text: str, lang: str) -> str:
    unit = getattr(item, "unit", None)
    if unit == "Rp" and text != t("missing", lang):
        return text
    if unit and item.type in ("integer", "decimal", "computed") and text != t("missing", lang):
        return f"{text} {unit}"
    return text


Rows = list[tuple[str, str]]


def section_rows(
    instrument: Any,
    answers: dict[str, Any],
    lang: str,
    state: Any,
    on: date | None = None,
    private: bool = False,
) -> list[tuple[str, Rows]]:
    """``[(section title, [(question, answer), ...]), ...]`` in form order. ``state`` is the
    instrument's FormState of the answers: skipped questions are left out, computed items
    print their value, repeat groups one line per row; questions awaiting verification end
    with :data:`PENDING`; the mentor's notes only when ``private``."""
    out = []
    for section in instrument.sections:
        rows: Rows = []
        for item in section.items:
            if not state.relevant.get(item.id, True) or (is_private(item) and not private):
                continue
            question = item.label(lang) + (PENDING if item.verify else "")
            if item.type == "computed":
                value = state.computed.get(item.id)
                if value is not None:
                    rows.append((question, _with_unit(item, format_value(item, value, lang), lang)))
                continue
            if item.type == "repeat":
                rows += _repeat_rows(item, answers.get(item.id), lang, on)
                continue
            value = format_value(item, answers.get(item.id), lang, on)
            rows.append((question, _with_unit(item, value, lang)))
        out.append((section.title(lang), rows))
    return out


def pending(instrument: Any, state: Any, lang: str) -> list[tuple[str, str]]:
    """``(question, why)`` of every asked question whose value awaits verification."""
    return [
        (item.label(lang), item.verify.get(lang))
        for item in instrument.all_items()
        if item.verify and state.relevant.get(item.id, True)
    ]


def _repeat_rows(group: Any, value: Any, lang: str, on: date | None) -> Rows:
    if not isinstance(value, list) or not value:
        return [(group.label(lang), t("missing", lang))]
    rows = []
    for index, row in enumerate(value, start=1):
        row = row if isinstance(row, dict) else {}
        parts = [
            f"{child.label(lang)}: "
            f"{_with_unit(child, format_value(child, row.get(child.id), lang, on), lang)}"
            for child in group.items
        ]
        rows.append((f"{group.label(lang)} {index}", "\n".join(parts)))
    return rows


def raw_rows(answers: dict[str, Any], lang: str) -> Rows:
    """Answers of an instrument version this laptop does not have, each question named by its
    key in words (the labels are in the definition it lacks)."""
    return [
        (words(key), words(value) if _is_code(value) else format_value(None, value, lang))
        for key, value in sorted(answers.items())
    ]


def _is_code(value: Any) -> bool:
    return isinstance(value, str) and CODE.fullmatch(value) is not None


CODE = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+")
IDENTIFIER = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b|\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b")


def plain_text(text: str, instrument: Any, lang: str) -> str:
    """A sentence of the definition (a rule, a warning) with every question id and choice
    code in it replaced by its label: what the board reads has no internal names."""
    labels: dict[str, str] = {}
    if instrument is not None:
        for item in instrument.all_items():
            labels[item.id] = item.label(lang).lower()
            for choice in item.choices:
                labels.setdefault(choice.value, choice.label(lang))
    for kind in LABELS.values():
        for code, texts in kind.items():
            labels.setdefault(code, texts[1] if lang == "en" else texts[0])
    text = text.replace("[verifikasi]", "*").replace("[verify]", "*")
    text = IDENTIFIER.sub(lambda m: labels.get(m.group(0)) or words(m.group(0)).lower(), text)
    codes = sorted(
        (code for code in labels if code.isupper() and len(code) > 2), key=len, reverse=True
    )
    if not codes:
        return text
    known = re.compile(r"\b(?:" + "|".join(map(re.escape, codes)) + r")\b")
    return known.sub(lambda m: labels[m.group(0)], text)


def count_missing(instrument: Any, answers: dict[str, Any], relevant: dict[str, bool]) -> int:
    """Unanswered top-level questions that are asked (relevant) and not computed."""
    return sum(
        1
        for section in instrument.sections
        for item in section.items
        if item.type != "computed"
        and relevant.get(item.id, True)
        and _missing(answers.get(item.id))
    )
