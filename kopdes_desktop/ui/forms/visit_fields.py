"""The fields of a visit (date, purpose, attendees, GPS point, notes) with their problems.

Used by the new-visit dialog and by the visit editor, which saves them as they are typed.
Each field checks itself with the domain's checks as soon as it changes; what the store
refuses comes back through :meth:`show_problems`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.core import validation as v
from kopdes_desktop.core.formatting import long_date
from kopdes_desktop.core.services.visits import VISIT_PURPOSES
from kopdes_desktop.errors import localized
from kopdes_desktop.ui.forms.parsing import format_date, parse_coordinate, parse_date
from kopdes_desktop.ui.forms.rows import ERROR_STYLE, HINT_STYLE, reserve_line


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    reserve_line(label)  # a problem appearing never moves the fields below
    label.hide()
    return label


class VisitFields(QWidget):
    """Date, purpose, attendees, GPS and notes; ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, language: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.today = today
        self._build()
        self._connect()
        self._assemble()

    def _build(self) -> None:
        self.date_edit = QLineEdit()
        self.date_edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.date_edit.setMaximumWidth(130)
        self.date_words = QLabel()
        self.date_words.setStyleSheet(HINT_STYLE)
        self.purpose = QComboBox()
        self.purpose.setEditable(True)
        self.purpose.addItems(VISIT_PURPOSES)
        self.purpose.setCurrentIndex(-1)
        purpose_line = self.purpose.lineEdit()
        assert purpose_line is not None  # the combo box was made editable above
        purpose_line.setPlaceholderText(self.tr("What the visit is for"))
        self.attendees = QPlainTextEdit()
        self.attendees.setTabChangesFocus(True)
        self.attendees.setPlaceholderText(self.tr("Names and roles, one per line"))
        self.attendees.setFixedHeight(64)
        self.lat = QLineEdit()
        self.lon = QLineEdit()
        self.lat.setPlaceholderText(self.tr("latitude, e.g. 2,8421"))
        self.lon.setPlaceholderText(self.tr("longitude, e.g. 117,3652"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)
        self.errors = {
            key: _error_label() for key in ("visit_date", "purpose", "attendees", "lat", "notes")
        }

    def _connect(self) -> None:
        for edit in (self.date_edit, self.lat, self.lon):
            edit.textEdited.connect(self._edited)
        self.purpose.editTextChanged.connect(self._edited)
        self.attendees.textChanged.connect(self._edited)
        self.notes.textChanged.connect(self._edited)

    def _assemble(self) -> None:
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_edit)
        date_row.addWidget(self.date_words, 1)
        gps_row = QHBoxLayout()
        gps_row.addWidget(self.lat)
        gps_row.addWidget(self.lon)
        rows = (
            (self.tr("Visit &date *"), date_row, self.date_edit, "visit_date"),
            (self.tr("&Purpose *"), self.purpose, self.purpose, "purpose"),
            (self.tr("&Attendees"), self.attendees, self.attendees, "attendees"),
            (self.tr("&GPS point"), gps_row, self.lat, "lat"),
            (self.tr("&Notes"), self.notes, self.notes, "notes"),
        )
        for text, field, buddy, key in rows:
            box = QVBoxLayout()
            box.setSpacing(2)
            if isinstance(field, QWidget):
                box.addWidget(field)
            else:
                box.addLayout(field)
            box.addWidget(self.errors[key])
            label = QLabel(text)
            label.setBuddy(buddy)
            form.addRow(label, box)

    # --- values ---------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The typed values in the visits service's form (unreadable ones as None)."""
        visit_date = parse_date(self.date_edit.text())
        lat, lon = parse_coordinate(self.lat.text()), parse_coordinate(self.lon.text())
        return {
            "visit_date": visit_date if isinstance(visit_date, date) else None,
            "purpose": self.purpose.currentText().strip(),
            "attendees": self.attendees.toPlainText(),
            "lat": lat if isinstance(lat, float) else None,
            "lon": lon if isinstance(lon, float) else None,
            "notes": self.notes.toPlainText(),
        }

    def set_values(self, values: dict[str, Any]) -> None:
        widgets = (self.date_edit, self.purpose, self.attendees, self.notes, self.lat, self.lon)
        for widget in widgets:
            widget.blockSignals(True)
        self.date_edit.setText(format_date(values.get("visit_date")))
        self.date_words.setText(long_date(values.get("visit_date"), self.language))
        self.purpose.setEditText(values.get("purpose") or "")
        self.attendees.setPlainText(values.get("attendees") or "")
        self.notes.setPlainText(values.get("notes") or "")
        self.set_point(values.get("lat"), values.get("lon"), emit=False)
        for widget in widgets:
            widget.blockSignals(False)
        self.show_problems(self.local_problems())

    def typed(self) -> dict[str, str]:
        """Every field as typed, readable or not (what a form draft keeps)."""
        return {
            "visit_date": self.date_edit.text(),
            "purpose": self.purpose.currentText(),
            "attendees": self.attendees.toPlainText(),
            "lat": self.lat.text(),
            "lon": self.lon.text(),
            "notes": self.notes.toPlainText(),
        }

    def set_typed(self, typed: dict[str, str]) -> None:
        """Show text kept earlier (:meth:`typed`); ``changed`` fires once."""
        widgets = (self.date_edit, self.purpose, self.attendees, self.notes, self.lat, self.lon)
        for widget in widgets:
            widget.blockSignals(True)
        self.date_edit.setText(str(typed.get("visit_date", "")))
        self.purpose.setEditText(str(typed.get("purpose", "")))
        self.attendees.setPlainText(str(typed.get("attendees", "")))
        self.notes.setPlainText(str(typed.get("notes", "")))
        self.lat.setText(str(typed.get("lat", "")))
        self.lon.setText(str(typed.get("lon", "")))
        for widget in widgets:
            widget.blockSignals(False)
        self._edited()

    def set_point(self, lat: float | None, lon: float | None, emit: bool = True) -> None:
        """Fill the GPS fields (e.g. from a photo's EXIF position)."""
        self.lat.setText("" if lat is None else f"{lat:.6f}".rstrip("0").replace(".", ","))
        self.lon.setText("" if lon is None else f"{lon:.6f}".rstrip("0").replace(".", ","))
        if emit:
            self._edited()

    def local_problems(self) -> dict[str, str]:
        """What the domain would refuse, found without the store."""
        problems: dict[str, str] = {}

        def note(key: str, error: v.FieldError) -> None:
            problems.setdefault(key, localized(error, self.language))

        visit_date = parse_date(self.date_edit.text())
        if visit_date is None:
            problems["visit_date"] = self.tr("Required.")
        elif isinstance(visit_date, str):
            problems["visit_date"] = self.tr("Not a date (example: 03/11/2025).")
        else:
            try:
                v.not_future(visit_date, self.today)
            except v.FieldError as exc:
                note("visit_date", exc)
        if not self.purpose.currentText().strip():
            problems["purpose"] = self.tr("Required.")
        lat, lon = parse_coordinate(self.lat.text()), parse_coordinate(self.lon.text())
        if isinstance(lat, str) or isinstance(lon, str):
            problems["lat"] = self.tr("Give latitude and longitude as decimal degrees.")
        elif (lat is None) != (lon is None):
            problems["lat"] = self.tr("Give latitude and longitude together.")
        elif lat is not None and lon is not None:
            for check, value in ((v.latitude, lat), (v.longitude, lon)):
                try:
                    check(value)
                except v.FieldError as exc:
                    note("lat", exc)
        return problems

    def show_problems(self, problems: dict[str, str]) -> None:
        merged = dict(problems)
        if "lon" in merged:
            merged.setdefault("lat", merged.pop("lon"))
        for key, label in self.errors.items():
            label.setText(merged.get(key, ""))
            label.setVisible(key in merged)

    def first_problem_widget(self) -> QWidget | None:
        order = (
            ("visit_date", self.date_edit),
            ("purpose", self.purpose),
            ("attendees", self.attendees),
            ("lat", self.lat),
            ("notes", self.notes),
        )
        return next((w for key, w in order if self.errors[key].isVisible()), None)

    def _edited(self, *_args: object) -> None:
        parsed = parse_date(self.date_edit.text())
        self.date_words.setText(
            long_date(parsed, self.language) if isinstance(parsed, date) else ""
        )
        self.show_problems(self.local_problems())
        self.changed.emit()
