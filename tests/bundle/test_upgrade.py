"""Upgrades keep data: a mentor's database from the previous release's schema (revision 0002,
kept as ``fixtures/kopdes-0002.sqlite3``) opened with the current code.

Opening it must back it up first, migrate it to the current head, keep every row of every table
unchanged, and leave a database the current services, reports and sync read and write.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kopdes_desktop.core.instruments import registry
from kopdes_desktop.core.services import assessments, cooperatives, followups, reporting
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.reports import ReportOptions, assessment_pdf, monthly_pdf
from kopdes_desktop.store import migrate
from kopdes_desktop.store.backup import connect_copy, inspect_backup
from kopdes_desktop.store.db import Store
from kopdes_desktop.store.models import Assessment, Mentor

FIXTURE = Path(__file__).parent / "fixtures" / "kopdes-0002.sqlite3"
FIXTURE_REVISION = "0002"


def dump(database: Path, columns: dict[str, list[str]] | None = None) -> dict[str, list[tuple]]:
    """Every row of every table (only ``columns[table]`` when given), in a stable order."""
    connection = connect_copy(database, "ro")
    try:
        tables = columns or {
            name: [row[1] for row in connection.execute(f'PRAGMA table_info("{name}")')]
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        }
        rows = {}
        for table, names in tables.items():
            select = ", ".join(f'"{c}"' for c in names)
            rows[table] = sorted(connection.execute(f'SELECT {select} FROM "{table}"'), key=repr)
        return rows
    finally:
        connection.close()


def revision_of(database: Path) -> str:
    connection = connect_copy(database, "ro")
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()


@pytest.fixture
def old_data(tmp_path: Path) -> DataPaths:
    """A data folder holding a copy of the revision-0002 database."""
    paths = DataPaths(tmp_path / "data")
    paths.ensure()
    shutil.copyfile(FIXTURE, paths.database)
    return paths


def test_fixture_is_a_realistic_database_of_the_previous_schema():
    assert revision_of(FIXTURE) == FIXTURE_REVISION
    assert migrate.head() != FIXTURE_REVISION
    rows = dump(FIXTURE)
    assert "sync_batch" not in rows, "the fixture predates the sync state tables"
    for table, at_least in (
        ("cooperative", 6),
        ("visit", 24),
        ("assessment", 24),
        ("finding", 24),
        ("action_item", 24),
        ("monthly_note", 1),
        ("person", 24),
        ("business_unit", 12),
        ("member_count", 12),
        ("region", 100),
        ("audit_log", 100),
        ("device", 1),
    ):
        assert len(rows[table]) >= at_least, table
    assert FIXTURE.stat().st_size < 2_000_000
    assert FIXTURE.read_bytes()[18:20] == b"\x01\x01", "rollback journal, not WAL"
    assert not list(FIXTURE.parent.glob("*-wal")), "reading the fixture left a WAL file"


def test_upgrade_backs_up_first_migrates_and_keeps_every_row(old_data: DataPaths):
    before = dump(old_data.database)
    old_columns = {
        table: _columns(old_data.database, table) for table in before if table != "alembic_version"
    }

    store = Store.open(old_data)
    try:
        assert migrate.current_revision(store.engine) == migrate.head()
        device = store.device_id
    finally:
        store.close()

    (backup,) = old_data.backups.glob(f"sebelum-upgrade-{FIXTURE_REVISION}-*.sqlite3")
    assert inspect_backup(backup) == FIXTURE_REVISION
    assert dump(backup) == before, "the backup is the database as it was before the upgrade"

    after = dump(old_data.database, old_columns)
    del before["alembic_version"]
    assert after == before, "every row of every old table is still there, unchanged"
    new_tables = set(dump(old_data.database)) - set(before)
    assert {"sync_batch", "sync_trust"} <= new_tables
    assert [row[0] for row in before["device"] if row[0] == device] == [device], (
        "the laptop keeps its device id, so its sync counters continue"
    )
    connection = connect_copy(old_data.database)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        connection.close()


def _columns(database: Path, table: str) -> list[str]:
    connection = connect_copy(database, "ro")
    try:
        return [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
    finally:
        connection.close()


def test_upgraded_data_works_with_the_current_code(old_data: DataPaths):
    instruments = registry()
    store = Store.open(old_data)
    try:
        with store.read() as session:
            summaries = cooperatives.list_summaries(session)
            mentor = session.query(Mentor).filter(Mentor.is_self.is_(True)).one()
            finals = session.query(Assessment).filter(Assessment.status == "FINAL").all()
            open_actions = followups.list_actions(session)
            months = reporting.months_with_activity(session, mentor.id)
        assert len(summaries) == 6 and finals and open_actions and "2025-10" in months
        report = assessment_pdf(
            store, old_data, instruments, finals[0].id, ReportOptions(deterministic=True)
        )
        assert report.startswith(b"%PDF-")
        assert monthly_pdf(store, instruments, mentor.id, "2025-10").startswith(b"%PDF-")
        with store.session() as session:
            draft = assessments.revise(session, finals[0].id)
            assert draft.revision_of == finals[0].id
    finally:
        store.close()
    assert len(dump(old_data.database)["assessment"]) == len(dump(FIXTURE)["assessment"]) + 1
