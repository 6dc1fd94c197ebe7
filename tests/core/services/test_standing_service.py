"""StandingService: the RAT and bank financing recorded in units of work of its own."""

from __future__ import annotations

from datetime import date

import pytest

from kopdes_desktop.core.health import rat as rat_rules
from kopdes_desktop.errors import ValidationError

from .conftest import TODAY


def test_rat_year_end_and_meeting_are_saved_together_or_not_at_all(services, coop_id):
    standing = services.standing
    assert standing.rat_status(coop_id, TODAY).fiscal_year_end == "12-31"
    with pytest.raises(ValidationError):  # the meeting is before that fiscal year ended
        standing.record_rat(coop_id, "06-30", 2026, date(2026, 5, 1), TODAY)
    assert standing.rat_status(coop_id, TODAY).fiscal_year_end == "12-31"
    standing.record_rat(coop_id, "06-30", 2026, date(2026, 9, 1), TODAY)
    status = standing.rat_status(coop_id, TODAY)
    assert status.fiscal_year_end == "06-30"
    assert status.status.state == rat_rules.HELD
    assert [row.cooperative_id for row in standing.rat_statuses(TODAY)] == [coop_id]


def test_meeting_and_year_end_one_at_a_time(services, coop_id):
    standing = services.standing
    standing.set_fiscal_year_end(coop_id, "03-31")
    meeting_id = standing.record_meeting(coop_id, 2026, date(2026, 5, 2), TODAY)
    assert isinstance(meeting_id, str)
    assert standing.rat_status(coop_id, TODAY).status.held_on == date(2026, 5, 2)
    with pytest.raises(ValidationError):
        standing.set_fiscal_year_end(coop_id, "13-40")


def test_financing_payment_and_arrears(services, coop_id):
    standing = services.standing
    financing_id = standing.save_financing(
        coop_id,
        lender="Bank Kaltara",
        ceiling=500_000_000,
        disbursed=400_000_000,
        disbursed_on=date(2026, 1, 15),
        rate_pct=6.0,
        tenor_months=60,
        grace_months=6,
        schedule="ANUITAS",
        today=TODAY,
    )
    standing.pay(financing_id, date(2026, 8, 15), 5_000_000, TODAY)
    standing.record_arrears(financing_id, date(2026, 10, 31), 2_000_000, TODAY)
    [view] = services.cooperatives.standing(coop_id, TODAY).financings
    assert (view.id, view.paid, view.arrears) == (financing_id, 5_000_000, 2_000_000)
    with pytest.raises(ValidationError):
        standing.pay(financing_id, date(2027, 1, 1), 1_000, TODAY)  # in the future
    with pytest.raises(ValidationError):
        standing.save_financing(
            coop_id,
            lender="",
            ceiling=100,
            disbursed=200,
            disbursed_on=None,
            rate_pct=6.0,
            tenor_months=12,
            grace_months=0,
            schedule="ANUITAS",
            today=TODAY,
        )
    assert len(services.cooperatives.standing(coop_id, TODAY).financings) == 1


def test_no_profile_change_proposed_for_an_unknown_assessment(services):
    from kopdes_desktop.errors import NotFoundError

    with pytest.raises(NotFoundError):
        services.standing.proposed_profile_changes("tidak-ada")
