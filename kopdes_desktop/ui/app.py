"""Start the mentor's application: ``kopdes-desktop`` and ``python -m kopdes_desktop``.

Shell first, data after. Translations and the font come first (so even a start-up error is
shown in Indonesian), then the main window's shell is shown at once. Right after its first
paint the log and the crash dialog are set up, the store starts opening on a background thread
(:mod:`kopdes_desktop.ui.startup`), and the window icon and keyboard shortcuts are added; the
demo data is generated when asked for, and the window is given its context and fills in.
Nothing of the store layer, and nothing the first paint does not need, is loaded before it.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from kopdes_desktop import __version__, resources
from kopdes_desktop.errors import KopdesError
from kopdes_desktop.paths import DataPaths, resolve
from kopdes_desktop.settings import Settings
from kopdes_desktop.ui import i18n
from kopdes_desktop.ui.main_window import MainWindow
from kopdes_desktop.ui.qt_app import qapp
from kopdes_desktop.ui.single_instance import InstanceGuard
from kopdes_desktop.ui.startup import FirstPaint, Opened, SecretAsker, StoreLoader

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

    from kopdes_desktop.ui.context import AppContext

STARTUP_PROBE_ENV = "KOPDES_STARTUP_PROBE"
"""When set, the app prints ``shown <epoch seconds>`` at the main window's first paint (its
shell, already interactive) and ``ready <epoch seconds>`` once Beranda shows its figures,
then quits (start-up benchmark)."""

UNPAINTED_START_MS = 500
"""Open the store after this long even if the window has not been painted yet."""
EXIT_WAIT_MS = 5000
"""At exit, how long reads still running in the worker pool may take before the store closes."""
BASE_FONT = "kopdesBaseFont"
"""The application's dynamic property holding its font before any scaling."""


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The GUI's options; ``--help`` and errors in Indonesian, as ``kopdes`` has them."""
    from kopdes_desktop.cli.argparse_id import Parser

    parser = Parser(
        prog="kopdes-desktop",
        description="Kopdes Desktop: aplikasi pendamping Koperasi Desa/Kelurahan Merah Putih.",
    )
    parser.add_argument(
        "--data-dir", help="folder data (bawaan: KOPDES_DATA_DIR atau folder data pengguna)"
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="pakai profil demo terpisah (diisi data demo saat pertama dipakai)",
    )
    parser.add_argument(
        "--lang",
        choices=i18n.LANGUAGES,
        help="bahasa antarmuka untuk sekali jalan ini (bawaan: dari pengaturan)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="periksa pemasangan ini di folder data sementara, lalu keluar",
    )
    parser.add_argument(
        "--self-test-keep", metavar="DIR", help="bersama --self-test: simpan folder data uji di DIR"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_args(argv)


def app_icon() -> QIcon:
    from PySide6.QtGui import QIcon

    return QIcon(str(resources.path("icons", "kopdes.svg")))


def apply_font_scale(app: QApplication, percent: int) -> None:
    """Scale the application font to ``percent`` of the platform default."""
    from PySide6.QtGui import QFont

    base = app.property(BASE_FONT)
    if not isinstance(base, QFont):
        base = QFont(app.font())
        app.setProperty(BASE_FONT, base)
    font = QFont(base)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * percent / 100)
    app.setFont(font)


def apply_look(app: QApplication, settings: Settings) -> None:
    """The font size and the colours (normal or high contrast) chosen in Pengaturan."""
    from kopdes_desktop.ui.widgets.palette import apply_palette, current

    if settings.get("font_scale") != 100 or app.property(BASE_FONT) is not None:
        apply_font_scale(app, settings.get("font_scale"))
    apply_palette(app, current(bool(settings.get("high_contrast"))))


class _StartupProbe(QObject):
    """Prints when the window is first painted and when Beranda is filled, then quits."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.painted = self.ready = False
        self.window = window
        window.installEventFilter(self)
        window.attached.connect(self._attached)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            watched.removeEventFilter(self)
            print(f"shown {time.time():.6f}", flush=True)
            self._finish()
        return False

    def _attached(self) -> None:
        self.window.view("beranda").loaded.connect(self._ready)

    def _ready(self) -> None:
        if not self.ready:
            self.ready = True
            print(f"ready {time.time():.6f}", flush=True)
            self._finish()

    def _finish(self) -> None:
        if self.painted and self.ready:
            QTimer.singleShot(0, lambda: QApplication.exit(0))


def _crash_handler(
    paths: DataPaths,
) -> Callable[[type[BaseException], BaseException, TracebackType | None], None]:
    from kopdes_desktop import logging_setup

    showing = False

    def handle(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
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
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QApplication.translate("App", "Kopdes Desktop cannot start"))
    box.setText(QApplication.translate("App", "The data could not be opened. Nothing was changed."))
    box.setInformativeText(error.localized(language))
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.exec()


def fill_demo_data(ctx: AppContext, parent: QWidget | None = None) -> None:
    """Fill the empty demo profile with the demo dataset, showing progress."""
    from kopdes_desktop.core import demo
    from kopdes_desktop.ui.dialogs.progress import ProgressDialog

    ProgressDialog.run(
        parent,
        QApplication.translate("App", "Demo data"),
        QApplication.translate(
            "App",
            "Preparing the demo data (411 cooperatives, a year of visits). "
            "This takes a little while, once.",
        ),
        demo.generate,
        ctx.store,
        scale=1,
    )


class Startup(QObject):
    """Completes the shown shell: after its first paint the store opens on a thread, then
    the window is given its context (after filling an empty demo profile).

    A store that cannot be opened gets :func:`show_start_error` and exit code 2.
    """

    def __init__(
        self,
        window: MainWindow,
        paths: DataPaths,
        language: str,
        *,
        demo: bool = False,
        offer_drafts: bool = True,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.paths = paths
        self.language = language
        self.offer_drafts = offer_drafts
        self.finished = False
        self.new_key = False
        self.loader = StoreLoader(paths, window.settings, check_demo=demo, parent=self)
        # Delivered on the GUI thread, like every background task's result.
        self.loader.opened.connect(self._opened)
        self.loader.failed.connect(self._failed)
        FirstPaint(window, self.begin)
        # A window that is never exposed (started minimised) still gets its data.
        QTimer.singleShot(UNPAINTED_START_MS, self, self.begin)

    def begin(self) -> None:
        """Set up the log and the crash dialog, then open the store in the background."""
        if self.loader.started or self.finished:
            return
        from kopdes_desktop import logging_setup

        logging_setup.configure(self.paths)  # before the loader, which may log an upgrade
        logging_setup.log_start("kopdes-desktop")
        logging_setup.install_excepthook(_crash_handler(self.paths))
        from kopdes_desktop.core import data_folder

        # A store with no key file yet gets one now: its recovery key is shown once it opens.
        self.new_key = not data_folder.has_key_file(self.paths)
        data_folder.set_passphrase_prompt(SecretAsker(self.window))
        self.loader.start()
        QApplication.setWindowIcon(app_icon())

    def finish(self) -> None:
        """At exit: stop or wait for the loader, let running reads end, close the store."""
        from kopdes_desktop.ui import workers

        self.finished = True
        ctx = self.loader.finish()
        from kopdes_desktop.core import data_folder

        data_folder.set_passphrase_prompt(None)
        if ctx is not None:
            workers.wait_all(EXIT_WAIT_MS)
            ctx.close()

    def _opened(self, opened: Opened) -> None:
        if self.finished:  # the window was closed meanwhile; finish() closes the store
            return
        try:
            if opened.demo_needed:
                fill_demo_data(opened.ctx, self.window)
        except KopdesError as error:
            self._failed(error)
            return
        if self.offer_drafts:  # once Beranda is filled, so the offer does not delay it
            self.window.filled.connect(self.window.show_reminders)
            self.window.filled.connect(self.window.offer_drafts)
        self.window.attach(opened.ctx)
        if self.offer_drafts and self.new_key:
            self._show_recovery_key(opened.ctx)

    def _show_recovery_key(self, ctx: AppContext) -> None:
        from kopdes_desktop.core import data_folder
        from kopdes_desktop.ui.dialogs.recovery_key import RecoveryKeyDialog

        if ctx.store.key is not None and data_folder.recovery_unseen(self.paths):
            RecoveryKeyDialog.show_once(self.window, self.paths, ctx.store.key)

    def _failed(self, error: BaseException) -> None:
        if self.finished:
            return
        if not isinstance(error, KopdesError):
            raise error
        from kopdes_desktop import logging_setup

        logging_setup.log.error("start-up failed: %s", error.message_en)
        show_start_error(error, self.language, self.window)
        QApplication.exit(2)


def already_running(guard: InstanceGuard) -> int:
    """A second start over a data folder in use: bring the first window forward and end."""
    if guard.ask_first_to_show():
        print(
            QApplication.translate(
                "App",
                "Kopdes Desktop is already open with this data folder; its window was "
                "brought forward.",
            ),
            file=sys.stderr,
        )
        return 0
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(
        None,
        QApplication.translate("App", "Kopdes Desktop is already open"),
        QApplication.translate(
            "App",
            "Kopdes Desktop is already open with the data folder %1. Use the window "
            "that is open, or close it first.",
        ).replace("%1", str(guard.root)),
    )
    return 1


def main(argv: list[str] | None = None) -> int:
    """Run the GUI; returns the process exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parse_args(argv)
    if args.self_test:
        from kopdes_desktop.ui.selftest_gui import run_self_test

        return run_self_test(argv)
    app = qapp([sys.argv[0] if sys.argv else "kopdes-desktop"])
    app.setApplicationName("Kopdes Desktop")
    app.setOrganizationName("Kopdes")
    app.setApplicationVersion(__version__)
    paths = resolve(args.data_dir)
    if args.demo:
        paths = paths.demo()
    settings = Settings(paths.settings_file)
    language = args.lang or settings.get("language")
    i18n.install_translators(app, language)
    guard = InstanceGuard(paths.root)
    if not guard.acquire():
        return already_running(guard)
    apply_look(app, settings)
    window = MainWindow.shell(paths, settings)
    guard.activation_requested.connect(window.bring_forward)
    probe = bool(os.environ.get(STARTUP_PROBE_ENV))
    startup = Startup(window, paths, language, demo=args.demo, offer_drafts=not probe)
    if probe:
        _StartupProbe(window)
    window.show()
    try:
        return app.exec()
    finally:
        startup.finish()
        guard.release()
