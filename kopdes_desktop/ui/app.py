"""Start the mentor's application: ``kopdes-desktop`` and ``python -m kopdes_desktop``.

Order matters: the log and the crash hook come first, then translations and the font (so
even a start-up error is shown in Indonesian), then the store, the demo data when asked for,
and the main window.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from types import TracebackType

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kopdes_desktop import __version__, logging_setup, resources
from kopdes_desktop.errors import KopdesError
from kopdes_desktop.paths import DataPaths, resolve
from kopdes_desktop.settings import Settings
from kopdes_desktop.ui import i18n

STARTUP_PROBE_ENV = "KOPDES_STARTUP_PROBE"
"""When set, the app prints ``shown <epoch seconds>`` after the window's first paint and
``ready <epoch seconds>`` once Beranda shows its figures, then quits (start-up benchmark)."""


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="kopdes-desktop", description="Kopdes Desktop for cooperative mentors."
    )
    parser.add_argument("--data-dir", help="data folder (default: KOPDES_DATA_DIR or the "
                        "user data folder)")
    parser.add_argument("--demo", action="store_true",
                        help="use the separate demo profile (filled with demo data on first use)")
    parser.add_argument("--lang", choices=i18n.LANGUAGES,
                        help="interface language for this run (default: from the settings)")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation in a temporary data folder and exit")
    parser.add_argument("--self-test-keep", metavar="DIR",
                        help="with --self-test: keep the test's data folder in DIR")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_args(argv)


def app_icon() -> QIcon:
    return QIcon(str(resources.path("icons", "kopdes.svg")))


def apply_font_scale(app: QApplication, percent: int) -> None:
    """Scale the application font to ``percent`` of the platform default."""
    base = getattr(app, "_kopdes_base_font", None)
    if base is None:
        base = QFont(app.font())
        app._kopdes_base_font = base  # type: ignore[attr-defined]
    font = QFont(base)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * percent / 100)
    app.setFont(font)


class _StartupProbe(QObject):
    """Prints when the window is first painted and when Beranda is filled, then quits."""

    def __init__(self, window: QWidget, home: QObject) -> None:
        super().__init__(window)
        self.painted = self.ready = False
        window.installEventFilter(self)
        home.loaded.connect(self._ready)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            watched.removeEventFilter(self)
            print(f"shown {time.time():.6f}", flush=True)
            self._finish()
        return False

    def _ready(self) -> None:
        if not self.ready:
            self.ready = True
            print(f"ready {time.time():.6f}", flush=True)
            self._finish()

    def _finish(self) -> None:
        if self.painted and self.ready:
            QTimer.singleShot(0, lambda: QApplication.exit(0))


def _crash_handler(paths: DataPaths):  # type: ignore[no-untyped-def]
    showing = False

    def handle(exc_type: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
        nonlocal showing
        if showing or QApplication.instance() is None:
            return
        from kopdes_desktop.ui.dialogs.crash import CrashDialog

        showing = True
        try:
            parent = QApplication.activeWindow()
            if CrashDialog.report(parent, exc_type, exc, tb, logging_setup.log_file(paths)):
                QApplication.exit(70)
        finally:
            showing = False

    return handle


def show_start_error(error: KopdesError, language: str, parent: QWidget | None = None) -> None:
    """The dialog for a store that cannot be opened (corrupt, newer, read-only, foreign)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QApplication.translate("App", "Kopdes Desktop cannot start"))
    box.setText(QApplication.translate(
        "App", "The data could not be opened. Nothing was changed."))
    box.setInformativeText(error.localized(language))
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.exec()


def ensure_demo_data(ctx, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
    """Fill an empty demo profile with the demo dataset, showing progress."""
    from kopdes_desktop.core import demo
    from kopdes_desktop.core.services import overview
    from kopdes_desktop.ui.dialogs.progress import ProgressDialog

    with ctx.store.read() as session:
        if overview.status_summary(session).cooperatives:
            return
    ProgressDialog.run(
        parent,
        QApplication.translate("App", "Demo data"),
        QApplication.translate(
            "App", "Preparing the demo data (411 cooperatives, a year of visits). "
            "This takes a little while, once."),
        demo.generate, ctx.store, scale=1,
    )


def main(argv: list[str] | None = None) -> int:
    """Run the GUI; returns the process exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parse_args(argv)
    if args.self_test:
        from kopdes_desktop.ui.selftest_gui import run_self_test

        return run_self_test(argv)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "kopdes-desktop"])
    app.setApplicationName("Kopdes Desktop")
    app.setOrganizationName("Kopdes")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    paths = resolve(args.data_dir)
    if args.demo:
        paths = paths.demo()
    logging_setup.configure(paths)
    logging_setup.install_excepthook(_crash_handler(paths))
    settings = Settings(paths.settings_file)
    language = args.lang or settings.get("language")
    i18n.install_translators(app, language)
    apply_font_scale(app, settings.get("font_scale"))

    from kopdes_desktop.ui.context import AppContext

    try:
        ctx = AppContext.open(paths)
        if args.demo:
            ensure_demo_data(ctx)
    except KopdesError as error:
        logging_setup.log.error("start-up failed: %s", error.message_en)
        show_start_error(error, language)
        return 2
    from kopdes_desktop.ui.main_window import MainWindow

    window = MainWindow(ctx)
    if os.environ.get(STARTUP_PROBE_ENV):
        _StartupProbe(window, window.view("beranda"))
    else:
        QTimer.singleShot(0, window.offer_drafts)
    window.show()
    try:
        return app.exec()
    finally:
        ctx.close()
