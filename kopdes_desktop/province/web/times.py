"""Times on the workspace's pages: stored times are UTC; officers read them in the province's
own zone with its name (``5 Desember 2026 13.42 WITA`` for Kalimantan Utara), written by the
same function as the laptop's reports and screens (:func:`localtime.shown`)."""

from __future__ import annotations

from datetime import datetime

from jinja2 import pass_context
from jinja2.runtime import Context

from kopdes_desktop.core.regions import KALTARA
from kopdes_desktop.reports import localtime

PROVINCE_ZONE = localtime.zone_for(KALTARA)
"""The zone of the province the workspace serves (WITA: Asia/Makassar)."""
NONE = "–"


def moment_of(value: datetime | str | None) -> datetime | None:
    """A stored time given as a datetime or as ISO text (``2026-12-05T01:23:45``, with or
    without seconds, a ``T`` or a space, ``Z`` or an offset); None when there is none or it
    is not a time."""
    if value is None or isinstance(value, datetime):
        return value
    text = value.strip()
    if len(text) < 16:  # a date alone, or nothing: no time of day to convert
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def shown(value: datetime | str | None, language: str = "id", seconds: bool = False) -> str:
    """A stored (UTC) time as officers read it: local, with the zone's name. Text that is no
    time comes back as it is; no time at all as a dash."""
    moment = moment_of(value)
    if moment is None:
        return value if isinstance(value, str) and value.strip() else NONE
    return localtime.shown(moment, language, PROVINCE_ZONE, seconds=seconds)


@pass_context
def local_time(context: Context, value: datetime | str | None, seconds: bool = False) -> str:
    """The template filter ``value|local_time``: :func:`shown` in the page's language."""
    return shown(value, str(context.get("lang") or "id"), seconds)
