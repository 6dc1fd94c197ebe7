"""Sinkronisasi: what has not reached the province, batches and their states, export to a
folder or USB drive, import of receipts and reference packages, the trusted province, conflicts
from reference data, and online sync when there is signal.

All long work runs through :func:`run_task`, one job at a time, with the page's progress bar
and cancel button; every change is announced with ``data_changed("sync")``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.errors import KopdesError
from kopdes_desktop.sync import http_client
from kopdes_desktop.sync.export import ExportResult
from kopdes_desktop.sync.http_client import SyncReport
from kopdes_desktop.sync.http_transport import RetryPolicy
from kopdes_desktop.sync.inbox import ImportedFile
from kopdes_desktop.sync.service import SyncService
from kopdes_desktop.sync.trust import read_trust_file
from kopdes_desktop.ui import i18n
from kopdes_desktop.ui.context import AppContext
from kopdes_desktop.ui.dialogs.conflict_dialog import ConflictDialog
from kopdes_desktop.ui.dialogs.trust_dialog import TrustDialog, fingerprint_lines
from kopdes_desktop.ui.models.base import ROW_ROLE
from kopdes_desktop.ui.views.sync_online import OnlineBox
from kopdes_desktop.ui.views.sync_tables import (
    BatchModel,
    ConflictModel,
    OutcomeModel,
    PendingModel,
    make_proxy,
    moment_label,
)
from kopdes_desktop.ui.widgets.tables import make_table
from kopdes_desktop.ui.workers import run_task

TAB_BATCHES, TAB_IMPORTED, TAB_CONFLICTS = range(3)


class SyncView(QWidget):
    """The Sinkronisasi page."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = SyncService(ctx.store)
        self.retry_policy: RetryPolicy | None = None
        """How the online client retries; None for the client's defaults."""
        self._stop = threading.Event()
        self._busy = False
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
        self.pending_table = make_table(make_proxy(self.pending_model), {0: 240})
        self.pending_table.sortByColumn(PendingModel.COUNT, Qt.SortOrder.DescendingOrder)
        self.pending_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.province_box = QGroupBox(self.tr("Province"))
        self.province_name = QLabel()
        self.province_name.setWordWrap(True)
        self.fingerprint = QLabel()
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setBold(True)
        self.fingerprint.setFont(font)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.last_receipt = QLabel()
        self.last_receipt.setWordWrap(True)
        self.trust_button = QPushButton(self.tr("&Trust province file…"))
        self.device_button = QPushButton(self.tr("Save &device file…"))
        self.device_button.setToolTip(self.tr(
            "The file the province officer enrols this laptop with"))
        self.online = OnlineBox()
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
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = QLabel()
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        self._build_tabs()

    def _build_tabs(self) -> None:
        language = i18n.current_language()
        self.tabs = QTabWidget()
        self.batch_model = BatchModel(self, language)
        self.batch_table = make_table(make_proxy(self.batch_model),
                                      {0: 190, 1: 105, 2: 65, 3: 85, 4: 70})
        # Newest first: changes not yet in a batch, then the latest batches.
        self.batch_table.sortByColumn(BatchModel.CHANGES, Qt.SortOrder.DescendingOrder)
        self.outcome_model = OutcomeModel(self)
        self.outcome_table = make_table(make_proxy(self.outcome_model), {0: 240, 1: 120, 2: 120})
        self.outcome_table.setWordWrap(True)
        self.conflict_model = ConflictModel(self, language)
        self.conflict_table = make_table(make_proxy(self.conflict_model), {0: 110, 1: 200, 2: 190})
        for table in (self.outcome_table, self.conflict_table):
            table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # in the order they came
        self.conflict_note = QLabel(self.tr(
            "The province changed these records while your own change to them has not "
            "reached it yet. Nothing was overwritten: compare and choose which version to "
            "keep."))
        self.conflict_note.setWordWrap(True)
        self.resolve_button = QPushButton(self.tr("&Compare and choose…"))
        self.conflicts_page = QWidget()
        conflicts = QVBoxLayout(self.conflicts_page)
        conflicts.addWidget(self.conflict_note)
        conflicts.addWidget(self.conflict_table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.resolve_button)
        conflicts.addLayout(row)
        self.tabs.addTab(self.batch_table, self.tr("Batches"))
        self.tabs.addTab(self.outcome_table, self.tr("Last import"))
        self.tabs.addTab(self.conflicts_page, self.tr("Conflicts"))

    def _connect(self) -> None:
        self.export_button.clicked.connect(self.choose_export_folder)
        self.import_button.clicked.connect(self.choose_import_files)
        self.cancel_button.clicked.connect(self.cancel)
        self.trust_button.clicked.connect(self.choose_trust_file)
        self.device_button.clicked.connect(self.save_device_file)
        self.resolve_button.clicked.connect(self.resolve_selected)
        self.conflict_table.doubleClicked.connect(lambda _index: self.resolve_selected())
        self.conflict_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.online.enroll_requested.connect(self.start_enroll)
        self.online.sync_requested.connect(self.start_sync)
        for keys, slot in (("Ctrl+E", self.choose_export_folder),
                           ("Ctrl+I", self.choose_import_files),
                           ("Ctrl+Shift+S", self.start_sync)):
            QShortcut(QKeySequence(keys), self, slot)

    def _assemble(self) -> None:
        pending = QVBoxLayout(self.pending_box)
        pending.addWidget(self.pending_table)
        province = QVBoxLayout(self.province_box)
        province.addWidget(self.province_name)
        province.addWidget(self.fingerprint)
        province.addWidget(self.last_receipt)
        province_buttons = QHBoxLayout()
        province_buttons.addWidget(self.trust_button)
        province_buttons.addWidget(self.device_button)
        province_buttons.addStretch(1)
        province.addLayout(province_buttons)
        left = QVBoxLayout()
        left.addWidget(self.pending_box, 1)
        left.addWidget(self.province_box)
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
        self.setTabOrder(self.tabs, self.trust_button)
        self.setTabOrder(self.trust_button, self.device_button)
        self.setTabOrder(self.device_button, self.online.server)

    # --- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload counts, batches, the province, the last receipt and conflicts."""
        language = i18n.current_language()
        pending = sorted(self.service.pending_summary().items())
        total = sum(count for _, count in pending)
        self.pending_model.set_rows(pending)
        self.summary.setText(
            self.tr("%1 changes have not reached the province yet.").replace("%1", str(total))
            if total else self.tr("Everything on this laptop has reached the province."))
        self.batch_model.set_rows(self.service.batches())
        conflicts = self.service.conflicts()
        self.conflict_model.set_rows(conflicts)
        self.tabs.setTabText(TAB_CONFLICTS, self.tr("Conflicts (%1)").replace(
            "%1", str(len(conflicts))) if conflicts else self.tr("Conflicts"))
        self._show_province(language)
        if not self._busy and not self.online.server.text():
            self.online.server.setText(self.ctx.settings.get("sync_server"))
        self._update_buttons()

    def _show_province(self, language: str) -> None:
        province = self.service.province()
        self._has_province = province is not None
        if province is None:
            self.province_name.setText(self.tr(
                "No province is trusted yet. Import the province trust file the officer gave "
                "you, or enrol this laptop online."))
            self.fingerprint.clear()
        else:
            self.province_name.setText(self.tr("Sending to: <b>%1</b>. Fingerprint to "
                                               "compare with the officer:")
                                       .replace("%1", province.name or province.key_id))
            self.fingerprint.setText(fingerprint_lines(province.fingerprint))
        self.fingerprint.setVisible(province is not None)
        receipt = self.service.last_receipt()
        if receipt is None:
            self.last_receipt.setText(self.tr("No receipt from the province yet."))
        else:
            self.last_receipt.setText(
                self.tr("Last receipt: %1, covering changes up to no. %2.")
                .replace("%1", moment_label(receipt["received_at"], language))
                .replace("%2", str(receipt["contiguous_counter"])))

    def _update_buttons(self) -> None:
        idle = not self._busy
        self.export_button.setEnabled(idle and self._has_province)
        self.import_button.setEnabled(idle and self._has_province)
        self.trust_button.setEnabled(idle)
        self.device_button.setEnabled(idle)
        self.cancel_button.setEnabled(self._busy)
        self.resolve_button.setEnabled(idle and self._selected_conflict() is not None)
        self.online.set_busy(self._busy)
        self.hint.setText("" if self._has_province else self.tr(
            "Export and import need a trusted province: use “Trust province file…” first."))
        self.hint.setVisible(not self._has_province)

    # --- running work --------------------------------------------------------------------------

    def _run(self, text: str, fn: Callable[..., Any], on_done: Callable[[Any], None],
             *args: Any) -> None:
        """Run ``fn(*args, cancelled=...)`` in the background; ``cancelled()`` turns true once
        the mentor presses Cancel."""
        stop = self._stop = threading.Event()
        self._busy = True
        self._update_buttons()
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self._say(text)
        run_task(fn, *args, cancelled=stop.is_set,
                 on_done=lambda result: self._finish(on_done, result),
                 on_error=self._failed, on_progress=self._progress)

    def _progress(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        if text:
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

    def cancel(self) -> None:
        """Stop the running job at its next safe point."""
        if self._busy:
            self._stop.set()
            self._say(self.tr("Stopping…"))

    def is_busy(self) -> bool:
        return self._busy

    # --- export and import ---------------------------------------------------------------------

    def _start_folder(self) -> str:
        return self.ctx.settings.get("last_export_dir") or str(Path.home())

    def choose_export_folder(self) -> None:
        """Ask for a folder (or USB drive) and export into it."""
        if not self.export_button.isEnabled():
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder or USB drive for the sync files"), self._start_folder())
        if folder:
            self.start_export(Path(folder))

    def start_export(self, folder: Path) -> None:
        """Write every batch not yet received by the province into ``folder``."""
        service, max_bytes = self.service, self.ctx.settings.get("sync_batch_bytes")

        def work(control, cancelled):  # type: ignore[no-untyped-def]
            return service.export(folder, max_bytes=max_bytes,
                                  progress=lambda d, t: control.progress(d, t, ""),
                                  cancelled=cancelled)

        self.ctx.settings.set("last_export_dir", str(folder))
        self._run(self.tr("Preparing and writing batches…"), work,
                  lambda result: self._exported(result, folder))

    def _exported(self, result: ExportResult, folder: Path) -> None:
        if result.batches:
            text = self.tr("%1 batch files written to %2 (%3 new). Take them to the province "
                           "or send them by e-mail.").replace("%1", str(len(result.batches))) \
                .replace("%2", str(folder)).replace("%3", str(result.new_batches))
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
            self, self.tr("Files from the province"), self._start_folder(),
            self.tr("Province files (*.kopdes-receipt *.kopdes-ref);;All files (*)"))
        if files:
            self.start_import([Path(f) for f in files])

    def start_import(self, files: list[Path]) -> None:
        """Import receipts and reference packages, one outcome per file."""
        service = self.service

        def work(control, cancelled):  # type: ignore[no-untyped-def]
            return service.import_files(files, lambda d, t: control.progress(d, t, ""),
                                        cancelled)

        self._run(self.tr("Importing %1 files…").replace("%1", str(len(files))), work,
                  self._imported)

    def _imported(self, outcomes: list[ImportedFile]) -> None:
        self.outcome_model.set_rows(outcomes)
        self.outcome_table.resizeRowsToContents()
        self.tabs.setCurrentIndex(TAB_IMPORTED)
        applied = sum(1 for o in outcomes if o.status == "applied")
        refused = sum(1 for o in outcomes if o.status == "rejected")
        text = self.tr("%1 files: %2 applied, %3 with nothing new, %4 refused.") \
            .replace("%1", str(len(outcomes))).replace("%2", str(applied)) \
            .replace("%3", str(len(outcomes) - applied - refused)).replace("%4", str(refused))
        self._say(text, problem=refused > 0)
        self.ctx.events.data_changed.emit("sync")
        self.ctx.events.status.emit(text)

    # --- province ------------------------------------------------------------------------------

    def choose_trust_file(self) -> None:
        """Pick the province trust file, compare its fingerprint, then trust it."""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Province trust file"), self._start_folder(),
            self.tr("Trust files (*.json);;All files (*)"))
        if name:
            self.trust_from(Path(name))

    def trust_from(self, path: Path) -> bool:
        """Show the fingerprint of the trust file at ``path`` and trust it if confirmed."""
        try:
            candidate = read_trust_file(path)
        except KopdesError as exc:
            self._say(self.online.failure_text(exc, i18n.current_language()), problem=True)
            return False
        current = self.service.province()
        replacing = current.fingerprint if current and current.key_id != candidate.key_id \
            else None
        if not TrustDialog.confirm(self, candidate.name, candidate.fingerprint, replacing):
            self._say(self.tr("The province file was not trusted."))
            return False
        info = self.service.trust(path)
        self.refresh()
        self._say(self.tr("This laptop now sends to %1.").replace("%1", info.name))
        self.ctx.events.data_changed.emit("sync")
        return True

    def save_device_file(self) -> None:
        """Write the device file the province enrols this laptop with."""
        device = self.ctx.store.device_id[:8]
        suggested = Path(self._start_folder()) / f"kopdes-device-{device}.json"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save device file"), str(suggested),
                                              self.tr("Device files (*.json)"))
        if not name:
            return
        try:
            written = self.service.write_device_file(Path(name))
        except KopdesError as exc:
            self._say(self.online.failure_text(exc, i18n.current_language()), problem=True)
            return
        self._say(self.tr("Device file saved to %1. Give it to the province officer.")
                  .replace("%1", str(written)))

    # --- conflicts -----------------------------------------------------------------------------

    def _selected_conflict(self) -> Any:
        rows = self.conflict_table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def resolve_selected(self) -> None:
        """Open the chosen conflict to keep this laptop's version or take the province's."""
        conflict = self._selected_conflict()
        if conflict is None or self._busy:
            return
        if ConflictDialog.resolve_conflict(self, self.ctx, conflict):
            self.refresh()
            self._say(self.tr("Conflict resolved."))

    # --- online --------------------------------------------------------------------------------

    def start_enroll(self, server: str, code: str) -> None:
        """Enrol this laptop at the province server with a one-time code."""
        store, paths, policy = self.ctx.store, self.ctx.paths, self.retry_policy

        def work(cancelled: Callable[[], bool]) -> str:
            return http_client.enroll(store, paths, server, code, policy=policy)

        self._run(self.tr("Enrolling this laptop…"), work, self._enrolled)

    def _enrolled(self, fingerprint: str) -> None:
        self.ctx.settings.load()
        self.online.code.clear()
        self.refresh()
        self._say(self.tr("Enrolled. Compare the province fingerprint with the officer: %1")
                  .replace("%1", fingerprint))
        self.ctx.events.data_changed.emit("sync")

    def start_sync(self) -> None:
        """Send every batch to the province server and apply its receipt and reference data."""
        if not self.online.sync_button.isEnabled():
            return
        store, paths, policy = self.ctx.store, self.ctx.paths, self.retry_policy
        server = self.online.server.text().strip() or None

        def work(control, cancelled):  # type: ignore[no-untyped-def]
            return http_client.sync_now(store, paths, server, control.progress, cancelled,
                                        policy=policy)

        self._run(self.tr("Connecting to the province server…"), work, self._synced)

    def _synced(self, report: SyncReport) -> None:
        text = self.online.report_text(report)
        self._say(text)
        self.tabs.setCurrentIndex(TAB_BATCHES)
        self.ctx.events.data_changed.emit("sync")
        self.ctx.events.status.emit(text)
