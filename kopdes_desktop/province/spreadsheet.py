"""Consolidated tables for the Dinas's spreadsheets: cooperatives, visits, assessments with their
scores as the laptops computed them, and action items (xlsx, or one CSV per table).

Every value comes from a mentor's laptop, so none is trusted to be harmless in a spreadsheet
(see :func:`safe_cell`): text that a spreadsheet would run as a formula is neutralised, control
characters are escaped, and numbers a spreadsheet cannot hold exactly are written as text.
"""

from __future__ import annotations

import csv
import json
import math
import re
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy import select

from kopdes_desktop.errors import KopdesError
from kopdes_desktop.paths import open_private
from kopdes_desktop.province.models import ProvVersion
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.sync.records import MODELS_BY_TABLE, value_columns

SHEETS = (
    ("koperasi", "cooperative"),
    ("kunjungan", "visit"),
    ("penilaian", "assessment"),
    ("tindak_lanjut", "action_item"),
)
LEAD = ("id", "device_id", "counter", "conflict")


# A cell starting with one of these is run as a formula by Excel or LibreOffice (a tab or
# carriage return first is stripped by some, leaving the formula behind).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# Characters an xlsx file cannot hold (openpyxl refuses them), DEL, and carriage return (which
# an xlsx reader turns into a newline); tab and newline inside a text are kept.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# Integers beyond this lose digits in a spreadsheet (15 significant digits): written as text.
MAX_EXACT = 10**15
MAX_TEXT = 32_767  # the most characters a spreadsheet cell holds
CUT = " [dipotong]"


def _escape(match: re.Match[str]) -> str:
    return f"\\x{ord(match.group()):02x}"


def safe_text(text: str) -> str:
    """``text`` as a spreadsheet shows it and never runs it: control characters escaped
    (``\\x0b``), a leading formula character neutralised by a quote, cut to a cell's size."""
    text = CONTROL.sub(_escape, text)
    if text.startswith(FORMULA_PREFIXES):
        text = "'" + text
    if len(text) > MAX_TEXT:
        text = text[: MAX_TEXT - len(CUT)] + CUT
    return text


def safe_cell(value: Any) -> Any:
    """A stored value as a spreadsheet cell: booleans and numbers a spreadsheet holds exactly
    stay numbers; other numbers, objects and lists become text; all text is made safe."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        if abs(value) < MAX_EXACT:
            return value
        return safe_text(_digits(value))
    if isinstance(value, float):
        return value if math.isfinite(value) else safe_text(str(value))
    if isinstance(value, (dict, list)):
        return safe_text(json.dumps(value, ensure_ascii=False, sort_keys=True, default=str))
    return safe_text(str(value))


def _digits(value: int) -> str:
    try:
        return str(value)
    except ValueError:  # beyond Python's digit limit for int-to-text conversion
        return f"{value:#x}"


def table_rows(store: ProvinceStore, table: str) -> tuple[list[str], list[list[Any]]]:
    """Column names and current, non-deleted rows of one synced table."""
    columns = value_columns(MODELS_BY_TABLE[table])
    with store.session() as session:
        found = session.execute(
            select(ProvVersion.record_id, ProvVersion.device_id, ProvVersion.counter,
                   ProvVersion.in_conflict, ProvVersion.data)
            .where(ProvVersion.table_name == table, ProvVersion.is_current,
                   ProvVersion.deleted.is_(False))
            .order_by(ProvVersion.record_id)
        ).all()
    rows = []
    for record_id, device_id, counter, conflict, data in found:
        values = json.loads(data)
        rows.append([safe_text(record_id), safe_text(device_id), counter, bool(conflict)]
                    + [safe_cell(values.get(c)) for c in columns])
    return [*LEAD, *columns], rows


def export_tables(store: ProvinceStore, fmt: str, out: Path) -> list[Path]:
    """Write the consolidated tables; the files written."""
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "xlsx":
        book = Workbook()
        book.remove(book.active)
        for sheet_name, table in SHEETS:
            header, rows = table_rows(store, table)
            sheet = book.create_sheet(sheet_name)
            sheet.append(header)
            for row in rows:
                sheet.append(row)
        tmp = out.with_name(out.name + ".tmp")
        with open_private(tmp) as handle:  # personal data: readable by the owner only
            book.save(handle)
        tmp.replace(out)
        return [out]
    if fmt == "csv":
        written = []
        for sheet_name, table in SHEETS:
            header, rows = table_rows(store, table)
            path = out.with_name(f"{out.stem}_{sheet_name}.csv")
            tmp = path.with_name(path.name + ".tmp")
            with open_private(tmp, "w", encoding="utf-8", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(header)
                writer.writerows(rows)
            tmp.replace(path)
            written.append(path)
        return written
    raise KopdesError(f"Format {fmt} tidak dikenal (xlsx atau csv).",
                      f"Unknown format {fmt} (xlsx or csv).")
