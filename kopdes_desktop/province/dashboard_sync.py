"""Sync health for the overview: what ``kopdes-province status`` computes per device (gaps,
quarantine, divergences, open conflicts, from :func:`.devices.device_statuses`), with each
device's last batch, its mentor and kabupaten, and the devices silent for
:data:`SILENT_DAYS` days. A kabupaten officer sees the devices of their kabupaten's mentors."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import func, select, text

from kopdes_desktop.province import dashboard_stamp, dashboard_store
from kopdes_desktop.province.dashboard_sql import FACTS
from kopdes_desktop.province.devices import DeviceStatus, device_statuses
from kopdes_desktop.province.models import ProvBatch, ProvDevice
from kopdes_desktop.province.store import ProvinceStore

SILENT_DAYS = 14
FILTERS = ("semua", "diam", "celah", "divergensi", "karantina", "konflik")
"""Every device; silent for 14 days; with a gap; with a divergence; with quarantined
batches; in open conflicts."""


@dataclass(frozen=True)
class DeviceHealth:
    status: DeviceStatus
    mentor_id: str | None
    kabupaten: str | None
    last_batch: str | None
    silent: bool
    mentor_name: str = ""

    def matches(self, which: str) -> bool:
        s = self.status
        return {
            "semua": True,
            "diam": self.silent,
            "celah": bool(s.gaps),
            "divergensi": s.divergences > 0,
            "karantina": s.quarantined_batches > 0,
            "konflik": s.open_conflicts > 0,
        }.get(which, False)


@dataclass
class SyncHealth:
    devices: list[DeviceHealth] = field(default_factory=list)

    def count(self, which: str) -> int:
        return sum(1 for d in self.devices if d.matches(which))

    def only(self, which: str) -> list[DeviceHealth]:
        return [d for d in self.devices if d.matches(which)]


_KEPT: dict[tuple[int, str | None, date], tuple[tuple[int, int], SyncHealth]] = {}


def sync_health(
    store: ProvinceStore, kabupaten: str | None = None, today: date | None = None
) -> SyncHealth:
    """Every device's health; with ``kabupaten``, only the devices of its mentors. Kept until
    the tables it reads are written again (:mod:`.dashboard_stamp`)."""
    day = today or date.today()
    dashboard_store.ready(store.engine)
    with store.engine.connect() as c:
        seen = dashboard_stamp.stamp(c)
    key = (id(store.engine), kabupaten, day)
    kept = _KEPT.get(key)
    if kept is not None and kept[0] == seen:
        return kept[1]
    health = _sync_health(store, kabupaten, day)
    if len(_KEPT) > 64:
        _KEPT.clear()
    _KEPT[key] = (seen, health)
    return health


def _sync_health(store: ProvinceStore, kabupaten: str | None, today: date) -> SyncHealth:
    now = datetime.combine(today, datetime.min.time())
    silent_before = now - timedelta(days=SILENT_DAYS)
    statuses = device_statuses(store)
    with store.engine.connect() as c:
        last = dict(
            c.execute(
                select(ProvBatch.device_id, func.max(ProvBatch.received_at)).group_by(
                    ProvBatch.device_id
                )
            ).all()
        )
        mentors = dict(c.execute(select(ProvDevice.device_id, ProvDevice.mentor_id)).all())
        mentor_rows = {
            r[0]: (r[1], r[2])
            for r in c.execute(
                text(f"SELECT record_id, kabupaten, name FROM {FACTS} WHERE table_name = 'mentor'")
            )
        }
    found = []
    for status in statuses:
        mentor = mentors.get(status.device_id)
        kab, name = (
            mentor_rows.get(mentor, (None, status.mentor)) if mentor else (None, status.mentor)
        )
        if kabupaten is not None and kab != kabupaten:
            continue
        seen = last.get(status.device_id)
        found.append(
            DeviceHealth(
                status,
                mentor,
                kab,
                seen.isoformat(sep=" ", timespec="minutes") if seen else None,
                status.status == "enrolled" and (seen is None or seen < silent_before),
                name or "",
            )
        )
    return SyncHealth(found)
