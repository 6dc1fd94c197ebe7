"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every void C++ call, so a long
editing session frees None and aborts the interpreter. pyproject.toml keeps PySide6 below 6.12;
this test fails on any installed binding with that fault."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_calls_leave_none_references_alone(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for index in range(10_000):
        label.setText("x" if index % 2 else "y")
        label.setVisible(False)
    assert sys.getrefcount(None) > before - 100
