"""``kopdes backup`` and ``kopdes restore`` as child processes: a complete backup carried to a
new laptop, and a damaged one refused."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

from kopdes_desktop.paths import DataPaths
from kopdes_desktop.sync.keys import DEVICE_KEY_FILE, device_key

from .conftest import VILLAGE
from .helpers import run_kopdes


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backup_wipe_and_restore_on_a_new_laptop(regions_dir: DataPaths, tmp_path: Path) -> None:
    root = str(regions_dir.root)
    added = run_kopdes(
        "koperasi",
        "add",
        "--name",
        "Koperasi Desa Merah Putih Pulih",
        "--region",
        VILLAGE,
        "--data-dir",
        root,
    )
    assert added.returncode == 0, added.stderr
    photo = regions_dir.attachments / "5e" / ("5e" + "1" * 62)
    photo.parent.mkdir(parents=True, exist_ok=True)
    photo.write_bytes(b"\xff\xd8\xff" + bytes(range(256)) * 400)
    device_key(regions_dir.keys)
    expected = {
        p.relative_to(regions_dir.root): _digest(p)
        for p in (photo, regions_dir.keys / DEVICE_KEY_FILE)
    }
    usb = tmp_path / "usb"
    usb.mkdir()

    done = run_kopdes("backup", "--out", str(usb), "--data-dir", root)
    assert done.returncode == 0, done.stderr
    (written,) = usb.glob("kopdes-cadangan-*.zip")
    assert f"Cadangan ditulis: {written}" in done.stdout
    assert "1 lampiran, 1 kunci" in done.stdout
    info = json.loads(run_kopdes("info", "--json", "--data-dir", root).stdout)
    assert info["last_backup"]["file"] == str(written)
    assert info["backup_overdue_days"] is None

    shutil.rmtree(regions_dir.root)
    laptop = tmp_path / "laptop-baru"
    done = run_kopdes("restore", str(written), "--data-dir", str(laptop))
    assert done.returncode == 0, done.stderr
    assert "basis data, 1 lampiran, 1 kunci" in done.stdout

    listed = run_kopdes("koperasi", "list", "--json", "--data-dir", str(laptop))
    assert [row["id"] for row in json.loads(listed.stdout)] == [added.stdout.strip()]
    for name, digest in expected.items():
        assert _digest(laptop / name) == digest


def test_a_damaged_backup_is_refused_by_the_command(regions_dir: DataPaths, tmp_path: Path) -> None:
    root = str(regions_dir.root)
    out = tmp_path / "cadangan.zip"
    assert run_kopdes("backup", "--out", str(out), "--data-dir", root).returncode == 0
    out.write_bytes(out.read_bytes()[:-200])
    before = _digest(regions_dir.database)
    done = run_kopdes("restore", str(out), "--data-dir", root)
    assert done.returncode == 1
    assert done.stderr == (
        "kopdes: Berkas cadangan cadangan.zip rusak atau tidak lengkap. Data tidak diubah.\n"
    )
    assert _digest(regions_dir.database) == before


def test_backup_without_out_goes_outside_the_data_folder(
    regions_dir: DataPaths, tmp_path: Path, monkeypatch, capsys
) -> None:
    from kopdes_desktop.cli import main
    from kopdes_desktop.store import backup_reminder

    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setattr(backup_reminder, "REMOVABLE_ROOTS", (str(tmp_path / "no-media") + "/",))
    assert main(["backup", "--data-dir", str(regions_dir.root)]) == 0
    (written,) = (home / "Documents").glob("kopdes-cadangan-*.zip")
    assert str(written) in capsys.readouterr().out
    assert not list(regions_dir.root.rglob("*.zip"))
