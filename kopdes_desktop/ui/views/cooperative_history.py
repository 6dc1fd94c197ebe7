"""The cooperative's history: visit timeline, assessments with their trend, follow-ups."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.core.formatting import long_date, number
from kopdes_desktop.core.services import followups
from kopdes_desktop.core.services.cooperative_service import AssessmentRow
from kopdes_desktop.errors import KopdesError
from kopdes_desktop.ui import i18n
from kopdes_desktop.ui.context import AppContext
from kopdes_desktop.ui.dialogs.close_action import CloseActionDialog
from kopdes_desktop.ui.models import labels
from kopdes_desktop.ui.models.actions import ActionColumn, ActionTableModel
from kopdes_desktop.ui.models.base import ROW_ROLE, FunctionTableModel, PredicateProxy
from kopdes_desktop.ui.models.cooperative_columns import AssessmentColumn, TimelineColumn
from kopdes_desktop.ui.widgets.charts import TrendChart, TrendPoint
from kopdes_desktop.ui.widgets.tables import make_table


class TimelineTab(QWidget):
    """Every visit, newest first; Enter or double-click opens it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        language = i18n.current_language()
        self.model = FunctionTableModel(
            [
                self.tr("Date"),
                self.tr("Purpose"),
                self.tr("Status"),
                self.tr("Assessments"),
                self.tr("Findings"),
            ],
            lambda t: (
                long_date(t.visit_date, language),
                t.purpose,
                labels.label(labels.VISIT_STATUSES, t.status),
                ", ".join(t.categories),
                str(t.findings),
            ),
            self,
        )
        self.table = make_table(
            self.model,
            {
                TimelineColumn.DATE: 150,
                TimelineColumn.PURPOSE: 230,
                TimelineColumn.STATUS: 80,
                TimelineColumn.ASSESSMENTS: 420,
            },
            sortable=False,
        )
        self.table.activated.connect(
            lambda index: ctx.events.navigate.emit("visit", index.data(ROW_ROLE).id)
        )
        self.open_button = QPushButton(self.tr("Open visit"))
        self.open_button.clicked.connect(self._open)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def load(self, cooperative_id: str) -> None:
        self.model.set_rows(self.ctx.services.cooperatives.timeline(cooperative_id))

    def _open(self) -> None:
        indexes = self.table.selectionModel().selectedRows()
        if indexes:
            self.ctx.events.navigate.emit("visit", indexes[0].data(ROW_ROLE).id)


class AssessmentsTab(QWidget):
    """Final assessments per instrument with a trend chart per aspect and total."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._history: list[AssessmentRow] = []
        self._chart_stale = True
        language = i18n.current_language()
        self.instrument = QComboBox()
        self.chart = TrendChart()
        self.model = FunctionTableModel(
            [
                self.tr("Assessed on"),
                self.tr("Instrument"),
                self.tr("Total"),
                self.tr("Category"),
                self.tr("Revision"),
                self.tr("Signed"),
            ],
            lambda a: (
                long_date(a.assessed_on, language),
                f"{a.instrument_id} {a.instrument_version}",
                number(a.total, 1, language) if a.total is not None else "",
                a.category or "",
                str(a.revision_no),
                "✔" if a.signed else "",
            ),
            self,
        )
        self.proxy = PredicateProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(
            self.proxy,
            {
                AssessmentColumn.ASSESSED_ON: 150,
                AssessmentColumn.INSTRUMENT: 200,
                AssessmentColumn.TOTAL: 80,
                AssessmentColumn.CATEGORY: 200,
            },
            sortable=False,
        )
        self.open_button = QPushButton(self.tr("Open assessment"))
        self.report_button = QPushButton(self.tr("Print assessment report"))
        self.empty = QLabel(self.tr("No final assessment yet."))
        self.instrument.currentIndexChanged.connect(self._instrument_changed)
        self.table.activated.connect(
            lambda index: ctx.events.navigate.emit("assessment", index.data(ROW_ROLE).id)
        )
        self.open_button.clicked.connect(self._open)
        self.report_button.clicked.connect(self._report)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Instrument:")))
        top.addWidget(self.instrument, 1)
        top.addWidget(self.empty, 2)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.open_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.table, 1)
        lower_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.chart)
        splitter.addWidget(lower)
        splitter.setSizes([300, 160])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def load(self, cooperative_id: str) -> None:
        self._history = self.ctx.services.cooperatives.assessment_history(cooperative_id)
        current = self.instrument.currentData()
        ids = list(dict.fromkeys(a.instrument_id for a in self._history))
        self.instrument.blockSignals(True)
        self.instrument.clear()
        for instrument_id in ids:
            self.instrument.addItem(self._instrument_title(instrument_id), instrument_id)
        self.instrument.setCurrentIndex(max(self.instrument.findData(current), 0))
        self.instrument.blockSignals(False)
        self.empty.setVisible(not ids)
        self.model.set_rows(list(reversed(self._history)))
        self._instrument_changed()

    def _instrument_title(self, instrument_id: str) -> str:
        try:
            return self.ctx.instruments.get(instrument_id).title(i18n.current_language())
        except KopdesError:  # an instrument this laptop does not have: show its id
            return instrument_id

    def _instrument_changed(self) -> None:
        chosen = self.instrument.currentData()
        self.proxy.set_predicate(lambda a: a.instrument_id == chosen)
        self._chart_stale = True
        if self.isVisible():
            self.draw_chart()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._chart_stale:
            self.draw_chart()

    def draw_chart(self) -> None:
        """Draw the trend of the chosen instrument (done when the tab is first shown)."""
        self._chart_stale = False
        chosen = self.instrument.currentData()
        language = i18n.current_language()
        points = []
        for row in self._history:
            result = row.result if row.instrument_id == chosen else None
            if result is None:
                continue
            aspects = {
                (a.title_en if language == "en" else a.title_id): a.percent for a in result.aspects
            }
            total = 100 * result.total / result.max_total if result.max_total else 0.0
            points.append(TrendPoint(row.assessed_on, aspects, total))
        self.chart.set_points(points, self.tr("Total"), "MMM yyyy")

    def _selected_id(self) -> str | None:
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE).id if indexes else None

    def _open(self) -> None:
        assessment_id = self._selected_id()
        if assessment_id:
            self.ctx.events.navigate.emit("assessment", assessment_id)

    def _report(self) -> None:
        assessment_id = self._selected_id() or (self._history[-1].id if self._history else None)
        from kopdes_desktop.ui.report_actions import open_assessment_report

        if assessment_id:
            open_assessment_report(self, self.ctx, assessment_id)


class ActionsTab(QWidget):
    """The cooperative's follow-ups; open ones first."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cooperative_id = ""
        self.model = ActionTableModel(self, i18n.current_language())
        self.table = make_table(
            self.model,
            {
                ActionColumn.DUE: 150,
                ActionColumn.TITLE: 380,
                ActionColumn.OWNER: 120,
                ActionColumn.STATUS: 150,
            },
            sortable=False,
        )
        self.table.hideColumn(ActionColumn.COOPERATIVE)  # it is this cooperative's page
        self.summary = QLabel()
        self.close_button = QPushButton(self.tr("Close at a visit…"))
        self.close_button.clicked.connect(self._close)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def load(self, cooperative_id: str) -> None:
        self.cooperative_id = cooperative_id
        rows = self.ctx.services.cooperatives.actions(cooperative_id, self.ctx.today())
        rows.sort(key=lambda r: (r.status not in followups.OPEN_STATUSES, not r.overdue))
        self.model.set_rows(rows)
        open_count = sum(1 for r in rows if r.status in followups.OPEN_STATUSES)
        overdue = sum(1 for r in rows if r.overdue)
        self.summary.setText(
            self.tr("%1 open, %2 overdue")
            .replace("%1", str(open_count))
            .replace("%2", str(overdue))
        )

    def open_count(self) -> int:
        return sum(1 for r in self.model.rows() if r.status in followups.OPEN_STATUSES)

    def _close(self) -> None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return
        row = indexes[0].data(ROW_ROLE)
        if row.status in followups.OPEN_STATUSES and CloseActionDialog.close_action(
            self, self.ctx, row.id
        ):
            self.load(self.cooperative_id)
