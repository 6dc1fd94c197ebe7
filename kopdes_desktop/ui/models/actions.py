"""The Tindak Lanjut list model: follow-ups across cooperatives, overdue ones in red."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from kopdes_desktop.core.formatting import long_date
from kopdes_desktop.core.services.followups import ActionRow
from kopdes_desktop.ui.i18n import QT_TRANSLATE_NOOP
from kopdes_desktop.ui.models import labels
from kopdes_desktop.ui.models.base import RowTableModel
from kopdes_desktop.ui.models.names import short_name
from kopdes_desktop.ui.widgets.palette import NORMAL, Palette


class ActionColumn(IntEnum):
    """The columns of :class:`ActionTableModel`, in order."""

    DUE = 0
    COOPERATIVE = 1
    TITLE = 2
    OWNER = 3
    STATUS = 4
    CLOSED = 5


# The columns by name, as the views and tests use them.
DUE, COOPERATIVE, TITLE, OWNER, STATUS, CLOSED = ActionColumn


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

    def __init__(self, parent: Any = None, language: str = "id", palette: Palette = NORMAL) -> None:
        super().__init__(parent)
        self.language = language
        self.palette = palette

    def cells(self, row: ActionRow) -> tuple[str, ...]:
        status = labels.label(labels.ACTION_STATUSES, row.status)
        if row.overdue:
            status = labels.text(labels.OVERDUE).replace("%1", status)
        return (
            long_date(row.due_date, self.language),
            short_name(row.cooperative),
            row.title,
            row.owner,
            status,
            long_date(row.closed_on, self.language),
        )

    def data_at(self, row: int, column: int, role: int) -> Any:
        if column == COOPERATIVE and int(role) == int(Qt.ItemDataRole.ToolTipRole):
            return self.row_at(row).cooperative
        return super().data_at(row, column, role)

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
            return QColor(self.palette.overdue_text)
        if row.status not in ("OPEN", "PROGRESS"):
            return QColor(self.palette.muted_text)
        return None
