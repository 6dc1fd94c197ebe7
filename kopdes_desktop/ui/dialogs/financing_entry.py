"""Recording a payment on a financing, or its arrears on a date from the bank's statement."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.errors import ValidationError
from kopdes_desktop.ui import i18n
from kopdes_desktop.ui.context import AppContext
from kopdes_desktop.ui.widgets.dates import from_qdate, to_qdate
from kopdes_desktop.ui.widgets.fields import FieldForm, RupiahLineEdit

PAYMENT, ARREARS = "payment", "arrears"


class FinancingEntryDialog(QDialog):
    """A payment (``PAYMENT``) or recorded arrears (``ARREARS``) of one financing."""

    def __init__(
        self,
        ctx: AppContext,
        financing_id: str,
        lender: str,
        kind: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.financing_id = financing_id
        self.kind = kind
        self._build(lender)
        self._connect()
        self._assemble()

    def _build(self, lender: str) -> None:
        if self.kind == PAYMENT:
            self.setWindowTitle(self.tr("Record a payment"))
            intro = self.tr("An instalment paid to %1.")
        else:
            self.setWindowTitle(self.tr("Record arrears"))
            intro = self.tr("The arrears owed to %1 on a date, as the bank's statement shows.")
        self.intro = QLabel(intro.replace("%1", lender))
        self.intro.setWordWrap(True)
        self.form = FieldForm()
        self.day = QDateEdit(to_qdate(self.ctx.today()))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("d MMMM yyyy")
        self.amount = RupiahLineEdit()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )

    def _connect(self) -> None:
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

    def _assemble(self) -> None:
        field = "paid_on" if self.kind == PAYMENT else "as_of"
        self.form.add_field(field, self.tr("Date:"), self.day)
        self.form.add_field("amount", self.tr("Amount:"), self.amount)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def _save(self) -> None:
        self.form.clear_problems()
        try:
            try:
                amount = self.amount.value()
            except ValueError:
                raise ValidationError({"amount": self.tr("Not an amount of Rupiah.")}) from None
            if amount is None:
                raise ValidationError({"amount": self.tr("Required.")})
            day = from_qdate(self.day.date())
            standing = self.ctx.services.standing
            record = standing.pay if self.kind == PAYMENT else standing.record_arrears
            record(self.financing_id, day, amount, self.ctx.today())
        except ValidationError as error:
            en = i18n.current_language() == "en"
            self.form.show_problems(error.problems_en if en else error.problems)
            return
        self.ctx.events.data_changed.emit("cooperative")
        self.accept()

    @classmethod
    def record(
        cls, parent: QWidget | None, ctx: AppContext, financing_id: str, lender: str, kind: str
    ) -> bool:
        """Ask for a payment or arrears and store it; True when saved."""
        return cls(ctx, financing_id, lender, kind, parent).exec() == QDialog.DialogCode.Accepted
