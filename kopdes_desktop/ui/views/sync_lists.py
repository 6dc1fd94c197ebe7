"""The lists of the Sinkronisasi page, one tab each: batches, the last import's outcome per
file, and conflicts from reference data with the way to resolve them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.sync.inbox import ImportedFile
from kopdes_desktop.sync.reference import LocalConflict
from kopdes_desktop.sync.service import BatchRow
from kopdes_desktop.ui.context import AppContext
from kopdes_desktop.ui.dialogs.conflict_dialog import ConflictDialog
from kopdes_desktop.ui.models.base import ROW_ROLE
from kopdes_desktop.ui.views.sync_tables import (
    BatchModel,
    ConflictModel,
    OutcomeModel,
    make_proxy,
)
from kopdes_desktop.ui.widgets.tables import make_table

TAB_BATCHES, TAB_IMPORTED, TAB_CONFLICTS = range(3)


class SyncLists(QTabWidget):
    """Batches, import outcomes and conflicts; ``resolved`` after a conflict was settled."""

    resolved = Signal()

    def __init__(self, ctx: AppContext, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._busy = False
        self._build(language)
        self._connect()
        self._assemble()

    def _build(self, language: str) -> None:
        self.batch_model = BatchModel(self, language)
        self.batch_table = make_table(
            make_proxy(self.batch_model),
            {
                BatchModel.STATE: 190,
                BatchModel.CHANGES: 105,
                BatchModel.RECORDS: 65,
                BatchModel.ATTACHMENTS: 85,
                BatchModel.SIZE: 70,
            },
        )
        # Newest first: changes not yet in a batch, then the latest batches.
        self.batch_table.sortByColumn(BatchModel.CHANGES, Qt.SortOrder.DescendingOrder)
        self.outcome_model = OutcomeModel(self)
        self.outcome_table = make_table(
            make_proxy(self.outcome_model),
            {OutcomeModel.FILE: 240, OutcomeModel.KIND: 120, OutcomeModel.RESULT: 120},
        )
        self.outcome_table.setWordWrap(True)
        self.conflict_model = ConflictModel(self, language)
        self.conflict_table = make_table(
            make_proxy(self.conflict_model),
            {ConflictModel.TYPE: 110, ConflictModel.RECORD: 200, ConflictModel.FIELDS: 190},
        )
        for table in (self.outcome_table, self.conflict_table):
            table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # in the order they came
        self.conflict_note = QLabel(
            self.tr(
                "What the province did with your values: where another device changed the same "
                "field and its value stands, where other changes were merged into a record you "
                "changed, and what it refused. Open one to keep your value or accept the "
                "province's."
            )
        )
        self.conflict_note.setWordWrap(True)
        self.resolve_button = QPushButton(self.tr("&Compare and choose…"))

    def _connect(self) -> None:
        self.resolve_button.clicked.connect(self.resolve_selected)
        self.conflict_table.doubleClicked.connect(lambda _index: self.resolve_selected())
        self.conflict_table.selectionModel().selectionChanged.connect(self._update_button)

    def _assemble(self) -> None:
        conflicts_page = QWidget()
        conflicts = QVBoxLayout(conflicts_page)
        conflicts.addWidget(self.conflict_note)
        conflicts.addWidget(self.conflict_table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.resolve_button)
        conflicts.addLayout(row)
        self.addTab(self.batch_table, self.tr("Batches"))
        self.addTab(self.outcome_table, self.tr("Last import"))
        self.addTab(conflicts_page, self.tr("Conflicts"))

    def show_lists(self, batches: list[BatchRow], conflicts: list[LocalConflict]) -> None:
        """Show the batches and the open conflicts (their count in the tab's title)."""
        self.batch_model.set_rows(batches)
        self.conflict_model.set_rows(conflicts)
        self.setTabText(
            TAB_CONFLICTS,
            self.tr("Conflicts (%1)").replace("%1", str(len(conflicts)))
            if conflicts
            else self.tr("Conflicts"),
        )
        self._update_button()

    def show_outcomes(self, outcomes: list[ImportedFile]) -> None:
        """Show one row per imported file and bring the tab forward."""
        self.outcome_model.set_rows(outcomes)
        self.outcome_table.resizeRowsToContents()
        self.setCurrentIndex(TAB_IMPORTED)

    def set_busy(self, busy: bool) -> None:
        """No resolving while sync work runs."""
        self._busy = busy
        self._update_button()

    def _update_button(self) -> None:
        self.resolve_button.setEnabled(not self._busy and self.selected_conflict() is not None)

    def selected_conflict(self) -> LocalConflict | None:
        """The conflict chosen in the list, or None."""
        rows = self.conflict_table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def resolve_selected(self) -> None:
        """Open the chosen conflict to keep this laptop's version or take the province's."""
        conflict = self.selected_conflict()
        if conflict is None or self._busy:
            return
        if ConflictDialog.resolve_conflict(self, self.ctx, conflict):
            self.resolved.emit()
