"""At start, offer back what was left unfinished (after a crash or a power cut): assessments
left as drafts, and text typed into a form that was never saved (a finding, a follow-up's
closing note, a profile, visit details, monthly notes; see :mod:`form_drafts`).

The main window calls :func:`offer_draft_recovery` once it is shown; it returns the id of the
assessment to open (``navigate("assessment", id)``), or None. A form draft chosen is reopened
here: its dialog opens again, or the window goes to its page, and the form shows the text.
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

from kopdes_desktop.core.formatting import long_date, month_label
from kopdes_desktop.core.services.drafts import DraftSummary
from kopdes_desktop.core.services.form_drafts import FormDraft
from kopdes_desktop.errors import KopdesError
from kopdes_desktop.ui.context import AppContext
from kopdes_desktop.ui.dialogs.close_action import CloseActionDialog
from kopdes_desktop.ui.dialogs.finding_dialog import FindingDialog

ASSESSMENT = "assessment:"


def pending_drafts(ctx: AppContext) -> list[DraftSummary]:
    """Drafts with answers in them, most recently edited first."""
    return ctx.services.drafts.pending_assessments()


def pending_forms(ctx: AppContext) -> list[FormDraft]:
    """Text typed into forms and never saved, most recent first."""
    return ctx.services.drafts.pending_forms()


class DraftRecoveryDialog(QDialog):
    """Lists the unfinished drafts; *Open* continues the chosen one."""

    def __init__(
        self,
        ctx: AppContext,
        items: list[DraftSummary],
        parent: QWidget | None = None,
        forms: list[FormDraft] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.forms = {f"{draft.kind}:{draft.record}": draft for draft in forms or []}
        self._build(items)
        self._connect()
        self._assemble()

    def _title_of(self, draft: DraftSummary) -> str:
        try:
            return self.ctx.instruments.get(draft.instrument_id, draft.instrument_version).title(
                self.ctx.language
            )
        except KopdesError:
            return draft.instrument_id

    def _form_text(self, draft: FormDraft) -> str:
        where = draft.context.get("cooperative") or draft.context.get("title") or ""
        what = {
            "finding": self.tr("Finding not saved yet"),
            "close_action": self.tr("Closing note of a follow-up not saved yet"),
            "profile": self.tr("Profile changes not saved yet"),
            "visit": self.tr("Visit details not saved yet"),
            "mentor": self.tr("Your mentor profile not saved yet"),
        }.get(draft.kind)
        if draft.kind == "monthly_note":
            year, month = (int(part) for part in draft.record.split("-"))
            what = self.tr("Monthly notes of %1 not saved yet").replace(
                "%1", month_label(year, month, self.ctx.language)
            )
        when = long_date(draft.saved_at, self.ctx.language)
        if not where:
            return self.tr("%1 · typed %2").replace("%1", what or draft.kind).replace("%2", when)
        text = (
            self.tr("%1\n%2 · typed %3")
            .replace("%1", where)
            .replace("%2", what or draft.kind)
            .replace("%3", when)
        )
        return text

    def _build(self, items: list[DraftSummary]) -> None:
        self.setWindowTitle(self.tr("Unfinished work"))
        self.intro = QLabel(
            self.tr(
                "These assessments and texts were left unfinished (saved as "
                "drafts, not finalized or not saved yet). Continue one now?"
            )
        )
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for draft in items:
            text = (
                self.tr("%1\n%2 · last edited %3 · %4 answers")
                .replace("%1", draft.cooperative)
                .replace("%2", self._title_of(draft))
                .replace("%3", long_date(draft.updated_at, self.ctx.language))
                .replace("%4", str(draft.answered))
            )
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, ASSESSMENT + draft.id)
            self.list.addItem(entry)
        for key, form in self.forms.items():
            entry = QListWidgetItem(self._form_text(form))
            entry.setData(Qt.ItemDataRole.UserRole, key)
            self.list.addItem(entry)
        self.list.setCurrentRow(0)
        self.buttons = QDialogButtonBox()
        self.open_button = self.buttons.addButton(
            self.tr("&Continue"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.later_button = self.buttons.addButton(
            self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole
        )
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

    def chosen_key(self) -> str | None:
        entry = self.list.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole) if entry else None

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        ctx: AppContext,
        items: list[DraftSummary],
        forms: list[FormDraft] | None = None,
    ) -> str | None:
        """The key chosen (``assessment:<id>`` or ``<kind>:<record>``), or None."""
        dialog = cls(ctx, items, parent, forms)
        return dialog.chosen_key() if dialog.exec() == QDialog.DialogCode.Accepted else None


def reopen_form(parent: QWidget | None, ctx: AppContext, draft: FormDraft) -> None:
    """Open the dialog or page the text was typed into; the form restores the text itself."""
    navigate = getattr(parent, "navigate", None)
    visit = (
        draft.record if draft.record != "new" else "new:" + draft.context.get("cooperative_id", "")
    )  # the new-visit dialog opens again
    pages = {
        "profile": ("cooperative", draft.record),
        "visit": ("visit", visit),
        "monthly_note": ("laporan", ""),
        "mentor": ("pengaturan", ""),
    }
    if draft.kind in pages and navigate is not None:
        navigate(*pages[draft.kind])
    elif draft.kind == "finding":
        visit_id, finding_id = draft.context.get("visit_id"), draft.context.get("finding_id")
        if not visit_id:
            return
        if navigate is not None:
            navigate("visit", visit_id)
        if finding_id:
            FindingDialog.edit(parent, ctx, visit_id, finding_id)
        else:
            FindingDialog.add(parent, ctx, visit_id)
    elif draft.kind == "close_action":
        CloseActionDialog.close_action(parent, ctx, draft.record)


def offer_draft_recovery(parent: QWidget | None, ctx: AppContext) -> str | None:
    """Show the dialog when drafts are waiting; the assessment id to open, or None (a form
    draft chosen is reopened here)."""
    items, forms = pending_drafts(ctx), pending_forms(ctx)
    if not items and not forms:
        return None
    key = DraftRecoveryDialog.ask(parent, ctx, items, forms)
    if key is None:
        return None
    if key.startswith(ASSESSMENT):
        return key[len(ASSESSMENT) :]
    draft = next((f for f in forms if f"{f.kind}:{f.record}" == key), None)
    if draft is not None:
        reopen_form(parent, ctx, draft)
    return None
