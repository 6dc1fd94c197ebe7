"""Table models of the visit editor: the visit's findings and the follow-ups that matter at it."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from kopdes_desktop.core.formatting import long_date
from kopdes_desktop.ui.i18n import QT_TRANSLATE_NOOP
from kopdes_desktop.ui.models import labels
from kopdes_desktop.ui.models.base import RowTableModel

CONTEXT = "VisitTables"
COMPLIANCE_LABELS = {
    "TIDAK_SESUAI": QT_TRANSLATE_NOOP("VisitTables", "Not compliant"),
    "CUKUP": QT_TRANSLATE_NOOP("VisitTables", "Partly"),
    "SESUAI": QT_TRANSLATE_NOOP("VisitTables", "Compliant"),
}
OVERDUE_COLOR = QColor("#b3261e")
CLOSED_COLOR = QColor("#5f6368")


def compliance_label(code: str | None) -> str:
    source = COMPLIANCE_LABELS.get(code or "")
    return QCoreApplication.translate(CONTEXT, source) if source else ""


class FindingsModel(RowTableModel):
    """Findings (:class:`FindingRow`) of one visit."""

    CONTEXT = CONTEXT
    AREA, COMPLIANCE, TEMUAN, REKOMENDASI = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("VisitTables", "Area"),
        QT_TRANSLATE_NOOP("VisitTables", "Compliance"),
        QT_TRANSLATE_NOOP("VisitTables", "Finding"),
        QT_TRANSLATE_NOOP("VisitTables", "Recommendation"),
    )

    def cells(self, row: Any) -> tuple[str, ...]:
        return (row.area, compliance_label(row.compliance), row.temuan, row.rekomendasi)


class ActionsModel(RowTableModel):
    """Follow-ups (:class:`VisitAction`) shown at a visit; overdue ones in red."""

    CONTEXT = CONTEXT
    TITLE, OWNER, DUE, STATUS = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("VisitTables", "Follow-up"),
        QT_TRANSLATE_NOOP("VisitTables", "Owner"),
        QT_TRANSLATE_NOOP("VisitTables", "Deadline"),
        QT_TRANSLATE_NOOP("VisitTables", "Status"),
    )

    def __init__(self, language: str = "id", today: date | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.language = language
        self.today = today or date.today()

    def cells(self, row: Any) -> tuple[str, ...]:
        status = labels.label(labels.ACTION_STATUSES, row.status)
        if row.closed_on:
            status = f"{status} ({long_date(row.closed_on, self.language)})"
        return (row.title, row.owner, long_date(row.due_date, self.language), status)

    def sort_keys(self, row: Any) -> tuple[Any, ...]:
        # whole numbers sort reliably through the proxy (a date crosses into Qt as an object)
        due = (row.due_date or date.max).toordinal()
        return (row.title.casefold(), row.owner.casefold(), due, row.status)

    def color(self, row: Any) -> QColor | None:
        if row.status in ("DONE", "DROPPED"):
            return CLOSED_COLOR
        if row.due_date and row.due_date < self.today:
            return OVERDUE_COLOR
        return None
