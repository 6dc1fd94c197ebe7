"""Small building blocks of the Beranda page: figure cards and clickable lists."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
REFERENCE_LINE = 14
"""Line height (pixels) of the default 9 pt font the figure size was chosen for."""


class FigureCard(QFrame):
    """A big number with a caption; clicking it emits :attr:`clicked`."""

    clicked = Signal()

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.value = QLabel("0")
        self.value.setObjectName("figureValue")
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set_value(self, value: int | str, color: str | None = None) -> None:
        self.value.setText(str(value))
        style = f"color: {color};" if color else ""
        size = round(22 * max(1.0, self.fontMetrics().height() / REFERENCE_LINE), 1)
        self.value.setStyleSheet(f"font-size: {size}pt; font-weight: 600; {style}")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class LinkList(QFrame):
    """A titled list whose items each open a record (activated with click or Enter)."""

    activated = Signal(str)

    def __init__(self, title: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = empty_text
        self.title = QLabel(title)
        self.title.setObjectName("sectionTitle")
        self.list = QListWidget()
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)

    def set_items(self, items: list[tuple[str, str, str | None]]) -> None:
        """``items``: (text, record id, text colour or None)."""
        self.list.clear()
        for text, record_id, color in items:
            item = QListWidgetItem(text)
            item.setData(RECORD_ROLE, record_id)
            if color:
                item.setForeground(QColor(color))
            self.list.addItem(item)
        if not items:
            item = QListWidgetItem(self.empty_text)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)

    def focus_list(self) -> None:
        """Put the keyboard on the list, its first record selected (Enter opens it)."""
        self.list.setFocus()
        if self.list.count() and self.list.item(0).data(RECORD_ROLE):
            self.list.setCurrentRow(0)

    def _activated(self, item: QListWidgetItem) -> None:
        record_id = item.data(RECORD_ROLE)
        if record_id:
            self.activated.emit(record_id)
