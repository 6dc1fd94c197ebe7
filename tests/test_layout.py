"""The tests mirror the package: every folder of tests stands for a folder of kopdes_desktop.

So the tests of ``kopdes_desktop/X/Y.py`` are found under ``tests/X/``. The two folders that
stand for something else are named here with what they test (CONTRIBUTING.md says the same).
"""

from __future__ import annotations

from pathlib import Path

import kopdes_desktop

TESTS = Path(__file__).resolve().parent
PACKAGE = Path(kopdes_desktop.__file__).resolve().parent

NOT_A_PACKAGE_FOLDER = {
    "bundle": "the frozen bundle built from packaging/",
    "sync/online": "sync over HTTP: sync/http_*.py with province/service.py answering",
}


def _test_folders(tests: Path) -> list[str]:
    folders = {p.parent.relative_to(tests).as_posix() for p in tests.rglob("test_*.py")}
    folders.discard(".")
    return sorted(folders)


def _strays(tests: Path, package: Path) -> list[str]:
    return [
        folder
        for folder in _test_folders(tests)
        if folder not in NOT_A_PACKAGE_FOLDER and not (package / folder).is_dir()
    ]


def test_every_test_folder_names_a_package_folder() -> None:
    strays = _strays(TESTS, PACKAGE)
    assert strays == [], f"test folders with no kopdes_desktop folder of that name: {strays}"


def test_the_named_exceptions_still_exist() -> None:
    folders = _test_folders(TESTS)
    assert [name for name in NOT_A_PACKAGE_FOLDER if name not in folders] == []


def test_a_folder_named_after_no_package_folder_is_caught(tmp_path: Path) -> None:
    package, tests = tmp_path / "pkg", tmp_path / "tests"
    (package / "ui" / "forms").mkdir(parents=True)
    for folder in ("ui/forms", "ui_editor", "."):
        (tests / folder).mkdir(parents=True, exist_ok=True)
        (tests / folder / "test_x.py").write_text("")
    assert _strays(tests, package) == ["ui_editor"]
