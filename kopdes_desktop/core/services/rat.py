"""RAT deadlines of the mentor's cooperatives: fiscal year end, RAT held, follow-ups, overdue."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdes_desktop.core import validation as v
from kopdes_desktop.core.formatting import long_date
from kopdes_desktop.core.health import rat
from kopdes_desktop.core.services import cooperatives, mentors
from kopdes_desktop.errors import ValidationError
from kopdes_desktop.store.models import ActionItem, Cooperative, RatMeeting
from kopdes_desktop.sync import schema

FOLLOW_UP_OWNER = "Pengurus"


@dataclass(frozen=True)
class CooperativeRat:
    cooperative_id: str
    name: str
    fiscal_year_end: str
    status: rat.RatStatus


def _held(session: Session, cooperative_ids: list[str] | None = None) -> dict[str, dict[int, date]]:
    query = select(RatMeeting.cooperative_id, RatMeeting.fiscal_year, RatMeeting.held_on).where(
        RatMeeting.deleted.is_(False)
    )
    if cooperative_ids is not None:
        query = query.where(RatMeeting.cooperative_id.in_(cooperative_ids))
    held: dict[str, dict[int, date]] = {}
    for coop_id, year, held_on in session.execute(query):
        held.setdefault(coop_id, {})[year] = held_on
    return held


def status_of(session: Session, cooperative_id: str, today: date) -> CooperativeRat:
    """The RAT standing of one cooperative."""
    coop = cooperatives.get(session, cooperative_id)
    held = _held(session, [coop.id]).get(coop.id, {})
    return CooperativeRat(
        coop.id, coop.name, coop.fiscal_year_end, rat.status(coop.fiscal_year_end, held, today)
    )


def mine(session: Session) -> set[str]:
    """The cooperatives this laptop's mentor is assigned to today (none without a mentor)."""
    mentor = mentors.self_mentor(session)
    return mentors.assigned_cooperative_ids(session, mentor.id) if mentor is not None else set()


def all_statuses(
    session: Session, today: date, only: set[str] | None = None
) -> list[CooperativeRat]:
    """The RAT standing of every cooperative on this laptop (or of ``only``), by name."""
    held = _held(session)
    query = (
        select(Cooperative.id, Cooperative.name, Cooperative.fiscal_year_end)
        .where(Cooperative.deleted.is_(False))
        .order_by(Cooperative.name)
    )
    if only is not None:
        query = query.where(Cooperative.id.in_(only))
    return [
        CooperativeRat(cid, name, end, rat.status(end, held.get(cid, {}), today))
        for cid, name, end in session.execute(query)
    ]


def overdue(session: Session, today: date, only: set[str] | None = None) -> list[CooperativeRat]:
    """Cooperatives (of ``only`` when given) whose RAT is past due and not recorded."""
    return [row for row in all_statuses(session, today, only) if row.status.state == rat.OVERDUE]


def set_fiscal_year_end(session: Session, cooperative_id: str, month_day: str) -> None:
    """Change the day the cooperative's fiscal year ends (``MM-DD``)."""
    coop = cooperatives.get(session, cooperative_id)
    if not schema.MONTH_DAY[0](month_day or ""):
        _code, message, message_en = schema.MONTH_DAY[1]
        raise ValidationError({"fiscal_year_end": message}, {"fiscal_year_end": message_en})
    coop.fiscal_year_end = month_day


def record_meeting(
    session: Session,
    cooperative_id: str,
    fiscal_year: int,
    held_on: date,
    today: date,
    notes: str | None = None,
) -> RatMeeting:
    """Record the RAT held for ``fiscal_year`` (replacing an earlier record of that year).

    Refused when the date is before the fiscal year has ended or in the future."""
    coop = cooperatives.get(session, cooperative_id)
    checker = v.Checker()
    low, high = schema.YEAR_RANGE
    if not low <= fiscal_year <= high:
        checker.problems["fiscal_year"] = f"Tahun buku harus antara {low} dan {high}."
        checker.problems_en["fiscal_year"] = f"The fiscal year must be between {low} and {high}."
    else:
        end = rat.year_end(coop.fiscal_year_end, fiscal_year)
        if held_on <= end:
            checker.problems["held_on"] = (
                f"Tanggal RAT harus sesudah tahun buku {fiscal_year} berakhir ({long_date(end)})."
            )
            checker.problems_en["held_on"] = (
                f"The RAT date must be after fiscal year {fiscal_year} ends "
                f"({long_date(end, 'en')})."
            )
    checker.check("held_on", lambda d: v.not_future(d, today), held_on)
    clean_notes = checker.check("notes", lambda t: v.required_text(t, 4000), notes)
    checker.raise_if_any()
    row = session.scalar(
        select(RatMeeting).where(
            RatMeeting.cooperative_id == coop.id,
            RatMeeting.fiscal_year == fiscal_year,
            RatMeeting.deleted.is_(False),
        )
    )
    if row is None:
        row = RatMeeting(cooperative_id=coop.id, fiscal_year=fiscal_year)
        session.add(row)
    row.held_on = held_on
    row.notes = clean_notes
    session.flush()
    return row


def ensure_follow_ups(session: Session, today: date, only: set[str] | None = None) -> list[str]:
    """Create the mentor's follow-up for each of their cooperatives (or of ``only``) whose RAT
    falls due within two months (or is overdue) and is not recorded; once per cooperative and
    fiscal year, even if the mentor later drops or deletes it. Returns the follow-ups' ids."""
    created = []
    for row in all_statuses(session, today, mine(session) if only is None else only):
        status = row.status
        if status.state == rat.HELD or today < rat.follow_up_from(status):
            continue
        title = rat.follow_up_title(status.fiscal_year)
        exists = session.scalar(
            select(ActionItem.id).where(
                ActionItem.cooperative_id == row.cooperative_id, ActionItem.title == title
            )
        )
        if exists:
            continue
        item = ActionItem(
            cooperative_id=row.cooperative_id,
            title=title,
            owner=FOLLOW_UP_OWNER,
            due_date=status.due,
            notes=f"Batas RAT menurut Permenkop UKM 19/Per/M.KUKM/IX/2015: "
            f"{long_date(status.due)}.",
        )
        session.add(item)
        session.flush()
        created.append(item.id)
    return created
