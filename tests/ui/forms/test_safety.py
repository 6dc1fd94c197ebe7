"""Nothing is lost by one click: every destructive button asks first (Batal keeps the data),
what was deleted comes back from the Sampah, Ctrl+Z undoes a field, and the layout holds."""

from __future__ import annotations

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kopdes_desktop.core.services import assessments, followups, trash, visits
from kopdes_desktop.store.models import ActionItem, Assessment, Attachment, Finding
from kopdes_desktop.ui.dialogs.confirm import ConfirmDialog
from kopdes_desktop.ui.views.trash_view import TrashDialog
from kopdes_desktop.ui.views.visit_editor import VisitEditorView

from .conftest import TODAY
from .filling import LEFT
from .modal import when_modal


def _cancel(dialog: ConfirmDialog) -> str:
    """Press *Batal*, returning what the question said."""
    text = dialog.text()
    assert dialog.cancel_button.text() == "Batal"
    dialog.cancel_button.click()
    return text


def _agree(dialog: ConfirmDialog) -> str:
    text = dialog.text()
    dialog.action_button.click()
    return text


def _editor(qtbot, ctx, ids, answers=None):  # noqa: ANN001, ANN202
    with ctx.store.session() as session:
        visit = visits.create(
            session, ids["coop"], today=TODAY, visit_date=TODAY, purpose="Monitoring gerai"
        )
        row = assessments.start(
            session, ctx.instruments, ids["coop"], "kesiapan-kdkmp", visit_id=visit.id
        )
        assessments.save_draft(
            session,
            ctx.instruments,
            row.id,
            answers or {"ahu_terdaftar": True, "jumlah_anggota": 187},
        )
    view = VisitEditorView(ctx)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    view.show_record(visit.id)
    return view, visit.id, row.id


def _restore_from_trash(qtbot, ctx, what: str) -> None:  # noqa: ANN001
    dialog = TrashDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    row = next(i for i, text in enumerate(shown) if what in text)
    dialog.table.selectRow(row)
    qtbot.mouseClick(dialog.restore_button, LEFT)
    assert dialog.message.text().startswith("Dipulihkan")
    assert dialog.table.rowCount() == len(shown) - 1


def _stored(ctx, model, row_id):  # noqa: ANN001, ANN202
    with ctx.store.read() as session:
        row = session.get(model, row_id)
        session.expunge(row)
        return row


def test_discard_draft_asks_and_batal_keeps_it_then_it_comes_back_from_the_trash(qtbot, ctx, ids):
    view, _visit, assessment_id = _editor(qtbot, ctx, ids)
    panel = view.panel_for(assessment_id)
    asked = when_modal(ConfirmDialog, _cancel)
    qtbot.mouseClick(panel.discard_button, LEFT)
    assert asked and "2 jawaban" in asked[0]  # it names what would be lost
    assert not _stored(ctx, Assessment, assessment_id).deleted
    assert view.panel_for(assessment_id) is panel

    when_modal(ConfirmDialog, _agree)
    qtbot.mouseClick(panel.discard_button, LEFT)
    assert _stored(ctx, Assessment, assessment_id).deleted
    _restore_from_trash(qtbot, ctx, "(2 jawaban)")
    restored = _stored(ctx, Assessment, assessment_id)
    assert not restored.deleted and restored.answers == {
        "ahu_terdaftar": True,
        "jumlah_anggota": 187,
    }


def test_finalize_asks_and_batal_leaves_the_draft(qtbot, ctx, ids):
    import random

    from kopdes_desktop.core.instruments import example_answers

    answers = example_answers(ctx.instruments.get("kesiapan-kdkmp"), random.Random(8), 0.7)
    view, _visit, assessment_id = _editor(qtbot, ctx, ids, answers)
    panel = view.panel_for(assessment_id)
    asked = when_modal(ConfirmDialog, _cancel)
    qtbot.mouseClick(panel.finalize_button, LEFT)
    assert asked and "terkunci" in asked[0]
    assert not panel.is_final() and _stored(ctx, Assessment, assessment_id).status == "DRAFT"


def test_removing_a_filled_repeat_row_asks_and_the_row_comes_back(qtbot, ctx, ids):
    units = [
        {"jenis_unit": "SEMBAKO", "status": "PLANNED"},
        {"jenis_unit": "APOTEK", "status": "PLANNED"},
    ]
    view, _visit, assessment_id = _editor(qtbot, ctx, ids, {"unit_usaha": units})
    form = view.panel_for(assessment_id).form
    form.go_to_page(form.section_of["unit_usaha"])
    group = form.rows["unit_usaha"].field
    asked = when_modal(ConfirmDialog, _cancel)
    qtbot.mouseClick(group.boxes[1].remove_button, LEFT)
    assert asked and "Unit usaha (gerai) 2" in asked[0] and "2 jawaban" in asked[0]
    assert form.answers()["unit_usaha"] == units

    when_modal(ConfirmDialog, _agree)
    qtbot.mouseClick(group.boxes[1].remove_button, LEFT)
    assert _stored(ctx, Assessment, assessment_id).answers["unit_usaha"] == units[:1]
    # an empty row goes without a question (nothing is lost)
    qtbot.mouseClick(group.add_button, LEFT)
    qtbot.mouseClick(group.boxes[1].remove_button, LEFT)
    assert len(group.boxes) == 1

    view.panel_for(assessment_id).save_now()
    _restore_from_trash(qtbot, ctx, "Baris 2 dari “Unit usaha (gerai)”")
    assert _stored(ctx, Assessment, assessment_id).answers["unit_usaha"] == units


def test_remove_attachment_asks_and_the_file_comes_back(qtbot, ctx, ids, tmp_path):
    view, visit_id, _assessment = _editor(qtbot, ctx, ids)
    photo = tmp_path / "papan_nama.jpg"
    Image.new("RGB", (64, 48), (30, 90, 200)).save(photo)
    view.tabs.setCurrentIndex(view.VISIT_TAB)
    page = view.visit_page
    page.attach_files([str(photo)])
    page.files.setCurrentRow(0)
    asked = when_modal(ConfirmDialog, _cancel)
    qtbot.mouseClick(page.remove_button, LEFT)
    assert asked and "papan_nama.jpg" in asked[0]
    assert page.files.count() == 1
    with ctx.store.read() as session:
        live = session.query(Attachment).filter_by(owner_id=visit_id, deleted=False).count()
    assert live == 1

    when_modal(ConfirmDialog, _agree)
    qtbot.mouseClick(page.remove_button, LEFT)
    assert page.files.count() == 0
    _restore_from_trash(qtbot, ctx, "papan_nama.jpg")
    with ctx.store.read() as session:
        live = session.query(Attachment).filter_by(owner_id=visit_id, deleted=False).all()
    assert [a.filename for a in live] == ["papan_nama.jpg"]


def test_remove_finding_asks_and_it_comes_back_with_its_follow_up(qtbot, ctx, ids):
    view, visit_id, _assessment = _editor(qtbot, ctx, ids)
    with ctx.store.session() as session:
        finding = followups.add_finding(
            session,
            visit_id,
            area="Keuangan",
            temuan="Buku kas tidak diisi",
            rekomendasi="Isi harian",
        )
        action = followups.add_action(
            session,
            ids["coop"],
            title="Isi buku kas",
            owner="Bendahara",
            due_date=TODAY,
            visit_id=visit_id,
            finding_id=finding.id,
        )
        finding_id, action_id = finding.id, action.id
    view.tabs.setCurrentIndex(view.FINDINGS_TAB)
    page = view.findings_page
    page.refresh()
    page.view.setCurrentIndex(page.proxy.index(0, 0))
    asked = when_modal(ConfirmDialog, _cancel)
    qtbot.mouseClick(page.remove_button, LEFT)
    assert asked and "Buku kas tidak diisi" in asked[0] and "1 tindak lanjut" in asked[0]
    assert page.model.rowCount() == 1 and not _stored(ctx, Finding, finding_id).deleted

    when_modal(ConfirmDialog, _agree)
    qtbot.mouseClick(page.remove_button, LEFT)
    assert page.model.rowCount() == 0 and _stored(ctx, ActionItem, action_id).deleted
    _restore_from_trash(qtbot, ctx, "Buku kas tidak diisi (dengan 1 tindak lanjut)")
    assert not _stored(ctx, Finding, finding_id).deleted
    assert not _stored(ctx, ActionItem, action_id).deleted


def test_trash_dialog_lists_in_indonesian_and_explains_a_refusal(qtbot, ctx, ids):
    from ui.i18n_check import untranslated_texts

    _view, _visit, assessment_id = _editor(qtbot, ctx, ids)
    with ctx.store.session() as session:
        key = trash.keep_repeat_row(
            session, assessment_id, "unit_usaha", 0, {"jenis_unit": "SEMBAKO"}
        )
        session.get(Assessment, assessment_id).status = "FINAL"
    dialog = TrashDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Sampah"
    assert dialog.table.item(0, 0).text() == "Baris penilaian"
    assert untranslated_texts(dialog) == []
    qtbot.mouseClick(dialog.restore_button, LEFT)
    assert "sudah final" in dialog.message.text()
    assert [e.key for e in dialog.entries] == [key]  # still there to try later


def test_ctrl_z_puts_the_last_edited_field_back(qtbot, ctx, ids):
    view, _visit, assessment_id = _editor(qtbot, ctx, ids)
    view.tabs.setCurrentIndex(view.ASSESSMENT_TAB)
    form = view.panel_for(assessment_id).form
    field = form.rows["ahu_terdaftar"].field
    qtbot.mouseClick(field.no, LEFT)
    assert form.answers()["ahu_terdaftar"] is False
    view.activateWindow()
    QApplication.processEvents()
    field.no.setFocus()
    qtbot.keyClick(field.no, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert form.answers()["ahu_terdaftar"] is True  # as it was before the click
    # a run of typing is one edit
    edit = form.rows["jumlah_anggota"].field.edit
    edit.selectAll()
    qtbot.keyClicks(edit, "250")
    assert form.answers()["jumlah_anggota"] == 250
    assert form.undo()
    assert form.answers()["jumlah_anggota"] == 187
    view.panel_for(assessment_id).save_now()
    assert _stored(ctx, Assessment, assessment_id).answers["jumlah_anggota"] == 187


def test_tab_after_a_sections_last_field_reaches_next_section(qtbot, ctx, ids):
    view, _visit, assessment_id = _editor(qtbot, ctx, ids)
    view.tabs.setCurrentIndex(view.ASSESSMENT_TAB)
    form = view.panel_for(assessment_id).form
    view.activateWindow()
    QApplication.processEvents()
    form.go_to_page(1)  # a middle section: "‹ Bagian sebelumnya" is enabled there
    assert form.previous_button.isEnabled()
    section = form.instrument.sections[1]
    last = next(form.rows[i.id] for i in reversed(section.items) if not form.rows[i.id].isHidden())
    target = last.field.focus_target()
    target.setFocus()
    seen = []
    for _ in range(6):  # past the radio group of the last field
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
        if seen[-1] in (form.next_button, form.previous_button):
            break
    assert seen[-1] is form.next_button


def test_a_problem_shown_below_a_field_does_not_move_the_next_one(qtbot, ctx, ids):
    view, _visit, assessment_id = _editor(qtbot, ctx, ids)
    view.tabs.setCurrentIndex(view.ASSESSMENT_TAB)
    form = view.panel_for(assessment_id).form
    row = form.rows["jumlah_anggota"]
    below = next(
        r
        for r in form.rows.values()
        if form.section_of[r.item.id] == form.section_of["jumlah_anggota"]
        and r.y() > row.y()
        and not r.isHidden()
    )
    QApplication.processEvents()
    before = below.mapTo(form, below.rect().topLeft())
    row.show_problem("Bukan angka")
    QApplication.processEvents()
    assert row.error.isVisible()
    assert below.mapTo(form, below.rect().topLeft()) == before


def test_enter_in_the_cooperative_search_with_one_hit_chooses_it(qtbot, ctx, ids):
    from kopdes_desktop.ui.dialogs.visit_dialog import VisitDialog

    dialog = VisitDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    QApplication.processEvents()
    with ctx.store.read() as session:
        from kopdes_desktop.store.models import Cooperative

        village = session.get(Cooperative, ids["usp"]).name.rsplit(" ", 1)[-1]
    dialog.fields.purpose.setEditText("Monitoring gerai")  # Save would succeed now
    dialog.search.setFocus()
    qtbot.keyClicks(dialog.search, village)
    assert dialog.proxy.rowCount() == 1
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.cooperative_id == ids["usp"]
    # Enter chose the cooperative; it did not press Save
    assert dialog.isVisible() and dialog.visit_id is None
    assert (
        QApplication.focusWidget() is dialog.fields.purpose.lineEdit()
        or dialog.fields.purpose.hasFocus()
    )
    # several hits: Enter goes to the list, nothing is saved either
    dialog.search.clear()
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.list.hasFocus() and dialog.visit_id is None
    dialog.keeper.drop()  # closing at teardown would ask about the purpose typed


def test_the_trash_opens_from_the_main_window(qtbot, ctx, ids):
    from kopdes_desktop.ui.main_window import MainWindow

    _view, visit_id, _assessment = _editor(qtbot, ctx, ids)
    with ctx.store.session() as session:
        finding = followups.add_finding(
            session,
            visit_id,
            area="Keuangan",
            temuan="Kas tidak dihitung",
            rekomendasi="Hitung kas",
        )
    with ctx.store.session() as session:
        from kopdes_desktop.core.services import drafts

        drafts.remove_finding(session, finding.id)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.trash_button.text() == "Sampah…"
    seen = when_modal(
        TrashDialog,
        lambda d: (
            [d.table.item(r, 1).text() for r in range(d.table.rowCount())],
            d.close_button.click(),
        )[0],
    )
    qtbot.mouseClick(window.trash_button, LEFT)
    assert seen == [["Kas tidak dihitung"]]


def test_a_profile_problem_does_not_move_the_fields_below(qtbot, ctx, ids):
    from kopdes_desktop.ui.views.cooperative_profile import ProfileForm

    form = ProfileForm(ctx)
    qtbot.addWidget(form)
    form.resize(1200, 700)
    form.show()
    form.load(ids["coop"])
    QApplication.processEvents()
    below = form.edits["npwp"]
    before = below.mapTo(form, below.rect().topLeft())
    form.edits["nib"].setText("123")
    assert not form.save()
    QApplication.processEvents()
    assert form.identity.fields["nib"].error.isVisible()
    assert below.mapTo(form, below.rect().topLeft()) == before


def test_a_draft_restored_while_its_visit_is_open_gets_its_tab_back(qtbot, ctx, ids):
    view, _visit, assessment_id = _editor(qtbot, ctx, ids)
    panel = view.panel_for(assessment_id)
    when_modal(ConfirmDialog, _agree)
    qtbot.mouseClick(panel.discard_button, LEFT)
    assert view.panel_for(assessment_id) is None
    _restore_from_trash(qtbot, ctx, "(2 jawaban)")
    view.refresh()  # what the main window does once the Sampah closes
    assert view.panel_for(assessment_id) is not None
    assert view.panel_for(assessment_id).form.answers()["jumlah_anggota"] == 187
