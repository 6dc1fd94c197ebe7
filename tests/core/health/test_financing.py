"""Financing: instalment schedules in whole Rupiah, refused input, stress flags."""

from datetime import date

import pytest
from sqlalchemy import select

from kopdes_desktop.core.health import financing as monitor
from kopdes_desktop.core.health.instalments import Terms, due_by, schedule, upcoming
from kopdes_desktop.core.services import financing
from kopdes_desktop.errors import ValidationError
from kopdes_desktop.store.models import Assessment, Financing, FinancingArrears, FinancingPayment

TODAY = date(2026, 12, 5)
PMK49 = Terms(1_000_000_000, date(2026, 1, 15), 6.0, 72, 6, "ANUITAS")


def test_an_annuity_after_grace_pays_interest_first_then_level_instalments():
    rows = schedule(PMK49)
    assert len(rows) == 72
    assert [r.due for r in rows[:2]] == [date(2026, 2, 15), date(2026, 3, 15)]
    assert all((r.principal, r.interest) == (0, 5_000_000) for r in rows[:6])
    # 1e9 x 0.005 / (1 - 1.005^-66) = 17,826,272.78 -> Rp17.826.273 a month
    assert {r.amount for r in rows[6:-1]} == {17_826_273}
    assert rows[6].interest == 5_000_000 and rows[6].principal == 12_826_273
    assert sum(r.principal for r in rows) == 1_000_000_000
    assert abs(rows[-1].amount - 17_826_273) <= 66


def test_equal_principal_and_zero_rate_schedules():
    flat = schedule(Terms(120_000_000, date(2026, 1, 31), 6.0, 12, 0, "POKOK_TETAP"))
    assert flat[0].due == date(2026, 2, 28) and flat[1].due == date(2026, 3, 31)
    assert [(r.principal, r.interest) for r in flat[:2]] == [
        (10_000_000, 600_000),
        (10_000_000, 550_000),
    ]
    assert flat[-1].amount == 10_050_000
    free = schedule(Terms(100, date(2026, 1, 1), 0.0, 3, 0))
    assert [r.amount for r in free] == [33, 33, 34]
    assert schedule(Terms(0, None, 6.0, 12, 0)) == []


def test_next_instalments_and_amount_due_by_a_day():
    coming = upcoming(PMK49, date(2026, 7, 15))
    assert [(r.number, r.amount) for r in coming] == [
        (7, 17_826_273),
        (8, 17_826_273),
        (9, 17_826_273),
    ]
    assert due_by(PMK49, date(2026, 7, 14)) == 5 * 5_000_000
    assert due_by(PMK49, date(2026, 8, 15)) == 6 * 5_000_000 + 17_826_273


def _save(session, coop_id, **changes):  # type: ignore[no-untyped-def]
    values = dict(
        lender="BRI",
        ceiling=3_000_000_000,
        disbursed=1_000_000_000,
        disbursed_on=date(2026, 1, 15),
        rate_pct=6.0,
        tenor_months=72,
        grace_months=6,
        today=TODAY,
    )
    values.update(changes)
    return financing.save(session, coop_id, **values)


def test_inconsistent_financing_is_refused_field_by_field_and_nothing_saved(store, coop_id):
    with pytest.raises(ValidationError) as caught, store.session() as session:
        _save(session, coop_id, disbursed=3_500_000_000, grace_months=72, rate_pct=-1.0, lender=" ")
    problems = caught.value.problems
    assert set(problems) == {"disbursed", "grace_months", "rate_pct", "lender"}
    assert problems["disbursed"] == (
        "Pencairan (Rp3.500.000.000) tidak boleh melebihi plafon (Rp3.000.000.000)."
    )
    with store.read() as session:
        assert session.scalars(select(Financing)).all() == []


def test_payments_before_disbursement_and_negative_arrears_are_refused(store, coop_id):
    with store.session() as session:
        fid = _save(session, coop_id)
    with pytest.raises(ValidationError) as caught, store.session() as session:
        financing.pay(session, fid, date(2026, 1, 14), 5_000_000, TODAY)
    assert caught.value.problems == {
        "paid_on": "Tanggal tidak boleh sebelum pencairan (15 Januari 2026)."
    }
    with pytest.raises(ValidationError) as caught, store.session() as session:
        financing.record_arrears(session, fid, date(2026, 6, 1), -1, TODAY)
    assert caught.value.problems == {"amount": "Jumlah tidak boleh negatif."}
    with store.read() as session:
        assert session.scalars(select(FinancingPayment)).all() == []
        assert session.scalars(select(FinancingArrears)).all() == []
    with store.session() as session:
        financing.pay(session, fid, date(2026, 2, 15), 5_000_000, TODAY)
    with pytest.raises(ValidationError) as caught, store.session() as session:
        _save(session, coop_id, financing_id=fid, disbursed_on=date(2026, 3, 1))
    assert "sebelum tanggal pencairan" in caught.value.problems["disbursed_on"]


def _final(session, coop_id, on, kas, bank):  # type: ignore[no-untyped-def]
    session.add(
        Assessment(
            cooperative_id=coop_id,
            instrument_id="kesehatan-usp-2016",
            instrument_version="1.0",
            answers={"kas": kas, "bank": bank},
            status="FINAL",
            assessed_on=on,
        )
    )


def test_flags_for_growing_arrears_and_cash_short_of_three_instalments(store, coop_id):
    with store.session() as session:
        fid = _save(session, coop_id)
        financing.record_arrears(session, fid, date(2026, 9, 30), 0, TODAY)
        _final(session, coop_id, date(2026, 11, 2), 30_000_000, 23_478_819)
    with store.read() as session:
        assert financing.flags(session, TODAY) == []
        (view,) = financing.of_cooperative(session, coop_id, TODAY)
        assert [r.due for r in view.next_instalments] == [
            date(2026, 12, 15),
            date(2027, 1, 15),
            date(2027, 2, 15),
        ]
        assert view.arrears == 0
    with store.session() as session:
        financing.record_arrears(session, fid, date(2026, 11, 30), 17_826_273, TODAY)
        _final(session, coop_id, date(2026, 12, 1), 30_000_000, 23_478_818)
    with store.read() as session:
        grew, short = financing.flags(session, TODAY, coop_id)
    assert grew.kind == monitor.ARREARS_GREW
    assert grew.reason == (
        "Tunggakan pada BRI naik dari Rp0 (30 September 2026) menjadi "
        "Rp17.826.273 (30 November 2026)."
    )
    assert short.kind == monitor.CASH_SHORT
    assert short.reason == (
        "Kas dan bank pada penilaian 1 Desember 2026 (Rp53.478.818) tidak "
        "cukup untuk 3 angsuran berikutnya kepada BRI (Rp53.478.819)."
    )
    with store.session() as session:
        _final(session, coop_id, date(2026, 12, 2), 30_000_000, 23_478_819)
    with store.read() as session:
        assert [f.kind for f in financing.flags(session, TODAY)] == [monitor.ARREARS_GREW]
