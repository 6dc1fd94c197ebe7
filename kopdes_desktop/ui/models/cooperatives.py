"""The Koperasi list: a model over cooperative summaries and its search/filter proxy."""

from __future__ import annotations

from enum import IntEnum
from typing import Any, Literal

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QColor

from kopdes_desktop.core.formatting import long_date, number
from kopdes_desktop.core.services.cooperatives import CooperativeSummary
from kopdes_desktop.ui.i18n import QT_TRANSLATE_NOOP
from kopdes_desktop.ui.models import labels
from kopdes_desktop.ui.models.base import RowTableModel
from kopdes_desktop.ui.models.names import short_name
from kopdes_desktop.ui.models.proxy import RowFilterProxy


class CooperativeColumn(IntEnum):
    """The columns of :class:`CooperativeTableModel`, in order."""

    NAME = 0
    VILLAGE = 1
    KECAMATAN = 2
    KABUPATEN = 3
    CATEGORY = 4
    SCORE = 5
    ASSESSED = 6
    ACTIONS = 7
    UNITS = 8


# The columns by name, as the views and tests use them.
NAME, VILLAGE, KECAMATAN, KABUPATEN, CATEGORY, SCORE, ASSESSED, ACTIONS, UNITS = CooperativeColumn
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
NOT_ASSESSED_KEY = "\x00not-assessed"
"""The category filter value that selects cooperatives without a final assessment."""


class CooperativeTableModel(RowTableModel):
    """One row per cooperative (:class:`CooperativeSummary`)."""

    CONTEXT = "CooperativeTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("CooperativeTableModel", "Cooperative"),
        QT_TRANSLATE_NOOP("CooperativeTableModel", "Village"),
        QT_TRANSLATE_NOOP("CooperativeTableModel", "Kecamatan"),
        QT_TRANSLATE_NOOP("CooperativeTableModel", "Kabupaten/Kota"),
        QT_TRANSLATE_NOOP("CooperativeTableModel", "Latest category"),
        QT_TRANSLATE_NOOP("CooperativeTableModel", "Score"),
        QT_TRANSLATE_NOOP("CooperativeTableModel", "Assessed on"),
        QT_TRANSLATE_NOOP("CooperativeTableModel", "Follow-ups"),
        QT_TRANSLATE_NOOP("CooperativeTableModel", "Units running"),
    )

    def __init__(
        self, parent: Any = None, language: str = "id", colors: dict[str, str] | None = None
    ) -> None:
        super().__init__(parent)
        self.language = language
        self.category_colors = colors or {}

    def cells(self, row: CooperativeSummary) -> tuple[str, ...]:
        operating = sum(1 for unit in row.unit_statuses if unit.endswith(":OPERATING"))
        kinds = {unit.split(":")[0] for unit in row.unit_statuses}
        return (
            short_name(row.name),
            row.village,
            row.kecamatan,
            row.kabupaten,
            row.latest_category or labels.text(labels.NOT_ASSESSED),
            number(row.latest_total, 1, self.language) if row.latest_total is not None else "",
            long_date(row.latest_assessed_on, self.language),
            f"{row.open_actions} ({row.overdue_actions})"
            if row.overdue_actions
            else str(row.open_actions),
            f"{operating} / {len(kinds)}",
        )

    def data_at(self, row: int, column: int, role: int) -> Any:
        if column == NAME and role == _TOOLTIP:
            return self.row_at(row).name
        if column == CATEGORY and role == _FOREGROUND:
            color = self.category_colors.get(self.row_at(row).latest_category or "")
            return QColor(color) if color else None
        return super().data_at(row, column, role)

    def sort_keys(self, row: CooperativeSummary) -> tuple[Any, ...]:
        operating = sum(1 for unit in row.unit_statuses if unit.endswith(":OPERATING"))
        return (
            row.name.casefold(),
            row.village.casefold(),
            row.kecamatan.casefold(),
            row.kabupaten.casefold(),
            (row.latest_category or "").casefold(),
            row.latest_total if row.latest_total is not None else -1.0,
            row.latest_assessed_on.isoformat() if row.latest_assessed_on else "",
            row.overdue_actions * 10_000 + row.open_actions,
            operating,
        )


class CooperativeFilterProxy(RowFilterProxy):
    """Search text and the kabupaten, unit status, category and "mine" filters.

    A keystroke costs one pass over precomputed lower-case strings (see :mod:`.proxy`).
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.search = ""
        self.kabupaten_code: str | None = None
        self.unit_status: str | None = None
        self.category: str | None = None
        self.mine: set[str] | None = None
        self._haystacks: dict[str, str] = {}

    def set_filters(
        self,
        *,
        search: str | None = None,
        kabupaten_code: str | None | Literal[False] = False,
        unit_status: str | None | Literal[False] = False,
        category: str | None | Literal[False] = False,
        mine: set[str] | None | Literal[False] = False,
    ) -> None:
        """Change any of the filters (``False`` leaves one as it is) and refilter once."""
        if search is not None:
            self.search = search.strip().casefold()
        if kabupaten_code is not False:
            self.kabupaten_code = kabupaten_code or None
        if unit_status is not False:
            self.unit_status = unit_status or None
        if category is not False:
            self.category = category or None
        if mine is not False:
            self.mine = mine
        self.refilter()

    def setSourceModel(self, model: QAbstractItemModel) -> None:  # noqa: N802
        model.modelReset.connect(self._haystacks.clear)  # before the refilter it triggers
        super().setSourceModel(model)

    def _haystack(self, row: CooperativeSummary) -> str:
        text = self._haystacks.get(row.id)
        if text is None:
            text = " ".join(
                (row.name, row.village, row.kecamatan, row.kabupaten, row.legal_numbers)
            ).casefold()
            self._haystacks[row.id] = text
        return text

    def accepted_rows(self, rows: list[CooperativeSummary]) -> list[int]:
        words = self.search.split()
        accepted = []
        for index, row in enumerate(rows):
            if words and not all(word in self._haystack(row) for word in words):
                continue
            if self.kabupaten_code and row.kabupaten_code != self.kabupaten_code:
                continue
            if self.unit_status and not any(
                unit.endswith(":" + self.unit_status) for unit in row.unit_statuses
            ):
                continue
            if self.category == NOT_ASSESSED_KEY:
                if row.latest_category:
                    continue
            elif self.category and row.latest_category != self.category:
                continue
            if self.mine is not None and row.id not in self.mine:
                continue
            accepted.append(index)
        return accepted
