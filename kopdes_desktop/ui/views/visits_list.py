"""Kunjungan: recent visits across cooperatives, filtered, opening the visit editor."""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from kopdes_desktop.core.services import mentors, overview
from kopdes_desktop.core.services.overview import VisitRow
from kopdes_desktop.store.db import Store
from kopdes_desktop.ui import i18n
from kopdes_desktop.ui.context import AppContext
from kopdes_desktop.ui.models import labels
from kopdes_desktop.ui.models.base import ROW_ROLE, PredicateProxy
from kopdes_desktop.ui.models.visits import COOPERATIVE, DATE, PURPOSE, VisitTableModel
from kopdes_desktop.ui.widgets.tables import assemble_list_page, make_table
from kopdes_desktop.ui.workers import run_task

PERIOD_DAYS = (30, 90, 365, 0)


VisitData = tuple[list[VisitRow], list[tuple[str, str]], str | None]


def load_visits(store: Store, since: date | None) -> VisitData:
    """Visits since ``since``, kabupaten choices and this mentor's id (runs in a worker)."""
    with store.read() as session:
        rows = overview.visit_rows(session, since=since)
        kabupaten = overview.kabupaten_choices(session)
        me = mentors.self_mentor(session)
    return rows, kabupaten, me.id if me else None


class VisitsListView(QWidget):
    """Visits, newest first, with search, period, kabupaten, status and "mine" filters."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self._my_id: str | None = None
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
        for days, text in zip(PERIOD_DAYS, (self.tr("Last 30 days"), self.tr("Last 3 months"),
                                            self.tr("Last 12 months"), self.tr("All visits")),
                              strict=True):
            self.period.addItem(text, days)
        self.period.setCurrentIndex(1)
        self.kabupaten = QComboBox()
        self.status = QComboBox()
        self.status.addItem(self.tr("Any status"), "")
        for code in labels.VISIT_STATUSES:
            self.status.addItem(labels.label(labels.VISIT_STATUSES, code), code)
        self.mine = QCheckBox(self.tr("My visits"))
        self.count = QLabel()
        self.model = VisitTableModel(self, i18n.current_language())
        self.proxy = PredicateProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(self.proxy, {DATE: 150, 2: 130, 3: 150, PURPOSE: 220, 5: 75,
                                             6: 85, 7: 70}, stretch=COOPERATIVE)
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
        self.open_button.clicked.connect(self.open_selected)
        self.open_coop_button.clicked.connect(self._open_cooperative)

    def _assemble(self) -> None:
        assemble_list_page(
            self, self.title,
            [(self.search, 3), (self.period, 1), (self.kabupaten, 1), (self.status, 1),
             (self.mine, 0)],
            self.table, [(self.count, 1), (self.open_coop_button, 0), (self.open_button, 0)],
        )

    def refresh(self) -> None:
        """Reload the visits of the chosen period and the kabupaten choices (off the GUI
        thread)."""
        days = self.period.currentData()
        since = self.ctx.today() - timedelta(days=days) if days else None
        self._generation += 1
        self._task = run_task(load_visits, self.ctx.store, since,
                              on_done=partial(self._show_latest, self._generation))

    def _show_latest(self, generation: int, data: object) -> None:
        if generation == self._generation:  # an older read finishing late is dropped
            self._show(data)  # type: ignore[arg-type]

    def _show(self, data: VisitData) -> None:
        rows, kabupaten, self._my_id = data
        current = self.kabupaten.currentData()
        self.kabupaten.blockSignals(True)
        self.kabupaten.clear()
        self.kabupaten.addItem(self.tr("All kabupaten/kota"), "")
        for code, name in kabupaten:
            self.kabupaten.addItem(name, code)
        self.kabupaten.setCurrentIndex(max(self.kabupaten.findData(current), 0))
        self.kabupaten.blockSignals(False)
        self.model.set_rows(rows)
        self._apply()

    def _apply(self) -> None:
        words = self.search.text().casefold().split()
        kabupaten = self.kabupaten.currentData()
        status = self.status.currentData()
        mine = self._my_id if self.mine.isChecked() else None

        def keep(row: VisitRow) -> bool:
            if kabupaten and row.kabupaten_code != kabupaten:
                return False
            if status and row.status != status:
                return False
            if self.mine.isChecked() and row.mentor_id != mine:
                return False
            text = f"{row.cooperative} {row.village} {row.purpose}".casefold()
            return all(word in text for word in words)

        self.proxy.set_predicate(keep)
        self.count.setText(self.tr("Showing %1 of %2 visits")
                           .replace("%1", str(self.proxy.rowCount()))
                           .replace("%2", str(self.model.rowCount())))

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
