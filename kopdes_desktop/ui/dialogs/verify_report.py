"""Laporan -> Periksa laporan: is a printed report genuine, and what did it say?

The mentor opens a photo, a scan or a PDF of the report (its QR code is read off the GUI
thread), or pastes the text a phone camera showed. The seal is checked with the keys this
laptop knows: its own, the province's and the province's signed device registry. The verdict
says what was signed, for the mentor to compare with the paper, or why it is not genuine.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.errors import KopdesError
from kopdes_desktop.reports.seal_check import Verdict
from kopdes_desktop.ui.context import AppContext
from kopdes_desktop.ui.workers import Task, run_task

GOOD = "#1E7B34"
BAD = "#B42318"
UNSURE = "#A15C07"


class VerifyReportDialog(QDialog):
    """Open an image or PDF, or paste the QR text, and see whether the report is genuine."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.verdict: Verdict | None = None
        self._task: Task | None = None
        self._build()
        self._connect()
        self._assemble()

    @classmethod
    def run(cls, ctx: AppContext, parent: QWidget | None = None) -> None:
        dialog = cls(ctx, parent)
        dialog.exec()

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Check a report"))
        self.intro = QLabel(
            self.tr(
                "Every report page carries a signed QR code. Open a photo, a scan or the PDF of "
                "the report, or paste the text a phone camera read from the code."
            )
        )
        self.intro.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open image or PDF…"))
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("…or paste the text of the QR code here"))
        self.text.setMaximumHeight(110)
        self.check_button = QPushButton(self.tr("Check &text"))
        self.check_button.setEnabled(False)
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.result_label = QLabel()
        self.result_label.setObjectName("verifyResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)

    def _connect(self) -> None:
        self.open_button.clicked.connect(self._choose_file)
        self.check_button.clicked.connect(self.check_text)
        self.text.textChanged.connect(
            lambda: self.check_button.setEnabled(bool(self.text.toPlainText().strip()))
        )
        self.buttons.rejected.connect(self.reject)

    def _assemble(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        row.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.text)
        layout.addLayout(row)
        layout.addWidget(self.source)
        layout.addWidget(self.result_label)
        layout.addWidget(self.details)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(620, 440)

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a photo, scan or PDF of the report"),
            str(Path.home()),
            self.tr("Images and PDF (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.pdf)"),
        )
        if name:
            self.check_file(Path(name))

    def check_file(self, path: Path) -> None:
        """Read the QR code of ``path`` and check it."""
        self.source.setText(self.tr("File: %1").replace("%1", path.name))
        self._start(str(path))

    def check_text(self) -> None:
        self.source.setText(self.tr("Pasted text"))
        self._start(self.text.toPlainText())

    def _start(self, source: str) -> None:
        self.result_label.setText(self.tr("Reading and checking…"))
        self.result_label.setStyleSheet("")
        self.details.clear()
        self.open_button.setEnabled(False)
        self.check_button.setEnabled(False)
        self._task = run_task(
            self.ctx.services.reports.verify_seal, source, on_done=self._show, on_error=self._failed
        )

    def _finish(self) -> None:
        self.open_button.setEnabled(True)
        self.check_button.setEnabled(bool(self.text.toPlainText().strip()))

    def _show(self, verdict: Verdict) -> None:
        self._finish()
        self.verdict = verdict
        color = (
            GOOD
            if verdict.genuine
            else UNSURE
            if verdict.status in ("unknown_signer", "unreadable")
            else BAD
        )
        self.result_label.setStyleSheet(f"color: {color}; font-weight: bold; font-size: 11pt;")
        self.result_label.setText(verdict.summary)
        heading = (
            self.tr("What the code says:")
            if verdict.genuine
            else self.tr("What the code claims (not vouched for):")
        )
        lines = "\n".join(verdict.details)
        self.details.setText(f"{heading}\n{lines}" if lines else "")

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        self.verdict = None
        self.result_label.setStyleSheet(f"color: {BAD}; font-weight: bold;")
        if isinstance(exc, KopdesError):
            self.result_label.setText(exc.message)
        else:
            self.result_label.setText(
                self.tr("The file could not be checked: %1").replace("%1", str(exc))
            )
