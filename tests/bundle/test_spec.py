"""The PyInstaller spec and the installer files, checked against the source tree every run.

The spec is executed with recording stand-ins for PyInstaller's building blocks, so what it
would hand to PyInstaller (scripts, data files, hidden imports, excludes, executables) is
checked without building anything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import kopdes_desktop
from kopdes_desktop import cli, paths

from .conftest import PACKAGING, REPO_ROOT


@dataclass
class Recorded:
    analyses: list[dict[str, Any]] = field(default_factory=list)
    exes: list[dict[str, Any]] = field(default_factory=list)
    collects: list[dict[str, Any]] = field(default_factory=list)


def run_spec() -> Recorded:
    """Execute packaging/kopdes.spec with stand-ins that record their arguments."""
    recorded = Recorded()

    class Analysis:
        def __init__(self, scripts: list[str], **kwargs: Any) -> None:
            self.scripts = [(Path(s).stem, s, "PYSOURCE") for s in scripts]
            self.pure, self.binaries = [], []
            self.datas = [(dest, src, "DATA") for src, dest in kwargs["datas"]]
            recorded.analyses.append({"scripts": scripts, **kwargs})

    def exe(_pyz: object, _scripts: list, _extra: list, **kwargs: Any) -> dict[str, Any]:
        recorded.exes.append(kwargs)
        return kwargs

    def collect(*items: Any, **kwargs: Any) -> None:
        recorded.collects.append({"items": items, **kwargs})

    spec = PACKAGING / "kopdes.spec"
    namespace = {
        "SPECPATH": str(PACKAGING),
        "Analysis": Analysis,
        "PYZ": lambda pure: pure,
        "EXE": exe,
        "COLLECT": collect,
        "__file__": str(spec),
    }
    exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"), namespace)
    return recorded


@pytest.fixture(scope="module")
def recorded() -> Recorded:
    return run_spec()


def test_spec_builds_two_executables_over_one_folder(recorded: Recorded, layout: ModuleType):
    assert [a["scripts"] for a in recorded.analyses] == [
        [str(layout.GUI_ENTRY)],
        [str(layout.CLI_ENTRY)],
    ]
    assert all(Path(a["scripts"][0]).is_file() for a in recorded.analyses)
    assert [(e["name"], e["console"]) for e in recorded.exes] == [
        ("kopdes-desktop", False),
        ("kopdes", True),
    ]
    assert all(e["exclude_binaries"] for e in recorded.exes)
    (collect,) = recorded.collects
    assert collect["name"] == "kopdes-desktop"
    assert collect["items"][:2] == tuple(recorded.exes)


def test_every_data_file_exists_and_resources_are_complete(recorded: Recorded):
    datas = recorded.analyses[0]["datas"]
    assert datas == recorded.analyses[1]["datas"]
    for source, _destination in datas:
        assert Path(source).is_file(), source
    shipped = {
        Path(source).relative_to(REPO_ROOT).as_posix()
        for source, _ in datas
        if Path(source).is_relative_to(REPO_ROOT)
    }
    for folder in ("instruments", "i18n", "icons", "fonts"):
        assert any(p.startswith(f"resources/{folder}/") for p in shipped), folder
    wanted = {
        p.relative_to(REPO_ROOT).as_posix()
        for pattern in (
            "resources/instruments/*/*.json",
            "resources/i18n/*.qm",
            "resources/fonts/*",
            "resources/icons/*",
        )
        for p in REPO_ROOT.glob(pattern)
    }
    assert wanted <= shipped
    assert not any(p.endswith(".ts") for p in shipped), "translation sources are not shipped"


def test_migrations_ship_as_real_files_where_migrate_looks(recorded: Recorded):
    migrations = REPO_ROOT / "kopdes_desktop" / "store" / "migrations"
    wanted = {
        p
        for p in migrations.rglob("*")
        if p.suffix in (".py", ".mako") and "__pycache__" not in p.parts
    }
    placed = {
        Path(src): dest
        for src, dest in recorded.analyses[0]["datas"]
        if Path(src).is_relative_to(migrations)
    }
    assert set(placed) == wanted
    for source, destination in placed.items():
        assert destination == source.parent.relative_to(REPO_ROOT).as_posix()
    assert (migrations / "versions" / "0002_monthly_notes.py") in placed


def test_hidden_imports_cover_the_cli_commands_and_skip_the_province(recorded: Recorded):
    gui, command_line = (set(a["hiddenimports"]) for a in recorded.analyses)
    present = {
        name
        for name in cli.COMMAND_MODULES
        if (REPO_ROOT / (name.replace(".", "/") + ".py")).is_file()
    }
    assert present and present <= gui and present <= command_line
    assert "kopdes_desktop.ui.selftest_gui" in gui
    assert not any(name.startswith("kopdes_desktop.ui") for name in command_line)
    assert not any(name.startswith("kopdes_desktop.province") for name in gui | command_line)
    assert {"alembic.op", "alembic.context"} <= gui & command_line


def test_unused_qt_and_toolkits_are_excluded(recorded: Recorded):
    gui, command_line = (set(a["excludes"]) for a in recorded.analyses)
    for name in (
        "PySide6.QtQml",
        "PySide6.QtQuick",
        "PySide6.Qt3DCore",
        "PySide6.QtWebEngineCore",
        "PySide6.QtMultimedia",
        "tkinter",
        "fastapi",
    ):
        assert name in gui and name in command_line, name
    for used in ("PySide6.QtCharts", "PySide6.QtPdf", "PySide6.QtSvg", "PySide6.QtWidgets"):
        assert used not in gui, used
    assert {"PySide6", "kopdes_desktop.ui"} <= command_line


@pytest.mark.parametrize(
    ("destination", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6\\plugins\\imageformats\\qtiff.dll", False),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/Qt/lib/libQt6Gui.so.6", True),
        ("libpython3.11.so.1.0", True),
    ],
)
def test_qt_plugin_selection(layout: ModuleType, destination: str, kept: bool):
    assert layout.keep_binary(destination) is kept


@pytest.mark.parametrize(
    ("name", "prunable"),
    [
        ("PySide6/Qt/lib/libQt6Quick.so.6", True),
        ("PySide6/Qt/lib/libQt6QmlModels.so.6", True),
        ("PySide6/Qt/lib/libQt6VirtualKeyboard.so.6", True),
        ("libcairo.so.2", True),
        ("PySide6\\opengl32sw.dll", True),
        ("PySide6/Qt/lib/libQt6Gui.so.6", False),
        ("PySide6/Qt/lib/libQt6OpenGLWidgets.so.6", False),
        ("libharfbuzz.so.0", False),
        ("libpython3.11.so.1.0", False),
    ],
)
def test_prunable_libraries(layout: ModuleType, name: str, prunable: bool):
    assert layout.prunable(name) is prunable


def test_qt_translations_are_dropped_but_ours_are_kept(layout: ModuleType):
    assert not layout.keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert layout.keep_data("resources/i18n/editor_id.qm")


def test_version_is_single_sourced(layout: ModuleType):
    assert layout.version() == kopdes_desktop.__version__
    build = (PACKAGING / "build.py").read_text(encoding="utf-8")
    assert "/DAppVersion={layout.version()}" in build


def test_gui_entry_runs_the_installed_gui_function(layout: ModuleType):
    text = layout.GUI_ENTRY.read_text(encoding="utf-8")
    assert "from kopdes_desktop.ui.app import main" in text
    assert "from kopdes_desktop.cli import main" in layout.CLI_ENTRY.read_text(encoding="utf-8")


def test_windows_icon_for_the_executables(recorded: Recorded, layout: ModuleType):
    icon = layout.icon_file()
    assert icon is not None and all(e["icon"] == str(icon) for e in recorded.exes)
    assert re.search(r"^SetupIconFile=kopdes\.ico$", _iss(), re.MULTILINE)
    assert (PACKAGING / "windows" / icon.name).is_file()


def _iss() -> str:
    return (PACKAGING / "windows" / "kopdes.iss").read_text(encoding="utf-8")


def test_inno_setup_script_installs_per_user_and_keeps_data():
    iss = _iss()
    setup = dict(re.findall(r"^(\w+)=(.*)$", iss.split("[Setup]")[1].split("\n[")[0], re.MULTILINE))
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setup["AppId"])
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{autopf}")
    assert "PrivilegesRequiredOverridesAllowed" not in setup
    languages = re.findall(r'^Name: "(\w+)"; MessagesFile: "(.+)"$', iss, re.MULTILINE)
    assert [name for name, _ in languages] == ["id", "en"]
    assert "Indonesian.isl" in iss and languages[1][1] == "compiler:Default.isl"
    assert re.search(
        r'^Name: "\{autoprograms\}\\.*"; Filename: "\{app\}\\\{#AppExe\}"', iss, re.MULTILINE
    )
    assert re.search(r'^Name: "\{autodesktop\}\\.*Tasks: desktopicon', iss, re.MULTILINE)
    # The uninstaller removes installed files only, and never the data folder.
    assert "[UninstallDelete]" not in iss.replace("; No [UninstallDelete]", "")
    data_folder = f"{{localappdata}}\\{paths.APP_AUTHOR}\\{paths.APP_NAME}"
    assert data_folder in iss
    for line in re.findall(r"^Type: .*$", iss, re.MULTILINE):
        assert "{app}" in line and "localappdata" not in line


def test_desktop_entry_names_the_executable_and_the_icon(layout: ModuleType):
    import configparser

    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(PACKAGING / "linux" / "kopdes-desktop.desktop", encoding="utf-8")
    main = entry["Desktop Entry"]
    assert main["Type"] == "Application" and main["Terminal"] == "false"
    assert main["Exec"] == layout.GUI_NAME
    assert main["Icon"] == "kopdes-desktop"
    assert main["Comment[id]"] and main["Name"] == "Kopdes Desktop"
    assert entry["Desktop Action demo"]["Exec"] == f"{layout.GUI_NAME} --demo"


def test_hicolor_icons_have_their_sizes():
    from PIL import Image

    hicolor = PACKAGING / "linux" / "icons" / "hicolor"
    sizes = sorted(int(p.name.split("x")[0]) for p in hicolor.glob("*x*"))
    assert sizes == [16, 24, 32, 48, 64, 128, 256, 512]
    for size in sizes:
        with Image.open(hicolor / f"{size}x{size}" / "apps" / "kopdes-desktop.png") as image:
            assert image.size == (size, size) and image.mode == "RGBA"
    scalable = hicolor / "scalable" / "apps" / "kopdes-desktop.svg"
    assert scalable.read_bytes() == (REPO_ROOT / "resources" / "icons" / "kopdes.svg").read_bytes()
    with Image.open(PACKAGING / "windows" / "kopdes.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
