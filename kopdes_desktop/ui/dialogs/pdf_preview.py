"""Preview of a generated PDF report with Save as and Print (QtPdf).

The preview shows the board's copy. Where the report has them, two boxes add what that copy
leaves out: the scoring arithmetic as an appendix, and the mentor's private notes; ticking
one makes the report again with it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.errors import KopdesError, localized
from kopdes_desktop.reports import ReportOptions, save_pdf
from kopdes_desktop.ui.context import AppContext
from kopdes_desktop.ui.dialogs.progress import ProgressDialog
from kopdes_desktop.ui.report_actions import APPENDIX, PRIVATE_NOTES

PRINT_DPI = 200
Rebuild = Callable[[ReportOptions], bytes]


def paint_pages(document: QPdfDocument, printer: QPrinter) -> None:
    """Paint every page of ``document`` onto ``printer``, each scaled to its page."""
    painter = QPainter()
    if not painter.begin(printer):
        raise KopdesError("Printer tidak dapat dibuka.", "The printer cannot be opened.")
    try:
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            size = document.pagePointSize(index)
            pixels = QSize(int(size.width() * PRINT_DPI / 72), int(size.height() * PRINT_DPI / 72))
            image = document.render(index, pixels)
            area = painter.viewport()
            scaled = pixels.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.topLeft(), scaled), image)
    finally:
        painter.end()


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Print ``pdf`` (bytes) on ``printer`` without showing it; the number of pages."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.pageCount() == 0:
        raise KopdesError(
            "Laporan tidak dapat dibaca untuk dicetak.", "The report cannot be read for printing."
        )
    paint_pages(document, printer)
    return document.pageCount()


class PdfPreviewDialog(QDialog):
    """Shows the pages of one PDF; the user saves or prints it from here."""

    def __init__(
        self,
        ctx: AppContext,
        pdf: bytes,
        file_name: str,
        parent: QWidget | None = None,
        rebuild: Rebuild | None = None,
        options: ReportOptions | None = None,
        extras: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pdf = pdf
        self.file_name = file_name
        self.saved_path: Path | None = None
        self.rebuild = rebuild
        self.options = options or ReportOptions()
        self.extras = tuple(extras) if rebuild is not None else ()
        self._build()
        self._connect()
        self._assemble()

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Report preview"))
        self.buffer = QBuffer(self)
        self.buffer.setData(QByteArray(self.pdf))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self.buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pages = QLabel(self.tr("%1 pages").replace("%1", str(self.document.pageCount())))
        self.save_button = QPushButton(self.tr("&Save as…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.save_button.setDefault(True)
        self.message = QLabel()
        self.appendix_box = QCheckBox(self.tr("Scoring &appendix"))
        self.appendix_box.setToolTip(
            self.tr(
                "Add how the score was computed, after the signatures (not needed for the board)"
            )
        )
        self.private_box = QCheckBox(self.tr("My private &notes"))
        self.private_box.setToolTip(
            self.tr(
                "Print your own notes of the visit and the "
                "cooperative (left out of the board's copy)"
            )
        )
        self.appendix_box.setChecked(self.options.appendix)
        self.private_box.setChecked(self.options.private_notes)
        self.appendix_box.setVisible(APPENDIX in self.extras)
        self.private_box.setVisible(PRIVATE_NOTES in self.extras)

    def _connect(self) -> None:
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_report)
        self.close_button.clicked.connect(self.accept)
        self.appendix_box.toggled.connect(self._options_changed)
        self.private_box.toggled.connect(self._options_changed)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_as)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_report)

    def _assemble(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.pages)
        buttons.addWidget(self.appendix_box)
        buttons.addWidget(self.private_box)
        buttons.addWidget(self.message, 1)
        for button in (self.save_button, self.print_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.resize(900, 700)

    def page_count(self) -> int:
        return self.document.pageCount()

    def _options_changed(self) -> None:
        self.set_options(
            replace(
                self.options,
                appendix=self.appendix_box.isChecked(),
                private_notes=self.private_box.isChecked(),
            )
        )

    def set_options(self, options: ReportOptions) -> None:
        """Make the report again with ``options`` and show it (a failure keeps the old one)."""
        if self.rebuild is None or options == self.options:
            return
        try:
            pdf = ProgressDialog.run(
                self,
                self.tr("Report preview"),
                self.tr("Preparing the report…"),
                self.rebuild,
                options,
            )
        except KopdesError as exc:
            QMessageBox.warning(self, self.tr("Report preview"), localized(exc, self.ctx.language))
            return
        self.options, self.pdf = options, pdf
        self.document.close()
        self.buffer.close()
        self.buffer.setData(QByteArray(pdf))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self.buffer)
        self.pages.setText(self.tr("%1 pages").replace("%1", str(self.document.pageCount())))

    def save_to(self, target: str | Path) -> Path:
        """Write the PDF to ``target`` atomically; remembers the folder for next time."""
        path = save_pdf(target, self.pdf)
        self.saved_path = path
        self.ctx.settings.set("last_export_dir", str(path.parent))
        self.message.setText(self.tr("Saved to %1").replace("%1", str(path)))
        return path

    def save_as(self) -> None:
        folder = self.ctx.settings.get("last_export_dir") or str(Path.home())
        target, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save report"),
            str(Path(folder) / self.file_name),
            self.tr("PDF files (*.pdf)"),
        )
        if not target:
            return
        try:
            self.save_to(target)
        except KopdesError as exc:
            QMessageBox.warning(self, self.tr("Save report"), localized(exc, self.ctx.language))

    def print_to(self, printer: QPrinter) -> None:
        """Paint every page onto ``printer``, scaled to its page."""
        paint_pages(self.document, printer)

    def print_report(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.print_to(printer)
        except KopdesError as exc:
            QMessageBox.warning(self, self.tr("Print"), localized(exc, self.ctx.language))

    @classmethod
    def show_pdf(
        cls,
        parent: QWidget | None,
        ctx: AppContext,
        pdf: bytes,
        file_name: str,
        rebuild: Rebuild | None = None,
        options: ReportOptions | None = None,
        extras: Sequence[str] = (),
    ) -> Path | None:
        """Preview ``pdf`` modally; returns where the user saved it, if anywhere. With
        ``rebuild`` the boxes named in ``extras`` make the report again with them."""
        dialog = cls(ctx, pdf, file_name, parent, rebuild, options, extras)
        dialog.exec()
        return dialog.saved_path
