"""The cooperative list's figures table: kept equal to the data it is derived from.

The figures are maintained by SQLite triggers (migration 0005). These tests compare them, after
many kinds of writes, with the same figures computed directly from the synced tables.
"""

from __future__ import annotations

import importlib
import random
import shutil
from datetime import date, timedelta

import pytest
from sqlalchemy import select, text

from kopdes_desktop.core import demo
from kopdes_desktop.core.services import cooperatives
from kopdes_desktop.core.services.cooperatives import OPEN_ACTION_STATUSES, PRIMARY_INSTRUMENT
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.store import backup, db, migrate, vault
from kopdes_desktop.store.db import Store
from kopdes_desktop.store.models import (
    ActionItem,
    Assessment,
    Assignment,
    BusinessUnit,
    CooperativeFigures,
)

TODAY = date(2026, 11, 28)
MIGRATION = importlib.import_module(
    "kopdes_desktop.store.migrations.versions.0005_cooperative_figures"
)


def _expected(session) -> dict[str, tuple]:  # type: ignore[no-untyped-def]
    """Each cooperative's figures computed from the synced rows, the slow and obvious way."""
    figures: dict[str, dict] = {}

    def of(coop_id: str) -> dict:
        return figures.setdefault(
            coop_id, {"latest": None, "open": 0, "units": set(), "mentor": None}
        )

    for row in session.scalars(select(Assessment)):
        if row.instrument_id == PRIMARY_INSTRUMENT and row.status == "FINAL" and not row.deleted:
            key = (row.assessed_on, row.revision_no)
            current = of(row.cooperative_id)["latest"]
            if current is None or key > current[0]:
                of(row.cooperative_id)["latest"] = (key, row.category, row.total, row.assessed_on)
    for row in session.scalars(select(ActionItem)):
        if row.status in OPEN_ACTION_STATUSES and not row.deleted:
            of(row.cooperative_id)["open"] += 1
    for row in session.scalars(select(BusinessUnit)):
        if not row.deleted:
            of(row.cooperative_id)["units"].add(f"{row.kind}:{row.status}")
    best: dict[str, tuple] = {}
    for row in session.scalars(select(Assignment)):
        if not row.deleted and row.end is None:
            key = (row.start, row.id)
            if row.cooperative_id not in best or key > best[row.cooperative_id]:
                best[row.cooperative_id] = key
                of(row.cooperative_id)["mentor"] = row.mentor_id
    return {
        coop_id: (
            *(found["latest"][1:] if found["latest"] else (None, None, None)),
            found["open"],
            ",".join(sorted(found["units"])) or None,
            found["mentor"],
        )
        for coop_id, found in figures.items()
    }


def _stored(session) -> dict[str, tuple]:  # type: ignore[no-untyped-def]
    """The figures table, leaving out rows that hold nothing (a cooperative with no data)."""
    stored = {}
    for row in session.scalars(select(CooperativeFigures)):
        values = (
            row.latest_category,
            row.latest_total,
            row.latest_assessed_on,
            row.open_actions,
            row.units,
            row.mentor_id,
        )
        if values != (None, None, None, 0, None, None):
            stored[row.cooperative_id] = values
    return stored


def _assert_figures_current(store: Store) -> None:
    with store.read() as session:
        assert _stored(session) == _expected(session)


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    paths = DataPaths(tmp_path_factory.mktemp("figures") / "data")
    store = Store.open(paths)
    demo.generate(store, scale=1, today=TODAY)
    yield store
    store.close()


def test_demo_data_figures_equal_the_synced_rows(demo_store: Store) -> None:
    _assert_figures_current(demo_store)
    with demo_store.read() as session:
        summaries = cooperatives.list_summaries(session, TODAY)
        expected = _expected(session)
    assert len(summaries) == 411
    for summary in summaries:
        category, total, assessed_on, open_count, units, mentor = expected.get(
            summary.id, (None, None, None, 0, None, None)
        )
        assert (
            summary.latest_category,
            summary.latest_total,
            summary.latest_assessed_on,
            summary.open_actions,
            summary.mentor_id,
        ) == (category, total, assessed_on, open_count, mentor)
        assert summary.unit_statuses == (tuple(units.split(",")) if units else ())


def _random_write(session, rng: random.Random) -> None:  # type: ignore[no-untyped-def]
    """One change of the kinds the app and sync make to the four source tables."""
    kind = rng.choice(("assessment", "action", "unit", "assignment", "new_final", "new_unit"))
    if kind == "assessment":
        row = rng.choice(session.scalars(select(Assessment).limit(300)).all())
        choice = rng.random()
        if choice < 0.3:
            row.deleted = not row.deleted
        elif choice < 0.6:
            row.assessed_on = row.assessed_on + timedelta(days=rng.randint(-90, 30))
        else:
            row.category, row.total = rng.choice(
                (("Berkembang Baik", 88.0), ("Perlu Pendampingan Intensif", 41.5))
            )
    elif kind == "action":
        row = rng.choice(session.scalars(select(ActionItem).limit(300)).all())
        if rng.random() < 0.5:
            row.deleted = not row.deleted
        else:
            row.status = rng.choice(("OPEN", "PROGRESS", "DONE", "DROPPED"))
    elif kind == "unit":
        row = rng.choice(session.scalars(select(BusinessUnit).limit(300)).all())
        if rng.random() < 0.5:
            row.deleted = not row.deleted
        else:
            row.status = rng.choice(("PLANNED", "PREPARING", "OPERATING", "SUSPENDED"))
    elif kind == "assignment":
        row = rng.choice(session.scalars(select(Assignment)).all())
        row.end = None if row.end else TODAY - timedelta(days=1)
    elif kind == "new_final":
        model = rng.choice(session.scalars(select(Assessment).limit(300)).all())
        session.add(
            Assessment(
                cooperative_id=model.cooperative_id,
                instrument_id=PRIMARY_INSTRUMENT,
                instrument_version=model.instrument_version,
                answers={},
                status="FINAL",
                category="Sangat Baik",
                total=95.0,
                assessed_on=TODAY,
                revision_no=rng.randint(1, 3),
            )
        )
    else:
        unit = rng.choice(session.scalars(select(BusinessUnit).limit(300)).all())
        session.add(
            BusinessUnit(
                cooperative_id=unit.cooperative_id,
                kind="LAINNYA",
                other_name="Wisata desa",
                status="PLANNED",
            )
        )


def test_figures_follow_every_kind_of_write(demo_store: Store) -> None:
    rng = random.Random(20261128)
    for round_no in range(8):
        with demo_store.session() as session:
            # Half the rounds write as a sync import does: without change tracking.
            session.info["tracking"] = round_no % 2 == 0
            for _ in range(40):
                _random_write(session, rng)
        _assert_figures_current(demo_store)


def test_hard_delete_and_a_move_to_another_cooperative(demo_store: Store) -> None:
    with demo_store.session() as session:
        first, second = session.scalars(
            select(ActionItem)
            .where(ActionItem.status == "OPEN", ActionItem.deleted.is_(False))
            .limit(2)
        ).all()
        other = session.scalars(
            select(ActionItem.cooperative_id).where(
                ActionItem.cooperative_id != first.cooperative_id
            )
        ).first()
        first.cooperative_id = other
        session.execute(text("DELETE FROM action_item WHERE id = :id"), {"id": second.id})
    _assert_figures_current(demo_store)


def test_a_later_revision_on_the_same_day_wins(demo_store: Store) -> None:
    with demo_store.session() as session:
        model = session.scalars(select(Assessment)).first()
        for revision_no, category in ((2, "Revisi kedua"), (1, "Revisi pertama")):
            session.add(
                Assessment(
                    cooperative_id=model.cooperative_id,
                    instrument_id=PRIMARY_INSTRUMENT,
                    instrument_version=model.instrument_version,
                    answers={},
                    status="FINAL",
                    category=category,
                    total=70.0,
                    assessed_on=TODAY + timedelta(days=400),
                    revision_no=revision_no,
                )
            )
    with demo_store.read() as session:
        assert (
            session.get(CooperativeFigures, model.cooperative_id).latest_category == "Revisi kedua"
        )
    _assert_figures_current(demo_store)


def test_a_draft_autosave_fires_no_refresh(demo_store: Store) -> None:
    """Only the columns the figures depend on fire the trigger (autosave writes answers)."""
    with demo_store.session() as session:
        draft = session.scalars(select(Assessment).where(Assessment.status == "FINAL")).first()
        coop_id = draft.cooperative_id
        session.execute(
            text(
                "UPDATE cooperative_figures SET latest_category = 'penanda' "
                "WHERE cooperative_id = :id"
            ),
            {"id": coop_id},
        )
        draft.answers = {**draft.answers, "catatan": "diketik"}
    with demo_store.read() as session:
        assert session.get(CooperativeFigures, coop_id).latest_category == "penanda"
    with demo_store.session() as session:
        session.get(Assessment, draft.id).category = "Berkembang Baik"
    _assert_figures_current(demo_store)


def test_every_trigger_exists_at_head(store: Store) -> None:
    with store.engine.connect() as connection:
        names = set(
            connection.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
        )
    assert set(MIGRATION.trigger_names()) <= names
    assert len(MIGRATION.trigger_names()) == 12


def test_upgrade_to_0005_fills_the_figures_from_existing_data(demo_store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    paths = DataPaths(tmp_path / "data")
    paths.ensure()
    # The copy is the same encrypted store (its key file goes with it).
    shutil.copy(vault.vault_file(demo_store.paths), vault.vault_file(paths))
    source = backup.connect_copy(demo_store.paths.database)
    copy = db.connect(paths.database, demo_store.key)
    source.backup(copy)
    source.close()
    # Take the copy back to revision 0004 by hand: no figures, no triggers, no indexes.
    pending = copy.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix_%_pending'"
    ).fetchall()
    for (name,) in pending:
        copy.execute(f"DROP INDEX {name}")
    for name in MIGRATION.trigger_names():
        copy.execute(f"DROP TRIGGER {name}")
    copy.execute("DROP INDEX ix_cooperative_list")
    copy.execute("DROP TABLE cooperative_figures")
    # ... and what 0007 added: sync bases, the audit index, the notice columns.
    copy.execute("DROP TABLE sync_base")
    copy.execute("DROP INDEX ix_audit_log_device_counter")
    for column in ("field", "kind", "mine", "theirs", "winner_device"):
        copy.execute(f"ALTER TABLE sync_conflict DROP COLUMN {column}")
    # ... and what 0008 added: the attachment kind.
    copy.execute("ALTER TABLE attachment DROP COLUMN kind")
    # ... and what 0009 added: RAT and financing.
    for table in ("financing_arrears", "financing_payment", "financing", "rat_meeting"):
        copy.execute(f"DROP TABLE {table}")
    copy.execute("ALTER TABLE cooperative DROP COLUMN fiscal_year_end")
    copy.execute("UPDATE alembic_version SET version_num = '0004'")
    copy.commit()
    copy.close()
    reopened = Store.open(paths)
    try:
        assert migrate.current_revision(reopened.engine) == migrate.HEAD
        _assert_figures_current(reopened)
        with reopened.read() as session:
            assert len(cooperatives.list_summaries(session, TODAY)) == 411
    finally:
        reopened.close()
