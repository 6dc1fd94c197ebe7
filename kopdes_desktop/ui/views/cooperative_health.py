"""The cooperative's standing outside the instruments: its RAT deadline and its bank financing
with the next instalments and the stress flags (reasons in the user's language)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kopdes_desktop.core.services.financing import FinancingView


from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.core.formatting import long_date, rupiah
from kopdes_desktop.core.health import financing as monitor
from kopdes_desktop.core.health import rat as rat_rules
from kopdes_desktop.ui import i18n
from kopdes_desktop.ui.context import AppContext
from kopdes_desktop.ui.dialogs.financing_dialog import FinancingDialog
from kopdes_desktop.ui.dialogs.financing_entry import ARREARS, PAYMENT, FinancingEntryDialog
from kopdes_desktop.ui.dialogs.rat_dialog import RatDialog
from kopdes_desktop.ui.models.base import ROW_ROLE, FunctionTableModel
from kopdes_desktop.ui.widgets.tables import make_table

WARN = "#c62828"


def standing_html(status: rat_rules.RatStatus, flags: list[monitor.Flag]) -> str:
    """The RAT line and the financing flags as rich text, red where attention is needed."""
    lang = i18n.current_language()
    rat_text = status.text(lang)
    lines = [
        f"<span style='color:{WARN}'><b>{rat_text}</b></span>"
        if status.state == rat_rules.OVERDUE
        else rat_text
    ]
    lines += [
        f"<span style='color:{WARN}'>⚠ {reason}</span>" for reason in monitor.reasons(flags, lang)
    ]
    return "<br>".join(lines)


class HealthTab(QWidget):
    """RAT and financing of one cooperative."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cooperative_id = ""
        self._build()
        self._connect()
        self._assemble()

    def _build(self) -> None:
        lang = i18n.current_language()
        self.rat_box = QGroupBox(self.tr("Annual members' meeting (RAT)"))
        self.rat_status = QLabel()
        self.rat_status.setWordWrap(True)
        self.rat_button = QPushButton(self.tr("Record RAT…"))
        self.financing_box = QGroupBox(self.tr("Bank financing"))
        self.model = FunctionTableModel(
            [
                self.tr("Lender"),
                self.tr("Ceiling"),
                self.tr("Disbursed"),
                self.tr("Paid"),
                self.tr("Arrears"),
                self.tr("Next instalments"),
            ],
            lambda v: (
                v.lender,
                rupiah(v.ceiling, lang),
                rupiah(v.disbursed, lang),
                rupiah(v.paid, lang),
                rupiah(v.arrears, lang) if v.arrears is not None else "—",
                "; ".join(
                    f"{long_date(r.due, lang)}: {rupiah(r.amount, lang)}"
                    for r in v.next_instalments
                )
                or "—",
            ),
            self,
        )
        self.table = make_table(
            self.model, {0: 110, 1: 140, 2: 140, 3: 120, 4: 120}, sortable=False
        )
        self.flags = QLabel()
        self.flags.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add financing…"))
        self.pay_button = QPushButton(self.tr("Record payment…"))
        self.arrears_button = QPushButton(self.tr("Record arrears…"))

    def _connect(self) -> None:
        self.rat_button.clicked.connect(self.record_rat)
        self.add_button.clicked.connect(self.add_financing)
        self.pay_button.clicked.connect(lambda: self.record_entry(PAYMENT))
        self.arrears_button.clicked.connect(lambda: self.record_entry(ARREARS))
        self.table.selectionModel().selectionChanged.connect(self._enable)

    def _assemble(self) -> None:
        rat_row = QHBoxLayout(self.rat_box)
        rat_row.addWidget(self.rat_status, 1)
        rat_row.addWidget(self.rat_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.add_button, self.pay_button, self.arrears_button):
            buttons.addWidget(button)
        box = QVBoxLayout(self.financing_box)
        box.addWidget(self.table, 1)
        box.addWidget(self.flags)
        box.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.rat_box)
        layout.addWidget(self.financing_box, 1)

    def load(self, cooperative_id: str) -> None:
        self.cooperative_id = cooperative_id
        today = self.ctx.today()
        standing = self.ctx.services.cooperatives.standing(cooperative_id, today)
        status, views, flags = standing.rat, standing.financings, standing.flags
        lang = i18n.current_language()
        self.rat_status.setText(
            standing_html(status.status, [])
            + "<br>"
            + self.tr("Fiscal year ends on %1 each year.").replace(
                "%1", long_date(rat_rules.year_end(status.fiscal_year_end, 2001), lang)[:-5]
            )
        )
        self.model.set_rows(views)
        self.flags.setText(
            "<br>".join(
                f"<span style='color:{WARN}'>⚠ {reason}</span>"
                for reason in monitor.reasons(flags, lang)
            )
            or self.tr("No financing flags.")
        )
        self._enable()

    def _selected(self) -> FinancingView | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _enable(self) -> None:
        chosen = self._selected()
        for button in (self.pay_button, self.arrears_button):
            button.setEnabled(chosen is not None and chosen.disbursed_on is not None)

    def record_rat(self) -> bool:
        saved = RatDialog.record(self, self.ctx, self.cooperative_id)
        if saved:
            self.load(self.cooperative_id)
        return saved

    def add_financing(self) -> str | None:
        saved = FinancingDialog.add(self, self.ctx, self.cooperative_id)
        if saved:
            self.load(self.cooperative_id)
        return saved

    def record_entry(self, kind: str) -> bool:
        chosen = self._selected()
        if chosen is None:
            return False
        saved = FinancingEntryDialog.record(self, self.ctx, chosen.id, chosen.lender, kind)
        if saved:
            self.load(self.cooperative_id)
        return saved
