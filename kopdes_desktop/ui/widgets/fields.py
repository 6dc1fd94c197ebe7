"""Form fields that show their problem beside them, and a Rupiah entry.

A :class:`FieldForm` keeps its fields by the name the domain uses (``nib``, ``office_lat``),
so a ``ValidationError.problems`` dict maps straight onto the form. What was typed is never
cleared by an error.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.core.formatting import rupiah
from kopdes_desktop.core.services.profile_fields import parse_rupiah

QWIDGETSIZE_MAX = (1 << 24) - 1


class FieldWithError(QWidget):
    """An editor with a red message line under it (hidden while there is no problem, its
    room kept so that a message appearing never moves the fields below)."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        policy = self.error.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.error.setSizePolicy(policy)
        self.error.setMinimumHeight(self.error.fontMetrics().lineSpacing())
        self.error.setVisible(False)
        self._hold_height()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.error)
        self.setFocusProxy(editor)

    def _hold_height(self) -> None:
        """A line editor keeps its natural height: the red border's style sheet would
        otherwise change it and move the fields below."""
        if not isinstance(self.editor, QLineEdit):
            return
        style = self.editor.styleSheet()
        self.editor.setStyleSheet("")
        self.editor.setMinimumHeight(0)
        self.editor.setMaximumHeight(QWIDGETSIZE_MAX)
        height = self.editor.sizeHint().height()
        self.editor.setStyleSheet(style)
        self.editor.setFixedHeight(height)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # a new font size: a new natural height
            self._hold_height()

    def set_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        self.editor.setProperty("invalid", bool(message))
        self.editor.setStyleSheet("border: 1px solid #b3261e;" if message else "")

    def error_text(self) -> str:
        return "" if self.error.isHidden() else self.error.text()


class FieldForm(QFormLayout):
    """A form layout whose rows are :class:`FieldWithError` keyed by field name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, FieldWithError] = {}
        self.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

    def add_field(self, name: str, label: str, editor: QWidget) -> QWidget:
        field = FieldWithError(editor)
        self.fields[name] = field
        self.addRow(label, field)
        return editor

    def show_problems(self, problems: dict[str, str]) -> None:
        """Show each problem beside its field; clear the others."""
        for name, field in self.fields.items():
            field.set_error(problems.get(name))

    def clear_problems(self) -> None:
        self.show_problems({})

    def problems(self) -> dict[str, str]:
        return {name: f.error_text() for name, f in self.fields.items() if f.error_text()}


class RupiahLineEdit(QLineEdit):
    """Money in Rupiah; accepts ``1.250.000`` and shows it grouped after editing."""

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(
            QRegularExpressionValidator(
                QRegularExpression(r"^\s*([Rr][Pp]\.?\s*)?[0-9.]*\s*$"), self
            )
        )
        self.setPlaceholderText("0")
        self.editingFinished.connect(self._regroup)
        self.textChanged.connect(self.value_changed)

    def value(self) -> int | None:
        """The amount, None when empty; ValueError when the text is not an amount."""
        return parse_rupiah(self.text())

    def set_value(self, amount: int | None) -> None:
        self.setText(rupiah(amount).removeprefix("Rp") if amount is not None else "")

    def _regroup(self) -> None:
        try:
            amount = self.value()
        except ValueError:
            return
        self.set_value(amount)
