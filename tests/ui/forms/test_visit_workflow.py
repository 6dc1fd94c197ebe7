"""A whole visit through the widgets: new visit, a full kesiapan-kdkmp assessment, a finding
with its follow-up, an old follow-up closed at this visit, finalize, and revision."""

from __future__ import annotations

import random

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from kopdes_desktop.core import attachments
from kopdes_desktop.core.instruments import example_answers
from kopdes_desktop.core.services import assessments, followups, visits
from kopdes_desktop.store.models import ActionItem, Assessment, Visit
from kopdes_desktop.ui.dialogs.confirm import ConfirmDialog
from kopdes_desktop.ui.dialogs.finding_dialog import FindingDialog
from kopdes_desktop.ui.dialogs.instrument_choice import InstrumentChoiceDialog
from kopdes_desktop.ui.dialogs.visit_dialog import VisitDialog
from kopdes_desktop.ui.views.visit_editor import VisitEditorView

from .conftest import TODAY
from .filling import LEFT, fill_form, same_answers
from .modal import when_modal

KESIAPAN = "kesiapan-kdkmp"


def _new_visit_dialog(qtbot, name: str):  # noqa: ANN001, ANN202
    def act(dialog: VisitDialog) -> str:
        qtbot.keyClicks(dialog.search, name)
        assert dialog.cooperative_id is not None
        qtbot.keyClicks(dialog.fields.purpose.lineEdit(), "Penilaian kesiapan usaha")
        qtbot.keyClicks(dialog.fields.attendees, "Ketua, Bendahara, Kepala Desa")
        qtbot.keyClicks(dialog.fields.lat, "3,2917")
        qtbot.keyClicks(dialog.fields.lon, "117,5")
        qtbot.keyClicks(dialog.fields.notes, "Gerai sembako sudah buka.")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)
        return dialog.cooperative_id

    return act


def _choose_kesiapan(dialog: InstrumentChoiceDialog) -> list[str]:
    chosen = dialog.chosen()
    dialog.accept()
    return chosen


def _finding(qtbot):  # noqa: ANN001, ANN202
    def act(dialog: FindingDialog) -> None:
        qtbot.keyClicks(dialog.area.lineEdit(), "Keuangan dan pembukuan")
        qtbot.keyClicks(dialog.indicator, "Laporan keuangan bulanan")
        qtbot.mouseClick(dialog.compliance_buttons["TIDAK_SESUAI"], LEFT)
        qtbot.keyClicks(dialog.temuan, "Buku kas belum diisi sejak Agustus.")
        qtbot.keyClicks(dialog.rekomendasi, "Isi buku kas harian dan rekap tiap bulan.")
        qtbot.keyClicks(dialog.owner, "Bendahara")
        qtbot.keyClicks(dialog.due, "20/12/2025")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)

    return act


def test_complete_visit_through_the_widgets(qtbot, ctx, ids, tmp_path):
    view = VisitEditorView(ctx)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    with ctx.store.read() as session:
        name = visits.get(session, ids["old_visit"]).cooperative.name

    picked = when_modal(VisitDialog, _new_visit_dialog(qtbot, name))
    chosen = when_modal(InstrumentChoiceDialog, _choose_kesiapan)
    visit_id = view.new_visit()
    assert picked == [ids["coop"]] and chosen == [[KESIAPAN]]
    assert visit_id and view.visit_id == visit_id
    assert view.tabs.currentIndex() == view.ASSESSMENT_TAB
    panel = view.panels[0]
    assert panel.instrument.id == KESIAPAN and not panel.is_final()

    # every answer typed into the generated widgets
    answers = same_answers(
        panel.instrument, example_answers(panel.instrument, random.Random(3), 0.8)
    )
    fill_form(qtbot, panel.form, answers)
    photo = tmp_path / "papan.jpg"
    Image.new("RGB", (800, 600), (30, 120, 60)).save(photo)
    evidence = panel.form.rows["foto_papan_nama"].field
    assert evidence.attach_files([str(photo)]) == []
    typed = panel.form.answers()
    assert {k: v for k, v in typed.items() if k != "foto_papan_nama"} == answers
    assert len(typed["foto_papan_nama"]) == 1
    assert panel.form.preview.total.text() != "–"

    # a finding with its follow-up, and last visit's follow-up closed at this one
    view.tabs.setCurrentIndex(view.FINDINGS_TAB)
    when_modal(FindingDialog, _finding(qtbot))
    qtbot.mouseClick(view.findings_page.add_button, LEFT)
    assert view.findings_page.model.rowCount() == 1
    view.tabs.setCurrentIndex(view.FOLLOWUPS_TAB)
    page = view.followups_page
    titles = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    old_row = titles.index("Lengkapi buku kas harian")
    page.view.setCurrentIndex(page.proxy.index(old_row, 0))
    qtbot.mouseClick(page.buttons["DONE"], LEFT)

    # finalize: locked, badge, read-only widgets
    view.tabs.setCurrentIndex(view.ASSESSMENT_TAB)
    when_modal(ConfirmDialog, lambda dialog: dialog.action_button.click())
    qtbot.mouseClick(panel.finalize_button, LEFT)
    assert panel.is_final(), [panel.problems.item(i).text() for i in range(panel.problems.count())]
    assert panel.badge.text() == "Final" and panel.badge.isVisible()
    assert panel.revise_button.isVisible() and not panel.finalize_button.isVisible()
    for row in panel.form.rows.values():
        if row.item.type in ("yesno", "money", "text", "repeat"):
            assert not row.field.isEnabled() or not row.field.add_button.isEnabled()
    assert not panel.form.rows["kas"].field.edit.isEnabled()
    qtbot.mouseClick(view.done_button, LEFT)

    with ctx.store.read() as session:
        visit = session.get(Visit, visit_id)
        assert visit.status == "DONE" and visit.attendees == "Ketua, Bendahara, Kepala Desa"
        assert (visit.lat, visit.lon, visit.visit_date) == (3.2917, 117.5, TODAY)
        [row] = assessments.for_visit(session, visit_id)
        assert row.status == "FINAL" and row.instrument_id == KESIAPAN
        assert {k: v for k, v in row.answers.items() if k != "foto_papan_nama"} == answers
        assert row.total == panel.instrument.score(row.answers).total
        [photo_row] = attachments.list_for(session, "assessment", row.id)
        assert photo_row.id == row.answers["foto_papan_nama"][0]
        [finding] = followups.findings_of_visit(session, visit_id)
        assert (finding.compliance, finding.area) == ("TIDAK_SESUAI", "Keuangan dan pembukuan")
        new_action = session.query(ActionItem).filter_by(finding_id=finding.id).one()
        assert (new_action.owner, new_action.due_date.isoformat()) == ("Bendahara", "2025-12-20")
        assert new_action.title == "Isi buku kas harian dan rekap tiap bulan."
        old = session.get(ActionItem, ids["action"])
        assert (old.status, old.closed_visit_id, old.closed_on) == ("DONE", visit_id, TODAY)


def _final_assessment(ctx, ids) -> tuple[str, str]:  # noqa: ANN001
    instrument = ctx.instruments.get(KESIAPAN)
    answers = example_answers(instrument, random.Random(11), 0.6)
    with ctx.store.session() as session:
        visit = visits.create(
            session, ids["coop"], today=TODAY, visit_date=TODAY, purpose="Penilaian kesiapan usaha"
        )
        row = assessments.start(
            session, ctx.instruments, ids["coop"], KESIAPAN, visit_id=visit.id, assessed_on=TODAY
        )
        assessments.save_draft(session, ctx.instruments, row.id, answers)
        assessments.finalize(session, ctx.instruments, row.id)
        return visit.id, row.id


def test_revision_keeps_the_final_one(qtbot, ctx, ids):
    visit_id, old_id = _final_assessment(ctx, ids)
    view = VisitEditorView(ctx)
    qtbot.addWidget(view)
    view.show_assessment(old_id)
    old_panel = view.panel_for(old_id)
    assert old_panel.is_final() and not old_panel.form.rows["kas"].field.edit.isEnabled()
    with ctx.store.read() as session:
        before = dict(session.get(Assessment, old_id).answers)

    qtbot.mouseClick(old_panel.revise_button, LEFT)
    [panel] = view.panels  # the revision replaces the final one in the editor
    assert panel.assessment_id != old_id and not panel.is_final()
    assert panel.form.rows["kas"].field.edit.isEnabled()
    edit = panel.form.rows["kas"].field.edit
    edit.clear()
    qtbot.keyClicks(edit, "7.500.000")
    qtbot.waitUntil(lambda: not panel.dirty, timeout=3000)
    with ctx.store.read() as session:
        old = session.get(Assessment, old_id)
        new = session.get(Assessment, panel.assessment_id)
        assert old.status == "FINAL" and old.answers == before
        assert (new.revision_of, new.revision_no, new.status) == (old_id, 2, "DRAFT")
        assert new.answers["kas"] == 7_500_000 and new.visit_id == visit_id


def test_finalize_lists_every_problem_and_focuses_the_first(qtbot, ctx, ids):
    with ctx.store.session() as session:
        visit = visits.create(
            session, ids["coop"], today=TODAY, visit_date=TODAY, purpose="Monitoring gerai"
        )
        row = assessments.start(session, ctx.instruments, ids["coop"], KESIAPAN, visit_id=visit.id)
    view = VisitEditorView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.show_assessment(row.id)
    panel = view.panel_for(row.id)
    panel.form.go_to_page(3)
    qtbot.mouseClick(panel.finalize_button, LEFT)
    assert not panel.is_final()
    assert panel.problems.isVisible() and panel.problems.count() >= 20
    assert panel.problems.item(0).text().startswith("Badan hukum koperasi")
    assert panel.form.pages.currentIndex() == 0
    first = panel.form.rows["ahu_terdaftar"]
    assert first.error.isVisible() and first.error.text() == "Wajib diisi"
    assert view.focusWidget() is first.field.yes  # the field setFocus() went to last
    with ctx.store.read() as session:
        assert session.get(Assessment, row.id).status == "DRAFT"
    # a problem in the list takes the mentor to its field
    panel.form.go_to_page(2)
    last = panel.problems.item(panel.problems.count() - 1)
    panel.problems.itemClicked.emit(last)
    target = last.data(Qt.ItemDataRole.UserRole).split("[")[0]
    assert panel.form.pages.currentIndex() == panel.form.section_of[target]
