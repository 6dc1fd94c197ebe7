"""Checks of the answers beyond one value: dates against the day of the assessment, the ticks
behind a checklist count, and plausibility warnings.

Ticks live in the answers under :data:`TICKS_KEY` as ``{item id: [entry id, ...]}``; the item's
own answer stays the count, so scoring reads what it always read.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from kopdes_desktop.core.formatting import long_date
from kopdes_desktop.core.instruments.errors import AnswerProblem

if TYPE_CHECKING:  # types only: model imports answers and scoring, not the other way
    from kopdes_desktop.core.instruments.model import Instrument

TICKS_KEY = "_centang"
"""The answers' key holding the ticked entries of each checklist question."""


def after_visit(as_of: str) -> tuple[str, str]:
    """The problem of a date after the assessment's day (``as_of`` as ``YYYY-MM-DD``)."""
    day = date.fromisoformat(as_of)
    return (
        f"tanggal ini sesudah tanggal kunjungan ({long_date(day)}); yang ditanyakan "
        "sudah terjadi, jadi tanggalnya paling lambat tanggal kunjungan",
        f"this date is after the visit ({long_date(day, 'en')}); what is asked has "
        "already happened, so its date is at most the visit's",
    )


def tick_problems(instrument: Instrument, answers: dict[str, Any]) -> list[AnswerProblem]:
    """What is wrong with the stored ticks: unknown questions or entries, or a count that
    differs from the ticks."""
    ticks = answers[TICKS_KEY]
    if not isinstance(ticks, dict):
        return [
            AnswerProblem(
                TICKS_KEY,
                "centang daftar periksa harus objek (id -> daftar)",
                "checklist ticks must be an object (id -> list)",
            )
        ]
    out = []
    for item_id, ticked in ticks.items():
        item = instrument.item(item_id) if instrument.has_item(item_id) else None
        if item is None or item.checklist is None:
            out.append(
                AnswerProblem(
                    item_id,
                    "pertanyaan ini tidak punya daftar periksa",
                    "this question has no checklist",
                )
            )
            continue
        known = item.checklist.entry_ids
        if (
            not isinstance(ticked, list)
            or len(set(map(str, ticked))) != len(ticked)
            or any(t not in known for t in ticked)
        ):
            out.append(
                AnswerProblem(
                    item_id,
                    "butir daftar periksa yang dicentang tidak dikenal",
                    "unknown checklist entries ticked",
                )
            )
            continue
        count = answers.get(item_id)
        if count is not None and count != len(ticked):
            out.append(
                AnswerProblem(
                    item_id,
                    f'jumlah "Ya" ({count}) tidak sama dengan butir yang dicentang ({len(ticked)})',
                    f'the "Yes" count ({count}) differs from the entries ticked ({len(ticked)})',
                )
            )
    return out


def _shown(value: Any) -> tuple[str, str]:
    """A number as the mentor reads it: ``128`` or ``12,5`` (en ``12.5``)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value), str(value)
    if float(value).is_integer():
        text = f"{int(value):,}"
        return text.replace(",", "."), text
    text = f"{value:,.1f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", "."), text


def warnings(instrument: Instrument, values: dict[str, Any]) -> list[AnswerProblem]:
    """Answers kept but implausible, each with its reason (``{nilai}`` filled in)."""
    plan = instrument.engine.get("warnings")
    if plan is None:
        plan = instrument.engine["warnings"] = tuple(
            item for item in instrument.order if item.warnings
        )
    out = []
    for item in plan:
        value = values.get(item.id)
        if value is None:
            continue
        for warning in item.warnings:
            outcome = warning.expression.fn(values, None)
            if outcome is not None and not outcome:
                shown_id, shown_en = _shown(value)
                out.append(
                    AnswerProblem(
                        item.id,
                        warning.message.id.replace("{nilai}", shown_id),
                        warning.message.en.replace("{nilai}", shown_en),
                    )
                )
    return out
