"""Recording a cooperative's bank financing: lender, ceiling, disbursement, rate, tenor, grace
and schedule. Every inconsistency is refused beside its field and nothing is saved."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
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
from kopdes_desktop.ui.widgets.fields import FieldForm, RupiahLineEdit


class FinancingDialog(QDialog):
    """A new financing (PMK 49/2025 terms as defaults: 6% a year, 72 months, 6 months' grace)."""

    def __init__(self, ctx: AppContext, cooperative_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.cooperative_id = cooperative_id
        self.saved_id: str | None = None
        self._build()
        self._connect()
        self._assemble()

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Record financing"))
        self.intro = QLabel(
            self.tr(
                "The bank's terms as in the financing agreement. The "
                "instalments are computed from them."
            )
        )
        self.intro.setWordWrap(True)
        self.form = FieldForm()
        self.lender = QLineEdit()
        self.lender.setPlaceholderText(self.tr("e.g. BRI, BNI, Mandiri, BSI"))
        self.ceiling = RupiahLineEdit()
        self.disbursed = RupiahLineEdit()
        self.is_disbursed = QCheckBox(self.tr("Disbursed"))
        self.disbursed_on = QDateEdit(to_qdate(self.ctx.today()))
        self.disbursed_on.setCalendarPopup(True)
        self.disbursed_on.setDisplayFormat("d MMMM yyyy")
        self.rate = QDoubleSpinBox()
        self.rate.setRange(0, 100)
        self.rate.setDecimals(2)
        self.rate.setSuffix(" %")
        self.rate.setValue(6.0)
        self.tenor = QSpinBox()
        self.tenor.setRange(1, 600)
        self.tenor.setValue(72)
        self.tenor.setSuffix(self.tr(" months"))
        self.grace = QSpinBox()
        self.grace.setRange(0, 600)
        self.grace.setValue(6)
        self.grace.setSuffix(self.tr(" months"))
        self.schedule = QComboBox()
        self.schedule.addItem(self.tr("Annuity (equal instalments)"), "ANUITAS")
        self.schedule.addItem(self.tr("Equal principal"), "POKOK_TETAP")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )

    def _connect(self) -> None:
        self.is_disbursed.toggled.connect(self.disbursed_on.setEnabled)
        self.is_disbursed.toggled.connect(self.disbursed.setEnabled)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

    def _assemble(self) -> None:
        self.is_disbursed.setChecked(True)
        self.form.add_field("lender", self.tr("Lender:"), self.lender)
        self.form.add_field("ceiling", self.tr("Ceiling:"), self.ceiling)
        self.form.add_field("is_disbursed", "", self.is_disbursed)
        self.form.add_field("disbursed", self.tr("Disbursed:"), self.disbursed)
        self.form.add_field("disbursed_on", self.tr("Disbursed on:"), self.disbursed_on)
        self.form.add_field("rate_pct", self.tr("Interest a year:"), self.rate)
        self.form.add_field("tenor_months", self.tr("Tenor:"), self.tenor)
        self.form.add_field("grace_months", self.tr("Grace period:"), self.grace)
        self.form.add_field("schedule", self.tr("Instalments:"), self.schedule)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _amounts(self) -> tuple[int | None, int | None, dict[str, str]]:
        problems: dict[str, str] = {}
        values = []
        for name, edit in (("ceiling", self.ceiling), ("disbursed", self.disbursed)):
            try:
                values.append(edit.value())
            except ValueError:
                problems[name] = self.tr("Not an amount of Rupiah.")
                values.append(None)
        return values[0], values[1], problems

    def _save(self) -> None:
        self.form.clear_problems()
        ceiling, disbursed, unreadable = self._amounts()
        given = self.is_disbursed.isChecked()
        try:
            if unreadable:
                raise ValidationError(unreadable)
            self.saved_id = self.ctx.services.standing.save_financing(
                self.cooperative_id,
                lender=self.lender.text(),
                ceiling=ceiling if ceiling is not None else 0,
                disbursed=(disbursed or 0) if given else 0,
                disbursed_on=from_qdate(self.disbursed_on.date()) if given else None,
                rate_pct=self.rate.value(),
                tenor_months=self.tenor.value(),
                grace_months=self.grace.value(),
                schedule=self.schedule.currentData(),
                today=self.ctx.today(),
            )
        except ValidationError as error:
            en = i18n.current_language() == "en"
            self.form.show_problems(error.problems_en if en else error.problems)
            return
        self.ctx.events.data_changed.emit("cooperative")
        self.accept()

    @classmethod
    def add(cls, parent: QWidget | None, ctx: AppContext, cooperative_id: str) -> str | None:
        """Ask for a financing and store it; its id, or None when cancelled."""
        dialog = cls(ctx, cooperative_id, parent)
        return dialog.saved_id if dialog.exec() == QDialog.DialogCode.Accepted else None
