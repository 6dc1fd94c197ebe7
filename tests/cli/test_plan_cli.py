"""``kopdes rencana list/add/mulai/batal``: the plan services from the command line, with a
real store."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from kopdes_desktop.cli import main
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.store.db import Store
from kopdes_desktop.store.models import Visit

from .conftest import VILLAGE


def _run(capsys: pytest.CaptureFixture, paths: DataPaths, *argv: str) -> tuple[int, str, str]:
    code = main([*argv, "--data-dir", str(paths.root)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_visit_is_planned_listed_started_and_another_cancelled(regions_dir, capsys):
    _, out, _ = _run(
        capsys, regions_dir, "koperasi", "add", "--name", "KDMP Long Beluah", "--region", VILLAGE
    )
    coop = out.strip()
    later = date.today() + timedelta(days=7)
    code, out, _ = _run(
        capsys,
        regions_dir,
        "rencana",
        "add",
        coop,
        "--tanggal",
        later.isoformat(),
        "--tujuan",
        "Rapat pengurus",
    )
    assert code == 0
    planned = out.strip()
    code, out, _ = _run(capsys, regions_dir, "rencana", "list", "--json")
    [item] = json.loads(out)
    assert (item["record_id"], item["kind"], item["day"]) == (planned, "visit", later.isoformat())
    code, out, _ = _run(capsys, regions_dir, "rencana", "mulai", planned)
    assert code == 0 and date.today().isoformat() in out
    with Store.open(regions_dir) as store, store.read() as session:
        row = session.get(Visit, planned)
        assert (row.status, row.visit_date) == ("DRAFT", date.today())
    code, _, err = _run(capsys, regions_dir, "rencana", "batal", planned)
    assert code != 0 and "sudah dimulai" in err


def test_a_plan_in_the_past_is_refused_in_words(regions_dir, capsys):
    _, out, _ = _run(
        capsys, regions_dir, "koperasi", "add", "--name", "KDMP Long Bia", "--region", VILLAGE
    )
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    code, _, err = _run(
        capsys,
        regions_dir,
        "rencana",
        "add",
        out.strip(),
        "--tanggal",
        yesterday,
        "--tujuan",
        "Rapat",
    )
    assert code == 2
    assert "Rencana kunjungan harus hari ini atau sesudahnya." in err
