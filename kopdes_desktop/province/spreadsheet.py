"""Consolidated tables for the Dinas's spreadsheets: cooperatives, visits, assessments with their
scores as the laptops computed them, and action items (xlsx, or one CSV per table)."""

from __future__ import annotations

import csv
import json
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


def _cell(value: Any) -> Any:
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


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
        rows.append([record_id, device_id, counter, bool(conflict)]
                    + [_cell(values.get(c)) for c in columns])
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
