"""The cooperative registry as officers see and correct it (web pages and CLI alike).

The registry is the province's merged records of table ``cooperative``. Creating a
cooperative or correcting its fields is a change of the province's own (device ``province``),
merged like any mentor's change (:mod:`kopdes_desktop.province.merge`) and like an officer's
conflict resolution: it goes down in the next reference package, and a field a mentor changed
meanwhile becomes a per-field conflict instead of being overwritten. Every value is checked
with the schema every batch is checked with (:mod:`kopdes_desktop.sync.schema`).

``scope`` (a kabupaten code, or None for the whole province) limits what an officer reads and
changes; a record outside it is refused as :class:`OutOfScope`.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from kopdes_desktop.core.regions import KALTARA
from kopdes_desktop.errors import KopdesError, NotFoundError, ValidationError
from kopdes_desktop.province import conflicts_store, merge
from kopdes_desktop.province.apply import PROVINCE_DEVICE, _Changes, load_heads, state_of
from kopdes_desktop.province.officers import audit
from kopdes_desktop.province.regions import region_label, village
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.store.models import utcnow
from kopdes_desktop.sync import schema
from kopdes_desktop.sync.records import VALUE_COLUMNS
from kopdes_desktop.sync.schema_rules import normal_ahu

TABLE = "cooperative"
EDITABLE = (
    "name",
    "address",
    "formation_model",
    "ahu_number",
    "nik_koperasi",
    "nib",
    "npwp",
    "bank_name",
    "bank_account",
    "simkopdes_status",
    "founded_on",
    "notes",
)
"""The registry fields an officer may correct (figures and location stay the mentors')."""
REQUIRED = ("name",)
DEFAULTS: dict[str, Any] = {
    "address": None,
    "formation_model": "BARU",
    "ahu_number": None,
    "nik_koperasi": None,
    "nib": None,
    "npwp": None,
    "bank_name": None,
    "bank_account": None,
    "simkopdes_status": "BELUM",
    "founded_on": None,
    "office_lat": None,
    "office_lon": None,
    "financing_ceiling": 0,
    "financing_disbursed": 0,
    "financing_outstanding": 0,
    "financing_arrears": 0,
    "notes": None,
    "fiscal_year_end": "12-31",
}
ID_RE = re.compile(r"^[0-9a-fA-F-]{36}$")


class OutOfScope(KopdesError):
    """A record outside the officer's kabupaten/kota."""

    def __init__(self) -> None:
        super().__init__(
            "Koperasi ini berada di luar kabupaten/kota Anda; Anda tidak berwenang "
            "melihat atau mengubahnya.",
            "This cooperative is outside your kabupaten; you may not see or change it.",
        )


@dataclass(frozen=True)
class CooperativeView:
    """One cooperative's registry record as plain data."""

    id: str
    values: dict[str, Any]
    village: str
    kecamatan: str
    kabupaten: str
    in_conflict: bool
    changed_by: str

    def as_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


def in_scope(region_code: Any, scope: str | None) -> bool:
    return scope is None or (isinstance(region_code, str) and region_code.startswith(scope + "."))


def _current(session: Session, record_id: str) -> tuple[dict[str, Any], bool, str] | None:
    row = session.execute(
        text(
            "SELECT data, in_conflict, device_id FROM prov_version WHERE table_name = :t AND "
            "record_id = :id AND is_current AND NOT deleted"
        ),
        {"t": TABLE, "id": record_id},
    ).first()
    return (json.loads(row[0]), bool(row[1]), row[2]) if row else None


def get(store: ProvinceStore, record_id: str, scope: str | None = None) -> CooperativeView:
    """The cooperative ``record_id`` (NotFoundError if absent, OutOfScope outside ``scope``)."""
    with store.session() as session:
        found = _current(session, record_id) if ID_RE.fullmatch(record_id) else None
    if found is None:
        raise NotFoundError(
            f"Koperasi {record_id} tidak ada di registri.",
            f"Cooperative {record_id} is not in the registry.",
        )
    values, conflict, device = found
    if not in_scope(values.get("region_code"), scope):
        raise OutOfScope()
    return CooperativeView(
        record_id, values, *region_label(values.get("region_code")), conflict, device
    )


def clean_form(form: dict[str, Any]) -> dict[str, Any]:
    """Typed values of registry fields from form or CLI text: trimmed, blank is empty (None),
    the AHU number in its stored form. Fields not given are left out."""
    values: dict[str, Any] = {}
    for name in EDITABLE:
        if name not in form:
            continue
        value = form[name]
        value = value.strip() if isinstance(value, str) else value
        if value == "":
            value = "" if name in REQUIRED else DEFAULTS.get(name)
        if name == "ahu_number" and isinstance(value, str):
            value = normal_ahu(value)
        values[name] = value
    return values


def _check(values: dict[str, Any]) -> None:
    problems = schema.check_record(TABLE, values, region_prefix=KALTARA)
    if problems:
        raise ValidationError(
            {p.field or "-": p.reason for p in problems},
            {p.field or "-": p.reason_en for p in problems},
        )


def province_change(
    store: ProvinceStore,
    session: Session,
    table: str,
    record_id: str,
    changed: tuple[str, ...] | None,
    values: dict[str, Any],
    deleted: bool = False,
) -> str:
    """Merge a change of the province's own device into a record of ``table`` (a registry
    correction, a mentor, an assignment), field by field as any device's; its revision."""
    key = (table, record_id)
    heads = load_heads(session.connection(), [key]).get(key, {})
    state = state_of(heads, VALUE_COLUMNS[table]) if heads else merge.State()
    counter = store.next_counter(session, "province_counter")
    op = merge.Op(
        PROVINCE_DEVICE, counter, dict(state.vector), changed, deleted, utcnow().isoformat(), values
    )
    merge.apply(state, op, VALUE_COLUMNS[table])
    changes = _Changes(PROVINCE_DEVICE, "")
    changes.write_merged(key, state, heads)
    changes.write(session.connection())
    session.flush()
    conflicts_store.record(session, changes.merged, None)
    return op.rev


def create(
    store: ProvinceStore,
    name: str,
    region_code: str,
    fields: dict[str, Any] | None = None,
    *,
    scope: str | None = None,
    actor: str = "cli",
    client: str = "",
) -> CooperativeView:
    """Create a cooperative on a desa/kelurahan of the Kemendagri registry."""
    place = village(region_code.strip())
    if place is None:
        raise ValidationError(
            {"region_code": "Pilih desa/kelurahan dari daftar wilayah Kemendagri provinsi ini."},
            {"region_code": "Choose a village of this province's Kemendagri list."},
        )
    if not in_scope(place.code, scope):
        raise OutOfScope()
    values = {
        **DEFAULTS,
        **clean_form({**(fields or {}), "name": name}),
        "region_code": place.code,
        "created_at": utcnow().isoformat(),
    }
    _check(values)
    record_id = str(uuid.uuid4())
    with store.session() as session:
        rev = province_change(store, session, TABLE, record_id, None, values)
        audit(
            session,
            actor,
            "cooperative.add",
            record_id,
            None,
            {**{k: values[k] for k in ("name", "region_code")}, "rev": rev},
            client,
        )
    return get(store, record_id)


def correct(
    store: ProvinceStore,
    record_id: str,
    form: dict[str, Any],
    *,
    scope: str | None = None,
    actor: str = "cli",
    client: str = "",
) -> list[str]:
    """Correct registry fields of a cooperative; returns the fields that changed (none: nothing
    written)."""
    asked = clean_form(form)
    with store.session() as session:
        found = _current(session, record_id) if ID_RE.fullmatch(record_id) else None
        if found is None:
            raise NotFoundError(
                f"Koperasi {record_id} tidak ada di registri.",
                f"Cooperative {record_id} is not in the registry.",
            )
        current = found[0]
        if not in_scope(current.get("region_code"), scope):
            raise OutOfScope()
        changed = tuple(sorted(k for k, v in asked.items() if current.get(k) != v))
        if not changed:
            return []
        # A field a laptop never sent (one added in a later release) reads as its default.
        values = {**current, **asked}
        values.update({k: v for k, v in DEFAULTS.items() if values.get(k) is None})
        _check(values)
        rev = province_change(store, session, TABLE, record_id, changed, values)
        audit(
            session,
            actor,
            "cooperative.correct",
            record_id,
            {k: current.get(k) for k in changed},
            {**{k: values[k] for k in changed}, "rev": rev},
            client,
        )
    return list(changed)
