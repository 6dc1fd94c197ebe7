"""Handover: a mentor's reference package carries the history of their cooperatives.

When a cooperative is reassigned, its new mentor needs what was done there before: visits,
assessments (each with its instrument id and version), findings, follow-ups and the metadata of
their attachments. Every device's reference package therefore carries, for the cooperatives
assigned to its mentor, the current state of those records, except the ones this device wrote
itself (it holds them already). The bytes of the attachments come too when asked for, up to a
budget (:data:`DEFAULT_ATTACHMENT_BUDGET`), newest first; the rest stay listed by metadata.

History changes without the shared reference content changing (the previous mentor's last
batch arrives after the reassignment), so a device's package gets a version of its own when
its history changed since its last package: the province remembers, per device, the digest of
the history it last sent and the version it sent it under (``prov_meta``).
"""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.engine import Connection

from kopdes_desktop.province import downlink
from kopdes_desktop.province.apply import PROVINCE_DEVICE
from kopdes_desktop.province.models import ProvMeta
from kopdes_desktop.province.registry_query import jf
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.sync import versions
from kopdes_desktop.sync.fileformat import canonical

HISTORY_TABLES = ("visit", "assessment", "finding", "action_item")
"""Tables whose records belong to one cooperative (``cooperative_id``)."""
ALL_TABLES = (*HISTORY_TABLES, "attachment")
DEFAULT_ATTACHMENT_BUDGET = 0
"""Attachment bytes carried by default: none (metadata only); ask with a budget in bytes."""
CHUNK = 400
META_PREFIX = "handover:"
EMPTY = hashlib.sha256(canonical([])).hexdigest()


def ensure_indexes(engine: Engine) -> None:
    """Partial expression indexes reading one cooperative's history (idempotent)."""
    with engine.begin() as c:
        for table in HISTORY_TABLES:
            c.exec_driver_sql(
                f"CREATE INDEX IF NOT EXISTS ix_prov_history_{table} ON prov_version "
                f"({jf(c, '', 'cooperative_id')}) WHERE table_name = '{table}' AND is_current"
            )
        c.exec_driver_sql(
            f"CREATE INDEX IF NOT EXISTS ix_prov_history_attachment ON prov_version "
            f"({jf(c, '', 'owner_id')}) WHERE table_name = 'attachment' AND is_current"
        )


def _vector(
    device_id: str, counter: int, covers: str | None, merge_state: str | None
) -> dict[str, int]:
    if device_id == PROVINCE_DEVICE and merge_state:
        return versions.loads(covers)
    return versions.join(versions.loads(covers), versions.vector_of(device_id, counter))


def _select(c: Connection, table: str, column: str, ids: list[str]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        marks = ", ".join(f":i{n}" for n in range(len(chunk)))
        rows = c.execute(
            text(
                f"SELECT record_id, device_id, counter, base_rev, deleted, updated_at, data,"
                f" covers, merge_state FROM prov_version WHERE table_name = :t AND is_current AND "
                f"{jf(c, '', column)} IN ({marks})"
            ),
            {"t": table, **{f"i{n}": i for n, i in enumerate(chunk)}},
        ).all()
        found.extend(
            {
                "t": table,
                "id": r[0],
                "d": r[1],
                "c": r[2],
                "b": r[3],
                "x": bool(r[4]),
                "u": r[5],
                "v": json.loads(r[6]),
                "k": _vector(r[1], r[2], r[7], r[8]),
            }
            for r in rows
        )
    return found


def history(
    c: Connection, cooperative_ids: set[str], device_id: str | None
) -> list[dict[str, Any]]:
    """The history records of ``cooperative_ids`` (tombstones too, so a deletion reaches the
    new mentor), parents before children, without those whose current state is
    ``device_id``'s own."""
    coops = sorted(cooperative_ids)
    records: list[dict[str, Any]] = []
    for table in HISTORY_TABLES:
        records.extend(sorted(_select(c, table, "cooperative_id", coops), key=lambda r: r["id"]))
    owners = sorted(r["id"] for r in records)
    records.extend(sorted(_select(c, "attachment", "owner_id", owners), key=lambda r: r["id"]))
    return [r for r in records if r["d"] != device_id]


def _attachments(
    store: ProvinceStore, records: list[dict[str, Any]], budget: int
) -> list[dict[str, str]]:
    """Attachment bytes the province holds, newest first, as long as they fit ``budget``."""
    chosen: list[dict[str, str]] = []
    left = budget
    wanted = sorted(
        (r for r in records if r["t"] == "attachment" and not r["x"]),
        key=lambda r: r["u"],
        reverse=True,
    )
    seen: set[str] = set()
    for record in wanted:
        sha = str(record["v"].get("sha256", ""))
        path = store.attachments / sha[:2] / sha
        if sha in seen or len(sha) != 64 or not path.is_file():
            continue
        size = path.stat().st_size
        if size > left:
            continue
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() != sha:
            continue
        chosen.append({"sha256": sha, "data": base64.b64encode(data).decode("ascii")})
        seen.add(sha)
        left -= size
    return chosen


def _version(store: ProvinceStore, device_id: str, shared: int, digest: str) -> int:
    """The version of this device's package: the shared one, or a new one of its own when its
    history changed since its last package."""
    key = META_PREFIX + device_id
    with store.session() as session:
        row = session.get(ProvMeta, key)
        known = json.loads(row.value) if row else None
        if known is not None and known["digest"] == digest:
            return max(shared, int(known["version"]))
        if known is None and digest == EMPTY:
            version = shared
        else:
            version = max(shared, store.next_counter(session, "reference_version"))
        session.merge(ProvMeta(key=key, value=json.dumps({"digest": digest, "version": version})))
    return version


def device_body(
    store: ProvinceStore,
    body: dict[str, Any],
    device: downlink.Recipient,
    budget: int = DEFAULT_ATTACHMENT_BUDGET,
) -> dict[str, Any]:
    """The reference package body for one device: the shared content cut for its mentor
    (:func:`~kopdes_desktop.province.downlink.partition`), its cooperatives' history and,
    within ``budget`` bytes, attachment bytes; under the device's own version."""
    partitioned = downlink.partition(body, device.mentor_id, device.device_id)
    own = downlink.assigned_cooperatives(body["records"], device.mentor_id)
    if not own:
        records: list[dict[str, Any]] = []
    else:
        with store.engine.connect() as c:
            records = history(c, own, device.device_id)
    digest = hashlib.sha256(canonical(records)).hexdigest()
    version = _version(store, device.device_id, int(body["version"]), digest)
    result = {**partitioned, "version": version, "records": partitioned["records"] + records}
    if budget > 0 and records:
        result["attachments"] = _attachments(store, records, budget)
    return result
