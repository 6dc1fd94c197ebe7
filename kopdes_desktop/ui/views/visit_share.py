"""Print, save and share a visit in one step, and mark its report signed.

*Cetak* goes straight to the print dialog and *Simpan PDF* to a save dialog with a name a
person reads, both for the assessment shown in the visit editor (its Laporan Hasil Penilaian).
*Salin untuk WhatsApp* puts the visit's findings and follow-ups on the clipboard as plain text.
*Tandai ditandatangani* attaches the photo of the signed page to the assessment: the report is
then shown as signed, and the photo opens from the mark.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from kopdes_desktop.core.formatting import long_date
from kopdes_desktop.errors import KopdesError
from kopdes_desktop.ui.context import AppContext
from kopdes_desktop.ui.forms.evidence import file_filter

if TYPE_CHECKING:
    from kopdes_desktop.ui.report_actions import ReportJob


def _report_actions() -> ModuleType:
    """The report actions, imported when a report is asked for (reportlab comes with them)."""
    from kopdes_desktop.ui import report_actions

    return report_actions


def open_attachment(ctx: AppContext, attachment_id: str) -> Path:
    """Open an attachment in the system's viewer through a copy named with its extension;
    KopdesError when its bytes are missing."""
    path = ctx.services.attachments.open_copy(attachment_id)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path


class ShareBar(QWidget):
    """The visit editor's print and share buttons; :attr:`message` carries why a step could
    not be done, the status bar what was done."""

    message = Signal(str)
    signed = Signal(str)  # the assessment id whose signed page was attached

    def __init__(
        self,
        ctx: AppContext,
        current_assessment: Callable[[], str | None],
        before: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current_assessment = current_assessment
        self.before = before
        self.visit_id: str | None = None
        self._signed_ids: list[str] = []
        self._build()
        self._connect()
        self._assemble()

    def _build(self) -> None:
        # Letters the tabs and the visit's fields already use get no mnemonic here.
        self.print_button = QPushButton(self.tr("Print"))
        self.print_button.setToolTip(self.tr("Print the report of the assessment shown (Ctrl+P)"))
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.save_button.setToolTip(self.tr("Save the report of the assessment shown as PDF"))
        self.whatsapp_button = QPushButton(self.tr("Copy for &WhatsApp"))
        self.whatsapp_button.setToolTip(
            self.tr("Copy the findings and follow-ups as plain text for the board's group")
        )
        self.sign_button = QPushButton(self.tr("Mark signed…"))
        self.sign_button.setToolTip(self.tr("Attach a photo of the signed page of the report"))
        self.signed_label = QLabel()
        self.signed_label.setObjectName("signedMark")

    def _connect(self) -> None:
        self.print_button.clicked.connect(self.print_report)
        self.save_button.clicked.connect(self.save_report)
        self.whatsapp_button.clicked.connect(self.copy_for_whatsapp)
        self.sign_button.clicked.connect(self._choose_signed_page)
        self.signed_label.linkActivated.connect(lambda _link: self.open_signed_page())
        print_key = QShortcut(QKeySequence.StandardKey.Print, self)
        print_key.setContext(Qt.ShortcutContext.WindowShortcut)
        print_key.activated.connect(self._print_if_shown)

    def _assemble(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.print_button, self.save_button, self.whatsapp_button, self.sign_button):
            layout.addWidget(button)
        layout.addWidget(self.signed_label)
        layout.addStretch(1)

    def set_visit(self, visit_id: str | None) -> None:
        self.visit_id = visit_id
        self.refresh()

    def refresh(self) -> None:
        """Enable what the assessment shown allows and show whether its report is signed."""
        assessment_id = self.current_assessment()
        for button in (self.print_button, self.save_button, self.sign_button):
            button.setEnabled(assessment_id is not None)
        self.whatsapp_button.setEnabled(self.visit_id is not None)
        self._signed_ids = []
        if assessment_id is not None:
            pages = self.ctx.services.attachments.signed_pages("assessment", assessment_id)
            self._signed_ids = [page.id for page in pages]
            day = pages[-1].created_at.date() if pages else None
        if self._signed_ids:
            self.signed_label.setText(
                "<a href='#'>"
                + self.tr("✔ Signed (photo of %1)").replace("%1", long_date(day, self.ctx.language))
                + "</a>"
            )
            self.signed_label.setToolTip(self.tr("Open the photo of the signed page"))
        else:
            self.signed_label.setText(self.tr("Not signed yet") if assessment_id else "")
            self.signed_label.setToolTip("")

    def _job(self) -> ReportJob | None:
        assessment_id = self.current_assessment()
        if assessment_id is None:
            return None
        self.before()
        try:
            return _report_actions().assessment_job(self.ctx, assessment_id)
        except KopdesError as exc:
            self.message.emit(exc.localized(self.ctx.language))
            return None

    def _print_if_shown(self) -> None:
        if self.isVisible() and self.print_button.isEnabled():
            self.print_report()

    def print_report(self) -> int:
        """Cetak: the report of the assessment shown, straight to the print dialog."""
        job = self._job()
        return _report_actions().print_job(self, self.ctx, job) if job else 0

    def save_report(self) -> Path | None:
        """Simpan PDF: a save dialog named after the cooperative and date, then the file."""
        job = self._job()
        path = _report_actions().save_job(self, self.ctx, job) if job else None
        if path is not None:
            self.ctx.events.status.emit(self.tr("Saved to %1").replace("%1", str(path)))
        return path

    def copy_for_whatsapp(self) -> str:
        """Put the visit's findings and follow-ups on the clipboard; returns the text."""
        if self.visit_id is None:
            return ""
        self.before()
        text = self.ctx.services.visits.share_text(
            self.visit_id, self.ctx.language, self.ctx.today()
        )
        QGuiApplication.clipboard().setText(text)
        self.ctx.events.status.emit(self.tr("Copied: paste it into the board's WhatsApp group."))
        return text

    def _choose_signed_page(self) -> None:
        file, _ = QFileDialog.getOpenFileName(
            self, self.tr("Photo of the signed page"), str(Path.home()), file_filter()
        )
        if file:
            self.attach_signed_page(file)

    def attach_signed_page(self, file: str) -> bool:
        """Attach ``file`` as the signed page of the assessment shown."""
        assessment_id = self.current_assessment()
        if assessment_id is None:
            return False
        try:
            self.ctx.services.attachments.add_signed_page(file, "assessment", assessment_id)
        except KopdesError as exc:
            self.message.emit(exc.localized(self.ctx.language))
            return False
        self.ctx.events.data_changed.emit("attachment")
        self.refresh()
        self.signed.emit(assessment_id)
        return True

    def open_signed_page(self) -> Path | None:
        if not self._signed_ids:
            return None
        try:
            return open_attachment(self.ctx, self._signed_ids[-1])
        except KopdesError as exc:
            self.message.emit(exc.localized(self.ctx.language))
            return None
