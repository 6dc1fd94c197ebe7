"""The Dinas's spreadsheet is one an officer can use: Indonesian headers, one sheet per entity
with names and regions beside every id, final assessments only unless asked, typed cells, a
summary per kabupaten that agrees with the sheets, NIK and phone only when allowed, one
kabupaten for a kabupaten's officer (xlsx read back with openpyxl, CSV with csv)."""

from __future__ import annotations

import csv
from collections import Counter
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kopdes_desktop.province.cli import main as province
from kopdes_desktop.province.demo import fill
from kopdes_desktop.province.spreadsheet import SHEET_ORDER, export_tables
from kopdes_desktop.province.store import ProvinceStore

TODAY = date(2026, 11, 20)
UUID_LEN = 36


@pytest.fixture(scope="module")
def filled(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("export") / "province"
    with ProvinceStore.init(root) as store:
        fill(store, 1, today=TODAY)
    return root


def _sheet(book, name: str) -> tuple[list[str], list[tuple]]:
    rows = list(book[name].iter_rows(values_only=True))
    return list(rows[0]), rows[1:]


def _column(header: list[str], rows: list[tuple], name: str) -> list:
    index = header.index(name)
    return [row[index] for row in rows]


def test_every_entity_has_its_sheet_with_names_beside_ids(filled, tmp_path):
    with ProvinceStore.open(filled) as store:
        [path] = export_tables(store, "xlsx", tmp_path / "dinas.xlsx", today=TODAY)
    book = load_workbook(path)
    assert book.sheetnames == list(SHEET_ORDER)
    for name in (
        "unit_usaha",
        "pengurus",
        "kunjungan",
        "penilaian",
        "temuan",
        "tindak_lanjut",
        "penugasan",
    ):
        header, rows = _sheet(book, name)
        assert {
            "ID koperasi",
            "Nama koperasi",
            "Desa/Kelurahan",
            "Kecamatan",
            "Kabupaten/Kota",
        } <= set(header), name
        assert rows and all(r[header.index("Nama koperasi")] for r in rows), name
        assert all(
            str(r[header.index("Kabupaten/Kota")]).startswith(("Kabupaten", "Kota")) for r in rows
        ), name
    header, rows = _sheet(book, "koperasi")
    assert len(rows) == 411
    header, rows = _sheet(book, "pendamping")
    assert header[:2] == ["ID pendamping", "Nama pendamping"]
    assert all(7 <= n <= 15 for n in _column(header, rows, "Koperasi didampingi"))
    header, _rows = _sheet(book, "penugasan")
    assert "Pendamping" in header


def test_assessments_are_final_with_one_column_per_aspect(filled, tmp_path):
    with ProvinceStore.open(filled) as store:
        [final] = export_tables(store, "xlsx", tmp_path / "a.xlsx", today=TODAY)
        [drafts] = export_tables(
            store, "xlsx", tmp_path / "b.xlsx", today=TODAY, include_drafts=True
        )
    header, rows = _sheet(load_workbook(final), "penilaian")
    assert set(_column(header, rows, "Status")) == {"Final"}
    aspects = [h for h in header if h.startswith("Skor ")]
    assert "Skor Permodalan" in aspects and "Skor Kelembagaan dan legalitas" in aspects
    for row in rows:
        scores = [row[header.index(a)] for a in aspects if row[header.index(a)] is not None]
        total = row[header.index("Total skor")]
        assert scores and isinstance(total, (int, float)) and row[header.index("Kategori")]
        assert abs(sum(scores) - total) < 0.05 * len(scores)
    instruments = set(_column(header, rows, "Instrumen"))
    assert "Kesiapan dan Kinerja Usaha Koperasi Desa/Kelurahan Merah Putih" in instruments
    assert len(instruments) == 2 and not any("-" in i for i in instruments)
    header2, rows2 = _sheet(load_workbook(drafts), "penilaian")
    statuses = Counter(_column(header2, rows2, "Status"))
    assert statuses["Final"] == len(rows) and statuses["Draf"] > 0


def test_cells_are_typed(filled, tmp_path):
    with ProvinceStore.open(filled) as store:
        [path] = export_tables(store, "xlsx", tmp_path / "dinas.xlsx", today=TODAY)
    sheet = load_workbook(path)["koperasi"]
    header = [c.value for c in sheet[1]]
    rows = list(sheet.iter_rows(min_row=2))
    founded = [r[header.index("Tanggal berdiri")] for r in rows]
    assert all(isinstance(c.value, datetime) and c.number_format == "dd/mm/yyyy" for c in founded)
    ceiling = [r[header.index("Plafon pembiayaan")] for r in rows]
    assert all(isinstance(c.value, int) for c in ceiling)
    assert any(c.value > 0 and "Rp" in c.number_format for c in ceiling)
    lat = [r[header.index("Lintang kantor")].value for r in rows]
    assert all(isinstance(v, float) for v in lat)
    header, rows = _sheet(load_workbook(path), "ringkasan")
    koperasi = _sheet(load_workbook(path), "koperasi")
    per_kab = Counter(_column(koperasi[0], koperasi[1], "Kabupaten/Kota"))
    lines = {row[0]: row for row in rows}
    assert {k: lines[k][1] for k in per_kab} == dict(per_kab)
    assert lines["Jumlah provinsi"][1] == 411
    categories = [h for h in header if h.startswith("Kategori: ")]
    latest = Counter(_column(koperasi[0], koperasi[1], "Kategori terakhir"))
    assert {
        h[len("Kategori: ") :]: lines["Jumlah provinsi"][header.index(h)] for h in categories
    } == {k: v for k, v in latest.items() if k}
    overdue = sum(_column(koperasi[0], koperasi[1], "Tindak lanjut terlambat"))
    assert lines["Jumlah provinsi"][header.index("Tindak lanjut terlambat")] == overdue > 0


def test_personal_columns_and_kabupaten_scope(filled, tmp_path):
    with ProvinceStore.open(filled) as store:
        [full] = export_tables(store, "xlsx", tmp_path / "a.xlsx", today=TODAY)
        [plain] = export_tables(
            store, "xlsx", tmp_path / "b.xlsx", today=TODAY, personal=False, scope="65.03"
        )
    header, rows = _sheet(load_workbook(full), "pengurus")
    assert {"NIK", "Telepon"} <= set(header)
    assert any(v and len(v) == 16 for v in _column(header, rows, "NIK"))
    book = load_workbook(plain)
    for name in SHEET_ORDER:
        header, rows = _sheet(book, name)
        assert "NIK" not in header and "Telepon" not in header, name
        if "Kabupaten/Kota" in header and name != "pendamping":
            assert set(_column(header, rows, "Kabupaten/Kota")) == {"Kabupaten Nunukan"}, name
    header, rows = _sheet(book, "ringkasan")
    assert [r[0] for r in rows] == ["Kabupaten Nunukan"]


def test_command_line_csv_without_personal_data(filled, tmp_path, capsys):
    out = tmp_path / "dinas.csv"
    assert (
        province(
            [
                "export",
                "--dir",
                str(filled),
                "--format",
                "csv",
                "--out",
                str(out),
                "--without-personal",
            ]
        )
        == 0
    )
    assert "Traceback" not in capsys.readouterr().err
    with (tmp_path / "dinas_pengurus.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and "NIK" not in rows[0] and "Telepon" not in rows[0]
    assert all(len(r["ID koperasi"]) == UUID_LEN and r["Nama koperasi"] for r in rows)
    with (tmp_path / "dinas_kunjungan.csv").open(encoding="utf-8", newline="") as handle:
        visits = list(csv.DictReader(handle))
    assert all(date.fromisoformat(v["Tanggal kunjungan"]) for v in visits)
    assert {v["Status"] for v in visits} <= {"Selesai", "Direncanakan", "Belum selesai"}
