"""Mentors and their assignments as officers manage them (web pages and CLI alike).

Mentors (table ``mentor``) and assignments (table ``assignment``) are synced records: a mentor
the province creates, and every assignment it makes, changes or ends, is a change of the
province's own device (``province``), merged per field like a mentor's change and sent down in
the next reference package (see :mod:`kopdes_desktop.province.registry`).

An assignment runs from ``start`` to ``end`` inclusive (no end: open). Reassigning a
cooperative from a date ends its current assignment the day before and opens the new one on
that date; ending an assignment from a date makes the day before its last day (an assignment
that would end before it starts never took effect and is deleted).

``scope`` (a kabupaten code, or None for the whole province) limits an officer to the mentors
of that kabupaten and the cooperatives in it; anything else is refused as
:class:`~kopdes_desktop.province.registry.OutOfScope` or :class:`MentorOutOfScope`.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from kopdes_desktop.errors import KopdesError, NotFoundError, ValidationError
from kopdes_desktop.province import registry
from kopdes_desktop.province.officers import audit
from kopdes_desktop.province.regions import kabupaten_name
from kopdes_desktop.province.registry_query import jf
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.store.models import utcnow
from kopdes_desktop.sync import schema

ID_RE = re.compile(r"^[0-9A-Za-z-]{1,36}$")
ROLES = ("PENDAMPING", "BA")


class MentorOutOfScope(registry.OutOfScope):
    """A mentor of another kabupaten/kota (refused like a cooperative outside it)."""

    def __init__(self) -> None:
        KopdesError.__init__(
            self,
            "Pendamping ini berasal dari kabupaten/kota lain; Anda tidak berwenang "
            "melihat atau mengubahnya.",
            "This mentor belongs to another kabupaten; you may not see or change them.",
        )


@dataclass(frozen=True)
class AssignmentView:
    """One assignment: its cooperative and mentor (with names) and its dates."""

    id: str
    cooperative_id: str
    cooperative: str
    kabupaten: str
    mentor_id: str
    mentor: str
    start: str
    end: str | None
    active: bool

    def as_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


@dataclass(frozen=True)
class DeviceView:
    device_id: str
    status: str
    last_sync: str | None


@dataclass(frozen=True)
class MentorView:
    """A mentor as the list and the mentor page show them."""

    id: str
    name: str
    role: str
    kabupaten_code: str | None
    kabupaten: str
    phone: str | None
    email: str | None
    cooperatives: list[tuple[str, str]] = field(default_factory=list)
    devices: list[DeviceView] = field(default_factory=list)
    last_sync: str | None = None
    assignments: list[AssignmentView] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        data = self.__dict__.copy()
        data["cooperatives"] = [{"id": i, "name": n} for i, n in self.cooperatives]
        data["devices"] = [d.__dict__.copy() for d in self.devices]
        data["assignments"] = [a.as_dict() for a in self.assignments]
        return data


def _today() -> date:
    return utcnow().date()


def _active(values: dict[str, Any], day: str) -> bool:
    end = values.get("end")
    return end is None or str(end) >= day


def _live(
    c: Connection, table: str, where: str = "", params: dict[str, Any] | None = None
) -> list[tuple[str, dict[str, Any]]]:
    sql = (
        f"SELECT record_id, data FROM prov_version WHERE table_name = :t AND is_current "
        f"AND NOT deleted{where}"
    )
    rows = c.execute(text(sql), {"t": table, **(params or {})}).all()
    return [(r[0], json.loads(r[1])) for r in rows]


def mentor_values(c: Connection, mentor_id: str) -> dict[str, Any] | None:
    if not ID_RE.fullmatch(mentor_id):
        return None
    found = _live(c, "mentor", " AND record_id = :id", {"id": mentor_id})
    return found[0][1] if found else None


def _mentor_in_scope(values: dict[str, Any], scope: str | None) -> bool:
    return scope is None or values.get("kabupaten_code") == scope


def _require_mentor(c: Connection, mentor_id: str, scope: str | None) -> dict[str, Any]:
    values = mentor_values(c, mentor_id)
    if values is None:
        raise NotFoundError(
            f"Pendamping {mentor_id} tidak dikenal.", f"Mentor {mentor_id} is unknown."
        )
    if not _mentor_in_scope(values, scope):
        raise MentorOutOfScope()
    return values


def _check(table: str, values: dict[str, Any]) -> None:
    problems = schema.check_record(table, values)
    if problems:
        raise ValidationError(
            {p.field or "-": p.reason for p in problems},
            {p.field or "-": p.reason_en for p in problems},
        )


def clean_mentor(form: dict[str, Any], scope: str | None) -> dict[str, Any]:
    """A new mentor's values from form or CLI text, checked; ValidationError lists problems."""
    name = str(form.get("name") or "").strip()
    role = str(form.get("role") or "PENDAMPING").strip().upper()
    kab = str(form.get("kabupaten_code") or "").strip() or (scope or "")
    problems: dict[str, str] = {}
    problems_en: dict[str, str] = {}
    if not name:
        problems["name"], problems_en["name"] = "Nama pendamping wajib diisi.", "A name is needed."
    if role not in ROLES:
        problems["role"] = "Peran harus PENDAMPING atau BA."
        problems_en["role"] = "The role must be PENDAMPING or BA."
    if not kabupaten_name(kab):
        problems["kabupaten"] = "Pilih kabupaten/kota di provinsi ini."
        problems_en["kabupaten"] = "Choose a kabupaten of this province."
    elif scope is not None and kab != scope:
        raise MentorOutOfScope()
    if problems:
        raise ValidationError(problems, problems_en)
    values = {
        "created_at": utcnow().isoformat(),
        "name": name,
        "role": role,
        "kabupaten_code": kab,
        "phone": str(form.get("phone") or "").strip() or None,
        "email": str(form.get("email") or "").strip() or None,
        "is_self": False,
    }
    _check("mentor", values)
    return values


def add_mentor(
    store: ProvinceStore,
    form: dict[str, Any],
    *,
    scope: str | None = None,
    actor: str = "cli",
    client: str = "",
) -> MentorView:
    """Create a mentor (name, role, kabupaten_code, phone, email)."""
    values = clean_mentor(form, scope)
    mentor_id = str(uuid.uuid4())
    with store.session() as session:
        rev = registry.province_change(store, session, "mentor", mentor_id, None, values)
        audit(
            session,
            actor,
            "mentor.add",
            mentor_id,
            None,
            {"name": values["name"], "kabupaten_code": values["kabupaten_code"], "rev": rev},
            client,
        )
    return get_mentor(store, mentor_id, scope)


def parse_day(value: str | date | None, label: str = "tanggal") -> date:
    """A date from ``YYYY-MM-DD`` text (today when blank); ValidationError otherwise."""
    if isinstance(value, date):
        return value
    if value is None or not str(value).strip():
        return _today()
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(
            {"start": f"Isi {label} sebagai TTTT-BB-HH, misalnya 2026-01-31."},
            {"start": "Give the date as YYYY-MM-DD."},
        ) from None


def _assignments_of(c: Connection, cooperative_id: str) -> list[tuple[str, dict[str, Any]]]:
    return _live(
        c, "assignment", f" AND {jf(c, '', 'cooperative_id')} = :coop", {"coop": cooperative_id}
    )


def assign(
    store: ProvinceStore,
    cooperative_id: str,
    mentor_id: str,
    start: str | date | None = None,
    *,
    scope: str | None = None,
    actor: str = "cli",
    client: str = "",
) -> AssignmentView:
    """Assign a cooperative to a mentor from ``start`` (today when None). An assignment of the
    cooperative to another mentor still running then ends the day before (a reassignment)."""
    day = parse_day(start, "tanggal mulai")
    coop = registry.get(store, cooperative_id, scope)
    with store.session() as session:
        c = session.connection()
        mentor = _require_mentor(c, mentor_id, scope)
        running = [
            (i, v) for i, v in _assignments_of(c, cooperative_id) if _active(v, day.isoformat())
        ]
        if any(v.get("mentor_id") == mentor_id for _, v in running):
            raise KopdesError(
                f"Koperasi ini sudah ditugaskan kepada {mentor['name']}; tidak ada yang diubah.",
                "The cooperative is already assigned to this mentor; nothing was changed.",
            )
        before = []
        for record_id, values in running:
            if str(values.get("start")) >= day.isoformat():
                raise ValidationError(
                    {
                        "start": f"Penugasan yang berjalan baru mulai {values.get('start')}; "
                        "tanggal mulai yang baru harus sesudahnya."
                    },
                    {"start": "The new start must be after the running assignment's start."},
                )
            _end(store, session, record_id, values, day)
            before.append({"assignment": record_id, "mentor_id": values.get("mentor_id")})
        assignment_id = str(uuid.uuid4())
        values = {
            "created_at": utcnow().isoformat(),
            "mentor_id": mentor_id,
            "cooperative_id": cooperative_id,
            "start": day.isoformat(),
            "end": None,
        }
        _check("assignment", values)
        rev = registry.province_change(store, session, "assignment", assignment_id, None, values)
        audit(
            session,
            actor,
            "assignment.reassign" if before else "assignment.add",
            cooperative_id,
            before or None,
            {
                "assignment": assignment_id,
                "mentor_id": mentor_id,
                "start": day.isoformat(),
                "rev": rev,
            },
            client,
        )
    return AssignmentView(
        assignment_id,
        cooperative_id,
        str(coop.values.get("name")),
        coop.kabupaten,
        mentor_id,
        str(mentor["name"]),
        day.isoformat(),
        None,
        True,
    )


def _end(
    store: ProvinceStore, session: Session, record_id: str, values: dict[str, Any], day: date
) -> None:
    """End an assignment so that ``day`` is the first day without it."""
    last = (day - timedelta(days=1)).isoformat()
    if last < str(values.get("start")):
        registry.province_change(
            store, session, "assignment", record_id, ("deleted",), values, deleted=True
        )
    else:
        registry.province_change(
            store, session, "assignment", record_id, ("end",), {**values, "end": last}
        )


def unassign(
    store: ProvinceStore,
    cooperative_id: str,
    mentor_id: str | None = None,
    on: str | date | None = None,
    *,
    scope: str | None = None,
    actor: str = "cli",
    client: str = "",
) -> list[str]:
    """End the running assignments of a cooperative (of one mentor, if given) so that ``on``
    (today when None) is the first day without them; the assignments ended."""
    day = parse_day(on, "tanggal berakhir")
    registry.get(store, cooperative_id, scope)
    ended = []
    with store.session() as session:
        c = session.connection()
        if mentor_id:
            _require_mentor(c, mentor_id, scope)
        for record_id, values in _assignments_of(c, cooperative_id):
            if _active(values, day.isoformat()) and mentor_id in (None, values.get("mentor_id")):
                _end(store, session, record_id, values, day)
                ended.append(record_id)
        if not ended:
            raise KopdesError(
                "Koperasi ini tidak punya penugasan yang berjalan; tidak ada yang diubah.",
                "The cooperative has no running assignment; nothing was changed.",
            )
        audit(
            session,
            actor,
            "assignment.end",
            cooperative_id,
            {"assignments": ended},
            {"first_day_without": day.isoformat()},
            client,
        )
    return ended


# Reading


PAGE_SIZE = 50


@dataclass(frozen=True)
class MentorPage:
    """One page of the mentor list, in name order."""

    rows: list[MentorView]
    total: int
    page: int
    pages: int


def ensure_indexes(engine: Engine) -> None:
    """A partial expression index of running assignments by mentor (idempotent)."""
    with engine.begin() as c:
        c.exec_driver_sql(
            f"CREATE INDEX IF NOT EXISTS ix_prov_assignment_mentor ON prov_version "
            f"({jf(c, '', 'mentor_id')}) WHERE table_name = 'assignment' AND is_current AND "
            "NOT deleted"
        )


def list_mentors(store: ProvinceStore, scope: str | None = None) -> list[MentorView]:
    """Every mentor (of ``scope``'s kabupaten) with their running assignments' cooperatives
    (those in scope), devices and last sync, by name."""
    with store.engine.connect() as c:
        return _list(c, scope)


def mentor_page(store: ProvinceStore, scope: str | None = None, page: int = 1) -> MentorPage:
    """One page of :func:`list_mentors` (:data:`PAGE_SIZE` mentors): three statements and the
    total, whatever the registry's size."""
    page = max(page, 1)
    with store.engine.connect() as c:
        where, params = _mentor_where(c, scope)
        total = c.execute(
            text(f"SELECT COUNT(*) FROM prov_version m WHERE {where}"), params
        ).scalar_one()
        rows = _list(c, scope, PAGE_SIZE, (page - 1) * PAGE_SIZE)
    return MentorPage(rows, total, page, max(1, -(-total // PAGE_SIZE)))


def _mentor_where(c: Connection, scope: str | None) -> tuple[str, dict[str, Any]]:
    where = "m.table_name = 'mentor' AND m.is_current AND NOT m.deleted"
    if scope:
        return f"{where} AND {jf(c, 'm', 'kabupaten_code')} = :scope", {"scope": scope}
    return where, {}


def _list(
    c: Connection, scope: str | None, limit: int | None = None, offset: int = 0
) -> list[MentorView]:
    day = _today().isoformat()
    m = {k: jf(c, "m", k) for k in ("name", "role", "kabupaten_code", "phone", "email")}
    where, params = _mentor_where(c, scope)
    sql = (
        f"SELECT m.record_id, {', '.join(m.values())} FROM prov_version m WHERE {where} "
        f"ORDER BY LOWER({m['name']}), m.record_id"
    )
    if limit is not None:
        sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    mentors = c.execute(text(sql), params).all()
    ids = [r[0] for r in mentors] if limit is not None else None
    coops: dict[str, list[tuple[str, str]]] = {}
    for mentor_id, coop, name in _running(c, day, scope, ids):
        coops.setdefault(mentor_id, []).append((coop, name))
    devices = _devices(c)
    views = []
    for mentor_id, name, role, kab, phone, email in mentors:
        own = devices.get(mentor_id, [])
        syncs = [d.last_sync for d in own if d.last_sync]
        views.append(
            MentorView(
                mentor_id,
                str(name),
                str(role),
                kab,
                kabupaten_name(kab or "") or "",
                phone,
                email,
                sorted(coops.get(mentor_id, []), key=lambda p: p[1].lower()),
                own,
                max(syncs) if syncs else None,
            )
        )
    return views


def _running(
    c: Connection, day: str, scope: str | None, mentor_ids: list[str] | None = None
) -> list[tuple[str, str, str]]:
    """(mentor, cooperative, its name) of every assignment running on ``day`` (of the given
    mentors, found by the mentor index), one statement: each assignment's cooperative is found
    by primary key."""
    if mentor_ids == []:
        return []
    end, region = jf(c, "a", "end"), jf(c, "k", "region_code")
    mentor = jf(c, "a", "mentor_id")
    sql = (
        f"SELECT {mentor}, k.record_id, {jf(c, 'k', 'name')} "
        f"FROM prov_version a JOIN prov_version k ON k.table_name = 'cooperative' AND "
        f"k.record_id = {jf(c, 'a', 'cooperative_id')} AND k.is_current AND NOT k.deleted "
        f"WHERE a.table_name = 'assignment' AND a.is_current AND NOT a.deleted "
        f"AND ({end} IS NULL OR {end} >= :day)"
    )
    params: dict[str, Any] = {"day": day}
    if scope:
        sql += f" AND {region} >= :lo AND {region} < :hi"
        params.update(lo=f"{scope}.", hi=f"{scope}/")
    if mentor_ids is not None:
        sql += f" AND {mentor} IN ({', '.join(f':m{n}' for n in range(len(mentor_ids)))})"
        params.update({f"m{n}": i for n, i in enumerate(mentor_ids)})
    return [tuple(r) for r in c.execute(text(sql), params)]


def _devices(c: Connection) -> dict[str, list[DeviceView]]:
    rows = c.execute(
        text(
            "SELECT d.device_id, d.mentor_id, d.status, MAX(b.received_at) FROM prov_device d "
            "LEFT JOIN prov_batch b ON b.device_id = d.device_id AND b.status = 'applied' "
            "WHERE d.mentor_id IS NOT NULL GROUP BY d.device_id, d.mentor_id, d.status "
            "ORDER BY d.device_id"
        )
    ).all()
    found: dict[str, list[DeviceView]] = {}
    for device_id, mentor_id, status, last in rows:
        found.setdefault(mentor_id, []).append(DeviceView(device_id, status, _stamp(last)))
    return found


def _stamp(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return str(value)[:16]


def get_mentor(store: ProvinceStore, mentor_id: str, scope: str | None = None) -> MentorView:
    """One mentor with every assignment (running and ended, running first) and devices."""
    day = _today().isoformat()
    with store.engine.connect() as c:
        values = _require_mentor(c, mentor_id, scope)
        region = jf(c, "k", "region_code")
        sql = (
            f"SELECT a.record_id, k.record_id, {jf(c, 'k', 'name')}, {jf(c, 'a', 'start')}, "
            f"{jf(c, 'a', 'end')} FROM prov_version a JOIN prov_version k ON "
            f"k.table_name = 'cooperative' AND k.record_id = {jf(c, 'a', 'cooperative_id')} "
            f"AND k.is_current AND NOT k.deleted WHERE a.table_name = 'assignment' AND "
            f"a.is_current AND NOT a.deleted AND {jf(c, 'a', 'mentor_id')} = :m"
        )
        params: dict[str, Any] = {"m": mentor_id}
        if scope:
            sql += f" AND {region} >= :lo AND {region} < :hi"
            params.update(lo=f"{scope}.", hi=f"{scope}/")
        rows = c.execute(text(sql), params).all()
        devices = _devices(c).get(mentor_id, [])
    kab = kabupaten_name(values.get("kabupaten_code") or "") or ""
    assignments = sorted(
        (
            AssignmentView(
                i,
                coop,
                str(name),
                kab,
                mentor_id,
                str(values["name"]),
                str(start),
                end,
                _active({"end": end}, day),
            )
            for i, coop, name, start, end in rows
        ),
        key=lambda a: (not a.active, a.cooperative.lower(), a.start),
    )
    current = [(a.cooperative_id, a.cooperative) for a in assignments if a.active]
    syncs = [d.last_sync for d in devices if d.last_sync]
    return MentorView(
        mentor_id,
        str(values["name"]),
        str(values.get("role")),
        values.get("kabupaten_code"),
        kab,
        values.get("phone"),
        values.get("email"),
        current,
        devices,
        max(syncs) if syncs else None,
        assignments,
    )


def cooperative_assignments(
    store: ProvinceStore, cooperative_id: str, scope: str | None = None
) -> list[AssignmentView]:
    """Every assignment of one cooperative, newest first."""
    coop = registry.get(store, cooperative_id, scope)
    day = _today().isoformat()
    with store.engine.connect() as c:
        rows = _assignments_of(c, cooperative_id)
        mentors = {i: v for i, v in _live(c, "mentor")}
    return sorted(
        (
            AssignmentView(
                i,
                cooperative_id,
                str(coop.values.get("name")),
                coop.kabupaten,
                str(v.get("mentor_id")),
                str(mentors.get(v.get("mentor_id", ""), {}).get("name", "?")),
                str(v["start"]),
                v.get("end"),
                _active(v, day),
            )
            for i, v in rows
        ),
        key=lambda a: a.start,
        reverse=True,
    )
