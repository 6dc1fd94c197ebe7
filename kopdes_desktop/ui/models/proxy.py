"""A filtering proxy that decides in one Python pass, not one C++-to-Python call per row.

Qt's QSortFilterProxyModel asks ``filterAcceptsRow`` (and, to sort, ``lessThan`` or the sort
role) once per row and comparison; over thousands of rows each keystroke would spend most of its
time crossing into Python. :class:`RowFilterProxy` keeps a plain list of the accepted source
rows, rebuilt by :meth:`RowFilterProxy.refilter`, and sorts by asking the source model (which
sorts its precomputed keys). Only the rows on screen are then looked up through the proxy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

if TYPE_CHECKING:
    from kopdes_desktop.ui.models.base import RowTableModel

Index = QModelIndex | QPersistentModelIndex


class RowFilterProxy(QAbstractProxyModel):
    """A flat proxy over a :class:`~kopdes_desktop.ui.models.base.RowTableModel`.

    Subclasses decide with :meth:`accepts` (per row object) or override :meth:`accepted_rows`.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._map: list[int] = []
        self._position: dict[int, int] = {}
        self._saved: list[tuple[QPersistentModelIndex, QPersistentModelIndex]] = []
        self._rows_model: RowTableModel | None = None  # the source model, as its own class

    # deciding ---------------------------------------------------------------------------------

    def accepts(self, row: Any) -> bool:
        return True

    def accepted_rows(self, rows: list[Any]) -> list[int]:
        """Indexes of the source rows to show, in source order."""
        return [index for index, row in enumerate(rows) if self.accepts(row)]

    def _compute(self) -> None:
        model = self._rows_model
        self._map = self.accepted_rows(model.rows()) if model is not None else []
        self._position = {source: proxy for proxy, source in enumerate(self._map)}

    def refilter(self) -> None:
        """Recompute the accepted rows (call after changing what :meth:`accepts` decides)."""
        self.beginResetModel()
        self._compute()
        self.endResetModel()

    # wiring -----------------------------------------------------------------------------------

    def setSourceModel(self, model: QAbstractItemModel) -> None:  # noqa: N802 (Qt override)
        from kopdes_desktop.ui.models.base import RowTableModel  # base imports this module

        if not isinstance(model, RowTableModel):
            raise TypeError(f"a RowFilterProxy shows a RowTableModel, not a {type(model).__name__}")
        self.beginResetModel()
        super().setSourceModel(model)
        self._rows_model = model
        model.modelReset.connect(self.refilter)
        model.layoutAboutToBeChanged.connect(self._layout_about_to_change)
        model.layoutChanged.connect(self._layout_changed)
        self._compute()
        self.endResetModel()

    def _layout_about_to_change(self) -> None:
        self.layoutAboutToBeChanged.emit()
        self._saved = [
            (QPersistentModelIndex(index), QPersistentModelIndex(self.mapToSource(index)))
            for index in self.persistentIndexList()
        ]

    def _layout_changed(self) -> None:
        self._compute()
        for proxy_index, source_index in self._saved:
            self.changePersistentIndex(proxy_index, self.mapFromSource(source_index))
        self._saved = []
        self.layoutChanged.emit()

    # model API --------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._map)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        model = self.sourceModel()
        return 0 if parent.isValid() or model is None else model.columnCount()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self._map) and 0 <= column < self.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: Index | None = None) -> Any:
        if index is None:  # QObject.parent()
            return super().parent()
        return QModelIndex()

    def sibling(self, row: int, column: int, index: Index) -> QModelIndex:
        return self.index(row, column)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and bool(self._map)

    def mapToSource(self, proxy_index: Index) -> QModelIndex:  # noqa: N802
        model = self.sourceModel()
        if model is None or not proxy_index.isValid() or proxy_index.row() >= len(self._map):
            return QModelIndex()
        return model.index(self._map[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:  # noqa: N802
        if not source_index.isValid():
            return QModelIndex()
        position = self._position.get(source_index.row())
        return QModelIndex() if position is None else self.index(position, source_index.column())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        model = self._rows_model
        if model is None or not index.isValid() or index.row() >= len(self._map):
            return None
        return model.data_at(self._map[index.row()], index.column(), role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        model = self.sourceModel()
        if model is None or orientation != Qt.Orientation.Horizontal:
            return None
        return model.headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting reorders the source rows; the proxy follows its order."""
        model = self.sourceModel()
        if model is not None and column >= 0:
            model.sort(column, order)
