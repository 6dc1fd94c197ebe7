"""The one helper for long work off the GUI thread.

``run_task(fn, *args, on_done=..., on_error=..., on_progress=...)`` runs a plain function in
Qt's global thread pool. The function receives a :class:`TaskControl` as its ``control``
keyword when it asks for one (to report progress and to see a cancel request); its result or
exception arrives on the GUI thread through signals. Workers never touch widgets.

Tests call :func:`set_synchronous(True)` to run tasks inline, and :func:`wait_all` to drain
the pool at teardown.
"""

from __future__ import annotations

import inspect
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

log = logging.getLogger(__name__)

_synchronous = False
_live: set[Task] = set()


def set_synchronous(value: bool) -> None:
    global _synchronous
    _synchronous = value


def wait_all(msecs: int = 30000) -> bool:
    return QThreadPool.globalInstance().waitForDone(msecs)


class TaskControl:
    """Handed to the work function: progress reports and the cancel flag."""

    def __init__(self, task: Task) -> None:
        self._task = task
        self._cancel = threading.Event()

    def progress(self, done: int, total: int, text: str = "") -> None:
        self._task.progress.emit(int(done), int(total), text)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class Task(QObject):
    """Signals of one background job; keep the returned object to cancel it."""

    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int, str)
    finished = Signal()

    def __init__(self, fn: Callable[..., Any], args: tuple, kwargs: dict[str, Any]) -> None:
        super().__init__()
        self.control = TaskControl(self)
        self._fn, self._args, self._kwargs = fn, args, kwargs
        try:
            wants_control = "control" in inspect.signature(fn).parameters
        except (TypeError, ValueError):
            wants_control = False
        if wants_control:
            self._kwargs = {**kwargs, "control": self.control}

    def cancel(self) -> None:
        self.control.cancel()

    def execute(self) -> None:
        try:
            result = self._fn(*self._args, **self._kwargs)
        except BaseException as exc:  # delivered to the GUI thread, which decides
            log.exception("background task failed")
            self.failed.emit(exc)
        else:
            self.done.emit(result)
        finally:
            self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task.execute()


def run_task(
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    **kwargs: Any,
) -> Task:
    """Run ``fn(*args, **kwargs)`` off the GUI thread; callbacks run on the GUI thread."""
    task = Task(fn, args, kwargs)
    # Queued: the callbacks run in the thread the Task was made in (the GUI thread), not in
    # the pool thread that emits.
    kind = (
        Qt.ConnectionType.DirectConnection if _synchronous else Qt.ConnectionType.QueuedConnection
    )
    if on_done:
        task.done.connect(on_done, kind)
    if on_error:
        task.failed.connect(on_error, kind)
    if on_progress:
        task.progress.connect(on_progress, kind)
    _live.add(task)
    task.finished.connect(lambda: _live.discard(task), kind)
    if _synchronous:
        task.execute()
    else:
        QThreadPool.globalInstance().start(_Runnable(task))
    return task
