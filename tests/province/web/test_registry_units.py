"""The registry list's business unit filter: cooperatives with at least one current unit
(gerai) in the status asked for, on the page, in the CLI and with the other filters."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sync.support import BACKENDS, province_store

from kopdes_desktop.province import officers
from kopdes_desktop.province.cli import main
from kopdes_desktop.province.registry_query import ListQuery, ensure_indexes, list_page
from kopdes_desktop.province.service import create_app
from kopdes_desktop.province.store import ProvinceStore

from .support import (
    BULUNGAN_VILLAGE,
    MALINAU_VILLAGE,
    PASSWORD,
    T0,
    laptop_sends,
    mentor_cooperative,
)


def _unit(store: ProvinceStore, coop: str, kind: str, status: str, deleted: bool = False) -> str:
    unit = str(uuid.uuid4())
    laptop_sends(
        store,
        unit,
        1,
        {
            "cooperative_id": coop,
            "kind": kind,
            "status": status,
            "other_name": None,
            "monthly_turnover": None,
            "notes": None,
            "created_at": T0,
        },
        table="business_unit",
    )
    if deleted:
        with store.engine.begin() as c:
            c.execute(
                text("UPDATE prov_version SET deleted = :yes WHERE record_id = :unit"),
                {"yes": True, "unit": unit},
            )
    return unit


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path: Path) -> Iterator[tuple[ProvinceStore, dict[str, str]]]:
    with province_store(tmp_path / "province", request.param) as store:
        ensure_indexes(store.engine)
        coops = {
            name: mentor_cooperative(store, name, village)
            for name, village in (
                ("KDMP Apung", BULUNGAN_VILLAGE),
                ("KDMP Gunung Putih", BULUNGAN_VILLAGE),
                ("KDMP Malinau Kota", MALINAU_VILLAGE),
                ("KDMP Tanpa Gerai", MALINAU_VILLAGE),
            )
        }
        _unit(store, coops["KDMP Apung"], "SEMBAKO", "OPERATING")
        _unit(store, coops["KDMP Apung"], "KLINIK", "PLANNED")
        _unit(store, coops["KDMP Gunung Putih"], "SIMPAN_PINJAM", "PREPARING")
        _unit(store, coops["KDMP Gunung Putih"], "SEMBAKO", "OPERATING", deleted=True)
        _unit(store, coops["KDMP Malinau Kota"], "LOGISTIK", "OPERATING")
        yield store, coops


def _names(store: ProvinceStore, **query) -> list[str]:
    return [r.name for r in list_page(store, ListQuery(**query)).rows]


def test_the_list_keeps_cooperatives_with_a_unit_in_that_status(store) -> None:
    store, _coops = store
    assert _names(store, unit_status="OPERATING") == ["KDMP Apung", "KDMP Malinau Kota"]
    assert _names(store, unit_status="PLANNED") == ["KDMP Apung"]
    assert _names(store, unit_status="PREPARING") == ["KDMP Gunung Putih"]
    assert _names(store, unit_status="SUSPENDED") == []
    assert _names(store, unit_status="OPERATING", kabupaten="65.02") == ["KDMP Malinau Kota"]
    assert len(_names(store)) == 4
    assert list_page(store, ListQuery(unit_status="OPERATING")).total == 2


def test_the_page_and_the_cli_filter_by_unit_status(store, tmp_path: Path, capsys) -> None:
    store, _coops = store
    officers.add_officer(store, "peninjau", PASSWORD, "viewer")
    with TestClient(create_app(store)) as client:
        login = client.get("/masuk").text
        token = login.split('name="csrf_token" value="')[1].split('"')[0]
        client.post(
            "/masuk", data={"username": "peninjau", "password": PASSWORD, "csrf_token": token}
        )
        page = client.get("/koperasi?status_unit=PLANNED").text
        assert "KDMP Apung" in page and "KDMP Malinau Kota" not in page
        assert '<option value="PLANNED" selected>Unit direncanakan</option>' in page
        assert "1 koperasi" in page
        ignored = client.get("/koperasi?status_unit=RUSAK").text
        assert "4 koperasi" in ignored
    if store.engine.dialect.name != "sqlite":
        return
    assert (
        main(
            [
                "cooperative",
                "list",
                "--unit-status",
                "OPERATING",
                "--json",
                "--dir",
                str(store.root),
            ]
        )
        == 0
    )
    listed = json.loads(capsys.readouterr().out)
    assert [r["name"] for r in listed["rows"]] == ["KDMP Apung", "KDMP Malinau Kota"]
