"""Layouts hold from 80 to 160 % font: every main view rendered at a laptop's 1366x768 with
no text widget overlapping another, no label cut through its letters, and a window that stays
within the screen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from kopdes_desktop.core.services import followups
from kopdes_desktop.ui.app import apply_look
from kopdes_desktop.ui.main_window import NAV_PAGES, MainWindow

from .layout_check import overlaps, squeezed

VIEWS = (*NAV_PAGES, "cooperative")


@pytest.fixture(params=[160, 80], ids=["160%", "80%"])
def large_window(request, qtbot, ctx, restore_hooks, qapp):
    ctx.settings.set("font_scale", request.param)
    apply_look(qapp, ctx.settings)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.showNormal()
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366)
    return window


@pytest.mark.parametrize("name", VIEWS)
def test_no_text_overlaps_at_80_to_160_percent(large_window, ctx, name):
    window = large_window
    record = ""
    if name == "cooperative":
        with ctx.store.read() as session:
            record = followups.list_actions(session, today=ctx.today())[0].cooperative_id
    window.navigate(name, record)
    QApplication.processEvents()
    assert window.width() <= 1366, "the window grew wider than the screen"
    page = window.stack.currentWidget()
    assert overlaps(page, window) == []
    assert squeezed(page, window) == []
    assert overlaps(window.statusBar(), window) == []


def test_the_checker_finds_overlapping_labels(qtbot):
    from PySide6.QtWidgets import QLabel, QWidget

    root = QWidget()
    qtbot.addWidget(root)
    first, second = QLabel("Koperasi Desa Merah Putih", root), QLabel("Tenggiling", root)
    first.setGeometry(0, 0, 200, 20)
    second.setGeometry(150, 5, 200, 20)
    root.resize(400, 40)
    root.show()
    assert len(overlaps(root, root)) == 1
    second.setGeometry(0, 25, 200, 10)
    assert overlaps(root, root) == []
    assert len(squeezed(root, root)) == 1
