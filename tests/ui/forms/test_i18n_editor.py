"""Every view and dialog of the visit editor opened in Indonesian, with nothing left in English."""

from __future__ import annotations

import random
import xml.etree.ElementTree as ET

from kopdes_desktop import resources
from kopdes_desktop.core.instruments import example_answers
from kopdes_desktop.core.services import assessments, followups, visits
from kopdes_desktop.ui.dialogs.draft_recovery import DraftRecoveryDialog, pending_drafts
from kopdes_desktop.ui.dialogs.finding_dialog import FindingDialog
from kopdes_desktop.ui.dialogs.instrument_choice import InstrumentChoiceDialog
from kopdes_desktop.ui.dialogs.visit_dialog import VisitDialog
from kopdes_desktop.ui.views.visit_editor import VisitEditorView
from ui.i18n_check import untranslated_texts

from .conftest import TODAY


def _busy_visit(ctx, ids) -> tuple[str, str]:  # noqa: ANN001
    """A visit with a final and a draft assessment and a finding."""
    with ctx.store.session() as session:
        visit = visits.create(
            session, ids["usp"], today=TODAY, visit_date=TODAY, purpose="Penilaian kesiapan usaha"
        )
        for instrument_id, final in (("kesiapan-kdkmp", True), ("kesehatan-usp-2016", False)):
            row = assessments.start(
                session, ctx.instruments, ids["usp"], instrument_id, visit_id=visit.id
            )
            answers = example_answers(ctx.instruments.get(instrument_id), random.Random(2), 0.7)
            assessments.save_draft(session, ctx.instruments, row.id, answers)
            if final:
                assessments.finalize(session, ctx.instruments, row.id)
        finding = followups.add_finding(
            session,
            visit.id,
            area="Unit usaha",
            temuan="Stok habis",
            rekomendasi="Tambah pemasok",
            compliance="CUKUP",
        )
        return visit.id, finding.id


def test_translation_file_is_complete():
    root = ET.parse(resources.path("i18n", "editor_id.ts")).getroot()
    unfinished = [
        m.findtext("source")
        for m in root.iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []
    assert resources.path("i18n", "editor_id.qm").stat().st_size > 1000


def test_editor_view_every_tab_in_indonesian(qtbot, ctx, ids):
    visit_id, _finding = _busy_visit(ctx, ids)
    view = VisitEditorView(ctx)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    assert untranslated_texts(view) == []  # the empty state
    view.show_record(visit_id)
    assert view.tabs.tabText(0) == "&Kunjungan"
    for tab in range(view.tabs.count()):
        view.tabs.setCurrentIndex(tab)
        assert untranslated_texts(view) == [], view.tabs.tabText(tab)
    for panel in view.panels:
        for page in range(panel.form.pages.count()):
            panel.form.go_to_page(page)
        panel.form.show_all_problems()
        panel.finalize(confirm=False)  # the draft lists its problems, the final one is locked
    assert untranslated_texts(view) == []


def test_dialogs_in_indonesian(qtbot, ctx, ids):
    visit_id, finding_id = _busy_visit(ctx, ids)
    dialogs = [
        VisitDialog(ctx),
        VisitDialog(ctx, visit_id),
        FindingDialog(ctx, visit_id),
        FindingDialog(ctx, visit_id, finding_id),
        InstrumentChoiceDialog(ctx, ids["usp"]),
        InstrumentChoiceDialog(ctx, ids["coop"], already=("kesiapan-kdkmp",)),
        DraftRecoveryDialog(ctx, pending_drafts(ctx)),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert untranslated_texts(dialog) == [], type(dialog).__name__
    assert dialogs[0].windowTitle() == "Kunjungan baru"
    assert dialogs[2].compliance_buttons["TIDAK_SESUAI"].text() == "Tidak Sesuai"
