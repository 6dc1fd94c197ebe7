"""The Dinas's spreadsheet of the consolidated store: a summary per kabupaten and one sheet per
entity with Indonesian headers, names and regions beside every id, and typed cells (xlsx, or
one CSV per sheet); see :mod:`.export_entities`.

Every value goes through :func:`~.cells.safe_cell` (formulas neutralised, control characters
escaped, numbers a spreadsheet cannot hold exactly written as text).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from kopdes_desktop.errors import KopdesError
from kopdes_desktop.province import export_entities as entities
from kopdes_desktop.province.cells import safe_cell, safe_text
from kopdes_desktop.province.export_sheets import Context, load_lookups
from kopdes_desktop.province.export_sinks import CsvSink, Sink, XlsxSink
from kopdes_desktop.province.export_summary import summary
from kopdes_desktop.province.models import ProvVersion
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.sync.records import MODELS_BY_TABLE, value_columns

LEAD = ("id", "device_id", "counter", "conflict")
SHEET_ORDER = (
    "ringkasan",
    "koperasi",
    "unit_usaha",
    "pengurus",
    "kunjungan",
    "penilaian",
    "temuan",
    "tindak_lanjut",
    "pendamping",
    "penugasan",
)
# Filled in this order: later sheets use what earlier ones gathered (see export_entities).
FILL_ORDER = (
    ("penilaian", entities.assessments),
    ("kunjungan", entities.visits),
    ("temuan", entities.findings),
    ("tindak_lanjut", entities.actions),
    ("penugasan", entities.assignments),
    ("unit_usaha", entities.units),
    ("pengurus", entities.board),
    ("koperasi", entities.cooperatives),
    ("pendamping", entities.mentors),
    ("ringkasan", summary),
)


def table_rows(store: ProvinceStore, table: str) -> tuple[list[str], list[list[Any]]]:
    """Column names and current, non-deleted rows of one synced table."""
    columns = value_columns(MODELS_BY_TABLE[table])
    with store.session() as session:
        found = session.execute(
            select(
                ProvVersion.record_id,
                ProvVersion.device_id,
                ProvVersion.counter,
                ProvVersion.in_conflict,
                ProvVersion.data,
            )
            .where(
                ProvVersion.table_name == table,
                ProvVersion.is_current,
                ProvVersion.deleted.is_(False),
            )
            .order_by(ProvVersion.record_id)
        ).all()
    rows = []
    for record_id, device_id, counter, conflict, data in found:
        values = json.loads(data)
        rows.append(
            [safe_text(record_id), safe_text(device_id), counter, bool(conflict)]
            + [safe_cell(values.get(c)) for c in columns]
        )
    return [*LEAD, *columns], rows


def export_tables(
    store: ProvinceStore,
    fmt: str,
    out: Path,
    *,
    scope: str | None = None,
    personal: bool = True,
    include_drafts: bool = False,
    today: date | None = None,
) -> list[Path]:
    """Write the Dinas's spreadsheet (xlsx: one file; csv: one file per sheet, named
    ``<out stem>_<sheet>.csv``); the files written. ``scope``: only this kabupaten;
    ``personal``: NIK and phone columns; ``include_drafts``: unfinished assessments too."""
    if fmt not in ("xlsx", "csv"):
        raise KopdesError(
            f"Format {fmt} tidak dikenal (xlsx atau csv).", f"Unknown format {fmt} (xlsx or csv)."
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    sink: Sink = XlsxSink(out) if fmt == "xlsx" else CsvSink(out)
    try:
        with store.engine.connect() as connection:
            ctx = Context(connection, scope, personal, include_drafts, today or date.today())
            load_lookups(ctx)
            for name in SHEET_ORDER:
                sink.open(name)
            for name, make in FILL_ORDER:
                columns, rows = make(ctx)
                sink.write(name, columns, rows)
        return sink.finish()
    except BaseException:
        sink.discard()
        raise
