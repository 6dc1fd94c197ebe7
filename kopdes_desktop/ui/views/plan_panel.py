"""A planned visit in the visit editor: what is planned, and *Mulai kunjungan*.

Starting turns the plan into the visit happening today (its date becomes today); the editor
then shows it like any visit, with its assessments, findings and follow-ups.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kopdes_desktop.core.formatting import long_date
from kopdes_desktop.errors import KopdesError
from kopdes_desktop.ui.context import AppContext
from kopdes_desktop.ui.dialogs.confirm import ConfirmDialog
from kopdes_desktop.ui.dialogs.plan_dialog import PlanVisitDialog
from kopdes_desktop.ui.forms.rows import ERROR_STYLE


class PlannedVisitPanel(QWidget):
    """Shows one planned visit; emits :attr:`started`, :attr:`changed` or :attr:`cancelled`."""

    started = Signal(str)
    changed = Signal(str)
    cancelled = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.visit_id: str | None = None
        self._build()
        self._connect()
        self._assemble()

    def _build(self) -> None:
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        self.when = QLabel()
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.hint = QLabel(
            self.tr(
                "This visit is planned. Start it when you are at the "
                "cooperative: it becomes today's visit, ready for "
                "assessments and findings."
            )
        )
        self.hint.setWordWrap(True)
        self.start_button = QPushButton(self.tr("&Start visit"))
        self.start_button.setDefault(True)
        self.edit_button = QPushButton(self.tr("&Change plan…"))
        self.cancel_button = QPushButton(self.tr("Cancel p&lan"))
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

    def _connect(self) -> None:
        self.start_button.clicked.connect(self.start)
        self.edit_button.clicked.connect(self._edit)
        self.cancel_button.clicked.connect(self._cancel)

    def _assemble(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.start_button, self.edit_button, self.cancel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        for widget in (self.title, self.when, self.details, self.hint):
            layout.addWidget(widget)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeft)

    def show_visit(self, visit_id: str) -> None:
        """Show the planned visit ``visit_id``."""
        self.visit_id = visit_id
        self.error.hide()
        visit = self.ctx.services.plans.visit(visit_id)
        name, day = visit.cooperative, visit.visit_date
        purpose, notes = visit.purpose, visit.notes or ""
        self.title.setText(self.tr("Planned visit to %1").replace("%1", name))
        self.when.setText(
            self.tr("Planned for %1").replace("%1", long_date(day, self.ctx.language))
        )
        self.details.setText(" · ".join(filter(None, (purpose, notes))))

    def start(self) -> bool:
        """Mulai kunjungan: the plan becomes today's visit."""
        if self.visit_id is None:
            return False
        try:
            self.ctx.services.plans.start(self.visit_id, self.ctx.today())
        except KopdesError as exc:
            self._show_error(exc.localized(self.ctx.language))
            return False
        self.ctx.events.data_changed.emit("visit")
        self.started.emit(self.visit_id)
        return True

    def _edit(self) -> None:
        if self.visit_id and PlanVisitDialog.edit(self, self.ctx, self.visit_id):
            self.show_visit(self.visit_id)
            self.changed.emit(self.visit_id)

    def _cancel(self) -> None:
        if self.visit_id is None or not ConfirmDialog.ask(
            self,
            self.tr("Cancel plan"),
            self.tr("Cancel this planned visit?"),
            self.tr("Cancel p&lan"),
        ):
            return
        self.cancel_plan()

    def cancel_plan(self) -> bool:
        """Drop the plan (no question asked; the button asks first)."""
        if self.visit_id is None:
            return False
        try:
            self.ctx.services.plans.cancel(self.visit_id)
        except KopdesError as exc:
            self._show_error(exc.localized(self.ctx.language))
            return False
        self.ctx.events.data_changed.emit("visit")
        self.cancelled.emit(self.visit_id)
        return True

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
