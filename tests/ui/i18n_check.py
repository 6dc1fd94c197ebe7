"""Find visible strings a translation has left in English.

Import it from any area's tests (``tests/`` is on ``sys.path`` through the root conftest)::

    from ui.i18n_check import untranslated_texts
    assert untranslated_texts(widget) == []

A visible text counts as untranslated when it equals the English source of some message in
``resources/i18n/*_id.ts`` whose Indonesian translation differs from it: the widget shows the
source although a translation exists (a missing ``tr()``, a wrong context, or a translator that
was not installed).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QTabWidget,
    QWidget,
)

from kopdes_desktop import resources


@cache
def translated_sources(language: str = "id") -> frozenset[str]:
    """English sources that have a different translation in some ``*_<language>.ts``."""
    found: set[str] = set()
    for ts_file in sorted(Path(resources.path("i18n")).glob(f"*_{language}.ts")):
        for message in ET.parse(ts_file).getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            text = translation.text if translation is not None else None
            if text and text != source and translation.get("type") != "unfinished":
                found.add(source)
    return frozenset(found)


def _header_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None or isinstance(view, QListView):  # a list has no column headers
        return []
    return [
        str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        for column in range(model.columnCount())
    ]


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text shown by ``root`` and its children."""
    texts: list[tuple[str, str]] = [("window title", root.windowTitle())]
    for widget in [root, *root.findChildren(QWidget)]:
        kind = type(widget).__name__
        if isinstance(widget, QLabel):
            texts.append((kind, widget.text()))
        elif isinstance(widget, QAbstractButton):
            texts.append((kind, widget.text()))
        elif isinstance(widget, QGroupBox):
            texts.append((kind, widget.title()))
        elif isinstance(widget, QTabWidget):
            texts += [(kind, widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView):
            texts += [(kind + " header", text) for text in _header_texts(widget)]
        elif isinstance(widget, QLineEdit):
            texts.append((kind + " placeholder", widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            texts += [(kind, widget.itemText(i)) for i in range(widget.count())]
        if widget.isWindow():
            texts.append(("window title", widget.windowTitle()))
    return [(where, text) for where, text in texts if text]


def untranslated_texts(root: QWidget, language: str = "id") -> list[str]:
    """Visible texts of ``root`` that are English sources with a translation available."""
    sources = translated_sources(language)
    return sorted({f"{where}: {text!r}" for where, text in visible_texts(root) if text in sources})
