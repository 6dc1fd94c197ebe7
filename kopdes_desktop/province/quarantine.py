"""Records taken out of the province store because the schema refuses them.

``kopdes-province check --fix`` moves every version (head) of such a record here, with the
reasons, so the record leaves the consolidated state and every reference package while an
officer can still read exactly what was stored (``kopdes-province check --quarantined``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, DateTime, Engine, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kopdes_desktop.province.models import ProvinceBase
from kopdes_desktop.store.models import utcnow


class ProvQuarantine(ProvinceBase):
    """One version of a refused record, as it was stored, and why it was refused.

    ``reasons`` is a JSON list of problems (field, code, reason, reason_en); ``was_current``
    tells which version was the record's state.
    """

    __tablename__ = "prov_quarantine"
    __table_args__ = (Index("ix_prov_quarantine_record", "table_name", "record_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36))
    device_id: Mapped[str] = mapped_column(String(36))
    counter: Mapped[int] = mapped_column(BigInteger)
    base_rev: Mapped[str | None] = mapped_column(String(60))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[str] = mapped_column(String(40))
    data: Mapped[str] = mapped_column(Text)
    batch_id: Mapped[str | None] = mapped_column(String(32))
    was_current: Mapped[bool] = mapped_column(Boolean, default=False)
    reasons: Mapped[str] = mapped_column(Text)
    found_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


def ensure_table(engine: Engine) -> None:
    """Create the quarantine table in a database made before it existed (nothing otherwise)."""
    ProvQuarantine.__table__.create(engine, checkfirst=True)
