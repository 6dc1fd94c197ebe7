"""At start, offer back the assessments left as drafts (after a crash or a power cut).

The main window calls :func:`offer_draft_recovery` once it is shown; it returns the id of the
assessment to open (``navigate("assessment", id)``), or None.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
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
from kopdes_desktop.core.services import drafts
from kopdes_desktop.errors import KopdesError
from kopdes_desktop.ui.context import AppContext


def pending_drafts(ctx: AppContext) -> list[drafts.DraftSummary]:
    """Drafts with answers in them, most recently edited first."""
    with ctx.store.read() as session:
        return drafts.pending(session)


class DraftRecoveryDialog(QDialog):
    """Lists the unfinished drafts; *Open* continues the chosen one."""

    def __init__(self, ctx: AppContext, items: list[drafts.DraftSummary],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._build(items)
        self._connect()
        self._assemble()

    def _title_of(self, draft: drafts.DraftSummary) -> str:
        try:
            return self.ctx.instruments.get(draft.instrument_id, draft.instrument_version) \
                .title(self.ctx.language)
        except KopdesError:
            return draft.instrument_id

    def _build(self, items: list[drafts.DraftSummary]) -> None:
        self.setWindowTitle(self.tr("Unfinished assessments"))
        self.intro = QLabel(self.tr("These assessments were saved as drafts and not finalized. "
                                    "Continue one now?"))
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for draft in items:
            text = self.tr("%1\n%2 · last edited %3 · %4 answers") \
                .replace("%1", draft.cooperative).replace("%2", self._title_of(draft)) \
                .replace("%3", long_date(draft.updated_at, self.ctx.language)) \
                .replace("%4", str(draft.answered))
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, draft.id)
            self.list.addItem(entry)
        self.list.setCurrentRow(0)
        self.buttons = QDialogButtonBox()
        self.open_button = self.buttons.addButton(self.tr("&Continue"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button = self.buttons.addButton(self.tr("&Later"),
                                                   QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.setDefault(True)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())

    def _assemble(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(780, 360)

    def chosen_id(self) -> str | None:
        entry = self.list.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole) if entry else None

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: AppContext,
            items: list[drafts.DraftSummary]) -> str | None:
        dialog = cls(ctx, items, parent)
        return dialog.chosen_id() if dialog.exec() == QDialog.DialogCode.Accepted else None


def offer_draft_recovery(parent: QWidget | None, ctx: AppContext) -> str | None:
    """Show the dialog when drafts are waiting; the assessment id to open, or None."""
    items = pending_drafts(ctx)
    if not items:
        return None
    return DraftRecoveryDialog.ask(parent, ctx, items)
