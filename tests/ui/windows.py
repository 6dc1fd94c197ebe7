"""The main window as a person meets it: shown and active, so its keyboard shortcuts reach it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kopdes_desktop.ui.main_window import MainWindow


def shown(qtbot: QtBot, window: MainWindow) -> MainWindow:
    """``window`` added to ``qtbot``, shown, and once it is the active window."""
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window
