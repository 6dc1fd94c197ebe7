"""PySide6 6.12 on Python 3.11 drops a reference to None per void C++ call; the ui package
makes None immortal so a long editing session cannot abort the interpreter."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel

import kopdes_desktop.ui  # noqa: F401  (the package import applies the fix)


def test_a_long_session_of_void_calls_keeps_none_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    for index in range(150_000):  # more than None's natural reference count
        label.setText("x" if index % 2 else "y")
    assert sys.getrefcount(None) > 2**20
