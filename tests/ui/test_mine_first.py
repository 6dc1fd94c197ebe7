"""Lists open on this mentor's cooperatives, and each Beranda card opens the list it counts."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kopdes_desktop.core.services import mentors
from kopdes_desktop.ui.main_window import MainWindow
from kopdes_desktop.ui.models.base import ROW_ROLE
from kopdes_desktop.ui.views.followups import SHOW_OVERDUE, SHOW_UPCOMING
from kopdes_desktop.ui.views.visits_list import THIS_MONTH


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def _mine(ctx) -> set[str]:
    with ctx.store.read() as session:
        return mentors.assigned_cooperative_ids(session, mentors.self_mentor(session).id)


def test_every_list_opens_on_my_cooperatives_with_a_toggle_for_all(qtbot, ctx):
    window = _window(qtbot, ctx)
    mine = _mine(ctx)
    assert len(mine) == 4
    for name in ("koperasi", "kunjungan", "tindak_lanjut"):
        view = window.view(name)
        window.navigate(name)
        assert view.mine.isVisible() and view.mine.isEnabled() and view.mine.isChecked()
        shown = {view.proxy.index(i, 0).data(ROW_ROLE) for i in range(view.proxy.rowCount())}
        ids = {getattr(row, "cooperative_id", None) or row.id for row in shown}
        assert ids and ids <= mine, name
        before = view.proxy.rowCount()
        qtbot.mouseClick(view.mine, Qt.MouseButton.LeftButton)
        assert view.proxy.rowCount() > before, name
        view.refresh()  # the mentor's choice survives a reload
        assert not view.mine.isChecked()


def test_each_beranda_card_opens_the_list_it_counts(qtbot, ctx):
    window = _window(qtbot, ctx)
    home = window.view("beranda")
    for name in ("koperasi", "kunjungan", "tindak_lanjut"):  # the mentor looked at "all"
        window.view(name).mine.setChecked(False)
    cards = (
        (home.card_coops, "koperasi", None),
        (home.card_visits, "kunjungan", None),
        (home.card_overdue, "tindak_lanjut", SHOW_OVERDUE),
        (home.card_upcoming, "tindak_lanjut", SHOW_UPCOMING),
    )
    for card, name, show in cards:
        window.navigate("beranda")
        counted = int(card.value.text())
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
        view = window.current_view()
        assert view is window.view(name)
        assert view.mine.isChecked()
        assert view.proxy.rowCount() == counted, card.caption.text()
        if show is not None:
            assert view.show_filter.currentIndex() == show
    visits = window.view("kunjungan")
    assert visits.period.currentData() == THIS_MONTH
    followups = window.view("tindak_lanjut")
    followups.show_filter.setCurrentIndex(SHOW_OVERDUE)
    overdue = int(home.card_overdue.value.text())
    assert overdue > 0
    assert followups.count.text().endswith(f"· {overdue} overdue")


def test_drafts_card_puts_the_keyboard_on_the_drafts(qtbot, ctx):
    window = _window(qtbot, ctx)
    home = window.view("beranda")
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.mouseClick(home.card_drafts, Qt.MouseButton.LeftButton)
    assert window.current_view() is home
    assert home.drafts.list.hasFocus()


def test_without_assignments_the_toggle_shows_all_and_says_why(qtbot, empty_ctx):
    window = _window(qtbot, empty_ctx)
    view = window.view("tindak_lanjut")
    assert not view.mine.isEnabled() and not view.mine.isChecked()
    assert view.mine.toolTip()


def test_enter_in_the_koperasi_search_with_one_hit_opens_it(qtbot, ctx):
    window = _window(qtbot, ctx)
    window.navigate("koperasi")
    view = window.view("koperasi")
    first = view.proxy.index(0, 0).data(ROW_ROLE)
    qtbot.keyClicks(view.search, first.name)
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 1)
    with qtbot.waitSignal(
        ctx.events.navigate,
        check_params_cb=lambda kind, key: (kind, key) == ("cooperative", first.id),
    ):
        qtbot.keyClick(view.search, Qt.Key.Key_Return)
