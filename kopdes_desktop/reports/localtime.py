"""Local time on paper: a report prints times in the zone of the place it is about.

Indonesia has three zones without daylight saving (WIB, WITA, WIT), so a fixed offset per
province is exact and needs no time-zone database (Windows has none). The province is the
first two digits of a Kemendagri region code; Kalimantan Utara (65) is WITA.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from typing import overload


@dataclass(frozen=True)
class Zone:
    """One Indonesian time zone: its IANA name, the abbreviation printed, the UTC offset."""

    name: str
    abbreviation: str
    hours: int

    @property
    def tz(self) -> timezone:
        return timezone(timedelta(hours=self.hours), self.abbreviation)


WIB = Zone("Asia/Jakarta", "WIB", 7)
WITA = Zone("Asia/Makassar", "WITA", 8)
WIT = Zone("Asia/Jayapura", "WIT", 9)
DEFAULT_ZONE = WITA

_WIB = {
    "11",
    "12",
    "13",
    "14",
    "15",
    "16",
    "17",
    "18",
    "19",
    "21",
    "31",
    "32",
    "33",
    "34",
    "35",
    "36",
    "61",
    "62",
}
_WIT = {"81", "82", "91", "92", "93", "94", "95", "96", "97"}


def zone_for(region_code: str | None) -> Zone:
    """The zone of a region (any level of the Kemendagri code); WITA when unknown."""
    province = (region_code or "")[:2]
    if province in _WIB:
        return WIB
    if province in _WIT:
        return WIT
    return DEFAULT_ZONE


def local(moment: datetime, zone: Zone) -> datetime:
    """``moment`` (stored times are naive UTC) as a naive local time in ``zone``."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone(zone.tz).replace(tzinfo=None)


@overload
def local_date(moment: datetime, zone: Zone) -> date: ...
@overload
def local_date(moment: datetime | None, zone: Zone) -> date | None: ...
def local_date(moment: datetime | None, zone: Zone) -> date | None:
    """The local calendar day of a stored (UTC) time."""
    return local(moment, zone).date() if moment is not None else None


def stamp(moment: datetime, zone: Zone) -> str:
    """``2026-12-05 10:49 WITA``: a local time with its zone, as the footer prints it."""
    return f"{local(moment, zone):%Y-%m-%d %H:%M} {zone.abbreviation}"


def laptop_zone() -> Zone:
    """The zone this laptop shows times in: its mentors work in Kalimantan Utara (WITA),
    whatever zone the operating system is set to (a laptop bought in Jakarta keeps WIB)."""
    return DEFAULT_ZONE


def shown(
    moment: datetime, language: str = "id", zone: Zone | None = None, seconds: bool = False
) -> str:
    """``5 Desember 2026 13.42 WITA`` (``13:42`` in English; ``13.42.07`` with ``seconds``):
    a time for people, local with its zone. ``moment`` is a stored time (naive UTC) or any
    aware time."""
    from kopdes_desktop.core.formatting import long_date

    zone = zone or laptop_zone()
    value = local(moment, zone)
    separator = ":" if language.startswith("en") else "."
    clock = f"{value.hour:02d}{separator}{value.minute:02d}"
    if seconds:
        clock += f"{separator}{value.second:02d}"
    return f"{long_date(value, language)} {clock} {zone.abbreviation}"


def clock_now() -> str:
    """``13:42:05 WITA``: the time now on the laptop's clock in its zone ("Saved at ...")."""
    zone = laptop_zone()
    return f"{local(datetime.now(UTC), zone):%H:%M:%S} {zone.abbreviation}"
