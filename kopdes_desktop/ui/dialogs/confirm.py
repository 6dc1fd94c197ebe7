"""Asking before something is lost: the one confirmation every destructive button uses.

The question names what goes (the draft, the row, the file) and where it can be found again;
*Cancel* is the default and the Escape button, so a stray Enter or Space never destroys work.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class ConfirmDialog(QMessageBox):
    """A question with the action's own button and *Cancel*."""

    def __init__(
        self, parent: QWidget | None, title: str, text: str, action: str, detail: str = ""
    ) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(title)
        self.setText(text)
        if detail:
            self.setInformativeText(detail)
        self.action_button = self.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        self.cancel_button = self.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)

    @classmethod
    def ask(
        cls, parent: QWidget | None, title: str, text: str, action: str, detail: str = ""
    ) -> bool:
        """True only when the mentor chose ``action``."""
        dialog = cls(parent, title, text, action, detail)
        dialog.exec()
        return dialog.clickedButton() is dialog.action_button


def trash_hint() -> str:
    """The line that tells where a deleted thing can be found again."""
    return QCoreApplication.translate(
        "ConfirmDialog", "It can be restored from the Trash for 30 days."
    )
