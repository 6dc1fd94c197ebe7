"""The About box: which version runs, over which data folder, on which Python and Qt.

The version and the data folder are what a helpdesk asks first, so both can be selected and
copied, and the folder opens with one button.
"""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop import __version__
from kopdes_desktop.paths import DataPaths


class AboutDialog(QDialog):
    """Name, purpose, version, data folder and the software underneath."""

    def __init__(self, paths: DataPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.setWindowTitle(self.tr("About Kopdes Desktop"))
        self._build()

    def _value(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        return label

    def _build(self) -> None:
        title = QLabel(self.tr("Kopdes Desktop"))
        title.setObjectName("pageTitle")
        purpose = QLabel(
            self.tr(
                "Offline-first mentoring of the Koperasi Desa/Kelurahan Merah Putih in Kalimantan "
                "Utara: visits, assessments, follow-ups, reports and sync with the province."
            )
        )
        purpose.setWordWrap(True)
        self.version = self._value(__version__)
        self.folder = self._value(str(self.paths.root))
        self.database = self._value(str(self.paths.database))
        software = self._value(
            f"Python {platform.python_version()} · Qt {qVersion()} · PySide6 {pyside_version}"
        )
        form = QFormLayout()
        form.addRow(self.tr("Version:"), self.version)
        form.addRow(self.tr("Data folder:"), self.folder)
        form.addRow(self.tr("Database:"), self.database)
        form.addRow(self.tr("Running on:"), software)
        self.open_folder_button = QPushButton(self.tr("Open data folder"))
        self.open_folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.root)))
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.open_folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(purpose)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    @classmethod
    def show_for(cls, parent: QWidget | None, paths: DataPaths) -> AboutDialog:
        """Open the About box (not modal) and return it."""
        dialog = cls(paths, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog
