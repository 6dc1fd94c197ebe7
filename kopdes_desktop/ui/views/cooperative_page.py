"""One cooperative: its profile, units and board, members, visits, assessments, follow-ups."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.core.formatting import long_date, number
from kopdes_desktop.ui import i18n
from kopdes_desktop.ui.context import AppContext
from kopdes_desktop.ui.main_window import NEW_VISIT_PREFIX
from kopdes_desktop.ui.models import labels
from kopdes_desktop.ui.views.cooperative_health import HealthTab, standing_html
from kopdes_desktop.ui.views.cooperative_history import ActionsTab, AssessmentsTab, TimelineTab
from kopdes_desktop.ui.views.cooperative_profile import ProfileForm
from kopdes_desktop.ui.views.cooperative_records import MembersTab, UnitsBoardTab
from kopdes_desktop.ui.widgets.category import category_colors
from kopdes_desktop.ui.window_parts import PageView

if TYPE_CHECKING:
    from kopdes_desktop.ui.report_actions import ReportJob

PROFILE, UNITS, MEMBERS, VISITS, ASSESSMENTS, ACTIONS, HEALTH = range(7)


class CooperativePage(PageView):
    """The page of one cooperative; :meth:`show_record` chooses which."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cooperative_id = ""
        self._build()
        self._connect()
        self._assemble()

    def _build(self) -> None:
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setWordWrap(True)  # a long name at a large font wraps instead of pushing
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.category = QLabel()
        self.handed_over = QLabel(
            self.tr(
                "This cooperative has been handed over to another mentor: your records stay here "
                "to read, but they can no longer be changed on this laptop."
            )
        )
        self.handed_over.setObjectName("handedOver")
        self.handed_over.setWordWrap(True)
        self.handed_over.setStyleSheet("background: #fff4d6; color: #6b4a00; padding: 6px;")
        self.handed_over.hide()
        self.standing = QLabel()
        self.standing.setWordWrap(True)
        self.back_button = QPushButton(self.tr("Back to list"))
        self.new_visit_button = QPushButton(self.tr("New visit (Ctrl+N)"))
        self.preview_button = QPushButton(self.tr("Preview profile"))
        self.print_button = QPushButton(self.tr("Print"))
        self.print_button.setToolTip(self.tr("Print the Profil Koperasi"))
        self.save_pdf_button = QPushButton(self.tr("Save PDF…"))
        self.save_pdf_button.setToolTip(self.tr("Save the Profil Koperasi as PDF"))
        self.plan_button = QPushButton(self.tr("Plan a visit…"))
        self.profile = ProfileForm(self.ctx)
        self.units = UnitsBoardTab(self.ctx)
        self.members = MembersTab(self.ctx)
        self.timeline = TimelineTab(self.ctx)
        self.assessments = AssessmentsTab(self.ctx)
        self.actions_tab = ActionsTab(self.ctx)
        self.health = HealthTab(self.ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.profile, self.tr("Profile"))
        self.tabs.addTab(self.units, self.tr("Units and board"))
        self.tabs.addTab(self.members, self.tr("Members"))
        self.tabs.addTab(self.timeline, self.tr("Visits"))
        self.tabs.addTab(self.assessments, self.tr("Assessments"))
        self.tabs.addTab(self.actions_tab, self.tr("Follow-ups"))
        self.tabs.addTab(self.health, self.tr("RAT and financing"))

    def _connect(self) -> None:
        go = self.ctx.events.navigate.emit
        self.back_button.clicked.connect(lambda: go("koperasi", ""))
        self.new_visit_button.clicked.connect(
            lambda: go("visit", NEW_VISIT_PREFIX + self.cooperative_id)
        )
        self.preview_button.clicked.connect(self._preview_profile)
        self.print_button.clicked.connect(self.print_profile)
        self.save_pdf_button.clicked.connect(self.save_profile_pdf)
        self.plan_button.clicked.connect(self.plan_visit)
        self.profile.saved.connect(self._load_header)
        for index in range(7):
            QShortcut(
                QKeySequence(f"Alt+{index + 1}"), self, lambda i=index: self.tabs.setCurrentIndex(i)
            )

    def _assemble(self) -> None:
        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle)
        heading.addWidget(self.category)
        heading.addWidget(self.handed_over)
        heading.addWidget(self.standing)
        top = QHBoxLayout()
        top.addLayout(heading, 1)
        for button in (
            self.back_button,
            self.preview_button,
            self.print_button,
            self.save_pdf_button,
            self.plan_button,
            self.new_visit_button,
        ):
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    def show_record(self, record_id: str) -> None:
        """Show cooperative ``record_id``, starting on the profile tab for a new one."""
        if record_id != self.cooperative_id:
            self.tabs.setCurrentIndex(PROFILE)
        self.cooperative_id = record_id
        self.refresh()

    def refresh(self) -> None:
        """Reload everything shown for the current cooperative."""
        if not self.cooperative_id:
            return
        self._load_header()
        self.profile.load(self.cooperative_id)
        for tab in (
            self.units,
            self.members,
            self.timeline,
            self.assessments,
            self.actions_tab,
            self.health,
        ):
            tab.load(self.cooperative_id)
        self.tabs.setTabText(
            ACTIONS,
            self.tr("Follow-ups (%1 open)").replace("%1", str(self.actions_tab.open_count())),
        )

    def _load_header(self) -> None:
        language = i18n.current_language()
        head = self.ctx.services.cooperatives.header(self.cooperative_id, self.ctx.today())
        self._set_read_only(head.read_only)
        place = ", ".join(head.places)
        mentor_text = (
            self.tr("Mentor: %1").replace("%1", head.mentor_name)
            if head.mentor_name
            else self.tr("No mentor assigned")
        )
        self.title.setText(head.name)
        self.standing.setText(standing_html(head.rat_status, head.flags))
        self.subtitle.setText(f"{place} · {mentor_text}")
        if head.latest is not None:
            latest = head.latest
            color = category_colors(self.ctx).get(latest.category or "", "#333333")
            self.category.setText(
                self.tr("Latest readiness: <b style='color:%1'>%2</b> (%3, %4)")
                .replace("%1", color)
                .replace("%2", latest.category or "")
                .replace("%3", number(latest.total, 1, language))
                .replace("%4", long_date(latest.assessed_on, language))
            )
        else:
            self.category.setText(
                self.tr("Latest readiness: %1").replace("%1", labels.text(labels.NOT_ASSESSED))
            )

    def _set_read_only(self, read_only: bool) -> None:
        """A handed-over cooperative: say so, and offer no new visit nor profile edits (the
        store refuses every change to it anyway, with the same explanation)."""
        self.handed_over.setVisible(read_only)
        for widget in (self.new_visit_button, self.plan_button, self.profile):
            widget.setEnabled(not read_only)

    def current_cooperative_id(self) -> str | None:
        return self.cooperative_id or None

    def _preview_profile(self) -> None:
        from kopdes_desktop.ui.report_actions import open_profile_report

        if self.cooperative_id:
            open_profile_report(self, self.ctx, self.cooperative_id)

    def _profile_job(self) -> ReportJob | None:
        """This cooperative's Profil Koperasi as a report job (None before one is shown)."""
        from kopdes_desktop.ui.report_actions import profile_job

        return profile_job(self.ctx, self.cooperative_id) if self.cooperative_id else None

    def print_profile(self) -> int:
        """Cetak: the Profil Koperasi straight to the print dialog; the pages printed."""
        from kopdes_desktop.ui.report_actions import print_job

        job = self._profile_job()
        return print_job(self, self.ctx, job) if job is not None else 0

    def save_profile_pdf(self) -> Path | None:
        """Simpan PDF: a save dialog named after the cooperative and today, then the file."""
        from kopdes_desktop.ui.report_actions import save_job

        job = self._profile_job()
        path = save_job(self, self.ctx, job) if job is not None else None
        if path is not None:
            self.ctx.events.status.emit(self.tr("Saved to %1").replace("%1", str(path)))
        return path

    def plan_visit(self) -> str | None:
        """Plan a visit to this cooperative; returns the planned visit's id."""
        from kopdes_desktop.ui.dialogs.plan_dialog import PlanVisitDialog

        if not self.cooperative_id:
            return None
        planned = PlanVisitDialog.add(self, self.ctx, self.cooperative_id)
        if planned:
            self.refresh()
        return planned
