"""The cooperative's business units, board and supervisors, and member history."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.core.formatting import long_date, number, rupiah
from kopdes_desktop.core.services.cooperative_service import MemberCountRow, PersonRow, UnitRow
from kopdes_desktop.ui import i18n
from kopdes_desktop.ui.context import AppContext
from kopdes_desktop.ui.dialogs.confirm import ConfirmDialog, trash_hint
from kopdes_desktop.ui.dialogs.member_count import MemberCountDialog
from kopdes_desktop.ui.dialogs.person import PersonDialog
from kopdes_desktop.ui.dialogs.unit import UnitDialog
from kopdes_desktop.ui.models import labels
from kopdes_desktop.ui.models.base import ROW_ROLE, FunctionTableModel
from kopdes_desktop.ui.models.cooperative_columns import (
    MemberCountColumn,
    PersonColumn,
    UnitColumn,
)
from kopdes_desktop.ui.widgets.tables import make_table

Row = TypeVar("Row")


def _selected(table: QTableView, kind: type[Row]) -> Row | None:
    """The row object of the table's selected row, or None."""
    indexes = table.selectionModel().selectedRows()
    row = indexes[0].data(ROW_ROLE) if indexes else None
    return row if isinstance(row, kind) else None


def _group(title: str, table: QTableView, buttons: list[QPushButton]) -> QGroupBox:
    box = QGroupBox(title)
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    layout = QVBoxLayout(box)
    layout.addWidget(table, 1)
    layout.addLayout(row)
    return box


class UnitsBoardTab(QWidget):
    """Business units with their status, and the pengurus and pengawas."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cooperative_id = ""
        self._build()
        self._connect()
        self._assemble()

    def _build(self) -> None:
        language = i18n.current_language()
        self.units = FunctionTableModel(
            [self.tr("Unit"), self.tr("Status"), self.tr("Monthly turnover"), self.tr("Notes")],
            lambda u: (
                u.other_name
                if u.kind == "LAINNYA" and u.other_name
                else labels.label(labels.UNIT_KINDS, u.kind),
                labels.label(labels.UNIT_STATUSES, u.status),
                rupiah(u.monthly_turnover, language),
                u.notes or "",
            ),
            self,
        )
        self.people = FunctionTableModel(
            [
                self.tr("Organ"),
                self.tr("Role"),
                self.tr("Name"),
                self.tr("Gender"),
                self.tr("Phone"),
            ],
            lambda p: (
                labels.label(labels.ORGANS, p.organ),
                p.role,
                p.name,
                labels.label(labels.GENDERS, p.gender or ""),
                p.phone or "",
            ),
            self,
        )
        self.units_table = make_table(
            self.units,
            {UnitColumn.UNIT: 260, UnitColumn.STATUS: 140, UnitColumn.TURNOVER: 180},
            sortable=False,
        )
        self.people_table = make_table(
            self.people,
            {
                PersonColumn.ORGAN: 200,
                PersonColumn.ROLE: 240,
                PersonColumn.NAME: 260,
                PersonColumn.GENDER: 110,
            },
            sortable=False,
        )
        self.add_unit = QPushButton(self.tr("Add unit"))
        self.edit_unit = QPushButton(self.tr("Edit unit"))
        self.remove_unit = QPushButton(self.tr("Remove unit"))
        self.add_person = QPushButton(self.tr("Add person"))
        self.edit_person = QPushButton(self.tr("Edit person"))
        self.remove_person = QPushButton(self.tr("Remove person"))

    def _connect(self) -> None:
        self.add_unit.clicked.connect(lambda: self._edit_unit(None))
        self.edit_unit.clicked.connect(
            lambda: self._edit_unit(_selected(self.units_table, UnitRow))
        )
        self.units_table.activated.connect(lambda i: self._edit_unit(i.data(ROW_ROLE)))
        self.remove_unit.clicked.connect(lambda: self._remove(_selected(self.units_table, UnitRow)))
        self.add_person.clicked.connect(lambda: self._edit_person(None))
        self.edit_person.clicked.connect(
            lambda: self._edit_person(_selected(self.people_table, PersonRow))
        )
        self.people_table.activated.connect(lambda i: self._edit_person(i.data(ROW_ROLE)))
        self.remove_person.clicked.connect(
            lambda: self._remove(_selected(self.people_table, PersonRow))
        )

    def _assemble(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            _group(
                self.tr("Business units"),
                self.units_table,
                [self.add_unit, self.edit_unit, self.remove_unit],
            ),
            1,
        )
        layout.addWidget(
            _group(
                self.tr("Board (pengurus) and supervisors (pengawas)"),
                self.people_table,
                [self.add_person, self.edit_person, self.remove_person],
            ),
            1,
        )

    def load(self, cooperative_id: str) -> None:
        self.cooperative_id = cooperative_id
        service = self.ctx.services.cooperatives
        self.units.set_rows(service.units(cooperative_id))
        self.people.set_rows(service.people(cooperative_id))

    def _edit_unit(self, unit: UnitRow | None) -> None:
        if UnitDialog.edit(self, self.ctx, self.cooperative_id, unit.id if unit else None):
            self.load(self.cooperative_id)

    def _edit_person(self, person: PersonRow | None) -> None:
        organ = person.organ if person else "PENGURUS"
        if PersonDialog.edit(
            self, self.ctx, self.cooperative_id, organ, person.id if person else None
        ):
            self.load(self.cooperative_id)

    def _remove(self, row: UnitRow | PersonRow | None) -> None:
        if row is None:
            return
        what = (
            row.name
            if isinstance(row, PersonRow)
            else (row.other_name or labels.label(labels.UNIT_KINDS, row.kind))
        )
        if not ConfirmDialog.ask(
            self,
            self.tr("Remove"),
            self.tr("Remove %1? It stays in the history.").replace("%1", what),
            self.tr("&Remove"),
            trash_hint(),
        ):
            return
        service = self.ctx.services.cooperatives
        if isinstance(row, PersonRow):
            service.remove_person(row.id)
        else:
            service.remove_unit(row.id)
        self.ctx.events.data_changed.emit("cooperative")
        self.load(self.cooperative_id)


class MembersTab(QWidget):
    """Members over time, newest first."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cooperative_id = ""
        language = i18n.current_language()

        def share(m: MemberCountRow) -> str:
            if not m.members or m.women is None:
                return ""
            return number(100 * m.women / m.members, 0, language) + "%"

        self.model = FunctionTableModel(
            [self.tr("As of"), self.tr("Members"), self.tr("Women"), self.tr("Share of women")],
            lambda m: (
                long_date(m.as_of, language),
                number(m.members, 0, language),
                "" if m.women is None else number(m.women, 0, language),
                share(m),
            ),
            self,
        )
        self.table = make_table(
            self.model,
            {
                MemberCountColumn.AS_OF: 180,
                MemberCountColumn.MEMBERS: 120,
                MemberCountColumn.WOMEN: 120,
            },
            sortable=False,
        )
        self.summary = QLabel()
        self.record_button = QPushButton(self.tr("Record member count"))
        self.record_button.clicked.connect(self._record)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def load(self, cooperative_id: str) -> None:
        self.cooperative_id = cooperative_id
        history = self.ctx.services.cooperatives.member_history(cooperative_id)
        self.model.set_rows(list(reversed(history)))
        if history:
            self.summary.setText(
                self.tr("Latest: %1 members").replace(
                    "%1", number(history[-1].members, 0, i18n.current_language())
                )
            )
        else:
            self.summary.setText(self.tr("No member count recorded yet."))

    def _record(self) -> None:
        if MemberCountDialog.record(self, self.ctx, self.cooperative_id):
            self.load(self.cooperative_id)
