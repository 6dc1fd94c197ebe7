"""The laptop's sync state: exported batches, the trusted province, receipts, conflicts.

These tables never travel: they describe this laptop's conversation with its province.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, DateTime, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kopdes_desktop.store.models import Base, utcnow


class SyncBatch(Base):
    """A batch made by this laptop; its sealed bytes are kept until a receipt acknowledges it."""

    __tablename__ = "sync_batch"

    batch_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    counter_from: Mapped[int] = mapped_column(BigInteger)
    counter_to: Mapped[int] = mapped_column(BigInteger, index=True)
    records: Mapped[int] = mapped_column(Integer, default=0)
    attachments: Mapped[int] = mapped_column(Integer, default=0)
    size: Mapped[int] = mapped_column(Integer, default=0)
    file_name: Mapped[str] = mapped_column(String(120))
    payload_sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    state: Mapped[str] = mapped_column(String(12), default="exported")  # exported|acked|rejected
    reason: Mapped[str | None] = mapped_column(Text)
    acked_at: Mapped[datetime | None] = mapped_column(DateTime)
    data: Mapped[bytes | None] = mapped_column(LargeBinary)


class SyncTrust(Base):
    """The province this laptop sends to (from its trust file)."""

    __tablename__ = "sync_trust"

    key_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    seal_public_key: Mapped[str] = mapped_column(String(60))
    sign_public_key: Mapped[str] = mapped_column(String(60))
    fingerprint: Mapped[str] = mapped_column(String(40))
    trusted_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SyncAttachment(Base):
    """An attachment's bytes that went out in a batch (``sent``) or were acknowledged."""

    __tablename__ = "sync_attachment"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    batch_id: Mapped[str] = mapped_column(String(32), index=True)
    state: Mapped[str] = mapped_column(String(10), default="sent")  # sent | acked


class SyncReceipt(Base):
    """A receipt from the province, as imported."""

    __tablename__ = "sync_receipt"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    received_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    issued_at: Mapped[str] = mapped_column(String(40))
    contiguous_counter: Mapped[int] = mapped_column(BigInteger)
    batches: Mapped[int] = mapped_column(Integer, default=0)
    conflicts: Mapped[int] = mapped_column(Integer, default=0)
    body: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class SyncBase(Base):
    """What the province holds of one record, as far as this laptop knows: the base that local
    changes are made on (see :mod:`kopdes_desktop.sync.versions`).

    ``rev``/``vv``: the revision last acknowledged by a receipt or received in a reference
    package, and its version vector (JSON). ``since``: this device's counter when that base was
    set; local changes after it are what the next batch says it changed. ``sent_*``: the
    revision of the record in the latest batch made, which becomes the base when a receipt
    acknowledges that batch.
    """

    __tablename__ = "sync_base"

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    rev: Mapped[str] = mapped_column(String(60))
    vv: Mapped[str] = mapped_column(Text)
    since: Mapped[int] = mapped_column(BigInteger)
    sent_batch: Mapped[str | None] = mapped_column(String(32), index=True)
    sent_rev: Mapped[str | None] = mapped_column(String(60))
    sent_vv: Mapped[str | None] = mapped_column(Text)


class SyncConflict(Base):
    """What the province did with the mentor's values, for the mentor to see.

    One row per field (``field``): ``kind`` is ``overridden`` (another value won, ``theirs``),
    ``merged`` (the mentor's value kept beside other devices' changes to other fields) or
    ``refused`` (the province refused the record, reason in ``theirs``). Rows from an earlier
    release have no field: a whole incoming version held back (``incoming``).
    """

    __tablename__ = "sync_conflict"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    local_rev: Mapped[str] = mapped_column(String(60))
    incoming_rev: Mapped[str] = mapped_column(String(60))
    incoming: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    reference_version: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    resolution: Mapped[str | None] = mapped_column(String(12))  # local | reference
    field: Mapped[str | None] = mapped_column(String(60))
    kind: Mapped[str | None] = mapped_column(String(12))
    mine: Mapped[str | None] = mapped_column(Text)
    theirs: Mapped[str | None] = mapped_column(Text)
    winner_device: Mapped[str | None] = mapped_column(String(36))
