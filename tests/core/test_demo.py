"""The demo dataset: realistic, complete and the same for the same seed."""

import hashlib
from collections import Counter
from datetime import date

import pytest
from sqlalchemy import func, select

from kopdes_desktop.core import demo
from kopdes_desktop.core.services import cooperatives, dashboard
from kopdes_desktop.errors import KopdesError
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.store.db import Store
from kopdes_desktop.store.models import (
    ActionItem,
    Assessment,
    Assignment,
    Cooperative,
    Mentor,
    Person,
    Region,
    Visit,
)

TODAY = date(2026, 11, 28)


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    store = Store.open(DataPaths(tmp_path_factory.mktemp("demo")))
    stats = demo.generate(store, today=TODAY)
    yield store, stats
    store.close()


def _fingerprint(store: Store) -> str:
    """The dataset's content, whatever its ids (which differ from laptop to laptop)."""
    digest = hashlib.sha256()
    with store.read() as session:
        rows = session.execute(
            select(Cooperative.name, Cooperative.region_code, Cooperative.nib)
        ).all()
        assessments = session.execute(
            select(
                Cooperative.name, Assessment.assessed_on, Assessment.total, Assessment.category
            ).join(Cooperative, Cooperative.id == Assessment.cooperative_id)
        ).all()
    for row in sorted(map(tuple, rows)) + sorted(map(repr, assessments)):
        digest.update(repr(row).encode())
    return digest.hexdigest()


def test_demo_has_411_cooperatives_on_distinct_real_kaltara_villages(demo_store):
    store, stats = demo_store
    assert stats.cooperatives == 411
    with store.read() as session:
        codes = session.scalars(select(Cooperative.region_code)).all()
        assert len(set(codes)) == 411
        levels = session.scalars(select(Region.level).where(Region.code.in_(codes))).all()
        assert set(levels) == {4} and all(code.startswith("65.") for code in codes)


def test_every_mentor_looks_after_seven_to_fifteen(demo_store):
    store, _ = demo_store
    with store.read() as session:
        per_mentor = Counter(session.scalars(select(Assignment.mentor_id)).all())
        assert all(7 <= n <= 15 for n in per_mentor.values()), per_mentor
        assert session.scalar(select(func.count()).where(Mentor.is_self.is_(True))) == 1


def test_boards_units_visits_and_assessments_are_varied(demo_store):
    store, stats = demo_store
    with store.read() as session:
        ketua = session.scalar(select(func.count()).where(Person.role == "Ketua"))
        assert ketua == 411
        categories = Counter(
            session.scalars(select(Assessment.category).where(Assessment.status == "FINAL")).all()
        )
        assert len(categories) >= 4, categories
        statuses = Counter(session.scalars(select(ActionItem.status)).all())
        assert statuses["DONE"] and statuses["OPEN"]
        first = session.scalar(select(func.min(Visit.visit_date)))
        assert (TODAY - first).days >= 330
        drafts = session.scalar(select(func.count()).where(Assessment.status == "DRAFT"))
        assert drafts >= 1
        summaries = cooperatives.list_summaries(session, TODAY)
        assert sum(1 for s in summaries if s.latest_category) == 411
        home = dashboard.home(session, TODAY)
        assert 7 <= len(home.cooperatives) <= 15
        assert home.unsynced > 0  # the mentor's recent work is not yet delivered
    assert stats.visits > 1500 and stats.assessments > 1200


def test_same_seed_same_content_and_refuses_a_filled_store(demo_store, tmp_path):
    store, _ = demo_store
    again = Store.open(DataPaths(tmp_path / "again"))
    try:
        demo.generate(again, today=TODAY)
        assert _fingerprint(again) == _fingerprint(store)
        with pytest.raises(KopdesError, match="sudah berisi"):
            demo.generate(again, today=TODAY)
    finally:
        again.close()
