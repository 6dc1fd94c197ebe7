"""Report test fixtures: the demo dataset generated once per session into a template folder,
copied into a fresh data folder for every test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from kopdes_desktop.core import demo
from kopdes_desktop.core.instruments import registry
from kopdes_desktop.core.services import mentors, reporting
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.store.db import Store
from kopdes_desktop.store.models import Assessment

DEMO_TODAY = date(2025, 11, 20)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("reports-demo") / "data"
    store = Store.open(DataPaths(root))
    demo.generate(store, scale=1, today=DEMO_TODAY)
    store.close()
    return root


@dataclass
class Demo:
    paths: DataPaths
    store: Store
    registry: object

    def latest(self, instrument: str = "kesiapan-kdkmp") -> str:
        """A final assessment that has a previous one of the same instrument."""
        with self.store.read() as session:
            rows = [
                session.get(Assessment, assessment_id)
                for assessment_id in reporting.latest_final_ids(session, instrument)
            ]
            # In the dataset's own order: its ids differ from laptop to laptop.
            rows.sort(key=lambda row: (row.cooperative.name, row.assessed_on))
            for row in rows:
                if row.revision_no == 1 and _has_previous(session, row):
                    return row.id
        raise AssertionError("demo data has no assessment with a previous one")

    def draft(self) -> str:
        with self.store.read() as session:
            return session.scalars(
                select(Assessment.id).where(Assessment.status == "DRAFT").order_by(Assessment.id)
            ).first()

    def self_mentor_id(self) -> str:
        with self.store.read() as session:
            return mentors.self_mentor(session).id


def _has_previous(session, row) -> bool:  # type: ignore[no-untyped-def]
    from kopdes_desktop.core.services import assessments

    return assessments.previous_of(session, row) is not None


@pytest.fixture
def demo_data(demo_template: Path, tmp_path: Path) -> Iterator[Demo]:
    root = tmp_path / "data"
    shutil.copytree(demo_template, root)
    paths = DataPaths(root)
    store = Store.open(paths)
    yield Demo(paths, store, registry(paths))
    store.close()
