"""Monthly notes on the Laporan page: saved as typed, kept across month and mentor changes,
written only for the mentor of this laptop, and never lost when they cannot be stored yet."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt

from kopdes_desktop.core.services import form_drafts, mentors, reporting
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.ui import i18n, workers
from kopdes_desktop.ui.context import AppContext
from kopdes_desktop.ui.views.reports_view import ReportsView

from .conftest import DEMO_TODAY


@pytest.fixture
def ctx(demo_template, tmp_path, qapp):  # type: ignore[no-untyped-def]
    root = tmp_path / "data"
    shutil.copytree(demo_template, root)
    workers.set_synchronous(True)
    i18n.install_translators(qapp, "id")
    context = AppContext.open(DataPaths(root), fixed_today=DEMO_TODAY)
    context.settings.set("autosave_ms", 200)
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


def _note(ctx, mentor_id: str, month: str):  # type: ignore[no-untyped-def]
    with ctx.store.read() as session:
        return reporting.get_note(session, mentor_id, month)


def _me(ctx) -> str:  # type: ignore[no-untyped-def]
    with ctx.store.read() as session:
        return mentors.self_mentor(session).id


def test_notes_typed_then_month_switched_are_not_lost(qtbot, ctx):
    view = _view(qtbot, ctx)
    view.month.setCurrentIndex(view.month.findData("2025-09"))
    view.issues.clear()
    qtbot.keyClicks(view.issues, "Jembatan putus di Mentarang")
    # no save pressed, no timer waited for: straight to another month and back
    view.month.setCurrentIndex(view.month.findData("2025-08"))
    assert "Jembatan" not in view.issues.toPlainText()
    view.month.setCurrentIndex(view.month.findData("2025-09"))
    assert view.issues.toPlainText() == "Jembatan putus di Mentarang"
    assert _note(ctx, _me(ctx), "2025-09").issues == "Jembatan putus di Mentarang"


def test_notes_are_saved_while_typing(qtbot, ctx):
    view = _view(qtbot, ctx)
    view.plans.clear()
    qtbot.keyClicks(view.plans, "RAT di dua desa")
    assert view.notes_state.text() == "Belum disimpan…"
    qtbot.waitUntil(
        lambda: (_note(ctx, _me(ctx), "2025-11") or view).plans == "RAT di dua desa", timeout=5000
    )
    assert view.notes_state.text() == "Catatan tersimpan"


def test_notes_only_for_the_mentor_of_this_laptop(qtbot, ctx):
    view = _view(qtbot, ctx)
    me = _me(ctx)
    assert view.mentor.currentData() == me and view.notes_editable()
    other = next(i for i in range(view.mentor.count()) if view.mentor.itemData(i) != me)
    other_id = view.mentor.itemData(other)
    before = _note(ctx, other_id, "2025-11")
    view.mentor.setCurrentIndex(other)
    assert view.issues.isReadOnly() and view.plans.isReadOnly()
    assert not view.save_notes_button.isEnabled()
    assert "hanya untuk pendamping laptop ini" in view.notes_state.text()
    qtbot.keyClicks(view.issues, "ditulis untuk orang lain")
    assert not view.save_notes()
    after = _note(ctx, other_id, "2025-11")
    assert (after.issues if after else None) == (before.issues if before else None)


def test_notes_that_cannot_be_stored_are_kept_and_offered_back(qtbot, ctx):
    view = _view(qtbot, ctx)
    long_text = "kendala " * 1100  # past the 8000 characters a note may hold
    view.issues.setPlainText(long_text)
    assert not view.save_notes()
    assert "8000" in view.notes_state.text()
    with ctx.store.read() as session:
        kept = form_drafts.get(session, "monthly_note", "2025-11")
    assert kept.values["issues"] == long_text
    view.close()
    # the next start (a new page) shows the text again, not the stored note
    again = _view(qtbot, ctx)
    assert again.issues.toPlainText() == long_text
    assert again.notes_state.text().startswith("Catatan yang belum tersimpan dipulihkan")
    again.issues.setPlainText("kendala sinyal")
    qtbot.mouseClick(again.save_notes_button, Qt.MouseButton.LeftButton)
    with ctx.store.read() as session:
        assert form_drafts.get(session, "monthly_note", "2025-11") is None


def test_the_service_refuses_notes_for_another_mentor(ctx):
    from sqlalchemy import select

    from kopdes_desktop.errors import KopdesError
    from kopdes_desktop.store.models import Mentor

    with ctx.store.session() as session:
        other = session.scalars(select(Mentor).where(Mentor.is_self.is_(False))).first()
        with pytest.raises(KopdesError, match="pendamping laptop ini"):
            reporting.save_note(session, other.id, "2026-11", issues="bukan milik saya", plans="")
