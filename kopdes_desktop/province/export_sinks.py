"""Where the Dinas's sheets are written, row by row: an xlsx workbook in openpyxl's write-only
mode (each sheet's rows go to a temporary file as they come, so memory stays flat whatever the
store's size) or one CSV file per sheet. Both write through the one atomic writer
(:func:`kopdes_desktop.paths.write_atomic`, :func:`~kopdes_desktop.paths.replacing`): files
readable by the owner only, renamed whole when complete, removed when the export fails.

Cells are typed by their column: dates as date cells, Rupiah and other numbers as numbers with
a number format; every text goes through :func:`~.spreadsheet.safe_text`.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from datetime import date
from pathlib import Path
from typing import IO, Any, Protocol

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from kopdes_desktop.paths import open_private, replacing, write_atomic
from kopdes_desktop.province.cells import safe_cell
from kopdes_desktop.province.export_sheets import DATE, INT, NUMBER, RUPIAH, Column

FORMATS = {DATE: "dd/mm/yyyy", RUPIAH: '"Rp"#,##0'}  # numbers keep the General format
WIDTHS = {DATE: 12, RUPIAH: 18, NUMBER: 10, INT: 8}
MAX_WIDTH = 40


def typed(kind: str, value: Any) -> Any:
    """A value as its column's cell: a date, a number, or safe text (blank as None)."""
    if value is None or value == "":
        return None
    if kind == DATE:
        return value if isinstance(value, date) else safe_cell(value)
    if kind in (RUPIAH, NUMBER, INT):
        is_number = isinstance(value, (int, float)) and not isinstance(value, bool)
        return safe_cell(value) if is_number else safe_cell(str(value))
    return safe_cell(value)


class Sink(Protocol):
    """Sheets opened in their display order, then written in any order."""

    def open(self, name: str) -> None: ...

    def write(self, name: str, columns: list[Column], rows: Iterator[list[Any]]) -> None: ...

    def finish(self) -> list[Path]: ...

    def discard(self) -> None: ...


class XlsxSink:
    def __init__(self, out: Path) -> None:
        self.out = out
        self.book = Workbook(write_only=True)
        self.sheets: dict[str, Any] = {}
        self.bold = Font(bold=True)

    def open(self, name: str) -> None:
        self.sheets[name] = self.book.create_sheet(name)

    def write(self, name: str, columns: list[Column], rows: Iterator[list[Any]]) -> None:
        sheet = self.sheets[name]
        for index, (header, kind) in enumerate(columns, 1):
            width = WIDTHS.get(kind, min(MAX_WIDTH, max(12, len(header) + 2)))
            sheet.column_dimensions[get_column_letter(index)].width = max(width, len(header) + 2)
        sheet.freeze_panes = "A2"
        heads = []
        for header, _kind in columns:
            cell = WriteOnlyCell(sheet, header)
            cell.font = self.bold
            heads.append(cell)
        sheet.append(heads)
        kinds = [kind for _header, kind in columns]
        styled = [FORMATS.get(kind) for kind in kinds]
        for row in rows:
            sheet.append(list(self._cells(sheet, kinds, styled, row)))

    @staticmethod
    def _cells(
        sheet: Any, kinds: list[str], formats: list[str | None], row: list[Any]
    ) -> Iterable[Any]:
        for kind, number_format, value in zip(kinds, formats, row, strict=True):
            value = typed(kind, value)
            if number_format is None or value is None or isinstance(value, str):
                yield value
                continue
            cell = WriteOnlyCell(sheet, value)
            cell.number_format = number_format
            yield cell

    def finish(self) -> list[Path]:
        # Personal data: readable by the owner only; whole or not at all.
        return [write_atomic(self.out, self.book.save, private=True)]

    def discard(self) -> None:
        """Nothing is on the disk before :meth:`finish`."""


class CsvSink:
    def __init__(self, out: Path) -> None:
        self.out = out
        self.files: dict[str, tuple[Path, IO[str]]] = {}
        self.handles = ExitStack()

    def open(self, name: str) -> None:
        """Start one sheet's file: written to a temporary file beside it, which takes its
        name, flushed to the disk, when the export finishes (:func:`paths.replacing`)."""
        path = self.out.with_name(f"{self.out.stem}_{name}.csv")
        tmp = self.handles.enter_context(replacing(path))
        handle = self.handles.enter_context(open_private(tmp, "w", encoding="utf-8", newline=""))
        self.files[name] = (path, handle)

    def write(self, name: str, columns: list[Column], rows: Iterator[list[Any]]) -> None:
        writer = csv.writer(self.files[name][1])
        writer.writerow([header for header, _kind in columns])
        kinds = [kind for _header, kind in columns]
        for row in rows:
            writer.writerow(
                [_plain(typed(kind, value)) for kind, value in zip(kinds, row, strict=True)]
            )

    def finish(self) -> list[Path]:
        self.handles.close()
        return [path for path, _handle in self.files.values()]

    def discard(self) -> None:
        """Remove every temporary file; the files of an earlier export stay as they were."""
        self.handles.__exit__(ExportDiscarded, ExportDiscarded(), None)


class ExportDiscarded(Exception):
    """Why the temporary files of an export that did not finish are removed."""


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value
