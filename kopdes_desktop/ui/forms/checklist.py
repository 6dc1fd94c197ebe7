"""A count question ("jumlah Ya dari 12") asked as its checklist: each item ticked in turn.

The answer stays the count, computed from the ticks; the ticks are kept beside the answers
(``ticks()``), so a draft opened again shows what was ticked. A count stored without ticks
(an assessment from before the checklist was listed) is shown and kept until an item is ticked.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kopdes_desktop.core.instruments.model import Item
from kopdes_desktop.ui.forms.fields import Field

HINT_STYLE = "color: #5f6368;"


class _EntryText(QLabel):
    """An entry's text, wrapped to the page's width; a click on it ticks its box."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.box = box
        self.setWordWrap(True)
        self.setBuddy(box)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self.box.isEnabled():
            self.box.toggle()
        super().mouseReleaseEvent(event)


class ChecklistField(Field):
    """One check box per checklist entry and the count of those ticked."""

    def __init__(self, item: Item, language: str, parent: QWidget | None = None) -> None:
        super().__init__(item, language, parent)
        assert item.checklist is not None
        self.checklist = item.checklist
        self.answered = False  # None until the mentor ticks, or a stored count is shown
        self.stored_count: int | None = None
        self.boxes: dict[str, QCheckBox] = {}
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        for number, entry in enumerate(self.checklist.entries, start=1):
            box = QCheckBox(f"{number}.")
            box.setAccessibleName(entry.text.get(language))
            box.toggled.connect(self._ticked)
            self.boxes[entry.id] = box
            line = QHBoxLayout()
            line.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(_EntryText(entry.text.get(language), box), 1)
            column.addLayout(line)
        self.count = QLabel()
        self.count.setWordWrap(True)
        font = self.count.font()
        font.setBold(True)
        self.count.setFont(font)
        source = self.tr("Items: %1").replace("%1", self.checklist.source)
        if self.checklist.verify is not None:
            source += ". " + self.checklist.verify.get(language)
        self.source = QLabel(source)
        self.source.setWordWrap(True)
        self.source.setStyleSheet(HINT_STYLE)
        self.none_button = QPushButton(self.tr("None of them holds"))
        self.none_button.setToolTip(self.tr("Answer 0: no item of this list is met"))
        self.none_button.clicked.connect(self.none_holds)
        count_row = QHBoxLayout()
        count_row.addWidget(self.count, 1)
        count_row.addWidget(self.none_button)
        column.addLayout(count_row)
        column.addWidget(self.source)
        self._layout.addLayout(column, 1)
        self.setFocusProxy(next(iter(self.boxes.values())))
        self._show_count()

    def _ticked(self, _checked: bool) -> None:
        self.answered = True
        self.stored_count = None
        self._show_count()
        self.changed.emit()

    def none_holds(self) -> None:
        """Clear every tick and answer 0."""
        self._set_boxes(())
        self._ticked(False)

    def ticked_ids(self) -> list[str]:
        return [entry_id for entry_id, box in self.boxes.items() if box.isChecked()]

    def ticks(self) -> list[str] | None:
        """The ticked entry ids to store, or None while the count is not from ticks."""
        return self.ticked_ids() if self.answered and self.stored_count is None else None

    def value(self) -> Any:
        if self.stored_count is not None:
            return self.stored_count
        return len(self.ticked_ids()) if self.answered else None

    def set_value(self, value: Any) -> None:
        """Show a stored count; its ticks come with :meth:`set_ticks`."""
        self._set_boxes(())
        self.answered = isinstance(value, int) and not isinstance(value, bool)
        self.stored_count = value if self.answered else None
        self._show_count()

    def set_ticks(self, ticked: list[str]) -> None:
        """Tick the stored entries; the count becomes theirs when it agrees with the answer."""
        self._set_boxes(ticked)
        if self.stored_count is None or self.stored_count == len(self.ticked_ids()):
            self.answered = True
            self.stored_count = None
        self._show_count()

    def _set_boxes(self, ticked: Any) -> None:
        chosen = set(ticked or ())
        for entry_id, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(entry_id in chosen)
            box.blockSignals(False)

    def _show_count(self) -> None:
        total = str(len(self.boxes))
        if self.stored_count is not None:
            text = self.tr(
                '%1 of %2 "Yes" (count stored without its items: tick them to record which)'
            ).replace("%1", str(self.stored_count))
        elif self.answered:
            text = self.tr('%1 of %2 "Yes"').replace("%1", str(len(self.ticked_ids())))
        else:
            text = self.tr("Not answered yet: tick each item that holds")
        self.count.setText(text.replace("%2", total))

    def set_read_only(self, read_only: bool) -> None:
        for box in self.boxes.values():
            box.setEnabled(not read_only)
        self.none_button.setEnabled(not read_only)
