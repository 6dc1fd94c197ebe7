"""Autosave and recovery; visit details saved as typed, refused with reasons; photo GPS."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PIL import Image
from PIL.TiffImagePlugin import IFDRational
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from kopdes_desktop.core.services import assessments, followups, visits
from kopdes_desktop.store.models import Assessment, Visit
from kopdes_desktop.ui.dialogs.draft_recovery import (
    DraftRecoveryDialog,
    offer_draft_recovery,
    pending_drafts,
)
from kopdes_desktop.ui.dialogs.finding_dialog import FindingDialog
from kopdes_desktop.ui.dialogs.instrument_choice import SAVINGS_INSTRUMENT, InstrumentChoiceDialog
from kopdes_desktop.ui.dialogs.visit_dialog import VisitDialog
from kopdes_desktop.ui.views.visit_editor import VisitEditorView
from kopdes_desktop.ui.views.visit_pages import PATH_ROLE

from .conftest import TODAY
from .filling import LEFT
from .modal import when_modal


def _draft(ctx, coop_id: str) -> tuple[str, str]:  # noqa: ANN001
    with ctx.store.session() as session:
        visit = visits.create(
            session, coop_id, today=TODAY, visit_date=TODAY, purpose="Monitoring gerai"
        )
        row = assessments.start(
            session, ctx.instruments, coop_id, "kesiapan-kdkmp", visit_id=visit.id
        )
        return visit.id, row.id


def _stored_answers(ctx, assessment_id: str) -> dict:  # noqa: ANN001
    with ctx.store.read() as session:
        return dict(session.get(Assessment, assessment_id).answers)


def test_typed_answers_survive_the_window_being_destroyed(qtbot, ctx, ids):
    _visit_id, assessment_id = _draft(ctx, ids["coop"])
    view = VisitEditorView(ctx)
    view.show()
    view.show_assessment(assessment_id)
    form = view.panel_for(assessment_id).form
    qtbot.mouseClick(form.rows["ahu_terdaftar"].field.yes, LEFT)
    qtbot.keyClicks(form.rows["jumlah_anggota"].field.edit, "187")
    form.go_to_page(form.section_of["kas"])
    qtbot.keyClicks(form.rows["kas"].field.edit, "1.250.000")
    # saved by the debounce timer alone, with no save action of the mentor
    qtbot.waitUntil(
        lambda: _stored_answers(ctx, assessment_id).get("kas") == 1_250_000, timeout=5000
    )
    assert _stored_answers(ctx, assessment_id) == {
        "ahu_terdaftar": True,
        "jumlah_anggota": 187,
        "kas": 1_250_000,
    }
    view.deleteLater()  # the window goes away without any save or close handling
    QApplication.sendPostedEvents(None, 0)
    del view

    [draft] = pending_drafts(ctx)
    assert (draft.id, draft.answered) == (assessment_id, 3)
    assert draft.cooperative.startswith("Koperasi Desa Merah Putih")
    when_modal(DraftRecoveryDialog, lambda d: d.open_button.click())
    assert offer_draft_recovery(None, ctx) == assessment_id

    again = VisitEditorView(ctx)
    qtbot.addWidget(again)
    again.show_assessment(assessment_id)
    form = again.panel_for(assessment_id).form
    assert form.rows["ahu_terdaftar"].field.yes.isChecked()
    assert form.rows["kas"].field.edit.text() == "1.250.000"
    assert form.rows["jumlah_anggota"].field.edit.text() == "187"


def test_no_offer_without_drafts_and_later_declines(qtbot, ctx, ids):
    assert offer_draft_recovery(None, ctx) is None
    _visit_id, assessment_id = _draft(ctx, ids["coop"])
    assert pending_drafts(ctx) == []  # an untouched draft holds nothing to recover
    with ctx.store.session() as session:
        assessments.save_draft(session, ctx.instruments, assessment_id, {"kas": 5})
    when_modal(DraftRecoveryDialog, lambda d: d.later_button.click())
    assert offer_draft_recovery(None, ctx) is None


def test_visit_details_are_saved_as_typed_and_bad_ones_refused(qtbot, ctx, ids):
    view = VisitEditorView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.show_record(ids["old_visit"])
    fields = view.visit_page.fields
    fields.notes.clear()
    qtbot.keyClicks(fields.notes, "Pengurus hadir lengkap.")
    qtbot.waitUntil(lambda: not view.visit_page.dirty, timeout=5000)
    with ctx.store.read() as session:
        assert session.get(Visit, ids["old_visit"]).notes == "Pengurus hadir lengkap."

    fields.date_edit.clear()
    future = (TODAY + timedelta(days=3)).strftime("%d/%m/%Y")
    qtbot.keyClicks(fields.date_edit, future)
    assert fields.errors["visit_date"].text() == "Tanggal tidak boleh di masa depan."
    qtbot.keyClicks(fields.lat, "40")
    qtbot.keyClicks(fields.lon, "117")
    assert fields.errors["lat"].text() == "Lintang di luar wilayah Indonesia (-11 sampai 6)."
    assert not view.visit_page.save_now()
    assert fields.date_edit.text() == future and fields.lat.text() == "40"
    with ctx.store.read() as session:
        visit = session.get(Visit, ids["old_visit"])
        assert visit.visit_date == TODAY - timedelta(days=60) and visit.lat is None


def test_new_visit_dialog_refuses_future_date_and_missing_cooperative(qtbot, ctx):
    dialog = VisitDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.fields.date_edit.clear()
    qtbot.keyClicks(dialog.fields.date_edit, (TODAY + timedelta(days=1)).strftime("%d/%m/%Y"))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)
    assert dialog.result() == 0 and dialog.visit_id is None
    assert dialog.chosen_error.text() == "Pilih koperasi yang dikunjungi."
    assert dialog.fields.errors["visit_date"].text() == "Tanggal tidak boleh di masa depan."
    assert dialog.fields.errors["purpose"].text() == "Wajib diisi."
    with ctx.store.read() as session:
        assert session.query(Visit).count() == 1


def _photo_with_gps(path) -> None:  # noqa: ANN001
    exif = Image.Exif()
    exif[0x8825] = {
        1: "N",
        2: (IFDRational(3), IFDRational(17), IFDRational(30)),
        3: "E",
        4: (IFDRational(117), IFDRational(30), IFDRational(0)),
    }
    Image.new("RGB", (640, 480), (90, 90, 200)).save(path, exif=exif.tobytes())


def test_photo_gps_is_offered_as_the_visit_location(qtbot, ctx, ids, tmp_path):
    view = VisitEditorView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.show_record(ids["old_visit"])
    page = view.visit_page
    _photo_with_gps(tmp_path / "gerai.jpg")
    (tmp_path / "catatan.txt").write_text("bukan lampiran")
    refused = page.attach_files([str(tmp_path / "gerai.jpg"), str(tmp_path / "catatan.txt")])
    assert refused == [
        "Jenis berkas .txt tidak diterima. Pilih foto (JPEG, PNG, WebP, HEIC) "
        "atau dokumen (PDF, DOCX, XLSX)."
    ]
    assert page.file_error.isVisible() and page.files.count() == 1
    assert Path(page.files.item(0).data(PATH_ROLE)).is_file()  # what a double-click opens
    assert page.gps_box.isVisible() and "3,29167, 117,50000" in page.gps_offer.text()
    qtbot.mouseClick(page.use_gps_button, LEFT)
    assert (page.fields.lat.text(), page.fields.lon.text()) == ("3,291667", "117,5")
    qtbot.waitUntil(lambda: not page.dirty, timeout=5000)
    with ctx.store.read() as session:
        visit = session.get(Visit, ids["old_visit"])
        assert (visit.lat, visit.lon) == (3.291667, 117.5)


def test_savings_instrument_suggested_only_when_the_unit_operates(qtbot, ctx, ids):
    with_unit = InstrumentChoiceDialog(ctx, ids["usp"])
    without = InstrumentChoiceDialog(ctx, ids["coop"], already=("kesiapan-kdkmp",))
    for dialog in (with_unit, without):
        qtbot.addWidget(dialog)
    assert with_unit.chosen() == ["kesehatan-usp-2016", "kesiapan-kdkmp"]
    assert with_unit.notes[SAVINGS_INSTRUMENT].text().startswith("Disarankan")
    assert without.chosen() == []
    assert not without.boxes["kesiapan-kdkmp"].isEnabled()


def test_finding_dialog_names_every_missing_field_and_keeps_the_text(qtbot, ctx, ids):
    dialog = FindingDialog(ctx, ids["old_visit"])
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.temuan, "Stok beras habis.")
    qtbot.keyClicks(dialog.due, "31/13/2025")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)
    shown = {key: label.text() for key, label in dialog.errors.items() if not label.isHidden()}
    assert shown == {
        "area": "Wajib diisi.",
        "rekomendasi": "Wajib diisi.",
        "owner": "Wajib diisi.",
        "due_date": "Bukan tanggal (contoh: 03/11/2025).",
    }
    assert dialog.temuan.toPlainText() == "Stok beras habis." and dialog.finding_id is None
    with ctx.store.read() as session:
        assert followups.findings_of_visit(session, ids["old_visit"]) == []
