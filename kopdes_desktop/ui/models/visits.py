"""The Kunjungan list model."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt

from kopdes_desktop.core.formatting import long_date
from kopdes_desktop.core.services.overview import VisitRow
from kopdes_desktop.ui.i18n import QT_TRANSLATE_NOOP
from kopdes_desktop.ui.models import labels
from kopdes_desktop.ui.models.base import RowTableModel
from kopdes_desktop.ui.models.names import short_name


class VisitColumn(IntEnum):
    """The columns of :class:`VisitTableModel`, in order."""

    DATE = 0
    COOPERATIVE = 1
    VILLAGE = 2
    KABUPATEN = 3
    PURPOSE = 4
    STATUS = 5
    ASSESSMENTS = 6
    FINDINGS = 7


# The columns by name, as the views and tests use them.
DATE, COOPERATIVE, VILLAGE, KABUPATEN, PURPOSE, STATUS, ASSESSMENTS, FINDINGS = VisitColumn


class VisitTableModel(RowTableModel):
    """One row per visit (:class:`VisitRow`), newest first until sorted otherwise."""

    CONTEXT = "VisitTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("VisitTableModel", "Date"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Cooperative"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Village"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Kabupaten/Kota"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Purpose"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Status"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Assessments"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Findings"),
    )

    def __init__(self, parent: Any = None, language: str = "id") -> None:
        super().__init__(parent)
        self.language = language

    def cells(self, row: VisitRow) -> tuple[str, ...]:
        return (
            long_date(row.visit_date, self.language),
            short_name(row.cooperative),
            row.village,
            row.kabupaten,
            row.purpose,
            labels.label(labels.VISIT_STATUSES, row.status),
            str(row.assessments),
            str(row.findings),
        )

    def data_at(self, row: int, column: int, role: int) -> Any:
        if column == COOPERATIVE and int(role) == int(Qt.ItemDataRole.ToolTipRole):
            return self.row_at(row).cooperative
        return super().data_at(row, column, role)

    def sort_keys(self, row: VisitRow) -> tuple[Any, ...]:
        return (
            row.visit_date.isoformat(),
            row.cooperative.casefold(),
            row.village.casefold(),
            row.kabupaten.casefold(),
            row.purpose.casefold(),
            row.status,
            row.assessments,
            row.findings,
        )
