"""Plan a visit (cooperative, a date today or later, purpose, notes) or change a plan.

A planned visit is a visit waiting for its day: it shows on Beranda's calendar and in the
start-up reminder, and becomes the real visit when the mentor starts it in the visit editor.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.core.formatting import long_date
from kopdes_desktop.core.services import visits
from kopdes_desktop.errors import KopdesError, ValidationError, localized_problems
from kopdes_desktop.ui.context import AppContext
from kopdes_desktop.ui.forms.rows import ERROR_STYLE
from kopdes_desktop.ui.widgets.dates import from_qdate, to_qdate


class PlanVisitDialog(QDialog):
    """Plans a new visit (``visit_id`` None) or changes a planned one."""

    def __init__(
        self,
        ctx: AppContext,
        visit_id: str | None = None,
        cooperative_id: str | None = None,
        day: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.visit_id = visit_id
        self._build()
        self._connect()
        self._assemble()
        self._load(cooperative_id, day)

    def _build(self) -> None:
        self.setWindowTitle(
            self.tr("Plan a visit") if self.visit_id is None else self.tr("Change the plan")
        )
        self.cooperative = QComboBox()
        self.cooperative.setEditable(True)
        self.cooperative.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line, completer = self.cooperative.lineEdit(), self.cooperative.completer()
        assert line is not None and completer is not None  # an editable combo box has both
        line.setPlaceholderText(self.tr("Type to search…"))
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setMinimumDate(to_qdate(self.ctx.today()))
        self.day_words = QLabel()
        self.purpose = QComboBox()
        self.purpose.setEditable(True)
        self.purpose.addItems(visits.VISIT_PURPOSES)
        self.notes = QLineEdit()
        self.notes.setPlaceholderText(self.tr("What to bring, whom to meet…"))
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )

    def _connect(self) -> None:
        self.day.dateChanged.connect(self._show_day)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

    def _assemble(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Cooperative *"), self.cooperative)
        form.addRow(self.tr("&Date *"), self.day)
        form.addRow("", self.day_words)
        form.addRow(self.tr("&Purpose *"), self.purpose)
        form.addRow(self.tr("&Notes"), self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(560, 260)

    def _load(self, cooperative_id: str | None, day: date | None) -> None:
        service = self.ctx.services.plans
        for coop_id, name, village in service.cooperative_choices(self.ctx.today()):
            self.cooperative.addItem(f"{name} — {village}", coop_id)
        if self.visit_id is not None:
            visit = service.visit(self.visit_id)
            cooperative_id, day = visit.cooperative_id, visit.visit_date
            self.purpose.setEditText(visit.purpose)
            self.notes.setText(visit.notes or "")
            self.cooperative.setEnabled(False)
        index = self.cooperative.findData(cooperative_id) if cooperative_id else -1
        self.cooperative.setCurrentIndex(index)
        if index < 0:
            self.cooperative.setEditText("")
        self.day.setDate(to_qdate(max(day or self.ctx.today(), self.ctx.today())))
        self._show_day()

    def _show_day(self) -> None:
        self.day_words.setText(long_date(from_qdate(self.day.date()), self.ctx.language))

    def chosen_cooperative(self) -> str | None:
        """The cooperative chosen, also when its name was typed in full."""
        index = self.cooperative.findText(self.cooperative.currentText())
        return self.cooperative.itemData(index) if index >= 0 else None

    def _save(self) -> None:
        cooperative_id = self.chosen_cooperative()
        if cooperative_id is None:
            self._show_error(self.tr("Choose the cooperative to visit."))
            return
        values = {
            "visit_date": from_qdate(self.day.date()),
            "purpose": self.purpose.currentText(),
            "notes": self.notes.text(),
        }
        try:
            if self.visit_id is None:
                self.visit_id = self.ctx.services.plans.plan(
                    cooperative_id, self.ctx.today(), **values
                )
            else:
                self.ctx.services.plans.update(self.visit_id, self.ctx.today(), **values)
        except ValidationError as exc:
            self._show_error("\n".join(localized_problems(exc, self.ctx.language).values()))
            return
        except KopdesError as exc:
            self._show_error(exc.localized(self.ctx.language))
            return
        self.ctx.events.data_changed.emit("visit")
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    @classmethod
    def add(
        cls,
        parent: QWidget | None,
        ctx: AppContext,
        cooperative_id: str | None = None,
        day: date | None = None,
    ) -> str | None:
        """Plan a new visit; returns its id, or None when cancelled."""
        dialog = cls(ctx, None, cooperative_id, day, parent)
        return dialog.visit_id if dialog.exec() == QDialog.DialogCode.Accepted else None

    @classmethod
    def edit(cls, parent: QWidget | None, ctx: AppContext, visit_id: str) -> str | None:
        """Change a planned visit; returns its id when saved, else None."""
        dialog = cls(ctx, visit_id, None, None, parent)
        return visit_id if dialog.exec() == QDialog.DialogCode.Accepted else None
