"""Times on the workspace's pages: a stored UTC time is shown in the province's zone with its
name, the same whatever zone the server runs in, in Indonesian and English, through the one
function the laptop uses (``localtime.shown``) and the templates' ``local_time`` filter."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest

from kopdes_desktop.province.web import times
from kopdes_desktop.province.web.render import environment
from kopdes_desktop.reports import localtime


@pytest.fixture(params=["UTC", "Asia/Makassar", "America/New_York"])
def server_zone(request, monkeypatch):
    """The server's own zone (TZ), which must change nothing on the pages."""
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield request.param
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize(
    "stored",
    [
        "2026-12-04T22:32:07",
        "2026-12-04 22:32:07",
        "2026-12-04T22:32:07.250000",
        "2026-12-04T22:32:07Z",
        "2026-12-04T22:32:07+00:00",
        "2026-12-05T06:32:07+08:00",
        datetime(2026, 12, 4, 22, 32, 7),
        datetime(2026, 12, 4, 22, 32, 7, tzinfo=UTC),
    ],
)
def test_a_stored_time_is_shown_in_wita(server_zone, stored):
    assert times.PROVINCE_ZONE == localtime.WITA
    assert times.shown(stored) == "5 Desember 2026 06.32 WITA"
    assert times.shown(stored, "en", seconds=True) == "5 December 2026 06:32:07 WITA"


def test_no_time_and_not_a_time():
    assert times.shown(None) == times.NONE
    assert times.shown("") == times.NONE
    assert times.shown("2026-12-05") == "2026-12-05", "a date alone has no zone to convert"
    assert times.shown("belum pernah") == "belum pernah"


def test_the_template_filter_uses_the_page_language(server_zone):
    template = environment().from_string("{{ at|local_time }} | {{ at|local_time(seconds=True) }}")
    at = "2026-12-04T16:05:59"
    assert (
        template.render(at=at, lang="id") == "5 Desember 2026 00.05 WITA | "
        "5 Desember 2026 00.05.59 WITA"
    )
    assert (
        template.render(at=at, lang="en") == "5 December 2026 00:05 WITA | "
        "5 December 2026 00:05:59 WITA"
    )
    assert environment().from_string("{{ at|local_time }}").render(at=None, lang="id") == "–"


def test_no_template_prints_a_time_as_bare_utc():
    from kopdes_desktop import resources

    for page in resources.path("web", "templates").glob("*.html"):
        source = page.read_text(encoding="utf-8")
        assert "UTC" not in source, page.name
        assert '.replace("T", " ")' not in source, page.name
