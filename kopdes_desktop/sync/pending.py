"""What this laptop has not yet had acknowledged by the province."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdes_desktop.store.models import SYNCED_MODELS, Device, Syncable

TYPE_LABELS: dict[str, str] = {
    "mentor": "Pendamping",
    "cooperative": "Koperasi",
    "member_count": "Jumlah anggota",
    "business_unit": "Gerai",
    "person": "Pengurus/pengawas",
    "assignment": "Penugasan",
    "visit": "Kunjungan",
    "assessment": "Penilaian",
    "finding": "Temuan",
    "action_item": "Tindak lanjut",
    "attachment": "Lampiran",
    "monthly_note": "Catatan bulanan",
}
"""Indonesian names of the record types, as the mentor sees them."""


def self_device(session: Session) -> Device:
    device = session.scalars(select(Device).where(Device.is_self.is_(True))).one()
    return device


def pending_rows(session: Session, after: int, upto: int) -> list[Syncable]:
    """This device's rows changed in the counter range ``(after, upto]``, by counter."""
    device = self_device(session)
    rows: list[Syncable] = []
    for model in SYNCED_MODELS:
        rows.extend(
            session.scalars(
                select(model).where(
                    model.device_id == device.id, model.counter > after, model.counter <= upto
                )
            )
        )
    rows.sort(key=lambda row: (row.counter, row.id))
    return rows
