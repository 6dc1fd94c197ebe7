"""What an instrument definition cites and what in it still awaits verification.

A definition marks a value it could not settle from a public source in three ways, all
gathered here for the GUI, the reports, the CLI and the docs: the top-level
``verification_pending`` list (``ref`` and what is ``missing``), and ``verify`` on a scored
component or on a question. ``source`` on aspects, components, tables, categories and
questions names the regulation, article or table a value comes from.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kopdes_desktop.core.instruments.model import Instrument


@dataclass(frozen=True)
class PendingMark:
    """One value awaiting verification: where it is and what is missing."""

    ref: str
    missing_id: str
    missing_en: str

    def text(self, lang: str = "id") -> str:
        return self.missing_en if lang.startswith("en") else self.missing_id


def _mark(ref: str, text: dict[str, str]) -> PendingMark:
    return PendingMark(ref, text["id"], text.get("en") or text["id"])


def pending_marks(instrument: Instrument) -> list[PendingMark]:
    """Every mark, instrument-wide ones first, then components, then questions."""
    definition = instrument.definition
    marks = [
        _mark(entry["ref"], entry["missing"])
        for entry in definition.get("verification_pending", ())
    ]
    for aspect in definition["scoring"]["aspects"]:
        marks += [
            _mark(f"component:{c['id']}", c["verify"])
            for c in aspect["components"]
            if c.get("verify")
        ]
    marks += [
        _mark(f"item:{item.id}", {"id": item.verify.id, "en": item.verify.en})
        for item in instrument.all_items()
        if item.verify is not None
    ]
    return marks


def sources(instrument: Instrument) -> dict[str, str]:
    """``kind:id`` -> the citation given for it (aspects, components, tables, categories,
    questions); only what carries a ``source``."""
    definition = instrument.definition
    scoring: dict[str, Any] = definition["scoring"]
    found = {
        f"table:{name}": table["source"]
        for name, table in scoring.get("tables", {}).items()
        if table.get("source")
    }
    for aspect in scoring["aspects"]:
        if aspect.get("source"):
            found[f"aspect:{aspect['id']}"] = aspect["source"]
        found.update(
            {f"component:{c['id']}": c["source"] for c in aspect["components"] if c.get("source")}
        )
    found.update(
        {f"category:{c['id']}": c["source"] for c in scoring["categories"] if c.get("source")}
    )
    for section in definition["sections"]:
        found.update({f"item:{i['id']}": i["source"] for i in section["items"] if i.get("source")})
    return found
