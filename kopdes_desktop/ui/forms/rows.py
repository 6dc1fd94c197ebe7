"""A labelled field with its help and its problem, and repeat groups built from such rows.

A problem's line is reserved below every field even while there is none, so a message that
appears never pushes the fields below it (the next click lands where the mentor aimed).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.core.instruments.answers import is_missing
from kopdes_desktop.core.instruments.model import Item
from kopdes_desktop.ui.dialogs.confirm import ConfirmDialog, trash_hint
from kopdes_desktop.ui.forms.checklist import ChecklistField
from kopdes_desktop.ui.forms.evidence import AttachmentBinder, EvidenceField
from kopdes_desktop.ui.forms.fields import FIELD_CLASSES, Field

ERROR_STYLE = "color: #b3261e;"
WARNING_STYLE = "color: #8a5300;"
HINT_STYLE = "color: #5f6368;"
SOURCE_STYLE = "color: #1a5fb4; font-style: italic;"


def reserve_line(label: QLabel) -> QLabel:
    """Keep one line of room for ``label`` even while it is hidden."""
    policy = label.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    label.setSizePolicy(policy)
    label.setMinimumHeight(label.fontMetrics().lineSpacing())
    return label


def make_field(item: Item, language: str, binder: AttachmentBinder | None) -> Field:
    """The widget for one item."""
    if item.type == "repeat":
        return RepeatField(item, language, binder)
    if item.type == "evidence":
        return EvidenceField(item, language, binder)
    if item.type == "integer" and item.checklist is not None:
        return ChecklistField(item, language)
    return FIELD_CLASSES[item.type](item, language)


class FieldRow(QWidget):
    """Label (``*`` when required), the field, its help, where a prefilled answer came from,
    and its problem in red (or a warning in amber) below."""

    def __init__(
        self,
        item: Item,
        language: str,
        binder: AttachmentBinder | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.item = item
        self.field = make_field(item, language, binder)
        self.title = QLabel(item.label(language) + (" *" if item.required else ""))
        self.title.setWordWrap(True)
        self.title.setBuddy(self.field.focus_target())
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.help = QLabel(item.help(language))
        self.help.setWordWrap(True)
        if item.help(language):
            self.help.setStyleSheet(HINT_STYLE)
        self.help.setVisible(bool(item.help(language)))
        self.source = QLabel()
        self.source.setObjectName("fieldSource")
        self.source.setWordWrap(True)
        self.source.hide()
        # styles are set on first use (a style sheet costs, and a form has ~100 rows)
        self._source_styled = False
        self._error_style: str | None = None
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        reserve_line(self.error)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 6)
        layout.setSpacing(3)
        for widget in (self.title, self.help, self.field, self.source, self.error):
            layout.addWidget(widget)

    def show_problem(self, message: str | None, warning: bool = False) -> None:
        """Show ``message`` below the field (None hides it); it starts with a capital. A
        ``warning`` (kept, but worth a second look) is amber, a problem red."""
        message = message[:1].upper() + message[1:] if message else ""
        style = WARNING_STYLE if warning else ERROR_STYLE
        if message and self._error_style != style:
            self.error.setStyleSheet(style)
            self._error_style = style
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def show_source(self, text: str | None) -> None:
        """Say where the answer came from ("dari profil"); None hides it."""
        if text and not self._source_styled:
            self.source.setStyleSheet(SOURCE_STYLE)
            self._source_styled = True
        self.source.setText(text or "")
        self.source.setVisible(bool(text))


class RowBox(QGroupBox):
    """One row of a repeat group (one business unit, say): its child fields and a remove button."""

    def __init__(
        self,
        group: Item,
        language: str,
        binder: AttachmentBinder | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.rows: dict[str, FieldRow] = {}
        layout = QVBoxLayout(self)
        for child in group.items:
            row = FieldRow(child, language, binder)
            self.rows[child.id] = row
            layout.addWidget(row)
        self.remove_button = QPushButton(self.tr("Remove this row"))
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.remove_button)
        layout.addLayout(bottom)

    def value(self) -> dict[str, Any]:
        out = {}
        for child_id, row in self.rows.items():
            if row.isHidden():
                continue
            value = row.field.value()
            if not is_missing(value):
                out[child_id] = value
        return out


class RepeatField(Field):
    """A repeat group: rows added and removed by the mentor; the value is a list of dicts.

    Removing a row that holds answers asks first; ``row_removed(index, answers)`` tells the
    owner what went, so it can keep it in the trash.
    """

    rows_changed = Signal()
    row_removed = Signal(int, dict)

    def __init__(
        self,
        item: Item,
        language: str,
        binder: AttachmentBinder | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(item, language, parent)
        self.binder = binder
        self.boxes: list[RowBox] = []
        self.column = QVBoxLayout()
        self.add_button = QPushButton(self.tr("Add a row"))
        self.add_button.clicked.connect(self._add_clicked)
        outer = QVBoxLayout()
        outer.addLayout(self.column)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        outer.addLayout(add_row)
        self._layout.addLayout(outer, 1)
        self.setFocusProxy(self.add_button)
        self._read_only = False

    def _add_clicked(self) -> None:
        box = self.add_row()
        self.changed.emit()
        first = next(iter(box.rows.values()), None)
        if first is not None:
            first.field.focus_target().setFocus()

    def add_row(self) -> RowBox:
        box = RowBox(self.item, self.language, self.binder)
        box.remove_button.clicked.connect(self._remove_clicked)
        for row in box.rows.values():
            row.field.changed.connect(self.changed.emit)
        self.boxes.append(box)
        self.column.addWidget(box)
        self._retitle()
        box.setEnabled(not self._read_only)
        self.rows_changed.emit()
        return box

    def _remove_clicked(self) -> None:
        # found through the sender: a closure over the box would keep a deleted box alive
        button = self.sender()
        for index, box in enumerate(self.boxes):
            if box.remove_button is button:
                if self._confirm_removal(box):
                    self.remove_row(index)
                return

    def _confirm_removal(self, box: RowBox) -> bool:
        answers = len(box.value())
        if not answers:
            return True  # an empty row loses nothing
        return ConfirmDialog.ask(
            self,
            self.tr("Remove this row"),
            self.tr("Remove %1 with its %2 answers?")
            .replace("%1", box.title())
            .replace("%2", str(answers)),
            self.tr("&Remove row"),
            trash_hint(),
        )

    def remove_row(self, index: int) -> None:
        """Take row ``index`` out (no question asked) and report what it held."""
        removed = self.boxes[index].value()
        box = self.boxes.pop(index)
        self.column.removeWidget(box)
        box.deleteLater()
        self._retitle()
        self.rows_changed.emit()
        self.changed.emit()
        self.row_removed.emit(index, removed)

    def _retitle(self) -> None:
        for number, box in enumerate(self.boxes, start=1):
            box.setTitle(f"{self.item.label(self.language)} {number}")

    def value(self) -> Any:
        return [box.value() for box in self.boxes]

    def set_value(self, value: Any) -> None:
        rows = value if isinstance(value, list) else []
        while len(self.boxes) > len(rows):
            box = self.boxes.pop()
            self.column.removeWidget(box)
            box.deleteLater()
        while len(self.boxes) < len(rows):
            self.add_row()
        for box, data in zip(self.boxes, rows, strict=True):
            data = data if isinstance(data, dict) else {}
            for child_id, row in box.rows.items():
                row.field.blockSignals(True)
                row.field.set_value(data.get(child_id))
                row.field.blockSignals(False)

    def child_rows(self) -> list[tuple[str, FieldRow]]:
        """Every child row with its row-qualified path (``units[0].status``)."""
        return [
            (f"{self.item.id}[{index}].{child_id}", row)
            for index, box in enumerate(self.boxes)
            for child_id, row in box.rows.items()
        ]

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.add_button.setEnabled(not read_only)
        for box in self.boxes:
            box.setEnabled(not read_only)
