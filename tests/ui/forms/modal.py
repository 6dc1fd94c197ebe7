"""Acting on a modal dialog once it is open (its ``exec()`` blocks the test's own code)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def when_modal(cls: type, action: Callable, tries: int = 300) -> list:
    """Run ``action(dialog)`` as soon as a modal ``cls`` is open; the returned list collects
    what the action returned (empty if the dialog never appeared)."""
    done: list = []

    def attempt(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, cls):
            try:
                done.append(action(dialog))
            except BaseException as exc:
                done.append(exc)
                dialog.reject()  # never leave a test waiting on an open dialog
                raise
        elif left:
            QTimer.singleShot(10, lambda: attempt(left - 1))

    QTimer.singleShot(0, lambda: attempt(tries))
    return done
