"""Kill a writing process at random moments; every commit it reported must survive."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kopdes_desktop.paths import DataPaths
from kopdes_desktop.store import backup
from kopdes_desktop.store.db import Store
from kopdes_desktop.store.models import AuditEntry, BusinessUnit, Cooperative, Device

from .helpers import KABUPATEN, subprocess_env

WRITER = Path(__file__).with_name("durability_writer.py")
KILLS = 50


def _run_once(data_paths: DataPaths, rng: random.Random) -> tuple[list[str], bool]:
    """Start the writer, SIGKILL it at a random moment; return the ids it reported.

    Most kills land in the write loop (after a random number of reported commits, a random
    fraction of a commit later); some land anywhere from the start, opening included.
    """
    child = subprocess.Popen(
        [sys.executable, str(WRITER), str(data_paths.root), KABUPATEN],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=subprocess_env(),
    )
    assert child.stdout is not None and child.stderr is not None
    reported: list[str] = []
    during_start = rng.random() < 0.2
    if during_start:
        time.sleep(rng.uniform(0.0, 0.6))
    else:
        wanted = rng.randint(1, 10)
        while len(reported) < wanted:
            line = child.stdout.readline().decode()
            if not line:
                child.wait()
                pytest.fail(f"writer stopped: {child.stderr.read().decode()}")
            if line != "ready\n":
                reported.append(line.rstrip("\n"))
        time.sleep(rng.uniform(0.0, 0.01))
    child.send_signal(signal.SIGKILL)
    child.wait()
    output = child.stdout.read().decode()
    error = child.stderr.read().decode()
    child.stdout.close()
    child.stderr.close()
    assert child.returncode == -signal.SIGKILL, error
    # a line cut off by the kill was never fully reported
    reported += [line for line in output.split("\n")[:-1] if line != "ready"]
    return reported, during_start


@pytest.mark.slow
def test_reported_commits_survive_sigkill(data_paths: DataPaths) -> None:
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    with Store.open(data_paths) as store:
        from kopdes_desktop.store.models import Region

        with store.session() as session:
            session.add(Region(code=KABUPATEN, name="Malinau", level=2, type="KAB", source="t"))
    reported: list[str] = []
    killed_while_writing = 0
    for _ in range(KILLS):
        ids, during_start = _run_once(data_paths, rng)
        reported.extend(ids)
        killed_while_writing += bool(ids) and not during_start

    assert killed_while_writing >= 1, f"seed {seed}: no kill hit the write loop"
    connection = backup.connect_copy(data_paths.database)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)], seed
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == [], seed
    finally:
        connection.close()

    with Store.open(data_paths) as store, store.read() as session:
        stored = set(session.scalars(select(Cooperative.id)))
        missing = set(reported) - stored
        assert not missing, f"seed {seed}: {len(missing)} reported commits lost"
        # a unit of work is all or nothing: every cooperative has its unit, and two audit rows
        units = session.scalar(select(func.count()).select_from(BusinessUnit))
        audits = session.scalar(select(func.count()).select_from(AuditEntry))
        assert units == len(stored) and audits == 2 * len(stored), seed
        last = session.scalar(select(Device.counter).where(Device.is_self.is_(True)))
        assert last == session.scalar(select(func.max(AuditEntry.counter))), seed
    assert len(reported) == len(set(reported))
