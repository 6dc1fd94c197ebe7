"""Beranda's plan (month calendar, week list) and the start-up reminder, through real widgets."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from kopdes_desktop.core.services import mentors, visits
from kopdes_desktop.ui.dialogs.reminders import ITEM_ROLE, ReminderDialog
from kopdes_desktop.ui.main_window import MainWindow
from kopdes_desktop.ui.models.base import ROW_ROLE
from kopdes_desktop.ui.views.home import HomeView
from kopdes_desktop.ui.widgets.plan_calendar import (
    DUE_BACKGROUND,
    VISIT_BACKGROUND,
    to_qdate,
)

from .conftest import TODAY


def _plan(ctx, day, purpose="Rapat pengurus") -> tuple[str, str]:  # noqa: ANN001
    """A planned visit to one of the mentor's cooperatives: (visit id, cooperative name)."""
    with ctx.store.session() as session:
        me = mentors.self_mentor(session)
        coop_id = sorted(mentors.assigned_cooperative_ids(session, me.id))[0]
        visit = visits.plan(
            session, coop_id, today=TODAY, visit_date=day, purpose=purpose, mentor_id=me.id
        )
        return visit.id, visit.cooperative.name


def _home(qtbot, ctx) -> HomeView:  # noqa: ANN001
    home = HomeView(ctx)
    qtbot.addWidget(home)
    qtbot.waitUntil(lambda: not home.is_loading, timeout=20000)
    return home


def _week_texts(home: HomeView) -> list[str]:
    return [home.plan.week.item(i).text() for i in range(home.plan.week.count())]


def test_the_calendar_marks_planned_days_and_the_week_opens_them(qtbot, ctx):
    planned, name = _plan(ctx, TODAY)
    home = _home(qtbot, ctx)
    mark = home.plan.calendar.dateTextFormat(to_qdate(TODAY))
    assert mark.background().color().name() == VISIT_BACKGROUND
    entries = [
        i
        for i in range(home.plan.week.count())
        if home.plan.week.item(i).data(ITEM_ROLE) is not None
        and home.plan.week.item(i).data(ITEM_ROLE).record_id == planned
    ]
    assert len(entries) == 1
    entry = home.plan.week.item(entries[0])
    assert entry.text().strip().startswith("Visit: ") and entry.text().endswith("— Rapat pengurus")
    with qtbot.waitSignal(ctx.events.navigate) as opened:
        home.plan.week.itemActivated.emit(entry)
    assert opened.args == ["visit", planned]


def test_another_month_is_marked_when_paged_to(qtbot, ctx):
    later = TODAY + timedelta(days=45)
    planned, _name = _plan(ctx, later, "Pemutakhiran SIMKOPDES")
    home = _home(qtbot, ctx)
    assert (
        home.plan.calendar.dateTextFormat(to_qdate(later)).background().style()
        == Qt.BrushStyle.NoBrush
    )
    home.plan.calendar.setCurrentPage(later.year, later.month)
    assert (
        home.plan.calendar.dateTextFormat(to_qdate(later)).background().color().name()
        == VISIT_BACKGROUND
    )
    home.plan.calendar.setSelectedDate(to_qdate(later))
    assert any("Pemutakhiran SIMKOPDES" in text for text in _week_texts(home))
    assert DUE_BACKGROUND != VISIT_BACKGROUND


def test_reminders_at_start_up_list_today_and_tomorrow_and_stay_out_of_the_way(qtbot, ctx):
    today_visit, name = _plan(ctx, TODAY, "Monitoring gerai")
    tomorrow_visit, _ = _plan(ctx, TODAY + timedelta(days=1), "Rapat pengurus")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    dialog = window.show_reminders()
    assert isinstance(dialog, ReminderDialog)
    assert dialog.isVisible() and not dialog.isModal()
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert texts[0] == "Visits planned today"
    assert texts.index("Visits planned tomorrow") == 2
    rows = {
        dialog.list.item(i).data(ITEM_ROLE).record_id: dialog.list.item(i)
        for i in range(dialog.list.count())
        if dialog.list.item(i).data(ITEM_ROLE)
    }
    assert {today_visit, tomorrow_visit} <= set(rows)
    with qtbot.waitSignal(ctx.events.navigate) as opened:
        dialog.list.itemActivated.emit(rows[tomorrow_visit])
    assert opened.args == ["visit", tomorrow_visit]
    dialog.buttons.rejected.emit()
    assert not dialog.isVisible()


def test_no_reminder_when_nothing_is_planned_or_due(qtbot, empty_ctx):
    assert ReminderDialog.show_for(None, empty_ctx) is None


def test_this_months_visits_list_matches_the_card_and_shows_plans_on_asking(qtbot, ctx):
    from kopdes_desktop.ui.views.visits_list import VisitsListView

    planned, _name = _plan(ctx, TODAY)
    home = _home(qtbot, ctx)
    listing = VisitsListView(ctx)
    qtbot.addWidget(listing)
    qtbot.waitUntil(lambda: listing.model.rowCount() > 0, timeout=20000)
    listing.show_preset("month")
    shown = {listing.proxy.index(r, 0).data(ROW_ROLE).id for r in range(listing.proxy.rowCount())}
    assert planned not in shown
    assert len(shown) == int(home.card_visits.value.text())
    listing.status.setCurrentIndex(listing.status.findData("PLANNED"))
    shown = {listing.proxy.index(r, 0).data(ROW_ROLE).id for r in range(listing.proxy.rowCount())}
    assert shown == {planned}
    assert listing.status.currentText() == "Planned"
