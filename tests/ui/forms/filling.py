"""Typing answers into a generated form the way a mentor does: clicks and keystrokes."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from kopdes_desktop.core.formatting import number, rupiah
from kopdes_desktop.ui.forms.checklist import ChecklistField
from kopdes_desktop.ui.forms.fields import (
    ChoiceField,
    DateField,
    GpsField,
    LongTextField,
    MultiField,
    NumberField,
    TextField,
    YesNoField,
)
from kopdes_desktop.ui.forms.instrument_form import InstrumentForm
from kopdes_desktop.ui.forms.rows import RepeatField

LEFT = Qt.MouseButton.LeftButton


def typed_number(value: float | int, kind: str) -> str:
    """How a mentor writes the number: ``1.250.000`` for money, ``12,5`` for a decimal."""
    if kind == "money":
        return rupiah(value).removeprefix("Rp")
    if isinstance(value, int) or float(value).is_integer():
        return str(int(value))
    return number(value, 2).rstrip("0").rstrip(",")


def type_into(qtbot, field, value: Any) -> None:  # noqa: ANN001
    """Enter ``value`` into one field widget with the mouse and keyboard."""
    if isinstance(field, ChecklistField):
        if value == 0:
            qtbot.mouseClick(field.none_button, LEFT)
        for box in list(field.boxes.values())[:value]:
            if not box.isChecked():  # on its square: a short text leaves the middle empty
                qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))
    elif isinstance(field, YesNoField):
        qtbot.mouseClick(field.yes if value else field.no, LEFT)
    elif isinstance(field, ChoiceField):
        if field.combo is not None:
            field.combo.setFocus()
            field.combo.setCurrentIndex(field.combo.findData(value))
        else:
            qtbot.mouseClick(field.buttons[value], LEFT)
    elif isinstance(field, MultiField):
        for key in value:
            qtbot.mouseClick(field.boxes[key], LEFT)
    elif isinstance(field, NumberField):
        field.edit.clear()
        qtbot.keyClicks(field.edit, typed_number(value, field.item.type))
    elif isinstance(field, DateField):
        field.edit.clear()
        qtbot.keyClicks(field.edit, date.fromisoformat(value).strftime("%d/%m/%Y"))
    elif isinstance(field, TextField | LongTextField):
        field.edit.clear()  # a prefilled answer is typed over
        qtbot.keyClicks(field.edit, value)
    elif isinstance(field, GpsField):
        field.lat.clear()
        field.lon.clear()
        qtbot.keyClicks(field.lat, str(value["lat"]).replace(".", ","))
        qtbot.keyClicks(field.lon, str(value["lon"]).replace(".", ","))
    elif isinstance(field, RepeatField):
        while len(field.boxes) > len(value):  # prefilled rows beyond the answers go
            field.remove_row(len(field.boxes) - 1)
        for index, row_values in enumerate(value):
            if index >= len(field.boxes):  # prefilled rows are typed over, then rows added
                qtbot.mouseClick(field.add_button, LEFT)
                QApplication.processEvents()  # lay the new row out before clicking into it
            box = field.boxes[index]
            for child_id, row in box.rows.items():
                if child_id in row_values:
                    type_into(qtbot, row.field, row_values[child_id])
    else:
        raise AssertionError(f"no way to type into {type(field).__name__}")


def fill_form(qtbot, form: InstrumentForm, answers: dict[str, Any]) -> None:  # noqa: ANN001
    """Type every answer, in form order, so skip logic opens the items that follow."""
    for item_id, row in form.rows.items():
        if item_id in answers:
            form.go_to_page(form.section_of[item_id])
            QApplication.processEvents()
            type_into(qtbot, row.field, answers[item_id])


def same_answers(instrument, answers: dict[str, Any]) -> dict[str, Any]:  # noqa: ANN001
    """``answers`` with multiple choices in definition order (the order a form keeps)."""
    out = dict(answers)
    for item_id, value in answers.items():
        item = instrument.item(item_id)
        if item.type == "multi":
            out[item_id] = [c for c in item.choice_values if c in value]
    return out
