"""The visit editor: one visit from its details to finalized assessments and findings.

Tabs: *Visit* (details saved as they are typed, photos and documents, the location a photo
carries), *Assessments* (one generated form per instrument), *Findings* (temuan ->
rekomendasi with their follow-ups) and *Follow-ups* (the cooperative's open items, closed here
at this visit). Above them, print, save and share in one step (:mod:`.visit_share`). A planned
visit shows its plan instead, until it is started (:mod:`.plan_panel`).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.core.formatting import long_date
from kopdes_desktop.core.services.prefill import Source
from kopdes_desktop.errors import KopdesError, NotFoundError, ValidationError
from kopdes_desktop.ui.context import AppContext
from kopdes_desktop.ui.dialogs.instrument_choice import InstrumentChoiceDialog
from kopdes_desktop.ui.dialogs.visit_dialog import VisitDialog
from kopdes_desktop.ui.forms.assessment_panel import AssessmentPanel
from kopdes_desktop.ui.forms.rows import ERROR_STYLE
from kopdes_desktop.ui.forms.shared_link import VisitLinks
from kopdes_desktop.ui.models import labels
from kopdes_desktop.ui.views.plan_panel import PlannedVisitPanel
from kopdes_desktop.ui.views.visit_pages import FindingsPage, FollowupsPage, VisitPage
from kopdes_desktop.ui.views.visit_share import ShareBar
from kopdes_desktop.ui.window_parts import PageView


class VisitEditorView(PageView):
    """Shows one visit (``show_record``) or one assessment (``show_assessment``)."""

    VISIT_TAB, ASSESSMENT_TAB, FINDINGS_TAB, FOLLOWUPS_TAB = range(4)
    EMPTY_PAGE, EDITOR_PAGE, PLAN_PAGE = range(3)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.visit_id: str | None = None
        self.cooperative_id: str | None = None
        self.panels: list[AssessmentPanel] = []
        self.links = VisitLinks(ctx.language)
        self._build()
        self._connect()
        self._assemble()

    # --- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.subheading = QLabel()
        self.subheading.setStyleSheet("color: #5f6368;")
        self.done_button = QPushButton(self.tr("Mark visit &done"))
        self.new_button = QPushButton(self.tr("&New visit…"))
        self.tabs = QTabWidget()
        self.visit_page = VisitPage(self.ctx)
        self.assessment_tabs = QTabWidget()
        self.add_instrument_button = QPushButton(self.tr("Add &instrument…"))
        self.findings_page = FindingsPage(self.ctx)
        self.followups_page = FollowupsPage(self.ctx)
        self.empty = QLabel(
            self.tr(
                "No visit is open. Start a new visit, or open one from "
                "Kunjungan or a cooperative's page."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_new_button = QPushButton(self.tr("Start a new visit…"))
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        self.share = ShareBar(self.ctx, self.current_assessment_id, self.save_all)
        self.plan_panel = PlannedVisitPanel(self.ctx)
        self.stack = QStackedWidget()

    def _connect(self) -> None:
        self.new_button.clicked.connect(lambda: self.new_visit(self.cooperative_id))
        self.empty_new_button.clicked.connect(lambda: self.new_visit(None))
        self.done_button.clicked.connect(self._mark_done)
        self.add_instrument_button.clicked.connect(self.add_instruments)
        self.visit_page.saved.connect(self._visit_saved)
        self.assessment_tabs.currentChanged.connect(lambda _index: self.share.refresh())
        self.share.message.connect(self._show_message)
        self.plan_panel.started.connect(self._plan_started)
        self.plan_panel.changed.connect(lambda _id: self.refresh())
        self.plan_panel.cancelled.connect(self._plan_cancelled)

    def _assemble(self) -> None:
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.subheading)
        header.addLayout(titles, 1)
        header.addWidget(self.done_button)
        header.addWidget(self.new_button)
        assessments_page = QWidget()
        column = QVBoxLayout(assessments_page)
        column.setContentsMargins(4, 4, 4, 4)
        self.assessment_tabs.setCornerWidget(self.add_instrument_button)
        column.addWidget(self.assessment_tabs, 1)
        self.tabs.addTab(self.visit_page, self.tr("&Visit"))
        self.tabs.addTab(assessments_page, self.tr("&Assessments"))
        self.tabs.addTab(self.findings_page, self.tr("&Findings"))
        self.tabs.addTab(self.followups_page, self.tr("F&ollow-ups"))
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(header)
        editor_layout.addWidget(self.share)
        editor_layout.addWidget(self.message)
        editor_layout.addWidget(self.tabs, 1)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty)
        empty_layout.addWidget(self.empty_new_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)
        self.stack.addWidget(empty)
        self.stack.addWidget(editor)
        self.stack.addWidget(self.plan_panel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.stack)

    # --- public API -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the open visit from the store (the forms keep their unsaved edits)."""
        if self.visit_id is None:
            self.stack.setCurrentIndex(0)
            return
        try:
            visit = self.ctx.services.visits.get(self.visit_id)
        except NotFoundError as exc:
            self._show_message(exc.localized(self.ctx.language))
            self.visit_id = None
            self.stack.setCurrentIndex(0)
            return
        self.cooperative_id = visit.cooperative_id
        self.heading.setText(self.tr("Visit to %1").replace("%1", visit.cooperative))
        self.subheading.setText(
            " · ".join(
                filter(
                    None,
                    (
                        long_date(visit.visit_date, self.ctx.language),
                        visit.purpose,
                        labels.label(labels.VISIT_STATUSES, visit.status),
                    ),
                )
            )
        )
        self.done_button.setEnabled(visit.status != "DONE")
        if visit.planned:
            self.plan_panel.show_visit(self.visit_id)
            self.stack.setCurrentIndex(self.PLAN_PAGE)
            return
        self.stack.setCurrentIndex(self.EDITOR_PAGE)
        self.share.set_visit(self.visit_id)
        self.findings_page.refresh()
        self.followups_page.refresh()
        self.visit_page.refresh_files()
        if set(self._assessment_ids()) != {panel.assessment_id for panel in self.panels}:
            self.save_all()  # e.g. a draft restored from the Sampah: its tab comes back
            self._load_assessments()

    def show_record(self, visit_id: str) -> None:
        """Open a visit with its details, assessments, findings and follow-ups."""
        self.save_all()
        self.visit_id = visit_id
        self.message.hide()
        self.visit_page.show_visit(visit_id)
        self.findings_page.set_visit(visit_id)
        self.followups_page.set_visit(visit_id)
        self._load_assessments()
        self.refresh()

    def new_visit(self, cooperative_id: str | None = None) -> str | None:
        """Ask for a new visit, open it and offer the instruments; returns its id."""
        visit_id = VisitDialog.add(self, self.ctx, cooperative_id)
        if visit_id is None:
            return None
        self.show_record(visit_id)
        self.add_instruments()
        return visit_id

    def show_assessment(self, assessment_id: str) -> None:
        """Open the visit of an assessment at its form (or the assessment alone)."""
        try:
            visit_id = self.ctx.services.assessments.get(assessment_id).visit_id
        except NotFoundError as exc:
            self._show_message(exc.localized(self.ctx.language))
            return
        if visit_id:
            self.show_record(visit_id)
        else:
            self.save_all()
            self.visit_id = None
            self._clear_panels()
            self._add_panel(assessment_id)
            self.stack.setCurrentIndex(self.EDITOR_PAGE)
            self.share.set_visit(None)
        self.tabs.setCurrentIndex(self.ASSESSMENT_TAB)
        for index, panel in enumerate(self.panels):
            if panel.assessment_id == assessment_id:
                self.assessment_tabs.setCurrentIndex(index)

    def save_all(self) -> None:
        """Write whatever waits for its autosave timer."""
        self.visit_page.save_now()
        for panel in self.panels:
            panel.save_now()

    # --- assessments ----------------------------------------------------------------------------

    def _clear_panels(self) -> None:
        while self.assessment_tabs.count():
            widget = self.assessment_tabs.widget(0)
            self.assessment_tabs.removeTab(0)
            if widget is not None:
                widget.deleteLater()
        self.panels = []
        self.links.set_panels([])

    def _assessment_ids(self) -> list[str]:
        """The visit's assessments shown as tabs (a revised one by its latest revision)."""
        if self.visit_id is None:
            return []
        return self.ctx.services.assessments.shown_at_visit(self.visit_id)

    def _load_assessments(self) -> None:
        self._clear_panels()
        for assessment_id in self._assessment_ids():
            self._add_panel(assessment_id)
        self.links.set_panels(self.panels)

    def _add_panel(
        self, assessment_id: str, sources: dict[str, Source] | None = None
    ) -> AssessmentPanel | None:
        try:
            panel = AssessmentPanel(self.ctx, assessment_id, sources=sources)
        except KopdesError as exc:
            self._show_message(exc.localized(self.ctx.language))
            return None
        panel.revised.connect(self._revised)
        panel.discarded.connect(self._discarded)
        panel.finalized.connect(lambda _id: self._retitle_panels())
        panel.form.answers_changed.connect(lambda p=panel: self.links.changed(p))
        self.panels.append(panel)
        self.assessment_tabs.addTab(panel, "")
        self._retitle_panels()
        return panel

    def _retitle_panels(self) -> None:
        for index, panel in enumerate(self.panels):
            mark = " ✓" if panel.is_final() else ""
            self.assessment_tabs.setTabText(index, panel.instrument.title(self.ctx.language) + mark)

    def add_instruments(self) -> list[str]:
        """Choose instruments and start a draft of each for this visit; returns their ids."""
        if self.visit_id is None or self.cooperative_id is None:
            return []
        already = tuple(p.instrument.id for p in self.panels)
        chosen = InstrumentChoiceDialog.choose(self, self.ctx, self.cooperative_id, already)
        return self.start_assessments(chosen or [])

    def start_assessments(self, instrument_ids: list[str]) -> list[str]:
        """Start a draft per instrument at this visit, prefilled from the previous final
        assessment, the profile and the visit's other forms, and open the first."""
        self.save_all()  # the other forms' facts as typed so far
        if self.visit_id is None:
            return []
        started = self.ctx.services.assessments.start_at_visit(
            self.ctx.instruments, self.visit_id, instrument_ids
        )
        for draft in started:
            self._add_panel(draft.id, draft.sources)
        self.links.set_panels(self.panels)
        if started:
            self.tabs.setCurrentIndex(self.ASSESSMENT_TAB)
            self.assessment_tabs.setCurrentIndex(len(self.panels) - len(started))
            self.ctx.events.data_changed.emit("assessment")
        return [draft.id for draft in started]

    def _revised(self, new_id: str) -> None:
        if self.visit_id:
            self._load_assessments()
        else:
            self._clear_panels()
            self._add_panel(new_id)
        for index, panel in enumerate(self.panels):
            if panel.assessment_id == new_id:
                self.assessment_tabs.setCurrentIndex(index)

    def _discarded(self, _assessment_id: str) -> None:
        self._load_assessments()

    def current_assessment_id(self) -> str | None:
        """The assessment whose tab is shown (what Cetak and Simpan PDF produce)."""
        index = self.assessment_tabs.currentIndex()
        return self.panels[index].assessment_id if 0 <= index < len(self.panels) else None

    def panel_for(self, assessment_id: str) -> AssessmentPanel | None:
        return next((p for p in self.panels if p.assessment_id == assessment_id), None)

    # --- visit ----------------------------------------------------------------------------------

    def _visit_saved(self) -> None:
        self.refresh()

    def _plan_started(self, visit_id: str) -> None:
        """The plan became today's visit: show it and offer the instruments."""
        self.show_record(visit_id)
        self.add_instruments()

    def _plan_cancelled(self, _visit_id: str) -> None:
        self.visit_id = None
        self.stack.setCurrentIndex(self.EMPTY_PAGE)

    def _mark_done(self) -> None:
        if self.visit_id is None:
            return
        self.save_all()
        try:
            self.ctx.services.visits.mark_done(self.visit_id)
        except (ValidationError, KopdesError) as exc:
            self._show_message(exc.localized(self.ctx.language))
            return
        self.ctx.events.data_changed.emit("visit")
        self.refresh()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        QTimer.singleShot(8000, self.message.hide)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        if shiboken6.isValid(self.visit_page):  # gone already at interpreter exit
            self.save_all()
        super().hideEvent(event)
