"""User errors on the command lines: a clear Indonesian line, the right exit code, no
traceback, and nothing left behind."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kopdes_desktop.cli import main
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.province.cli import main as province_main

from .helpers import run_kopdes, run_province


def test_a_folder_without_a_store_is_refused(tmp_path: Path, capsys) -> None:
    typo = tmp_path / "kopdes-dta"
    for argv in (
        ["koperasi", "list"],
        ["sync", "status"],
        ["backup", "--out", str(tmp_path)],
        ["report", "monthly", "--month", "2025-11", "--out", str(tmp_path / "r.pdf")],
    ):
        assert main(["--data-dir", str(typo), *argv]) == 2, argv
        err = capsys.readouterr().err
        assert err.startswith(f"kopdes: Folder data {typo} belum berisi data Kopdes"), err
        assert "--create" in err
    assert not typo.exists()


def test_create_makes_the_store(tmp_path: Path, capsys) -> None:
    folder = DataPaths(tmp_path / "baru")
    assert main(["koperasi", "list", "--data-dir", str(folder.root), "--create"]) == 0
    assert capsys.readouterr().out == "0 koperasi.\n"
    assert folder.database.exists()
    assert main(["koperasi", "list", "--data-dir", str(folder.root)]) == 0


def test_a_file_given_as_data_folder(tmp_path: Path, capsys) -> None:
    file = tmp_path / "catatan.txt"
    file.write_text("bukan folder")
    assert main(["koperasi", "list", "--data-dir", str(file)]) == 2
    assert capsys.readouterr().err == f"kopdes: {file} bukan folder.\n"


def test_subprocess_refusal_has_no_traceback(tmp_path: Path) -> None:
    done = run_kopdes("--data-dir", str(tmp_path / "salah"), "koperasi", "list")
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


@pytest.mark.parametrize(
    "server",
    [
        "https://sinkron contoh.id",
        "http://sinkron.contoh:99999",
        "https://",
        "https://user@sinkron.contoh.id",
        "https://sinkron.contoh.id?x=1",
    ],
)
def test_a_malformed_server_address(store, capsys, server: str) -> None:
    root = str(store.paths.root)
    store.close()
    assert main(["sync", "now", "--server", server, "--data-dir", root]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kopdes: Alamat server tidak sah"), err
    assert "sinyal" not in err
    assert (
        main(["sync", "enroll", "--server", server, "--code", "ABCD-EFGH", "--data-dir", root]) == 1
    )
    assert capsys.readouterr().err.startswith("kopdes: Alamat server tidak sah")


def test_province_init_without_the_postgres_driver(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as on a plain install
    folder = tmp_path / "provinsi"
    code = province_main(
        ["init", "--dir", str(folder), "--db-url", "postgresql+psycopg://kopdes@localhost/kopdes"]
    )
    assert code == 1
    err = capsys.readouterr().err
    assert "pip install 'kopdes-desktop[postgres]'" in err
    assert err.count("\n") == 1
    assert not (folder / "config.json").exists()
    # the folder still initialises with SQLite afterwards: no bad URL was kept
    monkeypatch.delitem(sys.modules, "psycopg")
    assert province_main(["init", "--dir", str(folder)]) == 0
    assert province_main(["status", "--dir", str(folder)]) == 0


def test_province_init_with_an_unreachable_database_keeps_no_config(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "provinsi"
    code = province_main(
        ["init", "--dir", str(folder), "--db-url", "postgresql+psycopg://kopdes@127.0.0.1:1/kopdes"]
    )
    assert code == 1
    assert capsys.readouterr().err.startswith("kopdes-province: Basis data provinsi tidak")
    assert not (folder / "config.json").exists()
    for url in ("mysql://kopdes@localhost/k", "bukan-alamat"):
        assert province_main(["init", "--dir", str(folder), "--db-url", url]) == 1
        assert "Alamat basis data tidak sah" in capsys.readouterr().err
        assert not (folder / "config.json").exists()


def test_serve_with_a_port_out_of_range() -> None:
    done = run_province("serve", "--port", "99999")
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.splitlines()[-1] == (
        "kopdes-province serve: kesalahan: argumen --port: port harus antara 1 dan 65535, "
        "bukan 99999"
    )
