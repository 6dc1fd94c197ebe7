"""The drill-down pages' data: one cooperative in full (profile, units, board, visits,
assessments with every aspect score, findings, follow-ups, photos) and one mentor's activity
(cooperatives, visits per month, follow-ups, monthly notes), from the synced records.

Personal data of board members (NIK, phone) is left out unless the caller says the officer's
role may see it (:func:`may_see_personal`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

from kopdes_desktop.errors import NotFoundError
from kopdes_desktop.province import dashboard_store, registry
from kopdes_desktop.province.dashboard import month_ends
from kopdes_desktop.province.dashboard_lists import CoopRow, enrich
from kopdes_desktop.province.registry import OutOfScope, in_scope
from kopdes_desktop.province.registry_query import _live, jf
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.sync.schema import TABLES

ID_RE = re.compile(r"^[0-9a-fA-F-]{36}$")
PERSONAL_ROLES = ("admin", "kabupaten")
"""Roles that see board members' NIK and phone: the officers who manage the cooperatives.
A viewer (read only) never does."""
OPEN = ("OPEN", "PROGRESS")


def may_see_personal(role: str) -> bool:
    return role in PERSONAL_ROLES


def records(c: Connection, table: str, column: str, value: str) -> list[dict[str, Any]]:
    """The current records of ``table`` whose ``column`` is ``value``, each with its ``id``
    and every column of the table (None where the sender left one out)."""
    rows = c.execute(
        text(
            f"SELECT record_id, data FROM prov_version WHERE {_live('', table)} "
            f"AND {jf(c, '', column)} = :value"
        ),
        {"value": value},
    )
    return [_complete(table, data, record_id) for record_id, data in rows]


def _complete(table: str, data: str, record_id: str) -> dict[str, Any]:
    return {**dict.fromkeys(c.name for c in TABLES[table]), **json.loads(data), "id": record_id}


@dataclass
class CooperativeDetail:
    coop: registry.CooperativeView
    mentors: list[tuple[str, str]]
    units: list[dict[str, Any]]
    board: list[dict[str, Any]]
    visits: list[dict[str, Any]]
    assessments: list[dict[str, Any]]
    findings: list[dict[str, Any]]
    follow_ups: list[dict[str, Any]]
    photos: list[dict[str, Any]]
    trend: dict[str, list[tuple[str, float]]] = field(default_factory=dict)
    personal: bool = False


def cooperative(
    store: ProvinceStore,
    record_id: str,
    scope: str | None,
    personal: bool,
    today: date | None = None,
) -> CooperativeDetail:
    """Everything about one cooperative (NotFoundError, or OutOfScope outside ``scope``)."""
    view = registry.get(store, record_id, scope)
    day = (today or date.today()).isoformat()
    dashboard_store.catch_up(store.engine)  # its latest assessment, last visit and mentors
    with store.engine.connect() as c:
        units = records(c, "business_unit", "cooperative_id", record_id)
        board = records(c, "person", "cooperative_id", record_id)
        visits = records(c, "visit", "cooperative_id", record_id)
        assessments = [
            a
            for a in records(c, "assessment", "cooperative_id", record_id)
            if a.get("status") == "FINAL"
        ]
        findings = records(c, "finding", "cooperative_id", record_id)
        follow_ups = records(c, "action_item", "cooperative_id", record_id)
        owners = [r["id"] for r in (*visits, *assessments, *findings, *follow_ups)]
        photos = _photos(c, owners)
        row = CoopRow(record_id, "", "")
        enrich(c, [row])
        mentor_names = _names(c, "mentor", [v.get("mentor_id") for v in visits])
    if not personal:
        board = [{k: v for k, v in p.items() if k not in ("nik", "phone")} for p in board]
    for v in visits:
        v["mentor_name"] = mentor_names.get(v.get("mentor_id") or "", "")
    for f in follow_ups:
        f["overdue"] = f.get("status") in OPEN and bool(f.get("due_date")) and f["due_date"] < day
    assessments.sort(key=lambda a: (a.get("assessed_on") or "", a.get("revision_no") or 0))
    trend: dict[str, list[tuple[str, float]]] = {}
    for a in assessments:
        if a.get("total") is not None:
            trend.setdefault(a.get("instrument_id") or "", []).append(
                (a.get("assessed_on") or "", float(a["total"]))
            )
    board.sort(key=lambda p: (p.get("organ") or "", p.get("role") or ""))
    return CooperativeDetail(
        view,
        row.mentors,
        sorted(units, key=lambda u: u.get("kind") or ""),
        board,
        sorted(visits, key=lambda v: v.get("visit_date") or "", reverse=True),
        list(reversed(assessments)),
        findings,
        sorted(follow_ups, key=lambda f: f.get("due_date") or "9999"),
        photos,
        trend,
        personal,
    )


def _names(c: Connection, table: str, ids: list[Any]) -> dict[str, str]:
    wanted = sorted({i for i in ids if isinstance(i, str)})
    if not wanted:
        return {}
    marks = ", ".join(f":i{n}" for n in range(len(wanted)))
    rows = c.execute(
        text(
            f"SELECT record_id, {jf(c, '', 'name')} FROM prov_version WHERE "
            f"{_live('', table)} AND record_id IN ({marks})"
        ),
        {f"i{n}": i for n, i in enumerate(wanted)},
    )
    return {r[0]: r[1] for r in rows}


def _photos(c: Connection, owners: list[str]) -> list[dict[str, Any]]:
    """Image attachments of the cooperative's visits, assessments, findings and follow-ups."""
    found: list[dict[str, Any]] = []
    for start in range(0, len(owners), 500):
        chunk = owners[start : start + 500]
        if not chunk:
            break
        marks = ", ".join(f":i{n}" for n in range(len(chunk)))
        rows = c.execute(
            text(
                f"SELECT record_id, data FROM prov_version WHERE {_live('', 'attachment')} AND "
                f"{jf(c, '', 'owner_id')} IN ({marks})"
            ),
            {f"i{n}": i for n, i in enumerate(chunk)},
        )
        found += [_complete("attachment", data, rid) for rid, data in rows]
    return sorted(
        (p for p in found if str(p.get("mime", "")).startswith("image/")),
        key=lambda p: p.get("created_at") or "",
    )


@dataclass(frozen=True)
class Attachment:
    path: Path
    mime: str
    filename: str


def attachment(store: ProvinceStore, record_id: str, scope: str | None) -> Attachment:
    """An attachment's file, if its cooperative is within ``scope`` (else OutOfScope)."""
    missing = NotFoundError("Lampiran tidak ditemukan.", "Attachment not found.")
    if not ID_RE.fullmatch(record_id):
        raise missing
    with store.engine.connect() as c:
        row = c.execute(
            text(
                f"SELECT data FROM prov_version WHERE {_live('', 'attachment')} AND record_id = :id"
            ),
            {"id": record_id},
        ).first()
        if row is None:
            raise missing
        values = json.loads(row[0])
        owner = c.execute(
            text(
                f"SELECT {jf(c, '', 'cooperative_id')} FROM prov_version WHERE table_name = :t AND "
                "record_id = :id AND is_current"
            ),
            {"t": values.get("owner_type"), "id": values.get("owner_id")},
        ).first()
        coop = c.execute(
            text(
                f"SELECT {jf(c, '', 'region_code')} FROM prov_version WHERE "
                f"{_live('', 'cooperative')} AND record_id = :id"
            ),
            {"id": owner[0] if owner else ""},
        ).first()
    if coop is None:
        raise missing
    if not in_scope(coop[0], scope):
        raise OutOfScope()
    sha = str(values.get("sha256", ""))
    path = store.attachments / sha[:2] / sha
    if not re.fullmatch(r"[0-9a-f]{64}", sha) or not path.is_file():
        raise NotFoundError(
            "Berkas lampiran ini belum diterima provinsi.",
            "The province has not received this attachment's file yet.",
        )
    return Attachment(
        path,
        str(values.get("mime") or "application/octet-stream"),
        str(values.get("filename") or sha),
    )


@dataclass
class MentorActivity:
    id: str
    values: dict[str, Any]
    cooperatives: list[CoopRow]
    visits_per_month: list[tuple[str, int]]
    follow_ups: list[dict[str, Any]]
    notes: list[dict[str, Any]]


def mentor(
    store: ProvinceStore,
    record_id: str,
    scope: str | None,
    personal: bool,
    today: date | None = None,
) -> MentorActivity:
    """One mentor's activity (NotFoundError, or OutOfScope for another kabupaten's mentor)."""
    day = today or date.today()
    dashboard_store.catch_up(store.engine)  # its cooperatives' latest assessments and visits
    with store.engine.connect() as c:
        row = (
            c.execute(
                text(
                    f"SELECT data FROM prov_version WHERE {_live('', 'mentor')} AND record_id = :id"
                ),
                {"id": record_id},
            ).first()
            if ID_RE.fullmatch(record_id)
            else None
        )
        if row is None:
            raise NotFoundError(
                f"Pendamping {record_id} tidak ditemukan.", f"Mentor {record_id} not found."
            )
        values = _complete("mentor", row[0], record_id)
        if scope is not None and values.get("kabupaten_code") != scope:
            raise OutOfScope()
        assigned = [
            a for a in records(c, "assignment", "mentor_id", record_id) if a.get("end") is None
        ]
        coops = [CoopRow(a["cooperative_id"], "", "") for a in assigned]
        enrich(c, coops)
        visits = records(c, "visit", "mentor_id", record_id)
        follow_ups = [
            f
            for cr in coops
            for f in records(c, "action_item", "cooperative_id", cr.id)
            if f.get("status") in OPEN
        ]
        notes = records(c, "monthly_note", "mentor_id", record_id)
    if not personal:
        values = {k: v for k, v in values.items() if k not in ("phone", "email")}
    names = {cr.id: cr.name for cr in coops}
    for f in follow_ups:
        f["cooperative_name"] = names.get(f.get("cooperative_id", ""), "")
        f["overdue"] = bool(f.get("due_date")) and f["due_date"] < day.isoformat()
    per_month = {label: 0 for label, _ in month_ends(day)}
    for v in visits:
        month = str(v.get("visit_date") or "")[:7]
        if v.get("status") == "DONE" and month in per_month:
            per_month[month] += 1
    return MentorActivity(
        record_id,
        values,
        sorted(coops, key=lambda r: r.name.lower()),
        list(per_month.items()),
        sorted(follow_ups, key=lambda f: f.get("due_date") or "9999"),
        sorted(notes, key=lambda n: n.get("month") or "", reverse=True),
    )
