"""The province store's tables, on their own declarative base (SQLite or PostgreSQL).

Records are kept generically: every synced table's rows live in ``prov_version`` as the latest
full snapshot per (table, record, device): the *heads*. One head of each record is marked
current: the record's state, decided by :mod:`kopdes_desktop.province.merge` from the heads
alone, so any arrival order gives the same state.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from kopdes_desktop.store.models import NAMING, utcnow


class ProvinceBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)

    if TYPE_CHECKING:  # every model maps a Table (SQLAlchemy types it as any FromClause)
        __table__: ClassVar[Table]


class ProvMeta(ProvinceBase):
    __tablename__ = "prov_meta"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ProvDevice(ProvinceBase):
    """A mentor's laptop: ``enrolled`` by its device file or approval, else ``unknown``."""

    __tablename__ = "prov_device"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    public_key: Mapped[str] = mapped_column(String(60))
    mentor_id: Mapped[str | None] = mapped_column(String(36))
    mentor_name: Mapped[str] = mapped_column(String(120), default="")
    status: Mapped[str] = mapped_column(String(12), default="unknown")
    first_seen: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    enrolled_at: Mapped[datetime | None] = mapped_column(DateTime)
    # The device's X25519 key (base64), to which its receipts and reference packages are
    # sealed; None for a laptop from before sealed downlinks that has not told it yet.
    seal_key: Mapped[str | None] = mapped_column(String(60))


class ProvBatch(ProvinceBase):
    """A received batch: ``applied``, or ``quarantined`` (bytes kept) until approval."""

    __tablename__ = "prov_batch"

    batch_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36), index=True)
    file_sha256: Mapped[str] = mapped_column(String(64), index=True)
    payload_sha256: Mapped[str] = mapped_column(String(64))
    public_key: Mapped[str] = mapped_column(String(60))
    counter_from: Mapped[int] = mapped_column(BigInteger)
    counter_to: Mapped[int] = mapped_column(BigInteger)
    acked_floor: Mapped[int] = mapped_column(BigInteger, default=0)
    status: Mapped[str] = mapped_column(String(12))
    received_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    applied_at: Mapped[datetime | None] = mapped_column(DateTime)
    records: Mapped[int] = mapped_column(Integer, default=0)
    conflicts: Mapped[int] = mapped_column(Integer, default=0)
    data: Mapped[bytes | None] = mapped_column(LargeBinary)
    first_counter: Mapped[int | None] = mapped_column(BigInteger)


class ProvRejection(ProvinceBase):
    """A batch (or, with ``record_id``, one record of a batch) from an enrolled device that was
    authentic but refused, so its receipt says why. ``code``: ``divergence`` when the batch
    reused counters the province holds for other changes."""

    __tablename__ = "prov_rejection"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    batch_id: Mapped[str] = mapped_column(String(32), index=True)
    device_id: Mapped[str] = mapped_column(String(36), index=True)
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    code: Mapped[str | None] = mapped_column(String(20))
    table_name: Mapped[str | None] = mapped_column(String(40))
    record_id: Mapped[str | None] = mapped_column(String(36), index=True)
    counter: Mapped[int | None] = mapped_column(BigInteger)


class ProvVersion(ProvinceBase):
    """The latest change of a record from one device, or the province's merged state.

    ``is_current``: this head is the record's current state (exactly one head per record);
    ``in_conflict``: a field of the record has different concurrent values (the same on all its
    heads). ``covers``: the version vector the change was based on (JSON; on the province's
    head, the merged state's vector); ``changed``: the fields it changed (JSON list, NULL: all);
    ``clock``: its bounded time (see :mod:`~kopdes_desktop.province.merge`); ``dots``: on a
    record of one replica, the counter and clock that last wrote each field where they differ
    from the head's own; ``merge_state``: on the province's head, the merge state. Most records have
    one head, so an import mostly writes one row per record.
    """

    __tablename__ = "prov_version"

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    counter: Mapped[int] = mapped_column(BigInteger)
    base_rev: Mapped[str | None] = mapped_column(String(60))
    covers: Mapped[str | None] = mapped_column(Text)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[str] = mapped_column(String(40))
    data: Mapped[str] = mapped_column(Text)
    batch_id: Mapped[str | None] = mapped_column(String(32))
    is_current: Mapped[bool] = mapped_column(Boolean, default=False)
    in_conflict: Mapped[bool] = mapped_column(Boolean, default=False)
    changed: Mapped[str | None] = mapped_column(Text)
    clock: Mapped[str | None] = mapped_column(String(40))
    dots: Mapped[str | None] = mapped_column(Text)
    merge_state: Mapped[str | None] = mapped_column(Text)


class ProvConflict(ProvinceBase):
    """Different concurrent values of one field of a record (``field``; NULL on conflicts of an
    earlier release, which were per record): all kept in ``versions`` with their device and
    clock, the winner by the merge rule, the field's value before them (``base_value``, JSON),
    and an officer's resolution."""

    __tablename__ = "prov_conflict"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    versions: Mapped[str] = mapped_column(Text)
    winner: Mapped[str] = mapped_column(String(60))
    status: Mapped[str] = mapped_column(String(12), default="open")  # open|resolved|superseded
    raised_batch: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    resolution: Mapped[str | None] = mapped_column(String(60))
    field: Mapped[str | None] = mapped_column(String(60))
    base_value: Mapped[str | None] = mapped_column(Text)
