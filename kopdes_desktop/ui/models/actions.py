"""The Tindak Lanjut list model: follow-ups across cooperatives, overdue ones in red."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor

from kopdes_desktop.core.formatting import long_date
from kopdes_desktop.core.services.followups import ActionRow
from kopdes_desktop.ui.models import labels
from kopdes_desktop.ui.models.base import RowTableModel

DUE, COOPERATIVE, TITLE, OWNER, STATUS, CLOSED = range(6)
OVERDUE_COLOR = QColor("#b3261e")
CLOSED_COLOR = QColor("#6b6460")


class ActionTableModel(RowTableModel):
    """One row per action item (:class:`ActionRow`)."""

    CONTEXT = "ActionTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ActionTableModel", "Due"),
        QT_TRANSLATE_NOOP("ActionTableModel", "Cooperative"),
        QT_TRANSLATE_NOOP("ActionTableModel", "Follow-up"),
        QT_TRANSLATE_NOOP("ActionTableModel", "Owner"),
        QT_TRANSLATE_NOOP("ActionTableModel", "Status"),
        QT_TRANSLATE_NOOP("ActionTableModel", "Closed on"),
    )

    def __init__(self, parent: Any = None, language: str = "id") -> None:
        super().__init__(parent)
        self.language = language

    def cells(self, row: ActionRow) -> tuple[str, ...]:
        status = labels.label(labels.ACTION_STATUSES, row.status)
        if row.overdue:
            status = labels.text(labels.OVERDUE).replace("%1", status)
        return (
            long_date(row.due_date, self.language),
            row.cooperative,
            row.title,
            row.owner,
            status,
            long_date(row.closed_on, self.language),
        )

    def sort_keys(self, row: ActionRow) -> tuple[Any, ...]:
        return (
            row.due_date.isoformat() if row.due_date else "",
            row.cooperative.casefold(),
            row.title.casefold(),
            row.owner.casefold(),
            row.status,
            row.closed_on.isoformat() if row.closed_on else "",
        )

    def color(self, row: ActionRow) -> QColor | None:
        if row.overdue:
            return OVERDUE_COLOR
        if row.status not in ("OPEN", "PROGRESS"):
            return CLOSED_COLOR
        return None
