"""The friendly dialog shown for an unexpected error, with the details for a bug report."""

from __future__ import annotations

import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class CrashDialog(QDialog):
    """Explains that something went wrong, that saved data is safe, and where the log is."""

    def __init__(self, details: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details_text = details
        self.quit_requested = False
        self._build(log_path)
        self._connect()
        self._assemble()

    def _build(self, log_path: Path | None) -> None:
        self.setWindowTitle(self.tr("Something went wrong"))
        self.message = QLabel(
            self.tr(
                "An unexpected error occurred. Everything you saved before is safe: each change is "
                "either stored completely or not at all. The last action may not have been saved; "
                "please check it and try again."
            )
        )
        self.message.setWordWrap(True)
        where = str(log_path) if log_path else self.tr("(no log file)")
        self.log_label = QLabel(
            self.tr("The details were written to the log: %1").replace("%1", where)
        )
        self.log_label.setWordWrap(True)
        self.details = QPlainTextEdit(self.details_text)
        self.details.setReadOnly(True)
        self.details.setVisible(False)
        self.show_details = QPushButton(self.tr("Show details"))
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.quit_button = QPushButton(self.tr("Quit the app"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Continue"))
        for button in (self.show_details, self.copy_button, self.quit_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)

    def _connect(self) -> None:
        self.show_details.clicked.connect(self._toggle_details)
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.details_text)
        )
        self.quit_button.clicked.connect(self._quit)
        self.buttons.rejected.connect(self.reject)

    def _assemble(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.log_label)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)

    def _toggle_details(self) -> None:
        visible = not self.details.isVisible()
        self.details.setVisible(visible)
        self.show_details.setText(self.tr("Hide details") if visible else self.tr("Show details"))
        if visible:
            self.resize(self.width(), 460)
        else:
            self.adjustSize()

    def _quit(self) -> None:
        self.quit_requested = True
        self.accept()

    @classmethod
    def report(
        cls,
        parent: QWidget | None,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
        log_path: Path | None,
    ) -> bool:
        """Show the dialog for one exception; True when the user chose to quit."""
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        dialog = cls(details, log_path, parent)
        dialog.exec()
        return dialog.quit_requested
