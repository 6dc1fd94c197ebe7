"""The frozen bundle: its size on disk and its start-up time against the same app from source.

Start-up is wall-clock seconds from launching the process to the main window's first paint
(``KOPDES_STARTUP_PROBE``, printed by the app), median of several runs on an existing data
folder, under ``QT_QPA_PLATFORM=offscreen``; the baseline is the source checkout started the
same way in the same run. The bundle is ``dist/kopdes-desktop`` (``python packaging/build.py``)
or the folder named by ``KOPDES_BUNDLE_DIR``; without one the benchmark says so and reports
nothing.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.common import ratio, result, scratch_dir

REPO_ROOT = Path(__file__).resolve().parent.parent
BUNDLE_ENV = "KOPDES_BUNDLE_DIR"
SIZE_TARGET_MB = 250
SOURCE_GUI = "from kopdes_desktop.ui.app import main; raise SystemExit(main())"
SOURCE_SELF_TEST = (
    "import sys; from kopdes_desktop.ui.selftest_gui import run_self_test; "
    "raise SystemExit(run_self_test(sys.argv[1:]))"
)


def bundle_dir() -> Path:
    return Path(os.environ.get(BUNDLE_ENV) or REPO_ROOT / "dist" / "kopdes-desktop")


def _env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KOPDES_STARTUP_PROBE="1")
    env["PYTHONPATH"] = os.pathsep.join([str(REPO_ROOT), *filter(None, [env.get("PYTHONPATH")])])
    env.pop("KOPDES_DATA_DIR", None)
    return env


def size_mb(folder: Path) -> float:
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return total / 1e6


def start_once(command: list[str]) -> float:
    """Seconds from launch to the first paint of the main window."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=_env()
    )
    try:
        for line in process.stdout:
            if line.startswith("shown "):
                elapsed = time.perf_counter() - started
                process.wait(timeout=60)
                return elapsed
        raise RuntimeError(f"{command[0]} exited ({process.wait()}) without showing a window")
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def start_median(command: list[str], runs: int) -> float:
    """Median start-up over ``runs`` launches, after one launch that creates the store."""
    start_once(command)
    return statistics.median(start_once(command) for _ in range(runs))


def self_test_seconds(command: list[str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=_env(), timeout=600)
    if done.returncode != 0:
        raise RuntimeError(f"self-test failed: {done.stdout.strip()} {done.stderr[-500:]}")
    return time.perf_counter() - started


def run(quick: bool) -> list[dict[str, Any]]:
    """Bundle size, frozen and source start-up, frozen and source self-test."""
    bundle = bundle_dir()
    frozen_gui = bundle / ("kopdes-desktop.exe" if sys.platform == "win32" else "kopdes-desktop")
    if not frozen_gui.is_file():
        print(
            f"bench_bundle: skipped, no bundle at {bundle} (build it with "
            f"'python packaging/build.py' or set {BUNDLE_ENV})",
            file=sys.stderr,
        )
        return []
    runs = 3 if quick else 7
    with scratch_dir("bundle") as folder:
        frozen = start_median([str(frozen_gui), "--data-dir", str(folder / "frozen")], runs)
        source = start_median(
            [sys.executable, "-c", SOURCE_GUI, "--data-dir", str(folder / "source")], runs
        )
    frozen_test = self_test_seconds([str(frozen_gui), "--self-test"])
    source_test = self_test_seconds([sys.executable, "-c", SOURCE_SELF_TEST, "--self-test"])
    megabytes = size_mb(bundle)
    return [
        result("bundle size (unpacked)", megabytes, "MB", target=f"< {SIZE_TARGET_MB} MB"),
        result(
            "start-up to first paint, frozen",
            frozen,
            "s",
            baseline=f"source checkout {source:.2f} s",
            ratio=ratio(frozen, source),
            target="ratio <= 1.5",
        ),
        result("start-up to first paint, source", source, "s"),
        result(
            "self-test, frozen",
            frozen_test,
            "s",
            baseline=f"source {source_test:.2f} s",
            ratio=ratio(frozen_test, source_test),
        ),
    ]
