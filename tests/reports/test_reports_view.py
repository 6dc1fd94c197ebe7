"""The Laporan page and the PDF preview, driven offscreen on demo data."""

from __future__ import annotations

import io
import shutil
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from kopdes_desktop import resources
from kopdes_desktop.core.services import reporting, visits
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.reports import ReportOptions, profile_pdf
from kopdes_desktop.store.models import Assessment
from kopdes_desktop.ui import i18n, report_actions, workers
from kopdes_desktop.ui.context import AppContext
from kopdes_desktop.ui.dialogs.pdf_preview import PdfPreviewDialog
from kopdes_desktop.ui.views.reports_view import BATCH_LATEST, BATCH_PROFILES, ReportsView

from .conftest import DEMO_TODAY
from .helpers import all_text


@pytest.fixture
def ctx(demo_template, tmp_path, qapp):  # type: ignore[no-untyped-def]
    root = tmp_path / "data"
    shutil.copytree(demo_template, root)
    workers.set_synchronous(True)
    i18n.install_translators(qapp, "id")
    context = AppContext.open(DataPaths(root), fixed_today=DEMO_TODAY)
    yield context
    workers.wait_all()
    workers.set_synchronous(False)
    i18n.install_translators(qapp, "en")
    context.close()


def _view(qtbot, ctx) -> ReportsView:  # type: ignore[no-untyped-def]
    view = ReportsView(ctx)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    return view


def _select(view: ReportsView, count: int) -> None:
    selection = view.table.selectionModel()
    for row in range(count):
        selection.select(
            view.proxy.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_translation_is_complete():
    ts_file = resources.path("i18n", "reports_id.ts")
    messages = list(ET.parse(ts_file).getroot().iter("message"))
    assert messages
    assert all(m.find("translation").get("type") is None for m in messages)
    assert resources.path("i18n", "reports_id.qm").stat().st_size > 0


def test_view_in_indonesian_has_no_untranslated_text(qtbot, ctx):
    from ui.i18n_check import untranslated_texts

    view = _view(qtbot, ctx)
    assert view.title.text() == "Laporan"
    assert view.month.currentText() == "November 2025"
    assert view.mentor.currentText() == "Rina Wulandari"
    assert untranslated_texts(view) == []


def test_notes_are_saved_and_reloaded(qtbot, ctx):
    view = _view(qtbot, ctx)
    view.month.setCurrentIndex(view.month.findData("2025-09"))
    view.issues.clear()
    view.plans.clear()
    qtbot.keyClicks(view.issues, "Jembatan putus di Mentarang")
    qtbot.keyClicks(view.plans, "RAT di dua desa")
    with qtbot.waitSignal(
        ctx.events.data_changed, check_params_cb=lambda kind: kind == "monthly_note"
    ):
        qtbot.mouseClick(view.save_notes_button, Qt.MouseButton.LeftButton)
    view.month.setCurrentIndex(view.month.findData("2025-08"))
    assert "Jembatan" not in view.issues.toPlainText()
    view.month.setCurrentIndex(view.month.findData("2025-09"))
    assert view.issues.toPlainText() == "Jembatan putus di Mentarang"
    with ctx.store.read() as session:
        note = reporting.get_note(session, view.mentor.currentData(), "2025-09")
    assert note.plans == "RAT di dua desa"


def test_batch_of_latest_assessments_for_a_selection(qtbot, ctx, tmp_path):
    view = _view(qtbot, ctx)
    assert not view.batch_button.isEnabled()
    _select(view, 3)
    assert len(view.selected_ids()) == 3 and view.batch_button.isEnabled()
    view.start_batch(BATCH_LATEST, tmp_path / "out")
    result = view.last_batch
    assert len(result.written) == 3 and not result.cancelled
    assert view.progress.value() == view.progress.maximum() == 3
    assert view.status.text() == "3 laporan ditulis."
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        p.name for p in result.written
    )


def test_batch_can_be_cancelled(qtbot, ctx, tmp_path):
    view = _view(qtbot, ctx)
    _select(view, 5)
    view.progress.valueChanged.connect(lambda value: value == 2 and view.cancel_batch())
    view.start_batch(BATCH_PROFILES, tmp_path / "out")
    assert view.last_batch.cancelled and len(view.last_batch.written) == 2
    assert view.status.text() == "Dibatalkan: 2 laporan ditulis."
    assert view.batch_button.isEnabled() and not view.cancel_button.isEnabled()


def test_preview_saves_and_prints(qtbot, ctx, tmp_path):
    view = _view(qtbot, ctx)
    _select(view, 1)
    pdf = profile_pdf(
        ctx.store, ctx.instruments, view.selected_ids()[0], ReportOptions(deterministic=True)
    )
    dialog = PdfPreviewDialog(ctx, pdf, "profil.pdf")
    qtbot.addWidget(dialog)
    assert dialog.page_count() >= 1
    assert dialog.windowTitle() == "Pratinjau laporan"
    from ui.i18n_check import untranslated_texts

    assert untranslated_texts(dialog) == []
    saved = dialog.save_to(tmp_path / "saved" / "profil.pdf")
    assert saved.read_bytes() == pdf
    assert ctx.settings.get("last_export_dir") == str(tmp_path / "saved")
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.print_to(printer)
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")


def test_profile_button_opens_the_preview(qtbot, ctx):
    view = _view(qtbot, ctx)
    _select(view, 1)
    shown: list[int] = []

    def close_preview() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, PdfPreviewDialog):
            shown.append(dialog.page_count())
            assert "Profil Koperasi" in all_text(dialog.pdf)
        dialog.accept()

    assert report_actions.qtpdf_available()
    QTimer.singleShot(0, close_preview)
    qtbot.mouseClick(view.profile_button, Qt.MouseButton.LeftButton)
    assert shown and shown[0] >= 1


def test_preview_ticks_in_the_appendix_and_private_notes(qtbot, ctx):
    from kopdes_desktop.reports import assessment_pdf
    from kopdes_desktop.ui.report_actions import APPENDIX, PRIVATE_NOTES

    with ctx.store.read() as session:
        assessment_id = reporting.latest_final_ids(session, "kesehatan-usp-2016")[0]
        visit_id = session.get(Assessment, assessment_id).visit_id
    with ctx.store.session() as session:
        visits.update(session, visit_id, notes="Catatan pribadi: kas disimpan di rumah")
    made: list[ReportOptions] = []

    def rebuild(options: ReportOptions) -> bytes:
        made.append(options)
        return assessment_pdf(ctx.store, ctx.paths, ctx.instruments, assessment_id, options)

    options = ReportOptions(deterministic=True)
    dialog = PdfPreviewDialog(
        ctx, rebuild(options), "penilaian.pdf", None, rebuild, options, (APPENDIX, PRIVATE_NOTES)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    board_pages = dialog.page_count()
    assert dialog.appendix_box.isVisible() and dialog.private_box.isVisible()
    assert not dialog.appendix_box.isChecked() and not dialog.private_box.isChecked()
    assert "Lampiran" not in all_text(dialog.pdf) and "kas disimpan" not in all_text(dialog.pdf)
    qtbot.mouseClick(dialog.appendix_box, Qt.MouseButton.LeftButton)
    assert made[-1].appendix and not made[-1].private_notes
    assert "Lampiran: Perhitungan Nilai" in all_text(dialog.pdf)
    assert dialog.page_count() > board_pages
    assert dialog.pages.text() == f"{dialog.page_count()} halaman"
    qtbot.mouseClick(dialog.private_box, Qt.MouseButton.LeftButton)
    assert "Catatan pribadi: kas disimpan di rumah" in all_text(dialog.pdf)
    from ui.i18n_check import untranslated_texts

    assert untranslated_texts(dialog) == []


def test_profile_preview_offers_private_notes_only(qtbot, ctx):
    view = _view(qtbot, ctx)
    _select(view, 1)
    seen: list[tuple[bool, bool]] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, PdfPreviewDialog):
            seen.append((dialog.appendix_box.isVisible(), dialog.private_box.isVisible()))
        dialog.accept()

    QTimer.singleShot(0, look)
    qtbot.mouseClick(view.profile_button, Qt.MouseButton.LeftButton)
    assert seen == [(False, True)]


def test_batch_prints_private_notes_only_when_ticked(qtbot, ctx, tmp_path):
    from pypdf import PdfReader

    view = _view(qtbot, ctx)
    _select(view, 1)
    with ctx.store.session() as session:
        from kopdes_desktop.core.services import cooperatives

        cooperatives.update_profile(
            session, view.selected_ids()[0], {"notes": "Rahasia: pengurus berselisih"}
        )
    texts = []
    for ticked in (False, True):
        view.batch_private.setChecked(ticked)
        view.start_batch(BATCH_PROFILES, tmp_path / str(ticked))
        pdf = view.last_batch.written[0].read_bytes()
        texts.append(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))
    assert "Rahasia" not in texts[0] and "Rahasia: pengurus berselisih" in texts[1]
