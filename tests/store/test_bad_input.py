"""Files and places the store cannot use: a clear StoreError, and the data left as it was."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kopdes_desktop import paths as paths_module
from kopdes_desktop.errors import StoreError
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.store import backup
from kopdes_desktop.store.db import Store
from kopdes_desktop.store.models import Cooperative

from .helpers import KABUPATEN, sha256


def _store_with_rows(data_paths: DataPaths, count: int = 3) -> None:
    with Store.open(data_paths) as store:
        with store.session() as session:
            from kopdes_desktop.store.models import Region

            session.add(Region(code=KABUPATEN, name="Malinau", level=2, type="KAB", source="t"))
            for index in range(count):
                session.add(Cooperative(name=f"Koperasi {index}", region_code=KABUPATEN))


def _cooperatives(data_paths: DataPaths) -> int:
    with Store.open(data_paths) as store, store.read() as session:
        return session.scalar(select(func.count()).select_from(Cooperative))


def _refused(data_paths: DataPaths, match: str) -> StoreError:
    before = sha256(data_paths.database)
    with pytest.raises(StoreError, match=match) as caught:
        Store.open(data_paths)
    assert sha256(data_paths.database) == before
    assert "\n" not in caught.value.message
    assert caught.value.message_en and caught.value.message_en != caught.value.message
    return caught.value


@pytest.mark.parametrize("damage", ["schema_page", "truncated", "header", "data_pages"])
def test_corrupt_database_is_refused_untouched(data_paths: DataPaths, damage: str) -> None:
    _store_with_rows(data_paths)
    data = bytearray(data_paths.database.read_bytes())
    if damage == "schema_page":
        data[100:3000] = os.urandom(2900)
    elif damage == "truncated":
        data = data[:5000]
    elif damage == "header":
        data[16:18] = b"\x00\x03"  # an impossible page size
    else:
        data[4096:] = b"\xa5" * (len(data) - 4096)
    data_paths.database.write_bytes(bytes(data))
    _refused(data_paths, "rusak")


def test_non_sqlite_file_is_refused_untouched(data_paths: DataPaths) -> None:
    data_paths.ensure()
    data_paths.database.write_text("Nama Koperasi;Desa\nKDMP Sesayap;Sesayap\n" * 100)
    _refused(data_paths, "bukan basis data Kopdes")
    assert not Path(f"{data_paths.database}-wal").exists()


def test_foreign_sqlite_database_is_refused_untouched(data_paths: DataPaths) -> None:
    data_paths.ensure()
    connection = sqlite3.connect(data_paths.database)
    connection.execute("CREATE TABLE inventory (item TEXT, qty INTEGER)")
    connection.execute("INSERT INTO inventory VALUES ('beras', 40)")
    connection.commit()
    connection.close()
    _refused(data_paths, "bukan basis data Kopdes")
    connection = backup.connect_copy(data_paths.database)
    tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master")]
    connection.close()
    assert tables == ["inventory"]


def test_database_from_newer_schema_is_refused_untouched(data_paths: DataPaths) -> None:
    _store_with_rows(data_paths)
    connection = backup.connect_copy(data_paths.database)
    connection.execute("UPDATE alembic_version SET version_num = '0042_later_release'")
    connection.commit()
    connection.close()
    _refused(data_paths, "versi Kopdes Desktop yang lebih baru")
    assert list(data_paths.backups.iterdir()) == []
    connection = backup.connect_copy(data_paths.database)
    assert connection.execute("SELECT count(*) FROM cooperative").fetchone() == (3,)
    connection.close()


def _really_read_only(folder: Path) -> bool:
    probe = folder / ".probe"
    try:
        probe.write_text("x")
    except OSError:
        return True
    probe.unlink()
    return False


@contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """Make ``folder`` and its files unwritable, even for root.

    chmod does not stop root, so as root the folder and its files are made immutable with
    ``chattr +i`` (ext4, xfs, btrfs). Where neither works the test cannot be meaningful here.
    """
    targets = [folder, *sorted(folder.rglob("*"))]
    if os.geteuid() != 0:
        modes = {p: p.stat().st_mode for p in targets}
        for target in targets:
            target.chmod(0o555 if target.is_dir() else 0o444)
        undo = lambda: [p.chmod(mode) for p, mode in modes.items()]  # noqa: E731
    else:
        chattr = shutil.which("chattr")
        done = (
            chattr
            and subprocess.run([chattr, "+i", *map(str, targets)], capture_output=True).returncode
            == 0
        )
        undo = lambda: done and subprocess.run([chattr, "-i", *map(str, targets)], check=True)  # noqa: E731
    try:
        if not _really_read_only(folder):
            pytest.skip("running as root on a file system without chattr +i")
        yield
    finally:
        undo()


def test_read_only_data_folder_with_a_database(data_paths: DataPaths) -> None:
    _store_with_rows(data_paths)
    before = sha256(data_paths.database)
    with read_only(data_paths.root):
        with pytest.raises(StoreError, match="tidak dapat ditulis"):
            Store.open(data_paths)
    assert sha256(data_paths.database) == before
    assert _cooperatives(data_paths) == 3


def test_read_only_empty_data_folder(tmp_path: Path) -> None:
    data_paths = paths_module.resolve(tmp_path / "kosong")
    data_paths.root.mkdir()
    with read_only(data_paths.root):
        with pytest.raises(StoreError, match="tidak dapat dibuat atau ditulis"):
            Store.open(data_paths)
    assert list(data_paths.root.iterdir()) == []


def test_data_folder_under_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "bukan-folder"
    blocker.write_text("isi")
    with pytest.raises(StoreError, match="tidak dapat dibuat atau ditulis"):
        Store.open(paths_module.resolve(blocker / "data"))
    assert blocker.read_text() == "isi"


def test_full_disk_during_a_write_keeps_earlier_data(data_paths: DataPaths) -> None:
    _store_with_rows(data_paths)
    store = Store.open(data_paths)
    try:
        with pytest.raises(StoreError, match="Penyimpanan penuh") as caught:
            with store.session() as session:
                connection = session.connection()
                pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
                # SQLite reports "database or disk is full" once the file would grow past this
                connection.exec_driver_sql(f"PRAGMA max_page_count = {pages}")
                for index in range(40):
                    session.add(
                        Cooperative(
                            name=f"Besar {index}", region_code=KABUPATEN, notes="catatan " * 4000
                        )
                    )
        assert "disk is full" in str(caught.value.__cause__)
        with store.read() as session:
            names = sorted(session.scalars(select(Cooperative.name)))
        assert names == ["Koperasi 0", "Koperasi 1", "Koperasi 2"]
    finally:
        store.close()
    connection = backup.connect_copy(data_paths.database)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        connection.close()
    assert _cooperatives(data_paths) == 3
