"""Closing a follow-up at a later visit: choose the visit, done or dropped, and a note.

The note is kept as a form draft while it is typed (a crash loses none of it; the dialog
opened again for the same follow-up offers it back), and *Cancel* asks before throwing it away.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.core.formatting import long_date
from kopdes_desktop.errors import KopdesError
from kopdes_desktop.ui import i18n
from kopdes_desktop.ui.context import AppContext
from kopdes_desktop.ui.dialogs.confirm import ConfirmDialog
from kopdes_desktop.ui.forms.draft_keeper import DraftKeeper
from kopdes_desktop.ui.widgets.cards import RECORD_ROLE


class CloseActionDialog(QDialog):
    """Links a follow-up to the visit at which it was found done (or dropped)."""

    def __init__(self, ctx: AppContext, action_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.action_id = action_id
        self._title = ""
        self.keeper = DraftKeeper(
            ctx, "close_action", action_id, self.values, lambda: {"title": self._title}, self
        )
        self.keeper.paused = True
        self._build()
        self._connect()
        self._assemble()
        self._load()
        self._restore_kept()
        self.keeper.paused = False

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Close follow-up"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.visit_list = QListWidget()
        self.no_visits = QLabel(
            self.tr(
                "No later visit is recorded for this cooperative. The follow-up will be closed "
                "today without a visit; record the visit first to link it."
            )
        )
        self.no_visits.setWordWrap(True)
        self.done_option = QRadioButton(self.tr("Done"))
        self.dropped_option = QRadioButton(self.tr("Dropped (no longer needed)"))
        self.done_option.setChecked(True)
        self.outcome = QButtonGroup(self)
        self.outcome.addButton(self.done_option)
        self.outcome.addButton(self.dropped_option)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("What was seen at the visit (optional)"))
        self.notes.setMaximumHeight(80)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )

    def _connect(self) -> None:
        self.notes.textChanged.connect(self.keeper.touch)
        self.outcome.buttonToggled.connect(self.keeper.touch)
        self.visit_list.currentRowChanged.connect(self.keeper.touch)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

    def _assemble(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Closed at visit:"), self.visit_list)
        form.addRow("", self.no_visits)
        form.addRow(self.tr("Outcome:"), self.done_option)
        form.addRow("", self.dropped_option)
        form.addRow(self.tr("Note:"), self.notes)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(560, 420)

    def _load(self) -> None:
        language = i18n.current_language()
        action = self.ctx.services.followups.close_choice(self.action_id)
        self._title = action.title
        later = action.visits
        self.summary.setText(
            self.tr("%1 — %2 (owner: %3)")
            .replace("%1", action.title)
            .replace("%2", long_date(action.due_date, language))
            .replace("%3", action.owner)
        )
        for visit in later:
            item = QListWidgetItem(f"{long_date(visit.visit_date, language)} — {visit.purpose}")
            item.setData(RECORD_ROLE, visit.id)
            self.visit_list.addItem(item)
        if later:
            self.visit_list.setCurrentRow(0)
        self.visit_list.setVisible(bool(later))
        self.no_visits.setVisible(not later)

    def values(self) -> dict:
        """The note, the outcome and the visit chosen (kept until the follow-up is closed)."""
        return {
            "notes": self.notes.toPlainText(),
            "dropped": self.dropped_option.isChecked(),
            "visit_id": self.chosen_visit_id() or "",
        }

    def _restore_kept(self) -> None:
        kept = self.keeper.kept()
        if kept is None:
            return
        self.notes.setPlainText(str(kept.values.get("notes", "")))
        (self.dropped_option if kept.values.get("dropped") else self.done_option).setChecked(True)
        for row in range(self.visit_list.count()):
            if self.visit_list.item(row).data(RECORD_ROLE) == kept.values.get("visit_id"):
                self.visit_list.setCurrentRow(row)
        self.keeper.dirty = True
        self.error.setText(self.tr("The note typed earlier and not saved is restored."))

    def reject(self) -> None:
        """*Cancel* (or Escape): a typed note is thrown away only when the mentor agrees."""
        if self.notes.toPlainText().strip() and not ConfirmDialog.ask(
            self,
            self.windowTitle(),
            self.tr("Throw away the note you typed?"),
            self.tr("&Throw away"),
        ):
            return
        self.keeper.drop()
        super().reject()

    def chosen_visit_id(self) -> str | None:
        item = self.visit_list.currentItem()
        return item.data(RECORD_ROLE) if item is not None and self.visit_list.count() else None

    def _save(self) -> None:
        status = "DONE" if self.done_option.isChecked() else "DROPPED"
        try:
            self.ctx.services.followups.set_status(
                self.action_id,
                status,
                at_visit_id=self.chosen_visit_id(),
                notes=self.notes.toPlainText(),
                today=self.ctx.today(),
            )
        except KopdesError as error:
            self.error.setText(error.localized(i18n.current_language()))
            return
        self.keeper.drop()
        self.ctx.events.data_changed.emit("action")
        self.accept()

    @classmethod
    def close_action(cls, parent: QWidget | None, ctx: AppContext, action_id: str) -> bool:
        """Show the dialog for ``action_id``; True when the follow-up was closed."""
        dialog = cls(ctx, action_id, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted
