"""The main window opens on the store, shows every page, and keeps its promises."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kopdes_desktop.ui.main_window import NAV_PAGES, MainWindow

from .windows import shown


def test_every_page_can_be_shown(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    for name in NAV_PAGES:
        window.navigate(name)
        assert window.current_view() is window.view(name)
        assert window.nav.currentRow() == NAV_PAGES.index(name)
        window.current_view().refresh()
    qtbot.waitUntil(lambda: bool(window.status_counts.text()))
    assert "8 cooperatives" in window.status_counts.text()
    assert str(ctx.paths.root) in window.status_folder.text()


def test_keyboard_shortcuts_switch_pages(qtbot, ctx):
    window = shown(qtbot, MainWindow(ctx))
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() is window.view("kunjungan")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() is window.view("koperasi")
    assert window.view("koperasi").search.hasFocus()


def test_navigate_signal_opens_a_cooperative(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    coop_id = window.view("koperasi").model.row_at(0).id
    ctx.events.navigate.emit("cooperative", coop_id)
    assert window.current_view() is window.view("cooperative")
    assert window.view("cooperative").cooperative_id == coop_id
    assert window.nav.currentRow() == NAV_PAGES.index("koperasi")


def test_geometry_is_remembered(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(780, 520)
    window.show()
    window.close()
    assert ctx.settings.get("window_geometry")
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    assert again.size() == window.size()
