"""The consolidated records a report needs, as a laptop's store holds them.

The province prints the laptop's own documents through the laptop's own report code: the
records of one cooperative (or one mentor's month) are read from ``prov_version`` and loaded
into a private in-memory database of the laptop's schema, with the Kemendagri regions, and the
report's data functions read that. What a document prints is therefore exactly what the laptop
that made the records would print.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import cache

from sqlalchemy import Connection, create_engine, insert, select, text
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from kopdes_desktop.core.regions import load_regions
from kopdes_desktop.errors import NotFoundError
from kopdes_desktop.province.registry_query import jf
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.store.models import Base, Meta, Region
from kopdes_desktop.sync.records import MODELS_BY_TABLE, column_values, parse_time

# Tables loaded, parents first (the laptop schema's foreign keys).
ORDER = (
    "mentor",
    "cooperative",
    "member_count",
    "business_unit",
    "person",
    "assignment",
    "visit",
    "assessment",
    "finding",
    "action_item",
    "attachment",
    "monthly_note",
)
BY_COOPERATIVE = (
    "member_count",
    "business_unit",
    "person",
    "assignment",
    "visit",
    "assessment",
    "finding",
    "action_item",
)
CHUNK = 400


class Records:
    """Current records gathered from the province store, by table and id."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.rows: dict[str, dict[str, dict]] = {table: {} for table in ORDER}

    def by_ids(self, table: str, ids: Iterable[str]) -> None:
        wanted = sorted(set(ids) - set(self.rows[table]))
        for start in range(0, len(wanted), CHUNK):
            chunk = wanted[start : start + CHUNK]
            marks = ", ".join(f":i{n}" for n in range(len(chunk)))
            self._add(
                table, f"record_id IN ({marks})", {f"i{n}": value for n, value in enumerate(chunk)}
            )

    def by_field(self, table: str, field: str, values: Iterable[str]) -> None:
        wanted = sorted(set(values))
        for start in range(0, len(wanted), CHUNK):
            chunk = wanted[start : start + CHUNK]
            marks = ", ".join(f":v{n}" for n in range(len(chunk)))
            self._add(
                table,
                f"{jf(self.connection, '', field)} IN ({marks})",
                {f"v{n}": value for n, value in enumerate(chunk)},
            )

    def _add(self, table: str, where: str, params: dict) -> None:
        found = self.connection.execute(
            text(
                f"SELECT record_id, data, updated_at FROM prov_version WHERE table_name = :t AND "
                f"is_current AND NOT deleted AND {where}"
            ),
            {"t": table, **params},
        )
        for record_id, data, updated_at in found:
            values = json.loads(data)
            values["_updated"] = updated_at
            self.rows[table][record_id] = values

    def field(self, table: str, name: str) -> set[str]:
        return {str(v[name]) for v in self.rows[table].values() if v.get(name)}


def cooperative_records(records: Records, cooperative_ids: Iterable[str]) -> None:
    """The cooperatives, everything recorded about them, their mentors and photos."""
    ids = list(cooperative_ids)
    records.by_ids("cooperative", ids)
    for table in BY_COOPERATIVE:
        records.by_field(table, "cooperative_id", ids)
    records.by_ids(
        "mentor", records.field("assignment", "mentor_id") | records.field("visit", "mentor_id")
    )
    owners = set(ids) | {i for t in ("visit", "assessment", "finding") for i in records.rows[t]}
    records.by_field("attachment", "owner_id", owners)


def mentor_records(records: Records, mentor_id: str) -> None:
    """The mentor, their cooperatives (with everything about them) and monthly notes."""
    records.by_ids("mentor", [mentor_id])
    if mentor_id not in records.rows["mentor"]:
        raise NotFoundError(
            f"Pendamping {mentor_id} tidak ada di provinsi.",
            f"Mentor {mentor_id} is not at the province.",
        )
    records.by_field("assignment", "mentor_id", [mentor_id])
    records.by_field("visit", "mentor_id", [mentor_id])
    cooperative_records(
        records,
        records.field("assignment", "cooperative_id") | records.field("visit", "cooperative_id"),
    )
    records.by_field("monthly_note", "mentor_id", [mentor_id])


@cache
def _regions() -> tuple[dict, ...]:
    """The Kaltara regions as the laptop loads them, read once."""
    engine = create_engine("sqlite://", poolclass=StaticPool)
    try:
        Base.metadata.create_all(engine, tables=[Region.__table__, Meta.__table__])
        with Session(engine) as session:
            load_regions(session)
            session.flush()
            columns = [c.key for c in Region.__table__.columns]
            return tuple(
                {c: getattr(r, c) for c in columns} for r in session.scalars(select(Region))
            )
    finally:
        engine.dispose()


@contextmanager
def laptop_session(store: ProvinceStore, gather: Callable[[Records], None]) -> Iterator[Session]:
    """A session on a private in-memory laptop database holding what ``gather(records)``
    collected from the province store, with the Kaltara regions."""
    with store.engine.connect() as connection:
        records = Records(connection)
        gather(records)
    engine = create_engine("sqlite://", poolclass=StaticPool)
    try:
        Base.metadata.create_all(engine)
        # A copy, not a laptop: its rows keep the devices and times they came with.
        with Session(engine, info={"tracking": False}) as session:
            session.execute(insert(Region), list(_regions()))
            _load(session, records)
            session.commit()
            yield session
    finally:
        engine.dispose()


def _load(session: Session, records: Records) -> None:
    """Insert the gathered records as laptop rows; a row whose parent the province does not
    hold (sent by a laptop that has not sent the parent yet) is left out."""
    present: dict[str, set[str]] = {}
    for table in ORDER:
        model = MODELS_BY_TABLE[table]
        kept = set()
        for record_id, values in records.rows[table].items():
            if not _parents_present(table, values, present):
                continue
            row = model(id=record_id, **column_values(model, values))
            row.updated_at = parse_time(values.get("_updated")) or row.created_at
            session.add(row)
            kept.add(record_id)
        present[table] = kept
        session.flush()


PARENTS = {
    "cooperative_id": "cooperative",
    "mentor_id": "mentor",
    "visit_id": "visit",
    "finding_id": "finding",
    "closed_visit_id": "visit",
}


def _parents_present(table: str, values: dict, present: dict[str, set[str]]) -> bool:
    for name, parent in PARENTS.items():
        value = values.get(name)
        if value and parent in present and value not in present[parent]:
            if table in ("visit", "action_item") and name != "cooperative_id":
                values[name] = None  # an optional link to a record not held: dropped
                continue
            return False
    return True
