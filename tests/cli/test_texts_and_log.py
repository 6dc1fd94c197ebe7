"""argparse in Indonesian with help on every option (kopdes, kopdes-province, kopdes-desktop),
and the log file that records starts, commands, errors and sync outcomes."""

from __future__ import annotations

import argparse
import gettext
from pathlib import Path

import pytest

from kopdes_desktop.cli import build_parser, main
from kopdes_desktop.cli.argparse_id import undocumented
from kopdes_desktop.logging_setup import log_file
from kopdes_desktop.province import outputs
from kopdes_desktop.province.cli import build_parser as province_parser
from kopdes_desktop.province.store import ProvinceStore

from .conftest import VILLAGE
from .helpers import run_desktop, run_kopdes, run_province


def test_every_option_and_command_has_help() -> None:
    assert undocumented(build_parser()) == []
    assert undocumented(province_parser()) == []


def test_help_and_errors_are_indonesian() -> None:
    done = run_kopdes("--help")
    assert done.returncode == 0
    for text in (
        "Penggunaan: kopdes",
        "argumen:",
        "opsi:",
        "tampilkan bantuan ini lalu keluar",
        "--create",
        "tampilkan versi program lalu keluar",
    ):
        assert text in done.stdout, text
    assert "usage:" not in done.stdout and "show this help" not in done.stdout

    done = run_kopdes("koperasi", "gabung")
    assert done.returncode == 2
    assert (
        "kopdes koperasi: kesalahan: argumen PERINTAH: pilihan tidak sah: 'gabung'" in done.stderr
    )
    done = run_kopdes("demo", "--scale", "dua")
    assert "argumen --scale: nilai bilangan bulat tidak sah: 'dua'" in done.stderr
    done = run_kopdes("koperasi", "add", "--name", "X")
    assert "argumen berikut wajib diisi: --region" in done.stderr
    done = run_kopdes("info", "--berlebih")
    assert "kopdes: kesalahan: argumen tidak dikenal: --berlebih" in done.stderr

    done = run_province("resolve", "-h")
    assert done.returncode == 0 and done.stdout.startswith("Penggunaan: kopdes-province resolve")
    done = run_province("frobnicate")
    assert done.returncode == 2 and "kesalahan: argumen PERINTAH: pilihan tidak sah" in done.stderr


def test_kopdes_desktop_help_is_indonesian() -> None:
    done = run_desktop("--help")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Penggunaan: kopdes-desktop")
    for option in (
        "--data-dir",
        "--demo",
        "--lang",
        "--self-test",
        "--self-test-keep",
        "--version",
    ):
        line = next(line for line in done.stdout.splitlines() if line.strip().startswith(option))
        assert len(line.split()) > 2, f"{option} has no help"
    assert "use the separate demo" not in done.stdout
    done = run_desktop("--lang", "fr")
    assert done.returncode == 2 and "pilihan tidak sah: 'fr'" in done.stderr


def test_argparse_is_left_as_it_was() -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["koperasi", "gabung"])
    assert argparse._ is gettext.gettext  # type: ignore[attr-defined]
    plain = argparse.ArgumentParser(prog="lain")
    assert plain.format_usage().startswith("usage: lain")


def _log(paths) -> str:  # type: ignore[no-untyped-def]
    return log_file(paths).read_text(encoding="utf-8")


def test_the_log_records_runs_and_errors_without_personal_data(regions_dir, capsys) -> None:
    root = str(regions_dir.root)
    name = "Koperasi Desa Merah Putih Rahasia Sekali"
    assert (
        main(
            [
                "koperasi",
                "add",
                "--name",
                name,
                "--region",
                VILLAGE,
                "--set",
                "nik_koperasi=6501012345678901",
                "--data-dir",
                root,
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "koperasi",
                "edit",
                "tidak-ada",
                "--set",
                "notes=Ibu Siti 0812-1111-2222",
                "--data-dir",
                root,
            ]
        )
        == 1
    )
    assert main(["koperasi", "add", "--name", name, "--region", "65.01", "--data-dir", root]) == 2
    capsys.readouterr()
    text = _log(regions_dir)
    assert "kopdes 0.1.0 started" in text
    assert "command: koperasi add" in text and "command koperasi add ended: exit 0" in text
    assert "command koperasi edit failed: Cooperative not found." in text
    assert "command koperasi add refused: invalid region_code" in text
    for secret in ("Rahasia", "6501012345678901", "Siti", "0812"):
        assert secret not in text


def test_the_log_records_sync_outcomes(regions_dir, tmp_path: Path, capsys) -> None:
    province = ProvinceStore.init(tmp_path / "provinsi")
    trust = tmp_path / "kepercayaan.json"
    try:
        outputs.write_trust_file(province, trust)
    finally:
        province.close()
    root = str(regions_dir.root)
    assert main(["sync", "trust", str(trust), "--data-dir", root]) == 0
    assert (
        main(
            ["koperasi", "add", "--name", "Koperasi Baru", "--region", VILLAGE, "--data-dir", root]
        )
        == 0
    )
    assert main(["sync", "export", "--out", str(tmp_path / "usb"), "--data-dir", root]) == 0
    capsys.readouterr()
    text = _log(regions_dir)
    assert "sync export: 1 batches (1 new), " in text


def test_a_mistyped_folder_gets_no_log(tmp_path: Path, capsys) -> None:
    assert main(["koperasi", "list", "--data-dir", str(tmp_path / "salah")]) == 2
    capsys.readouterr()
    assert not (tmp_path / "salah").exists()


def test_the_province_logs_its_commands(tmp_path: Path, capsys) -> None:
    from kopdes_desktop.province.cli import main as province_main

    folder = tmp_path / "provinsi"
    assert province_main(["init", "--dir", str(folder)]) == 0
    assert province_main(["status", "--dir", str(folder)]) == 0
    assert province_main(["approve", "tidak-ada", "--dir", str(folder)]) == 1
    capsys.readouterr()
    text = (folder / "logs" / "kopdes.log").read_text(encoding="utf-8")
    assert "kopdes-province 0.1.0 started" in text
    assert "command status ended: exit 0" in text
    assert "command approve failed: " in text
