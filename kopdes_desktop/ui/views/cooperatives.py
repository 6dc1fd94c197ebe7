"""Koperasi: every cooperative, searchable and filterable, opening its page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from kopdes_desktop.core.services.cooperative_service import CooperativeList
from kopdes_desktop.core.services.cooperatives import UNIT_STATUSES
from kopdes_desktop.ui import i18n
from kopdes_desktop.ui.context import AppContext
from kopdes_desktop.ui.models import labels
from kopdes_desktop.ui.models.base import ROW_ROLE
from kopdes_desktop.ui.models.cooperatives import (
    NAME,
    NOT_ASSESSED_KEY,
    CooperativeFilterProxy,
    CooperativeTableModel,
)
from kopdes_desktop.ui.models.cooperatives import (
    CooperativeColumn as Column,
)
from kopdes_desktop.ui.widgets.category import category_colors
from kopdes_desktop.ui.widgets.scope import MineToggle
from kopdes_desktop.ui.widgets.search import OpenSingleHit
from kopdes_desktop.ui.widgets.tables import EmptyStoreNote, assemble_list_page, make_table
from kopdes_desktop.ui.window_parts import PageView
from kopdes_desktop.ui.workers import Latest


class CooperativesView(PageView):
    """The Koperasi list with search, filters and sorting."""

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
        self.title = QLabel(self.tr("Cooperatives"))
        self.title.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search by name, village, kecamatan, kabupaten or legal number (Ctrl+F)")
        )
        self.kabupaten = QComboBox()
        self.unit_status = QComboBox()
        self.unit_status.addItem(self.tr("Any unit status"), "")
        for status in UNIT_STATUSES:
            self.unit_status.addItem(
                self.tr("Unit: %1").replace("%1", labels.label(labels.UNIT_STATUSES, status)),
                status,
            )
        self.category = QComboBox()
        self.mine = MineToggle()
        self.count = QLabel()
        self.empty_note = EmptyStoreNote()
        self.model = CooperativeTableModel(self, i18n.current_language())
        self.proxy = CooperativeFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(
            self.proxy,
            {
                Column.VILLAGE: 115,
                Column.KECAMATAN: 120,
                Column.KABUPATEN: 135,
                Column.CATEGORY: 185,
                Column.SCORE: 50,
                Column.ASSESSED: 135,
                Column.ACTIONS: 85,
                Column.UNITS: 75,
            },
            stretch=Column.NAME,
        )
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.open_button = QPushButton(self.tr("Open"))
        self.new_visit_button = QPushButton(self.tr("New visit (Ctrl+N)"))

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda text: self._apply(search=text))
        self.kabupaten.currentIndexChanged.connect(
            lambda: self._apply(kabupaten_code=self.kabupaten.currentData() or None)
        )
        self.unit_status.currentIndexChanged.connect(
            lambda: self._apply(unit_status=self.unit_status.currentData() or None)
        )
        self.category.currentIndexChanged.connect(
            lambda: self._apply(category=self.category.currentData() or None)
        )
        self.mine.toggled.connect(lambda _on: self._apply(mine=self.mine.ids()))
        self.table.activated.connect(self._open_index)
        OpenSingleHit(self.search, self.table, self._open_index)
        self.open_button.clicked.connect(self.open_selected)
        self.new_visit_button.clicked.connect(self.new_visit)
        QShortcut(
            QKeySequence(Qt.Key.Key_Down),
            self.search,
            self.table.setFocus,
            context=Qt.ShortcutContext.WidgetShortcut,
        )

    def _assemble(self) -> None:
        assemble_list_page(
            self,
            self.title,
            [
                (self.search, 3),
                (self.kabupaten, 1),
                (self.unit_status, 1),
                (self.category, 1),
                (self.mine, 0),
            ],
            self.table,
            [(self.count, 1), (self.new_visit_button, 0), (self.open_button, 0)],
            note=self.empty_note,
        )

    def refresh(self) -> None:
        """Reload the cooperative summaries and the filter choices (read off the GUI thread)."""
        self.count.setText(self.tr("Loading…"))
        self._reads.run(
            self.ctx.services.cooperatives.list_page, self.ctx.today(), on_done=self._show
        )

    def _show(self, data: CooperativeList) -> None:
        rows, kabupaten, self._mine = data.rows, data.kabupaten, data.mine
        self._fill_combo(self.kabupaten, self.tr("All kabupaten/kota"), kabupaten)
        categories = sorted({r.latest_category for r in rows if r.latest_category})
        self._fill_combo(
            self.category,
            self.tr("Any category"),
            [(c, c) for c in categories] + [(NOT_ASSESSED_KEY, labels.text(labels.NOT_ASSESSED))],
        )
        self.model.category_colors = category_colors(self.ctx)
        self.mine.set_ids(self._mine)
        self.proxy.set_filters(mine=self.mine.ids())
        self.model.set_rows(rows)
        self.empty_note.update_for(self.model.rowCount())
        self._update_count()

    @staticmethod
    def _fill_combo(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, "")
        for code, name in items:
            combo.addItem(name, code)
        found = combo.findData(current)
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def _apply(self, **filters: Any) -> None:
        self.proxy.set_filters(**filters)
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(
            self.tr("Showing %1 of %2 cooperatives")
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(self.model.rowCount()))
        )

    def show_preset(self, preset: str) -> None:
        """Beranda's "my cooperatives" card: this mentor's cooperatives, no other filter."""
        if preset == "mine":
            self.search.clear()
            for combo in (self.kabupaten, self.unit_status, self.category):
                combo.setCurrentIndex(0)
            self.mine.show_mine()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def current_cooperative_id(self) -> str | None:
        """The selected cooperative, or the only one left by the filters."""
        indexes = self.table.selectionModel().selectedRows()
        if indexes:
            return indexes[0].data(ROW_ROLE).id
        if self.proxy.rowCount() == 1:
            return self.proxy.index(0, 0).data(ROW_ROLE).id
        return None

    def _open_index(self, index: QModelIndex) -> None:
        self.ctx.events.navigate.emit("cooperative", index.data(ROW_ROLE).id)

    def open_selected(self) -> None:
        cooperative_id = self.current_cooperative_id()
        if cooperative_id:
            self.ctx.events.navigate.emit("cooperative", cooperative_id)

    def new_visit(self) -> None:
        cooperative_id = self.current_cooperative_id()
        if cooperative_id:
            self.ctx.events.navigate.emit("visit", "new:" + cooperative_id)
