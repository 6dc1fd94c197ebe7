"""The mentor who uses this laptop, and the cooperatives assigned to mentors."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdes_desktop.core import validation as v
from kopdes_desktop.store.models import Assignment, Mentor

ROLES = ("PENDAMPING", "BA")


def self_mentor(session: Session) -> Mentor | None:
    return session.scalar(select(Mentor).where(Mentor.is_self.is_(True), Mentor.deleted.is_(False)))


def save_profile(
    session: Session,
    *,
    name: str,
    role: str,
    kabupaten_code: str | None,
    phone: str | None = None,
    email: str | None = None,
) -> Mentor:
    """Create or update the profile of the mentor using this laptop."""
    checker = v.Checker()
    clean_name = checker.require("name", v.required_text, name)
    if role not in ROLES:
        checker.problems["role"] = "Pilih Pendamping atau Business Assistant."
        checker.problems_en["role"] = "Choose mentor or Business Assistant."
    clean_phone = checker.check("phone", v.phone, phone)
    checker.raise_if_any()
    mentor = self_mentor(session)
    if mentor is None:
        mentor = Mentor(is_self=True, name=clean_name)
        session.add(mentor)
    mentor.name, mentor.role = clean_name, role
    mentor.kabupaten_code = kabupaten_code or None
    mentor.phone = clean_phone
    mentor.email = (email or "").strip() or None
    session.flush()
    return mentor


def all_mentors(session: Session) -> list[Mentor]:
    return list(
        session.scalars(select(Mentor).where(Mentor.deleted.is_(False)).order_by(Mentor.name))
    )


def assigned_cooperative_ids(session: Session, mentor_id: str) -> set[str]:
    today = date.today()
    return set(
        session.scalars(
            select(Assignment.cooperative_id).where(
                Assignment.mentor_id == mentor_id,
                Assignment.deleted.is_(False),
                Assignment.start <= today,
                (Assignment.end.is_(None)) | (Assignment.end >= today),
            )
        )
    )
