"""The RAT of a cooperative: its fiscal year end and the RAT held for a fiscal year."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.errors import ValidationError
from kopdes_desktop.ui import i18n
from kopdes_desktop.ui.context import AppContext
from kopdes_desktop.ui.widgets.dates import from_qdate, to_qdate
from kopdes_desktop.ui.widgets.fields import FieldForm


class RatDialog(QDialog):
    """Fiscal year end (MM-DD) and the date the RAT of a fiscal year was held."""

    def __init__(self, ctx: AppContext, cooperative_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.cooperative_id = cooperative_id
        self.current = ctx.services.standing.rat_status(cooperative_id, ctx.today())
        self._build()
        self._connect()
        self._assemble()

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Record RAT"))
        self.intro = QLabel(
            self.tr(
                "The RAT must be held within six months after the fiscal "
                "year ends (Permenkop UKM 19/2015)."
            )
        )
        self.intro.setWordWrap(True)
        self.form = FieldForm()
        self.year_end = QLineEdit(self.current.fiscal_year_end)
        self.year_end.setInputMask("99-99")
        self.fiscal_year = QSpinBox()
        self.fiscal_year.setRange(1990, 2100)
        self.fiscal_year.setValue(self.current.status.fiscal_year)
        self.held_on = QDateEdit(to_qdate(self.ctx.today()))
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("d MMMM yyyy")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )

    def _connect(self) -> None:
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

    def _assemble(self) -> None:
        self.form.add_field("fiscal_year_end", self.tr("Fiscal year ends (MM-DD):"), self.year_end)
        self.form.add_field("fiscal_year", self.tr("Fiscal year:"), self.fiscal_year)
        self.form.add_field("held_on", self.tr("RAT held on:"), self.held_on)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _save(self) -> None:
        self.form.clear_problems()
        try:
            self.ctx.services.standing.record_rat(
                self.cooperative_id,
                self.year_end.text(),
                self.fiscal_year.value(),
                from_qdate(self.held_on.date()),
                self.ctx.today(),
            )
        except ValidationError as error:
            en = i18n.current_language() == "en"
            self.form.show_problems(error.problems_en if en else error.problems)
            return
        self.ctx.events.data_changed.emit("cooperative")
        self.accept()

    @classmethod
    def record(cls, parent: QWidget | None, ctx: AppContext, cooperative_id: str) -> bool:
        """Ask for the RAT held and store it; True when saved."""
        return cls(ctx, cooperative_id, parent).exec() == QDialog.DialogCode.Accepted
