"""Fixtures of the visit editor tests: a small store made once, copied per test, in Indonesian."""

from __future__ import annotations

import shutil
from datetime import date, timedelta

import pytest

from kopdes_desktop.core.regions import load_regions, village_paths
from kopdes_desktop.core.services import cooperatives, followups, mentors, visits
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.store.db import Store
from kopdes_desktop.store.models import Cooperative
from kopdes_desktop.ui import i18n, workers
from kopdes_desktop.ui.context import AppContext

TODAY = date(2025, 11, 20)


def seed(store: Store) -> dict[str, str]:
    """Two cooperatives (one with an operating savings-and-loan unit), a mentor, an old visit
    with an open follow-up."""
    with store.session() as session:
        load_regions(session)
    with store.read() as session:
        villages = village_paths(session)
    ids: dict[str, str] = {}
    with store.session() as session:
        me = mentors.save_profile(
            session,
            name="Siti Rahmawati",
            role="PENDAMPING",
            kabupaten_code=villages[0].kabupaten_code,
        )
        for key, village in (("coop", villages[3]), ("usp", villages[40])):
            coop = Cooperative(
                name=f"Koperasi Desa Merah Putih {village.name}", region_code=village.code
            )
            session.add(coop)
            session.flush()
            ids[key] = coop.id
        cooperatives.save_unit(session, ids["usp"], kind="SIMPAN_PINJAM", status="OPERATING")
        cooperatives.save_unit(session, ids["coop"], kind="SIMPAN_PINJAM", status="PLANNED")
        old = visits.create(
            session,
            ids["coop"],
            mentor_id=me.id,
            today=TODAY,
            visit_date=TODAY - timedelta(days=60),
            purpose="Monitoring gerai",
        )
        ids["old_visit"] = old.id
        action = followups.add_action(
            session,
            ids["coop"],
            title="Lengkapi buku kas harian",
            owner="Bendahara",
            due_date=TODAY - timedelta(days=5),
            visit_id=old.id,
        )
        ids["action"] = action.id
    return ids


@pytest.fixture(scope="session")
def template(tmp_path_factory):
    paths = DataPaths(tmp_path_factory.mktemp("editor-template") / "data")
    store = Store.open(paths)
    try:
        ids = seed(store)
    finally:
        store.close()
    return paths, ids


@pytest.fixture
def ids(template) -> dict[str, str]:
    return template[1]


@pytest.fixture
def ctx(template, tmp_path, qapp):
    """An Indonesian AppContext over a fresh copy of the seeded store; autosave after 200 ms."""
    target = tmp_path / "data"
    shutil.copytree(template[0].root, target)
    workers.set_synchronous(True)
    i18n.install_translators(qapp, "id")
    context = AppContext.open(DataPaths(target), fixed_today=TODAY)
    context.settings.set("autosave_ms", 200)
    yield context
    workers.wait_all()
    workers.set_synchronous(False)
    context.close()
