"""Tindak Lanjut: follow-ups across all cooperatives, overdue ones highlighted."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from kopdes_desktop.core.services.followup_service import FollowupList
from kopdes_desktop.core.services.followups import OPEN_STATUSES, ActionRow
from kopdes_desktop.errors import KopdesError
from kopdes_desktop.ui import i18n
from kopdes_desktop.ui.context import AppContext
from kopdes_desktop.ui.dialogs.close_action import CloseActionDialog
from kopdes_desktop.ui.models.actions import (
    DUE,
    ActionTableModel,
)
from kopdes_desktop.ui.models.actions import (
    ActionColumn as Column,
)
from kopdes_desktop.ui.models.base import ROW_ROLE, PredicateProxy
from kopdes_desktop.ui.widgets.palette import current
from kopdes_desktop.ui.widgets.scope import MineToggle
from kopdes_desktop.ui.widgets.search import OpenSingleHit
from kopdes_desktop.ui.widgets.tables import EmptyStoreNote, assemble_list_page, make_table
from kopdes_desktop.ui.window_parts import PageView
from kopdes_desktop.ui.workers import Latest

SHOW_OPEN, SHOW_OVERDUE, SHOW_UPCOMING, SHOW_CLOSED, SHOW_ALL = range(5)
PRESETS = {"overdue": SHOW_OVERDUE, "upcoming": SHOW_UPCOMING}
"""Beranda's cards and the list each opens: ``navigate("tindak_lanjut", "show:overdue")``."""


class FollowupsView(PageView):
    """Every follow-up; change its status or close it at a later visit.

    It opens on the follow-ups of this mentor's cooperatives (see :class:`MineToggle`); the
    overdue count below the table counts what the search and that toggle keep.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._reads = Latest()
        self._mine: set[str] = set()
        self._build()
        self._connect()
        self._assemble()
        self.refresh()

    def _build(self) -> None:
        self.title = QLabel(self.tr("Follow-ups"))
        self.title.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search cooperative, follow-up or owner"))
        self.show_filter = QComboBox()
        for text in (
            self.tr("Open and in progress"),
            self.tr("Overdue"),
            self.tr("Due in the next 14 days"),
            self.tr("Closed"),
            self.tr("All"),
        ):
            self.show_filter.addItem(text)
        self.mine = MineToggle()
        self.count = QLabel()
        self.empty_note = EmptyStoreNote()
        self.model = ActionTableModel(
            self, i18n.current_language(), current(bool(self.ctx.settings.get("high_contrast")))
        )
        self.proxy = PredicateProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(
            self.proxy,
            {
                Column.DUE: 150,
                Column.COOPERATIVE: 280,
                Column.OWNER: 130,
                Column.STATUS: 160,
                Column.CLOSED: 150,
            },
            stretch=Column.TITLE,
        )
        self.table.sortByColumn(DUE, Qt.SortOrder.AscendingOrder)
        self.progress_button = QPushButton(self.tr("Mark in progress"))
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.close_button = QPushButton(self.tr("Close at a visit…"))
        self.open_coop_button = QPushButton(self.tr("Open cooperative"))
        self.error = QLabel()
        self.error.setObjectName("fieldError")

    def _connect(self) -> None:
        self.search.textChanged.connect(self._apply)
        self.show_filter.currentIndexChanged.connect(self._apply)
        self.mine.toggled.connect(self._apply)
        self.table.activated.connect(self._activated)
        OpenSingleHit(self.search, self.table, self._activated)
        self.progress_button.clicked.connect(lambda: self._set_status("PROGRESS"))
        self.reopen_button.clicked.connect(lambda: self._set_status("OPEN"))
        self.close_button.clicked.connect(self.close_selected)
        self.open_coop_button.clicked.connect(self._open_cooperative)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    def _assemble(self) -> None:
        assemble_list_page(
            self,
            self.title,
            [(self.search, 3), (self.show_filter, 1), (self.mine, 0)],
            self.table,
            [
                (self.count, 1),
                (self.error, 2),
                (self.open_coop_button, 0),
                (self.progress_button, 0),
                (self.reopen_button, 0),
                (self.close_button, 0),
            ],
            note=self.empty_note,
        )

    def refresh(self) -> None:
        """Reload every follow-up, open and closed (read off the GUI thread)."""
        self._reads.run(self.ctx.services.followups.list_all, self.ctx.today(), on_done=self._show)

    def _show(self, data: FollowupList) -> None:
        self._mine = data.mine
        self.mine.set_ids(self._mine)
        self.model.set_rows(data.rows)
        self.empty_note.update_for(self.model.rowCount() + len(self._mine))
        self._apply()

    def show_preset(self, preset: str) -> None:
        """Beranda's cards: "overdue" or "upcoming" follow-ups of this mentor's cooperatives."""
        if preset in PRESETS:
            self.search.clear()
            self.mine.show_mine()
            self.show_filter.setCurrentIndex(PRESETS[preset])

    def _apply(self) -> None:
        words = self.search.text().casefold().split()
        show = self.show_filter.currentIndex()
        mine = self.mine.ids()

        def in_scope(row: ActionRow) -> bool:
            if mine is not None and row.cooperative_id not in mine:
                return False
            text = f"{row.cooperative} {row.title} {row.owner}".casefold()
            return all(word in text for word in words)

        def keep(row: ActionRow) -> bool:
            is_open = row.status in OPEN_STATUSES
            if show == SHOW_OPEN and not is_open:
                return False
            if (show == SHOW_OVERDUE and not row.overdue) or (
                show == SHOW_UPCOMING and not row.upcoming
            ):
                return False
            if show == SHOW_CLOSED and is_open:
                return False
            return in_scope(row)

        self.proxy.set_predicate(keep)
        overdue = sum(1 for row in self.model.rows() if row.overdue and in_scope(row))
        self.count.setText(
            self.tr("Showing %1 of %2 · %3 overdue")
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(self.model.rowCount()))
            .replace("%3", str(overdue))
        )
        self._update_buttons()

    def selected(self) -> ActionRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE) if indexes else None

    def _update_buttons(self) -> None:
        row = self.selected()
        is_open = row is not None and row.status in OPEN_STATUSES
        self.progress_button.setEnabled(is_open and row is not None and row.status != "PROGRESS")
        self.close_button.setEnabled(is_open)
        self.reopen_button.setEnabled(row is not None and not is_open)
        self.open_coop_button.setEnabled(row is not None)

    def _activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row.status in OPEN_STATUSES:
            self.close_selected()

    def _set_status(self, status: str) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            self.ctx.services.followups.set_status(row.id, status, today=self.ctx.today())
        except KopdesError as error:
            self.error.setText(error.localized(i18n.current_language()))
            return
        self.error.clear()
        self.ctx.events.data_changed.emit("action")
        self.refresh()

    def close_selected(self) -> None:
        """Open the close dialog for the selected follow-up."""
        row = self.selected()
        if row is not None and CloseActionDialog.close_action(self, self.ctx, row.id):
            self.refresh()

    def _open_cooperative(self) -> None:
        row = self.selected()
        if row is not None:
            self.ctx.events.navigate.emit("cooperative", row.cooperative_id)
