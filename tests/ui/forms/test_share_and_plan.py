"""Print, save and share in one step, the signed mark, attachments opened with their extension,
and a planned visit started from the visit editor, through real widgets."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter

from kopdes_desktop.core import attachments
from kopdes_desktop.core.instruments import example_answers
from kopdes_desktop.core.services import assessments, followups, visits
from kopdes_desktop.store.models import Attachment, Visit
from kopdes_desktop.ui import report_actions
from kopdes_desktop.ui.dialogs.instrument_choice import InstrumentChoiceDialog
from kopdes_desktop.ui.dialogs.plan_dialog import PlanVisitDialog
from kopdes_desktop.ui.views import visit_share
from kopdes_desktop.ui.views.cooperative_page import CooperativePage
from kopdes_desktop.ui.views.visit_editor import VisitEditorView

from .conftest import TODAY
from .filling import LEFT
from .modal import when_modal

KESIAPAN = "kesiapan-kdkmp"


@pytest.fixture
def opened(monkeypatch):
    """Every file handed to the system's viewer (none is really opened)."""
    urls: list[str] = []

    class Viewer:
        @staticmethod
        def openUrl(url: QUrl) -> bool:  # noqa: N802 (Qt's name)
            urls.append(url.toLocalFile())
            return True

    monkeypatch.setattr(visit_share, "QDesktopServices", Viewer)
    return urls


def _visit_with_assessment(ctx, ids) -> tuple[str, str]:  # noqa: ANN001
    instrument = ctx.instruments.get(KESIAPAN)
    with ctx.store.session() as session:
        visit = visits.create(
            session,
            ids["coop"],
            today=TODAY,
            visit_date=TODAY,
            purpose="Monitoring gerai",
            attendees="Ketua, Bendahara",
        )
        row = assessments.start(
            session, ctx.instruments, ids["coop"], KESIAPAN, visit_id=visit.id, assessed_on=TODAY
        )
        assessments.save_draft(
            session, ctx.instruments, row.id, example_answers(instrument, random.Random(5), 0.6)
        )
        finding = followups.add_finding(
            session,
            visit.id,
            area="Keuangan",
            temuan="Buku kas belum rapi.",
            rekomendasi="Catat kas setiap hari.",
            compliance="TIDAK_SESUAI",
        )
        followups.add_action(
            session,
            ids["coop"],
            title="Rapikan buku kas",
            owner="Bendahara",
            due_date=TODAY.replace(day=30),
            visit_id=visit.id,
            finding_id=finding.id,
        )
        return visit.id, row.id


def _editor(qtbot, ctx, visit_id):  # noqa: ANN001, ANN202
    editor = VisitEditorView(ctx)
    qtbot.addWidget(editor)
    editor.show_record(visit_id)
    return editor


def _coop_name(ctx, ids) -> str:  # noqa: ANN001
    with ctx.store.read() as session:
        return visits.get(session, ids["old_visit"]).cooperative.name


def test_cetak_goes_straight_to_the_print_dialog(qtbot, ctx, ids, tmp_path, monkeypatch):
    visit_id, _ = _visit_with_assessment(ctx, ids)
    editor = _editor(qtbot, ctx, visit_id)
    target = tmp_path / "printed.pdf"

    def printer(_parent):  # noqa: ANN001, ANN202
        chosen = QPrinter(QPrinter.PrinterMode.HighResolution)
        chosen.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        chosen.setOutputFileName(str(target))
        return chosen

    monkeypatch.setattr(report_actions, "ask_printer", printer)
    assert editor.share.print_button.isEnabled()
    assert editor.share.print_report() > 0
    assert len(PdfReader(target).pages) >= 1


def test_simpan_pdf_offers_a_name_a_person_reads(qtbot, ctx, ids, tmp_path, monkeypatch):
    visit_id, _ = _visit_with_assessment(ctx, ids)
    editor = _editor(qtbot, ctx, visit_id)
    asked: list[str] = []

    def save_path(_parent, _ctx, name):  # noqa: ANN001, ANN202
        asked.append(name)
        return str(tmp_path / "usb" / name)

    monkeypatch.setattr(report_actions, "ask_save_path", save_path)
    qtbot.mouseClick(editor.share.save_button, LEFT)
    name = f"Laporan Penilaian - {_coop_name(ctx, ids)} - 2025-11-20.pdf"
    assert asked == [name]
    saved = tmp_path / "usb" / name
    assert saved.read_bytes().startswith(b"%PDF-") and len(PdfReader(saved).pages) >= 1
    assert ctx.settings.get("last_export_dir") == str(saved.parent)


def test_cooperative_page_prints_and_saves_the_profile(qtbot, ctx, ids, tmp_path, monkeypatch):
    page = CooperativePage(ctx)
    qtbot.addWidget(page)
    page.show_record(ids["coop"])
    monkeypatch.setattr(report_actions, "ask_save_path", lambda _p, _c, name: str(tmp_path / name))
    qtbot.mouseClick(page.save_pdf_button, LEFT)
    saved = tmp_path / f"Profil Koperasi - {_coop_name(ctx, ids)} - 2025-11-20.pdf"
    assert len(PdfReader(saved).pages) >= 1
    printed = tmp_path / "profil-cetak.pdf"

    def printer(_parent):  # noqa: ANN001, ANN202
        chosen = QPrinter()
        chosen.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        chosen.setOutputFileName(str(printed))
        return chosen

    monkeypatch.setattr(report_actions, "ask_printer", printer)
    qtbot.mouseClick(page.print_button, LEFT)
    assert printed.read_bytes().startswith(b"%PDF-")


def test_salin_untuk_whatsapp_copies_plain_indonesian(qtbot, ctx, ids):
    visit_id, _ = _visit_with_assessment(ctx, ids)
    editor = _editor(qtbot, ctx, visit_id)
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(editor.share.whatsapp_button, LEFT)
    text = QGuiApplication.clipboard().text()
    assert text.startswith(f"*Hasil kunjungan ke {_coop_name(ctx, ids)}*\n20 November 2025")
    assert "1. Keuangan: Buku kas belum rapi. (Tidak sesuai)" in text
    assert (
        "Rapikan buku kas (Belum dikerjakan, penanggung jawab Bendahara, paling lambat "
        "30 November 2025)" in text
    )
    assert "Lengkapi buku kas harian" in text and "terlambat" in text  # the old open one
    assert "Pendamping: Siti Rahmawati" in text
    assert not any(code in text for code in ("TIDAK_SESUAI", "OPEN", "2025-11"))


def test_a_signed_page_marks_the_report_and_opens_as_a_photo(qtbot, ctx, ids, tmp_path, opened):
    visit_id, assessment_id = _visit_with_assessment(ctx, ids)
    editor = _editor(qtbot, ctx, visit_id)
    assert editor.share.signed_label.text() == "Belum ditandatangani"
    photo = tmp_path / "halaman ttd.JPG"
    Image.new("RGB", (300, 400), "white").save(photo, "JPEG")
    assert editor.share.attach_signed_page(str(photo))
    assert "✔ Ditandatangani (foto " in editor.share.signed_label.text()  # the day attached
    with ctx.store.read() as session:
        [page] = attachments.signed_pages(session, "assessment", assessment_id)
        assert (page.kind, page.filename) == ("SIGNED_REPORT", "halaman ttd.JPG")
    editor.share.signed_label.linkActivated.emit("#")
    assert len(opened) == 1 and opened[0].endswith("halaman ttd.JPG")
    assert Path(opened[0]).read_bytes()[:2] == b"\xff\xd8"


def test_an_old_attachment_without_extension_opens_through_a_named_copy(
    qtbot, ctx, ids, tmp_path, opened
):
    visit_id, _ = _visit_with_assessment(ctx, ids)
    editor = _editor(qtbot, ctx, visit_id)
    picture = tmp_path / "gerai.png"
    Image.new("RGB", (40, 30), "green").save(picture, "PNG")
    assert editor.visit_page.attach_files([str(picture)]) == []
    with ctx.store.session() as session:
        [row] = session.query(Attachment).filter_by(owner_id=visit_id).all()
        row.filename = "gerai"  # as older versions kept some names
        stored = attachments.file_path(ctx.paths, row.sha256)
    editor.visit_page.refresh_files()
    entry = editor.visit_page.files.item(0)
    editor.visit_page.files.itemActivated.emit(entry)
    assert opened == [str(attachments.opened_folder() / stored.name[:16] / "gerai.png")]
    assert Path(opened[0]).read_bytes() == attachments.read_bytes(stored)  # a plain copy
    assert Path(opened[0]).read_bytes() != stored.read_bytes()  # the stored one is sealed
    assert stored.exists()  # the stored original stays as it was


def test_a_planned_visit_is_planned_then_started_from_the_editor(qtbot, ctx, ids):
    dialog = PlanVisitDialog(ctx, None, ids["coop"], TODAY)
    qtbot.addWidget(dialog)
    dialog.day.setDate(dialog.day.date().addDays(10))
    dialog.purpose.setEditText("Rapat pengurus")
    assert dialog.day.minimumDate() == dialog.day.date().addDays(-10)  # no date in the past
    dialog.buttons.accepted.emit()
    planned = dialog.visit_id
    with ctx.store.read() as session:
        row = session.get(Visit, planned)
        assert (row.status, row.visit_date.day, row.purpose) == ("PLANNED", 30, "Rapat pengurus")
    editor = _editor(qtbot, ctx, planned)
    assert editor.stack.currentWidget() is editor.plan_panel
    assert editor.plan_panel.when.text() == "Direncanakan pada 30 November 2025"
    chosen = when_modal(InstrumentChoiceDialog, lambda d: d.reject())
    qtbot.mouseClick(editor.plan_panel.start_button, LEFT)
    assert chosen == [None]
    with ctx.store.read() as session:
        row = session.get(Visit, planned)
        assert (row.status, row.visit_date) == ("DRAFT", TODAY)
    assert editor.stack.currentIndex() == editor.EDITOR_PAGE


def test_the_plan_dialog_asks_for_the_cooperative(qtbot, ctx):
    dialog = PlanVisitDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.buttons.accepted.emit()
    assert dialog.visit_id is None
    assert dialog.error.text() == "Pilih koperasi yang akan dikunjungi."
    assert dialog.windowTitle() == "Rencanakan kunjungan"


def test_plan_and_share_widgets_are_in_indonesian(qtbot, ctx, ids):
    from kopdes_desktop.ui.dialogs.reminders import ReminderDialog
    from ui.i18n_check import untranslated_texts

    visit_id, _ = _visit_with_assessment(ctx, ids)
    with ctx.store.session() as session:
        planned = visits.plan(
            session, ids["usp"], today=TODAY, visit_date=TODAY, purpose="Rapat pengurus"
        ).id
    editor = _editor(qtbot, ctx, visit_id)
    editor.show()
    assert untranslated_texts(editor.share) == []
    assert editor.share.whatsapp_button.text() == "Salin untuk &WhatsApp"
    editor.show_record(planned)
    assert untranslated_texts(editor.plan_panel) == []
    assert editor.plan_panel.start_button.text() == "&Mulai kunjungan"
    reminder = ReminderDialog.show_for(None, ctx)
    qtbot.addWidget(reminder)
    dialogs = [PlanVisitDialog(ctx), PlanVisitDialog(ctx, planned), reminder]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert untranslated_texts(dialog) == [], type(dialog).__name__


def test_the_cooperative_page_shows_which_reports_are_signed(qtbot, ctx, ids, tmp_path):
    visit_id, assessment_id = _visit_with_assessment(ctx, ids)
    with ctx.store.session() as session:
        assessments.finalize(session, ctx.instruments, assessment_id)
    page = CooperativePage(ctx)
    qtbot.addWidget(page)
    page.show_record(ids["coop"])
    table = page.assessments.model
    signed_column = table.columnCount() - 1
    assert table.headerData(signed_column, Qt.Orientation.Horizontal) == "Ditandatangani"
    assert table.index(0, signed_column).data() == ""
    editor = _editor(qtbot, ctx, visit_id)
    photo = tmp_path / "ttd.jpg"
    Image.new("RGB", (60, 80), "white").save(photo, "JPEG")
    assert editor.share.attach_signed_page(str(photo))
    page.refresh()
    assert table.index(0, signed_column).data() == "✔"
