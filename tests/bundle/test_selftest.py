"""The self-test from source: ``kopdes-desktop --self-test`` run in a child process, the core
part with Qt made unimportable, and a failing check named in the summary."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from kopdes_desktop import __version__, selftest

from .conftest import offscreen_env

RUN_GUI_SELF_TEST = (
    "import sys; from kopdes_desktop.ui.app import main; raise SystemExit(main(sys.argv[1:]))"
)
WITHOUT_QT = (
    "import sys; sys.modules['PySide6'] = None; "
    "from kopdes_desktop import selftest; outcome = selftest.run(); print(outcome.summary()); "
    "assert not any(m.startswith('PySide6.') for m in sys.modules), 'Qt was imported'; "
    "raise SystemExit(0 if outcome.ok else 1)"
)


def _run(code: str, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=offscreen_env(**env),
        timeout=240,
    )


def test_self_test_from_source_passes_with_one_line(tmp_path: Path):
    keep = tmp_path / "kept"
    result = _run(RUN_GUI_SELF_TEST, "--self-test", "--self-test-keep", str(keep))
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1, result.stdout
    line = lines[0]
    assert line.startswith(f"self-test OK (Kopdes Desktop {__version__}): ")
    for phrase in (
        "database at revision",
        "instruments",
        "assessment scored",
        "report PDF",
        "sealed and verified",
        "Indonesian translation",
        "icon drawn",
        "previewed by QtPdf",
        "interface modules",
        "main window started",
    ):
        assert phrase in line, phrase
    report = keep / "data" / "reports" / "uji-mandiri.pdf"
    assert report.read_bytes().startswith(b"%PDF-")
    assert list((keep / "outbox").iterdir()), "the sync batch file was written"


def test_core_self_test_runs_without_qt():
    result = _run(WITHOUT_QT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "sealed and verified" in result.stdout


def test_summary_goes_to_a_file_when_there_is_no_console(tmp_path: Path):
    code = "import sys; sys.stdout = None; " + RUN_GUI_SELF_TEST.removeprefix("import sys; ")
    result = _run(code, "--self-test", TMPDIR=str(tmp_path))
    assert result.returncode == 0, result.stderr
    written = (tmp_path / "kopdes-self-test.txt").read_text(encoding="utf-8")
    assert written.startswith("self-test OK")


def test_a_failing_check_is_named_and_stops_the_run(tmp_path: Path):
    def broken(_ctx: selftest.Context) -> str:
        raise OSError("disk full")

    def never(_ctx: selftest.Context) -> str:
        raise AssertionError("checks after a failure must not run")

    keep = tmp_path / "kept"
    outcome = selftest.run([("broken", broken), ("after", never)], keep=keep)
    assert not outcome.ok
    assert outcome.failed == "broken"
    assert [name for name, _ in outcome.passed] == [name for name, _ in selftest.CORE_CHECKS]
    summary = outcome.summary()
    assert summary.startswith("self-test GAGAL/FAILED at 'broken': OSError: disk full")
    assert "\n" not in summary


def test_a_failing_core_check_names_it(tmp_path: Path):
    blocked = tmp_path / "kept"
    blocked.mkdir()
    (blocked / "data").write_text("a file where the data folder should be", encoding="utf-8")
    outcome = selftest.run(keep=blocked)
    assert outcome.failed == "store"
    assert outcome.passed == []
    assert "StoreError" in outcome.error
