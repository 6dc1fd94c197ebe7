"""RAT and financing records travel like every synced record: from a laptop to the province,
checked by the shared schema, and back down in the reference package of the cooperative's
mentor only (real laptop stores, real province stores, real HPKE)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from kopdes_desktop.core.services import financing, rat
from kopdes_desktop.province.outputs import write_references
from kopdes_desktop.store.models import Assignment, Financing, FinancingArrears, RatMeeting
from kopdes_desktop.sync.service import SyncService

from .downlink_support import mentor_laptop
from .support import BACKENDS, current_data, enroll_laptop, export_files, import_all
from .support import province_store as make_province

TODAY = date(2026, 12, 5)


@pytest.fixture(params=BACKENDS)
def province(request, tmp_path: Path):
    with make_province(tmp_path / "province", request.param) as store:
        yield store


def _package_ids(packages: list[Path], laptop) -> Path:  # type: ignore[no-untyped-def]
    [path] = [p for p in packages if laptop.store.device_id[:8] in p.name]
    return path


def test_a_financing_goes_up_and_comes_back_down_to_the_mentor(tmp_path, province):
    a = mentor_laptop(tmp_path, province, "a")
    b = mentor_laptop(tmp_path, province, "b")
    for laptop in (a, b):
        enroll_laptop(province, laptop.store, tmp_path)
    with a.store.session() as session:
        fid = financing.save(
            session,
            a.coop_id,
            lender="BRI",
            ceiling=3_000_000_000,
            disbursed=1_000_000_000,
            disbursed_on=date(2026, 1, 15),
            rate_pct=6.0,
            tenor_months=72,
            grace_months=6,
            today=TODAY,
        )
        financing.pay(session, fid, date(2026, 2, 15), 5_000_000, TODAY)
        financing.record_arrears(session, fid, date(2026, 11, 30), 17_826_273, TODAY)
        rat.record_meeting(session, a.coop_id, 2025, date(2026, 3, 14), TODAY)
    outcomes = import_all(province, export_files(a.store, tmp_path / "out-a"))
    assert all(o.status == "applied" for o in outcomes)
    held = current_data(province, "financing", fid)
    assert (held["lender"], held["disbursed"], held["grace_months"]) == ("BRI", 10**9, 6)
    import_all(province, export_files(b.store, tmp_path / "out-b"))

    _summary, packages = write_references(province, tmp_path / "down1")
    assert SyncService(a.store).import_files([_package_ids(packages, a)])[0].status == "applied"
    assert SyncService(b.store).import_files([_package_ids(packages, b)])[0].status == "applied"
    with b.store.read() as session:
        assert session.scalars(select(Financing)).all() == []
        assert session.scalars(select(RatMeeting)).all() == []

    # B's mentor takes over A's cooperative: B's next package carries its financing and RAT.
    with b.store.session() as session:
        session.add(
            Assignment(mentor_id=b.mentor_id, cooperative_id=a.coop_id, start=date(2026, 6, 1))
        )
    import_all(province, export_files(b.store, tmp_path / "out-b2"))
    _summary, packages = write_references(province, tmp_path / "down2")
    assert SyncService(b.store).import_files([_package_ids(packages, b)])[0].status == "applied"
    with b.store.read() as session:
        row = session.get(Financing, fid)
        assert (row.lender, row.ceiling, row.disbursed_on, row.rate_pct) == (
            "BRI",
            3_000_000_000,
            date(2026, 1, 15),
            6.0,
        )
        assert session.scalars(select(FinancingArrears.amount)).all() == [17_826_273]
        assert session.scalars(select(RatMeeting.held_on)).all() == [date(2026, 3, 14)]
        (flag,) = financing.flags(session, TODAY, a.coop_id)
        assert flag.reason.startswith("Tunggakan pada BRI tercatat Rp17.826.273")


def test_the_province_refuses_an_arrears_record_with_a_negative_amount():
    from kopdes_desktop.sync.schema import check_record

    problems = check_record(
        "financing_arrears",
        {
            "created_at": "2026-12-01T00:00:00",
            "financing_id": "5f0c7a52-5d7a-4a43-9d7b-3e1f4f1f3c21",
            "as_of": "2026-11-30",
            "amount": -1,
            "notes": None,
        },
    )
    assert [p.field for p in problems] == ["amount"]


def test_the_province_computes_the_same_flags_as_the_laptop(tmp_path, province):
    from kopdes_desktop.province.financing_flags import financing_flags, flags_in
    from kopdes_desktop.store.models import Assessment

    a = mentor_laptop(tmp_path, province, "a")
    enroll_laptop(province, a.store, tmp_path)
    with a.store.session() as session:
        fid = financing.save(
            session,
            a.coop_id,
            lender="BNI",
            ceiling=2_000_000_000,
            disbursed=1_000_000_000,
            disbursed_on=date(2026, 1, 15),
            rate_pct=6.0,
            tenor_months=72,
            grace_months=6,
            today=TODAY,
        )
        financing.record_arrears(session, fid, date(2026, 10, 31), 5_000_000, TODAY)
        financing.record_arrears(session, fid, date(2026, 11, 30), 9_000_000, TODAY)
        session.add(
            Assessment(
                cooperative_id=a.coop_id,
                instrument_id="kesehatan-koperasi-2021",
                instrument_version="1.0",
                answers={"kas": 1_000_000, "bank": 0},
                status="FINAL",
                assessed_on=date(2026, 12, 1),
            )
        )
    import_all(province, export_files(a.store, tmp_path / "out"))
    with a.store.read() as session:
        laptop = financing.flags(session, TODAY)
    with province.session() as session:
        found = financing_flags(session, TODAY)
    assert [(f.kind, f.reason) for f in found] == [(f.kind, f.reason) for f in laptop]
    assert {f.kind for f in found} == {"ARREARS_GREW", "CASH_SHORT"}
    assert found[0].cooperative_name == "KDMP Desa A"
    region = found[0].region_code  # the province overview lists them by area
    assert [f.reason for f in flags_in(province, region[:5], TODAY)] == [f.reason for f in found]
    assert flags_in(province, "65.99", TODAY) == []
