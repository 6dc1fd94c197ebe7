"""HomeService: Beranda's figures, the standing list and the status bar, as plain data."""

from __future__ import annotations

from datetime import date

from kopdes_desktop.core.services.home_service import HomeData, StandingRow

from .conftest import NAME, TODAY


def test_an_empty_store(services):
    assert services.home.is_empty()
    data = services.home.home(TODAY, "id")
    assert isinstance(data, HomeData)
    assert data.start.needs_guide
    assert (data.cooperatives, data.visits, data.drafts, data.standing) == ([], [], [], [])


def test_home_counts_and_standing(services, coop_id):
    services.mentor.save_profile(name="Siti", role="PENDAMPING", kabupaten_code=None)
    services.plans.plan(coop_id, TODAY, visit_date=TODAY, purpose="Monitoring")
    data = services.home.home(TODAY, "en")
    assert not services.home.is_empty()
    assert data.mentor_name == "Siti"
    assert [c.id for c in data.cooperatives] == [coop_id]
    assert data.by_category == {"Belum dinilai": 1}
    assert [item.cooperative for item in data.agenda] == [NAME]
    assert data.unsynced > 0
    assert services.home.status().cooperatives == 1
    # The RAT of fiscal year 2025 was due on 30 June 2026: overdue, and listed first.
    assert data.standing and data.standing[0] == StandingRow(
        coop_id, NAME, data.standing[0].text, True
    )
    assert "2025" in data.standing[0].text
    later = services.home.standing(date(2026, 1, 10), "id")
    assert all(row.cooperative == NAME for row in later)
