"""The main window: navigation on the left, one page at a time, a status bar below.

The window starts as a shell (:meth:`MainWindow.shell`): navigation, pages and status bar,
shown before the store is open, with a calm "loading" page wherever data is needed. It
imports nothing of the store layer, so it is on screen as soon as Qt is; :meth:`attach` hands
it the opened :class:`AppContext` and the pages fill in.

Pages are built the first time they are shown (their modules imported then), so start-up only
pays for Beranda.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.paths import DataPaths
from kopdes_desktop.settings import Settings
from kopdes_desktop.ui import i18n
from kopdes_desktop.ui.startup import FirstPaint
from kopdes_desktop.ui.widgets.eliding import ElidingLabel
from kopdes_desktop.ui.widgets.palette import current as current_palette
from kopdes_desktop.ui.widgets.style import style_sheet
from kopdes_desktop.ui.window_parts import (
    LoadingPage,
    PageFrame,
    PageView,
    fills_small_screen,
)

if TYPE_CHECKING:
    from kopdes_desktop.core.services.overview import StatusSummary
    from kopdes_desktop.ui.context import AppContext

log = logging.getLogger(__name__)

NEW_VISIT_PREFIX = "new:"
"""``navigate("visit", "new:<cooperative id>")`` starts a new visit for that cooperative."""
PRESET_PREFIX = "show:"
"""``navigate("tindak_lanjut", "show:overdue")`` opens a list with one of its presets (the
list a Beranda card counts); the view's ``show_preset`` knows its own."""


@dataclass(frozen=True)
class Page:
    """One page of the window: its view name, whether the navigation lists it, its factory."""

    name: str
    nav_index: int
    factory: Callable[[AppContext], PageView]


def _local(module: str, class_name: str) -> Callable[[AppContext], PageView]:
    def build(ctx: AppContext) -> PageView:
        page = getattr(importlib.import_module(module), class_name)(ctx)
        if not isinstance(page, PageView):
            raise TypeError(f"{module}.{class_name} is not a PageView")
        return page

    return build


_VIEWS = "kopdes_desktop.ui.views."
PAGES = (
    Page("beranda", 0, _local(_VIEWS + "home", "HomeView")),
    Page("koperasi", 1, _local(_VIEWS + "cooperatives", "CooperativesView")),
    Page("cooperative", 1, _local(_VIEWS + "cooperative_page", "CooperativePage")),
    Page("kunjungan", 2, _local(_VIEWS + "visits_list", "VisitsListView")),
    Page("visit", 2, _local(_VIEWS + "visit_editor", "VisitEditorView")),
    Page("tindak_lanjut", 3, _local(_VIEWS + "followups", "FollowupsView")),
    Page("laporan", 4, _local(_VIEWS + "reports_view", "ReportsView")),
    Page("sinkronisasi", 5, _local(_VIEWS + "sync_view", "SyncView")),
    Page("pengaturan", 6, _local(_VIEWS + "settings_view", "SettingsView")),
)
PAGE_BY_NAME = {page.name: page for page in PAGES}
NAV_PAGES = (
    "beranda",
    "koperasi",
    "kunjungan",
    "tindak_lanjut",
    "laporan",
    "sinkronisasi",
    "pengaturan",
)


class MainWindow(QMainWindow):
    """The application window: a shell at first, over one :class:`AppContext` once attached.

    ``MainWindow(ctx)`` builds the window over an open context; :meth:`shell` builds it
    before the store is open and :meth:`attach` completes it. Until then every page shows
    "Loading data…", navigation and shortcuts work, and the page last asked for opens once
    the data is there.
    """

    attached = Signal()
    """The context is attached and the page on screen is being filled."""
    filled = Signal()
    """After attach, the page on screen has its data; the status bar is counted next."""
    brought_forward = Signal()
    """A second start over the same data folder asked this window to come forward."""

    def __init__(
        self,
        ctx: AppContext | None = None,
        parent: QWidget | None = None,
        *,
        paths: DataPaths | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        if ctx is not None:
            paths, settings = ctx.paths, ctx.settings
        if paths is None or settings is None:
            raise TypeError("MainWindow needs a context, or the paths and settings of a shell")
        self.ctx: AppContext | None = None
        self.paths = paths
        self.settings = settings
        self._views: dict[str, PageView] = {}
        self._stale: set[str] = set()
        self._current = ""
        self._pending = ("beranda", "")
        self._search_on_attach = False
        self.reminders: QWidget | None = None  # the start-up reminder, while it is open
        self._build()
        self._connect()
        self._restore_geometry()
        if ctx is not None:
            self.attach(ctx)
        else:
            self.navigate("beranda")

    @classmethod
    def shell(cls, paths: DataPaths, settings: Settings) -> MainWindow:
        """The window before its data is open; call :meth:`attach` with the context."""
        return cls(paths=paths, settings=settings)

    @property
    def loading(self) -> bool:
        """Whether the window still waits for its context."""
        return self.ctx is None

    def attach(self, ctx: AppContext) -> None:
        """Complete the shell with the opened context: the page asked for fills in."""
        if self.ctx is not None:
            raise RuntimeError("the main window already has its context")
        # Qt's namespace costs ~15 ms to load; the shell's first paint does without it.
        from PySide6.QtCore import Qt

        self.ctx = ctx
        self._make_shortcuts()
        self.status_folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        ctx.events.navigate.connect(self.navigate)
        ctx.events.data_changed.connect(self._data_changed)
        ctx.events.status.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.stack.removeWidget(self.loading_page)
        self.loading_page.deleteLater()
        name, record_id = self._pending
        self.navigate(name, record_id)
        if self._search_on_attach and self._current == "koperasi":
            self._focus_koperasi_search()
        page = self.current_view()
        if page is not None and page.is_loading:
            # The status counts (and whatever waits for `filled`) come after the page on
            # screen: reading both at once slows down the page the mentor is looking at.
            page.loaded.connect(
                lambda: QTimer.singleShot(0, self, self._first_page_filled),
                Qt.ConnectionType.SingleShotConnection,
            )
        else:
            QTimer.singleShot(0, self, self._first_page_filled)
        self.attached.emit()

    def _first_page_filled(self) -> None:
        self.refresh_status()
        from kopdes_desktop.ui.views.settings_view import show_backup_reminder

        if self.ctx is not None:  # this runs once attached, so it always is
            show_backup_reminder(self, self.ctx)
        self.filled.emit()

    def _nav_titles(self) -> list[str]:
        return [
            self.tr("Home"),
            self.tr("Cooperatives"),
            self.tr("Visits"),
            self.tr("Follow-ups"),
            self.tr("Reports"),
            self.tr("Sync"),
            self.tr("Settings"),
        ]

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Kopdes Desktop — cooperative mentoring"))
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        for index, title in enumerate(self._nav_titles()):
            item = QListWidgetItem(title)
            item.setToolTip(
                self.tr("%1 (Ctrl+%2)").replace("%1", title).replace("%2", str(index + 1))
            )
            self.nav.addItem(item)
        self.trash_button = QPushButton(self.tr("Trash…"))
        self.trash_button.setToolTip(
            self.tr(
                "Deleted drafts, rows, attachments, findings and follow-ups, restorable for 30 days"
            )
        )
        self.help_button = QPushButton(self.tr("Help (F1)"))
        self.about_button = QPushButton(self.tr("About"))
        nav_column = QFrame()
        nav_column.setObjectName("navigationColumn")
        nav_column.setFixedWidth(round(190 * max(1.0, self.settings.get("font_scale") / 100)))
        column = QVBoxLayout(nav_column)
        column.setContentsMargins(0, 0, 0, 6)
        column.setSpacing(0)
        column.addWidget(self.nav, 1)
        for button in (self.trash_button, self.help_button, self.about_button):
            button.setObjectName("navLink")
            column.addWidget(button)
        self.help_dialog: QWidget | None = None
        self.stack = QStackedWidget()
        self.loading_page = LoadingPage()
        self.stack.addWidget(self.loading_page)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(nav_column)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.setStyleSheet(
            style_sheet(
                current_palette(bool(self.settings.get("high_contrast"))),
                self.settings.get("font_scale") / 100,
            )
        )
        self.status_unsynced = QLabel()
        self.status_sync = QLabel()
        self.status_counts = QLabel()
        # The folder gives way first when a large font crowds the bar (About shows it whole).
        self.status_folder = ElidingLabel(
            self.tr("Data folder: %1").replace("%1", str(self.paths.root))
        )
        for label in (self.status_unsynced, self.status_sync, self.status_counts):
            label.setContentsMargins(10, 0, 10, 0)
            self.statusBar().addPermanentWidget(label)
        self.statusBar().addWidget(self.status_folder, 1)
        self.resize(1280, 720)

    def _connect(self) -> None:
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.trash_button.clicked.connect(lambda: self.open_trash())
        self.help_button.clicked.connect(self.show_help)
        self.about_button.clicked.connect(self.show_about)
        self._status_timer = QTimer(self, singleShot=True, interval=300)
        self._status_timer.timeout.connect(self.refresh_status)
        # Shortcuts are not needed to paint the shell: they are made just after its first
        # paint, or on attach, whichever comes first.
        self._shortcuts_made = False
        FirstPaint(self, self._make_shortcuts)

    def _make_shortcuts(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence, QShortcut

        if self._shortcuts_made:
            return
        self._shortcuts_made = True
        for index, name in enumerate(NAV_PAGES):
            QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self, lambda n=name: self.navigate(n))
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_visit)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.refresh_current)
        QShortcut(QKeySequence.StandardKey.Quit, self, self.close)
        QShortcut(
            QKeySequence(Qt.Key.Key_F1),
            self,
            self.show_help,
            context=Qt.ShortcutContext.WindowShortcut,
        )

    # navigation -----------------------------------------------------------------------------

    def view(self, name: str) -> PageView:
        """The page for view ``name``, built on first use (once the context is attached)."""
        if self.ctx is None:
            raise RuntimeError(f"view {name!r} asked for before the data is open")
        if name not in self._views:
            page = PAGE_BY_NAME[name]
            widget = page.factory(self.ctx)
            self._views[name] = widget
            self.stack.addWidget(PageFrame(widget))
        return self._views[name]

    def navigate(self, name: str, record_id: str = "") -> None:
        """Show view ``name`` (opening ``record_id`` on it when given); while the data is
        still being opened, show the loading page and open the view once it is there."""
        page_name = "visit" if name == "assessment" else name
        if page_name not in PAGE_BY_NAME:
            return
        if self.ctx is None:
            self._pending = (name, record_id)
            self._search_on_attach = False
            self.loading_page.set_title(self._nav_titles()[PAGE_BY_NAME[page_name].nav_index])
            self._show_page(page_name, self.loading_page)
            return
        assessment_id = record_id if name == "assessment" else ""
        if assessment_id:
            record_id = ""
        widget = self.view(page_name)
        if page_name in self._stale:
            self._stale.discard(page_name)
            widget.refresh()
        if assessment_id and hasattr(widget, "show_assessment"):
            widget.show_assessment(assessment_id)
        elif record_id.startswith(PRESET_PREFIX) and hasattr(widget, "show_preset"):
            widget.show_preset(record_id[len(PRESET_PREFIX) :])
        elif record_id.startswith(NEW_VISIT_PREFIX) and hasattr(widget, "new_visit"):
            widget.new_visit(record_id[len(NEW_VISIT_PREFIX) :] or None)
        elif record_id and hasattr(widget, "show_record"):
            widget.show_record(record_id)
        self._show_page(page_name, widget)

    def _show_page(self, name: str, widget: QWidget) -> None:
        self._current = name
        frame = widget.parentWidget()
        while frame is not None and not isinstance(frame, PageFrame):
            frame = frame.parentWidget()
        self.stack.setCurrentWidget(frame if frame is not None else widget)
        nav_row = PAGE_BY_NAME[name].nav_index
        if self.nav.currentRow() != nav_row:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(nav_row)
            self.nav.blockSignals(False)

    def _nav_changed(self, row: int) -> None:
        if 0 <= row < len(NAV_PAGES):
            self.navigate(NAV_PAGES[row])

    def current_view(self) -> PageView | None:
        """The page on screen (inside its :class:`PageFrame`); None before any is shown."""
        current = self.stack.currentWidget()
        page = current.widget() if isinstance(current, PageFrame) else current
        return page if isinstance(page, PageView) else None

    def focus_search(self) -> None:
        """Ctrl+F: the search box of the Koperasi list (once the data is open)."""
        self.navigate("koperasi")
        if self.ctx is None:
            self._search_on_attach = True
        else:
            self._focus_koperasi_search()

    def _focus_koperasi_search(self) -> None:
        from kopdes_desktop.ui.views.cooperatives import CooperativesView

        page = self.view("koperasi")
        assert isinstance(page, CooperativesView)  # PAGES builds "koperasi" from that class
        page.focus_search()

    def new_visit(self) -> None:
        """Ctrl+N: a new visit for the cooperative on screen or selected in the list (the
        visit dialog asks for one otherwise)."""
        cooperative_id = ""
        if self.ctx is not None and self._current in ("cooperative", "koperasi"):
            cooperative_id = self.view(self._current).current_cooperative_id() or ""
        self.navigate("visit", NEW_VISIT_PREFIX + cooperative_id)

    def show_reminders(self) -> QWidget | None:
        """After start-up: a small, non-modal reminder of planned visits (today, tomorrow) and
        follow-ups due; nothing when there is nothing to remind of."""
        if self.ctx is None:
            return None
        from kopdes_desktop.ui.dialogs.reminders import ReminderDialog

        self.reminders = ReminderDialog.show_for(self, self.ctx)
        return self.reminders

    def offer_drafts(self) -> None:
        """After start-up: offer back assessments left as drafts (crash, power cut)."""
        if self.ctx is None:
            return
        from kopdes_desktop.ui.dialogs.draft_recovery import offer_draft_recovery

        assessment_id = offer_draft_recovery(self, self.ctx)
        if assessment_id:
            self.navigate("assessment", assessment_id)

    def open_trash(self) -> None:
        """The Sampah: deleted things of the last 30 days, restorable."""
        from kopdes_desktop.ui.views.trash_view import TrashDialog

        if self.ctx is not None:
            TrashDialog.show_trash(self, self.ctx)
            self.refresh_current()  # what was restored shows on the page at once

    def show_help(self) -> None:
        """F1: help on the instrument question in focus, else on the page on screen."""
        from PySide6.QtWidgets import QApplication

        from kopdes_desktop.ui.help import HelpDialog, question_in_focus

        question = question_in_focus(QApplication.focusWidget())
        if question is not None:
            dialog = HelpDialog.for_question(self, *question, i18n.current_language())
        else:
            dialog = HelpDialog.for_page(self, self._current or "beranda")
        if self.help_dialog is not None:
            self.help_dialog.close()
        self.help_dialog = dialog
        dialog.show()

    def show_about(self) -> None:
        """The About box: version and data folder."""
        from kopdes_desktop.ui.about import AboutDialog

        self.about_dialog = AboutDialog.show_for(self, self.paths)

    def bring_forward(self) -> None:
        """Another start over this data folder: show this window on top, unminimised."""
        from PySide6.QtCore import Qt

        if self.isMinimized():
            self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()
        self.brought_forward.emit()

    def refresh_current(self) -> None:
        """F5: reload the page on screen."""
        widget = self.current_view()
        if widget is not None:
            widget.refresh()
        self.refresh_status()

    # data and status ------------------------------------------------------------------------

    def _data_changed(self, _kind: str) -> None:
        self._stale.update(name for name in self._views if name != self._current)
        self._status_timer.start()

    def refresh_status(self) -> None:
        """Recount unsynced changes and records for the status bar (off the GUI thread)."""
        if self.ctx is not None:
            from kopdes_desktop.ui.workers import run_task

            self._status_task = run_task(self.ctx.services.home.status, on_done=self._show_status)

    def _show_status(self, summary: StatusSummary) -> None:
        language = i18n.current_language()
        self.status_unsynced.setText(
            self.tr("Unsynced changes: %1").replace("%1", str(summary.unsynced))
        )
        self.status_sync.setText(self.exchange_text(summary, language))
        self.status_counts.setText(
            self.tr("%1 cooperatives · %2 visits · %3 assessments")
            .replace("%1", str(summary.cooperatives))
            .replace("%2", str(summary.visits))
            .replace("%3", str(summary.assessments))
        )

    def exchange_text(self, summary: StatusSummary, language: str) -> str:
        """What happened with the province, in words that say it: an export is not yet a
        delivery; only a receipt says the province has the data."""
        from kopdes_desktop.core.formatting import long_date
        from kopdes_desktop.reports.localtime import laptop_zone, local_date

        parts = []
        zone = laptop_zone()  # stored times are UTC; the day shown is the laptop's
        if summary.last_received:
            parts.append(
                self.tr("last received by the province %1").replace(
                    "%1", long_date(local_date(summary.last_received, zone), language)
                )
            )
        if summary.last_exported:
            parts.append(
                self.tr("last exported %1").replace(
                    "%1", long_date(local_date(summary.last_exported, zone), language)
                )
            )
        if not parts:
            return self.tr("Nothing sent to the province yet")
        text = " · ".join(parts)
        return text[:1].upper() + text[1:]

    # geometry -------------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        """The size the window had when closed; on a laptop screen (1366x768 or smaller)
        the window fills the screen, as nothing else fits beside it anyway."""
        saved = self.settings.get("window_geometry")
        if saved:
            self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii")))
        screen = self.screen()
        if screen is not None and fills_small_screen(screen.availableSize(), screen.size()):
            from PySide6.QtCore import Qt

            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        try:
            self.settings.set("window_geometry", geometry)
        except OSError as exc:  # a full disk or read-only folder must not stop closing
            log.warning("window geometry not saved: %s", exc)
        super().closeEvent(event)
