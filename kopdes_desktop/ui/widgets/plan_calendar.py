"""Beranda's plan: a month calendar marking the days with planned visits or follow-ups due,
and the chosen day's week listed day by day; an entry opens its visit or cooperative."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.core.formatting import long_date
from kopdes_desktop.core.services.plans import VISIT, PlanItem, week_of
from kopdes_desktop.ui.models.names import short_name
from kopdes_desktop.ui.widgets.dates import from_qdate, to_qdate

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
VISIT_BACKGROUND = "#d7ecff"
DUE_BACKGROUND = "#fde7c8"


class PlanCalendar(QFrame):
    """Emits :attr:`open_item` with the :class:`PlanItem` chosen, :attr:`month_shown` when
    another month is paged to, and :attr:`plan_requested` with the day to plan a visit on."""

    open_item = Signal(object)
    month_shown = Signal(int, int)
    plan_requested = Signal(object)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.items: list[PlanItem] = []
        self.today = date.today()
        self._build()
        self._connect()
        self._assemble()

    def _build(self) -> None:
        self.title = QLabel(self.tr("Plan"))
        self.title.setObjectName("sectionTitle")
        self.calendar = QCalendarWidget()
        self.calendar.setLocale(QLocale("en_US" if self.language.startswith("en") else "id_ID"))
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.legend = QLabel(
            self.tr(
                "<span style='background:%1'>&nbsp;planned visit&nbsp;"
                "</span> <span style='background:%2'>&nbsp;follow-up due"
                "&nbsp;</span>"
            )
            .replace("%1", VISIT_BACKGROUND)
            .replace("%2", DUE_BACKGROUND)
        )
        self.week_title = QLabel()
        self.week_title.setObjectName("sectionTitle")
        self.week = QListWidget()
        self.week.setWordWrap(True)
        self.plan_button = QPushButton(self.tr("Plan a &visit…"))

    def _connect(self) -> None:
        self.calendar.selectionChanged.connect(self._show_week)
        self.calendar.currentPageChanged.connect(self.month_shown.emit)
        self.calendar.activated.connect(lambda day: self.plan_requested.emit(from_qdate(day)))
        self.week.itemActivated.connect(self._activated)
        self.week.itemClicked.connect(self._activated)
        self.plan_button.clicked.connect(
            lambda: self.plan_requested.emit(max(self.selected_day(), self.today))
        )

    def _assemble(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.plan_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.calendar)
        layout.addWidget(self.legend)
        layout.addWidget(self.week_title)
        layout.addWidget(self.week, 1)

    def selected_day(self) -> date:
        return from_qdate(self.calendar.selectedDate())

    def set_items(self, items: list[PlanItem], today: date) -> None:
        """Mark the days of ``items`` (those of the month shown) and list the chosen week."""
        self.items = items
        self.today = today
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clears every mark
        days: dict[date, set[str]] = {}
        for item in items:
            days.setdefault(item.day, set()).add(item.kind)
        for day, kinds in days.items():
            mark = QTextCharFormat()
            mark.setFontWeight(QFont.Weight.Bold)
            mark.setBackground(
                QBrush(QColor(VISIT_BACKGROUND if VISIT in kinds else DUE_BACKGROUND))
            )
            self.calendar.setDateTextFormat(to_qdate(day), mark)
        self._show_week()

    def _entry_text(self, item: PlanItem) -> str:
        if item.kind == VISIT:
            text = self.tr("Visit: %1 — %2")
        elif item.overdue:
            text = self.tr("Follow-up overdue: %1 — %2")
        else:
            text = self.tr("Follow-up due: %1 — %2")
        return text.replace("%1", short_name(item.cooperative)).replace("%2", item.title)

    def _show_week(self) -> None:
        monday, sunday = week_of(self.selected_day())
        self.week_title.setText(
            self.tr("Week of %1 to %2")
            .replace("%1", long_date(monday, self.language))
            .replace("%2", long_date(sunday, self.language))
        )
        self.week.clear()
        locale = self.calendar.locale()
        for offset in range(7):
            day = monday + timedelta(days=offset)
            entries = [item for item in self.items if item.day == day]
            if not entries:
                continue
            heading = QListWidgetItem(
                f"{locale.dayName(day.isoweekday())}, {long_date(day, self.language)}"
            )
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.week.addItem(heading)
            for item in entries:
                entry = QListWidgetItem("   " + self._entry_text(item))
                entry.setData(ITEM_ROLE, item)
                if item.overdue:
                    entry.setForeground(QColor("#b3261e"))
                self.week.addItem(entry)
        if self.week.count() == 0:
            empty = QListWidgetItem(self.tr("Nothing planned or due this week."))
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.week.addItem(empty)

    def _activated(self, entry: QListWidgetItem) -> None:
        item = entry.data(ITEM_ROLE)
        if item is not None:
            self.open_item.emit(item)
