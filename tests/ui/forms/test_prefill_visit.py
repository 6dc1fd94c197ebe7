"""A whole visit with both instruments, typed through the widgets: prefilled answers name their
source, each fact the two forms share is asked once, checklists are ticked item by item, and
finalizing offers the new figures to the profile."""

from __future__ import annotations

import random
from datetime import timedelta

from PySide6.QtWidgets import QApplication, QDialogButtonBox

from kopdes_desktop.core.instruments import example_answers
from kopdes_desktop.core.instruments.checks import TICKS_KEY
from kopdes_desktop.core.instruments.shared_facts import KDKMP, SHARED_FACTS, USP, value_of
from kopdes_desktop.core.services import assessments, cooperatives, visits
from kopdes_desktop.store.models import Cooperative
from kopdes_desktop.ui.dialogs.confirm import ConfirmDialog
from kopdes_desktop.ui.dialogs.finding_dialog import FindingDialog
from kopdes_desktop.ui.dialogs.instrument_choice import InstrumentChoiceDialog
from kopdes_desktop.ui.dialogs.profile_update import ProfileUpdateDialog
from kopdes_desktop.ui.dialogs.visit_dialog import VisitDialog
from kopdes_desktop.ui.views.visit_editor import VisitEditorView

from .conftest import TODAY
from .filling import LEFT, type_into
from .modal import when_modal

EARLIER = TODAY - timedelta(days=39)  # 12 Oktober 2025


def _history(ctx, coop_id: str) -> dict:  # noqa: ANN001
    """A profile with NIB and members, and last month's final KDKMP assessment."""
    instrument = ctx.instruments.get(KDKMP)
    old = example_answers(instrument, random.Random(21), 0.7) | {
        "pembukuan": "MANUAL",
        "laporan_keuangan_bulanan": True,
    }
    with ctx.store.session() as session:
        cooperatives.update_profile(session, coop_id, {"nib": "9120001234567"})
        cooperatives.record_members(session, coop_id, EARLIER, 150)
        visit = visits.create(
            session, coop_id, today=TODAY, visit_date=EARLIER, purpose="Monitoring gerai"
        )
        row = assessments.start(
            session, ctx.instruments, coop_id, KDKMP, visit_id=visit.id, assessed_on=EARLIER
        )
        assessments.save_draft(session, ctx.instruments, row.id, old)
        assessments.finalize(session, ctx.instruments, row.id)
    return old


def _open_visit(qtbot, view, name: str) -> list:  # noqa: ANN001
    def visit(dialog: VisitDialog) -> None:
        qtbot.keyClicks(dialog.search, name)
        qtbot.keyClicks(dialog.fields.purpose.lineEdit(), "Penilaian kesiapan usaha")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)

    def both(dialog: InstrumentChoiceDialog) -> list[str]:
        for instrument_id, box in dialog.boxes.items():
            box.setChecked(instrument_id in (USP, KDKMP))
        chosen = dialog.chosen()
        dialog.accept()
        return chosen

    when_modal(VisitDialog, visit)
    chosen = when_modal(InstrumentChoiceDialog, both)
    assert view.new_visit()
    return chosen[0]


def _type_form(qtbot, form, answers: dict) -> list[str]:  # noqa: ANN001
    """Type every answer the form lets the mentor type; returns the items it asked."""
    asked = []
    for item_id, row in form.rows.items():
        if item_id in answers and row.field.isEnabled() and item_id not in form.mirrored:
            form.go_to_page(form.section_of[item_id])
            QApplication.processEvents()
            type_into(qtbot, row.field, answers[item_id])
            asked.append(item_id)
    return asked


def test_a_visit_with_both_forms_asks_each_fact_once(qtbot, ctx, ids):
    coop_id = ids["usp"]
    old = _history(ctx, coop_id)
    view = VisitEditorView(ctx)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    with ctx.store.read() as session:
        name = session.get(Cooperative, coop_id).name
    chosen = _open_visit(qtbot, view, name)
    assert set(chosen) == {USP, KDKMP}
    panels = {panel.instrument.id: panel for panel in view.panels}
    usp, kdkmp = panels[USP].form, panels[KDKMP].form

    # prefilled and saying from where; still editable
    nib = kdkmp.rows["nib"]
    assert nib.field.value() == "9120001234567" and nib.source.text() == "dari profil"
    assert nib.field.isEnabled()
    assert kdkmp.rows["pembukuan"].source.text() == "dari penilaian 12 Okt 2025"
    assert kdkmp.rows["jumlah_anggota"].field.value() == 150
    assert kdkmp.rows["jumlah_anggota_sebelumnya"].field.value() == old["jumlah_anggota"]

    # the whole visit typed: the USP form first (it owns the shared facts), then KDKMP
    usp_answers = example_answers(usp.instrument, random.Random(4), 0.7)
    kdkmp_answers = example_answers(kdkmp.instrument, random.Random(5), 0.8)
    kdkmp_answers |= {"nib_ada": True, "nib": "9120001234568"}
    asked = {}
    for instrument_id, answers in ((USP, usp_answers), (KDKMP, kdkmp_answers)):
        view.assessment_tabs.setCurrentWidget(panels[instrument_id])
        asked[instrument_id] = _type_form(qtbot, panels[instrument_id].form, answers)
    assert nib.source.text() == ""  # typed over: no longer "dari profil"

    # each shared fact is asked in one form and shown, read-only, in the other
    for fact in SHARED_FACTS:
        typed_in = [
            iid for iid, items in fact.reads.items() if any(item in asked[iid] for item in items)
        ]
        assert typed_in == [USP], fact.name
        [mirror] = fact.reads[KDKMP]
        row = kdkmp.rows[mirror]
        assert not row.field.isEnabled() and not row.source.isHidden()
        assert row.field.value() == value_of(usp_answers, fact.reads[USP])
    assert kdkmp.rows["kas"].source.text() == (
        "Ditanyakan di formulir Penilaian Kesehatan Usaha Simpan Pinjam Koperasi kunjungan ini; "
        "ubah di sana"
    )

    # the checklist was ticked item by item; the count is its answer
    ticked = usp.rows["manajemen_umum_ya"].field
    assert len(ticked.ticked_ids()) == usp_answers["manajemen_umum_ya"]
    assert usp.answers()[TICKS_KEY]["manajemen_umum_ya"] == ticked.ticked_ids()

    # finalize both; the KDKMP one offers its figures to the profile
    offered: list = []
    for panel in (panels[USP], panels[KDKMP]):
        when_modal(ConfirmDialog, lambda dialog: dialog.action_button.click())
        if panel is panels[KDKMP]:  # the USP form has nothing for the profile
            offered = when_modal(
                ProfileUpdateDialog,
                lambda dialog: (sorted(dialog.boxes), dialog.update_button.click()),
            )
        view.assessment_tabs.setCurrentWidget(panel)
        qtbot.mouseClick(panel.finalize_button, LEFT)
        assert panel.is_final(), [
            panel.problems.item(i).text() for i in range(panel.problems.count())
        ]
    qtbot.waitUntil(lambda: bool(offered), timeout=3000)
    assert {"nib", "members"} <= set(offered[0][0])

    with ctx.store.read() as session:
        rows = {r.instrument_id: r for r in assessments.for_visit(session, view.visit_id)}
        coop = session.get(Cooperative, coop_id)
        members = cooperatives.member_history(session, coop_id)[-1]
    assert rows[KDKMP].answers["kas"] == usp_answers["kas"] + usp_answers["bank"]
    assert rows[KDKMP].answers["aset"] == usp_answers["total_aset"]
    assert rows[USP].answers[TICKS_KEY]["manajemen_umum_ya"] == ticked.ticked_ids()
    assert (
        rows[USP].total
        == usp.instrument.score(
            {k: v for k, v in rows[USP].answers.items() if k != TICKS_KEY}
        ).total
    )
    assert coop.nib == "9120001234568"
    assert (members.members, members.as_of) == (kdkmp_answers["jumlah_anggota"], TODAY)


def _draft(ctx, coop_id: str, answers: dict) -> tuple[VisitEditorView, str]:  # noqa: ANN001
    with ctx.store.session() as session:
        visit = visits.create(
            session, coop_id, today=TODAY, visit_date=TODAY, purpose="Monitoring gerai"
        )
        row = assessments.start(
            session, ctx.instruments, coop_id, KDKMP, visit_id=visit.id, assessed_on=TODAY
        )
        assessments.save_draft(session, ctx.instruments, row.id, answers)
    view = VisitEditorView(ctx)
    view.resize(1366, 768)
    view.show()
    view.show_assessment(row.id)
    return view, row.id


def test_messages_beside_the_fields_are_plain_indonesian(qtbot, ctx, ids):
    answers = example_answers(ctx.instruments.get(KDKMP), random.Random(6), 0.8)
    answers |= {
        "rapat_anggota_terlaksana": True,
        "nib_ada": True,
        "jumlah_anggota_sebelumnya": round(answers["jumlah_anggota"] / 5),
    }
    answers.pop("tanggal_rapat_anggota", None)
    answers.pop("nib", None)
    view, assessment_id = _draft(ctx, ids["coop"], answers)
    qtbot.addWidget(view)
    form = view.panel_for(assessment_id).form
    for item_id, text in (("tanggal_rapat_anggota", "15/01/2026"), ("nib", "912000123456")):
        form.focus_path(item_id)
        qtbot.keyClicks(form.rows[item_id].field.edit, text)
    meeting, nib = form.rows["tanggal_rapat_anggota"], form.rows["nib"]
    assert meeting.error.text().startswith(
        "Tanggal ini sesudah tanggal kunjungan (20 November 2025)"
    )
    assert nib.error.text() == "NIB harus 13 angka; tertulis 12"
    growth = form.rows["pertumbuhan_anggota"]
    assert growth.error.text().startswith("Anggota bertambah")
    assert "8a5300" in growth.error.styleSheet()  # amber: a warning, not a refusal
    assert "pertumbuhan_anggota" not in dict(form.problems())


def test_a_follow_up_due_before_its_visit_is_refused_in_plain_words(qtbot, ctx, ids):
    dialog = FindingDialog(ctx, ids["old_visit"])  # a visit of 21 September 2025
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.area.lineEdit(), "Keuangan")
    qtbot.keyClicks(dialog.temuan, "Buku kas belum diisi.")
    qtbot.keyClicks(dialog.rekomendasi, "Isi buku kas harian.")
    qtbot.keyClicks(dialog.owner, "Bendahara")
    qtbot.keyClicks(dialog.due, "01/09/2025")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)
    shown = {key: label.text() for key, label in dialog.errors.items() if not label.isHidden()}
    assert list(shown) == ["due_date"]
    assert shown["due_date"].startswith(
        "Tenggat tidak boleh sebelum tanggal kunjungan (21 September 2025)"
    )
    dialog.due.clear()
    qtbot.keyClicks(dialog.due, "21/09/2025")  # the visit's own day is allowed
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)
    assert dialog.finding_id is not None
