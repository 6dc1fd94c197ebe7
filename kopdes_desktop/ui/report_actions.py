"""Report buttons anywhere in the GUI: generate a PDF in the background, then preview it.

The preview uses QtPdf when it is available; otherwise the PDF is written (atomically) under
the data folder's ``reports/`` and opened in the system's PDF viewer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from kopdes_desktop.errors import KopdesError
from kopdes_desktop.reports import (
    ReportOptions,
    assessment_pdf,
    monthly_pdf,
    options_from_settings,
    profile_pdf,
    write_atomic,
)
from kopdes_desktop.reports.api import safe_name
from kopdes_desktop.ui.context import AppContext
from kopdes_desktop.ui.dialogs.progress import ProgressDialog

APPENDIX, PRIVATE_NOTES = "appendix", "private_notes"  # the extras a preview can tick in
REPORT = QT_TRANSLATE_NOOP("ReportActions", "Report")
PREPARING = QT_TRANSLATE_NOOP("ReportActions", "Preparing the report…")


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
        QMessageBox.warning(parent, _tr(REPORT),
                            exc.message_en if ctx.language == "en" else exc.message)
        return None


def preview(parent: QWidget | None, ctx: AppContext, pdf: bytes, file_name: str,
            rebuild: Callable[[ReportOptions], bytes] | None = None,
            options: ReportOptions | None = None, extras: Sequence[str] = ()) -> Path | None:
    """Show ``pdf`` in the preview dialog (where ``extras`` can be ticked in), or in the system
    viewer without QtPdf."""
    if qtpdf_available():
        from kopdes_desktop.ui.dialogs.pdf_preview import PdfPreviewDialog

        return PdfPreviewDialog.show_pdf(parent, ctx, pdf, file_name, rebuild, options, extras)
    path = write_atomic(pdf, ctx.paths.reports / file_name)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path


def _show(parent: QWidget | None, ctx: AppContext, make: Callable[[ReportOptions], bytes],
          file_name: str, extras: Sequence[str]) -> None:
    """Make the board's copy (no appendix, no private notes), then preview it."""
    options = options_from_settings(ctx.settings)
    pdf = _generate(parent, ctx, lambda: make(options))
    if pdf is not None:
        preview(parent, ctx, pdf, file_name, make, options, extras)


def open_assessment_report(parent: QWidget | None, ctx: AppContext, assessment_id: str) -> None:
    """Laporan Hasil Penilaian of one assessment: generate, then preview."""
    _show(parent, ctx, lambda options: assessment_pdf(
        ctx.store, ctx.paths, ctx.instruments, assessment_id, options),
        f"laporan-penilaian-{assessment_id[:8]}.pdf", (APPENDIX, PRIVATE_NOTES))


def open_profile_report(parent: QWidget | None, ctx: AppContext, cooperative_id: str) -> None:
    """Profil Koperasi of one cooperative: generate, then preview."""
    _show(parent, ctx, lambda options: profile_pdf(
        ctx.store, ctx.instruments, cooperative_id, options, today=ctx.today()),
        f"profil-koperasi-{cooperative_id[:8]}.pdf", (PRIVATE_NOTES,))


def open_monthly_report(parent: QWidget | None, ctx: AppContext, mentor_id: str, month: str,
                        mentor_name: str = "") -> None:
    """Laporan Bulanan Pendamping of one mentor and month: generate, then preview."""
    _show(parent, ctx, lambda options: monthly_pdf(
        ctx.store, ctx.instruments, mentor_id, month, options),
        f"laporan-bulanan-{month}-{safe_name(mentor_name, 30)}.pdf", (PRIVATE_NOTES,))
