"""Report buttons anywhere in the GUI: generate a PDF in the background, then preview it,
print it or save it, each in one step.

The preview and printing use QtPdf when it is available; otherwise the PDF is written
(atomically) under the data folder's ``reports/`` and opened in the system's PDF viewer, which
prints it. Every report is named for a person (:mod:`kopdes_desktop.core.filenames`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from kopdes_desktop.core import filenames
from kopdes_desktop.errors import KopdesError, localized
from kopdes_desktop.reports import (
    ReportOptions,
    options_from_settings,
    save_pdf,
)
from kopdes_desktop.ui.context import AppContext
from kopdes_desktop.ui.dialogs.progress import ProgressDialog
from kopdes_desktop.ui.i18n import QT_TRANSLATE_NOOP

APPENDIX, PRIVATE_NOTES = "appendix", "private_notes"  # the extras a preview can tick in
REPORT = QT_TRANSLATE_NOOP("ReportActions", "Report")
PREPARING = QT_TRANSLATE_NOOP("ReportActions", "Preparing the report…")
SAVE_TITLE = QT_TRANSLATE_NOOP("ReportActions", "Save report as PDF")
PDF_FILTER = QT_TRANSLATE_NOOP("ReportActions", "PDF files (*.pdf)")


@dataclass(frozen=True)
class ReportJob:
    """One report to make: the function that renders it with given options, the options of
    the board's copy (no appendix, no private notes unless the settings say so), the name a
    person reads and the extras its preview can tick in."""

    make: Callable[[ReportOptions], bytes]
    options: ReportOptions
    file_name: str
    extras: Sequence[str] = ()

    def render(self) -> bytes:
        """The board's copy."""
        return self.make(self.options)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportActions", text)


def qtpdf_available() -> bool:
    try:
        import PySide6.QtPdf  # noqa: F401
        import PySide6.QtPdfWidgets  # noqa: F401
    except ImportError:
        return False
    return True


def _generate(parent: QWidget | None, ctx: AppContext, fn: Callable[[], bytes]) -> bytes | None:
    try:
        return ProgressDialog.run(parent, _tr(REPORT), _tr(PREPARING), fn)
    except KopdesError as exc:
        QMessageBox.warning(parent, _tr(REPORT), localized(exc, ctx.language))
        return None


def preview(
    parent: QWidget | None,
    ctx: AppContext,
    pdf: bytes,
    file_name: str,
    rebuild: Callable[[ReportOptions], bytes] | None = None,
    options: ReportOptions | None = None,
    extras: Sequence[str] = (),
) -> Path | None:
    """Show ``pdf`` in the preview dialog (where ``extras`` can be ticked in), or in the system
    viewer without QtPdf."""
    if qtpdf_available():
        from kopdes_desktop.ui.dialogs.pdf_preview import PdfPreviewDialog

        return PdfPreviewDialog.show_pdf(parent, ctx, pdf, file_name, rebuild, options, extras)
    path = save_pdf(ctx.paths.reports / file_name, pdf)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path


def assessment_job(ctx: AppContext, assessment_id: str) -> ReportJob:
    """The Laporan Hasil Penilaian of one assessment, named by cooperative and date."""
    name = filenames.assessment_report(*ctx.services.assessments.report_name(assessment_id))
    reports = ctx.services.reports
    return ReportJob(
        lambda options: reports.assessment_pdf(ctx.instruments, assessment_id, options),
        options_from_settings(ctx.settings),
        name,
        (APPENDIX, PRIVATE_NOTES),
    )


def profile_job(ctx: AppContext, cooperative_id: str) -> ReportJob:
    """The Profil Koperasi of one cooperative as of today."""
    reports = ctx.services.reports
    name = filenames.profile_report(reports.cooperative_name(cooperative_id), ctx.today())
    return ReportJob(
        lambda options: reports.profile_pdf(
            ctx.instruments, cooperative_id, options, today=ctx.today()
        ),
        options_from_settings(ctx.settings),
        name,
        (PRIVATE_NOTES,),
    )


def monthly_job(ctx: AppContext, mentor_id: str, month: str, mentor_name: str) -> ReportJob:
    """The Laporan Bulanan Pendamping of one mentor and month."""
    reports = ctx.services.reports
    return ReportJob(
        lambda options: reports.monthly_pdf(ctx.instruments, mentor_id, month, options),
        options_from_settings(ctx.settings),
        filenames.monthly_report(mentor_name, month),
        (PRIVATE_NOTES,),
    )


def show_job(parent: QWidget | None, ctx: AppContext, job: ReportJob) -> Path | None:
    """Generate the board's copy, then preview it (where the job's extras can be ticked in)."""
    pdf = _generate(parent, ctx, job.render)
    if pdf is None:
        return None
    return preview(parent, ctx, pdf, job.file_name, job.make, job.options, job.extras)


def ask_printer(parent: QWidget | None) -> QPrinter | None:
    """The system's print dialog; the chosen printer, or None when cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def print_job(parent: QWidget | None, ctx: AppContext, job: ReportJob) -> int:
    """ "Cetak": generate, then straight to the print dialog; the pages printed (0 when
    cancelled). Without QtPdf the PDF opens in the system's viewer, which prints it."""
    pdf = _generate(parent, ctx, job.render)
    if pdf is None:
        return 0
    if not qtpdf_available():
        preview(parent, ctx, pdf, job.file_name)
        return 0
    from kopdes_desktop.ui.dialogs.pdf_preview import print_pdf

    printer = ask_printer(parent)
    if printer is None:
        return 0
    try:
        return print_pdf(pdf, printer)
    except KopdesError as exc:
        QMessageBox.warning(parent, _tr(REPORT), exc.localized(ctx.language))
        return 0


def ask_save_path(parent: QWidget | None, ctx: AppContext, file_name: str) -> str:
    """The save dialog, opened at the last folder used with the report's own name."""
    folder = ctx.settings.get("last_export_dir") or str(Path.home())
    target, _filter = QFileDialog.getSaveFileName(
        parent, _tr(SAVE_TITLE), str(Path(folder) / file_name), _tr(PDF_FILTER)
    )
    return target


def save_job(parent: QWidget | None, ctx: AppContext, job: ReportJob) -> Path | None:
    """ "Simpan PDF": the save dialog first, then generate and write; where it was saved."""
    target = ask_save_path(parent, ctx, job.file_name)
    if not target:
        return None
    if not target.lower().endswith(".pdf"):
        target += ".pdf"
    pdf = _generate(parent, ctx, job.render)
    if pdf is None:
        return None
    try:
        path = save_pdf(target, pdf)
    except KopdesError as exc:
        QMessageBox.warning(parent, _tr(SAVE_TITLE), exc.localized(ctx.language))
        return None
    ctx.settings.set("last_export_dir", str(path.parent))
    return path


def open_assessment_report(parent: QWidget | None, ctx: AppContext, assessment_id: str) -> None:
    """Laporan Hasil Penilaian of one assessment: generate, then preview."""
    show_job(parent, ctx, assessment_job(ctx, assessment_id))


def open_profile_report(parent: QWidget | None, ctx: AppContext, cooperative_id: str) -> None:
    """Profil Koperasi of one cooperative: generate, then preview."""
    show_job(parent, ctx, profile_job(ctx, cooperative_id))


def open_monthly_report(
    parent: QWidget | None, ctx: AppContext, mentor_id: str, month: str, mentor_name: str = ""
) -> None:
    """Laporan Bulanan Pendamping of one mentor and month: generate, then preview."""
    show_job(parent, ctx, monthly_job(ctx, mentor_id, month, mentor_name))
