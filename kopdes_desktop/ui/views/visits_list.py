"""Kunjungan: recent visits across cooperatives, filtered, opening the visit editor."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from kopdes_desktop.core.services.overview import VisitRow
from kopdes_desktop.core.services.visit_service import VisitList
from kopdes_desktop.ui import i18n
from kopdes_desktop.ui.context import AppContext
from kopdes_desktop.ui.models import labels
from kopdes_desktop.ui.models.base import ROW_ROLE, PredicateProxy
from kopdes_desktop.ui.models.visits import DATE, VisitTableModel
from kopdes_desktop.ui.models.visits import VisitColumn as Column
from kopdes_desktop.ui.widgets.scope import MineToggle
from kopdes_desktop.ui.widgets.search import OpenSingleHit
from kopdes_desktop.ui.widgets.tables import EmptyStoreNote, assemble_list_page, make_table
from kopdes_desktop.ui.window_parts import PageView
from kopdes_desktop.ui.workers import Latest

THIS_MONTH = -1
"""The period value for the current calendar month (what Beranda's visits card counts)."""
PERIOD_DAYS = (THIS_MONTH, 30, 90, 365, 0)


def period_start(today: date, days: int) -> date | None:
    """The first day a period choice covers (None: every visit)."""
    if days == THIS_MONTH:
        return today.replace(day=1)
    return today - timedelta(days=days) if days else None


class VisitsListView(PageView):
    """Visits, newest first, with search, period, kabupaten, status and "mine" filters.

    It opens on the visits to this mentor's cooperatives (see :class:`MineToggle`).
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
        self.title = QLabel(self.tr("Visits"))
        self.title.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search cooperative, village or purpose"))
        self.period = QComboBox()
        texts = (
            self.tr("This month"),
            self.tr("Last 30 days"),
            self.tr("Last 3 months"),
            self.tr("Last 12 months"),
            self.tr("All visits"),
        )
        for days, text in zip(PERIOD_DAYS, texts, strict=True):
            self.period.addItem(text, days)
        self.period.setCurrentIndex(self.period.findData(90))
        self.kabupaten = QComboBox()
        self.status = QComboBox()
        self.status.addItem(self.tr("Any status"), "")
        for code in labels.VISIT_STATUSES:
            self.status.addItem(labels.label(labels.VISIT_STATUSES, code), code)
        self.mine = MineToggle()
        self.count = QLabel()
        self.empty_note = EmptyStoreNote()
        self.model = VisitTableModel(self, i18n.current_language())
        self.proxy = PredicateProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(
            self.proxy,
            {
                Column.DATE: 150,
                Column.VILLAGE: 130,
                Column.KABUPATEN: 150,
                Column.PURPOSE: 220,
                Column.STATUS: 75,
                Column.ASSESSMENTS: 85,
                Column.FINDINGS: 70,
            },
            stretch=Column.COOPERATIVE,
        )
        self.table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
        self.open_button = QPushButton(self.tr("Open visit"))
        self.open_coop_button = QPushButton(self.tr("Open cooperative"))

    def _connect(self) -> None:
        self.search.textChanged.connect(self._apply)
        self.period.currentIndexChanged.connect(self.refresh)
        self.kabupaten.currentIndexChanged.connect(self._apply)
        self.status.currentIndexChanged.connect(self._apply)
        self.mine.toggled.connect(self._apply)
        self.table.activated.connect(self._open_index)
        OpenSingleHit(self.search, self.table, self._open_index)
        self.open_button.clicked.connect(self.open_selected)
        self.open_coop_button.clicked.connect(self._open_cooperative)

    def _assemble(self) -> None:
        assemble_list_page(
            self,
            self.title,
            [
                (self.search, 3),
                (self.period, 1),
                (self.kabupaten, 1),
                (self.status, 1),
                (self.mine, 0),
            ],
            self.table,
            [(self.count, 1), (self.open_coop_button, 0), (self.open_button, 0)],
            note=self.empty_note,
        )

    def refresh(self) -> None:
        """Reload the visits of the chosen period and the kabupaten choices (off the GUI
        thread)."""
        since = period_start(self.ctx.today(), self.period.currentData())
        self._reads.run(self.ctx.services.visits.list_since, since, on_done=self._show)

    def _show(self, data: VisitList) -> None:
        rows, kabupaten, self._mine = data.rows, data.kabupaten, data.mine
        current = self.kabupaten.currentData()
        self.kabupaten.blockSignals(True)
        self.kabupaten.clear()
        self.kabupaten.addItem(self.tr("All kabupaten/kota"), "")
        for code, name in kabupaten:
            self.kabupaten.addItem(name, code)
        self.kabupaten.setCurrentIndex(max(self.kabupaten.findData(current), 0))
        self.kabupaten.blockSignals(False)
        self.mine.set_ids(self._mine)
        self.model.set_rows(rows)
        self.empty_note.update_for(self.model.rowCount() + len(self._mine))
        self._apply()

    def show_preset(self, preset: str) -> None:
        """Beranda's cards: "month" shows this month's visits to this mentor's cooperatives."""
        if preset == "month":
            self.search.clear()
            self.kabupaten.setCurrentIndex(0)
            self.status.setCurrentIndex(0)
            self.mine.show_mine()
            self.period.setCurrentIndex(self.period.findData(THIS_MONTH))

    def _apply(self) -> None:
        words = self.search.text().casefold().split()
        kabupaten = self.kabupaten.currentData()
        status = self.status.currentData()
        mine = self.mine.ids()
        today = self.ctx.today()
        month_only = self.period.currentData() == THIS_MONTH

        def keep(row: VisitRow) -> bool:
            if month_only and (row.visit_date.year, row.visit_date.month) != (
                today.year,
                today.month,
            ):
                return False
            if month_only and row.status == "PLANNED" and status != "PLANNED":
                return False  # this month's visits are those made, as Beranda counts them
            if kabupaten and row.kabupaten_code != kabupaten:
                return False
            if status and row.status != status:
                return False
            if mine is not None and row.cooperative_id not in mine:
                return False
            text = f"{row.cooperative} {row.village} {row.purpose}".casefold()
            return all(word in text for word in words)

        self.proxy.set_predicate(keep)
        self.count.setText(
            self.tr("Showing %1 of %2 visits")
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(self.model.rowCount()))
        )

    def _selected(self) -> VisitRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE) if indexes else None

    def _open_index(self, index: QModelIndex) -> None:
        self.ctx.events.navigate.emit("visit", index.data(ROW_ROLE).id)

    def open_selected(self) -> None:
        row = self._selected()
        if row is not None:
            self.ctx.events.navigate.emit("visit", row.id)

    def _open_cooperative(self) -> None:
        row = self._selected()
        if row is not None:
            self.ctx.events.navigate.emit("cooperative", row.cooperative_id)
