"""A finding at a visit: area, indicator, compliance, temuan -> rekomendasi, evidence, and the
follow-up agreed with the board (what, who, by when).

What is typed is kept as a form draft while the dialog is open, so a crash loses none of it:
the dialog opened again for the same visit (or finding) offers it back. *Cancel* with typed
text asks before the text is thrown away. Problems appear in lines reserved below the fields.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.core import attachments
from kopdes_desktop.core.formatting import long_date
from kopdes_desktop.core.services.finding_service import FollowupDraft
from kopdes_desktop.errors import KopdesError, ValidationError, localized_problems
from kopdes_desktop.ui.context import AppContext
from kopdes_desktop.ui.dialogs.confirm import ConfirmDialog
from kopdes_desktop.ui.forms.draft_keeper import DraftKeeper
from kopdes_desktop.ui.forms.evidence import file_filter
from kopdes_desktop.ui.forms.parsing import parse_date
from kopdes_desktop.ui.forms.rows import ERROR_STYLE, HINT_STYLE, reserve_line


def _text_box(height: int = 70) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


class FindingDialog(QDialog):
    """Adds a finding to a visit (``finding_id`` None) or corrects one."""

    def __init__(
        self,
        ctx: AppContext,
        visit_id: str,
        finding_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.visit_id = visit_id
        self.finding_id = finding_id
        self.pending_files: list[attachments.StoredFile] = []
        self.keeper = DraftKeeper(
            ctx, "finding", finding_id or f"new:{visit_id}", self.values, self._draft_context, self
        )
        self.keeper.paused = True
        self._build()
        self._connect()
        self._assemble()
        self._load()
        self._restore_kept()
        self.keeper.paused = False

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Finding") if self.finding_id else self.tr("New finding"))
        self.area = QComboBox()
        self.area.setEditable(True)
        for instrument in self.ctx.instruments.latest_all():
            for aspect in instrument.scoring.aspects:
                if self.area.findText(aspect.title(self.ctx.language)) < 0:
                    self.area.addItem(aspect.title(self.ctx.language))
        self.area.setCurrentIndex(-1)
        area_line = self.area.lineEdit()
        assert area_line is not None  # the combo box was made editable above
        area_line.setPlaceholderText(self.tr("Area, e.g. an aspect of the instrument"))
        self.indicator = QLineEdit()
        self.compliance_group = QButtonGroup(self)
        self.compliance_buttons = {
            "TIDAK_SESUAI": QRadioButton(self.tr("Not compliant")),
            "CUKUP": QRadioButton(self.tr("Partly")),
            "SESUAI": QRadioButton(self.tr("Compliant")),
        }
        for button in self.compliance_buttons.values():
            self.compliance_group.addButton(button)
        self.temuan = _text_box()
        self.rekomendasi = _text_box()
        self.evidence = QListWidget()
        self.evidence.setMaximumHeight(60)
        self.attach_button = QPushButton(self.tr("Attach…"))
        self.action_box = QGroupBox(self.tr("Follow-up agreed with the board"))
        self.action_box.setCheckable(True)
        self.action_box.setChecked(self.finding_id is None)
        self.action_title = QLineEdit()
        self.action_title.setPlaceholderText(self.tr("Leave empty to use the recommendation"))
        self.owner = QLineEdit()
        self.owner.setPlaceholderText(self.tr("Who does it, e.g. Bendahara"))
        self.due = QLineEdit()
        self.due.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.due.setMaximumWidth(130)
        self.existing_actions = QLabel()
        self.existing_actions.setWordWrap(True)
        self.errors = {
            key: self._error()
            for key in (
                "area",
                "compliance",
                "temuan",
                "rekomendasi",
                "evidence",
                "title",
                "owner",
                "due_date",
            )
        }
        self.restored = QLabel()
        self.restored.setWordWrap(True)
        self.restored.setStyleSheet(HINT_STYLE)
        self.restored.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )

    @staticmethod
    def _error() -> QLabel:
        label = QLabel()
        label.setObjectName("fieldError")
        label.setWordWrap(True)
        label.setStyleSheet(ERROR_STYLE)
        reserve_line(label)
        label.hide()
        return label

    def _connect(self) -> None:
        for edit in (self.indicator, self.action_title, self.owner, self.due):
            edit.textChanged.connect(self.keeper.touch)
        for box in (self.temuan, self.rekomendasi):
            box.textChanged.connect(self.keeper.touch)
        self.area.editTextChanged.connect(self.keeper.touch)
        self.compliance_group.buttonToggled.connect(self.keeper.touch)
        self.action_box.toggled.connect(self.keeper.touch)
        self.attach_button.clicked.connect(self._choose_files)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

    def _with_error(self, widget: QWidget | QHBoxLayout, key: str) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(2)
        if isinstance(widget, QWidget):
            box.addWidget(widget)
        else:
            box.addLayout(widget)
        box.addWidget(self.errors[key])
        return box

    def _assemble(self) -> None:
        compliance = QHBoxLayout()
        for button in self.compliance_buttons.values():
            compliance.addWidget(button)
        compliance.addStretch(1)
        evidence = QHBoxLayout()
        evidence.addWidget(self.evidence, 1)
        evidence.addWidget(self.attach_button)
        form = QFormLayout()
        rows = (
            (self.tr("&Area *"), self.area, "area"),
            (self.tr("&Indicator"), self.indicator, None),
            (self.tr("Compliance"), compliance, "compliance"),
            (self.tr("&Finding (temuan) *"), self.temuan, "temuan"),
            (self.tr("&Recommendation *"), self.rekomendasi, "rekomendasi"),
            (self.tr("Evidence"), evidence, "evidence"),
        )
        for text, widget, key in rows:
            label = QLabel(text)
            if isinstance(widget, QWidget):
                label.setBuddy(widget)
            form.addRow(label, self._with_error(widget, key) if key else widget)
        action_form = QFormLayout(self.action_box)
        action_form.addRow(self.tr("What"), self._with_error(self.action_title, "title"))
        action_form.addRow(self.tr("Owner *"), self._with_error(self.owner, "owner"))
        action_form.addRow(self.tr("Deadline *"), self._with_error(self.due, "due_date"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.restored)
        layout.addLayout(form)
        layout.addWidget(self.existing_actions)
        layout.addWidget(self.action_box)
        layout.addWidget(self.buttons)
        self.resize(640, 660)

    def _load(self) -> None:
        self._cooperative = self.ctx.services.visits.get(self.visit_id).cooperative
        if self.finding_id is None:
            return
        details = self.ctx.services.findings.details(self.finding_id)
        finding = details.finding
        self.area.setEditText(finding.area)
        self.indicator.setText(finding.indicator or "")
        if finding.compliance in self.compliance_buttons:
            self.compliance_buttons[finding.compliance].setChecked(True)
        self.temuan.setPlainText(finding.temuan)
        self.rekomendasi.setPlainText(finding.rekomendasi)
        for filename in details.evidence:
            self.evidence.addItem(filename)
        if details.actions:
            self.existing_actions.setText(
                self.tr("Follow-ups already agreed: %1").replace("%1", "; ".join(details.actions))
            )
            self.action_box.setChecked(False)

    # --- the typed text, kept -------------------------------------------------------------------

    def values(self) -> dict:
        """Everything typed, as text (a form draft holds it until the finding is saved)."""
        return {
            "area": self.area.currentText(),
            "indicator": self.indicator.text(),
            "compliance": self.compliance() or "",
            "temuan": self.temuan.toPlainText(),
            "rekomendasi": self.rekomendasi.toPlainText(),
            "action": self.action_box.isChecked(),
            "title": self.action_title.text(),
            "owner": self.owner.text(),
            "due": self.due.text(),
        }

    def _set_values(self, values: dict) -> None:
        self.area.setEditText(str(values.get("area", "")))
        self.indicator.setText(str(values.get("indicator", "")))
        button = self.compliance_buttons.get(str(values.get("compliance", "")))
        if button is not None:
            button.setChecked(True)
        self.temuan.setPlainText(str(values.get("temuan", "")))
        self.rekomendasi.setPlainText(str(values.get("rekomendasi", "")))
        self.action_box.setChecked(bool(values.get("action")))
        self.action_title.setText(str(values.get("title", "")))
        self.owner.setText(str(values.get("owner", "")))
        self.due.setText(str(values.get("due", "")))

    def _draft_context(self) -> dict[str, str]:
        return {
            "visit_id": self.visit_id,
            "finding_id": self.finding_id or "",
            "cooperative": self._cooperative,
        }

    def _restore_kept(self) -> None:
        kept = self.keeper.kept()
        if kept is None:
            return
        self._set_values(kept.values)
        self.keeper.dirty = True
        self.restored.setText(
            self.tr("Text typed on %1 and not saved is restored.").replace(
                "%1", long_date(kept.saved_at, self.ctx.language)
            )
        )
        self.restored.show()

    def reject(self) -> None:
        """*Cancel* (or Escape): typed text is thrown away only when the mentor agrees."""
        typed = self.keeper.dirty or self.restored.isVisible()
        if typed and not ConfirmDialog.ask(
            self,
            self.windowTitle(),
            self.tr("Throw away what you typed for this finding?"),
            self.tr("&Throw away"),
        ):
            return
        self.keeper.drop()
        super().reject()

    def _choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach evidence"), "", file_filter())
        self.attach_files(files)

    def attach_files(self, files: list[str]) -> None:
        """Check and store the files now (so a refusal shows at once); recorded on save."""
        refused = []
        for file in files:
            try:
                stored = attachments.store_file(
                    self.ctx.paths, file, self.ctx.settings.get("photo_max_px")
                )
            except KopdesError as exc:
                refused.append(exc.localized(self.ctx.language))
                continue
            self.pending_files.append(stored)
            self.evidence.addItem(stored.filename)
        self.errors["evidence"].setText("\n".join(refused))
        self.errors["evidence"].setVisible(bool(refused))

    def compliance(self) -> str | None:
        return next((k for k, b in self.compliance_buttons.items() if b.isChecked()), None)

    def _save(self) -> None:
        for key, label in self.errors.items():
            if key != "evidence":
                label.hide()
        due = parse_date(self.due.text())
        values = {
            "area": self.area.currentText(),
            "indicator": self.indicator.text(),
            "compliance": self.compliance(),
            "temuan": self.temuan.toPlainText(),
            "rekomendasi": self.rekomendasi.toPlainText(),
        }
        followup = None
        if self.action_box.isChecked():
            followup = FollowupDraft(self.action_title.text(), self.owner.text(), due)
        try:
            self.finding_id = self.ctx.services.findings.save(
                self.visit_id, self.finding_id, values, followup, self.pending_files
            )
        except ValidationError as exc:
            self._show(localized_problems(exc, self.ctx.language))
            return
        except KopdesError as exc:
            self._show({"temuan": exc.localized(self.ctx.language)})
            return
        self.keeper.drop()
        self.ctx.events.data_changed.emit("finding")
        self.accept()

    def _show(self, problems: dict[str, str]) -> None:
        first = None
        for key, message in problems.items():
            label = self.errors.get(key, self.errors["temuan"])
            label.setText(message)
            label.show()
            first = first or key
        targets = {
            "area": self.area,
            "temuan": self.temuan,
            "rekomendasi": self.rekomendasi,
            "title": self.action_title,
            "owner": self.owner,
            "due_date": self.due,
        }
        if first in targets:
            targets[first].setFocus()

    @classmethod
    def add(cls, parent: QWidget | None, ctx: AppContext, visit_id: str) -> str | None:
        """Record a new finding at the visit; returns its id, or None when cancelled."""
        dialog = cls(ctx, visit_id, None, parent)
        return dialog.finding_id if dialog.exec() == QDialog.DialogCode.Accepted else None

    @classmethod
    def edit(
        cls, parent: QWidget | None, ctx: AppContext, visit_id: str, finding_id: str
    ) -> str | None:
        """Correct a finding; returns its id when saved, else None."""
        dialog = cls(ctx, visit_id, finding_id, parent)
        return finding_id if dialog.exec() == QDialog.DialogCode.Accepted else None
