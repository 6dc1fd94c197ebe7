"""One assessment in the visit editor: its form, autosave, finalize, revision, discard.

Discarding asks first and sends the draft to the Sampah (trash); so does removing a filled row
of a repeat group; finalizing asks before it locks the answers.

Every edit restarts a short timer (setting ``autosave_ms``); when it fires the answers go to
``assessments.save_draft``, so a crash loses at most the field being typed. Finalizing first
reveals every problem beside its field and lists them; the first one gets the cursor. A final
assessment is shown read-only with a *Final* badge; *Revise* makes a new draft revision and
keeps the final one.

A draft shows where its prefilled answers came from; after finalizing, the figures that differ
from the cooperative profile are offered for the profile (one dialog, each change ticked).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.core.formatting import long_date, short_date
from kopdes_desktop.core.instruments import AnswersInvalid
from kopdes_desktop.core.instruments.pending import pending_marks
from kopdes_desktop.core.services.prefill import Source
from kopdes_desktop.errors import KopdesError
from kopdes_desktop.reports import localtime
from kopdes_desktop.ui.context import AppContext
from kopdes_desktop.ui.dialogs.confirm import ConfirmDialog, trash_hint
from kopdes_desktop.ui.dialogs.profile_update import ProfileUpdateDialog
from kopdes_desktop.ui.forms.evidence import AttachmentBinder
from kopdes_desktop.ui.forms.instrument_form import InstrumentForm
from kopdes_desktop.ui.forms.rows import ERROR_STYLE

log = logging.getLogger(__name__)

FINAL_STYLE = (
    "background: #1e6b3a; color: white; border-radius: 4px; padding: 3px 10px;font-weight: bold;"
)
DRAFT_STYLE = "background: #e8eaed; color: #202124; border-radius: 4px; padding: 3px 10px;"


class AssessmentPanel(QWidget):
    """The form of one assessment with its actions. ``revised(new_id)`` after a revision."""

    revised = Signal(str)
    finalized = Signal(str)
    discarded = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        assessment_id: str,
        parent: QWidget | None = None,
        sources: dict[str, Source] | None = None,
    ) -> None:
        """``sources``: where the prefilled answers came from, when the caller just prefilled
        them (else they are looked up)."""
        super().__init__(parent)
        self.ctx = ctx
        self.assessment_id = assessment_id
        self.dirty = False
        if sources is None:
            opened = ctx.services.assessments.open(ctx.instruments, assessment_id)
            row, sources = opened.state, opened.sources
        else:
            row = ctx.services.assessments.get(assessment_id)
        self.status = row.status
        self.instrument = ctx.instruments.get(row.instrument_id, row.instrument_version)
        answers = dict(row.answers)
        self.revision_no = row.revision_no
        self.finalized_at = row.finalized_at
        self.assessed_on = row.assessed_on
        self._build()
        self._connect()
        self._assemble()
        self.form.set_answers(answers)
        self.form.set_sources(
            {
                item_id: (answers.get(item_id), self.source_text(source))
                for item_id, source in sources.items()
            }
        )
        self._show_status()

    def source_text(self, source: Source) -> str:
        """Where a prefilled answer came from, as the form says it."""
        lang = self.ctx.language
        if source.kind == "assessment":
            return self.tr("from the assessment of %1").replace("%1", short_date(source.on, lang))
        if source.kind == "visit" and source.instrument_id:
            title = self.ctx.instruments.get(source.instrument_id).title(lang)
            return self.tr("from the form %1 of this visit").replace("%1", title)
        return self.tr("from the profile")

    def _build(self) -> None:
        lang = self.ctx.language
        # the tab already names the instrument; here its version and revision
        title = self.tr("Version %1").replace("%1", self.instrument.version)
        if self.revision_no > 1:
            title += " · " + self.tr("revision %1").replace("%1", str(self.revision_no))
        self.setToolTip(self.instrument.title(lang))
        self.title = QLabel(title)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.badge = QLabel()
        self.saved_label = QLabel()
        self.saved_label.setStyleSheet("color: #5f6368;")
        self.finalize_button = QPushButton(self.tr("&Finalize"))
        self.finalize_button.setToolTip(
            self.tr("Check every answer and lock the assessment (Ctrl+Enter)")
        )
        self.revise_button = QPushButton(self.tr("&Revise"))
        self.revise_button.setToolTip(self.tr("Make a new revision; the final one is kept"))
        self.discard_button = QPushButton(self.tr("Discard draft"))
        self.pending = QLabel()
        self.pending.setWordWrap(True)
        self.pending.setStyleSheet("color: #b35c00;")
        marks = pending_marks(self.instrument)
        if marks:
            self.pending.setText(
                self.tr(
                    "Awaiting verification: %1 values of this instrument "
                    "are not yet settled by an official source; the report "
                    "marks them."
                ).replace("%1", str(len(marks)))
            )
            self.pending.setToolTip("\n".join(f"• {m.text(lang)}" for m in marks))
        self.problems = QListWidget()
        self.problems.setMaximumHeight(110)
        self.problems.setStyleSheet(ERROR_STYLE)
        self.problems_title = QLabel()
        self.problems_title.setStyleSheet(ERROR_STYLE + "font-weight: bold;")
        binder = AttachmentBinder(self.ctx, lambda: ("assessment", self.assessment_id))
        self.form = InstrumentForm(
            self.instrument, self.ctx.language, binder, as_of=self.assessed_on
        )
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.ctx.settings.get("autosave_ms"))

    def _connect(self) -> None:
        self.form.answers_changed.connect(self._changed)
        self.form.row_removed.connect(self._row_removed)
        self.timer.timeout.connect(self.save_now)
        # clicked(bool) must not reach the slots' own arguments (``confirm``)
        self.finalize_button.clicked.connect(lambda: self.finalize())
        self.revise_button.clicked.connect(lambda: self.revise())
        self.discard_button.clicked.connect(lambda: self.discard())
        self.problems.itemActivated.connect(self._focus_problem)
        self.problems.itemClicked.connect(self._focus_problem)
        # several panels live in one window: each answers only while it holds the focus
        for keys, slot in (
            (QKeySequence("Ctrl+Return"), self.finalize_button.click),
            (QKeySequence(QKeySequence.StandardKey.Save), self.save_now),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _assemble(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.title)
        bar.addWidget(self.badge)
        bar.addStretch(1)
        bar.addWidget(self.saved_label)
        bar.addWidget(self.discard_button)
        bar.addWidget(self.revise_button)
        bar.addWidget(self.finalize_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.pending)
        layout.addWidget(self.problems_title)
        layout.addWidget(self.problems)
        layout.addWidget(self.form, 1)
        self.problems_title.hide()
        self.problems.hide()
        self.pending.setVisible(bool(self.pending.text()))

    # --- state ----------------------------------------------------------------------------------

    def is_final(self) -> bool:
        return self.status == "FINAL"

    def _show_status(self) -> None:
        final = self.is_final()
        if final:
            self.badge.setText(self.tr("Final"))
            self.badge.setStyleSheet(FINAL_STYLE)
            when = long_date(self.finalized_at, self.ctx.language) if self.finalized_at else ""
            self.saved_label.setText(self.tr("Finalized %1").replace("%1", when) if when else "")
        else:
            self.badge.setText(self.tr("Draft"))
            self.badge.setStyleSheet(DRAFT_STYLE)
        self.form.set_read_only(final)
        self.form.preview.set_final(final)
        self.finalize_button.setVisible(not final)
        self.discard_button.setVisible(not final)
        self.revise_button.setVisible(final)

    def mark_changed(self) -> None:
        """Answers changed outside the mentor's typing (a fact shown from another form):
        save them with the next autosave."""
        self._changed()

    def _changed(self) -> None:
        if self.is_final():
            return
        self.dirty = True
        self.saved_label.setText(self.tr("Not saved yet…"))
        self.timer.start()

    def save_now(self) -> bool:
        """Write the answers typed so far (a draft); True when nothing is left unsaved."""
        self.timer.stop()
        if not self.dirty or self.is_final():
            return True
        try:
            self.ctx.services.assessments.save_draft(
                self.ctx.instruments, self.assessment_id, self.form.answers()
            )
        except KopdesError as exc:
            self.saved_label.setText(exc.localized(self.ctx.language))
            self.saved_label.setStyleSheet(ERROR_STYLE)
            return False
        self.dirty = False
        self.saved_label.setStyleSheet("color: #5f6368;")
        self.saved_label.setText(self.tr("Saved at %1").replace("%1", localtime.clock_now()))
        self.ctx.events.data_changed.emit("assessment")
        return True

    # --- finalize, revise, discard --------------------------------------------------------------

    def _row_removed(self, group: str, index: int, row: dict) -> None:
        """Keep a removed row with answers in the trash, then store the answers without it."""
        if row and not self.is_final():
            self.ctx.services.assessments.keep_removed_row(self.assessment_id, group, index, row)
            self.save_now()
            self.ctx.events.data_changed.emit("trash")

    def finalize(self, confirm: bool = True) -> bool:
        """Finalize when every answer is valid and the mentor agrees; otherwise list the
        problems and focus the first."""
        if self.is_final() or not self.save_now():
            return False
        problems = self.form.show_all_problems()
        if (
            not problems
            and confirm
            and not ConfirmDialog.ask(
                self,
                self.tr("Finalize"),
                self.tr("Finalize this assessment? Its answers are locked afterwards.")
                + self._warnings_text(),
                self.tr("&Finalize"),
                self.tr("A later change needs a new revision; this one is kept as it is."),
            )
        ):
            return False
        if not problems:
            try:
                self.finalized_at = self.ctx.services.assessments.finalize(
                    self.ctx.instruments, self.assessment_id
                )
            except AnswersInvalid as exc:
                problems = [(p.item_id, p.localized(self.ctx.language)) for p in exc.problems]
            except KopdesError as exc:
                QMessageBox.warning(
                    self, self.tr("Not finalized"), exc.localized(self.ctx.language)
                )
                return False
        if problems:
            self._list_problems(problems)
            return False
        self.status = "FINAL"
        self._list_problems([])
        self._show_status()
        self.ctx.events.data_changed.emit("assessment")
        self.ctx.events.status.emit(self.tr("Assessment finalized."))
        self.finalized.emit(self.assessment_id)
        if confirm:
            ProfileUpdateDialog.offer(self, self.ctx, self.assessment_id)
        return True

    def _warnings_text(self) -> str:
        """The answers worth a second look, for the finalize question."""
        warned = self.form.warnings()
        if not warned:
            return ""
        labels = {path: row.item.label(self.ctx.language) for path, row in self.form.all_rows()}
        lines = "\n".join(f"• {labels.get(path, path)}: {reason}" for path, reason in warned)
        return "\n\n" + self.tr("Worth a second look (kept as typed):") + "\n" + lines

    def _list_problems(self, problems: list[tuple[str, str]]) -> None:
        self.problems.clear()
        labels = {path: row.item.label(self.ctx.language) for path, row in self.form.all_rows()}
        for path, message in problems:
            base = labels.get(path) or labels.get(path.split("[")[0]) or path
            where = path[len(path.split("[")[0]) :] if "[" in path else ""
            entry = QListWidgetItem(f"{base}{where}: {message}")
            entry.setData(Qt.ItemDataRole.UserRole, path)
            self.problems.addItem(entry)
        self.problems_title.setText(
            self.tr("%1 problems must be fixed before finalizing:").replace(
                "%1", str(len(problems))
            )
        )
        self.problems_title.setVisible(bool(problems))
        self.problems.setVisible(bool(problems))
        if problems:
            self.form.focus_path(problems[0][0])

    def _focus_problem(self, entry: QListWidgetItem) -> None:
        self.form.focus_path(entry.data(Qt.ItemDataRole.UserRole))

    def revise(self) -> str | None:
        """Start a new draft revision of this final assessment; returns its id."""
        if not self.is_final():
            return None
        try:
            new_id = self.ctx.services.assessments.revise(self.assessment_id)
        except KopdesError as exc:
            QMessageBox.warning(self, self.tr("Not revised"), exc.localized(self.ctx.language))
            return None
        self.ctx.events.data_changed.emit("assessment")
        self.revised.emit(new_id)
        return new_id

    def discard(self, confirm: bool = True) -> bool:
        """Send the draft to the trash, after asking (naming how many answers go with it)."""
        if self.is_final():
            return False
        answered = len(self.form.answers())
        if confirm and not ConfirmDialog.ask(
            self,
            self.tr("Discard draft"),
            self.tr("Discard this draft of %1 with its %2 answers?")
            .replace("%1", self.instrument.title(self.ctx.language))
            .replace("%2", str(answered)),
            self.tr("&Discard draft"),
            trash_hint(),
        ):
            return False
        self.save_now()  # the trash keeps the answers as last typed
        self.timer.stop()
        self.dirty = False
        self.ctx.services.assessments.discard(self.assessment_id)
        self.ctx.events.data_changed.emit("assessment")
        self.discarded.emit(self.assessment_id)
        return True

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        # Leaving the page (another view, another tab) must not wait for the timer; at
        # interpreter exit the child widgets may already be gone, and nothing is left to save.
        try:
            self.save_now()
        except RuntimeError:
            log.warning("answers not saved: the form was already torn down")
        super().hideEvent(event)
