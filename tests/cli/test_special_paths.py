"""Paths with any legal character (``#``, ``?``, ``%20``, ``&``, spaces, non-ASCII) work for
every file the commands write or read: sync files both ways, trust and device files, the
Dinas spreadsheets and the PDF reports."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sync.support import add_cooperative, add_visits, make_laptop

from kopdes_desktop.cli import main as kopdes
from kopdes_desktop.province.cli import main as province

# "?" is not allowed in Windows file names; every other character here is.
ODD = (
    "USB #1/?a=1&b%20c ü/Laporan Bulan #3 (50%)"
    if os.name == "posix"
    else "USB #1/a=1&b%20c ü/Laporan Bulan #3 (50%)"
)


def _json(capsys) -> object:
    return json.loads(capsys.readouterr().out)


@pytest.fixture
def odd(tmp_path: Path) -> Path:
    folder = tmp_path / ODD
    folder.mkdir(parents=True)
    return folder


def test_sync_round_trip_through_odd_paths(tmp_path, odd, capsys):
    root = odd / "provinsi #1"
    trust = odd / "percaya #1?.json"
    assert province(["init", "--dir", str(root)]) == 0
    assert province(["trust-file", "--dir", str(root), "--out", str(trust)]) == 0
    laptop_dir = tmp_path / "laptop"
    store = make_laptop(laptop_dir, None)
    add_visits(store, add_cooperative(store), 2)
    store.close()
    data = ["--data-dir", str(laptop_dir)]
    assert kopdes([*data, "sync", "trust", str(trust)]) == 0
    device = odd / "perangkat #1%3F.json"
    assert kopdes([*data, "sync", "device-file", "--out", str(device)]) == 0
    assert province(["enroll", "--dir", str(root), str(device)]) == 0
    out = odd / "kirim #2?x=%41"
    capsys.readouterr()
    assert kopdes([*data, "sync", "export", "--out", str(out), "--json"]) == 0
    [batch] = _json(capsys)
    assert Path(batch["file"]).parent == out and Path(batch["file"]).is_file()
    assert province(["import", "--dir", str(root), "--json", batch["file"]]) == 0
    assert [o["status"] for o in _json(capsys)] == ["applied"]

    back = odd / "balik #3 ü"
    assert province(["receipts", "--dir", str(root), "--out", str(back)]) == 0
    assert province(["reference", "--dir", str(root), "--out", str(back / "ref #1? %41")]) == 0
    capsys.readouterr()
    files = [str(p) for p in sorted(back.rglob("*")) if p.is_file()]
    assert any("ref #1? %41" in name for name in files)
    assert kopdes([*data, "sync", "import", "--json", *files]) == 0
    assert {o["status"] for o in _json(capsys)} == {"applied"}

    sheet = odd / "dinas #1?%20.xlsx"
    assert province(["export", "--dir", str(root), "--format", "xlsx", "--out", str(sheet)]) == 0
    assert load_workbook(sheet)["kunjungan"].max_row == 3
    table = odd / "dinas #2%.csv"
    assert province(["export", "--dir", str(root), "--format", "csv", "--out", str(table)]) == 0
    with (odd / "dinas #2%_koperasi.csv").open(encoding="utf-8") as handle:
        assert [r["Nama koperasi"] for r in csv.DictReader(handle)] == ["KDMP Sungai Kayan"]


def test_pdf_reports_at_odd_paths(tmp_path, odd, capsys):
    laptop_dir = tmp_path / "laptop"
    store = make_laptop(laptop_dir, None)
    coop = add_cooperative(store)
    store.close()
    target = odd / "profil #1?%20 ü.pdf"
    assert (
        kopdes(["--data-dir", str(laptop_dir), "report", "profile", coop, "--out", str(target)])
        == 0
    )
    assert str(target) in capsys.readouterr().out
    assert "KDMP Sungai Kayan" in PdfReader(target).pages[0].extract_text()
    assert sorted(p.name for p in odd.iterdir()) == [target.name]
