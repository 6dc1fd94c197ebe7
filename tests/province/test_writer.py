"""The service's group-commit writer on a real province store: jobs waiting together share one
transaction, each in its own savepoint; a failing job is undone alone; answers come after the
commit."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import select, text

from kopdes_desktop.errors import StoreError
from kopdes_desktop.province.models import ProvMeta
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.province.writer import GroupWriter


@pytest.fixture
def store(tmp_path, db_url) -> Iterator[ProvinceStore]:
    opened = ProvinceStore.init(tmp_path / "province", db_url)
    yield opened
    opened.close()


@pytest.fixture
def gate(store) -> Iterator[tuple[GroupWriter, threading.Lock]]:
    """A writer whose lock the test holds, so jobs pile up and then run as one group."""
    lock = threading.Lock()
    writer = GroupWriter(store, lock)
    yield writer, lock
    writer.close()


def _committed(store: ProvinceStore) -> set[str]:
    with store.session() as session:
        return set(session.scalars(select(ProvMeta.key)))


def _put(key: str, seen: dict[str, object] | None = None):
    def job(session):
        session.add(ProvMeta(key=key, value="1"))
        session.flush()
        if seen is not None:
            seen[key] = session.connection().connection.dbapi_connection
        return key

    return job


def _fail(key: str, error: Exception):
    def job(session):
        session.add(ProvMeta(key=key, value="1"))
        session.flush()
        raise error

    return job


def _pile_up(writer: GroupWriter, lock: threading.Lock, jobs: list) -> list:
    """Submit ``jobs`` while the writer is held, so they wait and form one group."""
    with lock:
        first = writer.submit(_put("first"))
        futures = [writer.submit(job) for job in jobs]
        assert not any(f.done() for f in [first, *futures])
    first.result(timeout=20)
    return futures


def test_waiting_jobs_share_one_transaction_and_are_answered_after_commit(store, gate):
    writer, lock = gate
    seen: dict[str, object] = {}
    futures = _pile_up(writer, lock, [_put(f"k{i}", seen) for i in range(5)])

    assert [f.result(timeout=20) for f in futures] == [f"k{i}" for i in range(5)]
    assert len({id(connection) for connection in seen.values()}) == 1
    assert _committed(store) == {"first", *(f"k{i}" for i in range(5))}


def test_a_failing_job_is_undone_alone(store, gate):
    writer, lock = gate
    futures = _pile_up(
        writer, lock, [_put("before"), _fail("bad", ValueError("rusak")), _put("after")]
    )

    assert futures[0].result(timeout=20) == "before"
    with pytest.raises(ValueError, match="rusak"):
        futures[1].result(timeout=20)
    assert futures[2].result(timeout=20) == "after"
    assert _committed(store) == {"first", "before", "after"}


def test_a_failure_that_undoes_the_transaction_does_not_sink_the_others(store, gate):
    writer, lock = gate

    def rollback_everything(session):
        # As SQLite does on a full disk: the error ends the whole transaction, not just the
        # statement, so even the job's savepoint is gone.
        session.add(ProvMeta(key="ended", value="1"))
        session.flush()
        session.connection().exec_driver_sql("ROLLBACK")
        raise OSError("disk full")

    futures = _pile_up(writer, lock, [_put("one"), rollback_everything, _put("two")])

    assert [futures[0].result(timeout=20), futures[2].result(timeout=20)] == ["one", "two"]
    with pytest.raises(Exception):  # noqa: B017 - the driver's own error, whatever it is
        futures[1].result(timeout=20)
    assert _committed(store) == {"first", "one", "two"}


def test_a_database_error_is_tried_again_then_answered(store, gate):
    writer, lock = gate
    attempts: list[int] = []

    def flaky(session):
        attempts.append(1)
        if len(attempts) == 1:
            session.execute(text("SELECT * FROM no_such_table"))
        session.add(ProvMeta(key="flaky", value="1"))
        return "ok"

    def broken(session):
        session.execute(text("SELECT * FROM no_such_table"))

    futures = _pile_up(writer, lock, [flaky, broken])

    assert futures[0].result(timeout=20) == "ok" and len(attempts) == 2
    with pytest.raises(StoreError):
        futures[1].result(timeout=20)
    assert _committed(store) == {"first", "flaky"}


def test_closing_answers_what_was_submitted_then_refuses(store):
    writer = GroupWriter(store, threading.Lock())
    futures = [writer.submit(_put(f"c{i}")) for i in range(3)]
    writer.close()

    assert all(f.done() for f in futures)
    assert _committed(store) == {"c0", "c1", "c2"}
    with pytest.raises(StoreError):
        writer.submit(_put("late"))


def test_planner_statistics_are_refreshed_on_postgresql(store, db_url):
    with store.session() as session:
        session.add(ProvMeta(key="x", value="1"))
    store.refresh_statistics()
    if db_url is None:
        return  # SQLite: nothing to do, and nothing is done
    with store.session() as session:
        analyzed = session.execute(
            text(
                "SELECT count(*) FROM pg_stat_user_tables WHERE schemaname = current_schema() "
                "AND relname IN ('prov_version', 'prov_record', 'prov_batch') "
                "AND last_analyze IS NOT NULL"
            )
        ).scalar()
    assert analyzed == 2


def test_the_service_refreshes_statistics_beside_the_writer(store, db_url):
    """An ANALYZE that waits (here for a lock another session holds) does not hold the writer
    back: the next uploads are committed meanwhile, and the statistics follow."""
    if db_url is None:
        return  # SQLite: no statistics to refresh
    from kopdes_desktop.province.service_state import FIRST_ANALYZE, ServiceState

    state = ServiceState(store)
    holder = store.engine.connect()
    try:
        holding = holder.begin()
        holder.exec_driver_sql("LOCK TABLE prov_batch IN SHARE UPDATE EXCLUSIVE MODE")
        state._written = FIRST_ANALYZE  # as after the first thousand records
        assert state.writer.submit(_put("before")).result(timeout=20) == "before"
        # The upkeep runs right after the group's answers: wait for it to start the refresh.
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not (
            state._analyzing is not None and state._analyzing.is_alive()
        ):
            time.sleep(0.01)
        assert state._analyzing is not None and state._analyzing.is_alive()  # waiting
        assert state.writer.submit(_put("meanwhile")).result(timeout=20) == "meanwhile"
        holding.rollback()
    finally:
        holder.close()
    state.close()  # waits for the refresh

    assert _committed(store) == {"before", "meanwhile"}
    with store.session() as session:
        analyzed = session.execute(
            text(
                "SELECT count(*) FROM pg_stat_user_tables WHERE schemaname = current_schema() "
                "AND relname IN ('prov_version', 'prov_batch') AND last_analyze IS NOT NULL"
            )
        ).scalar()
    assert analyzed == 2
