"""The sheets of the Dinas's spreadsheet: what each holds, with Indonesian headers and typed
columns, read from the consolidated store one record at a time.

Each synced table is read in one streamed query of its current records; only the small
lookups every sheet needs (each cooperative's name and region, each mentor's name) are held in
memory. Rows outside the officer's kabupaten are left out; NIK and phone columns exist only
when the export may carry personal data.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection, text

from kopdes_desktop.core.instruments import registry
from kopdes_desktop.core.instruments.errors import InstrumentError
from kopdes_desktop.province.regions import kabupaten_name, region_label
from kopdes_desktop.province.registry_query import jf
from kopdes_desktop.reports.texts import words

TEXT, DATE, RUPIAH, NUMBER, INT = "text", "date", "rupiah", "number", "int"
Column = tuple[str, str]  # header, kind
PLACE = [
    ("ID koperasi", TEXT),
    ("Nama koperasi", TEXT),
    ("Desa/Kelurahan", TEXT),
    ("Kecamatan", TEXT),
    ("Kabupaten/Kota", TEXT),
]
OPEN = ("OPEN", "PROGRESS")


@dataclass
class CoopInfo:
    name: Any  # as the laptop wrote it: made safe when written to a cell
    village: str
    kecamatan: str
    kabupaten: str
    kabupaten_code: str


@dataclass
class Context:
    """What every sheet looks up, and the figures the summary gathers on the way."""

    connection: Connection
    scope: str | None
    personal: bool
    include_drafts: bool
    today: date
    coops: dict[str, CoopInfo] = field(default_factory=dict)
    mentors: dict[str, str] = field(default_factory=dict)
    latest: dict[str, tuple[str, str, float | None, str | None]] = field(default_factory=dict)
    last_visit: dict[str, str] = field(default_factory=dict)
    overdue: dict[str, int] = field(default_factory=dict)
    coop_mentors: dict[str, list[str]] = field(default_factory=dict)
    financing: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def place(self, coop_id: str | None) -> list[Any] | None:
        """The cooperative's id, name and region, or None when outside the scope."""
        info = self.coops.get(coop_id or "")
        if info is None:
            return None if self.scope else [coop_id, "", "", "", ""]
        return [coop_id, info.name, info.village, info.kecamatan, info.kabupaten]


def records(connection: Connection, table: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """The current, live records of ``table`` in id order, streamed."""
    result = connection.execution_options(stream_results=True, yield_per=2000).execute(
        text(
            "SELECT record_id, data FROM prov_version WHERE table_name = :t AND is_current "
            "AND NOT deleted ORDER BY record_id"
        ),
        {"t": table},
    )
    for record_id, data in result:
        yield record_id, json.loads(data)


def day(value: Any) -> date | None:
    """A stored ISO date (or date-time) as a date; None when absent or malformed."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def load_lookups(ctx: Context) -> None:
    """Cooperatives in scope with their region names, and every mentor's name."""
    for coop_id, values in records(ctx.connection, "cooperative"):
        code = str(values.get("region_code") or "")
        kab_code = code[:5]
        if ctx.scope and kab_code != ctx.scope:
            continue
        village, kecamatan, kabupaten = region_label(code)
        ctx.coops[coop_id] = CoopInfo(
            values.get("name") or "",
            village,
            kecamatan,
            kabupaten or (kabupaten_name(kab_code) or ""),
            kab_code,
        )
    for mentor_id, values in records(ctx.connection, "mentor"):
        ctx.mentors[mentor_id] = str(values.get("name") or "")


def instrument_title(instrument_id: str) -> str:
    """The instrument's Indonesian title; an instrument this release does not ship (published
    by the province later) is named by its id in words."""
    try:
        return registry().get(instrument_id).title("id")
    except InstrumentError:
        return words(instrument_id)


def aspect_columns(ctx: Context) -> list[tuple[str, str, str]]:
    """(instrument id, aspect id, header) of every aspect the stored results score, read from
    one scored result of each instrument version."""
    inst, version, total = (
        jf(ctx.connection, "", n) for n in ("instrument_id", "instrument_version", "total")
    )
    ids = (
        ctx.connection.execute(
            text(
                f"SELECT MIN(record_id) FROM prov_version WHERE table_name = 'assessment' AND "
                f"is_current AND NOT deleted AND {total} IS NOT NULL GROUP BY {inst}, {version} "
                f"ORDER BY {inst}, {version}"
            )
        )
        .scalars()
        .all()
    )
    seen: dict[tuple[str, str], str] = {}
    for record_id in ids:
        data = ctx.connection.execute(
            text(
                "SELECT data FROM prov_version WHERE table_name = 'assessment' AND record_id = :r "
                "AND is_current"
            ),
            {"r": record_id},
        ).scalar()
        result = json.loads(data or "{}").get("result") or {}
        for aspect in result.get("aspects") or ():
            key = (str(result.get("instrument", "")), str(aspect.get("id")))
            seen.setdefault(key, str(aspect.get("title_id") or words(key[1])))
    titles = list(seen.values())
    return [
        (
            inst_id,
            aspect,
            f"Skor {title}"
            if titles.count(title) == 1
            else f"Skor {title} ({instrument_title(inst_id)})",
        )
        for (inst_id, aspect), title in seen.items()
    ]
