"""What the report pages offer: the mentors an officer may print a monthly report for, and a
cooperative's final assessments (each a Laporan Hasil Penilaian), read with indexed queries."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import text

from kopdes_desktop.core.formatting import long_date
from kopdes_desktop.core.instruments import registry
from kopdes_desktop.province.registry_query import jf
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.reports.data import instrument_titles


@dataclass(frozen=True)
class MentorChoice:
    id: str
    name: str
    kabupaten_code: str


@dataclass(frozen=True)
class AssessmentChoice:
    id: str
    assessed_on: str
    instrument: str
    total: float | None
    category: str
    status: str

    @property
    def shown_date(self) -> str:
        """The date as the reports print it (``3 November 2025``)."""
        try:
            return long_date(date.fromisoformat(self.assessed_on[:10]))
        except ValueError:
            return self.assessed_on


def mentors(store: ProvinceStore, scope: str | None) -> list[MentorChoice]:
    """The mentors of ``scope`` (every mentor for the whole province), by kabupaten and name."""
    with store.engine.connect() as c:
        kab = jf(c, "", "kabupaten_code")
        where = f" AND {kab} = :k" if scope else ""
        rows = c.execute(
            text(
                f"SELECT record_id, {jf(c, '', 'name')}, {kab} FROM prov_version WHERE "
                f"table_name = 'mentor' AND is_current AND NOT deleted{where}"
            ),
            {"k": scope} if scope else {},
        ).all()
    found = [MentorChoice(r[0], str(r[1] or ""), str(r[2] or "")) for r in rows]
    return sorted(found, key=lambda m: (m.kabupaten_code, m.name.lower(), m.id))


def assessments(store: ProvinceStore, cooperative_id: str) -> list[AssessmentChoice]:
    """The cooperative's final assessments, newest first."""
    with store.engine.connect() as c:
        rows = c.execute(
            text(
                f"SELECT record_id, data FROM prov_version WHERE table_name = 'assessment' AND "
                f"is_current AND NOT deleted AND {jf(c, '', 'cooperative_id')} = :c"
            ),
            {"c": cooperative_id},
        ).all()
    found = []
    for record_id, data in rows:
        v = json.loads(data)
        if v.get("status") != "FINAL":
            continue
        title = instrument_titles(
            registry(), str(v.get("instrument_id") or ""), str(v.get("instrument_version") or "")
        )[0]
        found.append(
            AssessmentChoice(
                record_id,
                str(v.get("assessed_on") or ""),
                title,
                v.get("total"),
                str(v.get("category") or ""),
                "FINAL",
            )
        )
    return sorted(found, key=lambda a: (a.assessed_on, a.id), reverse=True)
