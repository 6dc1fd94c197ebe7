"""Answers printed section by section, with the labels of the instrument definition."""

from __future__ import annotations

from datetime import date
from typing import Any

from kopdes_desktop.core.formatting import long_date, number, rupiah, terbilang
from kopdes_desktop.reports.texts import t

KEY_TOTALS = frozenset({
    "total_aset", "ekuitas", "pinjaman_diberikan", "pendapatan", "shu_sebelum_pajak",
    "kas_setara", "aset", "kewajiban", "modal_sendiri", "omzet_total",
})
"""Money items whose amount is also written in words (terbilang)."""


def is_key_total(item_id: str) -> bool:
    return item_id in KEY_TOTALS or item_id.startswith("total")


def _missing(value: Any) -> bool:
    return value is None or value == "" or value == []


def format_value(item: Any, value: Any, lang: str) -> str:
    """One answer as printed; a missing answer prints "belum diisi"."""
    if _missing(value):
        return t("missing", lang)
    kind = item.type if item is not None else ""
    if kind == "yesno" or isinstance(value, bool):
        return t("yes", lang) if value else t("no", lang)
    if kind in ("single", "multi") and item is not None:
        labels = {c.value: c.label(lang) for c in item.choices}
        values = value if isinstance(value, list) else [value]
        return ", ".join(labels.get(str(v), str(v)) for v in values)
    if (kind == "money" or getattr(item, "unit", None) == "Rp") and isinstance(value,
                                                                              (int, float)):
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
            return long_date(date.fromisoformat(value), lang)
        except ValueError:
            return value
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


def section_rows(instrument: Any, answers: dict[str, Any], lang: str, state: Any) -> list[
        tuple[str, Rows]]:
    """``[(section title, [(question, answer), ...]), ...]`` in form order. ``state`` is the
    instrument's FormState of the answers: skipped questions are left out, computed items
    print their value, repeat groups one line per row."""
    out = []
    for section in instrument.sections:
        rows: Rows = []
        for item in section.items:
            if not state.relevant.get(item.id, True):
                continue
            if item.type == "computed":
                value = state.computed.get(item.id)
                if value is not None:
                    rows.append((item.label(lang), _with_unit(item, format_value(
                        item, value, lang), lang)))
                continue
            if item.type == "repeat":
                rows += _repeat_rows(item, answers.get(item.id), lang)
                continue
            value = format_value(item, answers.get(item.id), lang)
            rows.append((item.label(lang), _with_unit(item, value, lang)))
        out.append((section.title(lang), rows))
    return out


def _repeat_rows(group: Any, value: Any, lang: str) -> Rows:
    if not isinstance(value, list) or not value:
        return [(group.label(lang), t("missing", lang))]
    rows = []
    for index, row in enumerate(value, start=1):
        row = row if isinstance(row, dict) else {}
        parts = [f"{child.label(lang)}: "
                 f"{_with_unit(child, format_value(child, row.get(child.id), lang), lang)}"
                 for child in group.items]
        rows.append((f"{group.label(lang)} {index}", "\n".join(parts)))
    return rows


def raw_rows(answers: dict[str, Any], lang: str) -> Rows:
    """Answers by question code, for an instrument version this laptop does not have."""
    return [(key, format_value(None, value, lang)) for key, value in sorted(answers.items())]


def count_missing(instrument: Any, answers: dict[str, Any], relevant: dict[str, bool]) -> int:
    """Unanswered top-level questions that are asked (relevant) and not computed."""
    return sum(1 for section in instrument.sections for item in section.items
               if item.type != "computed" and relevant.get(item.id, True)
               and _missing(answers.get(item.id)))
