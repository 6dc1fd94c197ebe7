"""How ``fixtures/kopdes-0002.sqlite3`` was made: a mentor's database at schema revision 0002.

Revision 0002 (monthly notes) is the schema of the release before the sync state tables
(0003). The fixture is a committed binary file: the upgrade test opens it with the current code
and proves nothing is lost, whatever the models look like later. This script made it with the
0.1.0 code, through the same core services the app uses, on a store migrated only to "0002":

    python tests/bundle/make_fixture_0002.py tests/bundle/fixtures/kopdes-0002.sqlite3

It is kept to document the fixture's content, not run by the tests; once the models move past
what revision 0002 can hold, it stops working, and the fixture stays as it is.
"""

from __future__ import annotations

import random
import sqlite3
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from kopdes_desktop.core.instruments import example_answers, registry
from kopdes_desktop.core.regions import load_regions, village_paths
from kopdes_desktop.core.services import (
    assessments,
    cooperatives,
    followups,
    mentors,
    reporting,
    visits,
)
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.store import migrate
from kopdes_desktop.store.db import Store, make_engine
from kopdes_desktop.store.models import Assignment, Cooperative

REVISION = "0002"
TODAY = date(2025, 11, 3)
COOPERATIVES = 6
INSTRUMENTS = ("kesehatan-usp-2016", "kesiapan-kdkmp")
BOARD = (
    ("PENGURUS", "Ketua", "L"),
    ("PENGURUS", "Sekretaris", "P"),
    ("PENGURUS", "Bendahara", "P"),
    ("PENGAWAS", "Ketua Pengawas", "L"),
)
NAMES = (
    "Yohanes Lawing",
    "Siti Aminah",
    "Maria Ulau",
    "Hendrikus Jalung",
    "Nurhayati",
    "Petrus Ajang",
    "Fransiska Bulan",
    "Daud Lenjau",
    "Rahmawati",
    "Agustinus Laing",
)


def open_at_revision(paths: DataPaths) -> Store:
    """A store whose database is migrated to REVISION only."""
    paths.ensure()
    engine = make_engine(paths.database, None)  # releases before encryption
    migrate.upgrade(engine, paths, target=REVISION)
    store = Store(paths, engine, None)
    store.device_id = store._ensure_device()
    return store


def fill(store: Store) -> None:
    """A mentor with six cooperatives and a year of field work, as the app records it."""
    rng = random.Random(20250002)
    instruments = registry()
    with store.session() as session:
        load_regions(session)
    with store.read() as session:
        villages = village_paths(session)
    chosen = [villages[i * len(villages) // COOPERATIVES] for i in range(COOPERATIVES)]
    with store.session() as session:
        me = mentors.save_profile(
            session,
            name="Theresia Ubung",
            role="PENDAMPING",
            kabupaten_code=chosen[0].kabupaten_code,
            phone="081253401122",
            email="theresia.ubung@example.id",
        )
        for index, village in enumerate(chosen):
            coop = Cooperative(
                name=f"Koperasi Desa Merah Putih {village.name}",
                region_code=village.code,
                financing_ceiling=500_000_000,
                address=f"Jalan Poros Desa {village.name}",
            )
            session.add(coop)
            session.flush()
            session.add(
                Assignment(
                    mentor_id=me.id, cooperative_id=coop.id, start=TODAY - timedelta(days=330)
                )
            )
            _profile(session, rng, coop.id, index)
            _field_work(session, instruments, rng, coop.id, me.id, index)
        reporting.save_note(
            session,
            me.id,
            "2025-10",
            issues="Dua koperasi belum menyusun buku kas harian.",
            plans="Pendampingan pembukuan pada kunjungan November.",
        )


def _profile(session, rng: random.Random, coop_id: str, index: int) -> None:  # noqa: ANN001
    cooperatives.save_unit(
        session,
        coop_id,
        kind="SEMBAKO",
        status="OPERATING",
        monthly_turnover=rng.randrange(15, 90) * 1_000_000,
    )
    cooperatives.save_unit(session, coop_id, kind="KANTOR", status="OPERATING")
    if index % 2:
        cooperatives.save_unit(session, coop_id, kind="APOTEK", status="PREPARING")
    for offset, (organ, role, gender) in enumerate(BOARD):
        cooperatives.save_person(
            session,
            coop_id,
            organ=organ,
            role=role,
            gender=gender,
            name=NAMES[(index * 3 + offset) % len(NAMES)],
        )
    for months_back in (10, 4):
        members = 40 + 9 * index + (10 - months_back) * 3
        cooperatives.record_members(
            session, coop_id, TODAY - timedelta(days=30 * months_back), members, women=members // 2
        )


def _field_work(
    session,
    instruments,
    rng: random.Random,
    coop_id: str,  # noqa: ANN001
    mentor_id: str,
    index: int,
) -> None:
    last = None
    for step, months_back in enumerate((9, 6, 3, 1)):
        visit = visits.create(
            session,
            coop_id,
            mentor_id=mentor_id,
            today=TODAY,
            visit_date=TODAY - timedelta(days=30 * months_back + index),
            purpose=visits.VISIT_PURPOSES[step % len(visits.VISIT_PURPOSES)],
            attendees="Ketua, Bendahara, Pengawas",
        )
        visits.mark_done(session, visit.id)
        instrument_id = INSTRUMENTS[step % 2]
        row = assessments.start(
            session,
            instruments,
            coop_id,
            instrument_id,
            visit_id=visit.id,
            assessed_on=visit.visit_date,
        )
        answers = example_answers(instruments.get(instrument_id), rng, 0.3 + 0.15 * step)
        assessments.save_draft(session, instruments, row.id, answers)
        if step < 3 or index % 2 == 0:
            assessments.finalize(session, instruments, row.id)
        finding = followups.add_finding(
            session,
            visit.id,
            area="Pembukuan",
            compliance="CUKUP",
            temuan="Buku kas harian belum diisi setiap hari.",
            rekomendasi="Bendahara mencatat setiap transaksi pada hari yang sama.",
        )
        action = followups.add_action(
            session,
            coop_id,
            title="Lengkapi buku kas harian",
            owner="Bendahara",
            visit_id=visit.id,
            finding_id=finding.id,
            due_date=visit.visit_date + timedelta(days=30),
        )
        if last is not None:
            followups.set_status(
                session,
                last,
                "DONE",
                at_visit_id=visit.id,
                today=visit.visit_date,
                notes="Sudah rutin diisi.",
            )
        last = action.id


def main(target: str) -> int:
    with tempfile.TemporaryDirectory() as folder:
        paths = DataPaths(Path(folder))
        store = open_at_revision(paths)
        fill(store)
        store.close()
        Path(target).parent.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(paths.database)
        out = sqlite3.connect(target)
        with out:
            source.backup(out)
        # A rollback journal, so that merely reading the committed file leaves no -wal/-shm.
        out.execute("PRAGMA journal_mode=DELETE")
        out.execute("VACUUM")
        out.close()
        source.close()
    print(f"{target}: {Path(target).stat().st_size // 1024} KB at revision {REVISION}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
