"""The tabs of the visit editor other than the assessments: details, findings, follow-ups."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtGui import QHideEvent, QShowEvent

if TYPE_CHECKING:
    from kopdes_desktop.core.services.finding_service import FindingRow


from collections.abc import Callable, Sequence
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.core import attachments
from kopdes_desktop.core.formatting import number
from kopdes_desktop.core.services.attachment_service import AttachmentInfo
from kopdes_desktop.errors import KopdesError, ValidationError, localized_problems
from kopdes_desktop.reports import localtime
from kopdes_desktop.ui.context import AppContext
from kopdes_desktop.ui.dialogs.confirm import ConfirmDialog, trash_hint
from kopdes_desktop.ui.dialogs.finding_dialog import FindingDialog
from kopdes_desktop.ui.forms.draft_keeper import DraftKeeper
from kopdes_desktop.ui.forms.evidence import file_filter
from kopdes_desktop.ui.forms.rows import ERROR_STYLE
from kopdes_desktop.ui.forms.visit_fields import VisitFields
from kopdes_desktop.ui.models.base import ROW_ROLE, PredicateProxy
from kopdes_desktop.ui.views.visit_share import open_attachment
from kopdes_desktop.ui.views.visit_tables import ActionsModel, FindingsModel

PATH_ROLE = ROW_ROLE + 1
NAME_ROLE = ROW_ROLE + 2


def _excerpt(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _size_text(size: int) -> str:
    return f"{number(size / 1048576, 1)} MB" if size >= 1048576 else f"{max(size // 1024, 1)} KB"


class VisitPage(QWidget):
    """Visit details saved as typed (debounced), attachments, and the GPS a photo offers.

    Details that cannot be saved yet (a half-typed date, say) are kept as a form draft, shown
    again when the visit is opened next (after a crash too) until they are saved.
    """

    saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.visit_id: str | None = None
        self.dirty = False
        self.offered_point: tuple[float, float] | None = None
        self._build()
        self._connect()
        self._assemble()

    def _build(self) -> None:
        self.fields = VisitFields(self.ctx.language, self.ctx.today())
        self.saved_label = QLabel()
        self.saved_label.setStyleSheet("color: #5f6368;")
        self.files = QListWidget()
        self.attach_button = QPushButton(self.tr("Attach photos or &documents…"))
        self.remove_button = QPushButton(self.tr("Remove attachment"))
        self.file_error = QLabel()
        self.file_error.setWordWrap(True)
        self.file_error.setStyleSheet(ERROR_STYLE)
        self.file_error.hide()
        self.gps_offer = QLabel()
        self.gps_offer.setWordWrap(True)
        self.use_gps_button = QPushButton(self.tr("&Use as visit location"))
        self.gps_box = QGroupBox()
        self.gps_box.hide()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.ctx.settings.get("autosave_ms"))
        self.cooperative_name = ""
        self.keeper = DraftKeeper(
            self.ctx,
            "visit",
            "",
            self.fields.typed,
            lambda: {"cooperative": self.cooperative_name},
            self,
        )

    def _connect(self) -> None:
        self.fields.changed.connect(self._changed)
        self.timer.timeout.connect(self.save_now)
        self.attach_button.clicked.connect(self._choose_files)
        self.remove_button.clicked.connect(self._remove_file)
        self.use_gps_button.clicked.connect(self.use_offered_point)
        self.files.itemActivated.connect(self._open_file)

    def _assemble(self) -> None:
        details = QGroupBox(self.tr("Visit details"))
        details_layout = QVBoxLayout(details)
        details_layout.addWidget(self.fields)
        details_layout.addWidget(self.saved_label)
        details_layout.addStretch(1)
        files_box = QGroupBox(self.tr("Photos and documents"))
        files_layout = QVBoxLayout(files_box)
        files_layout.addWidget(self.files, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        files_layout.addLayout(buttons)
        files_layout.addWidget(self.file_error)
        gps_layout = QHBoxLayout(self.gps_box)
        gps_layout.addWidget(self.gps_offer, 1)
        gps_layout.addWidget(self.use_gps_button)
        files_layout.addWidget(self.gps_box)
        layout = QHBoxLayout(self)
        layout.addWidget(details, 3)
        layout.addWidget(files_box, 2)

    def show_visit(self, visit_id: str) -> None:
        self.save_now()
        self.visit_id = visit_id
        self.gps_box.hide()
        self.file_error.hide()
        self.keeper.record = visit_id
        visit = self.ctx.services.visits.get(visit_id)
        self.cooperative_name = visit.cooperative
        self.fields.set_values(visit.values())
        self.saved_label.setText("")
        self._list_files(self.ctx.services.attachments.list_for("visit", visit_id))
        kept = self.keeper.kept()
        if kept is not None:
            self.fields.set_typed(kept.values)  # marks the page dirty: saved when it can be
            self.saved_label.setText(self.tr("Details typed earlier and not saved are restored."))

    def refresh_files(self) -> None:
        """List the visit's attachments again (one may be back from the Sampah)."""
        if self.visit_id is not None:
            self._list_files(self.ctx.services.attachments.list_for("visit", self.visit_id))

    def _list_files(self, rows: list[AttachmentInfo]) -> None:
        self.files.clear()
        for row in rows:
            entry = QListWidgetItem(f"{row.filename}  ({_size_text(row.size)})")
            entry.setData(ROW_ROLE, row.id)
            entry.setData(PATH_ROLE, str(attachments.file_path(self.ctx.paths, row.sha256)))
            entry.setData(NAME_ROLE, row.filename)
            entry.setToolTip(self.tr("Double-click to open"))
            self.files.addItem(entry)

    def _open_file(self, entry: QListWidgetItem) -> None:
        """Open in the system's viewer, through a copy named with the file's extension."""
        try:
            open_attachment(self.ctx, entry.data(ROW_ROLE))
        except KopdesError as exc:
            self.file_error.setText(exc.localized(self.ctx.language))
            self.file_error.show()

    # --- autosave -------------------------------------------------------------------------------

    def _changed(self) -> None:
        self.dirty = True
        self.saved_label.setText(self.tr("Not saved yet…"))
        self.timer.start()

    def save_now(self) -> bool:
        """Save the details if they are valid; problems stay beside their fields."""
        self.timer.stop()
        if not self.dirty or self.visit_id is None:
            return True
        problems = self.fields.local_problems()
        if problems:
            self.fields.show_problems(problems)
            self.saved_label.setText(self.tr("Not saved: fix the fields marked in red."))
            self.keeper.touch()
            self.keeper.keep_now()
            return False
        try:
            self.ctx.services.visits.update(
                self.visit_id, today=self.ctx.today(), **self.fields.values()
            )
        except ValidationError as exc:
            self.fields.show_problems(localized_problems(exc, self.ctx.language))
            self.saved_label.setText(self.tr("Not saved: fix the fields marked in red."))
            self.keeper.touch()
            self.keeper.keep_now()
            return False
        self.dirty = False
        self.keeper.drop()
        self.saved_label.setText(self.tr("Saved at %1").replace("%1", localtime.clock_now()))
        self.ctx.events.data_changed.emit("visit")
        self.saved.emit()
        return True

    # --- attachments ----------------------------------------------------------------------------

    def _choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Attach photos or documents"), str(Path.home()), file_filter()
        )
        if files:
            self.attach_files(files)

    def attach_files(self, files: list[str]) -> list[str]:
        """Store the files for this visit; returns the messages of the refused ones."""
        if self.visit_id is None:
            return []
        refused, point = [], None
        for file in files:
            try:
                attached = self.ctx.services.attachments.add(
                    file, "visit", self.visit_id, max_px=self.ctx.settings.get("photo_max_px")
                )
            except KopdesError as exc:
                refused.append(exc.localized(self.ctx.language))
                continue
            point = point or attached.gps
        self.file_error.setText("\n".join(refused))
        self.file_error.setVisible(bool(refused))
        self._list_files(self.ctx.services.attachments.list_for("visit", self.visit_id))
        if point:
            self.offer_point(point)
        self.ctx.events.data_changed.emit("attachment")
        return refused

    def offer_point(self, point: tuple[float, float]) -> None:
        """Offer a photo's position as the visit location."""
        self.offered_point = point
        self.gps_offer.setText(
            self.tr("The photo was taken at %1, %2.")
            .replace("%1", number(point[0], 5, self.ctx.language))
            .replace("%2", number(point[1], 5, self.ctx.language))
        )
        self.gps_box.show()

    def use_offered_point(self) -> None:
        if self.offered_point:
            self.fields.set_point(*self.offered_point)
            self.gps_box.hide()

    def _remove_file(self) -> None:
        entry = self.files.currentItem()
        if entry is None or self.visit_id is None:
            return
        name = self.ctx.services.attachments.get(entry.data(ROW_ROLE)).filename
        if not ConfirmDialog.ask(
            self,
            self.tr("Remove attachment"),
            self.tr("Remove the attachment %1 from this visit?").replace("%1", name),
            self.tr("&Remove attachment"),
            trash_hint(),
        ):
            return
        self.ctx.services.attachments.remove(entry.data(ROW_ROLE))
        self.files.takeItem(self.files.row(entry))
        self.ctx.events.data_changed.emit("attachment")

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        if shiboken6.isValid(self.fields):  # gone already at interpreter exit
            self.save_now()
        super().hideEvent(event)


def _table(model: QAbstractItemModel) -> tuple[QTableView, PredicateProxy]:
    proxy = PredicateProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setWordWrap(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setDefaultSectionSize(260)
    return view, proxy


class _VisitRowsPage(QWidget):
    """A page listing one kind of row of the visit being edited (findings, follow-ups)."""

    model: FindingsModel | ActionsModel
    view: QTableView

    def __init__(
        self, ctx: AppContext, rows: Callable[[str], Sequence[object]], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.visit_id: str | None = None
        self._rows = rows

    def set_visit(self, visit_id: str) -> None:
        self.visit_id = visit_id
        self.refresh()

    def refresh(self) -> None:
        if self.visit_id is None:
            self.model.set_rows([])
            return
        self.model.set_rows(list(self._rows(self.visit_id)))
        self.view.resizeRowsToContents()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.view.resizeRowsToContents()  # the columns have their real widths only now


class FindingsPage(_VisitRowsPage):
    """The visit's findings; add, correct or remove one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, ctx.services.findings.of_visit, parent)
        self.model = FindingsModel(self)
        self.view, self.proxy = _table(self.model)
        self.view.setColumnWidth(FindingsModel.AREA, 200)
        self.view.setColumnWidth(FindingsModel.COMPLIANCE, 130)
        self.view.setColumnWidth(FindingsModel.TEMUAN, 400)
        self.add_button = QPushButton(self.tr("&Add finding…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.add_button.clicked.connect(self.add_finding)
        self.edit_button.clicked.connect(self.edit_finding)
        self.remove_button.clicked.connect(self.remove_finding)
        self.view.doubleClicked.connect(lambda _i: self.edit_finding())
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)

    def current(self) -> FindingRow | None:
        index = self.view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def add_finding(self) -> str | None:
        if self.visit_id is None:
            return None
        finding_id = FindingDialog.add(self, self.ctx, self.visit_id)
        self.refresh()
        return finding_id

    def edit_finding(self) -> None:
        row = self.current()
        if row is not None and self.visit_id:
            FindingDialog.edit(self, self.ctx, self.visit_id, row.id)
            self.refresh()

    def remove_finding(self) -> None:
        """Send the selected finding (and its open follow-ups) to the trash, after asking."""
        row = self.current()
        if row is None:
            return
        open_items = self.ctx.services.findings.open_followups(row.id)
        text = (
            self.tr('Remove the finding "%1" and its %2 open follow-ups?')
            .replace("%1", _excerpt(row.temuan))
            .replace("%2", str(open_items))
        )
        if not ConfirmDialog.ask(
            self, self.tr("Remove finding"), text, self.tr("&Remove finding"), trash_hint()
        ):
            return
        self.ctx.services.findings.remove(row.id)
        self.ctx.events.data_changed.emit("finding")
        self.refresh()


class FollowupsPage(_VisitRowsPage):
    """The cooperative's follow-ups that matter at this visit; close them here."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, ctx.services.followups.at_visit, parent)
        self.model = ActionsModel(ctx.language, ctx.today(), self)
        self.view, self.proxy = _table(self.model)
        self.view.sortByColumn(ActionsModel.DUE, Qt.SortOrder.AscendingOrder)
        self.view.setColumnWidth(ActionsModel.TITLE, 420)
        self.view.setColumnWidth(ActionsModel.OWNER, 200)
        self.view.setColumnWidth(ActionsModel.DUE, 180)
        self.intro = QLabel(
            self.tr(
                "Open follow-ups of this cooperative, and those agreed or "
                "closed at this visit. Overdue ones are red."
            )
        )
        self.intro.setWordWrap(True)
        self.buttons = {
            "DONE": QPushButton(self.tr("&Done at this visit")),
            "PROGRESS": QPushButton(self.tr("In &progress")),
            "DROPPED": QPushButton(self.tr("D&ropped")),
            "OPEN": QPushButton(self.tr("Re&open")),
        }
        row = QHBoxLayout()
        for status, button in self.buttons.items():
            button.clicked.connect(lambda _c=False, s=status: self.set_status(s))
            row.addWidget(button)
        row.addStretch(1)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.view, 1)

    def set_status(self, status: str) -> bool:
        """Set the selected follow-up's status, closing it at this visit when done/dropped."""
        index = self.view.currentIndex()
        if not index.isValid() or self.visit_id is None:
            return False
        item = index.data(ROW_ROLE)
        try:
            self.ctx.services.followups.set_status(
                item.id, status, at_visit_id=self.visit_id, today=self.ctx.today()
            )
        except KopdesError as exc:
            self.error.setText(exc.localized(self.ctx.language))
            self.error.show()
            return False
        self.error.hide()
        self.ctx.events.data_changed.emit("action")
        self.refresh()
        return True
