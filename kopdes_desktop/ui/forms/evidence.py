"""The evidence field: photos and documents attached to an answer (a list of attachment ids).

The form does not know the store; an :class:`AttachmentBinder` does the storing for it, so the
same field works in an assessment and, later, anywhere else that keeps evidence.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.core import attachments
from kopdes_desktop.core.instruments.model import Item
from kopdes_desktop.errors import KopdesError
from kopdes_desktop.ui.dialogs.confirm import ConfirmDialog
from kopdes_desktop.ui.forms.fields import Field


class AttachmentBinder:
    """Stores chosen files as attachments of one record and names stored ones.

    ``owner`` is a callable giving ``(owner_type, owner_id)`` at the time of storing, so a
    form created before its record exists still attaches to the right one.
    """

    def __init__(self, ctx: Any, owner: Callable[[], tuple[str, str]]) -> None:
        self.ctx = ctx
        self.owner = owner

    def add(self, files: list[str]) -> tuple[list[tuple[str, str]], list[str]]:
        """Store ``files``; returns ``[(id, filename)]`` stored and the messages of refused ones."""
        owner_type, owner_id = self.owner()
        max_px = self.ctx.settings.get("photo_max_px")
        stored, refused = [], []
        for file in files:
            try:
                attached = self.ctx.services.attachments.add(
                    file, owner_type, owner_id, max_px=max_px
                )
                stored.append((attached.info.id, attached.info.filename))
            except KopdesError as exc:
                refused.append(exc.localized(self.ctx.language))
        return stored, refused

    def names(self, ids: list[str]) -> dict[str, str]:
        names: dict[str, str] = self.ctx.services.attachments.names(ids)
        return names


def file_filter() -> str:
    """The file dialog filter of the accepted photos and documents."""
    patterns = " ".join(attachments.allowed_patterns())
    return QCoreApplication.translate("Evidence", "Photos and documents (%1)").replace(
        "%1", patterns
    )


class EvidenceField(Field):
    """Attached files listed by name, with buttons to attach more and to detach one."""

    def __init__(
        self,
        item: Item,
        language: str,
        binder: AttachmentBinder | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(item, language, parent)
        self.binder = binder
        self.files = QListWidget()
        self.files.setMaximumHeight(70)
        self.add_button = QPushButton(self.tr("Attach…"))
        self.remove_button = QPushButton(self.tr("Detach"))
        self.add_button.setEnabled(binder is not None)
        self.add_button.clicked.connect(self._choose)
        self.remove_button.clicked.connect(self._detach)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.files, 1)
        row.addLayout(buttons)
        self._layout.addLayout(row, 1)
        self.setFocusProxy(self.add_button)

    def _choose(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Attach evidence"), str(Path.home()), file_filter()
        )
        if files:
            self.attach_files(files)

    def attach_files(self, files: list[str]) -> list[str]:
        """Store files and list them; returns the messages of refused files (also shown)."""
        if self.binder is None:
            return []
        stored, refused = self.binder.add(files)
        for attachment_id, name in stored:
            self._add_row(attachment_id, name)
        if stored:
            self.changed.emit()
        if refused:
            QMessageBox.warning(self, self.tr("Not attached"), "\n".join(refused))
        return refused

    def _add_row(self, attachment_id: str, name: str) -> None:
        entry = QListWidgetItem(name)
        entry.setData(Qt.ItemDataRole.UserRole, attachment_id)
        self.files.addItem(entry)

    def _detach(self) -> None:
        row = self.files.currentRow()
        if row < 0:
            return
        if ConfirmDialog.ask(
            self,
            self.tr("Detach"),
            self.tr("Detach %1 from this answer?").replace("%1", self.files.item(row).text()),
            self.tr("&Detach"),
        ):
            self.files.takeItem(row)
            self.changed.emit()

    def value(self) -> Any:
        role = Qt.ItemDataRole.UserRole
        return [self.files.item(i).data(role) for i in range(self.files.count())]

    def set_value(self, value: Any) -> None:
        self.files.clear()
        ids = [i for i in (value or []) if isinstance(i, str)]
        names = self.binder.names(ids) if self.binder else {}
        for attachment_id in ids:
            self._add_row(attachment_id, names.get(attachment_id, attachment_id))

    def set_read_only(self, read_only: bool) -> None:
        self.add_button.setEnabled(not read_only and self.binder is not None)
        self.remove_button.setEnabled(not read_only)
