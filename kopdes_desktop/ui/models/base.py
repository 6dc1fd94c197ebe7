"""A read-only table model over a list of row objects, the base of every list in the app.

Subclasses name their columns (constants and header source texts), say how a row is shown
(:meth:`RowTableModel.cells`) and sorted (:meth:`RowTableModel.sort_keys`). Display texts and
sort keys are computed once in :meth:`set_rows`, so scrolling and sorting thousands of rows
stays cheap.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from kopdes_desktop.ui.models.proxy import RowFilterProxy

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
# Plain ints: a view asks for several roles per visible cell, and comparing with enum members
# costs more than the lookup itself.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_SORT = int(SORT_ROLE)
_ROW = int(ROW_ROLE)

Index = QModelIndex | QPersistentModelIndex


class RowTableModel(QAbstractTableModel):
    """Rows of any object; ``HEADERS`` are source texts translated in ``CONTEXT``."""

    CONTEXT = "RowTableModel"
    HEADERS: tuple[str, ...] = ()
    SORT_ROLE = SORT_ROLE
    ROW_ROLE = ROW_ROLE

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._cells: list[tuple[str, ...]] = []
        self._keys: list[tuple[Any, ...]] = []
        self._colors: list[QColor | None] = []

    # to override ------------------------------------------------------------------------------

    def cells(self, row: Any) -> tuple[str, ...]:
        """The display text of each column for ``row``."""
        raise TypeError(f"{type(self).__name__} must define cells()")

    def sort_keys(self, row: Any) -> tuple[Any, ...]:
        """The sort value of each column; by default the display texts, case-folded."""
        return tuple(text.casefold() for text in self.cells(row))

    def color(self, row: Any) -> QColor | None:
        """A text colour for the whole row, or None."""
        return None

    # model API --------------------------------------------------------------------------------

    def set_rows(self, rows: list[Any]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self._cells = [self.cells(row) for row in self._rows]
        self._keys = [self.sort_keys(row) for row in self._rows]
        self._colors = [self.color(row) for row in self._rows]
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows by the precomputed sort keys of ``column``."""
        if not 0 <= column < self.columnCount():
            return
        self.layoutAboutToBeChanged.emit()
        old = list(self._rows)
        persistent = self.persistentIndexList()
        order_list = sorted(
            range(len(old)),
            key=lambda i: self._keys[i][column],
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._rows = [old[i] for i in order_list]
        self._cells = [self._cells[i] for i in order_list]
        self._keys = [self._keys[i] for i in order_list]
        self._colors = [self._colors[i] for i in order_list]
        position = {id(row): index for index, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent, [self.index(position[id(old[p.row()])], p.column()) for p in persistent]
        )
        self.layoutChanged.emit()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.data_at(index.row(), index.column(), role)

    def data_at(self, row: int, column: int, role: int) -> Any:
        """The value for ``role`` at (row, column), without building an index (the proxy
        calls this directly for every visible cell)."""
        role = int(role)
        if role == _DISPLAY:
            return self._cells[row][column]
        if role == _FOREGROUND:
            return self._colors[row]
        if role == _SORT:
            return self._keys[row][column]
        if role == _ROW:
            return self._rows[row]
        if role == _TOOLTIP:
            return self._cells[row][column] or None
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class FunctionTableModel(RowTableModel):
    """A small table whose already-translated headers and cells are given as a function."""

    def __init__(
        self, headers: list[str], cells: Callable[[Any], tuple[str, ...]], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._headers = headers
        self._cell_function = cells

    def cells(self, row: Any) -> tuple[str, ...]:
        return self._cell_function(row)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None


class PredicateProxy(RowFilterProxy):
    """Keeps the rows whose row object passes :meth:`set_predicate`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._predicate: Callable[[Any], bool] | None = None

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        self._predicate = predicate
        self.refilter()

    def accepts(self, row: Any) -> bool:
        return self._predicate is None or self._predicate(row)
