"""A modal progress dialog over :func:`run_task`, for work the user waits for.

The GUI keeps painting and the Cancel button works while the function runs in the pool; the
call returns the function's result or raises its exception on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from kopdes_desktop.ui.workers import run_task


class TaskCancelled(Exception):
    """The user pressed Cancel before the work finished."""


class ProgressDialog(QProgressDialog):
    """Shows a task's progress; see :meth:`run`."""

    def __init__(self, parent: QWidget | None, title: str, text: str, cancellable: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setLabelText(text)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(0)
        self.setMinimumWidth(420)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setRange(0, 0)
        if cancellable:
            self.setCancelButtonText(self.tr("Cancel"))
        else:
            self.setCancelButton(None)

    @classmethod
    def run(
        cls,
        parent: QWidget | None,
        title: str,
        text: str,
        fn: Callable[..., Any],
        *args: Any,
        cancellable: bool = False,
        **kwargs: Any,
    ) -> Any:
        """Run ``fn(*args, **kwargs)`` in the background while the dialog shows progress."""
        dialog = cls(parent, title, text, cancellable)
        outcome: dict[str, Any] = {}
        loop = QEventLoop()

        def finish(key: str, value: Any) -> None:
            outcome[key] = value
            loop.quit()

        def progress(done: int, total: int, message: str) -> None:
            dialog.setRange(0, max(total, 0))
            dialog.setValue(min(done, total))
            if message:
                dialog.setLabelText(message)

        dialog.show()
        task = run_task(
            fn,
            *args,
            on_done=lambda r: finish("result", r),
            on_error=lambda e: finish("error", e),
            on_progress=progress,
            **kwargs,
        )
        dialog.canceled.connect(task.cancel)
        if not outcome:
            loop.exec()
        dialog.close()
        dialog.deleteLater()
        if "error" in outcome:
            raise outcome["error"]
        if cancellable and task.control.cancelled():
            raise TaskCancelled()
        return outcome.get("result")
