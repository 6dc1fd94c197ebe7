"""``kopdes backup``, ``restore`` and ``info``, in-process and as a real child process."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from kopdes_desktop.cli import main, store_cmds
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.store import backup, migrate
from kopdes_desktop.store.db import Store
from kopdes_desktop.store.models import Cooperative

from .helpers import KABUPATEN, run_kopdes, sha256


def _add(store: Store, name: str) -> None:
    with store.session() as session:
        session.add(Cooperative(name=name, region_code=KABUPATEN))


def test_info_json(store: Store, data_paths: DataPaths, capsys: pytest.CaptureFixture) -> None:
    _add(store, "Koperasi Desa Merah Putih Seluwing")
    store.close()
    assert main(["info", "--json", "--data-dir", str(data_paths.root)]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["data_dir"] == str(data_paths.root)
    assert info["database"] == str(data_paths.database)
    assert info["schema_revision"] == info["schema_head"] == migrate.head()
    assert info["device_id"] == store.device_id
    assert info["counts"]["cooperative"] == 1
    assert info["counts"]["region"] == 1
    assert info["counts"]["audit_log"] == 1


def test_info_text_and_missing_database(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    folder = tmp_path / "baru"
    assert main(["--data-dir", str(folder), "info"]) == 0
    out = capsys.readouterr().out
    assert "belum ada" in out
    assert not folder.exists()
    Store.open(DataPaths(folder)).close()
    assert main(["info", "--data-dir", str(folder)]) == 0
    out = capsys.readouterr().out
    assert f"Revisi skema  : {migrate.head()} (terbaru)" in out
    assert "  cooperative" in out


def test_backup_then_restore(
    store: Store, data_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    _add(store, "Koperasi Desa Merah Putih Long Bawan")
    out = tmp_path / "cadangan.zip"
    assert main(["backup", "--out", str(out), "--data-dir", str(data_paths.root)]) == 0
    assert "Cadangan ditulis" in capsys.readouterr().out
    _add(store, "Koperasi Desa Merah Putih Krayan")
    store.close()

    assert main(["restore", str(out), "--data-dir", str(data_paths.root)]) == 0
    printed = capsys.readouterr().out
    (kept,) = data_paths.backups.glob("sebelum-pulihkan-*.sqlite3")
    assert str(kept) in printed
    connection = backup.connect_copy(data_paths.database)
    try:
        names = [r[0] for r in connection.execute("SELECT name FROM cooperative")]
    finally:
        connection.close()
    assert names == ["Koperasi Desa Merah Putih Long Bawan"]


def test_backup_without_database_is_a_user_error(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    code = main(["backup", "--out", str(tmp_path / "b.zip"), "--data-dir", str(tmp_path)])
    assert code == 2
    assert capsys.readouterr().err.startswith(
        f"kopdes: Folder data {tmp_path} belum berisi data Kopdes"
    )
    assert list(tmp_path.iterdir()) == []


def _one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("kopdes: ")
    assert "Traceback" not in stderr
    return lines[0]


def test_subprocess_backup_info_and_refused_restore(
    store: Store, data_paths: DataPaths, tmp_path: Path
) -> None:
    _add(store, "Koperasi Desa Merah Putih Tana Tidung")
    out = tmp_path / "cadangan.zip"
    done = run_kopdes("backup", "--out", str(out), "--data-dir", str(data_paths.root))
    assert done.returncode == 0, done.stderr
    assert str(out) in done.stdout

    done = run_kopdes("info", "--json", "--data-dir", str(data_paths.root))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["counts"]["cooperative"] == 1

    store.close()
    before = sha256(data_paths.database)
    foreign = tmp_path / "foto.sqlite3"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE foto (id INTEGER)")
    connection.commit()
    connection.close()
    done = run_kopdes("restore", str(foreign), "--data-dir", str(data_paths.root))
    assert done.returncode == 1
    assert "bukan berkas cadangan Kopdes" in _one_line(done.stderr)
    assert sha256(data_paths.database) == before


def test_subprocess_newer_and_non_sqlite_database(data_paths: DataPaths, tmp_path: Path) -> None:
    Store.open(data_paths).close()
    connection = backup.connect_copy(data_paths.database)
    connection.execute("UPDATE alembic_version SET version_num = 'ffff_next_year'")
    connection.commit()
    connection.close()
    done = run_kopdes("info", "--data-dir", str(data_paths.root))
    assert done.returncode == 1
    assert "lebih baru" in _one_line(done.stderr)

    other = DataPaths(tmp_path / "lain")
    other.ensure()
    other.database.write_bytes(b"PK\x03\x04 bukan basis data" * 50)
    done = run_kopdes("info", "--data-dir", str(other.root))
    assert done.returncode == 1
    assert "bukan basis data Kopdes" in _one_line(done.stderr)


def test_subprocess_backup_to_unwritable_place(store: Store, tmp_path: Path) -> None:
    blocker = tmp_path / "berkas"
    blocker.write_text("bukan folder")
    done = run_kopdes(
        "backup", "--out", str(blocker / "b.zip"), "--data-dir", str(store.paths.root)
    )
    assert done.returncode == 1
    assert "Cadangan tidak dapat ditulis" in _one_line(done.stderr)
    assert blocker.read_text() == "bukan folder"


def test_backup_of_a_large_database_prints_progress(
    store: Store,
    data_paths: DataPaths,
    tmp_path: Path,
    capsys: pytest.CaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the threshold stands in for a large database; the copy itself is the real one
    monkeypatch.setattr(store_cmds, "LONG_BACKUP_BYTES", 1)
    out = tmp_path / "besar.zip"
    assert main(["backup", "--out", str(out), "--data-dir", str(data_paths.root)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[-1] == "kopdes: mencadangkan... 100%"
    assert len(err) == len(set(err)) >= 1
