"""The cooperative's profile form: identity, legal numbers, bank, office GPS and financing.

Every problem is shown beside its field, what was typed stays, and nothing is stored until the
whole form is valid (the service validates; local parsing problems abort the same unit of work).
Until then what was typed is kept as a form draft: coming back to the cooperative, or the next
start after a crash, shows it again; *Undo changes* asks before it throws typed text away.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.core.formatting import long_date
from kopdes_desktop.core.services import cooperatives
from kopdes_desktop.core.services.profile_fields import parse_coordinate, parse_date
from kopdes_desktop.errors import ValidationError, localized_problems
from kopdes_desktop.ui import i18n
from kopdes_desktop.ui.context import AppContext
from kopdes_desktop.ui.dialogs.confirm import ConfirmDialog
from kopdes_desktop.ui.forms.draft_keeper import DraftKeeper
from kopdes_desktop.ui.models import labels
from kopdes_desktop.ui.widgets.fields import FieldForm, RupiahLineEdit

TEXT_FIELDS = (
    "name",
    "address",
    "ahu_number",
    "nik_koperasi",
    "nib",
    "npwp",
    "bank_name",
    "bank_account",
    "notes",
)
MONEY_FIELDS = (
    "financing_ceiling",
    "financing_disbursed",
    "financing_outstanding",
    "financing_arrears",
)


class ProfileForm(QWidget):
    """Edits one cooperative's profile; emits :attr:`saved` after a successful save."""

    saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cooperative_id = ""
        self.cooperative_name = ""
        self.keeper = DraftKeeper(
            ctx, "profile", "", self.typed, lambda: {"cooperative": self.cooperative_name}, self
        )
        self.keeper.paused = True
        self._build()
        self._connect()
        self._assemble()

    def _build(self) -> None:
        self.identity = FieldForm()
        self.money_form = FieldForm()
        self.edits: dict[str, QLineEdit] = {name: QLineEdit() for name in TEXT_FIELDS}
        self.edits["ahu_number"].setPlaceholderText("AHU-0001234.AH.01.29.TAHUN 2025")
        self.edits["nib"].setPlaceholderText(self.tr("13 digits"))
        self.edits["nik_koperasi"].setPlaceholderText(self.tr("16 digits"))
        self.edits["npwp"].setPlaceholderText(self.tr("15 or 16 digits"))
        self.founded_on = QLineEdit()
        self.founded_on.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.office_lat = QLineEdit()
        self.office_lat.setPlaceholderText(self.tr("e.g. 2.84"))
        self.office_lon = QLineEdit()
        self.office_lon.setPlaceholderText(self.tr("e.g. 117.37"))
        self.formation = QComboBox()
        for code in cooperatives.FORMATION_MODELS:
            self.formation.addItem(labels.label(labels.FORMATION_MODELS, code), code)
        self.simkopdes = QComboBox()
        for code in cooperatives.SIMKOPDES_STATUSES:
            self.simkopdes.addItem(labels.label(labels.SIMKOPDES_STATUSES, code), code)
        self.money = {name: RupiahLineEdit() for name in MONEY_FIELDS}
        self.save_button = QPushButton(self.tr("Save profile"))
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self.tr("Undo changes"))
        self.message = QLabel()

    def _connect(self) -> None:
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(lambda: self.revert())
        for edit in (
            *self.edits.values(),
            *self.money.values(),
            self.founded_on,
            self.office_lat,
            self.office_lon,
        ):
            edit.textChanged.connect(self.keeper.touch)
        for combo in (self.formation, self.simkopdes):
            combo.currentIndexChanged.connect(self.keeper.touch)

    def _assemble(self) -> None:
        f = self.identity
        f.add_field("name", self.tr("Name:"), self.edits["name"])
        f.add_field("address", self.tr("Address:"), self.edits["address"])
        f.add_field("formation_model", self.tr("Formation:"), self.formation)
        f.add_field("simkopdes_status", self.tr("SIMKOPDES:"), self.simkopdes)
        f.add_field("founded_on", self.tr("Founded on:"), self.founded_on)
        f.add_field("ahu_number", self.tr("AHU decree:"), self.edits["ahu_number"])
        f.add_field("nik_koperasi", self.tr("NIK koperasi:"), self.edits["nik_koperasi"])
        f.add_field("nib", self.tr("NIB:"), self.edits["nib"])
        f.add_field("npwp", self.tr("NPWP:"), self.edits["npwp"])
        m = self.money_form
        m.add_field("bank_name", self.tr("Bank:"), self.edits["bank_name"])
        m.add_field("bank_account", self.tr("Account number:"), self.edits["bank_account"])
        m.add_field("office_lat", self.tr("Office latitude:"), self.office_lat)
        m.add_field("office_lon", self.tr("Office longitude:"), self.office_lon)
        m.add_field(
            "financing_ceiling", self.tr("Financing ceiling (Rp):"), self.money["financing_ceiling"]
        )
        m.add_field(
            "financing_disbursed", self.tr("Disbursed (Rp):"), self.money["financing_disbursed"]
        )
        m.add_field(
            "financing_outstanding",
            self.tr("Outstanding (Rp):"),
            self.money["financing_outstanding"],
        )
        m.add_field("financing_arrears", self.tr("Arrears (Rp):"), self.money["financing_arrears"])
        m.add_field("notes", self.tr("Notes:"), self.edits["notes"])
        left = QGroupBox(self.tr("Identity and legal numbers"))
        left.setLayout(self.identity)
        right = QGroupBox(self.tr("Bank, office and financing"))
        right.setLayout(self.money_form)
        columns = QHBoxLayout()
        columns.addWidget(left, 1)
        columns.addWidget(right, 1)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 0, 0)
        inner_layout.addLayout(columns)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def _line_edits(self) -> dict[str, QLineEdit]:
        return {
            **self.edits,
            **self.money,
            "founded_on": self.founded_on,
            "office_lat": self.office_lat,
            "office_lon": self.office_lon,
        }

    def typed(self) -> dict[str, str]:
        """Every field as typed (the form draft holds this until the profile is saved)."""
        values = {name: edit.text() for name, edit in self._line_edits().items()}
        values["formation_model"] = self.formation.currentData() or ""
        values["simkopdes_status"] = self.simkopdes.currentData() or ""
        return values

    def _restore_kept(self) -> None:
        kept = self.keeper.kept()
        if kept is None:
            return
        for name, edit in self._line_edits().items():
            if name in kept.values:
                edit.setText(str(kept.values[name]))
        for combo, name in (
            (self.formation, "formation_model"),
            (self.simkopdes, "simkopdes_status"),
        ):
            found = combo.findData(kept.values.get(name))
            if found >= 0:
                combo.setCurrentIndex(found)
        self.keeper.dirty = True
        self.message.setText(
            self.tr(
                "Changes typed on %1 and not saved are restored: save them, or undo them."
            ).replace("%1", long_date(kept.saved_at, i18n.current_language()))
        )

    def revert(self) -> bool:
        """*Undo changes*: back to the stored profile, after asking when text was typed."""
        if self.keeper.dirty or self.keeper.kept() is not None:
            if not ConfirmDialog.ask(
                self,
                self.tr("Undo changes"),
                self.tr("Throw away the changes typed into this profile?"),
                self.tr("&Throw away"),
            ):
                return False
        self.keeper.drop()
        self.load(self.cooperative_id)
        return True

    def load(self, cooperative_id: str) -> None:
        """Fill the form from the store (then any unsaved changes kept for it), clearing any
        problems shown."""
        self.keeper.keep_now()  # the cooperative shown before keeps what was typed
        self.keeper.paused = True
        self.cooperative_id = self.keeper.record = cooperative_id
        coop = self.ctx.services.cooperatives.profile(cooperative_id)
        self.cooperative_name = coop.name
        for name, edit in self.edits.items():
            edit.setText(getattr(coop, name) or "")
        for name, edit in self.money.items():
            edit.set_value(getattr(coop, name))
        self.founded_on.setText(coop.founded_on.strftime("%d-%m-%Y") if coop.founded_on else "")
        self.office_lat.setText("" if coop.office_lat is None else str(coop.office_lat))
        self.office_lon.setText("" if coop.office_lon is None else str(coop.office_lon))
        self.formation.setCurrentIndex(max(self.formation.findData(coop.formation_model), 0))
        self.simkopdes.setCurrentIndex(max(self.simkopdes.findData(coop.simkopdes_status), 0))
        updated = coop.updated_at
        self.identity.clear_problems()
        self.money_form.clear_problems()
        self.message.setText(
            self.tr("Last changed %1").replace("%1", long_date(updated, i18n.current_language()))
        )
        self._restore_kept()
        self.keeper.paused = False

    def _collect(self) -> tuple[dict[str, Any], dict[str, str]]:
        """The typed values, and the fields that could not even be read."""
        changes: dict[str, Any] = {name: edit.text() for name, edit in self.edits.items()}
        changes["formation_model"] = self.formation.currentData()
        changes["simkopdes_status"] = self.simkopdes.currentData()
        unreadable: dict[str, str] = {}
        readers = (
            ("founded_on", self.founded_on, parse_date, self.tr("Type a date such as 3-11-2025.")),
            (
                "office_lat",
                self.office_lat,
                parse_coordinate,
                self.tr("Type a number such as 2.84."),
            ),
            (
                "office_lon",
                self.office_lon,
                parse_coordinate,
                self.tr("Type a number such as 117.37."),
            ),
        )
        for name, edit, reader, message in readers:
            try:
                changes[name] = reader(edit.text())
            except ValueError:
                unreadable[name] = message
        for name, edit in self.money.items():
            try:
                changes[name] = edit.value()
            except ValueError:
                unreadable[name] = self.tr("Type an amount such as 1.250.000.")
        return changes, unreadable

    def save(self) -> bool:
        """Validate and store; False (with the problems shown) when anything is wrong."""
        changes, unreadable = self._collect()
        readable = {k: v for k, v in changes.items() if k not in unreadable}
        problems: dict[str, str] = {}
        try:
            self.ctx.services.cooperatives.update_profile(self.cooperative_id, readable, unreadable)
        except ValidationError as error:
            problems = {**localized_problems(error, i18n.current_language()), **unreadable}
        self.identity.show_problems(problems)
        self.money_form.show_problems(problems)
        if problems:
            self.message.setText(self.tr("Not saved: please correct the fields marked in red."))
            return False
        self.keeper.drop()
        self.message.setText(self.tr("Saved."))
        self.ctx.events.data_changed.emit("cooperative")
        self.saved.emit()
        return True
