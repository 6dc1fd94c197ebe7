"""The one background-work helper: cancelling through the task, and :class:`Latest` dropping
superseded answers. Tasks run on Qt's real thread pool here (not the synchronous mode)."""

from __future__ import annotations

import threading

import pytest

from kopdes_desktop.ui import workers
from kopdes_desktop.ui.workers import Latest, TaskControl, run_task


@pytest.fixture
def pool(qapp):
    workers.set_synchronous(False)
    yield
    assert workers.wait_all()


def _until_cancelled(control: TaskControl, started: threading.Event) -> str:
    started.set()
    while not control.cancelled():
        threading.Event().wait(0.005)
    return "stopped"


def test_cancel_reaches_the_work_function(qtbot, qapp, pool) -> None:
    started = threading.Event()
    results: list[object] = []
    task = run_task(_until_cancelled, started=started, on_done=results.append)
    assert started.wait(10)
    task.cancel()
    assert task.wait(10)
    qtbot.waitUntil(lambda: results == ["stopped"])


def test_a_superseded_result_is_dropped(qtbot, qapp, pool) -> None:
    release = threading.Event()

    def slow(value: str) -> str:
        release.wait(10)
        return value

    latest = Latest()
    results: list[str] = []
    older = latest.run(slow, "older", on_done=results.append)
    newer = latest.run(lambda: "newer", on_done=results.append)
    qtbot.waitUntil(lambda: results == ["newer"])
    release.set()
    assert older.wait(10) and newer.wait(10)
    qapp.processEvents()  # delivers what the older task queued before it ended
    assert results == ["newer"]


def test_a_superseded_error_is_dropped_and_the_newest_one_arrives(qtbot, qapp, pool) -> None:
    release = threading.Event()

    def failing(text: str) -> None:
        release.wait(10)
        raise ValueError(text)

    latest = Latest()
    errors: list[str] = []
    older = latest.run(failing, "older", on_error=lambda exc: errors.append(str(exc)))
    latest.run(failing, "newer", on_error=lambda exc: errors.append(str(exc)))
    release.set()
    assert older.wait(10)
    qtbot.waitUntil(lambda: errors == ["newer"])
    qapp.processEvents()
    assert errors == ["newer"]


def test_a_newer_request_cancels_the_one_it_supersedes(qtbot, qapp, pool) -> None:
    started = threading.Event()
    latest = Latest()
    results: list[str] = []
    older = latest.run(_until_cancelled, started=started, on_done=results.append)
    assert started.wait(10)
    latest.run(lambda: "newer", on_done=results.append)
    assert older.wait(10)  # returned because its control saw the cancel
    assert older.control.cancelled()
    qtbot.waitUntil(lambda: results == ["newer"])


def test_cancelling_a_latest_drops_what_its_task_still_delivers(qtbot, qapp, pool) -> None:
    started = threading.Event()
    latest = Latest()
    results: list[str] = []
    task = latest.run(_until_cancelled, started=started, on_done=results.append)
    assert started.wait(10)
    latest.cancel()
    assert task.wait(10)
    qapp.processEvents()
    assert results == []


def test_the_synchronous_mode_still_delivers_the_newest(qapp) -> None:
    workers.set_synchronous(True)
    try:
        latest = Latest()
        results: list[int] = []
        for value in (1, 2, 3):
            latest.run(lambda v=value: v, on_done=results.append)
        assert results == [1, 2, 3]  # each finished before the next was asked for
    finally:
        workers.set_synchronous(False)
