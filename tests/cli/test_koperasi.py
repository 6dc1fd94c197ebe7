"""``kopdes koperasi add/edit/delete/list``: the profile services and checks the GUI uses,
with a real store."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from sqlalchemy import select

from kopdes_desktop import resources
from kopdes_desktop.cli import main
from kopdes_desktop.core.services import profile_fields
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.store.db import Store
from kopdes_desktop.store.models import Cooperative

from .conftest import VILLAGE

NAME = "Koperasi Desa Merah Putih Tanjung Palas Hulu"


def _run(capsys: pytest.CaptureFixture, paths: DataPaths, *argv: str) -> tuple[int, str, str]:
    code = main([*argv, "--data-dir", str(paths.root)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _rows(paths: DataPaths) -> list[Cooperative]:
    with Store.open(paths) as store, store.read() as session:
        return list(session.scalars(select(Cooperative)))


def test_add_prints_the_new_id_and_list_shows_it(regions_dir, capsys) -> None:
    code, out, _ = _run(capsys, regions_dir, "koperasi", "add", "--name", NAME, "--region", VILLAGE)
    assert code == 0
    new_id = out.strip()
    (row,) = _rows(regions_dir)
    assert (row.id, row.name, row.region_code) == (new_id, NAME, VILLAGE)
    assert row.counter > 0  # stamped for sync like any change made in the GUI

    code, out, _ = _run(
        capsys,
        regions_dir,
        "koperasi",
        "add",
        "--name",
        "Koperasi Kedua",
        "--region",
        VILLAGE,
        "--set",
        "nib=1234567890123",
        "--json",
    )
    assert code == 0
    second = json.loads(out)["id"]
    assert {r.id: r.nib for r in _rows(regions_dir)}[second] == "1234567890123"

    code, out, _ = _run(capsys, regions_dir, "koperasi", "list")
    lines = out.splitlines()
    assert lines[-1] == "2 koperasi."
    assert any(line.startswith(new_id) and NAME in line for line in lines)


@pytest.mark.parametrize(
    ("argv", "field", "message"),
    [
        (["--region", "65.01"], "region_code", "Pilih kode desa/kelurahan"),
        (["--region", "99.99.99.9999"], "region_code", "Kode wilayah tidak dikenal"),
        (
            ["--region", VILLAGE, "--set", "founded_on=kemarin"],
            "founded_on",
            "Ketik tanggal seperti 3-11-2025.",
        ),
        (["--region", VILLAGE, "--set", "npwp=123"], "npwp", "NPWP tidak valid"),
    ],
)
def test_add_refuses_bad_values_and_stores_nothing(
    regions_dir, capsys, argv, field, message
) -> None:
    code, out, err = _run(capsys, regions_dir, "koperasi", "add", "--name", NAME, *argv)
    assert code == 2
    assert out == ""
    assert f"kopdes: {field}: {message}" in err
    assert "Traceback" not in err
    assert _rows(regions_dir) == []


def _add(capsys, paths: DataPaths) -> str:  # type: ignore[no-untyped-def]
    code, out, _ = _run(capsys, paths, "koperasi", "add", "--name", NAME, "--region", VILLAGE)
    assert code == 0
    return out.strip()


def test_edit_sets_fields_through_the_profile_checks(regions_dir, capsys) -> None:
    coop_id = _add(capsys, regions_dir)
    code, out, _ = _run(
        capsys,
        regions_dir,
        "koperasi",
        "edit",
        coop_id,
        "--set",
        "founded_on=3-11-2025",
        "--set",
        "office_lat=2,84",
        "--set",
        "financing_ceiling=Rp1.250.000.000",
        "--set",
        "simkopdes_status=aktif",
        "--set",
        "npwp=01.234.567.8-901.000",
        "--json",
    )
    assert code == 0
    profile = json.loads(out)
    assert profile["founded_on"] == "2025-11-03"
    assert profile["office_lat"] == 2.84
    assert profile["financing_ceiling"] == 1_250_000_000
    assert profile["simkopdes_status"] == "AKTIF"
    (row,) = _rows(regions_dir)
    assert row.npwp == profile["npwp"] and row.financing_ceiling == 1_250_000_000


def test_edit_with_any_bad_value_stores_nothing(regions_dir, capsys) -> None:
    coop_id = _add(capsys, regions_dir)
    (before,) = _rows(regions_dir)
    code, out, err = _run(
        capsys,
        regions_dir,
        "koperasi",
        "edit",
        coop_id,
        "--set",
        "address=Jl. Sungai Kayan 1",
        "--set",
        "nib=12",
        "--set",
        "office_lon=timur",
        "--set",
        "financing_arrears=5.000",
        "--set",
        "name=",
    )
    assert code == 2 and out == ""
    assert err.splitlines() == [
        "kopdes: name: Wajib diisi.",
        "kopdes: nib: NIB harus 13 angka; tertulis 2.",
        "kopdes: financing_arrears: Tunggakan melebihi baki debet.",
        "kopdes: office_lon: Ketik angka seperti 117.37.",
    ]
    (after,) = _rows(regions_dir)
    assert (after.address, after.name, after.counter) == (None, NAME, before.counter)


def test_edit_refuses_unknown_fields_and_ids(regions_dir, capsys) -> None:
    coop_id = _add(capsys, regions_dir)
    code, _, err = _run(capsys, regions_dir, "koperasi", "edit", coop_id, "--set", "warna=merah")
    assert code == 2 and "kopdes: warna: kolom tidak dikenal. Kolom profil: name," in err
    code, _, err = _run(capsys, regions_dir, "koperasi", "edit", coop_id, "--set", "tanpa-sama")
    assert code == 2 and "tulis KOLOM=NILAI" in err
    code, _, err = _run(capsys, regions_dir, "koperasi", "edit", "tidak-ada", "--set", "notes=x")
    assert code == 1 and err == "kopdes: Koperasi tidak ditemukan.\n"


def test_delete_is_a_tombstone(regions_dir, capsys) -> None:
    coop_id = _add(capsys, regions_dir)
    code, out, _ = _run(capsys, regions_dir, "koperasi", "delete", coop_id, "--json")
    assert code == 0 and json.loads(out) == {"id": coop_id, "deleted": True}
    (row,) = _rows(regions_dir)
    assert row.deleted
    code, out, _ = _run(capsys, regions_dir, "koperasi", "list")
    assert out == "0 koperasi.\n"
    code, _, err = _run(capsys, regions_dir, "koperasi", "delete", coop_id)
    assert code == 1 and "Koperasi tidak ditemukan" in err


def test_help_names_every_profile_field(capsys) -> None:
    for command in ("add", "edit"):
        with pytest.raises(SystemExit) as done:
            main(["koperasi", command, "--help"])
        assert done.value.code == 0
        out = capsys.readouterr().out
        for field in profile_fields.PROFILE_FIELDS:
            assert f"  {field.name}  " in out or f"  {field.name} " in out, field.name


def _gui_indonesian(source: str) -> str:
    tree = ET.parse(resources.path("i18n", "app_id.ts"))
    for message in tree.getroot().iter("message"):
        if message.findtext("source") == source:
            return message.findtext("translation") or ""
    raise AssertionError(source)


def test_unreadable_values_read_as_the_profile_form_says_them() -> None:
    fields = profile_fields.FIELDS_BY_NAME
    assert fields["founded_on"].unreadable == _gui_indonesian("Type a date such as 3-11-2025.")
    assert fields["office_lat"].unreadable == _gui_indonesian("Type a number such as 2.84.")
    assert fields["office_lon"].unreadable == _gui_indonesian("Type a number such as 117.37.")
    assert fields["financing_ceiling"].unreadable == _gui_indonesian(
        "Type an amount such as 1.250.000."
    )
