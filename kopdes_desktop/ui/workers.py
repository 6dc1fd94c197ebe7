"""The one helper for long work off the GUI thread.

``run_task(fn, *args, on_done=..., on_error=..., on_progress=...)`` runs a plain function in
Qt's global thread pool. The function receives a :class:`TaskControl` as its ``control``
keyword when it asks for one (to report progress and to see a cancel request); its result or
exception arrives on the GUI thread through signals. Workers never touch widgets.

Cancelling always goes through the task: ``task.cancel()`` makes ``control.cancelled()`` true
(pass ``control.cancelled`` on where a function wants a ``cancelled`` callable). A page that
reloads on every filter change runs its reads through a :class:`Latest`, which cancels the
request a newer one supersedes and drops whatever the older one still delivers.

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
        self._ended = threading.Event()

    def cancel(self) -> None:
        """Ask the work function to stop (it sees ``control.cancelled()`` turn true)."""
        self.control.cancel()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the work function has returned or raised; False on a timeout."""
        return self._ended.wait(timeout)

    def start(self) -> None:
        """Run the work in the pool (inline in the synchronous mode of the tests)."""
        _live.add(self)
        if _synchronous:
            self.execute()
        else:
            QThreadPool.globalInstance().start(_Runnable(self))

    def execute(self) -> None:
        try:
            result = self._fn(*self._args, **self._kwargs)
        except BaseException as exc:  # delivered to the GUI thread, which decides
            log.exception("background task failed")
            self.failed.emit(exc)
        else:
            self.done.emit(result)
        finally:
            self._ended.set()
            self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task.execute()


def prepare_task(
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    **kwargs: Any,
) -> Task:
    """A task for ``fn(*args, **kwargs)`` with its callbacks connected, not started yet: keep
    it (to cancel it) before :meth:`Task.start`, which in the synchronous mode of the tests
    returns only when the work is done."""
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
    task.finished.connect(lambda: _live.discard(task), kind)
    return task


def run_task(
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    **kwargs: Any,
) -> Task:
    """Run ``fn(*args, **kwargs)`` off the GUI thread; callbacks run on the GUI thread."""
    task = prepare_task(
        fn, *args, on_done=on_done, on_error=on_error, on_progress=on_progress, **kwargs
    )
    task.start()
    return task


class Latest:
    """Runs one kind of request of which only the newest answer counts.

    Each :meth:`run` cancels the task it supersedes (through its :class:`TaskControl`) and
    drops the result, error or progress that task still delivers, so a slow old read never
    overwrites a newer one on screen. ``task`` is the newest task (None before the first).
    """

    def __init__(self) -> None:
        self.task: Task | None = None
        self._generation = 0

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        **kwargs: Any,
    ) -> Task:
        """Like :func:`run_task`; the callbacks only hear from the newest request."""
        if self.task is not None:
            self.task.cancel()
        self._generation += 1
        generation = self._generation

        def newest(callback: Callable[..., None] | None) -> Callable[..., None] | None:
            if callback is None:
                return None

            def deliver(*values: Any) -> None:
                if generation == self._generation:
                    callback(*values)

            return deliver

        task = self.task = prepare_task(
            fn,
            *args,
            on_done=newest(on_done),
            on_error=newest(on_error),
            on_progress=newest(on_progress),
            **kwargs,
        )
        task.start()
        return task

    def cancel(self) -> None:
        """Cancel the newest request and drop anything it still delivers."""
        if self.task is not None:
            self.task.cancel()
        self._generation += 1
