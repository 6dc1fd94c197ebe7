"""Recording the number of members on a date."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.errors import ValidationError, localized_problems
from kopdes_desktop.ui import i18n
from kopdes_desktop.ui.context import AppContext
from kopdes_desktop.ui.widgets.dates import from_qdate, to_qdate
from kopdes_desktop.ui.widgets.fields import FieldForm


class MemberCountDialog(QDialog):
    """Members and women members as of a date (not in the future)."""

    def __init__(self, ctx: AppContext, cooperative_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.cooperative_id = cooperative_id
        self._build()
        self._connect()
        self._assemble()

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Record member count"))
        self.form = FieldForm()
        self.as_of = QDateEdit(to_qdate(self.ctx.today()))
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("d MMMM yyyy")
        self.members = QSpinBox()
        self.members.setRange(0, 1_000_000)
        self.women = QSpinBox()
        self.women.setRange(0, 1_000_000)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )

    def _connect(self) -> None:
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

    def _assemble(self) -> None:
        self.form.add_field("as_of", self.tr("As of:"), self.as_of)
        self.form.add_field("members", self.tr("Members:"), self.members)
        self.form.add_field("women", self.tr("Of whom women:"), self.women)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def _save(self) -> None:
        as_of: date = from_qdate(self.as_of.date())
        try:
            self.ctx.services.cooperatives.record_members(
                self.cooperative_id, as_of, self.members.value(), self.women.value()
            )
        except ValidationError as error:
            self.form.show_problems(localized_problems(error, i18n.current_language()))
            return
        self.ctx.events.data_changed.emit("cooperative")
        self.accept()

    @classmethod
    def record(cls, parent: QWidget | None, ctx: AppContext, cooperative_id: str) -> bool:
        """Ask for a member count and store it; True when saved."""
        return cls(ctx, cooperative_id, parent).exec() == QDialog.DialogCode.Accepted
