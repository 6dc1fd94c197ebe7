"""One input widget per instrument item type.

Every field shows what was typed, even when it cannot be used yet: ``value()`` returns the
answer in the engine's form (a number, ``"YYYY-MM-DD"``, a bool, ...) or, for text that does not
read as one, the text itself, so the draft keeps it and the engine names the problem.
``local_problem()`` explains what the field itself can tell (an unreadable number, a point
outside Indonesia) before the engine looks at the answers.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from kopdes_desktop.core import validation as v
from kopdes_desktop.core.formatting import long_date, number, rupiah
from kopdes_desktop.core.instruments.model import Item
from kopdes_desktop.errors import localized
from kopdes_desktop.ui.forms.parsing import (
    format_date,
    format_number,
    parse_coordinate,
    parse_date,
    parse_number,
)
from kopdes_desktop.ui.widgets.dates import from_qdate


class Field(QWidget):
    """Base of the item widgets: ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, item: Item, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.language = language
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def value(self) -> Any:
        """The answer as the engine reads it (each type overrides this)."""
        return None

    def set_value(self, value: Any) -> None:
        """Show a stored answer (each type overrides this)."""

    def local_problem(self) -> str | None:
        return None

    def _edited(self, *_args: object) -> None:
        self.changed.emit()

    def _toggled(self, _button: object, checked: bool) -> None:
        if checked:  # a radio group toggles twice per choice: off the old, on the new
            self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)

    def focus_target(self) -> QWidget:
        return self.focusProxy() or self


class YesNoField(Field):
    def __init__(self, item: Item, language: str, parent: QWidget | None = None) -> None:
        super().__init__(item, language, parent)
        self.yes = QRadioButton(self.tr("Yes"))
        self.no = QRadioButton(self.tr("No"))
        self.group = QButtonGroup(self)
        for button in (self.yes, self.no):
            self.group.addButton(button)
            self._layout.addWidget(button)
        self._layout.addStretch(1)
        self.group.buttonToggled.connect(self._toggled)
        self.setFocusProxy(self.yes)

    def value(self) -> Any:
        return True if self.yes.isChecked() else False if self.no.isChecked() else None

    def set_value(self, value: Any) -> None:
        self.group.setExclusive(False)
        self.yes.setChecked(value is True)
        self.no.setChecked(value is False)
        self.group.setExclusive(True)


class ChoiceField(Field):
    """A single choice: radio buttons for a few options, a drop-down for many."""

    RADIO_LIMIT = 4

    def __init__(self, item: Item, language: str, parent: QWidget | None = None) -> None:
        super().__init__(item, language, parent)
        self.combo: QComboBox | None = None
        self.buttons: dict[str, QRadioButton] = {}
        if len(item.choices) <= self.RADIO_LIMIT:
            self.group = QButtonGroup(self)
            for choice in item.choices:
                button = QRadioButton(choice.label(language))
                self.buttons[choice.value] = button
                self.group.addButton(button)
                self._layout.addWidget(button)
            self._layout.addStretch(1)
            self.group.buttonToggled.connect(self._toggled)
            self.setFocusProxy(next(iter(self.buttons.values())))
        else:
            self.combo = QComboBox()
            # "" and not None: PySide6 6.12 loses a reference to None each time currentData()
            # returns it, which ends in a crash of the interpreter
            self.combo.addItem(self.tr("(choose)"), "")
            for choice in item.choices:
                self.combo.addItem(choice.label(language), choice.value)
            self.combo.currentIndexChanged.connect(self._edited)
            self._layout.addWidget(self.combo, 1)
            self.setFocusProxy(self.combo)

    def value(self) -> Any:
        if self.combo is not None:
            return self.combo.currentData() or None
        return next((k for k, b in self.buttons.items() if b.isChecked()), None)

    def set_value(self, value: Any) -> None:
        if self.combo is not None:
            index = self.combo.findData(value) if isinstance(value, str) and value else 0
            self.combo.setCurrentIndex(max(index, 0))
            return
        self.group.setExclusive(False)
        for key, button in self.buttons.items():
            button.setChecked(key == value)
        self.group.setExclusive(True)


class MultiField(Field):
    def __init__(self, item: Item, language: str, parent: QWidget | None = None) -> None:
        super().__init__(item, language, parent)
        box = QVBoxLayout()
        box.setSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        for choice in item.choices:
            check = QCheckBox(choice.label(language))
            check.toggled.connect(self._edited)
            self.boxes[choice.value] = check
            box.addWidget(check, 0, Qt.AlignmentFlag.AlignLeft)
        self._layout.addLayout(box, 1)
        if self.boxes:
            self.setFocusProxy(next(iter(self.boxes.values())))

    def value(self) -> Any:
        return [k for k, b in self.boxes.items() if b.isChecked()]

    def set_value(self, value: Any) -> None:
        chosen = set(value or [])
        for key, check in self.boxes.items():
            check.blockSignals(True)
            check.setChecked(key in chosen)
            check.blockSignals(False)


class NumberField(Field):
    """Integer, decimal, money (``Rp`` before, ``1.250.000`` accepted) or percent (``%``)."""

    def __init__(self, item: Item, language: str, parent: QWidget | None = None) -> None:
        super().__init__(item, language, parent)
        self.edit = QLineEdit()
        self.edit.setMaximumWidth(220)
        if item.type == "money":
            self._layout.addWidget(QLabel("Rp"))
            self.edit.setPlaceholderText("0")
        self._layout.addWidget(self.edit)
        suffix = "%" if item.type == "percent" else (item.unit or "")
        if item.type == "money":
            suffix = ""
        if suffix:
            self._layout.addWidget(QLabel(suffix))
        self._layout.addStretch(1)
        self.edit.textEdited.connect(self._edited)
        self.edit.editingFinished.connect(self._tidy)
        self.setFocusProxy(self.edit)

    def _tidy(self) -> None:
        value = self.value()
        if isinstance(value, int | float):
            self.edit.setText(format_number(value, self.item.type, self.language))

    def value(self) -> Any:
        return parse_number(self.edit.text(), self.item.type)

    def set_value(self, value: Any) -> None:
        self.edit.setText(format_number(value, self.item.type, self.language))

    def local_problem(self) -> str | None:
        value = self.value()
        if isinstance(value, str):
            if self.item.type == "money":
                return self.tr("Not an amount of Rupiah (example: 1.250.000).")
            return self.tr("Not a number (example: 12,5).")
        return None


class DateField(Field):
    """A date typed as ``03/11/2025`` (or picked from a calendar), shown in words beside it."""

    def __init__(self, item: Item, language: str, parent: QWidget | None = None) -> None:
        super().__init__(item, language, parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.edit.setMaximumWidth(130)
        self.pick = QToolButton()
        self.pick.setText("…")
        self.pick.setToolTip(self.tr("Choose from a calendar"))
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.pick)
        self.calendar = QCalendarWidget()
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        self.pick.setMenu(menu)
        self.words = QLabel()
        self.words.setObjectName("hint")
        for widget in (self.edit, self.pick, self.words):
            self._layout.addWidget(widget)
        self._layout.addStretch(1)
        self.edit.textEdited.connect(self._edited)
        self.calendar.clicked.connect(self._picked)
        self.setFocusProxy(self.edit)

    def _picked(self, qdate: QDate) -> None:
        self.edit.setText(format_date(from_qdate(qdate)))
        self.pick.menu().hide()
        self._edited()

    def _edited(self, *_args: object) -> None:
        parsed = parse_date(self.edit.text())
        self.words.setText(long_date(parsed, self.language) if not isinstance(parsed, str) else "")
        self.changed.emit()

    def value(self) -> Any:
        parsed = parse_date(self.edit.text())
        return parsed.isoformat() if parsed is not None and not isinstance(parsed, str) else parsed

    def set_value(self, value: Any) -> None:
        parsed = parse_date(value) if isinstance(value, str) else None
        if parsed is not None and not isinstance(parsed, str):
            self.edit.setText(format_date(parsed))
            self.words.setText(long_date(parsed, self.language))
        else:
            self.edit.setText(value or "")
            self.words.setText("")

    def local_problem(self) -> str | None:
        if isinstance(parse_date(self.edit.text()), str):
            return self.tr("Not a date (example: 03/11/2025).")
        return None


class TextField(Field):
    def __init__(self, item: Item, language: str, parent: QWidget | None = None) -> None:
        super().__init__(item, language, parent)
        self.edit = QLineEdit()
        if item.max:
            self.edit.setMaxLength(int(item.max) + 50)  # room to see it is too long
        self._layout.addWidget(self.edit, 1)
        self.edit.textEdited.connect(self._edited)
        self.setFocusProxy(self.edit)

    def value(self) -> Any:
        return self.edit.text() or None

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))


class LongTextField(Field):
    def __init__(self, item: Item, language: str, parent: QWidget | None = None) -> None:
        super().__init__(item, language, parent)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(72)
        self._layout.addWidget(self.edit, 1)
        self.edit.textChanged.connect(self.changed.emit)
        self.setFocusProxy(self.edit)

    def value(self) -> Any:
        return self.edit.toPlainText() or None

    def set_value(self, value: Any) -> None:
        self.edit.blockSignals(True)
        self.edit.setPlainText("" if value is None else str(value))
        self.edit.blockSignals(False)


class GpsField(Field):
    """Latitude and longitude in decimal degrees, checked against Indonesia's extent."""

    def __init__(self, item: Item, language: str, parent: QWidget | None = None) -> None:
        super().__init__(item, language, parent)
        self.lat = QLineEdit()
        self.lon = QLineEdit()
        self.lat.setPlaceholderText(self.tr("latitude, e.g. 2,8421"))
        self.lon.setPlaceholderText(self.tr("longitude, e.g. 117,3652"))
        for edit in (self.lat, self.lon):
            edit.setMaximumWidth(170)
            edit.textEdited.connect(self._edited)
            self._layout.addWidget(edit)
        self._layout.addStretch(1)
        self.setFocusProxy(self.lat)

    def value(self) -> Any:
        lat, lon = parse_coordinate(self.lat.text()), parse_coordinate(self.lon.text())
        if lat is None and lon is None:
            return None
        return {"lat": lat, "lon": lon}

    def set_value(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {}
        for edit, key in ((self.lat, "lat"), (self.lon, "lon")):
            raw = value.get(key)
            edit.setText(
                number(raw, 6).rstrip("0").rstrip(",")
                if isinstance(raw, float | int)
                else (raw or "")
            )

    def local_problem(self) -> str | None:
        point = self.value()
        if point is None:
            return None
        try:
            for key, check in (("lat", v.latitude), ("lon", v.longitude)):
                if not isinstance(point[key], float):
                    return self.tr("Give latitude and longitude as decimal degrees.")
                check(point[key])
        except v.FieldError as exc:
            return localized(exc, self.language)
        return None


class ComputedField(Field):
    """A value the instrument computes from other answers (read only)."""

    def __init__(self, item: Item, language: str, parent: QWidget | None = None) -> None:
        super().__init__(item, language, parent)
        self.label = QLabel("–")
        self.label.setObjectName("computed")
        self._layout.addWidget(self.label, 1)
        self._value: Any = None

    def value(self) -> Any:
        return None

    def set_value(self, value: Any) -> None:
        self._value = value
        if value is None:
            text = "–"
        elif isinstance(value, bool):
            text = self.tr("Yes") if value else self.tr("No")
        elif isinstance(value, int | float) and self.item.unit == "Rp":
            text = rupiah(value, self.language)
        elif isinstance(value, int | float):
            text = number(value, 0 if float(value).is_integer() else 2, self.language)
            if self.item.unit:
                text = f"{text} {self.item.unit}"
        else:
            text = str(value)
        self.label.setText(text)


FIELD_CLASSES: dict[str, type[Field]] = {
    "yesno": YesNoField,
    "single": ChoiceField,
    "multi": MultiField,
    "integer": NumberField,
    "decimal": NumberField,
    "money": NumberField,
    "percent": NumberField,
    "date": DateField,
    "text": TextField,
    "longtext": LongTextField,
    "gps": GpsField,
    "computed": ComputedField,
}
