"""The assessment form generated from an instrument definition.

Sections are pages (listed on the left with how far each is filled in, a progress bar on top),
each item gets the widget of its type, and after every edit the engine's
``Instrument.evaluate`` decides what is asked (skip logic), the computed values and the problems
shown beside the fields, while ``Instrument.preview`` feeds the score panel on the right.
Answers of skipped items stay in their widgets but are left out of the answers, so they come
back if the item is asked again.

A prefilled answer says where it came from (``set_sources``) for as long as it keeps that
value; a fact another form of the visit asks is shown read-only here (``set_mirrored``). Dates
are bounded by the day of the assessment (``as_of``); implausible answers are warned in amber
beside their field, never refused.

Ctrl+Z takes the field edited last back to its value before that edit (a run of typing in one
text field is one edit; text fields also keep their own typing undo). Tab after a section's
last field reaches *Next section ›*, not *‹ Previous section*.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.core.instruments import FormState, Instrument
from kopdes_desktop.core.instruments.answers import is_missing
from kopdes_desktop.core.instruments.checks import TICKS_KEY
from kopdes_desktop.ui.forms.checklist import ChecklistField
from kopdes_desktop.ui.forms.evidence import AttachmentBinder
from kopdes_desktop.ui.forms.preview import PreviewPanel
from kopdes_desktop.ui.forms.rows import FieldRow, RepeatField

_MAX_PASSES = 4
_TYPED = ("integer", "decimal", "money", "percent", "date", "text", "longtext", "gps")
"""Item types whose successive changes are one edit for Ctrl+Z (typing, not choosing)."""
_NOT_UNDONE = ("computed", "repeat", "evidence")


class InstrumentForm(QWidget):
    """Pages of fields for one instrument. ``answers_changed`` fires after every edit."""

    answers_changed = Signal()
    row_removed = Signal(str, int, dict)  # group item id, row index, the row's answers

    def __init__(
        self,
        instrument: Instrument,
        language: str,
        binder: AttachmentBinder | None = None,
        parent: QWidget | None = None,
        as_of: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.instrument = instrument
        self.language = language
        self.as_of = as_of
        self.sources: dict[str, tuple[Any, str]] = {}  # item id -> (prefilled value, from)
        self.mirrored: dict[str, str] = {}  # item id -> the form that asks it
        self.read_only = False
        self.rows: dict[str, FieldRow] = {}
        self.section_of: dict[str, int] = {}
        self.state = FormState()
        self.reveal_all = False
        self._loading = False
        self._undoing = False
        self._last: dict[str, Any] = {}
        self.undo_stack: list[tuple[str, Any]] = []
        self._build(binder)
        self._connect()
        self._assemble()
        self.recompute(emit=False)

    # --- building -----------------------------------------------------------------------------

    def _build(self, binder: AttachmentBinder | None) -> None:
        self.progress = QProgressBar()
        self.progress.setMaximumHeight(16)
        self.progress_text = QLabel()
        self.sections = QListWidget()
        self.sections.setMaximumWidth(230)
        self.sections.setMinimumWidth(150)
        self.sections.setWordWrap(True)
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages = QStackedWidget()
        for index, section in enumerate(self.instrument.sections):
            self.sections.addItem(section.title(self.language))
            page = QWidget()
            column = QVBoxLayout(page)
            heading = QLabel(section.title(self.language))
            font = heading.font()
            font.setPointSizeF(font.pointSizeF() * 1.25)
            font.setBold(True)
            heading.setFont(font)
            column.addWidget(heading)
            if section.help(self.language):
                hint = QLabel(section.help(self.language))
                hint.setWordWrap(True)
                column.addWidget(hint)
            for item in section.items:
                row = FieldRow(item, self.language, binder)
                self.rows[item.id] = row
                self.section_of[item.id] = index
                column.addWidget(row)
            column.addStretch(1)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(page)
            self.pages.addWidget(scroll)
        self.previous_button = QPushButton(self.tr("‹ Previous section"))
        self.next_button = QPushButton(self.tr("Next section ›"))
        self.previous_button.setToolTip(self.tr("Ctrl+Page Up"))
        self.next_button.setToolTip(self.tr("Ctrl+Page Down"))
        self.preview = PreviewPanel(self.language)

    def _connect(self) -> None:
        for item_id, row in self.rows.items():
            row.field.changed.connect(lambda i=item_id: self._field_edited(i))
            if isinstance(row.field, RepeatField):
                row.field.rows_changed.connect(self._rows_changed)
                row.field.row_removed.connect(
                    lambda index, answers, i=item_id: self.row_removed.emit(i, index, answers)
                )
        self.sections.currentRowChanged.connect(self._show_page)
        self.previous_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)
        keys_and_buttons = (("Ctrl+PgUp", self.previous_button), ("Ctrl+PgDown", self.next_button))
        for keys, button in keys_and_buttons:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(button.click)
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self.undo)

    def _assemble(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.progress, 1)
        top.addWidget(self.progress_text)
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.pages, 1)
        middle_layout.addLayout(nav)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.sections)
        splitter.addWidget(middle)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([200, 700, 250])  # the questions get the room
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        # the fields come before the buttons in the focus chain: forward first, then back
        self.setTabOrder(self.next_button, self.previous_button)
        self.sections.setCurrentRow(0)

    # --- pages ---------------------------------------------------------------------------------

    def _show_page(self, index: int) -> None:
        if index >= 0:
            self.pages.setCurrentIndex(index)
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < self.pages.count() - 1)

    def previous_page(self) -> None:
        self.go_to_page(self.pages.currentIndex() - 1)

    def next_page(self) -> None:
        self.go_to_page(self.pages.currentIndex() + 1)

    def go_to_page(self, index: int) -> None:
        if 0 <= index < self.pages.count():
            self.sections.setCurrentRow(index)

    # --- answers --------------------------------------------------------------------------------

    def answers(self) -> dict[str, Any]:
        """The answers of the items that are asked, as the engine and the store take them."""
        out: dict[str, Any] = {}
        for item_id, row in self.rows.items():
            if row.item.type == "computed" or not self.state.relevant.get(item_id, True):
                continue
            value = row.field.value()
            if not is_missing(value):
                out[item_id] = value
        ticks = {
            item_id: row.field.ticks()
            for item_id, row in self.rows.items()
            if isinstance(row.field, ChecklistField)
            and item_id in out
            and row.field.ticks() is not None
        }
        if ticks:
            out[TICKS_KEY] = ticks
        return out

    def set_answers(self, answers: dict[str, Any]) -> None:
        """Show stored answers (no ``answers_changed``)."""
        self._loading = True
        try:
            for item_id, row in self.rows.items():
                if row.item.type != "computed":
                    row.field.set_value(answers.get(item_id))
            ticks = answers.get(TICKS_KEY)
            for item_id, row in self.rows.items():
                if (
                    isinstance(row.field, ChecklistField)
                    and isinstance(ticks, dict)
                    and isinstance(ticks.get(item_id), list)
                ):
                    row.field.set_ticks(ticks[item_id])
        finally:
            self._loading = False
        self._last = {item_id: row.field.value() for item_id, row in self.rows.items()}
        self.undo_stack.clear()
        self.recompute(emit=False)

    def _field_edited(self, item_id: str) -> None:
        if self._loading:
            return
        row = self.rows[item_id]
        before, now = self._last.get(item_id), row.field.value()
        self._last[item_id] = now
        undone = row.item.type not in _NOT_UNDONE and not isinstance(row.field, ChecklistField)
        if not self._undoing and undone and before != now:  # a tick is undone by unticking
            top = self.undo_stack[-1] if self.undo_stack else None
            if not (top and top[0] == item_id and row.item.type in _TYPED):
                self.undo_stack.append((item_id, before))
        if not self._undoing:
            self.recompute(emit=True)

    def undo(self) -> bool:
        """Put the field edited last back as it was before that edit (Ctrl+Z)."""
        if not self.undo_stack or not self.rows[self.undo_stack[-1][0]].field.isEnabled():
            return False  # nothing to undo, or the assessment is final
        item_id, before = self.undo_stack.pop()
        row = self.rows[item_id]
        self._undoing = True
        try:
            row.field.set_value(before)
            self._last[item_id] = row.field.value()
        finally:
            self._undoing = False
        self.recompute(emit=True)
        self.focus_path(item_id)
        return True

    def _rows_changed(self) -> None:
        if not self._loading:
            self.recompute(emit=False)

    def recompute(self, emit: bool = True) -> FormState:
        """Evaluate the answers, then show relevance, computed values, problems and score."""
        for _ in range(_MAX_PASSES):
            self.state = self.instrument.evaluate(self.answers(), self.as_of)
            if not self._apply_relevance():
                break
        self._apply_computed()
        self._apply_sources()
        self._apply_problems()
        self._apply_progress()
        self.preview.show_result(self.instrument.preview(self.answers()))
        if emit:
            self.answers_changed.emit()
        return self.state

    def _apply_relevance(self) -> bool:
        """Show the asked rows and hide the skipped ones; True when anything changed."""
        changed = False
        for item_id, row in self.rows.items():
            asked = self.state.relevant.get(item_id, True)
            if row.isHidden() == asked:
                row.setHidden(not asked)
                changed = True
            if isinstance(row.field, RepeatField):
                for path, child in row.field.child_rows():
                    child_asked = self.state.relevant.get(path, True)
                    if child.isHidden() == child_asked:
                        child.setHidden(not child_asked)
                        changed = True
        return changed

    def _apply_computed(self) -> None:
        for item_id, value in self.state.computed.items():
            if item_id in self.rows:
                self.rows[item_id].field.set_value(value)

    def all_rows(self) -> list[tuple[str, FieldRow]]:
        """Every field row with its answer path, repeat children included."""
        out: list[tuple[str, FieldRow]] = []
        for item_id, row in self.rows.items():
            out.append((item_id, row))
            if isinstance(row.field, RepeatField):
                out.extend(row.field.child_rows())
        return out

    def problems(self) -> list[tuple[str, str]]:
        """Every problem as ``(path, message)`` in form order (a field's own problem first)."""
        engine: dict[str, str] = {}
        for problem in self.state.problems:
            engine.setdefault(problem.item_id, problem.localized(self.language))
        out = []
        for path, row in self.all_rows():
            if row.isHidden():  # skipped: its answer is left out, so are its problems
                engine.pop(path, None)
                continue
            from_engine = engine.pop(path, None)
            message = row.field.local_problem() or from_engine
            if message:
                out.append((path, message))
        out.extend(engine.items())
        return out

    def warnings(self) -> list[tuple[str, str]]:
        """Answers kept but worth a second look, as ``(path, reason)``."""
        return [
            (w.item_id, w.localized(self.language))
            for w in self.state.warnings
            if w.item_id in self.rows and not self.rows[w.item_id].isHidden()
        ]

    def _apply_problems(self) -> None:
        shown = dict(self.problems())
        warned = dict(self.warnings())
        for path, row in self.all_rows():
            message = shown.get(path)
            if message and not self.reveal_all and is_missing(row.field.value()):
                message = None  # "required" waits until the mentor asks to finalize
            if message or path not in warned:
                row.show_problem(message)
            else:
                row.show_problem(warned[path], warning=True)
        for index, section in enumerate(self.instrument.sections):
            count = sum(1 for path in shown if self.section_of.get(path.split("[")[0]) == index)
            title = section.title(self.language)
            if count and self.reveal_all:
                title += f"  ({count} !)"
            self.sections.item(index).setText(title)

    def _apply_progress(self) -> None:
        asked = [
            row
            for item_id, row in self.rows.items()
            if row.item.type != "computed" and not row.isHidden()
        ]
        answered = sum(1 for row in asked if not is_missing(row.field.value()))
        self.progress.setRange(0, max(len(asked), 1))
        self.progress.setValue(answered)
        self.progress_text.setText(
            self.tr("%1 of %2 answered").replace("%1", str(answered)).replace("%2", str(len(asked)))
        )

    # --- finalize support -------------------------------------------------------------------------

    def show_all_problems(self) -> list[tuple[str, str]]:
        """Reveal every problem (required ones included) and return them."""
        self.reveal_all = True
        self.recompute(emit=False)
        return self.problems()

    def focus_path(self, path: str) -> bool:
        """Open the page of the field at ``path`` and put the cursor in it."""
        rows = dict(self.all_rows())
        row = rows.get(path) or rows.get(path.split("[")[0])
        if row is None:
            return False
        self.go_to_page(self.section_of.get(path.split("[")[0], 0))
        scroll = self.pages.currentWidget()
        if isinstance(scroll, QScrollArea):
            scroll.ensureWidgetVisible(row)
        row.field.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for item_id, row in self.rows.items():
            row.field.set_read_only(read_only or item_id in self.mirrored)

    # --- where answers come from ---------------------------------------------------------------

    def set_sources(self, sources: dict[str, tuple[Any, str]]) -> None:
        """Name the source of each prefilled answer: item id -> (its prefilled value, text)."""
        self.sources = dict(sources)
        self._apply_sources()

    def set_mirrored(self, item_id: str, value: Any, asked_in: str) -> bool:
        """Show ``value`` of a fact asked in the form ``asked_in`` of this visit, read-only;
        True when the answer changed (the caller saves it)."""
        row = self.rows[item_id]
        self.mirrored[item_id] = asked_in
        row.field.set_read_only(True)
        if row.field.value() == value:
            self._apply_sources()
            return False
        self._loading = True
        try:
            row.field.set_value(value)
        finally:
            self._loading = False
        self._last[item_id] = row.field.value()
        self.recompute(emit=False)
        return True

    def _apply_sources(self) -> None:
        for item_id, row in self.rows.items():
            if item_id in self.mirrored:
                row.show_source(
                    self.tr("Asked in the form %1 of this visit; change it there").replace(
                        "%1", self.mirrored[item_id]
                    )
                )
                continue
            prefilled = self.sources.get(item_id)
            if prefilled is not None and row.field.value() == prefilled[0]:
                row.show_source(prefilled[1])
            else:
                row.show_source(None)
