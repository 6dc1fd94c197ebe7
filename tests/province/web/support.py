"""Shared data of the workspace tests: officers, passwords, cooperatives a laptop sent."""

from __future__ import annotations

import json
import uuid
from typing import Any

from kopdes_desktop.province import officers, registry
from kopdes_desktop.province.apply import apply_records
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.sync import versions
from kopdes_desktop.sync.payload import Incoming

PASSWORD = "sandi-rahasia-1"
LAPTOP = "0f0e0d0c-0000-4000-8000-00000000a001"
T0 = "2026-01-10T08:00:00"
BULUNGAN_VILLAGE = "65.01.01.2005"
MALINAU_VILLAGE = "65.02.01.2002"
HOSTILE_NAME = "<script>window.kopdesPwned = 1</script> & Co"


def seed_officers(store: ProvinceStore) -> None:
    officers.add_officer(store, "admin", PASSWORD, "admin", full_name="Admin Provinsi")
    officers.add_officer(
        store, "bulungan", PASSWORD, "kabupaten", "65.01", full_name="Petugas Bulungan"
    )
    officers.add_officer(store, "peninjau", PASSWORD, "viewer", full_name="Peninjau")


def coop_values(name: str, region: str, **values: Any) -> dict[str, Any]:
    return {**registry.DEFAULTS, "name": name, "region_code": region, "created_at": T0, **values}


def laptop_sends(
    store: ProvinceStore,
    record_id: str,
    counter: int,
    values: dict[str, Any],
    changed: list[str] | None = None,
    seen: dict[str, int] | None = None,
    table: str = "cooperative",
) -> int:
    """A mentor's laptop change of a record, applied as an import applies it; the number of
    records left in conflict."""
    record = Incoming(
        table,
        record_id,
        counter,
        None,
        False,
        T0,
        json.dumps(values, sort_keys=True),
        json.dumps(changed) if changed is not None else '["*"]',
        versions.dumps(seen) if seen else "{}",
    )
    with store.session() as session:
        return apply_records(session, LAPTOP, uuid.uuid4().hex, [record], T0, T0)


def mentor_cooperative(store: ProvinceStore, name: str, region: str) -> str:
    """A cooperative a mentor created on their laptop and sent."""
    record_id = str(uuid.uuid4())
    laptop_sends(store, record_id, 1, coop_values(name, region))
    return record_id


def header_link(page, label: str) -> str:
    """The selector of the header link ``label``; when it sits under the header's "Lainnya"
    menu (or "More"), the menu is opened first, as a person would."""
    link = f"header nav a:text-is('{label}')"
    if not page.is_visible(link):
        page.click("header nav details.more > summary")
    return link
