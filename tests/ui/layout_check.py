"""Finding text widgets that overlap on screen (for the large-font layout test)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)

TEXT_WIDGETS = (QLabel, QAbstractButton, QComboBox, QLineEdit)


def _visible_rect(widget: QWidget, window: QWidget) -> QRect:
    """The part of ``widget`` on screen (clipped by scroll areas), in window coordinates."""
    region = widget.visibleRegion().boundingRect()
    if region.isEmpty():
        return QRect()
    return QRect(widget.mapTo(window, region.topLeft()), region.size())


def text_widgets(root: QWidget, window: QWidget) -> list[tuple[QWidget, QRect]]:
    """Every shown label, button, combo box and line edit under ``root`` with text in it."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, TEXT_WIDGETS) or not widget.isVisibleTo(window):
            continue
        if isinstance(widget.parentWidget(), (QTabBar, QComboBox, QLineEdit)):
            continue  # parts of a compound widget
        text = (
            widget.currentText()
            if isinstance(widget, QComboBox)
            else (widget.text() if hasattr(widget, "text") else "")
        )
        if not text and not (isinstance(widget, QLineEdit) and widget.placeholderText()):
            continue
        rect = _visible_rect(widget, window)
        if not rect.isEmpty():
            found.append((widget, rect))
    return found


def _related(first: QWidget, second: QWidget) -> bool:
    return first.isAncestorOf(second) or second.isAncestorOf(first)


def overlaps(root: QWidget, window: QWidget) -> list[str]:
    """Pairs of text widgets whose on-screen rectangles overlap (by more than a pixel)."""
    widgets = text_widgets(root, window)
    problems = []
    for index, (first, rect) in enumerate(widgets):
        for second, other in widgets[index + 1 :]:
            if _related(first, second):
                continue
            common = rect.intersected(other)
            if common.width() > 1 and common.height() > 1:
                problems.append(f"{_name(first)} overlaps {_name(second)}")
    return problems


def squeezed(root: QWidget, window: QWidget) -> list[str]:
    """Labels shown lower than one line of their own text (cut through the letters)."""
    problems = []
    for widget, _rect in text_widgets(root, window):
        if isinstance(widget, QLabel):
            line = widget.fontMetrics().height()
            if widget.height() < line:
                problems.append(f"{_name(widget)} is {widget.height()}px high for {line}px text")
    return problems


def _name(widget: QWidget) -> str:
    text = (
        widget.currentText()
        if isinstance(widget, QComboBox)
        else getattr(widget, "text", lambda: "")()
    )
    return f"{type(widget).__name__}({text[:40]!r})"
