"""Enter in a search box: with exactly one hit, open it; with several, go to the list.

Without this, Enter in a dialog's search box presses the dialog's default button (saving a
half-filled form), and in a page it does nothing although the one row wanted is on screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class OpenSingleHit(QObject):
    """Installed on ``edit``: Enter opens the only row ``view`` shows (``open_hit(index)``),
    or moves to the list when it shows several."""

    def __init__(
        self, edit: QLineEdit, view: QAbstractItemView, open_hit: Callable[[QModelIndex], None]
    ) -> None:
        super().__init__(edit)
        self.view = view
        self.open_hit = open_hit
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() not in _ENTER or not plain:
            return False
        model = self.view.model()
        if model.rowCount() == 1:
            index = model.index(0, 0)
            self.view.setCurrentIndex(index)
            self.open_hit(index)
        elif model.rowCount() > 1:
            if not self.view.currentIndex().isValid():
                self.view.setCurrentIndex(model.index(0, 0))
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True  # never the dialog's default button
