"""Findings (temuan -> rekomendasi) and the action items agreed with the board."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdes_desktop.core import validation as v
from kopdes_desktop.core.services import cooperatives, visits
from kopdes_desktop.errors import ValidationError
from kopdes_desktop.store.models import ActionItem, Cooperative, Finding, live_row

COMPLIANCE = ("TIDAK_SESUAI", "CUKUP", "SESUAI")
ACTION_STATUSES = ("OPEN", "PROGRESS", "DONE", "DROPPED")
OPEN_STATUSES = ("OPEN", "PROGRESS")
UPCOMING_DAYS = 14


def add_finding(
    session: Session,
    visit_id: str,
    *,
    area: str,
    temuan: str,
    rekomendasi: str,
    indicator: str | None = None,
    compliance: str | None = None,
) -> Finding:
    visit = visits.get(session, visit_id)
    checker = v.Checker()
    clean_area = checker.require("area", v.required_text, area)
    clean_temuan = checker.require("temuan", lambda t: v.required_text(t, 4000), temuan)
    clean_rek = checker.require("rekomendasi", lambda t: v.required_text(t, 4000), rekomendasi)
    if compliance not in (None, "", *COMPLIANCE):
        checker.problems["compliance"] = "Pilih Tidak Sesuai, Cukup atau Sesuai."
        checker.problems_en["compliance"] = "Choose not compliant, partly or compliant."
    checker.raise_if_any()
    finding = Finding(
        visit_id=visit.id,
        cooperative_id=visit.cooperative_id,
        area=clean_area,
        indicator=(indicator or "").strip() or None,
        compliance=compliance or None,
        temuan=clean_temuan,
        rekomendasi=clean_rek,
    )
    session.add(finding)
    session.flush()
    return finding


def findings_of_visit(session: Session, visit_id: str) -> list[Finding]:
    return list(
        session.scalars(
            select(Finding)
            .where(Finding.visit_id == visit_id, Finding.deleted.is_(False))
            .order_by(Finding.created_at)
        )
    )


def add_action(
    session: Session,
    cooperative_id: str,
    *,
    title: str,
    owner: str,
    due_date: date | None,
    visit_id: str | None = None,
    finding_id: str | None = None,
) -> ActionItem:
    """A follow-up with an owner and a deadline."""
    cooperatives.get(session, cooperative_id)
    checker = v.Checker()
    clean_title = checker.require("title", lambda t: v.required_text(t, 2000), title)
    clean_owner = checker.require("owner", v.required_text, owner)
    if due_date is None:
        checker.problems["due_date"] = "Tenggat wajib diisi."
        checker.problems_en["due_date"] = "A deadline is required."
    elif visit_id is not None:
        checker.check(
            "due_date",
            lambda d: v.due_on_or_after(d, visits.get(session, visit_id).visit_date),
            due_date,
        )
    checker.raise_if_any()
    item = ActionItem(
        cooperative_id=cooperative_id,
        visit_id=visit_id,
        finding_id=finding_id,
        title=clean_title,
        owner=clean_owner,
        due_date=due_date,
    )
    session.add(item)
    session.flush()
    return item


def get_action(session: Session, action_id: str) -> ActionItem:
    return live_row(session, ActionItem, action_id, "Tindak lanjut", "Follow-up")


def set_status(
    session: Session,
    action_id: str,
    status: str,
    *,
    at_visit_id: str | None = None,
    notes: str | None = None,
    today: date | None = None,
) -> ActionItem:
    """Change an action's status; closing it at a visit links it to that visit."""
    if status not in ACTION_STATUSES:
        raise ValidationError({"status": "Status tidak dikenal."}, {"status": "Unknown status."})
    item = get_action(session, action_id)
    if at_visit_id:
        visit = visits.get(session, at_visit_id)
        if visit.cooperative_id != item.cooperative_id:
            raise ValidationError(
                {"visit": "Kunjungan itu untuk koperasi lain."},
                {"visit": "That visit is for another cooperative."},
            )
    item.status = status
    if status in ("DONE", "DROPPED"):
        item.closed_on = today or date.today()
        item.closed_visit_id = at_visit_id
    else:
        item.closed_on = None
        item.closed_visit_id = None
    if notes is not None:
        item.notes = notes.strip() or None
    return item


@dataclass(frozen=True)
class ActionRow:
    """An action item with its cooperative, for the Tindak Lanjut view."""

    id: str
    cooperative_id: str
    cooperative: str
    title: str
    owner: str
    due_date: date | None
    status: str
    overdue: bool
    upcoming: bool
    closed_on: date | None


def list_actions(
    session: Session,
    *,
    cooperative_id: str | None = None,
    cooperative_ids: Collection[str] | None = None,
    include_closed: bool = False,
    today: date | None = None,
) -> list[ActionRow]:
    """Follow-ups by deadline, open ones only unless ``include_closed``; of one cooperative or
    of ``cooperative_ids`` (a mentor's few) when given."""
    today = today or date.today()
    query = (
        select(
            ActionItem.id,
            ActionItem.cooperative_id,
            Cooperative.name,
            ActionItem.title,
            ActionItem.owner,
            ActionItem.due_date,
            ActionItem.status,
            ActionItem.closed_on,
        )
        .join(Cooperative, Cooperative.id == ActionItem.cooperative_id)
        .where(ActionItem.deleted.is_(False))
        .order_by(ActionItem.due_date)
    )
    if cooperative_id:
        query = query.where(ActionItem.cooperative_id == cooperative_id)
    if cooperative_ids is not None:
        query = query.where(ActionItem.cooperative_id.in_(list(cooperative_ids)))
    if not include_closed:
        query = query.where(ActionItem.status.in_(OPEN_STATUSES))
    rows = []
    for item_id, coop_id, coop_name, title, owner, due_date, status, closed_on in session.execute(
        query
    ):
        is_open = status in OPEN_STATUSES
        overdue = bool(is_open and due_date and due_date < today)
        upcoming = bool(is_open and due_date and 0 <= (due_date - today).days <= UPCOMING_DAYS)
        rows.append(
            ActionRow(
                item_id,
                coop_id,
                coop_name,
                title,
                owner,
                due_date,
                status,
                overdue,
                upcoming,
                closed_on,
            )
        )
    return rows
