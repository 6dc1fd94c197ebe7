"""Sampah (trash): what was deleted on this laptop in the last 30 days, restorable.

Opened from the main window (the *Trash* button under the navigation). Each entry says what
it is, which cooperative it belongs to, when it was deleted and until when it can come back;
*Restore* puts the chosen one back where it was.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.core.formatting import long_date
from kopdes_desktop.core.services import trash
from kopdes_desktop.errors import KopdesError
from kopdes_desktop.ui.context import AppContext
from kopdes_desktop.ui.i18n import QT_TRANSLATE_NOOP

KEY_ROLE = Qt.ItemDataRole.UserRole
KIND, WHAT, COOPERATIVE, DELETED, UNTIL = range(5)
_KINDS = {
    "draft": QT_TRANSLATE_NOOP("TrashView", "Assessment draft"),
    "repeat_row": QT_TRANSLATE_NOOP("TrashView", "Row of an assessment"),
    "attachment": QT_TRANSLATE_NOOP("TrashView", "Attachment"),
    "finding": QT_TRANSLATE_NOOP("TrashView", "Finding"),
    "followup": QT_TRANSLATE_NOOP("TrashView", "Follow-up"),
    "unit": QT_TRANSLATE_NOOP("TrashView", "Business unit"),
    "person": QT_TRANSLATE_NOOP("TrashView", "Board member"),
}
_EVENT_OF_KIND = {
    "draft": "assessment",
    "repeat_row": "assessment",
    "attachment": "attachment",
    "finding": "finding",
    "followup": "action",
    "unit": "cooperative",
    "person": "cooperative",
}


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("TrashView", _KINDS.get(kind, kind))


class TrashDialog(QDialog):
    """Lists the trash; *Restore* brings the selected entry back."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list[trash.TrashEntry] = []
        self._build()
        self._connect()
        self._assemble()
        self.refresh()

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Trash"))
        self.intro = QLabel(
            self.tr(
                "What you deleted on this laptop in the last 30 days. Choose "
                "an entry and restore it; after 30 days it is gone for good."
            )
        )
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Kind"),
                self.tr("What"),
                self.tr("Cooperative"),
                self.tr("Deleted"),
                self.tr("Restorable until"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((KIND, 150), (COOPERATIVE, 240), (DELETED, 140), (UNTIL, 190)):
            self.table.setColumnWidth(column, width)
        self.empty = QLabel(self.tr("The trash is empty."))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button = self.buttons.addButton(
            self.tr("&Close"), QDialogButtonBox.ButtonRole.RejectRole
        )

    def _connect(self) -> None:
        self.restore_button.clicked.connect(lambda: self.restore_selected())
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _i: self.restore_selected())

    def _assemble(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(1060, 460)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.table.resizeRowsToContents()  # the columns have their real widths only now

    # --- entries --------------------------------------------------------------------------------

    def _what(self, entry: trash.TrashEntry) -> str:
        """The entry's own words: an instrument's title, a row's name, a file name, a text."""
        if entry.kind == "draft":
            title = self._instrument_title(entry.owner_id)
            return self.tr("%1 (%2 answers)").replace("%1", title).replace("%2", str(entry.count))
        if entry.kind == "repeat_row":
            group, _, index = entry.label.rstrip("]").partition("[")
            return (
                self.tr("Row %1 of “%2” (%3 answers)")
                .replace("%1", str(int(index) + 1))
                .replace("%2", self._group_label(entry.owner_id, group))
                .replace("%3", str(entry.count))
            )
        text = " ".join(entry.label.split())
        if entry.kind == "finding" and entry.count:
            text += " " + self.tr("(with %1 follow-ups)").replace("%1", str(entry.count))
        return text

    def _instrument_title(self, instrument_id: str) -> str:
        try:
            return self.ctx.instruments.get(instrument_id).title(self.ctx.language)
        except KopdesError:
            return instrument_id

    def _group_label(self, assessment_id: str, group: str) -> str:
        try:
            ref = self.ctx.services.trash.assessment_instrument(assessment_id)
            item = self.ctx.instruments.get(*ref).item(group)
            return item.label(self.ctx.language)
        except (KopdesError, KeyError):
            return group

    def refresh(self) -> None:
        """Read the trash again (forgetting repeat rows kept longer than 30 days)."""
        self.entries = self.ctx.services.trash.entries()
        lang = self.ctx.language
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            cells = (
                kind_label(entry.kind),
                self._what(entry),
                entry.cooperative,
                long_date(entry.deleted_at, lang),
                long_date(entry.expires_at, lang),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(KEY_ROLE, entry.key)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(self.entries))
        self.empty.setVisible(not self.entries)
        if self.entries:
            self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_key() is not None)

    def selected_key(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(KEY_ROLE) if rows else None

    def restore_selected(self) -> bool:
        """Bring the selected entry back; the reason is shown when it cannot come back."""
        key = self.selected_key()
        entry = next((e for e in self.entries if e.key == key), None)
        if entry is None:
            return False
        try:
            self.ctx.services.trash.restore(self.ctx.instruments, entry.key)
        except KopdesError as exc:
            self.message.setText(exc.localized(self.ctx.language))
            return False
        text = self.tr("Restored: %1").replace("%1", self._what(entry))
        self.message.setText(text)
        self.ctx.events.data_changed.emit(_EVENT_OF_KIND.get(entry.kind, "trash"))
        self.ctx.events.status.emit(text)
        self.refresh()
        return True

    @classmethod
    def show_trash(cls, parent: QWidget | None, ctx: AppContext) -> None:
        """Show the trash until the mentor closes it."""
        cls(ctx, parent).exec()
