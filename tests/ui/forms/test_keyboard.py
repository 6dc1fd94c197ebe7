"""The editor by keyboard: tabs by their mnemonics, pages, save and finalize shortcuts."""

from __future__ import annotations

import random
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabWidget

from kopdes_desktop.core.instruments import example_answers
from kopdes_desktop.core.services import assessments, visits
from kopdes_desktop.store.models import Assessment
from kopdes_desktop.ui.dialogs.confirm import ConfirmDialog
from kopdes_desktop.ui.views.visit_editor import VisitEditorView

from .conftest import TODAY
from .modal import when_modal

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def _editor(qtbot, ctx, ids, answers=None):  # noqa: ANN001, ANN202
    with ctx.store.session() as session:
        visit = visits.create(
            session, ids["coop"], today=TODAY, visit_date=TODAY, purpose="Monitoring gerai"
        )
        row = assessments.start(
            session, ctx.instruments, ids["coop"], "kesiapan-kdkmp", visit_id=visit.id
        )
        if answers:
            assessments.save_draft(session, ctx.instruments, row.id, answers)
    view = VisitEditorView(ctx)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    QApplication.processEvents()
    view.show_record(visit.id)
    return view, row.id


def test_tabs_pages_and_save_by_keyboard(qtbot, ctx, ids):
    view, assessment_id = _editor(qtbot, ctx, ids)
    qtbot.keyClick(view, Qt.Key.Key_P, ALT)  # &Penilaian
    assert view.tabs.currentIndex() == view.ASSESSMENT_TAB
    form = view.panel_for(assessment_id).form
    form.focus_path("ahu_terdaftar")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert form.rows["ahu_terdaftar"].field.yes.isChecked()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown, CTRL)
    assert form.pages.currentIndex() == 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp, CTRL)
    assert form.pages.currentIndex() == 0
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, CTRL)  # at once, no timer
    with ctx.store.read() as session:
        assert session.get(Assessment, assessment_id).answers == {"ahu_terdaftar": True}
    qtbot.keyClick(view, Qt.Key.Key_T, ALT)  # &Temuan
    assert view.tabs.currentIndex() == view.FINDINGS_TAB


def test_finalize_by_keyboard(qtbot, ctx, ids):
    instrument = ctx.instruments.get("kesiapan-kdkmp")
    view, assessment_id = _editor(
        qtbot, ctx, ids, example_answers(instrument, random.Random(8), 0.7)
    )
    view.tabs.setCurrentIndex(view.ASSESSMENT_TAB)
    panel = view.panel_for(assessment_id)
    panel.form.focus_path("kas")
    # it asks first, and a stray Enter there is Cancel
    asked = when_modal(ConfirmDialog, lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Return))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
    assert asked and not panel.is_final()
    view.activateWindow()  # back from the modal question
    QApplication.processEvents()
    panel.form.focus_path("kas")
    when_modal(ConfirmDialog, lambda dialog: dialog.action_button.click())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
    assert panel.is_final() and panel.badge.text() == "Final"
    with ctx.store.read() as session:
        assert session.get(Assessment, assessment_id).status == "FINAL"


def _mnemonics(root) -> list[str]:  # noqa: ANN001
    """The Alt+letter keys of the buttons, buddied labels and tabs visible in ``root``."""
    texts = [w.text() for w in root.findChildren(QAbstractButton) if w.isVisible()]
    texts += [w.text() for w in root.findChildren(QLabel) if w.isVisible() and w.buddy()]
    for tabs in root.findChildren(QTabWidget):
        if tabs.isVisible():
            texts += [tabs.tabText(i) for i in range(tabs.count())]
    keys = []
    for text in texts:
        match = re.search(r"(?<!&)&([^&\s])", text)
        if match:
            keys.append(match.group(1).lower())
    return keys


def test_no_two_visible_controls_share_an_alt_key(qtbot, ctx, ids):
    view, assessment_id = _editor(qtbot, ctx, ids)
    for tab in range(view.tabs.count()):
        view.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        keys = _mnemonics(view)
        assert len(keys) == len(set(keys)), (view.tabs.tabText(tab), sorted(keys))
