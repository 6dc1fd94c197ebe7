"""One notice from the province: the mentor's value beside the one that stands, and a choice."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.core.formatting import long_date, rupiah
from kopdes_desktop.errors import KopdesError, localized
from kopdes_desktop.sync.reference import LocalConflict
from kopdes_desktop.sync.service import SyncService
from kopdes_desktop.ui import i18n
from kopdes_desktop.ui.context import AppContext
from kopdes_desktop.ui.views.sync_tables import (
    differing_fields,
    field_label,
    record_name,
    type_label,
)

KEEP_LOCAL, TAKE_REFERENCE = "local", "reference"
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def shown_value(field: str, value: Any, language: str) -> str:
    """A stored value as the mentor reads it: Rupiah for money, Indonesian dates."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if field.startswith("financing_") and isinstance(value, (int, float)):
        return rupiah(value, language)
    if isinstance(value, str) and ISO_DATE.match(value):
        return long_date(date.fromisoformat(value[:10]), language)
    return str(value)


class ConflictDialog(QDialog):
    """Compare the two versions of one record and keep one of them."""

    def __init__(
        self, ctx: AppContext, conflict: LocalConflict, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.conflict = conflict
        self.choice: str | None = None
        self._build()
        self._connect()
        self._assemble()

    def _intro(self) -> str:
        kind = self.conflict.kind
        if kind == "overridden":
            text = self.tr(
                "Another device changed the same field of <b>%1</b> (%2) at the same time as "
                "you, and its value now stands. Keep yours to send it again as a change made "
                "after seeing theirs, or accept theirs."
            )
        elif kind == "merged":
            text = self.tr(
                "Changes from another device or the province were merged into <b>%1</b> (%2), "
                "which you had changed too. Your other values are kept. Keep yours for this "
                "field to send it again, or accept the merged value."
            )
        elif kind == "refused":
            text = self.tr(
                "The province refused your data <b>%1</b> (%2); the reason is below. Correct "
                "it in the app and it is sent again."
            )
        else:
            text = self.tr(
                "The province sent a new version of <b>%1</b> (%2) while your own change to "
                "it had not reached the province yet. Choose which version to keep."
            )
        return text.replace("%1", record_name(self.conflict)).replace(
            "%2", type_label(self.conflict.table)
        )

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Conflict with province data"))
        self.intro = QLabel(self._intro())
        self.intro.setWordWrap(True)
        fields = differing_fields(self.conflict)
        self.table = QTableWidget(len(fields), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("On this laptop"), self.tr("From the province")]
        )
        language = i18n.current_language()
        for row, field in enumerate(fields):
            self.table.setItem(row, 0, QTableWidgetItem(field_label(field)))
            for column, values in ((1, self.conflict.local), (2, self.conflict.incoming)):
                self.table.setItem(
                    row, column, QTableWidgetItem(shown_value(field, values.get(field), language))
                )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.problem = QLabel()
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.keep_button = self.buttons.addButton(
            self.tr("&Keep mine"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.take_button = self.buttons.addButton(
            self.tr("&Take the province's"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        if self.conflict.kind == "refused":
            self.keep_button.hide()
            self.take_button.setText(self.tr("&Understood"))

    def _connect(self) -> None:
        self.keep_button.clicked.connect(lambda: self.resolve(KEEP_LOCAL))
        self.take_button.clicked.connect(lambda: self.resolve(TAKE_REFERENCE))
        self.buttons.rejected.connect(self.reject)

    def _assemble(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(640, 360)

    def resolve(self, keep: str) -> None:
        """Store the choice; the dialog closes when it is saved."""
        try:
            SyncService(self.ctx.store).resolve(self.conflict.id, keep)
        except KopdesError as exc:
            self.problem.setText(localized(exc, self.ctx.language))
            return
        self.choice = keep
        self.ctx.events.data_changed.emit("sync")
        self.accept()

    @classmethod
    def resolve_conflict(
        cls, parent: QWidget | None, ctx: AppContext, conflict: LocalConflict
    ) -> str | None:
        """Show ``conflict``; ``"local"`` or ``"reference"`` as chosen, None when cancelled."""
        dialog = cls(ctx, conflict, parent)
        dialog.exec()
        return dialog.choice
