"""The randomized convergence test (SYNC.md properties 6, 8, 12-16 together).

Each case is a seeded history of 3-5 laptops and one province (see ``sim.py``): edits of the
same and of different fields, creations, deletions, backups and restores, exports whose files
are lost, sent twice, delivered late and out of order, receipts and reference packages that
come back late or not at all, and in some cases online syncs against a real uvicorn. After a
final quiet round the laptops and the province must agree, nothing may be pending, every
applied edit must be current, one side of a conflict, or replaced by an edit that had seen
it, and no conflict may exist where two laptops did not change the same field.

``KOPDES_SIM_CASES`` sets how many cases run (CI runs the default); a failing case prints its
seed and history, and ``KOPDES_SIM_SEED`` runs that one alone.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kopdes_desktop.province.service import create_app
from kopdes_desktop.province.store import ProvinceStore

from .sim import Simulation, template

CASES = int(os.environ.get("KOPDES_SIM_CASES", "200"))
ONLY = os.environ.get("KOPDES_SIM_SEED")
SEEDS = [int(ONLY)] if ONLY else list(range(CASES))
STEPS = 45


@pytest.fixture(scope="module")
def template_db(tmp_path_factory) -> Path:
    return template(tmp_path_factory.mktemp("template"))


def _run(tmp_path: Path, seed: int, template_db: Path) -> None:
    online = seed % 8 == 0
    server = None
    province = ProvinceStore.init(tmp_path / "province")
    if online:
        from sync.online.live import LiveServer

        server = LiveServer(create_app(province, reference_ttl=0)).start()
    simulation = Simulation(
        tmp_path,
        seed,
        template_db,
        laptops=3 + seed % 3,
        server_url=server.url if server else None,
        province=province,
    )
    try:
        for laptop in simulation.laptops[:1]:
            for _ in range(3):
                simulation.create(laptop)
        simulation.quiet(1)
        for _ in range(STEPS):
            simulation.step()
        simulation.quiet()
        problems = simulation.problems()
        assert not problems, (
            f"seed {seed}:\n" + "\n".join(problems) + "\nhistory:\n" + "\n".join(simulation.events)
        )
    finally:
        if server is not None:
            server.stop()
        simulation.close()


@pytest.mark.parametrize("seed", SEEDS)
def test_random_histories_converge(tmp_path, seed, template_db):
    _run(tmp_path, seed, template_db)
