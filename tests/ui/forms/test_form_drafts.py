"""Text typed into a dialog or page survives a crash: kept while typed, offered back at the next
start, dropped once saved or thrown away on purpose (after asking)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from kopdes_desktop.core.services import form_drafts, visits
from kopdes_desktop.store.models import Cooperative, Finding
from kopdes_desktop.ui.dialogs.close_action import CloseActionDialog
from kopdes_desktop.ui.dialogs.confirm import ConfirmDialog
from kopdes_desktop.ui.dialogs.draft_recovery import DraftRecoveryDialog, offer_draft_recovery
from kopdes_desktop.ui.dialogs.finding_dialog import FindingDialog
from kopdes_desktop.ui.views.cooperative_profile import ProfileForm
from kopdes_desktop.ui.views.visit_pages import VisitPage

from .conftest import TODAY
from .filling import LEFT
from .modal import when_modal


def _kept(ctx, kind: str, record: str):  # noqa: ANN001, ANN202
    with ctx.store.read() as session:
        return form_drafts.get(session, kind, record)


def _crash(widget) -> None:  # noqa: ANN001
    """The widget goes away without any save, cancel or close handling."""
    widget.deleteLater()
    QApplication.sendPostedEvents(None, 0)


def _visit(ctx, ids) -> str:  # noqa: ANN001
    with ctx.store.session() as session:
        return visits.create(
            session, ids["coop"], today=TODAY, visit_date=TODAY, purpose="Monitoring gerai"
        ).id


def test_a_finding_typed_before_a_crash_is_offered_at_the_next_start(qtbot, ctx, ids):
    visit_id = _visit(ctx, ids)
    dialog = FindingDialog(ctx, visit_id)
    dialog.show()
    qtbot.keyClicks(dialog.temuan, "Buku kas tidak diisi sejak Agustus")
    qtbot.waitUntil(lambda: _kept(ctx, "finding", f"new:{visit_id}") is not None, timeout=5000)
    _crash(dialog)

    def reopened(finding: FindingDialog) -> str:
        text = finding.temuan.toPlainText()
        assert finding.restored.isVisible()
        finding.area.setEditText("Keuangan")
        finding.rekomendasi.setPlainText("Isi buku kas setiap hari")
        finding.action_box.setChecked(False)
        finding.buttons.button(finding.buttons.StandardButton.Save).click()
        return text

    def choose(recovery: DraftRecoveryDialog) -> str:
        listed = recovery.list.currentItem().text()
        recovery.open_button.click()
        return listed

    chosen = when_modal(DraftRecoveryDialog, choose)
    restored = when_modal(FindingDialog, reopened)
    assert offer_draft_recovery(None, ctx) is None  # nothing to navigate to: a dialog
    assert "Temuan belum disimpan" in chosen[0]
    assert restored and restored[0] == "Buku kas tidak diisi sejak Agustus"
    with ctx.store.read() as session:
        stored = session.query(Finding).filter_by(visit_id=visit_id).one()
        assert stored.temuan == "Buku kas tidak diisi sejak Agustus"
    assert _kept(ctx, "finding", f"new:{visit_id}") is None  # saved: the draft is gone


def test_cancel_with_typed_text_asks_and_batal_keeps_the_dialog(qtbot, ctx, ids):
    visit_id = _visit(ctx, ids)
    dialog = FindingDialog(ctx, visit_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.temuan, "Stok habis")
    asked = when_modal(ConfirmDialog, lambda d: (d.text(), d.cancel_button.click())[0])
    dialog.reject()
    assert asked and "temuan ini" in asked[0]
    assert dialog.isVisible() and dialog.temuan.toPlainText() == "Stok habis"
    dialog.keeper.keep_now()
    when_modal(ConfirmDialog, lambda d: d.action_button.click())
    dialog.reject()
    assert not dialog.isVisible()
    assert _kept(ctx, "finding", f"new:{visit_id}") is None


def test_a_closing_note_survives_a_crash(qtbot, ctx, ids):
    dialog = CloseActionDialog(ctx, ids["action"])
    dialog.show()
    qtbot.keyClicks(dialog.notes, "Buku kas sudah diisi rapi")
    qtbot.mouseClick(dialog.dropped_option, LEFT)
    qtbot.waitUntil(lambda: _kept(ctx, "close_action", ids["action"]) is not None, timeout=5000)
    _crash(dialog)
    again = CloseActionDialog(ctx, ids["action"])
    qtbot.addWidget(again)
    assert again.notes.toPlainText() == "Buku kas sudah diisi rapi"
    assert again.dropped_option.isChecked()
    assert again.error.text() == "Catatan yang diketik sebelumnya dan belum disimpan dipulihkan."


def test_profile_changes_are_kept_until_saved_or_undone(qtbot, ctx, ids):
    form = ProfileForm(ctx)
    form.show()
    form.load(ids["coop"])
    stored_name = form.edits["name"].text()
    form.edits["name"].setText("Koperasi Desa Merah Putih Baru")
    form.edits["nib"].setText("12345")  # not yet valid: the profile cannot be saved
    assert not form.save()
    qtbot.waitUntil(lambda: _kept(ctx, "profile", ids["coop"]) is not None, timeout=5000)
    _crash(form)
    again = ProfileForm(ctx)
    qtbot.addWidget(again)
    again.load(ids["coop"])
    assert again.edits["name"].text() == "Koperasi Desa Merah Putih Baru"
    assert again.edits["nib"].text() == "12345"
    assert "dipulihkan" in again.message.text()
    # Batalkan perubahan asks; Batal keeps the typed text
    when_modal(ConfirmDialog, lambda d: d.cancel_button.click())
    qtbot.mouseClick(again.revert_button, LEFT)
    assert again.edits["nib"].text() == "12345"
    when_modal(ConfirmDialog, lambda d: d.action_button.click())
    qtbot.mouseClick(again.revert_button, LEFT)
    assert again.edits["name"].text() == stored_name
    assert _kept(ctx, "profile", ids["coop"]) is None
    with ctx.store.read() as session:
        assert session.get(Cooperative, ids["coop"]).name == stored_name


def test_visit_details_that_cannot_be_saved_yet_survive_a_crash(qtbot, ctx, ids):
    visit_id = _visit(ctx, ids)
    page = VisitPage(ctx)
    page.show()
    page.show_visit(visit_id)
    page.fields.date_edit.clear()
    qtbot.keyClicks(page.fields.date_edit, "31/02/20")  # half typed, not a date
    qtbot.keyClicks(page.fields.notes, "Pengurus hadir lengkap")
    qtbot.waitUntil(lambda: _kept(ctx, "visit", visit_id) is not None, timeout=5000)
    _crash(page)
    again = VisitPage(ctx)
    qtbot.addWidget(again)
    again.show_visit(visit_id)
    assert again.fields.date_edit.text() == "31/02/20"
    assert again.fields.notes.toPlainText() == "Pengurus hadir lengkap"
    assert "dipulihkan" in again.saved_label.text()
    again.fields.date_edit.setText(TODAY.strftime("%d/%m/%Y"))
    again.fields.changed.emit()
    assert again.save_now()
    assert _kept(ctx, "visit", visit_id) is None
    with ctx.store.read() as session:
        assert visits.get(session, visit_id).notes == "Pengurus hadir lengkap"


def test_a_new_visit_typed_before_a_crash_comes_back(qtbot, ctx, ids):
    from kopdes_desktop.ui.dialogs.visit_dialog import VisitDialog

    dialog = VisitDialog(ctx, None, ids["usp"])
    dialog.show()
    dialog.fields.purpose.setEditText("Pendampingan RAT")
    qtbot.keyClicks(dialog.fields.attendees, "Ketua, Bendahara")
    qtbot.waitUntil(lambda: _kept(ctx, "visit", "new") is not None, timeout=5000)
    _crash(dialog)
    again = VisitDialog(ctx)
    qtbot.addWidget(again)
    assert again.cooperative_id == ids["usp"]
    assert again.fields.attendees.toPlainText() == "Ketua, Bendahara"
    assert again.fields.purpose.currentText() == "Pendampingan RAT"
    asked = when_modal(ConfirmDialog, lambda d: (d.text(), d.cancel_button.click())[0])
    again.show()
    again.reject()
    assert asked and again.isVisible()
    again.buttons.button(again.buttons.StandardButton.Save).click()
    assert again.visit_id is not None and _kept(ctx, "visit", "new") is None


def test_the_start_offers_profile_changes_and_opens_them(qtbot, ctx, ids):
    from kopdes_desktop.ui.main_window import MainWindow

    form = ProfileForm(ctx)
    form.load(ids["coop"])
    form.edits["address"].setText("Jl. Poros Desa No. 3")
    form.keeper.keep_now()
    _crash(form)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()

    def choose(recovery: DraftRecoveryDialog) -> list[str]:
        texts = [recovery.list.item(i).text() for i in range(recovery.list.count())]
        row = next(i for i, text in enumerate(texts) if "Perubahan profil belum disimpan" in text)
        recovery.list.setCurrentRow(row)
        recovery.open_button.click()
        return texts

    listed = when_modal(DraftRecoveryDialog, choose)
    window.offer_drafts()
    assert listed
    page = window.view("cooperative")
    assert window.current_view() is page
    assert page.profile.edits["address"].text() == "Jl. Poros Desa No. 3"
    assert "dipulihkan" in page.profile.message.text()
