"""How a report is produced: language, photos, place of signing, what the board copy leaves out
(the scoring appendix, the mentor's private notes) and deterministic mode."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

FIXED_STAMP = datetime(2025, 1, 1, 0, 0)
"""Generation time printed in deterministic mode when the record has no time of its own."""


@dataclass(frozen=True)
class ReportOptions:
    """``deterministic`` makes the same record give the same bytes: reportlab's invariant
    mode, and the record's own last-change time printed as the generation time.

    The board's copy is the default: ``appendix`` adds the scoring arithmetic as a last
    section (Lampiran), ``private_notes`` prints the mentor's own notes (visit notes, the
    assessment's "catatan pendamping", the cooperative's notes); both are off unless asked for.
    """

    language: str = "id"
    photos: bool = True
    place: str = "Tanjung Selor"
    deterministic: bool = False
    generated_at: datetime | None = None
    sign_date: date | None = None
    appendix: bool = False
    private_notes: bool = False

    @property
    def lang(self) -> str:
        return "en" if self.language.startswith("en") else "id"

    def stamp(self, record_time: datetime | None) -> datetime:
        """The generation time (UTC, like every stored time; the footer prints it local)."""
        if self.generated_at is not None:
            return self.generated_at
        if self.deterministic:
            return record_time or FIXED_STAMP
        return datetime.now(UTC).replace(tzinfo=None, microsecond=0)
