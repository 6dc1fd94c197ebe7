"""RAT deadlines: due dates, statuses, refused dates, follow-ups, overdue lists."""

from datetime import date

import pytest
from sqlalchemy import select

from kopdes_desktop.core.health import rat
from kopdes_desktop.core.services import rat as rat_service
from kopdes_desktop.errors import ValidationError
from kopdes_desktop.store.models import ActionItem, Cooperative, RatMeeting


@pytest.mark.parametrize(
    ("year_end", "year", "due"),
    [
        ("12-31", 2025, date(2026, 6, 30)),
        ("06-30", 2026, date(2026, 12, 30)),
        ("08-31", 2026, date(2027, 2, 28)),
        ("02-29", 2027, date(2027, 8, 28)),
    ],
)
def test_the_rat_is_due_six_months_after_the_fiscal_year_ends(year_end, year, due):
    assert rat.due_date(year_end, year) == due


def test_status_counts_from_the_latest_ended_fiscal_year():
    on_new_year = rat.status("12-31", {}, date(2026, 1, 1))
    assert (on_new_year.fiscal_year, on_new_year.state) == (2025, rat.DUE)
    assert on_new_year.days_left == 180
    last_day = rat.status("12-31", {}, date(2026, 6, 30))
    assert last_day.state == rat.DUE and last_day.days_left == 0
    day_after = rat.status("12-31", {}, date(2026, 7, 1))
    assert day_after.state == rat.OVERDUE
    assert "terlambat sejak 30 Juni 2026" in day_after.text()
    held = rat.status("12-31", {2025: date(2026, 3, 14)}, date(2026, 7, 1))
    assert held.state == rat.HELD and "terlaksana 14 Maret 2026" in held.text()


def test_an_rat_date_before_the_fiscal_year_ends_is_refused_beside_the_field(store, coop_id):
    with pytest.raises(ValidationError) as caught, store.session() as session:
        rat_service.record_meeting(session, coop_id, 2025, date(2025, 12, 31), date(2026, 12, 5))
    assert set(caught.value.problems) == {"held_on"}
    assert "sesudah tahun buku 2025 berakhir (31 Desember 2025)" in caught.value.problems["held_on"]
    with store.read() as session:
        assert session.scalars(select(RatMeeting)).all() == []
    with store.session() as session:
        rat_service.record_meeting(session, coop_id, 2025, date(2026, 1, 1), date(2026, 12, 5))
    with store.read() as session:
        assert rat_service.status_of(session, coop_id, date(2026, 12, 5)).status.state == rat.HELD


def test_a_follow_up_is_made_two_months_ahead_once(store, coop_id):
    with store.session() as session:
        assert rat_service.ensure_follow_ups(session, date(2026, 4, 29)) == []
    with store.session() as session:
        (made,) = rat_service.ensure_follow_ups(session, date(2026, 4, 30))
    with store.session() as session:
        assert rat_service.ensure_follow_ups(session, date(2026, 5, 20)) == []
        item = session.get(ActionItem, made)
        assert item.title == "Selenggarakan RAT tahun buku 2025"
        assert item.due_date == date(2026, 6, 30) and item.status == "OPEN"
        item.status = "DROPPED"
    with store.session() as session:
        assert rat_service.ensure_follow_ups(session, date(2026, 6, 1)) == []


def test_no_follow_up_when_the_rat_is_recorded_and_the_overdue_list(store, coop_id):
    with store.session() as session:
        rat_service.set_fiscal_year_end(session, coop_id, "06-30")
    with store.read() as session:
        assert session.get(Cooperative, coop_id).fiscal_year_end == "06-30"
        (late,) = rat_service.overdue(session, date(2027, 1, 2))
        assert late.status.due == date(2026, 12, 30)
    with store.session() as session:
        rat_service.record_meeting(session, coop_id, 2026, date(2026, 10, 3), date(2026, 11, 1))
        assert rat_service.ensure_follow_ups(session, date(2026, 11, 1)) == []
    with store.read() as session:
        assert rat_service.overdue(session, date(2027, 1, 2)) == []


def test_a_bad_fiscal_year_end_is_refused(store, coop_id):
    with pytest.raises(ValidationError) as caught, store.session() as session:
        rat_service.set_fiscal_year_end(session, coop_id, "02-30")
    assert "MM-DD" in caught.value.problems["fiscal_year_end"]


def test_no_follow_up_for_a_cooperative_of_another_mentor(store, coop_id):
    with store.session() as session:
        other = Cooperative(
            name="KDMP Milik Pendamping Lain",
            region_code=session.get(Cooperative, coop_id).region_code,
        )
        session.add(other)
        session.flush()
        made = rat_service.ensure_follow_ups(session, date(2026, 5, 1))
        assert [session.get(ActionItem, i).cooperative_id for i in made] == [coop_id]
