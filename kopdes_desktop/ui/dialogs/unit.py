"""Adding or changing a business unit (gerai) of a cooperative."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.core.services import cooperatives
from kopdes_desktop.errors import ValidationError, localized_problems
from kopdes_desktop.ui import i18n
from kopdes_desktop.ui.context import AppContext
from kopdes_desktop.ui.models import labels
from kopdes_desktop.ui.widgets.fields import FieldForm, RupiahLineEdit


class UnitDialog(QDialog):
    """One unit: kind, status, monthly turnover and notes."""

    def __init__(
        self,
        ctx: AppContext,
        cooperative_id: str,
        unit_id: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cooperative_id = cooperative_id
        self.unit_id = unit_id
        self._build()
        self._connect()
        self._assemble()
        if unit_id:
            self._load(unit_id)
        self._kind_changed()

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Business unit"))
        self.form = FieldForm()
        self.kind = QComboBox()
        for code in cooperatives.UNIT_KINDS:
            self.kind.addItem(labels.label(labels.UNIT_KINDS, code), code)
        self.other_name = QLineEdit()
        self.status = QComboBox()
        for code in cooperatives.UNIT_STATUSES:
            self.status.addItem(labels.label(labels.UNIT_STATUSES, code), code)
        self.turnover = RupiahLineEdit()
        self.notes = QLineEdit()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )

    def _connect(self) -> None:
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

    def _assemble(self) -> None:
        self.form.add_field("kind", self.tr("Kind:"), self.kind)
        self.form.add_field("other_name", self.tr("Name (other kind):"), self.other_name)
        self.form.add_field("status", self.tr("Status:"), self.status)
        self.form.add_field("monthly_turnover", self.tr("Monthly turnover (Rp):"), self.turnover)
        self.form.add_field("notes", self.tr("Notes:"), self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.resize(460, 260)

    def _load(self, unit_id: str) -> None:
        unit = self.ctx.services.cooperatives.unit(unit_id)
        self.kind.setCurrentIndex(max(self.kind.findData(unit.kind), 0))
        self.status.setCurrentIndex(max(self.status.findData(unit.status), 0))
        self.other_name.setText(unit.other_name or "")
        self.turnover.set_value(unit.monthly_turnover)
        self.notes.setText(unit.notes or "")

    def _kind_changed(self) -> None:
        self.other_name.setEnabled(self.kind.currentData() == "LAINNYA")

    def _save(self) -> None:
        try:
            turnover = self.turnover.value()
        except ValueError:
            self.form.show_problems(
                {"monthly_turnover": self.tr("Type an amount such as 1.250.000.")}
            )
            return
        try:
            self.unit_id = self.ctx.services.cooperatives.save_unit(
                self.cooperative_id,
                unit_id=self.unit_id,
                kind=self.kind.currentData(),
                status=self.status.currentData(),
                other_name=self.other_name.text(),
                monthly_turnover=turnover,
                notes=self.notes.text(),
            )
        except ValidationError as error:
            self.form.show_problems(_localized(error))
            return
        self.ctx.events.data_changed.emit("cooperative")
        self.accept()

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        ctx: AppContext,
        cooperative_id: str,
        unit_id: str | None = None,
    ) -> str | None:
        """Add (``unit_id`` None) or change a unit; returns its id when saved."""
        dialog = cls(ctx, cooperative_id, unit_id, parent)
        return dialog.unit_id if dialog.exec() == QDialog.DialogCode.Accepted else None


def _localized(error: ValidationError) -> dict[str, str]:
    return localized_problems(error, i18n.current_language())
