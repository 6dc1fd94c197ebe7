"""The overview's typed copy learns of every record written, whoever writes it: rows inserted,
changed and deleted by plain SQL, a deleted last row whose rowid SQLite reuses, rowids
renumbered as a VACUUM may, and a store from a release that noted inserts row by row."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import delete, insert, text, update
from sync.support import BACKENDS, province_store

from kopdes_desktop.province import dashboard_store
from kopdes_desktop.province.models import ProvVersion
from kopdes_desktop.province.store import ProvinceStore

DEVICE = "0f4c2a8e-7d1b-4e55-9a61-3c2b8d9e0a11"


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path) -> Iterator[ProvinceStore]:
    with province_store(tmp_path / "province", request.param) as store:
        dashboard_store.ensure(store.engine)
        yield store


@pytest.fixture
def sqlite_store(tmp_path) -> Iterator[ProvinceStore]:
    with province_store(tmp_path / "province") as store:
        dashboard_store.ensure(store.engine)
        yield store


def _cooperative(name: str, record_id: str | None = None) -> dict[str, object]:
    return {
        "table_name": "cooperative",
        "record_id": record_id or str(uuid.uuid4()),
        "device_id": DEVICE,
        "counter": 1,
        "updated_at": "2026-11-02T08:00:00",
        "data": json.dumps({"name": name, "region_code": "65.03.01.2001"}),
        "is_current": True,
        "deleted": False,
        "in_conflict": False,
    }


def _write(store: ProvinceStore, *rows: dict[str, object]) -> list[str]:
    with store.engine.begin() as c:
        c.execute(insert(ProvVersion.__table__), list(rows))
    return [str(r["record_id"]) for r in rows]


def _names(store: ProvinceStore) -> dict[str, str]:
    """The cooperatives in the copy after it caught up, by id."""
    dashboard_store.catch_up(store.engine)
    with store.engine.connect() as c:
        return dict(
            c.execute(
                text("SELECT record_id, name FROM prov_dash_fact WHERE table_name = 'cooperative'")
            ).all()
        )


def _rowid(store: ProvinceStore, record_id: str) -> int:
    with store.engine.connect() as c:
        return int(
            c.execute(
                text("SELECT rowid FROM prov_version WHERE record_id = :r"), {"r": record_id}
            ).scalar_one()
        )


def test_rows_inserted_changed_and_deleted_by_plain_sql_reach_the_copy(store) -> None:
    first, second = _write(store, _cooperative("KDMP Sebakis"), _cooperative("KDMP Binusan"))
    assert _names(store) == {first: "KDMP Sebakis", second: "KDMP Binusan"}

    with store.engine.begin() as c:
        c.execute(
            update(ProvVersion.__table__)
            .where(ProvVersion.record_id == first)
            .values(data=json.dumps({"name": "KDMP Sebakis Jaya"}))
        )
        c.execute(delete(ProvVersion.__table__).where(ProvVersion.record_id == second))
    (third,) = _write(store, _cooperative("KDMP Tanjung Harapan"))
    assert _names(store) == {first: "KDMP Sebakis Jaya", third: "KDMP Tanjung Harapan"}
    assert _names(store) == {first: "KDMP Sebakis Jaya", third: "KDMP Tanjung Harapan"}


def test_a_rowid_reused_after_the_last_row_was_deleted_is_read(sqlite_store) -> None:
    store = sqlite_store
    keep, last = _write(store, _cooperative("KDMP Sebakis"), _cooperative("KDMP Binusan"))
    assert set(_names(store)) == {keep, last}
    reused = _rowid(store, last)
    with store.engine.begin() as c:
        c.execute(delete(ProvVersion.__table__).where(ProvVersion.record_id == last))
    with store.engine.connect() as c:
        mark = c.exec_driver_sql("SELECT seen, seen_record FROM prov_dash_mark").one()
    assert tuple(mark) == (_rowid(store, keep), keep)  # moved down: nothing is read twice

    (new,) = _write(store, _cooperative("KDMP Pembeliangan"))

    assert _rowid(store, new) == reused  # the case under test: SQLite gave the rowid again
    assert _names(store) == {keep: "KDMP Sebakis", new: "KDMP Pembeliangan"}


def test_rowids_renumbered_as_a_vacuum_may_are_read_again(sqlite_store) -> None:
    store = sqlite_store
    names = [f"KDMP Desa {n}" for n in range(6)]
    ids = _write(store, *(_cooperative(n) for n in names))
    assert set(_names(store)) == set(ids)
    top = _rowid(store, ids[-1])
    with store.engine.begin() as c:
        c.execute(delete(ProvVersion.__table__).where(ProvVersion.record_id.in_(ids[:3])))
    assert set(_names(store)) == set(ids[3:])
    # Renumber the rows as a VACUUM may ("may change the ROWIDs of entries in any tables that
    # do not have an explicit INTEGER PRIMARY KEY"): the rows close the gap below them.
    with store.engine.begin() as c:
        c.exec_driver_sql("UPDATE prov_version SET rowid = rowid - 3")

    (new,) = _write(store, _cooperative("KDMP Sekaduyan Taka"))

    assert _rowid(store, new) <= top  # the case under test: the new row sits below the mark
    assert _names(store) == {
        **dict(zip(ids[3:], names[3:], strict=True)),
        new: "KDMP Sekaduyan Taka",
    }


def test_a_store_that_noted_inserts_row_by_row_is_taken_over(sqlite_store) -> None:
    """A store of the release before the mark: an insert trigger noted every row, and no mark."""
    store = sqlite_store
    with store.engine.begin() as c:
        c.exec_driver_sql("DROP TABLE prov_dash_mark")
        c.exec_driver_sql(
            "CREATE TRIGGER prov_dash_note_insert AFTER INSERT ON prov_version BEGIN "
            "INSERT INTO prov_dash_dirty (table_name, record_id) VALUES (NEW.table_name, "
            "NEW.record_id) ON CONFLICT DO NOTHING; END"
        )
    (noted,) = _write(store, _cooperative("KDMP Sebakis"))

    dashboard_store.ready(store.engine)  # as the overview does when it opens the store

    with store.engine.connect() as c:
        triggers = c.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'prov_version'"
        ).scalars()
        assert "prov_dash_note_insert" not in set(triggers)
    (later,) = _write(store, _cooperative("KDMP Binusan"))
    assert _names(store) == {noted: "KDMP Sebakis", later: "KDMP Binusan"}
