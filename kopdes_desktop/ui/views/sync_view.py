"""Sinkronisasi: what has not reached the province, batches and their states, export to a
folder or USB drive, import of receipts and reference packages, the trusted province, conflicts
from reference data, and online sync when there is signal.

All long work runs as a background task (:mod:`kopdes_desktop.ui.workers`), one job at a time,
with the page's progress bar and a cancel button that cancels that task; every change is
announced with ``data_changed("sync")``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.errors import KopdesError
from kopdes_desktop.sync import http_client
from kopdes_desktop.sync.export import ExportResult
from kopdes_desktop.sync.http_client import SyncReport
from kopdes_desktop.sync.http_transport import RetryPolicy
from kopdes_desktop.sync.inbox import ImportedFile
from kopdes_desktop.sync.reference import LocalConflict
from kopdes_desktop.sync.service import BatchRow, SyncService
from kopdes_desktop.sync.trust import TrustInfo
from kopdes_desktop.ui import i18n
from kopdes_desktop.ui.context import AppContext
from kopdes_desktop.ui.views.sync_lists import TAB_BATCHES, SyncLists
from kopdes_desktop.ui.views.sync_online import OnlineBox
from kopdes_desktop.ui.views.sync_province import ProvinceBox
from kopdes_desktop.ui.views.sync_tables import (
    PendingModel,
    make_proxy,
)
from kopdes_desktop.ui.widgets.tables import make_table
from kopdes_desktop.ui.window_parts import PageView
from kopdes_desktop.ui.workers import Latest, Task, TaskControl, prepare_task


@dataclass(frozen=True)
class PageData:
    """Everything the page shows, read in one go off the GUI thread."""

    pending: list[tuple[str, int]]
    batches: list[BatchRow]
    conflicts: list[LocalConflict]
    province: TrustInfo | None
    receipt: dict[str, Any] | None


def load_page(service: SyncService) -> PageData:
    """Read the page's data from the store (safe in a worker thread)."""
    return PageData(
        sorted(service.pending_summary().items()),
        service.batches(),
        service.conflicts(),
        service.province(),
        service.last_receipt(),
    )


class SyncView(PageView):
    """The Sinkronisasi page."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = SyncService(ctx.store)
        self.retry_policy: RetryPolicy | None = None
        """How the online client retries; None for the client's defaults."""
        self._job: Task | None = None
        self._busy = False
        self._reads = Latest()
        self._loaded = False
        self._has_province = False
        self._build()
        self._connect()
        self._assemble()
        self.refresh()

    # --- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel(self.tr("Synchronisation"))
        self.title.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setObjectName("sectionTitle")
        self.pending_box = QGroupBox(self.tr("Not yet received by the province"))
        self.pending_model = PendingModel(self)
        self.pending_table = make_table(make_proxy(self.pending_model), {PendingModel.TYPE: 240})
        self.pending_table.sortByColumn(PendingModel.COUNT, Qt.SortOrder.DescendingOrder)
        self.pending_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.province = ProvinceBox(self.ctx)
        self.online = OnlineBox()
        self.online.attachments.setValue(self.ctx.settings.get("sync_attachments_mb"))
        self.export_button = QPushButton(self.tr("E&xport sync files…"))
        self.export_button.setToolTip(self.tr("To any folder or USB drive (Ctrl+E)"))
        self.import_button = QPushButton(self.tr("&Import files from the province…"))
        self.import_button.setToolTip(self.tr("Receipts and reference packages (Ctrl+I)"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setVisible(False)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = QLabel()
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        self.tabs = SyncLists(self.ctx, i18n.current_language())

    def _connect(self) -> None:
        self.export_button.clicked.connect(self.choose_export_folder)
        self.import_button.clicked.connect(self.choose_import_files)
        self.cancel_button.clicked.connect(self.cancel)
        self.province.message.connect(self._say)
        self.province.changed.connect(self.refresh)
        self.tabs.resolved.connect(self._resolved)
        self.online.enroll_requested.connect(self.start_enroll)
        self.online.sync_requested.connect(self.start_sync)
        for keys, slot in (
            ("Ctrl+E", self.choose_export_folder),
            ("Ctrl+I", self.choose_import_files),
            ("Ctrl+Shift+S", self.start_sync),
        ):
            QShortcut(QKeySequence(keys), self, slot)

    def _assemble(self) -> None:
        pending = QVBoxLayout(self.pending_box)
        pending.addWidget(self.pending_table)
        left = QVBoxLayout()
        left.addWidget(self.pending_box, 1)
        left.addWidget(self.province)
        left.addWidget(self.online)
        actions = QHBoxLayout()
        actions.addWidget(self.export_button)
        actions.addWidget(self.import_button)
        actions.addStretch(1)
        actions.addWidget(self.cancel_button)
        right = QVBoxLayout()
        right.addLayout(actions)
        right.addWidget(self.progress)
        right.addWidget(self.status)
        right.addWidget(self.hint)
        right.addWidget(self.tabs, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addLayout(columns, 1)
        self.setTabOrder(self.export_button, self.import_button)
        self.setTabOrder(self.import_button, self.cancel_button)
        self.setTabOrder(self.cancel_button, self.tabs)
        self.setTabOrder(self.tabs, self.province.trust_button)
        self.setTabOrder(self.province.device_button, self.online.server)

    # --- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload counts, batches, the province, the last receipt and conflicts.

        Reading runs in the background (listing many pending changes takes a while); only
        the answer to the latest request is shown.
        """
        self._reads.run(load_page, self.service, on_done=self._show, on_error=self._failed_loading)

    def _show(self, data: PageData) -> None:
        language = i18n.current_language()
        total = sum(count for _, count in data.pending)
        self.pending_model.set_rows(data.pending)
        self.summary.setText(
            self.tr("%1 changes have not reached the province yet.").replace("%1", str(total))
            if total
            else self.tr("Everything on this laptop has reached the province.")
        )
        self.tabs.show_lists(data.batches, data.conflicts)
        self._loaded = True
        self._has_province = data.province is not None
        self.province.show_state(data.province, data.receipt, language)
        if not self._busy and not self.online.server.text():
            self.online.server.setText(self.ctx.settings.get("sync_server"))
        self._update_buttons()

    def _failed_loading(self, error: BaseException) -> None:
        if not isinstance(error, KopdesError):
            raise error
        self._say(self.online.failure_text(error, i18n.current_language()), problem=True)

    def _update_buttons(self) -> None:
        idle = not self._busy
        self.export_button.setEnabled(idle and self._has_province)
        self.import_button.setEnabled(idle and self._has_province)
        self.province.set_busy(self._busy)
        self.cancel_button.setEnabled(self._busy)
        self.tabs.set_busy(self._busy)
        self.online.set_busy(self._busy, self._has_province)
        self.hint.setText(
            self.tr(
                "Export, import and “Sync now” need a trusted province: use “Trust province "
                "file…”, or enrol this laptop online."
            )
        )
        self.hint.setVisible(self._loaded and not self._has_province)

    # --- running work --------------------------------------------------------------------------

    def _run(
        self, text: str, fn: Callable[..., Any], on_done: Callable[[Any], None], *args: Any
    ) -> None:
        """Run ``fn(*args)`` in the background; a ``fn`` that takes ``control`` sees
        ``control.cancelled()`` turn true once the mentor presses Cancel."""
        self._busy = True
        self._update_buttons()
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self._say(text)
        self._job = prepare_task(
            fn,
            *args,
            on_done=lambda result: self._finish(on_done, result),
            on_error=self._failed,
            on_progress=self._progress,
        )
        self._job.start()

    def _progress(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        # The online client narrates its steps in Indonesian only.
        if text and i18n.current_language() != "en":
            self._say(text)

    def _end(self) -> None:
        self._busy = False
        self.progress.setVisible(False)
        self.refresh()

    def _finish(self, on_done: Callable[[Any], None], result: Any) -> None:
        self._end()
        on_done(result)

    def _failed(self, error: BaseException) -> None:
        self._end()
        if not isinstance(error, KopdesError):
            raise error
        self._say(self.online.failure_text(error, i18n.current_language()), problem=True)
        self.ctx.events.data_changed.emit("sync")

    def _say(self, text: str, problem: bool = False) -> None:
        self.status.setObjectName("fieldError" if problem else "")
        self.status.setStyleSheet("color: #b3261e;" if problem else "")
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def cancel(self) -> None:
        """Stop the running job at its next safe point."""
        if self._busy and self._job is not None:
            self._job.cancel()
            self._say(self.tr("Stopping…"))

    def is_busy(self) -> bool:
        """True while an export, import or online sync runs."""
        return self._busy

    # --- export and import ---------------------------------------------------------------------

    def _start_folder(self) -> str:
        return self.ctx.settings.get("last_export_dir") or str(Path.home())

    def choose_export_folder(self) -> None:
        """Ask for a folder (or USB drive) and export into it."""
        if not self.export_button.isEnabled():
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder or USB drive for the sync files"), self._start_folder()
        )
        if folder:
            self.start_export(Path(folder))

    def start_export(self, folder: Path) -> None:
        """Write every batch not yet received by the province into ``folder``."""
        service, max_bytes = self.service, self.ctx.settings.get("sync_batch_bytes")

        def work(control: TaskControl) -> ExportResult:
            return service.export(
                folder,
                max_bytes=max_bytes,
                progress=lambda d, t: control.progress(d, t, ""),
                cancelled=control.cancelled,
            )

        self.ctx.settings.set("last_export_dir", str(folder))
        self._run(
            self.tr("Preparing and writing batches…"),
            work,
            lambda result: self._exported(result, folder),
        )

    def _exported(self, result: ExportResult, folder: Path) -> None:
        if result.batches:
            text = (
                self.tr(
                    "%1 batch files written to %2 (%3 new). Take them to the province "
                    "or send them by e-mail."
                )
                .replace("%1", str(len(result.batches)))
                .replace("%2", str(folder))
                .replace("%3", str(result.new_batches))
            )
        else:
            text = self.tr("Nothing to export: the province has received everything.")
        self._say(text)
        self.tabs.setCurrentIndex(TAB_BATCHES)
        self.ctx.events.data_changed.emit("sync")
        self.ctx.events.status.emit(text)

    def choose_import_files(self) -> None:
        """Ask for receipt and reference files and import them."""
        if not self.import_button.isEnabled():
            return
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Files from the province"),
            self._start_folder(),
            self.tr("Province files (*.kopdes-receipt *.kopdes-ref);;All files (*)"),
        )
        if files:
            self.start_import([Path(f) for f in files])

    def start_import(self, files: list[Path]) -> None:
        """Import receipts and reference packages, one outcome per file."""
        service = self.service

        def work(control: TaskControl) -> list[ImportedFile]:
            return service.import_files(
                files, lambda d, t: control.progress(d, t, ""), control.cancelled
            )

        self._run(
            self.tr("Importing %1 files…").replace("%1", str(len(files))), work, self._imported
        )

    def _imported(self, outcomes: list[ImportedFile]) -> None:
        self.tabs.show_outcomes(outcomes)
        applied = sum(1 for o in outcomes if o.status == "applied")
        refused = sum(1 for o in outcomes if o.status == "rejected")
        text = (
            self.tr("%1 files: %2 applied, %3 with nothing new, %4 refused.")
            .replace("%1", str(len(outcomes)))
            .replace("%2", str(applied))
            .replace("%3", str(len(outcomes) - applied - refused))
            .replace("%4", str(refused))
        )
        self._say(text, problem=refused > 0)
        self.ctx.events.data_changed.emit("sync")
        self.ctx.events.status.emit(text)

    def _resolved(self) -> None:
        self.refresh()
        self._say(self.tr("Conflict resolved."))

    # --- online --------------------------------------------------------------------------------

    def start_enroll(self, server: str, code: str) -> None:
        """Enrol this laptop at the province server with a one-time code."""
        store, paths, policy = self.ctx.store, self.ctx.paths, self.retry_policy

        def work() -> str:
            return http_client.enroll(store, paths, server, code, policy=policy)

        self._run(self.tr("Enrolling this laptop…"), work, self._enrolled)

    def _enrolled(self, fingerprint: str) -> None:
        self.ctx.settings.load()
        self.online.code.clear()
        self.refresh()
        self._say(
            self.tr("Enrolled. Compare the province fingerprint with the officer: %1").replace(
                "%1", fingerprint
            )
        )
        self.ctx.events.data_changed.emit("sync")

    def start_sync(self) -> None:
        """Send every batch to the province server and apply its receipt and reference data."""
        if not self.online.sync_button.isEnabled():
            return
        store, paths, policy = self.ctx.store, self.ctx.paths, self.retry_policy
        server = self.online.server.text().strip() or None
        megabytes = self.online.attachments.value()
        self.ctx.settings.set("sync_attachments_mb", megabytes)

        def work(control: TaskControl) -> SyncReport:
            return http_client.sync_now(
                store,
                paths,
                server,
                control.progress,
                control.cancelled,
                policy=policy,
                attachment_budget=megabytes * 1024 * 1024,
            )

        self._run(self.tr("Connecting to the province server…"), work, self._synced)

    def _synced(self, report: SyncReport) -> None:
        text = self.online.report_text(report)
        self._say(text)
        self.tabs.setCurrentIndex(TAB_BATCHES)
        self.ctx.events.data_changed.emit("sync")
        self.ctx.events.status.emit(text)
