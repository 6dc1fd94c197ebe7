"""SQLAlchemy models of the mentor's local store.

Every table whose rows travel to the province derives from :class:`Syncable`: a UUID made on
this device, created/updated times in UTC, the device and per-device counter of the last change,
the revision the change was based on, and a tombstone (``deleted``) instead of a hard delete.
The stamping itself happens in :mod:`kopdes_desktop.store.tracking`.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship

from kopdes_desktop.errors import NotFoundError

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    """Naive UTC, the form every timestamp is stored in."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)

    if TYPE_CHECKING:  # every model maps a Table (SQLAlchemy types it as any FromClause)
        __table__: ClassVar[Table]


class Syncable:
    """Columns every synced row carries (see SYNC.md)."""

    if TYPE_CHECKING:  # what each model has; declared for code that takes any synced model
        __tablename__: str

        def __init__(self, **values: Any) -> None: ...

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    device_id: Mapped[str] = mapped_column(String(36), default="")
    counter: Mapped[int] = mapped_column(BigInteger, default=0)
    base_rev: Mapped[str | None] = mapped_column(String(60))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)

    @property
    def rev(self) -> str:
        """The revision id of the row's current state: ``device:counter``."""
        return f"{self.device_id}:{self.counter}"


# --- reference data (not synced up; comes down in reference packages) -------------------------


class Region(Base):
    """A Kemendagri region: province, kabupaten/kota, kecamatan, desa/kelurahan."""

    __tablename__ = "region"

    code: Mapped[str] = mapped_column(String(13), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    level: Mapped[int] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String(20))
    parent_code: Mapped[str | None] = mapped_column(String(13), index=True)
    postal_code: Mapped[str | None] = mapped_column(String(5))
    source: Mapped[str] = mapped_column(String(60))


class Meta(Base):
    """Key/value facts about this store (device id, seed versions, last sync...)."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Device(Base):
    """This laptop (``is_self``) and devices known from reference data."""

    __tablename__ = "device"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(120), default="")
    is_self: Mapped[bool] = mapped_column(Boolean, default=False)
    counter: Mapped[int] = mapped_column(BigInteger, default=0)
    acked_counter: Mapped[int] = mapped_column(BigInteger, default=0)
    public_key: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


# --- people and organisations ------------------------------------------------------------------


class Mentor(Syncable, Base):
    """A pendamping or Business Assistant (BA)."""

    __tablename__ = "mentor"

    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(20), default="PENDAMPING")  # PENDAMPING | BA
    kabupaten_code: Mapped[str | None] = mapped_column(String(13))
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(120))
    is_self: Mapped[bool] = mapped_column(Boolean, default=False)


class Cooperative(Syncable, Base):
    """A Koperasi Desa/Kelurahan Merah Putih."""

    __tablename__ = "cooperative"
    __table_args__ = (
        # Covers the cooperative list (live rows in name order) without reading whole rows.
        Index(
            "ix_cooperative_list",
            "deleted",
            "name",
            "id",
            "region_code",
            "nib",
            "npwp",
            "ahu_number",
            "nik_koperasi",
        ),
    )

    name: Mapped[str] = mapped_column(String(200))
    region_code: Mapped[str] = mapped_column(ForeignKey("region.code"), index=True)
    address: Mapped[str | None] = mapped_column(Text)
    formation_model: Mapped[str] = mapped_column(String(20), default="BARU")
    ahu_number: Mapped[str | None] = mapped_column(String(60))
    nik_koperasi: Mapped[str | None] = mapped_column(String(20))
    nib: Mapped[str | None] = mapped_column(String(13))
    npwp: Mapped[str | None] = mapped_column(String(25))
    bank_name: Mapped[str | None] = mapped_column(String(60))
    bank_account: Mapped[str | None] = mapped_column(String(30))
    simkopdes_status: Mapped[str] = mapped_column(String(20), default="BELUM")
    founded_on: Mapped[date | None] = mapped_column(Date)
    office_lat: Mapped[float | None] = mapped_column(Float)
    office_lon: Mapped[float | None] = mapped_column(Float)
    financing_ceiling: Mapped[int] = mapped_column(BigInteger, default=0)
    financing_disbursed: Mapped[int] = mapped_column(BigInteger, default=0)
    financing_outstanding: Mapped[int] = mapped_column(BigInteger, default=0)
    financing_arrears: Mapped[int] = mapped_column(BigInteger, default=0)
    notes: Mapped[str | None] = mapped_column(Text)
    # MM-DD. Filled by the database when not given, so code writing a store of an older
    # schema (the upgrade tests do) never names a column it lacks.
    fiscal_year_end: Mapped[str] = mapped_column(String(5), server_default="12-31")

    region: Mapped[Region] = relationship(lazy="joined")
    units: Mapped[list[BusinessUnit]] = relationship(back_populates="cooperative")
    people: Mapped[list[Person]] = relationship(back_populates="cooperative")


class MemberCount(Syncable, Base):
    """Number of members on a date: the history of membership."""

    __tablename__ = "member_count"

    cooperative_id: Mapped[str] = mapped_column(ForeignKey("cooperative.id"), index=True)
    as_of: Mapped[date] = mapped_column(Date)
    members: Mapped[int] = mapped_column(Integer)
    women: Mapped[int | None] = mapped_column(Integer)


class BusinessUnit(Syncable, Base):
    """A gerai (business unit): KANTOR, SEMBAKO, SIMPAN_PINJAM, ..., LAINNYA."""

    __tablename__ = "business_unit"
    __table_args__ = (
        Index("ix_business_unit_summary", "cooperative_id", "deleted", "kind", "status"),
    )

    cooperative_id: Mapped[str] = mapped_column(ForeignKey("cooperative.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    other_name: Mapped[str | None] = mapped_column(String(120))
    status: Mapped[str] = mapped_column(String(20), default="PLANNED")
    monthly_turnover: Mapped[int | None] = mapped_column(BigInteger)
    notes: Mapped[str | None] = mapped_column(Text)

    cooperative: Mapped[Cooperative] = relationship(back_populates="units")


class Person(Syncable, Base):
    """A member of the pengurus (board) or pengawas (supervisors)."""

    __tablename__ = "person"

    cooperative_id: Mapped[str] = mapped_column(ForeignKey("cooperative.id"), index=True)
    organ: Mapped[str] = mapped_column(String(10))  # PENGURUS | PENGAWAS
    role: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(120))
    gender: Mapped[str | None] = mapped_column(String(1))  # L | P
    phone: Mapped[str | None] = mapped_column(String(20))
    nik: Mapped[str | None] = mapped_column(String(16))

    cooperative: Mapped[Cooperative] = relationship(back_populates="people")


class Assignment(Syncable, Base):
    """A mentor looks after a cooperative from ``start`` (to ``end``)."""

    __tablename__ = "assignment"

    mentor_id: Mapped[str] = mapped_column(ForeignKey("mentor.id"), index=True)
    cooperative_id: Mapped[str] = mapped_column(ForeignKey("cooperative.id"), index=True)
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date)


# --- field work ----------------------------------------------------------------------------------


class Visit(Syncable, Base):
    """A mentor's visit to a cooperative."""

    __tablename__ = "visit"

    cooperative_id: Mapped[str] = mapped_column(ForeignKey("cooperative.id"), index=True)
    mentor_id: Mapped[str | None] = mapped_column(ForeignKey("mentor.id"), index=True)
    visit_date: Mapped[date] = mapped_column(Date, index=True)
    purpose: Mapped[str] = mapped_column(String(200), default="")
    attendees: Mapped[str | None] = mapped_column(Text)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    notes: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(12), default="DRAFT")  # PLANNED | DRAFT | DONE

    cooperative: Mapped[Cooperative] = relationship()


class Assessment(Syncable, Base):
    """An instrument filled in for a cooperative; immutable once final."""

    __tablename__ = "assessment"
    __table_args__ = (
        Index("ix_assessment_coop_instrument", "cooperative_id", "instrument_id"),
        Index("ix_assessment_status", "status"),
        # Covers the cooperative list's "latest category" lookup without touching the large
        # JSON columns of each row.
        Index(
            "ix_assessment_latest",
            "instrument_id",
            "status",
            "deleted",
            "cooperative_id",
            "assessed_on",
            "revision_no",
            "category",
            "total",
        ),
    )

    cooperative_id: Mapped[str] = mapped_column(ForeignKey("cooperative.id"))
    visit_id: Mapped[str | None] = mapped_column(ForeignKey("visit.id"), index=True)
    instrument_id: Mapped[str] = mapped_column(String(60))
    instrument_version: Mapped[str] = mapped_column(String(20))
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    total: Mapped[float | None] = mapped_column(Float)
    category: Mapped[str | None] = mapped_column(String(60))
    status: Mapped[str] = mapped_column(String(10), default="DRAFT")  # DRAFT | FINAL
    assessed_on: Mapped[date] = mapped_column(Date)
    finalized_at: Mapped[datetime | None] = mapped_column(DateTime)
    revision_of: Mapped[str | None] = mapped_column(ForeignKey("assessment.id"))
    revision_no: Mapped[int] = mapped_column(Integer, default=1)

    cooperative: Mapped[Cooperative] = relationship()


class Finding(Syncable, Base):
    """A temuan (finding) at a visit with its rekomendasi."""

    __tablename__ = "finding"

    visit_id: Mapped[str] = mapped_column(ForeignKey("visit.id"), index=True)
    cooperative_id: Mapped[str] = mapped_column(ForeignKey("cooperative.id"), index=True)
    area: Mapped[str] = mapped_column(String(120), default="")
    indicator: Mapped[str | None] = mapped_column(String(200))
    compliance: Mapped[str | None] = mapped_column(String(12))  # TIDAK_SESUAI | CUKUP | SESUAI
    temuan: Mapped[str] = mapped_column(Text)
    rekomendasi: Mapped[str] = mapped_column(Text, default="")


class ActionItem(Syncable, Base):
    """A follow-up agreed with the board: owner, deadline, status; closed at a later visit."""

    __tablename__ = "action_item"
    __table_args__ = (
        Index("ix_action_item_open", "cooperative_id", "status", "deleted", "due_date"),
    )

    cooperative_id: Mapped[str] = mapped_column(ForeignKey("cooperative.id"), index=True)
    finding_id: Mapped[str | None] = mapped_column(ForeignKey("finding.id"), index=True)
    visit_id: Mapped[str | None] = mapped_column(ForeignKey("visit.id"), index=True)
    title: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(120), default="")
    due_date: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(
        String(12), default="OPEN"
    )  # OPEN | PROGRESS | DONE | DROPPED
    closed_visit_id: Mapped[str | None] = mapped_column(ForeignKey("visit.id"))
    closed_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)


class Attachment(Syncable, Base):
    """A photo or document, stored once by SHA-256 in the attachment folder."""

    __tablename__ = "attachment"

    sha256: Mapped[str] = mapped_column(String(64), index=True)
    mime: Mapped[str] = mapped_column(String(80))
    size: Mapped[int] = mapped_column(BigInteger)
    filename: Mapped[str] = mapped_column(String(255))
    owner_type: Mapped[str] = mapped_column(
        String(20)
    )  # visit | finding | action_item | assessment
    owner_id: Mapped[str] = mapped_column(String(36), index=True)
    caption: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str | None] = mapped_column(String(20))  # None | SIGNED_REPORT


class MonthlyNote(Syncable, Base):
    """The mentor's free text for a monthly report: issues met and plans for next month."""

    __tablename__ = "monthly_note"

    mentor_id: Mapped[str] = mapped_column(ForeignKey("mentor.id"), index=True)
    month: Mapped[str] = mapped_column(String(7))  # YYYY-MM
    issues: Mapped[str] = mapped_column(Text, default="")
    plans: Mapped[str] = mapped_column(Text, default="")


class AuditEntry(Base):
    """One change to a synced row: who (device), when, what changed."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_device_counter", "device_id", "counter"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    device_id: Mapped[str] = mapped_column(String(36))
    counter: Mapped[int] = mapped_column(BigInteger)
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    action: Mapped[str] = mapped_column(String(10))  # insert | update | delete
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class RatMeeting(Syncable, Base):
    """The annual members' meeting (RAT) held for one fiscal year of a cooperative."""

    __tablename__ = "rat_meeting"

    cooperative_id: Mapped[str] = mapped_column(ForeignKey("cooperative.id"), index=True)
    fiscal_year: Mapped[int] = mapped_column(Integer)
    held_on: Mapped[date] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)


class Financing(Syncable, Base):
    """One bank financing facility of a cooperative (PMK 49/2025: Himbara banks)."""

    __tablename__ = "financing"

    cooperative_id: Mapped[str] = mapped_column(ForeignKey("cooperative.id"), index=True)
    lender: Mapped[str] = mapped_column(String(120))
    ceiling: Mapped[int] = mapped_column(BigInteger)
    disbursed: Mapped[int] = mapped_column(BigInteger, default=0)
    disbursed_on: Mapped[date | None] = mapped_column(Date)
    rate_pct: Mapped[float] = mapped_column(Float)  # a year
    tenor_months: Mapped[int] = mapped_column(Integer)
    grace_months: Mapped[int] = mapped_column(Integer, default=0)
    schedule: Mapped[str] = mapped_column(String(12), default="ANUITAS")  # | POKOK_TETAP
    notes: Mapped[str | None] = mapped_column(Text)


class FinancingPayment(Syncable, Base):
    """An instalment (or part of one) paid on a financing."""

    __tablename__ = "financing_payment"

    financing_id: Mapped[str] = mapped_column(ForeignKey("financing.id"), index=True)
    paid_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[int] = mapped_column(BigInteger)
    notes: Mapped[str | None] = mapped_column(Text)


class FinancingArrears(Syncable, Base):
    """The arrears (tunggakan) of a financing as recorded on a date, from the bank's statement."""

    __tablename__ = "financing_arrears"

    financing_id: Mapped[str] = mapped_column(ForeignKey("financing.id"), index=True)
    as_of: Mapped[date] = mapped_column(Date)
    amount: Mapped[int] = mapped_column(BigInteger)
    notes: Mapped[str | None] = mapped_column(Text)


class CooperativeFigures(Base):
    """Per-cooperative figures for the cooperative list, derived from other tables.

    SQLite triggers (migration 0005) keep every row current whenever an assessment, follow-up,
    business unit or assignment is written, by any path (services, sync import, demo data), so
    the list reads one narrow row per cooperative instead of aggregating thousands. Local only:
    never synced, rebuilt from the synced tables by the migration.
    """

    __tablename__ = "cooperative_figures"
    __table_args__ = {"sqlite_with_rowid": False}

    cooperative_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    latest_category: Mapped[str | None] = mapped_column(String(60))
    latest_total: Mapped[float | None] = mapped_column(Float)
    latest_assessed_on: Mapped[date | None] = mapped_column(Date)
    open_actions: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    units: Mapped[str | None] = mapped_column(Text)  # sorted distinct KIND:STATUS, comma-separated
    mentor_id: Mapped[str | None] = mapped_column(String(36))


SYNCED_MODELS: tuple[type[Syncable], ...] = (
    Mentor,
    Cooperative,
    MemberCount,
    BusinessUnit,
    Person,
    Assignment,
    Visit,
    Assessment,
    Finding,
    ActionItem,
    Attachment,
    MonthlyNote,
    RatMeeting,
    Financing,
    FinancingPayment,
    FinancingArrears,
)

# This device's unacknowledged rows (device id, counter above the receipt's) are counted for
# the status bar and Beranda and read by every export: one index per synced table keeps that a
# lookup instead of a scan of the table.
for _model in SYNCED_MODELS:
    Index(f"ix_{_model.__tablename__}_pending", _model.device_id, _model.counter)
"""Synced tables in dependency order (parents before children)."""


RowT = TypeVar("RowT", bound=Syncable)


def live_row(session: Session, model: type[RowT], row_id: str, what: str, what_en: str) -> RowT:
    """The row ``row_id`` of ``model`` unless it is missing or tombstoned; otherwise a
    NotFoundError naming ``what`` ("Koperasi", "Cooperative")."""
    row = session.get(model, row_id)
    if row is None or row.deleted:
        raise NotFoundError(f"{what} tidak ditemukan.", f"{what_en} not found.")
    return row
