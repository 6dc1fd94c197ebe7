"""After finalizing: update the cooperative profile with the assessment's new figures.

Each difference is one line, ``old -> new``, ticked by default; the mentor unticks what the
profile should keep. Accepted changes go through the profile's services (checked, audited and
tracked for sync); nothing is written when the mentor chooses *Keep the profile*.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.core.formatting import number, rupiah
from kopdes_desktop.core.services import profile_updates
from kopdes_desktop.errors import KopdesError, ValidationError, localized_problems
from kopdes_desktop.ui.context import AppContext
from kopdes_desktop.ui.forms.rows import ERROR_STYLE
from kopdes_desktop.ui.i18n import QT_TRANSLATE_NOOP
from kopdes_desktop.ui.models import labels

MONEY_FIELDS = (
    "financing_ceiling",
    "financing_disbursed",
    "financing_outstanding",
    "financing_arrears",
)


CONTEXT = "ProfileUpdateDialog"
FIELD_NAMES = {
    "nib": QT_TRANSLATE_NOOP("ProfileUpdateDialog", "NIB"),
    "ahu_number": QT_TRANSLATE_NOOP("ProfileUpdateDialog", "AHU decree number"),
    "simkopdes_status": QT_TRANSLATE_NOOP("ProfileUpdateDialog", "SIMKOPDES status"),
    "office_lat": QT_TRANSLATE_NOOP("ProfileUpdateDialog", "Office latitude"),
    "office_lon": QT_TRANSLATE_NOOP("ProfileUpdateDialog", "Office longitude"),
    "financing_ceiling": QT_TRANSLATE_NOOP("ProfileUpdateDialog", "Financing ceiling"),
    "financing_disbursed": QT_TRANSLATE_NOOP("ProfileUpdateDialog", "Financing disbursed"),
    "financing_outstanding": QT_TRANSLATE_NOOP("ProfileUpdateDialog", "Financing outstanding"),
    "financing_arrears": QT_TRANSLATE_NOOP("ProfileUpdateDialog", "Instalment arrears"),
    profile_updates.MEMBERS: QT_TRANSLATE_NOOP("ProfileUpdateDialog", "Number of members"),
    "as_of": QT_TRANSLATE_NOOP("ProfileUpdateDialog", "Date of the member count"),
}
EMPTY = QT_TRANSLATE_NOOP("ProfileUpdateDialog", "(empty)")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_label(field: str) -> str:
    """The profile field as the profile page names it."""
    return _tr(FIELD_NAMES[field]) if field in FIELD_NAMES else field


def value_text(field: str, value: Any, language: str) -> str:
    """A profile value as the mentor reads it; an empty one says so."""
    if value is None or value == "":
        return _tr(EMPTY)
    if field in MONEY_FIELDS:
        return rupiah(value, language)
    if field == "simkopdes_status":
        return labels.label(labels.SIMKOPDES_STATUSES, value)
    if field in ("office_lat", "office_lon"):
        return number(value, 5, language)
    if field == profile_updates.MEMBERS:
        return number(value, 0, language)
    return str(value)


class ProfileUpdateDialog(QDialog):
    """The changes a final assessment proposes for the profile, each to accept or not."""

    def __init__(
        self,
        ctx: AppContext,
        assessment_id: str,
        changes: list[profile_updates.ProfileChange],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.assessment_id = assessment_id
        self.changes = changes
        self.written: list[str] = []
        self._build()
        self._connect()
        self._assemble()

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Update the cooperative profile"))
        self.intro = QLabel(
            self.tr(
                "The assessment holds newer figures than the profile. Tick "
                "the ones the profile should take:"
            )
        )
        self.intro.setWordWrap(True)
        lang = self.ctx.language
        self.boxes: dict[str, QCheckBox] = {}
        for change in self.changes:
            text = (
                f"{field_label(change.field)}: {value_text(change.field, change.old, lang)}"
                f"  →  {value_text(change.field, change.new, lang)}"
            )
            box = QCheckBox(text)
            box.setChecked(True)
            self.boxes[change.field] = box
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox()
        self.update_button = self.buttons.addButton(
            self.tr("&Update profile"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.keep_button = self.buttons.addButton(
            self.tr("&Keep the profile"), QDialogButtonBox.ButtonRole.RejectRole
        )

    def _connect(self) -> None:
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

    def _assemble(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        for box in self.boxes.values():
            layout.addWidget(box)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def accepted_fields(self) -> list[str]:
        return [field for field, box in self.boxes.items() if box.isChecked()]

    def _save(self) -> None:
        try:
            self.written = self.ctx.services.standing.apply_profile_changes(
                self.assessment_id, self.accepted_fields()
            )
        except ValidationError as exc:
            problems = localized_problems(exc, self.ctx.language)
            self.error.setText(
                "\n".join(f"{field_label(field)}: {message}" for field, message in problems.items())
            )
            self.error.show()
            return
        except KopdesError as exc:
            self.error.setText(exc.localized(self.ctx.language))
            self.error.show()
            return
        if self.written:
            self.ctx.events.data_changed.emit("cooperative")
        self.accept()

    @classmethod
    def offer(
        cls, parent: QWidget, ctx: AppContext, assessment_id: str
    ) -> ProfileUpdateDialog | None:
        """Open the dialog (window-modal, not blocking) when the assessment changes anything
        in the profile; returns it, or None when there is nothing to offer."""
        changes = ctx.services.standing.proposed_profile_changes(assessment_id)
        if not changes:
            return None
        dialog = cls(ctx, assessment_id, changes, parent)
        dialog.open()
        return dialog
