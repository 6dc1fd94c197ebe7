"""The Dinas spreadsheet export never runs, breaks on or loses what a laptop wrote: formulas
are neutralised, control characters escaped, huge numbers written as text (xlsx and CSV)."""

from __future__ import annotations

import csv
import json

import pytest
from openpyxl import load_workbook

from kopdes_desktop.province import spreadsheet
from kopdes_desktop.province.cli import main as province
from kopdes_desktop.province.models import ProvVersion
from kopdes_desktop.province.spreadsheet import export_tables, safe_cell
from kopdes_desktop.province.store import ProvinceStore

HUGE = int("9" * 4300)
HOSTILE = {
    '=HYPERLINK("http://x","klik")': '\'=HYPERLINK("http://x","klik")',
    "+62 811": "'+62 811",
    "-1+2": "'-1+2",
    "@SUM(A1)": "'@SUM(A1)",
    "\t=1+1": "'\t=1+1",
    "\r=1+1": "\\x0d=1+1",
    "KDMP\x0bSungai": "KDMP\\x0bSungai",
    "Koperasi \x00\x1f\x7f": "Koperasi \\x00\\x1f\\x7f",
}


def _store_cooperatives(store: ProvinceStore, names: list[object], **values: object) -> None:
    """Cooperatives as they may sit in a province store (written by an earlier release)."""
    with store.session() as session:
        for index, name in enumerate(names):
            session.add(
                ProvVersion(
                    table_name="cooperative",
                    record_id=f"coop-{index:03d}",
                    device_id="dev-a",
                    counter=index + 1,
                    updated_at="2025-03-01T08:00:00",
                    is_current=True,
                    data=json.dumps({"name": name, "region_code": "65.01", **values}),
                )
            )


def test_hostile_values_are_neutralised_in_xlsx(tmp_path, db_url):
    with ProvinceStore.init(tmp_path / "province", db_url) as store:
        _store_cooperatives(
            store, [*HOSTILE, HUGE, 12345, -7, "Biasa, sekali"], address=["Jl. A", {"=x": 1}]
        )
        [path] = export_tables(store, "xlsx", tmp_path / "dinas.xlsx")

    sheet = load_workbook(path)["koperasi"]
    header = [c.value for c in sheet[1]]
    column = header.index("Nama koperasi") + 1
    cells = [sheet.cell(row=r, column=column) for r in range(2, sheet.max_row + 1)]
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)
    assert [c.value for c in cells[: len(HOSTILE)]] == list(HOSTILE.values())
    huge, small, negative, plain = cells[len(HOSTILE) :]
    assert (huge.data_type, huge.value) == ("s", "9" * 4300)
    assert (small.value, negative.value) == (12345, -7)
    assert plain.value == "Biasa, sekali"
    address = sheet.cell(row=2, column=header.index("Alamat") + 1).value
    assert json.loads(address) == ["Jl. A", {"=x": 1}]


def test_hostile_values_are_neutralised_in_csv(tmp_path, province_dir, capsys):
    with ProvinceStore.init(province_dir) as store:
        _store_cooperatives(store, [*HOSTILE, HUGE])

    out = tmp_path / "dinas.csv"
    assert (
        province(["export", "--dir", str(province_dir), "--format", "csv", "--out", str(out)]) == 0
    )
    assert "Traceback" not in capsys.readouterr().err
    with (tmp_path / "dinas_koperasi.csv").open(encoding="utf-8", newline="") as handle:
        names = [row["Nama koperasi"] for row in csv.DictReader(handle)]
    assert names == [*HOSTILE.values(), "9" * 4300]
    assert not any(name.startswith(("=", "+", "-", "@", "\t", "\r")) for name in names)


def test_cells_keep_ordinary_values():
    assert safe_cell("KDMP Sungai Kayan") == "KDMP Sungai Kayan"
    assert safe_cell("baris\nkedua") == "baris\nkedua"
    assert safe_cell(True) is True and safe_cell(None) is None
    assert safe_cell(2.5) == 2.5 and safe_cell(float("inf")) == "inf"
    assert safe_cell(10**15) == "1000000000000000" and safe_cell(10**15 - 1) == 10**15 - 1
    assert len(safe_cell("x" * 40_000)) == 32_767


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_an_export_that_fails_midway_leaves_the_earlier_files_whole(tmp_path, monkeypatch, fmt):
    """The files of the last finished export stay byte for byte, and no temporary file is
    left, when a later export fails after some rows were written."""
    with ProvinceStore.init(tmp_path / "province") as store:
        _store_cooperatives(store, ["KDMP Salimbatu", "KDMP Tanjung Palas"])
        out = tmp_path / "ekspor" / f"dinas.{fmt}"
        written = export_tables(store, fmt, out)
        before = {path: path.read_bytes() for path in written}

        def broken(ctx):  # a sheet whose rows fail after the others were written
            columns, rows = spreadsheet.FILL_ORDER[0][1](ctx)

            def failing():
                yield from rows
                raise OSError(28, "No space left on device")

            return columns, failing()

        name = spreadsheet.FILL_ORDER[-1][0]
        monkeypatch.setattr(
            spreadsheet, "FILL_ORDER", [*spreadsheet.FILL_ORDER[:-1], (name, broken)]
        )
        with pytest.raises(OSError):
            export_tables(store, fmt, out)
    assert {path: path.read_bytes() for path in written} == before
    assert sorted(p.name for p in out.parent.iterdir()) == sorted(p.name for p in written)
