"""A cooperative handed over to another mentor is read-only on the previous mentor's laptop:
the page says so and offers no new visit nor profile edit, and the store refuses any change
(the profile's save shows the Indonesian reason; nothing is written)."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kopdes_desktop.core.services import cooperatives, mentors
from kopdes_desktop.store.handover_guard import HandedOver
from kopdes_desktop.store.models import Assignment, Cooperative, Mentor
from kopdes_desktop.ui.views.cooperative_page import CooperativePage

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _hand_over(ctx) -> str:
    """End this laptop's mentor's assignment of a cooperative (as a reference package does:
    tracking off) and give it to another mentor; the cooperative's id."""
    today = ctx.today()
    with ctx.store.session() as session:
        me = mentors.self_mentor(session)
        coop = sorted(mentors.assigned_cooperative_ids(session, me.id))[0]
        session.info["tracking"] = False
        for row in session.query(Assignment).filter_by(mentor_id=me.id, cooperative_id=coop):
            row.end = today - timedelta(days=1)
        other = Mentor(name="Budi Santoso", device_id="province", counter=1)
        session.add(other)
        session.flush()
        session.add(
            Assignment(
                mentor_id=other.id,
                cooperative_id=coop,
                start=today,
                device_id="province",
                counter=1,
            )
        )
    return coop


def test_the_page_of_a_handed_over_cooperative_is_read_only(qtbot, ctx, indonesian) -> None:
    coop = _hand_over(ctx)
    page = CooperativePage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show_record(coop)
    page.show()

    assert page.handed_over.isVisible()
    assert "sudah diserahkan kepada pendamping lain" in page.handed_over.text()
    assert not page.new_visit_button.isEnabled() and not page.plan_button.isEnabled()
    assert not page.profile.isEnabled()
    if os.environ.get("KOPDES_SCREENSHOTS"):
        page.grab().save(str(SHOTS / "koperasi-diserahkan.png"))

    with ctx.store.read() as session:
        before = cooperatives.get(session, coop).name
    with pytest.raises(HandedOver, match="tidak dapat diubah lagi"), ctx.store.session() as session:
        cooperatives.update_profile(session, coop, {"name": "Nama Baru"})
    with ctx.store.read() as session:
        assert session.get(Cooperative, coop).name == before


def test_a_cooperative_still_assigned_stays_editable(qtbot, ctx) -> None:
    page = CooperativePage(ctx)
    qtbot.addWidget(page)
    with ctx.store.read() as session:
        me = mentors.self_mentor(session)
        coop = sorted(mentors.assigned_cooperative_ids(session, me.id))[0]
    page.show_record(coop)
    assert not page.handed_over.isVisibleTo(page)
    assert page.new_visit_button.isEnabled() and page.profile.isEnabled()
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
