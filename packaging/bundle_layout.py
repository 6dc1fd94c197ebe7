"""What goes into the one-folder bundle, in plain Python shared by the spec, the build script
and the tests (it imports neither PyInstaller nor Qt).

The bundle is one folder, ``kopdes-desktop/``, holding two executables over one set of
libraries: ``kopdes-desktop`` (the GUI, no console on Windows) and ``kopdes`` (the command line).
Data files land under PyInstaller's ``_internal/`` folder (``sys._MEIPASS``), where
``kopdes_desktop.resources`` and ``kopdes_desktop.store.migrate`` look for them.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
from pathlib import Path

PACKAGING_DIR = Path(__file__).resolve().parent
ROOT = PACKAGING_DIR.parent
PACKAGE_DIR = ROOT / "kopdes_desktop"

BUNDLE_NAME = "kopdes-desktop"
GUI_NAME = "kopdes-desktop"
CLI_NAME = "kopdes"
GUI_ENTRY = PACKAGING_DIR / "entry_desktop.py"
CLI_ENTRY = PACKAGING_DIR / "entry_cli.py"

# resources/ subfolders the app reads at run time, copied as real files.
RESOURCE_DIRS = ("instruments", "i18n", "icons", "fonts")
# Files under resources/ that are sources, not run-time data.
RESOURCE_SOURCE_SUFFIXES = (".ts", ".pro")

# Qt modules the app never imports. PyInstaller collects a Qt module's libraries and plugins only
# when it is imported, so naming them here guards against an indirect import pulling them in.
QT_EXCLUDES = (
    "Qt3DAnimation",
    "Qt3DCore",
    "Qt3DExtras",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DRender",
    "QtAxContainer",
    "QtBluetooth",
    "QtDataVisualization",
    "QtDesigner",
    "QtGraphs",
    "QtGraphsWidgets",
    "QtHelp",
    "QtHttpServer",
    "QtLocation",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtNetworkAuth",
    "QtNfc",
    "QtPositioning",
    "QtQml",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickWidgets",
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtSerialBus",
    "QtSerialPort",
    "QtSpatialAudio",
    "QtSql",
    "QtStateMachine",
    "QtTest",
    "QtTextToSpeech",
    "QtUiTools",
    "QtWebChannel",
    "QtWebEngineCore",
    "QtWebEngineQuick",
    "QtWebEngineWidgets",
    "QtWebSockets",
    "QtWebView",
)
# Python packages the desktop app does not use: the standard library's GUI toolkit and
# developer tools, other Qt bindings, optional extras of dependencies, and the province server
# (which runs elsewhere, from the Python package).
PY_EXCLUDES = (
    "tkinter",
    "_tkinter",
    "turtle",
    "turtledemo",
    "idlelib",
    "lib2to3",
    "ensurepip",
    "venv",
    "pydoc_data",
    "distutils",
    "setuptools",
    "pip",
    "pkg_resources",
    "PyQt5",
    "PyQt6",
    "PySide2",
    "IPython",
    "matplotlib",
    "numpy",
    "pandas",
    "scipy",
    "pytest",
    "_pytest",
    "hypothesis",
    "pypdf",
    "fastapi",
    "starlette",
    "uvicorn",
    "pydantic",
    "pydantic_core",
    "psycopg",
    "jsonschema_rs",
    "kopdes_desktop.province",
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL.ImageTk",
    "PIL._imagingtk",
    # httpx2's own command line (rich, pygments, click) and jsonschema's optional remote refs
    "httpx2._main",
    "rich",
    "pygments",
    "click",
    "markdown_it",
    "mdurl",
    "requests",
    "urllib3",
)
# Qt plugins for other kinds of devices (embedded framebuffers, VNC, evdev input), the GTK theme
# (which pulls in the whole GTK stack), the virtual keyboard (which pulls in QtQuick and QtQml),
# network reachability and TLS backends (the app syncs through httpx2), and image formats
# nobody photographs in: (plugin folder, plugin name without "lib" and suffix).
DROP_QT_PLUGINS = {
    "egldeviceintegrations": "*",
    "generic": "*",
    "networkinformation": "*",
    "tls": "*",
    "platforminputcontexts": ("qtvirtualkeyboardplugin",),
    "platformthemes": ("qgtk3",),
    "platforms": ("qeglfs", "qlinuxfb", "qvnc", "qvkkhrdisplay", "qminimalegl"),
    "imageformats": ("qtiff", "qicns", "qtga", "qwbmp", "qmacheif", "qmacjp2"),
}
# Libraries that only the dropped plugins need; each one is removed only if no binary left in
# the bundle imports it. Qt's software OpenGL for Windows is for QtQuick/OpenGL scenes; the app
# paints with widgets only.
PRUNABLE_LIBRARIES = re.compile(
    r"^(lib)?(Qt6(Quick|Qml|VirtualKeyboard|EglFS|EglFsKms)\w*|"
    r"atk|cairo|pango|gdk|gtk|pixman|datrie|thai|fribidi|graphite2|epoxy|opengl32sw)",
    re.IGNORECASE,
)
# Qt's own translations: it ships none for Indonesian (the project keeps its own qtbase_id in
# resources/i18n), and English needs none.
DROP_DATA_PREFIXES = ("PySide6/Qt/translations/", "PySide6/translations/")


def version() -> str:
    """``kopdes_desktop.__version__``, read without importing the package."""
    tree = ast.parse((PACKAGE_DIR / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise LookupError("kopdes_desktop/__init__.py defines no __version__")


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"{name} is not installed in {sys.executable}")
    return Path(next(iter(spec.submodule_search_locations)))


def resource_files() -> list[tuple[Path, str]]:
    """(file, folder inside the bundle) for every run-time file under resources/."""
    files = []
    for folder in RESOURCE_DIRS:
        for path in sorted((ROOT / "resources" / folder).rglob("*")):
            if path.is_file() and path.suffix not in RESOURCE_SOURCE_SUFFIXES:
                relative = path.parent.relative_to(ROOT)
                files.append((path, relative.as_posix()))
    return files


def migration_files() -> list[tuple[Path, str]]:
    """The Alembic scripts, as real files where ``store/migrate.py`` expects them."""
    folder = PACKAGE_DIR / "store" / "migrations"
    files = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix in (".py", ".mako"):
            files.append((path, path.parent.relative_to(ROOT).as_posix()))
    return files


def third_party_data() -> list[tuple[Path, str]]:
    """Data files of dependencies that PyInstaller has no hook for."""
    lokal = _package_dir("lokal") / "data"
    return [(path, "lokal/data") for path in sorted(lokal.iterdir()) if path.is_file()]


def datas() -> list[tuple[str, str]]:
    """Every data file of the bundle as PyInstaller's (source, destination folder) pairs."""
    pairs = resource_files() + migration_files() + third_party_data()
    return [(str(source), destination) for source, destination in pairs]


def _modules_under(package: str) -> list[str]:
    folder = ROOT.joinpath(*package.split("."))
    names = []
    for path in sorted(folder.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if "migrations" in parts or "__pycache__" in parts or parts[-1] == "__main__":
            continue
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def hiddenimports(gui: bool) -> list[str]:
    """Our modules (the CLI imports its commands by name, views may load lazily) plus what the
    migration scripts import; the CLI executable leaves out ``ui`` and with it Qt."""
    skipped = ("kopdes_desktop.province",) + (() if gui else ("kopdes_desktop.ui",))
    modules = [name for name in _modules_under("kopdes_desktop") if not name.startswith(skipped)]
    # reportlab's barcode package imports its symbologies by name when a widget is made.
    barcodes = [
        f"reportlab.graphics.barcode.{path.stem}"
        for path in sorted(_package_dir("reportlab.graphics.barcode").glob("*.py"))
        if path.stem not in ("__init__", "test")
    ]
    return modules + barcodes + ["alembic.op", "alembic.context", "sqlalchemy.dialects.sqlite"]


def excludes(gui: bool) -> list[str]:
    """Module names PyInstaller must leave out of the GUI or the CLI executable."""
    names = [f"PySide6.{name}" for name in QT_EXCLUDES] + list(PY_EXCLUDES)
    return names if gui else names + ["PySide6", "shiboken6", "kopdes_desktop.ui"]


def keep_data(destination: str) -> bool:
    """Whether a data file PyInstaller's hooks collected belongs in the bundle."""
    normalized = destination.replace("\\", "/")
    return not normalized.startswith(DROP_DATA_PREFIXES)


def _plugin(destination: str) -> tuple[str, str] | None:
    """(plugin folder, plugin name) for a Qt plugin's place in the bundle, else None."""
    parts = destination.replace("\\", "/").split("/")
    if len(parts) < 3 or parts[-3] != "plugins" or "PySide6" not in parts:
        return None
    stem = parts[-1].split(".")[0]
    return parts[-2], stem[3:] if stem.startswith("lib") else stem


def keep_binary(destination: str) -> bool:
    """Whether a binary PyInstaller collected belongs in the bundle (before pruning)."""
    plugin = _plugin(destination)
    if plugin is None:
        return True
    dropped = DROP_QT_PLUGINS.get(plugin[0], ())
    return not (dropped == "*" or plugin[1] in dropped)


def prunable(destination: str) -> bool:
    """Whether a library may go once nothing left in the bundle imports it."""
    name = destination.replace("\\", "/").rsplit("/", 1)[-1]
    return bool(PRUNABLE_LIBRARIES.match(name))


def icon_file() -> Path | None:
    """The Windows icon for the executables (``.ico``), if one has been made."""
    path = PACKAGING_DIR / "windows" / "kopdes.ico"
    return path if path.is_file() else None
