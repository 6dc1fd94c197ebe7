"""The start-up reminder: visits planned today and tomorrow, follow-ups overdue or due.

A small window beside the main one, never modal: the mentor reads it, opens an entry or
closes it, and works on meanwhile.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.core.formatting import long_date
from kopdes_desktop.core.services import plans
from kopdes_desktop.ui.context import AppContext
from kopdes_desktop.ui.models.names import short_name

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_FOLLOW_UPS = 8


class ReminderDialog(QDialog):
    """Lists :class:`plans.Reminders`; an entry opens its visit or cooperative."""

    def __init__(
        self, ctx: AppContext, reminders: plans.Reminders, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reminders = reminders
        self._build()
        self._connect()
        self._assemble()
        self._fill()

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Reminders"))
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.heading = QLabel(
            self.tr("Today, %1").replace("%1", long_date(self.reminders.today, self.ctx.language))
        )
        self.heading.setObjectName("sectionTitle")
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.hint = QLabel(self.tr("Double-click an entry to open it."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)

    def _connect(self) -> None:
        self.list.itemActivated.connect(self._open)
        self.buttons.rejected.connect(self.close)

    def _assemble(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.resize(520, 340)

    def _section(self, title: str) -> None:
        entry = QListWidgetItem(title)
        font = entry.font()
        font.setBold(True)
        entry.setFont(font)
        entry.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.list.addItem(entry)

    def _entry(self, text: str, item: plans.PlanItem, color: str | None = None) -> None:
        entry = QListWidgetItem("   " + text)
        entry.setData(ITEM_ROLE, item)
        if color:
            entry.setForeground(QColor(color))
        self.list.addItem(entry)

    def _fill(self) -> None:
        r = self.reminders
        for title, items in (
            (self.tr("Visits planned today"), r.visits_today),
            (self.tr("Visits planned tomorrow"), r.visits_tomorrow),
        ):
            if items:
                self._section(title)
                for item in items:
                    self._entry(f"{short_name(item.cooperative)} — {item.title}", item)
        if r.follow_ups:
            self._section(self.tr("Follow-ups due"))
            for item in r.follow_ups[:MAX_FOLLOW_UPS]:
                when = self.tr("overdue since %1") if item.overdue else self.tr("due %1")
                text = when.replace("%1", long_date(item.day, self.ctx.language))
                self._entry(
                    f"{short_name(item.cooperative)}: {item.title} ({text})",
                    item,
                    "#b3261e" if item.overdue else None,
                )
            more = len(r.follow_ups) - MAX_FOLLOW_UPS
            if more > 0:
                rest = QListWidgetItem(
                    self.tr("   and %1 more in Tindak Lanjut").replace("%1", str(more))
                )
                rest.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.list.addItem(rest)

    def _open(self, entry: QListWidgetItem) -> None:
        item = entry.data(ITEM_ROLE)
        if item is None:
            return
        go = self.ctx.events.navigate.emit
        if item.kind == plans.VISIT:
            go("visit", item.record_id)
        else:
            go("cooperative", item.cooperative_id)

    @classmethod
    def show_for(cls, parent: QWidget | None, ctx: AppContext) -> ReminderDialog | None:
        """Show the reminders of today when there is something to remind of."""
        found = ctx.services.home.reminders(ctx.today())
        if found.empty:
            return None
        dialog = cls(ctx, found, parent)
        dialog.show()
        return dialog
