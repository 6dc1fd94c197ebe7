"""One way to set up a read-only list table, so every list behaves alike."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)


class EmptyStoreNote(QLabel):
    """Shown above a list while the laptop holds no record of any kind yet: where they come
    from, instead of an empty table that says nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyNote")
        self.setWordWrap(True)
        self.setText(
            self.tr(
                "Nothing here yet. The cooperative registry and your assignments come from the "
                "province: Home shows the steps to get started (or open the demo data there)."
            )
        )
        self.hide()

    def update_for(self, known: int) -> None:
        """Visible while ``known`` (the list's rows before any filter, plus the mentor's
        assigned cooperatives) is zero."""
        self.setVisible(known == 0)


REFERENCE_LINE = 14
"""Line height (pixels) of the default 9 pt font the column widths were chosen for."""


LARGE_TEXT = 1.1
STRETCH_MINIMUM = 220
"""Width of a table's main column (a cooperative, a follow-up) at the default font."""


def text_scale(widget: QWidget) -> float:
    """How much larger than the default the widget's text is (1.0 at 100 %, 1.6 at 160 %)."""
    return max(1.0, widget.fontMetrics().height() / REFERENCE_LINE)


def make_table(
    model: QAbstractItemModel,
    widths: dict[int, int] | None = None,
    parent: QWidget | None = None,
    sortable: bool = True,
    stretch: int | None = None,
) -> QTableView:
    """A sortable, single-row-selecting table over ``model`` with the given column widths
    (for the default font; they grow with a larger font, and never hide their header);
    column ``stretch`` (else the last one) takes the remaining width."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSortingEnabled(sortable)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    scale = text_scale(table)
    table.verticalHeader().setDefaultSectionSize(round(26 * scale))
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    for column, width in (widths or {}).items():
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        needed = header.fontMetrics().horizontalAdvance(title) + round(24 * scale)
        table.setColumnWidth(column, max(round(width * scale), needed))
    if stretch is not None and scale > LARGE_TEXT:
        # A large font does not leave room for every column: the main column keeps a
        # readable width and the others scroll sideways, rather than squeezing it to "…".
        table.setColumnWidth(stretch, round(STRETCH_MINIMUM * scale))
    elif stretch is not None:
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def assemble_list_page(
    page: QWidget,
    title: QWidget,
    filters: Sequence[tuple[QWidget, int]],
    table: QWidget,
    buttons: Sequence[tuple[QWidget, int]],
    note: QWidget | None = None,
) -> None:
    """The layout the list pages share: title, a row of filters, an optional note, the table,
    a row of buttons (each widget with its stretch factor).

    With a large font one row cannot hold them all: the first filter (the search box) and the
    first widget of the button row (the count) then get a row of their own."""
    large = text_scale(page) > LARGE_TEXT
    for widget, _stretch in filters:
        if large and isinstance(widget, QComboBox):  # a long choice must not widen the page
            widget.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            widget.setMinimumContentsLength(12)
    layout = QVBoxLayout(page)
    layout.addWidget(title)
    for row in _rows(filters, large):
        layout.addLayout(row)
    if note is not None:
        layout.addWidget(note)
    layout.addWidget(table, 1)
    for row in _rows(buttons, large):
        layout.addLayout(row)


def _rows(widgets: Sequence[tuple[QWidget, int]], split: bool) -> list[QHBoxLayout]:
    """One row of ``widgets``, or (``split``) the first on a row of its own above the rest."""
    groups = [widgets[:1], widgets[1:]] if split and len(widgets) > 1 else [widgets]
    rows = []
    for group in groups:
        row = QHBoxLayout()
        if split and not any(stretch for _widget, stretch in group):
            row.addStretch(1)  # buttons keep to the right, as in the one-row layout
        for widget, stretch in group:
            row.addWidget(widget, stretch)
        rows.append(row)
    return rows
