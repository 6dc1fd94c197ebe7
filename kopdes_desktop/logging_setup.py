"""The application log: a rotating file in the data folder's ``logs/``, and a crash hook.

Nothing happens at import time. The GUI and the CLI call :func:`configure` once at start-up
(the CLI once its data folder is known to hold a store, so a mistyped folder gets no ``logs/``)
and :func:`log_start`; the GUI also calls :func:`install_excepthook` with a callback that shows
its dialog. What is logged: starts, commands, outcomes (counts) and errors, never values a
mentor typed (names, phone numbers, NIK).
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from kopdes_desktop import __version__
from kopdes_desktop.paths import DataPaths

LOG_FILENAME = "kopdes.log"
MAX_BYTES = 2 * 1024 * 1024
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)-7s %(process)d %(name)s: %(message)s"

log = logging.getLogger("kopdes_desktop")

ExceptionCallback = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def log_file(paths: DataPaths) -> Path:
    """Where :func:`configure` writes the log for this profile."""
    return paths.logs / LOG_FILENAME


def configure(
    paths: DataPaths, level: int | str = logging.INFO, *, also_stderr: bool = False
) -> Path | None:
    """Send the ``kopdes_desktop`` loggers to a rotating file under ``paths.logs`` (and their
    warnings to stderr too with ``also_stderr``, for a service watched by its console).

    Calling it again (for another profile) replaces the earlier file handler. When the folder
    cannot be written, logging goes to stderr only and None is returned: a read-only data
    folder must not stop the app from starting and saying so.
    """
    close()
    log.setLevel(level)
    target: Path | None
    target = log_file(paths)  # None below when the folder cannot be written
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(
            target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError as exc:
        handler = logging.StreamHandler(sys.stderr)
        handler.setLevel(logging.WARNING)
        target = None
        reason = exc.strerror or str(exc)
    else:
        reason = ""
    handler.setFormatter(logging.Formatter(FORMAT))
    handler._kopdes = True  # type: ignore[attr-defined]  # our mark, see close()
    log.addHandler(handler)
    if also_stderr and target is not None:
        console = logging.StreamHandler(sys.stderr)
        console.setLevel(logging.WARNING)
        console.setFormatter(logging.Formatter(FORMAT))
        console._kopdes = True  # type: ignore[attr-defined]  # our mark, see close()
        log.addHandler(console)
    logging.captureWarnings(True)
    if target is None:
        log.warning("log folder %s cannot be written (%s); logging to stderr", paths.logs, reason)
    return target


def log_start(program: str) -> None:
    """One line per start: the program, its version and the platform."""
    log.info(
        "%s %s started (Python %s, %s)",
        program,
        __version__,
        platform.python_version(),
        platform.system(),
    )


def discard() -> None:
    """Log nowhere (a command-line run on a folder that must not get a ``logs/``): without a
    handler Python would print warnings on stderr beside the command's own message."""
    close()
    handler = logging.NullHandler()
    handler._kopdes = True  # type: ignore[attr-defined]  # our mark, see close()
    log.addHandler(handler)


def close() -> None:
    """Detach and close the file handler (at the end of a command-line run)."""
    for handler in [h for h in log.handlers if getattr(h, "_kopdes", False)]:
        log.removeHandler(handler)
        handler.close()


def install_excepthook(callback: ExceptionCallback | None = None) -> None:
    """Log every unhandled exception (main and other threads), then call ``callback``.

    ``callback(exc_type, exc, traceback)`` is where the GUI shows its friendly dialog; a failure
    inside the callback is logged too rather than hiding the first error. Without a callback the
    traceback is also printed as Python normally does. Ctrl+C keeps Python's default behaviour.
    """

    def _hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.critical("unhandled exception", exc_info=(exc_type, exc, tb))
        if callback is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        try:
            callback(exc_type, exc, tb)
        except Exception:
            log.exception("the error handler itself failed")

    def _thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            _hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = _hook
    threading.excepthook = _thread_hook
