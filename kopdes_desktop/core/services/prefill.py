"""A new assessment starts from what is known: the previous final assessment of the same
instrument, the cooperative profile, and the facts another form of the same visit already holds.

Later sources win over earlier ones: the previous assessment first, then the profile (kept
current by finalizing, see :mod:`.profile_updates`), then this visit. Every prefilled answer
stays editable; :func:`sources_of` tells the form where each answer that still has its
prefilled value came from ("dari penilaian 12 Okt 2026", "dari profil").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdes_desktop.core.instruments import Instrument, InstrumentRegistry
from kopdes_desktop.core.instruments.answers import check_value, is_missing
from kopdes_desktop.core.instruments.checks import TICKS_KEY
from kopdes_desktop.core.instruments.shared_facts import KDKMP, SHARED_FACTS, value_of
from kopdes_desktop.core.services import assessments
from kopdes_desktop.core.services.profile_answers import answers_from_profile
from kopdes_desktop.store.models import Assessment

NOT_CARRIED = ("evidence", "longtext", "computed")
"""Item types a new assessment does not take from the previous one: photos and notes belong
to their visit, computed values are computed again."""
FROM_PREVIOUS_AS = {KDKMP: {"jumlah_anggota_sebelumnya": "jumlah_anggota"}}
"""Items that take another item of the previous assessment (its member count is this one's
*previous* count)."""


@dataclass(frozen=True)
class Source:
    """Where a prefilled answer came from: ``kind`` is ``assessment`` (the previous final one,
    made ``on``), ``profile`` or ``visit`` (the form of ``instrument_id`` in this visit)."""

    kind: str
    on: date | None = None
    instrument_id: str | None = None


@dataclass
class Prefill:
    answers: dict[str, Any] = field(default_factory=dict)
    sources: dict[str, Source] = field(default_factory=dict)

    def put(self, item_id: str, value: Any, source: Source) -> None:
        self.answers[item_id] = value
        self.sources[item_id] = source


def previous_final(session: Session, row: Assessment) -> Assessment | None:
    """The latest final assessment of the row's cooperative and instrument made on or before
    its day, other than the row itself and the one it revises; a corrected one counts by its
    newest final revision (as in :func:`assessments.history`, read for this cooperative only)."""
    finals = list(
        session.scalars(
            select(Assessment)
            .where(
                Assessment.cooperative_id == row.cooperative_id,
                Assessment.instrument_id == row.instrument_id,
                Assessment.status == "FINAL",
                Assessment.deleted.is_(False),
                Assessment.assessed_on <= row.assessed_on,
            )
            .order_by(Assessment.assessed_on.desc(), Assessment.revision_no.desc())
        )
    )
    superseded = {other.revision_of for other in finals if other.revision_of}
    return next(
        (
            other
            for other in finals
            if other.id not in superseded and other.id not in (row.id, row.revision_of)
        ),
        None,
    )


def _from_previous(instrument: Instrument, previous: Assessment, out: Prefill) -> None:
    source = Source("assessment", previous.assessed_on)
    old = previous.answers or {}
    renamed = FROM_PREVIOUS_AS.get(instrument.id, {})
    for item in instrument.top_items:
        if item.type in NOT_CARRIED:
            continue
        value = old.get(renamed.get(item.id, item.id))
        if is_missing(value) or (item.type != "repeat" and check_value(item, value)):
            continue  # another version may ask it otherwise: only what still fits
        out.put(item.id, value, source)
    ticks = old.get(TICKS_KEY)
    if isinstance(ticks, dict):
        out.answers[TICKS_KEY] = {k: v for k, v in ticks.items() if k in out.answers}


def _from_visit(
    session: Session, registry: InstrumentRegistry, row: Assessment, out: Prefill
) -> None:
    assert row.visit_id is not None  # called for an assessment made in a visit
    others = [
        a
        for a in assessments.for_visit(session, row.visit_id)
        if a.id != row.id and a.instrument_id != row.instrument_id
    ]
    for fact in SHARED_FACTS:
        mine = fact.reads.get(row.instrument_id)
        if mine is None or len(mine) != 1:
            continue
        for other in others:
            theirs = fact.reads.get(other.instrument_id)
            value = value_of(other.answers or {}, theirs) if theirs else None
            if value is not None:
                out.put(mine[0], value, Source("visit", instrument_id=other.instrument_id))
                break


def merge_rows(earlier: list[dict], profile: list[dict]) -> list[dict]:
    """The profile's rows of a repeat group (its units), each completed with what the earlier
    assessment said of the same kind of row (its first field: ``jenis_unit``)."""
    out = []
    unused = list(earlier)
    for row in profile:
        key = next(iter(row.items()), None)
        match = next((old for old in unused if key and old.get(key[0]) == key[1]), None)
        if match is not None:
            unused.remove(match)
            out.append(match | row)
        else:
            out.append(dict(row))
    return out


def compute(session: Session, registry: InstrumentRegistry, row: Assessment) -> Prefill:
    """Every answer the assessment ``row`` can start from, with its source (only answers its
    questions ask, given the others)."""
    instrument = registry.get(row.instrument_id, row.instrument_version)
    out = Prefill()
    previous = previous_final(session, row)
    if previous is not None:
        _from_previous(instrument, previous, out)
    profile = Source("profile")
    for item_id, value in answers_from_profile(
        session, row.instrument_id, row.cooperative_id, row.assessed_on
    ).items():
        if isinstance(value, list) and isinstance(out.answers.get(item_id), list):
            value = merge_rows(out.answers[item_id], value)
        out.put(item_id, value, profile)
    if row.visit_id:
        _from_visit(session, registry, row, out)
    relevant = instrument.evaluate(out.answers).relevant
    for item_id in [k for k in out.sources if not relevant.get(k, True)]:
        del out.answers[item_id], out.sources[item_id]
    for item_id, value in out.answers.items():
        if isinstance(value, list) and instrument.item(item_id).type == "repeat":
            out.answers[item_id] = [
                {k: v for k, v in row.items() if relevant.get(f"{item_id}[{i}].{k}", True)}
                for i, row in enumerate(value)
            ]
    return out


def start(
    session: Session,
    registry: InstrumentRegistry,
    cooperative_id: str,
    instrument_id: str,
    *,
    visit_id: str | None = None,
    assessed_on: date | None = None,
) -> tuple[Assessment, Prefill]:
    """A new draft (as :func:`assessments.start`) holding its prefilled answers; returns the
    row and what was prefilled, with the sources (so the form need not look again)."""
    row = assessments.start(
        session, registry, cooperative_id, instrument_id, visit_id=visit_id, assessed_on=assessed_on
    )
    found = compute(session, registry, row)
    if found.answers:
        assessments.save_draft(session, registry, row.id, found.answers)
    return row, found


def sources_of(
    session: Session, registry: InstrumentRegistry, assessment_id: str
) -> dict[str, Source]:
    """Where the draft's answers that still hold their prefilled value came from."""
    row = assessments.get(session, assessment_id)
    if row.status == "FINAL":
        return {}
    found = compute(session, registry, row)
    answers = row.answers or {}
    return {
        item_id: source
        for item_id, source in found.sources.items()
        if answers.get(item_id) == found.answers[item_id]
    }
