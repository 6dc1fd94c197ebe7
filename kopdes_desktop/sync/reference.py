"""Applying a signed reference package on the laptop, and the notices it can leave.

Rows are written with change tracking off, keeping the province's stamps, so they are not
pending. A field the package leaves out (personal data of a cooperative not assigned to this
laptop's mentor, see :mod:`kopdes_desktop.sync.personal`) is left as the laptop holds it:
absent is not null, and since the package does not change it, it is never sent back as a
change. A row whose local change is still pending is never overwritten unless the province's
version already includes that change; the province merges it field by field when it arrives.
Where the province's version replaces values this laptop had changed, the mentor gets a notice
per field (:mod:`kopdes_desktop.sync.notices`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from kopdes_desktop.core.instruments.registry import registry
from kopdes_desktop.errors import KopdesError, NotFoundError
from kopdes_desktop.store.db import Store
from kopdes_desktop.store.models import (
    Cooperative,
    Financing,
    Mentor,
    Meta,
    Region,
    Syncable,
    utcnow,
)
from kopdes_desktop.store.sync_models import SyncConflict
from kopdes_desktop.sync import bases, device_registry, errors, handed_over, notices, versions
from kopdes_desktop.sync.batch import DEVICE_RE, MAX_COUNTER
from kopdes_desktop.sync.errors import SyncRejected
from kopdes_desktop.sync.keys import ProvincePublic
from kopdes_desktop.sync.payload import RECORD_KEYS_V1, check_record
from kopdes_desktop.sync.pending import TYPE_LABELS, self_device
from kopdes_desktop.sync.personal import PERSONAL_FIELDS
from kopdes_desktop.sync.records import MODELS_BY_TABLE, column_values, to_record

REFERENCE_TABLES = (
    "mentor",
    "cooperative",
    "assignment",
    "rat_meeting",
    "financing",
    "financing_payment",
    "financing_arrears",
)
HISTORY_TABLES = ("visit", "assessment", "finding", "action_item", "attachment")
"""The history of the mentor's cooperatives, handed over from their earlier mentors."""
VERSION_KEY = "sync.reference_version"
MENTOR_KEY = handed_over.MENTOR_KEY
HEALTH_PARENTS: dict[str, tuple[type[Syncable], str]] = {
    "rat_meeting": (Cooperative, "cooperative_id"),
    "financing": (Cooperative, "cooperative_id"),
    "financing_payment": (Financing, "financing_id"),
    "financing_arrears": (Financing, "financing_id"),
}
"""RAT and financing records and the row each belongs to, which must be on the laptop."""
REGION_RE = re.compile(r"^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$")


def check_province(body: dict[str, Any], province: ProvincePublic) -> None:
    if body.get("province_key_id") != province.key_id:
        raise SyncRejected(
            "wrong_province",
            "Berkas ini dari provinsi lain.",
            "This file is from another province.",
        )


def plain_int(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_COUNTER:
        raise errors.damaged("angka")
    return value


def _checked(body: dict[str, Any]) -> tuple[int, list, list, list]:
    if body.get("kind") != "reference":
        raise errors.damaged("jenis berkas")
    version = plain_int(body.get("version"))
    regions, records, instruments = (body.get(k) for k in ("regions", "records", "instruments"))
    if not (
        isinstance(regions, list) and isinstance(records, list) and isinstance(instruments, list)
    ):
        raise errors.damaged("isi")
    for region in regions:
        if (
            not isinstance(region, dict)
            or not REGION_RE.match(str(region.get("code", "")))
            or not isinstance(region.get("name"), str)
            or not isinstance(region.get("level"), int)
        ):
            raise errors.damaged("wilayah")
    for record in records:
        if (
            not isinstance(record, dict)
            or record.get("t") not in (*REFERENCE_TABLES, *HISTORY_TABLES)
            or not isinstance(record.get("d"), str)
            or not DEVICE_RE.match(record["d"])
        ):
            raise errors.damaged("catatan referensi")
        check_record(
            {k: v for k, v in record.items() if k not in ("d", "k")}, 0, MAX_COUNTER, RECORD_KEYS_V1
        )
        try:
            versions.check_vector(record.get("k", {}), MAX_COUNTER)
        except ValueError as exc:
            raise errors.damaged("vektor versi") from exc
    for item in instruments:
        if not isinstance(item, dict) or not isinstance(item.get("data"), dict):
            raise errors.damaged("instrumen")
    return version, regions, records, instruments


def apply_incoming(
    session: Session, model: type[Syncable], local: Syncable | None, record: dict[str, Any]
) -> None:
    """Write the province's version of a row, with its stamps (tracking must be off)."""
    values = column_values(model, record["v"])
    if model is Mentor:
        values["is_self"] = isinstance(local, Mentor) and bool(local.is_self)
    row = local if local is not None else model(id=record["id"])
    for key, value in values.items():
        setattr(row, key, value)
    row.device_id, row.counter, row.base_rev = record["d"], record["c"], record["b"]
    # An empty or malformed time is a ValueError: the caller skips the record as invalid.
    row.deleted, row.updated_at = record["x"], datetime.fromisoformat(record["u"])
    session.add(row)


def _import_instruments(store: Store, instruments: list[dict[str, Any]]) -> list[str]:
    problems = []
    known = registry(store.paths)
    for item in instruments:
        try:
            known.import_definition(item["data"], str(item.get("source", "provinsi")))
        except KopdesError as exc:
            problems.append(exc.message)
    return problems


def apply_reference(
    store: Store, body: dict[str, Any], province: ProvincePublic
) -> tuple[str, str, dict[str, Any]]:
    """Apply a verified reference package if it is newer than the last one applied."""
    check_province(body, province)
    version, regions, records, instruments = _checked(body)
    last = int(store.get_meta(VERSION_KEY, "0") or 0)
    if version <= last:
        return (
            "unchanged",
            f"Paket referensi versi {version} sudah diterapkan.",
            {"version": version},
        )
    problems = _import_instruments(store, instruments)
    problem = device_registry.keep(store, body.get("device_registry"), province)
    if problem:
        problems.append(problem)
    with store.session() as session:
        session.info["tracking"] = False
        for region in regions:
            session.merge(
                Region(
                    code=region["code"],
                    name=region["name"][:120],
                    level=region["level"],
                    type=str(region.get("type", ""))[:20],
                    parent_code=region.get("parent_code"),
                    postal_code=region.get("postal_code"),
                    source=str(region.get("source", ""))[:60],
                )
            )
        session.flush()
        codes = set(session.scalars(select(Region.code)))
        updated, conflicts = _apply_records(session, records, version, codes, problems)
        handed_over.claim_profile(session)
        session.merge(Meta(key=VERSION_KEY, value=str(version)))
    fetched = handed_over.store_attachments(store, body.get("attachments"), problems)
    details = {
        "version": version,
        "attachments": fetched,
        "updated": updated,
        "conflicts": conflicts,
        "regions": len(regions),
        "instruments": len(instruments),
        "problems": problems,
    }
    message = f"Paket referensi versi {version} diterapkan: {updated} data diperbarui"
    if conflicts:
        message += f"; {conflicts} nilai Anda digabung dengan perubahan lain (lihat Bentrok)"
    return "applied", message + ".", details


def _apply_records(
    session: Session,
    records: list[dict[str, Any]],
    version: int,
    codes: set[str],
    problems: list[str],
) -> tuple[int, int]:
    """Write the province's records; the number updated and of notices raised.

    A row holding this laptop's own change that the province's version does not include is
    left as it is: the change is on its way (the province merges it field by field), or the
    package was made before the province applied it and would take the row back. Any other
    row takes the province's version, which becomes its sync base; where that replaces values
    this laptop had changed, the mentor gets a notice per field.
    """
    device = self_device(session)
    updated = raised = 0
    for record in records:
        model = MODELS_BY_TABLE[record["t"]]
        if record["t"] == "cooperative" and record["v"].get("region_code") not in codes:
            problems.append(
                f"Wilayah {record['v'].get('region_code')} tidak dikenal; koperasi "
                f"{record['v'].get('name')} dilewati."
            )
            continue
        if record["t"] == "assignment" and not _parents_present(session, record["v"]):
            problems.append(
                f"Penugasan {record['id']} dilewati: koperasi atau pendamping tidak dikenal."
            )
            continue
        if record["t"] in HISTORY_TABLES and not handed_over.parents_present(
            session, model, record["v"]
        ):
            problems.append(
                f"Riwayat {record['t']} {record['id']} dilewati: data induknya tidak dikenal."
            )
            continue
        if not _health_parent_present(session, record):
            problems.append(
                f"Data {record['t']} {record['id']} dilewati: koperasi atau "
                f"pembiayaannya tidak dikenal."
            )
            continue
        local = session.get(model, record["id"])
        incoming_rev = f"{record['d']}:{record['c']}"
        vector = record.get("k") or versions.vector_of(record["d"], record["c"])
        if local is not None and local.rev == incoming_rev and not _fills(local, record):
            continue
        own = local if local is not None and local.device_id == device.id else None
        if own is not None and not versions.covers(vector, device.id, own.counter):
            # Pending, or acknowledged after this package was made: it would go back.
            continue
        before = to_record(own)["v"] if own is not None else None
        local_rev = local.rev if local is not None else ""
        try:
            apply_incoming(session, model, local, record)
        except (ValueError, TypeError):
            problems.append(f"Data {record['t']} {record['id']} tidak sah dan dilewati.")
            continue
        bases.received(session, record["t"], record["id"], incoming_rev, vector, device.counter)
        if before is not None:
            raised += notices.merged(
                session,
                record["t"],
                record["id"],
                before,
                record["v"],
                local_rev,
                incoming_rev,
                record["d"],
            )
        updated += 1
    return updated, raised


def _fills(local: Syncable, record: dict[str, Any]) -> bool:
    """Whether a record brings personal fields that this laptop's copy of the same revision
    lacks: it came earlier in a package for a mentor not assigned to it (fields absent, which
    were left as they were), and the mentor is assigned now."""
    return any(
        field in record["v"] and getattr(local, field) != record["v"][field]
        for field in PERSONAL_FIELDS.get(record["t"], ())
    )


def _health_parent_present(session: Session, record: dict[str, Any]) -> bool:
    parent = HEALTH_PARENTS.get(record["t"])
    if parent is None:
        return True
    model, column = parent
    parent_id = record["v"].get(column)
    return isinstance(parent_id, str) and session.get(model, parent_id) is not None


def _parents_present(session: Session, values: dict[str, Any]) -> bool:
    mentor, coop = values.get("mentor_id"), values.get("cooperative_id")
    return (
        isinstance(mentor, str)
        and isinstance(coop, str)
        and session.get(Mentor, mentor) is not None
        and session.get(Cooperative, coop) is not None
    )


@dataclass(frozen=True)
class LocalConflict:
    """A notice for the mentor (see :mod:`kopdes_desktop.sync.notices`): for one field, the
    mentor's value (``local``) and the one the province holds (``incoming``); ``kind`` is
    ``overridden``, ``merged`` or ``refused``. Notices of an earlier release held back a whole
    incoming version (no ``field``)."""

    id: int
    table: str
    type_label: str
    record_id: str
    local_rev: str
    incoming_rev: str
    incoming: dict[str, Any]
    local: dict[str, Any]
    created_at: Any
    resolution: str | None
    field: str | None = None
    kind: str | None = None
    winner_device: str | None = None
    name: str | None = None

    @property
    def kind_label(self) -> str:
        return notices.KIND_LABELS.get(self.kind or "", "Bentrok dengan data referensi")


def _conflict(session: Session, row: SyncConflict) -> LocalConflict:
    label = TYPE_LABELS.get(row.table_name, row.table_name)
    if row.field is None and row.kind is None:
        local = session.get(MODELS_BY_TABLE[row.table_name], row.record_id)
        return LocalConflict(
            row.id,
            row.table_name,
            label,
            row.record_id,
            row.local_rev,
            row.incoming_rev,
            dict(row.incoming.get("v", {})),
            to_record(local)["v"] if local is not None else {},
            row.created_at,
            row.resolution,
        )
    name = row.field or "alasan"
    mine = json.loads(row.mine) if row.mine else None
    theirs = json.loads(row.theirs) if row.theirs else None
    record = session.get(MODELS_BY_TABLE[row.table_name], row.record_id)
    title = getattr(record, "name", None) if record is not None else None
    return LocalConflict(
        row.id,
        row.table_name,
        label,
        row.record_id,
        row.local_rev,
        row.incoming_rev,
        {name: theirs},
        {name: mine},
        row.created_at,
        row.resolution,
        row.field,
        row.kind,
        row.winner_device,
        title if isinstance(title, str) else None,
    )


def local_conflicts(store: Store, include_resolved: bool = False) -> list[LocalConflict]:
    """The mentor's open notices (all with ``include_resolved``), oldest first."""
    with store.read() as session:
        query = select(SyncConflict).order_by(SyncConflict.id)
        if not include_resolved:
            query = query.where(SyncConflict.resolved_at.is_(None))
        return [_conflict(session, row) for row in session.scalars(query)]


def resolve_local_conflict(store: Store, conflict_id: int, keep: str) -> None:
    """``keep="local"``: write the mentor's value again, as a change made after seeing the
    province's (sent with the next batch); ``"reference"``: accept the province's value."""
    if keep not in ("local", "reference"):
        raise KopdesError(
            "Pilihan harus 'local' atau 'reference'.", "The choice must be 'local' or 'reference'."
        )
    with store.session() as session:
        conflict = session.get(SyncConflict, conflict_id)
        if conflict is None or conflict.resolved_at is not None:
            raise NotFoundError(
                f"Konflik {conflict_id} tidak ada atau sudah diselesaikan.",
                f"Conflict {conflict_id} does not exist or is resolved.",
            )
        model = MODELS_BY_TABLE[conflict.table_name]
        row = session.get(model, conflict.record_id)
        if conflict.field is not None and keep == "local" and row is not None:
            value = column_values(model, {conflict.field: json.loads(conflict.mine or "null")})
            setattr(row, conflict.field, value[conflict.field])
            flag_modified(row, conflict.field)
        elif conflict.field is None and conflict.kind is None and row is not None:
            _resolve_legacy(session, model, row, conflict, keep)
        conflict.resolved_at, conflict.resolution = utcnow(), keep


def _resolve_legacy(
    session: Session, model: type[Syncable], row: Syncable, conflict: SyncConflict, keep: str
) -> None:
    """A whole incoming version held back by an earlier release."""
    if keep == "local":
        row.base_rev = conflict.incoming_rev
        flag_modified(row, "deleted")
        session.flush()
    else:
        session.info["tracking"] = False
        apply_incoming(session, model, row, conflict.incoming)
