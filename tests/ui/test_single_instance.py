"""One app per data folder: a second start brings the first window forward and ends."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from kopdes_desktop import logging_setup
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.ui.single_instance import LOCK_FILE, InstanceGuard

STALE_LOCK = """
import os, sys
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
assert lock.tryLock(0)
os._exit(0)  # dies holding the lock, as a power cut would leave it
"""


def test_a_second_guard_reaches_the_first_which_comes_forward(qtbot, tmp_path):
    first, second = InstanceGuard(tmp_path / "data"), InstanceGuard(tmp_path / "data")
    try:
        assert first.acquire()
        assert (tmp_path / "data" / LOCK_FILE).exists()
        assert not second.acquire()
        with qtbot.waitSignal(first.activation_requested, timeout=5000):
            assert second.ask_first_to_show()
    finally:
        first.release()
    third = InstanceGuard(tmp_path / "data")
    assert third.acquire()  # released at exit: the next start runs
    third.release()


def test_other_data_folders_run_side_by_side(tmp_path):
    real, demo = InstanceGuard(tmp_path / "data"), InstanceGuard(tmp_path / "data" / "demo")
    try:
        assert real.acquire() and demo.acquire()
    finally:
        real.release()
        demo.release()


def test_a_lock_left_by_a_dead_process_is_taken_over(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    subprocess.run(
        [sys.executable, "-c", STALE_LOCK, str(folder / LOCK_FILE)], check=True, timeout=60
    )
    assert (folder / LOCK_FILE).exists()
    guard = InstanceGuard(folder)
    try:
        assert guard.acquire()
    finally:
        guard.release()


def test_main_window_comes_forward_when_asked(qtbot, ctx):
    from kopdes_desktop.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.showMinimized()
    with qtbot.waitSignal(window.brought_forward):
        window.bring_forward()
    assert not window.isMinimized() and window.isVisible()


def _wait_for(condition, seconds: float = 60) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.2)
    return False


def test_two_real_starts_over_one_folder(tmp_path):
    paths = DataPaths(tmp_path / "data")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KOPDES_DATA_DIR": str(paths.root)}
    command = [sys.executable, "-m", "kopdes_desktop"]
    first = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    try:
        log = logging_setup.log_file(paths)
        assert _wait_for(lambda: log.exists() and (paths.root / LOCK_FILE).exists()), (
            "the first start did not come up"
        )
        second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
        assert second.returncode == 0, second.stderr
        assert "sudah terbuka" in second.stderr
        assert _wait_for(lambda: "window brought forward" in log.read_text(encoding="utf-8"))
        assert first.poll() is None  # the first one is still running
    finally:
        first.terminate()
        first.wait(timeout=60)
