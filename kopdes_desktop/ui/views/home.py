"""Beranda: the mentor's cooperatives by category, this month's visits, follow-ups, drafts,
and the plan (a month calendar of planned visits and follow-ups due, listed per week).

It is the first page filled at start-up, so everything it shows, draft titles included, is
read in one worker task and the GUI thread only places the results.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.core.formatting import long_date
from kopdes_desktop.core.services import plans
from kopdes_desktop.core.services.cooperatives import CooperativeSummary
from kopdes_desktop.core.services.followups import ActionRow
from kopdes_desktop.core.services.home_service import HomeData
from kopdes_desktop.errors import KopdesError
from kopdes_desktop.ui import i18n
from kopdes_desktop.ui.context import AppContext
from kopdes_desktop.ui.models import labels
from kopdes_desktop.ui.models.names import short_name
from kopdes_desktop.ui.onboarding import StartGuide
from kopdes_desktop.ui.widgets.cards import FigureCard, LinkList
from kopdes_desktop.ui.widgets.category import category_colors
from kopdes_desktop.ui.widgets.dates import to_qdate
from kopdes_desktop.ui.widgets.palette import current
from kopdes_desktop.ui.widgets.plan_calendar import PlanCalendar
from kopdes_desktop.ui.window_parts import PageView
from kopdes_desktop.ui.workers import Latest


def _place(summary: CooperativeSummary) -> str:
    """A cooperative by its short name, with its village when the name does not say it."""
    name = short_name(summary.name)
    if summary.village.casefold() in summary.name.casefold():
        return name
    return f"{name}, {summary.village}"


class HomeView(PageView):
    """The first page: what needs the mentor's attention today, or, while the laptop holds
    no cooperative yet, the first-run guide (:class:`StartGuide`).

    :attr:`loaded` is emitted each time fresh figures are on screen; :attr:`is_loading` is
    true while a read is under way.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._reads = Latest()
        self.is_loading = False
        self._build()
        self._connect()
        self._assemble()
        self.refresh()

    def _build(self) -> None:
        self.greeting = QLabel(self.tr("Loading…"))
        self.greeting.setObjectName("pageTitle")
        self.today_label = QLabel()
        self.categories_line = QLabel()
        self.categories_line.setWordWrap(True)
        self.card_coops = FigureCard(self.tr("My cooperatives"))
        self.card_visits = FigureCard(self.tr("Visits this month"))
        self.card_overdue = FigureCard(self.tr("Overdue follow-ups"))
        self.card_upcoming = FigureCard(self.tr("Due in the next 14 days"))
        self.card_drafts = FigureCard(self.tr("Drafts in progress"))
        self.card_unsynced = FigureCard(self.tr("Unsynced changes"))
        self.coops = LinkList(
            self.tr("My cooperatives by latest category"), self.tr("No cooperatives assigned yet.")
        )
        self.visits = LinkList(self.tr("Visits this month"), self.tr("No visits this month yet."))
        self.action_list = LinkList(
            self.tr("Follow-ups: overdue and upcoming"), self.tr("Nothing overdue or due soon.")
        )
        self.drafts = LinkList(self.tr("Drafts in progress"), self.tr("No drafts."))
        self.standing = LinkList(
            self.tr("RAT deadlines and financing"),
            self.tr("No RAT due soon and no financing flags."),
        )
        self.plan = PlanCalendar(i18n.current_language())
        self._plan_placed = False
        self.guide = StartGuide(self.ctx.paths)
        self.pages = QStackedWidget()

    def _connect(self) -> None:
        go = self.ctx.events.navigate.emit
        # Each card opens the list it counts (the same cooperatives, the same filter).
        self.card_coops.clicked.connect(lambda: go("koperasi", "show:mine"))
        self.card_visits.clicked.connect(lambda: go("kunjungan", "show:month"))
        self.card_overdue.clicked.connect(lambda: go("tindak_lanjut", "show:overdue"))
        self.card_upcoming.clicked.connect(lambda: go("tindak_lanjut", "show:upcoming"))
        self.card_drafts.clicked.connect(self.drafts.focus_list)
        self.card_unsynced.clicked.connect(lambda: go("sinkronisasi", ""))
        self.coops.activated.connect(lambda rid: go("cooperative", rid))
        self.visits.activated.connect(lambda rid: go("visit", rid))
        self.action_list.activated.connect(lambda rid: go("cooperative", rid))
        self.drafts.activated.connect(lambda rid: go("assessment", rid))
        self.standing.activated.connect(lambda rid: go("cooperative", rid))
        self.guide.go.connect(lambda page: go(page, ""))
        self.plan.open_item.connect(self.open_plan_item)
        self.plan.month_shown.connect(self.show_month)
        self.plan.plan_requested.connect(self.plan_visit)

    def _assemble(self) -> None:
        cards = QHBoxLayout()
        for card in (
            self.card_coops,
            self.card_visits,
            self.card_overdue,
            self.card_upcoming,
            self.card_drafts,
            self.card_unsynced,
        ):
            cards.addWidget(card)
        grid = QGridLayout()
        grid.addWidget(self.coops, 0, 0)
        grid.addWidget(self.action_list, 0, 1)
        grid.addWidget(self.visits, 1, 0)
        grid.addWidget(self.drafts, 1, 1)
        grid.addWidget(self.standing, 2, 0, 1, 2)
        grid.addWidget(self.plan, 0, 2, 3, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(12)
        dashboard_page = QWidget()
        column = QVBoxLayout(dashboard_page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(cards)
        column.addWidget(self.categories_line)
        column.addLayout(grid, 1)
        self.pages.addWidget(dashboard_page)
        self.pages.addWidget(self.guide)
        layout = QVBoxLayout(self)
        layout.addWidget(self.greeting)
        layout.addWidget(self.today_label)
        layout.addWidget(self.pages, 1)

    @property
    def guiding(self) -> bool:
        """Whether the first-run guide is shown instead of the figures."""
        return self.pages.currentWidget() is self.guide

    def refresh(self) -> None:
        """Reload every figure and list; the store is read off the GUI thread."""
        self.is_loading = True
        self._reads.run(
            self.ctx.services.home.home,
            self.ctx.today(),
            i18n.current_language(),
            on_done=self._show,
            on_error=self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        self.is_loading = False
        if not isinstance(error, KopdesError):
            raise error
        self.greeting.setText(error.localized(i18n.current_language()))

    def _show(self, data: HomeData) -> None:
        self.is_loading = False
        language = i18n.current_language()
        colors = category_colors(self.ctx)
        palette = current(bool(self.ctx.settings.get("high_contrast")))
        if data.mentor_name:
            self.greeting.setText(self.tr("Welcome, %1").replace("%1", data.mentor_name))
        else:
            self.greeting.setText(self.tr("Welcome. Please fill in your profile in Settings."))
        self.today_label.setText(long_date(data.today, language))
        if data.start.needs_guide:
            self.guide.show_state(data.start, bool(self.ctx.settings.get("sync_server")))
            self.pages.setCurrentWidget(self.guide)
        else:
            self.pages.setCurrentIndex(0)
        self.card_coops.set_value(len(data.cooperatives))
        self.card_visits.set_value(len(data.visits))
        self.card_overdue.set_value(
            len(data.overdue), palette.overdue_text if data.overdue else None
        )
        self.card_upcoming.set_value(len(data.upcoming))
        self.card_drafts.set_value(len(data.drafts))
        self.card_unsynced.set_value(data.unsynced)
        self.categories_line.setText(self._category_line(data))
        ranked = sorted(
            data.cooperatives,
            key=lambda s: (s.latest_total is None, -(s.latest_total or 0), s.name),
        )
        self.coops.set_items(
            [
                (
                    f"{s.latest_category or labels.text(labels.NOT_ASSESSED)} — {_place(s)}",
                    s.id,
                    colors.get(s.latest_category or ""),
                )
                for s in ranked
            ]
        )
        self.action_list.set_items(
            [
                (
                    self._action_text(a, language),
                    a.cooperative_id,
                    palette.overdue_text if a.overdue else palette.upcoming_text,
                )
                for a in data.overdue + data.upcoming
            ]
        )
        self.visits.set_items(
            [
                (
                    self.tr("%1 — %2 · %3")
                    .replace("%1", long_date(day, language))
                    .replace("%2", short_name(name))
                    .replace("%3", purpose),
                    visit_id,
                    None,
                )
                for visit_id, day, name, purpose in data.visits
            ]
        )
        self.drafts.set_items(
            [
                (
                    self.tr("%1 — %2 (started %3)")
                    .replace("%1", short_name(name))
                    .replace("%2", title)
                    .replace("%3", long_date(day, language)),
                    draft_id,
                    None,
                )
                for draft_id, name, title, day in data.drafts
            ]
        )
        self.standing.set_items(
            [
                (
                    f"{short_name(row.cooperative)}: {row.text}",
                    row.cooperative_id,
                    palette.overdue_text if row.urgent else palette.upcoming_text,
                )
                for row in data.standing
            ]
        )
        if not self._plan_placed:  # the first time, the calendar opens on today
            self._plan_placed = True
            self.plan.calendar.setSelectedDate(to_qdate(data.today))
        shown = self.plan.calendar
        if (shown.yearShown(), shown.monthShown()) == (data.today.year, data.today.month):
            self.plan.set_items(data.agenda, data.today)
        else:
            self.show_month(shown.yearShown(), shown.monthShown())
        self.loaded.emit()

    # --- the plan -------------------------------------------------------------------------------

    def show_month(self, year: int, month: int) -> None:
        """Mark the plan of another month (a few rows: read here, not in a worker)."""
        today = self.ctx.today()
        agenda = self.ctx.services.home.agenda(year, month, today)
        self.plan.set_items(agenda, today)

    def open_plan_item(self, item: plans.PlanItem) -> None:
        """A planned visit opens in the visit editor, a follow-up at its cooperative."""
        go = self.ctx.events.navigate.emit
        if item.kind == plans.VISIT:
            go("visit", item.record_id)
        else:
            go("cooperative", item.cooperative_id)

    def plan_visit(self, day: date) -> str | None:
        """Plan a visit on ``day`` (today at the earliest); returns its id."""
        from kopdes_desktop.ui.dialogs.plan_dialog import PlanVisitDialog

        planned = PlanVisitDialog.add(self, self.ctx, None, max(day, self.ctx.today()))
        if planned:
            self.refresh()
        return planned

    def _category_line(self, data: HomeData) -> str:
        parts = []
        for category, count in sorted(data.by_category.items()):
            name = labels.text(labels.NOT_ASSESSED) if category == "Belum dinilai" else category
            parts.append(f"{name}: {count}")
        return self.tr("By latest category: %1").replace("%1", " · ".join(parts) or "—")

    def _action_text(self, action: ActionRow, language: str) -> str:
        due = long_date(action.due_date, language)
        template = self.tr("Overdue since %1") if action.overdue else self.tr("Due %1")
        return f"{template.replace('%1', due)} — {short_name(action.cooperative)}: {action.title}"
