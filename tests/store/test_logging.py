"""The rotating log file and the hook that logs unhandled exceptions."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from kopdes_desktop import logging_setup
from kopdes_desktop.paths import DataPaths


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    logger = logging.getLogger("kopdes_desktop")
    handlers, level = list(logger.handlers), logger.level
    hooks = sys.excepthook, threading.excepthook
    yield
    for handler in list(logger.handlers):
        if handler not in handlers:
            logger.removeHandler(handler)
            handler.close()
    logger.setLevel(level)
    sys.excepthook, threading.excepthook = hooks


def _flush() -> None:
    for handler in logging.getLogger("kopdes_desktop").handlers:
        handler.flush()


def test_log_goes_to_the_data_folder(data_paths: DataPaths) -> None:
    target = logging_setup.configure(data_paths)
    assert target == data_paths.logs / "kopdes.log"
    logging.getLogger("kopdes_desktop.store.db").info("basis data dibuka: %s", "kopdes.sqlite3")
    logging.getLogger("kopdes_desktop.sync").debug("not at INFO level")
    _flush()
    text = target.read_text(encoding="utf-8")
    assert "INFO" in text and "kopdes_desktop.store.db: basis data dibuka: kopdes.sqlite3" in text
    assert "not at INFO level" not in text


def test_log_rotates_and_keeps_five_files(data_paths: DataPaths) -> None:
    target = logging_setup.configure(data_paths)
    log = logging.getLogger("kopdes_desktop.bench")
    line = "x" * 1000
    for _ in range(logging_setup.MAX_BYTES * 7 // 1000):
        log.info(line)
    _flush()
    names = sorted(p.name for p in data_paths.logs.iterdir())
    assert names == ["kopdes.log"] + [f"kopdes.log.{n}" for n in range(1, 6)]
    assert all(p.stat().st_size <= logging_setup.MAX_BYTES for p in data_paths.logs.iterdir())
    assert target.exists()


def test_configure_again_switches_profile(data_paths: DataPaths) -> None:
    logging_setup.configure(data_paths)
    demo = data_paths.demo()
    logging_setup.configure(demo)
    logging.getLogger("kopdes_desktop").warning("profil demo")
    _flush()
    assert "profil demo" in (demo.logs / "kopdes.log").read_text(encoding="utf-8")
    assert "profil demo" not in (data_paths.logs / "kopdes.log").read_text(encoding="utf-8")
    own = [h for h in logging.getLogger("kopdes_desktop").handlers if getattr(h, "_kopdes", 0)]
    assert len(own) == 1


def test_unwritable_log_folder_does_not_stop_the_app(tmp_path: Path) -> None:
    blocker = tmp_path / "berkas"
    blocker.write_text("bukan folder")
    assert logging_setup.configure(DataPaths(blocker / "data")) is None
    logging.getLogger("kopdes_desktop").error("still logged somewhere")


def test_unhandled_exception_is_logged_then_shown(data_paths: DataPaths) -> None:
    target = logging_setup.configure(data_paths)
    shown: list[BaseException] = []
    logging_setup.install_excepthook(lambda _t, exc, _tb: shown.append(exc))
    try:
        raise ValueError("angka tidak sah")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    worker = threading.Thread(target=lambda: 1 / 0)
    worker.start()
    worker.join()
    _flush()
    assert [type(e) for e in shown] == [ValueError, ZeroDivisionError]
    text = target.read_text(encoding="utf-8")
    assert "CRITICAL" in text and "unhandled exception" in text
    assert "ValueError: angka tidak sah" in text and "ZeroDivisionError" in text


def test_failing_dialog_is_logged_too(data_paths: DataPaths) -> None:
    target = logging_setup.configure(data_paths)

    def broken_dialog(*_args: object) -> None:
        raise RuntimeError("dialog tidak bisa dibuka")

    logging_setup.install_excepthook(broken_dialog)
    error = KeyError("koperasi")
    sys.excepthook(KeyError, error, None)
    _flush()
    text = target.read_text(encoding="utf-8")
    assert "KeyError" in text and "dialog tidak bisa dibuka" in text
