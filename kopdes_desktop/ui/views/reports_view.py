"""Laporan: the monthly report (with its issues and plans), profile and assessment reports for
chosen cooperatives, and batches of reports written into a folder.

The issues and plans are written only for the mentor of this laptop (the other mentors' notes
are shown read-only), saved as typed (debounced, and before another month or mentor is
shown), and what cannot be stored yet is kept as a form draft so a crash loses nothing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.core.formatting import month_label
from kopdes_desktop.core.services.cooperatives import PRIMARY_INSTRUMENT, CooperativeSummary
from kopdes_desktop.errors import KopdesError, ValidationError, localized, localized_problems
from kopdes_desktop.reports import BatchResult, options_from_settings
from kopdes_desktop.ui import i18n, report_actions
from kopdes_desktop.ui.context import AppContext
from kopdes_desktop.ui.models.base import ROW_ROLE, PredicateProxy
from kopdes_desktop.ui.models.cooperatives import (
    CATEGORY,
    KABUPATEN,
    NAME,
    VILLAGE,
    CooperativeTableModel,
)
from kopdes_desktop.ui.widgets.tables import make_table
from kopdes_desktop.ui.window_parts import PageView
from kopdes_desktop.ui.workers import Task, TaskControl, prepare_task

MONTHS_BACK = 13
BATCH_LATEST, BATCH_PROFILES, BATCH_MONTH = range(3)


def recent_months(today: date, count: int = MONTHS_BACK) -> list[str]:
    """``YYYY-MM`` of this month and the ``count - 1`` before it, newest first."""
    year, month = today.year, today.month
    out = []
    for _ in range(count):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return out


class ReportsView(PageView):
    """The Laporan page."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._running = False
        self._batch: Task | None = None
        self.self_mentor_id: str | None = None
        self.note_key: tuple[str, str] | None = None  # (mentor id, month) shown in the notes
        self.notes_dirty = False
        self.last_batch: BatchResult | None = None
        self._build()
        self._connect()
        self._assemble()
        self.refresh()

    def _build(self) -> None:
        self.title = QLabel(self.tr("Reports"))
        self.title.setObjectName("pageTitle")
        self.verify_button = QPushButton(self.tr("Chec&k a report…"))
        self.monthly_box = QGroupBox(self.tr("Monthly report to the Dinas"))
        self.mentor = QComboBox()
        self.month = QComboBox()
        self.issues = QPlainTextEdit()
        self.issues.setPlaceholderText(self.tr("Problems met this month: access, signal, ..."))
        self.plans = QPlainTextEdit()
        self.plans.setPlaceholderText(self.tr("What you plan to do next month"))
        self.save_notes_button = QPushButton(self.tr("&Save notes"))
        self.monthly_button = QPushButton(self.tr("&Monthly report…"))
        self.notes_state = QLabel()
        self.notes_state.setWordWrap(True)
        self.notes_timer = QTimer(self)
        self.notes_timer.setSingleShot(True)
        self.notes_timer.setInterval(self.ctx.settings.get("autosave_ms"))
        self.coops_box = QGroupBox(self.tr("Cooperatives"))
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search cooperative, village or kabupaten"))
        self.model = CooperativeTableModel(self, i18n.current_language())
        self.proxy = PredicateProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(self.proxy, {NAME: 250, VILLAGE: 130, KABUPATEN: 150})
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        for column in range(self.model.columnCount()):
            self.table.setColumnHidden(column, column not in (NAME, VILLAGE, KABUPATEN, CATEGORY))
        self.select_all_button = QPushButton(self.tr("Select &all shown"))
        self.profile_button = QPushButton(self.tr("&Profile…"))
        self.assessment_button = QPushButton(self.tr("Latest &assessment…"))
        self.batch_box = QGroupBox(self.tr("Batch of reports into a folder"))
        self.batch_kind = QComboBox()
        self.batch_kind.addItems(
            [
                self.tr("Latest assessment of each selected cooperative"),
                self.tr("Profile of each selected cooperative"),
                self.tr("Every final assessment of the chosen month"),
            ]
        )
        self.batch_appendix = QCheckBox(self.tr("With the scoring appendix"))
        self.batch_private = QCheckBox(self.tr("With my private notes"))
        self.batch_button = QPushButton(self.tr("&Generate…"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setWordWrap(True)

    def _connect(self) -> None:
        self.mentor.currentIndexChanged.connect(self._load_note)
        self.month.currentIndexChanged.connect(self._load_note)
        self.save_notes_button.clicked.connect(lambda: self.save_notes())
        self.issues.textChanged.connect(self._notes_edited)
        self.plans.textChanged.connect(self._notes_edited)
        self.notes_timer.timeout.connect(self.save_notes)
        self.monthly_button.clicked.connect(self.open_monthly)
        self.search.textChanged.connect(self._apply)
        self.select_all_button.clicked.connect(self.table.selectAll)
        self.profile_button.clicked.connect(self.open_profile)
        self.verify_button.clicked.connect(self.open_verify)
        self.assessment_button.clicked.connect(self.open_assessment)
        self.batch_button.clicked.connect(self._choose_folder)
        self.cancel_button.clicked.connect(self.cancel_batch)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.batch_kind.currentIndexChanged.connect(self._update_buttons)
        QShortcut(QKeySequence("Ctrl+S"), self.monthly_box, self.save_notes)

    def _assemble(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Mentor"), self.mentor)
        form.addRow(self.tr("Month"), self.month)
        form.addRow(self.tr("Issues met"), self.issues)
        form.addRow(self.tr("Plans for next month"), self.plans)
        notes_buttons = QHBoxLayout()
        notes_buttons.addWidget(self.notes_state, 1)
        notes_buttons.addWidget(self.save_notes_button)
        notes_buttons.addWidget(self.monthly_button)
        monthly = QVBoxLayout(self.monthly_box)
        monthly.addLayout(form)
        monthly.addLayout(notes_buttons)
        batch_row = QHBoxLayout()
        batch_row.addWidget(self.batch_kind, 1)
        batch_row.addWidget(self.batch_button)
        batch_row.addWidget(self.cancel_button)
        extras_row = QHBoxLayout()
        extras_row.addWidget(self.batch_appendix)
        extras_row.addWidget(self.batch_private)
        extras_row.addStretch(1)
        batch = QVBoxLayout(self.batch_box)
        batch.addLayout(batch_row)
        batch.addLayout(extras_row)
        batch.addWidget(self.progress)
        batch.addWidget(self.status)
        coop_buttons = QHBoxLayout()
        coop_buttons.addWidget(self.select_all_button)
        coop_buttons.addStretch(1)
        coop_buttons.addWidget(self.profile_button)
        coop_buttons.addWidget(self.assessment_button)
        coops = QVBoxLayout(self.coops_box)
        coops.addWidget(self.search)
        coops.addWidget(self.table, 1)
        coops.addLayout(coop_buttons)
        left = QVBoxLayout()
        left.addWidget(self.monthly_box, 1)
        left.addWidget(self.batch_box)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addWidget(self.coops_box, 3)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addLayout(title_row)
        layout.addLayout(columns, 1)
        self.setTabOrder(self.mentor, self.month)
        self.setTabOrder(self.month, self.issues)
        self.setTabOrder(self.issues, self.plans)
        self.setTabOrder(self.plans, self.save_notes_button)

    # --- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload mentors, months and cooperatives."""
        page = self.ctx.services.reports.page(self.ctx.today())
        self.self_mentor_id = page.self_mentor_id
        current = self.mentor.currentData() or self.self_mentor_id
        self.mentor.blockSignals(True)
        self.mentor.clear()
        for person in page.mentors:
            self.mentor.addItem(person.name, person.id)
        self.mentor.setCurrentIndex(max(self.mentor.findData(current), 0))
        self.mentor.blockSignals(False)
        chosen = self.month.currentData()
        language = i18n.current_language()
        self.month.blockSignals(True)
        self.month.clear()
        for month in recent_months(self.ctx.today()):
            self.month.addItem(month_label(int(month[:4]), int(month[5:]), language), month)
        self.month.setCurrentIndex(max(self.month.findData(chosen), 0))
        self.month.blockSignals(False)
        self.model.set_rows(page.cooperatives)
        self._apply()
        self._load_note()

    def notes_editable(self) -> bool:
        """Notes are the laptop's own mentor's: only theirs can be written here."""
        return self.self_mentor_id is not None and self.mentor.currentData() == self.self_mentor_id

    def _load_note(self) -> None:
        """Show the notes of the chosen mentor and month, saving the ones shown before."""
        if self.notes_dirty:
            self.save_notes()
        mentor_id, month = self.mentor.currentData(), self.month.currentData()
        note = None
        if mentor_id and month:
            note = self.ctx.services.reports.notes(mentor_id, month)
        kept = note.kept if note is not None else None
        values = (
            kept.values
            if kept
            else {"issues": note.issues if note else "", "plans": note.plans if note else ""}
        )
        editable = self.notes_editable()
        for box, key in ((self.issues, "issues"), (self.plans, "plans")):
            box.blockSignals(True)
            box.setPlainText(str(values.get(key) or ""))
            box.setReadOnly(not editable)
            box.blockSignals(False)
        self.note_key = (mentor_id, month) if mentor_id and month else None
        self.notes_dirty = kept is not None
        if kept is not None:
            self.notes_state.setText(self.tr("Unsaved notes restored; they are saved as you type."))
            self.notes_timer.start()
        elif not editable and mentor_id:
            self.notes_state.setText(
                self.tr(
                    "Monthly notes are written only for the mentor of "
                    "this laptop; these are %1's, read-only."
                ).replace("%1", self.mentor.currentText())
            )
        else:
            self.notes_state.setText(self.tr("Notes saved") if note and note.saved else "")
        self._update_buttons()

    def _notes_edited(self) -> None:
        if self.issues.isReadOnly():
            return
        self.notes_dirty = True
        self.notes_state.setText(self.tr("Not saved yet…"))
        self.notes_timer.start()

    def _apply(self) -> None:
        words = self.search.text().casefold().split()

        def keep(row: CooperativeSummary) -> bool:
            text = f"{row.name} {row.village} {row.kecamatan} {row.kabupaten}".casefold()
            return all(word in text for word in words)

        self.proxy.set_predicate(keep)
        self._update_buttons()

    def selected_ids(self) -> list[str]:
        """The chosen cooperatives, in the order shown."""
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())
        return [index.data(ROW_ROLE).id for index in rows]

    def _update_buttons(self) -> None:
        chosen = len(self.selected_ids())
        has_mentor = self.mentor.currentData() is not None
        self.save_notes_button.setEnabled(self.notes_editable())
        self.monthly_button.setEnabled(has_mentor)
        self.profile_button.setEnabled(chosen == 1)
        self.assessment_button.setEnabled(chosen == 1)
        needs_selection = self.batch_kind.currentIndex() != BATCH_MONTH
        self.batch_button.setEnabled(not self._running and (chosen > 0 or not needs_selection))

    # --- monthly -------------------------------------------------------------------------------

    def save_notes(self) -> bool:
        """Store the issues and plans shown (the laptop's own mentor's only); what cannot be
        stored yet is kept as a form draft."""
        self.notes_timer.stop()
        if self.note_key is None or self.note_key[0] != self.self_mentor_id:
            return False
        month = self.note_key[1]
        values = {"issues": self.issues.toPlainText(), "plans": self.plans.toPlainText()}
        try:
            self.ctx.services.reports.save_notes(self.note_key[0], month, **values)
        except ValidationError as exc:
            self.notes_state.setText("; ".join(self._messages(exc)))
            return False
        self.notes_dirty = False
        self.notes_state.setText(self.tr("Notes saved"))
        self.ctx.events.data_changed.emit("monthly_note")
        return True

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        if self.notes_dirty:
            self.save_notes()  # leaving the page never waits for the timer
        super().hideEvent(event)

    def _messages(self, exc: ValidationError) -> list[str]:
        return list(localized_problems(exc, self.ctx.language).values())

    def open_monthly(self) -> None:
        if self.save_notes() or not self.notes_editable():
            report_actions.open_monthly_report(
                self,
                self.ctx,
                self.mentor.currentData(),
                self.month.currentData(),
                self.mentor.currentText(),
            )

    # --- single reports ------------------------------------------------------------------------

    def open_verify(self) -> None:
        """Laporan -> Periksa laporan: check the signed QR code of a printed report."""
        from kopdes_desktop.ui.dialogs.verify_report import VerifyReportDialog

        VerifyReportDialog.run(self.ctx, self)

    def open_profile(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            report_actions.open_profile_report(self, self.ctx, ids[0])

    def open_assessment(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        latest = self.ctx.services.reports.latest_final_for(ids, PRIMARY_INSTRUMENT)
        if not latest:
            self.status.setText(self.tr("This cooperative has no final assessment yet."))
            return
        report_actions.open_assessment_report(self, self.ctx, latest[0])

    # --- batches -------------------------------------------------------------------------------

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self,
            self.tr("Folder for the reports"),
            self.ctx.settings.get("last_export_dir") or str(Path.home()),
        )
        if folder:
            self.start_batch(self.batch_kind.currentIndex(), Path(folder))

    def start_batch(self, kind: int, folder: Path) -> None:
        """Generate the chosen batch into ``folder`` in the background: the board's copies,
        with the appendix and the private notes only when their boxes are ticked."""
        ctx = self.ctx
        options = options_from_settings(
            ctx.settings,
            appendix=self.batch_appendix.isChecked(),
            private_notes=self.batch_private.isChecked(),
        )
        chosen, month = self.selected_ids(), self.month.currentData()
        reports = ctx.services.reports
        if kind == BATCH_LATEST:
            ids = reports.latest_final_for(chosen, PRIMARY_INSTRUMENT)
        elif kind == BATCH_MONTH:
            ids = reports.final_ids_in_month(month)
        else:
            ids = chosen

        def work(control: TaskControl) -> BatchResult:
            if kind == BATCH_PROFILES:
                return reports.batch_profiles(
                    ctx.instruments,
                    ids,
                    folder,
                    options,
                    control.progress,
                    control.cancelled,
                    today=ctx.today(),
                )
            return reports.batch_assessments(
                ctx.instruments, ids, folder, options, control.progress, control.cancelled
            )

        self._set_running(True, len(ids))
        self._batch = prepare_task(
            work,
            on_done=self._batch_done,
            on_error=self._batch_failed,
            on_progress=self._batch_progress,
        )
        self._batch.start()

    def cancel_batch(self) -> None:
        """Stop the running batch after the report being made now."""
        if self._running and self._batch is not None:
            self._batch.cancel()
            self.status.setText(self.tr("Stopping after the current report…"))

    def _set_running(self, running: bool, total: int = 0) -> None:
        self._running = running
        self.cancel_button.setEnabled(running)
        if running:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(0)
            self.status.setText(self.tr("Generating %1 reports…").replace("%1", str(total)))
        self._update_buttons()

    def _batch_progress(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(f"{done}/{total} · {text}")

    def _batch_done(self, result: BatchResult) -> None:
        self.last_batch = result
        self._set_running(False)
        if result.written:
            self.ctx.settings.set("last_export_dir", str(result.written[0].parent))
        text = self.tr("%1 reports written.").replace("%1", str(len(result.written)))
        if result.cancelled:
            text = self.tr("Cancelled: %1 reports written.").replace("%1", str(len(result.written)))
        if result.failed:
            text += " " + self.tr("%1 could not be made.").replace("%1", str(len(result.failed)))
        self.status.setText(text)
        self.ctx.events.status.emit(text)

    def _batch_failed(self, error: BaseException) -> None:
        self._set_running(False)
        if isinstance(error, KopdesError):
            self.status.setText(localized(error, self.ctx.language))
            return
        raise error
