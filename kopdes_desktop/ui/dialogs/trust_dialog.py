"""Confirming a province trust file: the mentor compares the fingerprint by phone first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)


def fingerprint_lines(fingerprint: str) -> str:
    """The fingerprint in groups of four, four groups a line, easy to read out."""
    groups = [g for g in fingerprint.replace(" ", "-").split("-") if g]
    return "\n".join("  ".join(groups[i : i + 4]) for i in range(0, len(groups), 4))


class TrustDialog(QDialog):
    """Shows the province and its fingerprint; trusting needs an explicit "I compared it"."""

    def __init__(
        self,
        name: str,
        fingerprint: str,
        replacing: str | None = None,
        parent: QWidget | None = None,
        *,
        replacing_name: str = "",
        unacknowledged: int = 0,
    ) -> None:
        super().__init__(parent)
        self.province_name = name
        self.fingerprint = fingerprint
        self.replacing = replacing
        self.replacing_name = replacing_name
        self.unacknowledged = unacknowledged
        self._build()
        self._connect()
        self._assemble()

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Trust the province file"))
        self.intro = QLabel(
            self.tr(
                "This file says it comes from <b>%1</b>. Before trusting it, phone the province "
                "officer and read out the fingerprint below; every group must match what the "
                "officer sees."
            ).replace("%1", self.province_name or self.tr("the province"))
        )
        self.intro.setWordWrap(True)
        self.fingerprint_label = QLabel(fingerprint_lines(self.fingerprint))
        self.fingerprint_label.setObjectName("fingerprint")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.fingerprint_label.setFont(font)
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warning = QLabel()
        self.warning.setObjectName("fieldError")
        self.warning.setWordWrap(True)
        self.old_fingerprint = QLabel()
        self.old_fingerprint.setObjectName("oldFingerprint")
        self.old_fingerprint.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.old_fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if self.replacing:
            self.warning.setText(
                self.tr(
                    "This laptop already trusts another province, <b>%1</b>, with the "
                    "fingerprint below. Trusting this file replaces it: the %2 changes it has not "
                    "acknowledged are sealed again for the new province, and batches go to the "
                    "new province from now on. Replace it only if the province officer asked you "
                    "to."
                )
                .replace("%1", self.replacing_name or self.tr("the province"))
                .replace("%2", str(self.unacknowledged))
            )
            self.old_fingerprint.setText(fingerprint_lines(self.replacing))
        self.warning.setVisible(bool(self.replacing))
        self.old_fingerprint.setVisible(bool(self.replacing))
        self.compared = QCheckBox(self.tr("I &compared every group with the officer"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.trust_button = self.buttons.addButton(
            self.tr("&Trust this province"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.trust_button.setEnabled(False)

    def _connect(self) -> None:
        self.compared.toggled.connect(self.trust_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _assemble(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addWidget(self.fingerprint_label)
        layout.addSpacing(6)
        layout.addWidget(self.warning)
        layout.addWidget(self.old_fingerprint)
        layout.addWidget(self.compared)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    @classmethod
    def confirm(
        cls,
        parent: QWidget | None,
        name: str,
        fingerprint: str,
        replacing: str | None = None,
        *,
        replacing_name: str = "",
        unacknowledged: int = 0,
    ) -> bool:
        """Ask the mentor to compare ``fingerprint`` (and, when it replaces the province
        trusted, to see both fingerprints); True when they chose to trust it."""
        dialog = cls(
            name,
            fingerprint,
            replacing,
            parent,
            replacing_name=replacing_name,
            unacknowledged=unacknowledged,
        )
        return dialog.exec() == QDialog.DialogCode.Accepted
