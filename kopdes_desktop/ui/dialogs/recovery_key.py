"""The recovery key of a new encrypted store, shown once to be written down."""

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

from kopdes_desktop.core import data_folder
from kopdes_desktop.paths import DataPaths


class RecoveryKeyDialog(QDialog):
    """Shows the recovery key; closes once the mentor says it is written down."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self._build()
        self._connect()
        self._assemble()

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Recovery key"))
        self.intro = QLabel(
            self.tr(
                "Your data is encrypted. Write this recovery key down and keep it somewhere safe, "
                "away from the laptop: with it the data and its backups can be opened on another "
                "laptop if the passphrase is forgotten or the laptop is replaced. It is shown only "
                "now (the command kopdes kunci-pemulihan prints it again)."
            )
        )
        self.intro.setWordWrap(True)
        self.key = QLabel(self.code)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.key.setFont(font)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.written = QCheckBox(self.tr("I have written the recovery key down"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def _connect(self) -> None:
        self.written.toggled.connect(
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled
        )
        self.buttons.accepted.connect(self.accept)

    def _assemble(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addWidget(self.key)
        layout.addSpacing(8)
        layout.addWidget(self.written)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def reject(self) -> None:
        """Escape does not close it before the key is written down."""
        if self.written.isChecked():
            super().reject()

    @classmethod
    def show_once(cls, parent: QWidget | None, paths: DataPaths, key: bytes) -> RecoveryKeyDialog:
        """Open the dialog (window-modal, not blocking) and note the key as shown."""
        dialog = cls(data_folder.recovery_code(paths, key), parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        data_folder.mark_recovery_shown(paths)
        return dialog
