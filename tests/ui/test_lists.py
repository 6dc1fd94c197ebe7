"""Koperasi, Kunjungan and Tindak Lanjut driven through their widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kopdes_desktop.core.services import followups, visits
from kopdes_desktop.ui.dialogs.close_action import CloseActionDialog
from kopdes_desktop.ui.models.base import ROW_ROLE
from kopdes_desktop.ui.views.cooperatives import CooperativesView
from kopdes_desktop.ui.views.followups import SHOW_CLOSED, SHOW_OVERDUE, FollowupsView
from kopdes_desktop.ui.views.visits_list import VisitsListView


def _ids(view):
    return [view.proxy.index(i, 0).data(ROW_ROLE).id for i in range(view.proxy.rowCount())]


def test_search_and_filters_through_the_widgets(qtbot, ctx):
    view = CooperativesView(ctx)
    qtbot.addWidget(view)
    view.show()
    assert view.mine.isChecked() and view.proxy.rowCount() == 4  # "mine" first
    qtbot.mouseClick(view.mine, Qt.MouseButton.LeftButton)
    assert view.proxy.rowCount() == 8
    target = view.model.row_at(5)
    qtbot.keyClicks(view.search, target.village[:6].lower())
    assert target.id in _ids(view)
    assert all(
        target.village[:6].lower() in view.proxy.index(i, 0).data(ROW_ROLE).village.lower()
        or target.village[:6].lower() in view.proxy.index(i, 0).data(ROW_ROLE).name.lower()
        for i in range(view.proxy.rowCount())
    )
    assert view.count.text().startswith(f"Showing {view.proxy.rowCount()} of 8")
    view.search.clear()
    assert view.proxy.rowCount() == 8
    view.kabupaten.setCurrentIndex(view.kabupaten.findText(target.kabupaten))
    assert target.id in _ids(view)
    assert {
        view.proxy.index(i, 0).data(ROW_ROLE).kabupaten for i in range(view.proxy.rowCount())
    } == {target.kabupaten}
    view.kabupaten.setCurrentIndex(0)
    view.unit_status.setCurrentIndex(view.unit_status.findData("PREPARING"))
    assert view.proxy.rowCount() == 4
    view.unit_status.setCurrentIndex(0)
    qtbot.mouseClick(view.mine, Qt.MouseButton.LeftButton)
    assert view.mine.isChecked() and view.proxy.rowCount() == 4
    view.category.setCurrentIndex(view.category.count() - 1)
    assert view.category.currentText() == "Not assessed"
    assert view.proxy.rowCount() == 4


def test_opening_a_cooperative_from_the_list_navigates(qtbot, ctx):
    view = CooperativesView(ctx)
    qtbot.addWidget(view)
    view.table.selectRow(2)
    expected = view.proxy.index(2, 0).data(ROW_ROLE).id
    with qtbot.waitSignal(
        ctx.events.navigate, check_params_cb=lambda v, r: (v, r) == ("cooperative", expected)
    ):
        qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(
        ctx.events.navigate, check_params_cb=lambda v, r: (v, r) == ("visit", "new:" + expected)
    ):
        qtbot.mouseClick(view.new_visit_button, Qt.MouseButton.LeftButton)


def test_visits_list_filters(qtbot, ctx):
    view = VisitsListView(ctx)
    qtbot.addWidget(view)
    view.period.setCurrentIndex(view.period.findData(0))
    assert view.mine.isChecked() and view.proxy.rowCount() == 12
    view.mine.setChecked(False)
    assert view.proxy.rowCount() == 24
    view.period.setCurrentIndex(view.period.findData(90))
    assert view.proxy.rowCount() == 8
    view.mine.setChecked(True)
    assert view.proxy.rowCount() == 4
    row = view.proxy.index(0, 0).data(ROW_ROLE)
    qtbot.keyClicks(view.search, row.cooperative.split()[-1])
    assert row.id in [
        view.proxy.index(i, 0).data(ROW_ROLE).id for i in range(view.proxy.rowCount())
    ]


def test_followup_closed_at_a_later_visit_links_to_it(qtbot, ctx):
    view = FollowupsView(ctx)
    qtbot.addWidget(view)
    view.mine.setChecked(False)
    view.show_filter.setCurrentIndex(SHOW_OVERDUE)
    assert view.proxy.rowCount() == 8
    action = view.proxy.index(0, 0).data(ROW_ROLE)
    with ctx.store.session() as session:
        later = visits.create(
            session,
            action.cooperative_id,
            today=ctx.today(),
            visit_date=ctx.today(),
            purpose="Tindak lanjut temuan",
        )
        later_id = later.id
    dialog = CloseActionDialog(ctx, action.id)
    qtbot.addWidget(dialog)
    assert dialog.visit_list.count() == 1
    assert dialog.chosen_visit_id() == later_id
    qtbot.keyClicks(dialog.notes, "Buku kas sudah diisi rapi.")
    with qtbot.waitSignal(ctx.events.data_changed, check_params_cb=lambda k: k == "action"):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    with ctx.store.read() as session:
        item = followups.get_action(session, action.id)
        assert (item.status, item.closed_visit_id) == ("DONE", later_id)
        assert item.notes == "Buku kas sudah diisi rapi."
    view.refresh()
    assert view.proxy.rowCount() == 7
    view.show_filter.setCurrentIndex(SHOW_CLOSED)
    assert [view.proxy.index(i, 0).data(ROW_ROLE).id for i in range(view.proxy.rowCount())] == [
        action.id
    ]
    view.table.selectRow(0)
    qtbot.mouseClick(view.reopen_button, Qt.MouseButton.LeftButton)
    with ctx.store.read() as session:
        item = followups.get_action(session, action.id)
        assert (item.status, item.closed_visit_id) == ("OPEN", None)


def test_lists_load_in_a_worker_thread(qtbot, ctx):
    from kopdes_desktop.ui import workers
    from kopdes_desktop.ui.views.home import HomeView

    workers.set_synchronous(False)
    try:
        views = [CooperativesView(ctx), VisitsListView(ctx), FollowupsView(ctx)]
        for view in views:
            qtbot.addWidget(view)
        home = HomeView(ctx)
        qtbot.addWidget(home)
        with qtbot.waitSignal(home.loaded, timeout=20000):
            pass
        for view in views:
            qtbot.waitUntil(lambda v=view: v.model.rowCount() > 0, timeout=20000)
        assert home.card_coops.value.text() == "4"
        assert views[0].model.rowCount() == 8
    finally:
        workers.wait_all()
        workers.set_synchronous(True)
