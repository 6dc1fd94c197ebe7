"""Adding or changing a member of the pengurus (board) or pengawas (supervisors)."""

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
from kopdes_desktop.ui.widgets.fields import FieldForm


class PersonDialog(QDialog):
    """One person: board or supervisors, role, name, gender, phone, NIK."""

    def __init__(
        self,
        ctx: AppContext,
        cooperative_id: str,
        organ: str,
        person_id: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cooperative_id = cooperative_id
        self.person_id = person_id
        self._build(organ)
        self._connect()
        self._assemble()
        if person_id:
            self._load(person_id)

    def _build(self, organ: str) -> None:
        self.setWindowTitle(self.tr("Board or supervisor member"))
        self.form = FieldForm()
        self.organ = QComboBox()
        for code in labels.ORGANS:
            self.organ.addItem(labels.label(labels.ORGANS, code), code)
        self.organ.setCurrentIndex(max(self.organ.findData(organ), 0))
        self.role = QComboBox()
        self.role.setEditable(True)
        self.name = QLineEdit()
        self.gender = QComboBox()
        for code in labels.GENDERS:
            self.gender.addItem(labels.label(labels.GENDERS, code), code)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("0812-3456-7890")
        self.nik = QLineEdit()
        self.nik.setPlaceholderText(self.tr("16 digits (optional)"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self._fill_roles()

    def _connect(self) -> None:
        self.organ.currentIndexChanged.connect(self._fill_roles)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

    def _assemble(self) -> None:
        self.form.add_field("organ", self.tr("Organ:"), self.organ)
        self.form.add_field("role", self.tr("Role:"), self.role)
        self.form.add_field("name", self.tr("Name:"), self.name)
        self.form.add_field("gender", self.tr("Gender:"), self.gender)
        self.form.add_field("phone", self.tr("Phone:"), self.phone)
        self.form.add_field("nik", self.tr("NIK:"), self.nik)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.resize(460, 300)

    def _fill_roles(self) -> None:
        roles = (
            cooperatives.PENGURUS_ROLES
            if self.organ.currentData() == "PENGURUS"
            else cooperatives.PENGAWAS_ROLES
        )
        typed = self.role.currentText()
        self.role.clear()
        self.role.addItems(roles)
        if typed:
            self.role.setCurrentText(typed)

    def _load(self, person_id: str) -> None:
        person = self.ctx.services.cooperatives.person(person_id)
        self.organ.setCurrentIndex(max(self.organ.findData(person.organ), 0))
        self.role.setCurrentText(person.role)
        self.name.setText(person.name)
        self.gender.setCurrentIndex(max(self.gender.findData(person.gender or ""), 0))
        self.phone.setText(person.phone or "")
        self.nik.setText(person.nik or "")

    def _save(self) -> None:
        try:
            self.person_id = self.ctx.services.cooperatives.save_person(
                self.cooperative_id,
                person_id=self.person_id,
                organ=self.organ.currentData(),
                role=self.role.currentText(),
                name=self.name.text(),
                gender=self.gender.currentData(),
                phone=self.phone.text().strip() or None,
                nik=self.nik.text().strip() or None,
            )
        except ValidationError as error:
            self.form.show_problems(localized_problems(error, i18n.current_language()))
            return
        self.ctx.events.data_changed.emit("cooperative")
        self.accept()

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        ctx: AppContext,
        cooperative_id: str,
        organ: str = "PENGURUS",
        person_id: str | None = None,
    ) -> str | None:
        """Add or change a person; returns the id when saved."""
        dialog = cls(ctx, cooperative_id, organ, person_id, parent)
        return dialog.person_id if dialog.exec() == QDialog.DialogCode.Accepted else None
