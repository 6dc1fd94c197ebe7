"""A province database of the earlier layout (current state in a table of its own,
``prov_record``) is upgraded when opened, keeping every record, head, flag and conflict."""

from __future__ import annotations

from sqlalchemy import inspect

from kopdes_desktop.province.conflicts import list_conflicts
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.store.models import Visit

from .support import add_visits, current_data, edit, export_files, import_all, snapshot
from .support import two_laptops_editing_one_cooperative as two_laptops

# The earlier layout, as that version created it, filled from the current flags.
EARLIER_LAYOUT = (
    "CREATE TABLE prov_record (table_name VARCHAR(40) NOT NULL, record_id VARCHAR(36) NOT NULL, "
    "device_id VARCHAR(36) NOT NULL, counter BIGINT NOT NULL, deleted BOOLEAN NOT NULL, "
    '"conflict" BOOLEAN NOT NULL, CONSTRAINT pk_prov_record PRIMARY KEY (table_name, record_id))',
    "INSERT INTO prov_record SELECT table_name, record_id, device_id, counter, deleted, "
    "in_conflict FROM prov_version WHERE is_current",
    "ALTER TABLE prov_version DROP COLUMN is_current",
    "ALTER TABLE prov_version DROP COLUMN in_conflict",
)


def _columns(store: ProvinceStore) -> set[str]:
    return {c["name"] for c in inspect(store.engine).get_columns("prov_version")}


def test_an_earlier_province_database_is_upgraded_on_open(tmp_path, province, laptops):
    coop, _, from_a, from_b = two_laptops(tmp_path, province, laptops)
    a = laptops.opened[0]
    visits = add_visits(a, coop, 3)
    edit(a, Visit, visits[0], deleted=True)
    import_all(province, from_a + from_b + export_files(a, tmp_path / "a2"))
    expected, conflicts = snapshot(province), list_conflicts(province)
    assert len(expected["records"]) > 4 and len(conflicts) == 1
    assert any(r[4] for r in expected["records"]) and any(r[5] for r in expected["records"])
    with province.engine.begin() as connection:
        for statement in EARLIER_LAYOUT:
            connection.exec_driver_sql(statement)
    assert not {"is_current", "in_conflict"} & _columns(province)
    province.engine.dispose()

    upgraded = ProvinceStore.open(province.root)
    try:
        assert {"is_current", "in_conflict"} <= _columns(upgraded)
        assert not inspect(upgraded.engine).has_table("prov_record")
        assert snapshot(upgraded) == expected
        assert list_conflicts(upgraded) == conflicts
        edit(a, Visit, visits[1], notes="sesudah pembaruan")
        outcomes = import_all(upgraded, export_files(a, tmp_path / "a3"))
        assert [o.status for o in outcomes][-1] == "applied"
        assert current_data(upgraded, "visit", visits[1])["notes"] == "sesudah pembaruan"
        latest = snapshot(upgraded)
    finally:
        upgraded.close()
    again = ProvinceStore.open(province.root)
    try:
        assert snapshot(again) == latest
    finally:
        again.close()
