"""The columns of the small tables on a cooperative's page (built as
:class:`~kopdes_desktop.ui.models.base.FunctionTableModel`), by name and in order."""

from __future__ import annotations

from enum import IntEnum


class TimelineColumn(IntEnum):
    """Kunjungan tab: one row per visit."""

    DATE = 0
    PURPOSE = 1
    STATUS = 2
    ASSESSMENTS = 3
    FINDINGS = 4


class AssessmentColumn(IntEnum):
    """Penilaian tab: one row per final assessment."""

    ASSESSED_ON = 0
    INSTRUMENT = 1
    TOTAL = 2
    CATEGORY = 3
    REVISION = 4
    SIGNED = 5


class UnitColumn(IntEnum):
    """Unit usaha: one row per business unit."""

    UNIT = 0
    STATUS = 1
    TURNOVER = 2
    NOTES = 3


class PersonColumn(IntEnum):
    """Pengurus dan pengawas: one row per person."""

    ORGAN = 0
    ROLE = 1
    NAME = 2
    GENDER = 3
    PHONE = 4


class MemberCountColumn(IntEnum):
    """Anggota: one row per member count."""

    AS_OF = 0
    MEMBERS = 1
    WOMEN = 2
    SHARE = 3
