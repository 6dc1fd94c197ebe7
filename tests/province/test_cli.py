"""``kopdes-province`` and ``kopdes sync`` end to end: a mentor exports on one machine, the
province imports on another, and the receipt and reference package come back."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from openpyxl import load_workbook
from sync.support import add_cooperative, add_visits, make_laptop

from kopdes_desktop.cli import main as kopdes
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.province.cli import main as province
from kopdes_desktop.province.spreadsheet import SHEET_ORDER
from kopdes_desktop.store.db import Store


def _json(capsys) -> object:
    return json.loads(capsys.readouterr().out)


def test_round_trip_through_both_command_lines(tmp_path, province_dir, db_url, capsys, monkeypatch):
    init = ["init", "--dir", str(province_dir)] + (["--db-url", db_url] if db_url else [])
    assert province(init) == 0
    monkeypatch.setenv("KOPDES_PROVINCE_DIR", str(province_dir))
    assert province(["trust-file", "--out", str(tmp_path / "trust.json")]) == 0
    fingerprint = capsys.readouterr().out.split(": ")[-1].strip()

    laptop_dir = tmp_path / "laptop"
    store = make_laptop(laptop_dir, None)
    coop = add_cooperative(store)
    add_visits(store, coop, 3)
    store.close()
    data = ["--data-dir", str(laptop_dir)]
    assert kopdes([*data, "sync", "trust", str(tmp_path / "trust.json")]) == 0
    assert fingerprint in capsys.readouterr().out
    assert kopdes([*data, "sync", "device-file", "--out", str(tmp_path / "device.json")]) == 0
    capsys.readouterr()
    assert kopdes([*data, "sync", "export", "--out", str(tmp_path / "usb"), "--json"]) == 0
    [batch] = _json(capsys)
    assert batch["records"] == 7 and batch["new"] is True

    files = [str(p) for p in sorted((tmp_path / "usb").iterdir())]
    assert province(["import", *files, "--json"]) == 0
    [outcome] = _json(capsys)
    assert set(outcome) >= {"batch_id", "status", "reason", "records", "conflicts"}
    assert (outcome["status"], outcome["batch_id"]) == ("quarantined", batch["batch_id"])
    assert province(["devices", "--json"]) == 0
    [device] = _json(capsys)
    assert (device["status"], device["quarantined_batches"]) == ("unknown", 1)
    assert province(["enroll", str(tmp_path / "device.json")]) == 0
    assert "diterapkan" in capsys.readouterr().out
    assert province(["import", *files, "--json"]) == 0
    assert [o["status"] for o in _json(capsys)] == ["duplicate"]
    assert province(["import", str(tmp_path / "trust.json"), "--json"]) == 1
    [bad] = _json(capsys)
    assert bad["status"] == "rejected" and bad["reason"]

    assert province(["status", "--json"]) == 0
    status = _json(capsys)
    assert status["devices"][0]["contiguous_counter"] == batch["counter_to"]
    assert status["devices"][0]["gaps"] == [] and status["open_conflicts"] == 0
    assert province(["conflicts"]) == 0
    assert "Tidak ada konflik" in capsys.readouterr().out
    assert province(["receipts", "--out", str(tmp_path / "back")]) == 0
    assert province(["reference", "--out", str(tmp_path / "back")]) == 0
    capsys.readouterr()

    back = [str(p) for p in sorted((tmp_path / "back").iterdir())]
    assert kopdes([*data, "sync", "import", *back, "--json"]) == 0
    assert {o["kind"]: o["status"] for o in _json(capsys)} == {
        "receipt": "applied",
        "reference": "applied",
    }
    assert kopdes([*data, "sync", "status", "--json"]) == 0
    laptop_status = _json(capsys)
    assert laptop_status["pending_total"] == 0
    assert laptop_status["batches"][0]["label"] == "Diterima provinsi"
    assert laptop_status["province"]["fingerprint"] == fingerprint

    assert province(["export", "--format", "xlsx", "--out", str(tmp_path / "dinas.xlsx")]) == 0
    book = load_workbook(tmp_path / "dinas.xlsx")
    assert book.sheetnames == list(SHEET_ORDER)
    assert book["penilaian"].max_row == 4
    header = [c.value for c in book["penilaian"][1]]
    assert {"Total skor", "Kategori", "Nama koperasi"} <= set(header)
    totals = [
        row[header.index("Total skor")].value for row in book["penilaian"].iter_rows(min_row=2)
    ]
    assert totals and all(isinstance(total, (int, float)) for total in totals)
    assert province(["export", "--format", "csv", "--out", str(tmp_path / "dinas.csv")]) == 0
    with (tmp_path / "dinas_koperasi.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["Nama koperasi"] for r in rows] == ["KDMP Sungai Kayan"]


def test_province_commands_explain_user_errors(tmp_path, province_dir, capsys):
    assert province(["status", "--dir", str(province_dir)]) == 1
    assert "belum disiapkan" in capsys.readouterr().err
    assert province(["init", "--dir", str(province_dir)]) == 0
    assert province(["approve", "tidak-ada", "--dir", str(province_dir)]) == 1
    assert "tidak dikenal" in capsys.readouterr().err
    assert province(["resolve", "7", "--keep", "x", "--dir", str(province_dir)]) == 1


def test_laptop_sync_commands_need_a_trusted_province(tmp_path, capsys):
    store = Store.open(DataPaths(tmp_path / "laptop"))
    store.close()
    code = kopdes(
        ["--data-dir", str(tmp_path / "laptop"), "sync", "export", "--out", str(tmp_path / "usb")]
    )
    assert code == 1
    assert "belum dipercayai" in capsys.readouterr().err
    assert not Path(tmp_path / "usb").exists()
