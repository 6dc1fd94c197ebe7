"""Financing-stress flags over the consolidated store, for the province's pages and exports.

The same rules as on the laptop (:mod:`kopdes_desktop.core.health.financing`), applied to the
current state of every synced financing, its recorded arrears and each cooperative's latest
final assessment. Plain data out; call :func:`financing_flags` with an open session.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from kopdes_desktop.core.health import financing as monitor
from kopdes_desktop.core.health.instalments import Terms
from kopdes_desktop.province.models import ProvVersion
from kopdes_desktop.province.registry_query import _live, jf

_TABLES = ("cooperative", "financing", "financing_arrears", "assessment")
CHUNK = 400


@dataclass(frozen=True)
class ProvinceFlag:
    """A flag with the cooperative it concerns, for a list or a map."""

    cooperative_id: str
    cooperative_name: str
    region_code: str
    financing_id: str
    kind: str  # ARREARS_GREW | CASH_SHORT
    reason: str
    reason_en: str


def _day(text: Any) -> date | None:
    try:
        return date.fromisoformat(str(text)[:10]) if text else None
    except ValueError:
        return None


def _all(session: Session, tables: tuple[str, ...]) -> Iterator[tuple[str, str, Any]]:
    rows = session.execute(
        select(ProvVersion.table_name, ProvVersion.record_id, ProvVersion.data).where(
            ProvVersion.table_name.in_(tables),
            ProvVersion.is_current,
            ProvVersion.deleted.is_(False),
        )
    )
    for table, record_id, data in rows:
        yield table, record_id, json.loads(data)


def _by_ids(
    session: Session, table: str, column: str, ids: list[str]
) -> Iterator[tuple[str, dict[str, Any]]]:
    """The current records of ``table`` whose ``column`` (``id``: the record's own id) is one
    of ``ids``: through the primary key, or the partial index of the column (assessments by
    cooperative: ``ix_prov_assessment_coop``)."""
    c = session.connection()
    key = "record_id" if column == "id" else jf(c, "", column)
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        marks = ", ".join(f":i{n}" for n in range(len(chunk)))
        rows = c.execute(
            text(
                f"SELECT record_id, data FROM prov_version WHERE "
                f"{_live('', table)} AND {key} IN ({marks})"
            ),
            {f"i{n}": value for n, value in enumerate(chunk)},
        )
        for record_id, data in rows:
            yield record_id, json.loads(data)


def _current(session: Session, area: str | None) -> dict[str, list[tuple[str, dict[str, Any]]]]:
    """The current records the flags read: every financing and its arrears, then only the
    cooperatives they finance (of ``area``, a region code prefix, when given) and those
    cooperatives' assessments, looked up by cooperative."""
    found: dict[str, list[tuple[str, dict[str, Any]]]] = {t: [] for t in _TABLES}
    for table, record_id, values in _all(session, _TABLES[1:3]):
        found[table].append((record_id, values))
    if not found["financing"]:
        return found
    financed = sorted({str(v.get("cooperative_id")) for _i, v in found["financing"]})
    found["cooperative"] = [
        (i, v)
        for i, v in _by_ids(session, "cooperative", "id", financed)
        if area is None
        or str(v.get("region_code") or "") == area
        or str(v.get("region_code") or "").startswith(area + ".")
    ]
    coops = sorted(i for i, _v in found["cooperative"])
    found["assessment"] = list(_by_ids(session, "assessment", "cooperative_id", coops))
    if area is not None:
        found["financing"] = [
            (i, v) for i, v in found["financing"] if str(v.get("cooperative_id")) in set(coops)
        ]
    return found


def _latest_cash(
    assessments: Iterable[tuple[str, dict[str, Any]]],
) -> dict[str, monitor.CashFigure]:
    best: dict[str, tuple[date, int, int]] = {}
    for _id, values in assessments:
        day, cash = _day(values.get("assessed_on")), monitor.cash_of(values.get("answers") or {})
        if values.get("status") != "FINAL" or day is None or cash is None:
            continue
        key = (day, int(values.get("revision_no") or 1), cash)
        coop = str(values.get("cooperative_id"))
        if coop not in best or key[:2] > best[coop][:2]:
            best[coop] = key
    return {coop: monitor.CashFigure(day, cash) for coop, (day, _rev, cash) in best.items()}


def financing_flags(session: Session, today: date, area: str | None = None) -> list[ProvinceFlag]:
    """Every cooperative's financing-stress flags as of ``today`` (of ``area`` only, a region
    code prefix, when given), by cooperative name."""
    current = _current(session, area)
    coops = {cid: v for cid, v in current["cooperative"]}
    arrears: dict[str, list[tuple[date, int]]] = {}
    for _id, values in current["financing_arrears"]:
        day = _day(values.get("as_of"))
        if day is not None:
            arrears.setdefault(str(values.get("financing_id")), []).append(
                (day, int(values.get("amount") or 0))
            )
    facts = []
    for fid, v in current["financing"]:
        terms = Terms(
            int(v.get("disbursed") or 0),
            _day(v.get("disbursed_on")),
            float(v.get("rate_pct") or 0),
            int(v.get("tenor_months") or 1),
            int(v.get("grace_months") or 0),
            str(v.get("schedule") or "ANUITAS"),
        )
        facts.append(
            monitor.FinancingFacts(
                fid,
                str(v.get("cooperative_id")),
                str(v.get("lender") or ""),
                terms,
                tuple(arrears.get(fid, ())),
            )
        )
    flags = monitor.flags(facts, _latest_cash(current["assessment"]), today)
    out = [
        ProvinceFlag(
            f.cooperative_id,
            str(coops.get(f.cooperative_id, {}).get("name", "")),
            str(coops.get(f.cooperative_id, {}).get("region_code", "")),
            f.financing_id,
            f.kind,
            f.reason,
            f.reason_en,
        )
        for f in flags
    ]
    return sorted(out, key=lambda f: (f.cooperative_name, f.kind))


def flags_in(store: Any, area: str, today: date) -> list[ProvinceFlag]:
    """The flags of the cooperatives in ``area`` (a region code prefix: ``65`` the province,
    ``65.03`` a kabupaten), as the province overview lists them."""
    with store.session() as session:
        return [
            flag
            for flag in financing_flags(session, today, area)
            if flag.region_code == area or flag.region_code.startswith(area + ".")
        ]
