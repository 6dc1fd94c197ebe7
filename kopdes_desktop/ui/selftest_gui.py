"""``kopdes-desktop --self-test``: the core self-test plus what only Qt can prove.

On top of :mod:`kopdes_desktop.selftest` (store, instruments, assessment, PDF, sync) it loads
every Indonesian translation, draws the app icon (the SVG icon engine is there), renders the
report's first page with QtPdf, imports every view, and goes through the main window's
start-up (the shell, the store opened on a background thread, Beranda filled), so a frozen
build missing a Qt plugin, a translation or a lazily imported module fails here rather than in
a mentor's hands. No window is shown; under ``QT_QPA_PLATFORM=offscreen`` it runs without a
display.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QEventLoop, QIODevice, QSize, QTimer, QTranslator
from PySide6.QtGui import QColor, QIcon, QImage

from kopdes_desktop import resources, selftest
from kopdes_desktop.ui import i18n
from kopdes_desktop.ui.qt_app import qapp

REPORT_FILE = "kopdes-self-test.txt"
"""Where the summary goes when the GUI executable has no console (Windows)."""
STARTUP_TIMEOUT_MS = 60_000


def check_translations(_ctx: selftest.Context) -> str:
    """Every compiled Indonesian translation loads and is not empty."""
    files = i18n.translation_files("id")
    if not files:
        raise RuntimeError(f"no *_id.qm translation in {i18n.i18n_dir()}")
    for file in files:
        translator = QTranslator()
        if not translator.load(str(file)) or translator.isEmpty():
            raise RuntimeError(f"translation {file.name} does not load or is empty")
    installed = i18n.install_translators(qapp(), "id")
    if len(installed) < len(files):
        raise RuntimeError(f"{len(installed)} of {len(files)} translations installed")
    return f"{len(files)} Indonesian translation file{'s' if len(files) > 1 else ''}"


def check_icon(_ctx: selftest.Context) -> str:
    """The app icon (SVG) draws, which needs Qt's SVG icon engine in the bundle."""
    icon = QIcon(str(resources.path("icons", "kopdes.svg")))
    image = icon.pixmap(QSize(64, 64)).toImage()
    if image.isNull() or not _has_ink(image):
        raise RuntimeError("the app icon does not draw (Qt SVG icon engine missing?)")
    return "icon drawn"


def check_pdf_view(ctx: selftest.Context) -> str:
    """The report's first page renders with QtPdf, as the preview shows it."""
    from PySide6.QtPdf import QPdfDocument

    data = QByteArray(ctx.pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        raise RuntimeError(f"QtPdf cannot open the report ({document.error()})")
    pages = document.pageCount()
    image = document.render(0, QSize(210, 297))
    document.close()
    if image.isNull() or not _has_ink(image):
        raise RuntimeError("QtPdf rendered a blank first page")
    return f"report previewed by QtPdf ({pages} pages)"


def check_views(_ctx: selftest.Context) -> str:
    """Every module of the interface imports (views and dialogs are loaded lazily)."""
    import kopdes_desktop.ui as ui

    count = 0
    for module in pkgutil.walk_packages(ui.__path__, "kopdes_desktop.ui."):
        if module.name != __name__:
            importlib.import_module(module.name)
            count += 1
    return f"{count} interface modules"


def check_startup(ctx: selftest.Context) -> str:
    """The main window's start-up: its shell, the store opened by the background loader, the
    context attached and Beranda filled (the window is built, not shown)."""
    from kopdes_desktop.settings import Settings
    from kopdes_desktop.ui import workers
    from kopdes_desktop.ui.main_window import MainWindow
    from kopdes_desktop.ui.startup import Opened, StoreLoader

    window = MainWindow.shell(ctx.paths, Settings(ctx.paths.settings_file))
    loader = StoreLoader(ctx.paths, window.settings, parent=window)
    loop = QEventLoop()
    errors: list[BaseException] = []
    filled: list[bool] = []

    def failed(error: BaseException) -> None:
        errors.append(error)
        loop.quit()

    def home_filled() -> None:
        filled.append(True)
        loop.quit()

    def opened(result: Opened) -> None:
        try:
            window.attach(result.ctx)
            home = window.view("beranda")
        except Exception as exc:  # reported by the self-test, not left to the event loop
            failed(exc)
            return
        home.loaded.connect(home_filled)

    loader.opened.connect(opened)
    loader.failed.connect(failed)
    QTimer.singleShot(STARTUP_TIMEOUT_MS, loop.quit)
    loader.start()
    try:
        loop.exec()
    finally:
        opened_ctx = loader.finish()
        workers.wait_all()
        if opened_ctx is not None:
            opened_ctx.close()
        window.deleteLater()
    if errors:
        raise errors[-1]
    if not filled:
        raise RuntimeError("the main window's data did not load in time")
    return "main window started"


def _has_ink(image: QImage) -> bool:
    """Whether an image has at least one pixel that is neither white nor transparent."""
    white = QColor("white")
    step = max(1, min(image.width(), image.height()) // 32)
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            colour = image.pixelColor(x, y)
            if colour.alpha() > 0 and colour != white:
                return True
    return False


GUI_CHECKS = (
    ("translations", check_translations),
    ("icon", check_icon),
    ("pdf preview", check_pdf_view),
    ("interface", check_views),
    ("start-up", check_startup),
)


def _emit(line: str) -> None:
    # A windowed executable on Windows has no stdout; the summary then goes to a file.
    if sys.stdout is not None:
        print(line, flush=True)
        return
    (Path(tempfile.gettempdir()) / REPORT_FILE).write_text(line + "\n", encoding="utf-8")


def run_self_test(argv: Sequence[str] | None = None) -> int:
    """Run the whole self-test; prints one line and returns 0, or 1 naming what failed."""
    parser = argparse.ArgumentParser(prog="kopdes-desktop --self-test")
    parser.add_argument("--self-test", action="store_true")
    parser.add_argument(
        "--self-test-keep",
        type=Path,
        help="leave the test's data folder here instead of removing it",
    )
    args, _rest = parser.parse_known_args(list(sys.argv[1:] if argv is None else argv))
    # Kept in a local for the whole run: the checks need a living application object.
    app = qapp([sys.argv[0] if sys.argv else "kopdes-desktop"])  # noqa: F841
    outcome = selftest.run(GUI_CHECKS, keep=args.self_test_keep)
    _emit(outcome.summary())
    return 0 if outcome.ok else 1
