"""Opening the data behind the window: the shell is painted first, the store opens meanwhile.

Importing the store layer (SQLAlchemy, the models, the services) and opening and checking the
database cost most of start-up, so :class:`StoreLoader` does both through :func:`run_task`
once the window's shell is on screen; the result comes back to the GUI thread like any other
task's. :class:`FirstPaint` tells when the window has first been painted.
:class:`SecretAsker` lets that thread (or a worker restoring a backup) ask for the data
passphrase with a dialog on the GUI thread.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QWidget

from kopdes_desktop.paths import DataPaths
from kopdes_desktop.settings import Settings
from kopdes_desktop.ui.workers import Task, TaskControl, run_task

if TYPE_CHECKING:
    from kopdes_desktop.core.data_folder import PassphraseRequest
    from kopdes_desktop.ui.context import AppContext, AppEvents

log = logging.getLogger(__name__)

PREPARED_MODULES = ("kopdes_desktop.ui.views.home",)
"""Imported by the loader thread after the store, so building Beranda finds them loaded."""


@dataclass(frozen=True)
class Opened:
    """What the loader hands over: the open context, and whether the demo profile is empty."""

    ctx: AppContext
    demo_needed: bool


def demo_needed(ctx: AppContext) -> bool:
    """Whether the store holds no cooperative yet (an empty demo profile is filled once)."""
    return ctx.services.home.is_empty()


class StoreLoader(QObject):
    """Opens an :class:`AppContext` in a background task.

    ``opened(Opened)`` or ``failed(BaseException)`` is delivered on the thread that made the
    loader (the GUI thread). :meth:`finish` is for shutting down: it cancels a load that has
    not reached the store yet, waits for one that has (an upgrade is never cut short) and
    returns the context opened, for the caller to close.
    """

    opened = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        paths: DataPaths,
        settings: Settings,
        *,
        check_demo: bool = False,
        prepare: Sequence[str] = PREPARED_MODULES,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.settings = settings
        self.check_demo = check_demo
        self.prepare = tuple(prepare)
        self._events: AppEvents | None = None
        self._task: Task | None = None
        self._finishing = False
        self._ctx: AppContext | None = None

    @property
    def started(self) -> bool:
        return self._task is not None

    def start(self) -> None:
        """Begin loading (once, and not after :meth:`finish`). Call it on the GUI thread."""
        if self._task is None and not self._finishing:
            from kopdes_desktop.ui.context import AppEvents

            self._events = AppEvents()  # made here, so it lives on the GUI thread
            self._task = run_task(self._load, on_done=self._loaded, on_error=self.failed.emit)

    def finish(self) -> AppContext | None:
        """Stop or wait for the load; the context it opened (already handed over or not)."""
        self._finishing = True
        if self._task is not None:
            self._task.cancel()
            self._task.wait()
        return self._ctx

    def _load(self, control: TaskControl) -> Opened | None:
        from kopdes_desktop.core import data_folder
        from kopdes_desktop.ui.context import AppContext

        data_folder.load_store_layer()  # the costly import, off the GUI thread

        if control.cancelled():  # the window was closed before the store was reached
            return None
        self._ctx = AppContext.open(self.paths, settings=self.settings, events=self._events)
        empty = self.check_demo and demo_needed(self._ctx)
        for module in self.prepare:
            importlib.import_module(module)
        return Opened(self._ctx, empty)

    def _loaded(self, opened: Opened | None) -> None:
        if opened is not None:
            self.opened.emit(opened)


class FirstPaint(QObject):
    """Calls ``callback`` once, just after ``widget`` is first painted.

    The callback runs from the event loop after the paint, not inside it, so the first frame
    is not held up by what the callback starts.
    """

    def __init__(self, widget: QObject, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._callback)
        return False


@dataclass
class _Question:
    """One passphrase question, carried to the GUI thread and back with its answer."""

    request: PassphraseRequest
    answer: str | None = None


class SecretAsker(QObject):
    """The store's passphrase prompt for the GUI: :meth:`__call__` may be called from any
    thread; the dialog is shown on the GUI thread while the calling thread waits (a blocking
    queued signal)."""

    _asked = Signal(object)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self._asked.connect(self._ask, Qt.ConnectionType.BlockingQueuedConnection)

    def __call__(self, request: PassphraseRequest) -> str | None:
        question = _Question(request)
        if QThread.currentThread() is self.thread():
            self._ask(question)
        else:
            self._asked.emit(question)  # returns once _ask has run on the GUI thread
        return question.answer

    def _ask(self, question: _Question) -> None:
        from kopdes_desktop.ui.dialogs.passphrase import PassphraseDialog

        question.answer = PassphraseDialog.ask(self.window, question.request)
