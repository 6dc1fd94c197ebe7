"""Backup with the online API while the store is open, and a restore that checks first."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from kopdes_desktop.errors import StoreError
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.store import backup, migrate
from kopdes_desktop.store.db import Store
from kopdes_desktop.store.models import Cooperative

from .helpers import KABUPATEN, sha256


def _names(store: Store) -> list[str]:
    with store.read() as session:
        return sorted(session.scalars(select(Cooperative.name)))


def _add(store: Store, name: str) -> None:
    with store.session() as session:
        session.add(Cooperative(name=name, region_code=KABUPATEN))


def test_backup_restore_round_trip(store: Store, data_paths: DataPaths, tmp_path: Path) -> None:
    _add(store, "Koperasi Desa Merah Putih Sesayap")
    out = tmp_path / "cadangan" / "kopdes.sqlite3"
    calls: list[tuple[int, int]] = []
    backup.backup_file(data_paths.database, out, progress=lambda d, t: calls.append((d, t)))
    assert calls and calls[-1][0] == calls[-1][1]
    assert backup.inspect_backup(out) == migrate.head()
    assert not out.with_name(out.name + ".tmp").exists()

    _add(store, "Koperasi Desa Merah Putih Sekatak")
    store.close()
    kept = backup.restore(data_paths, out)

    assert kept is not None and kept.parent == data_paths.backups
    reopened = Store.open(data_paths)
    try:
        assert _names(reopened) == ["Koperasi Desa Merah Putih Sesayap"]
        assert reopened.device_id == store.device_id
    finally:
        reopened.close()
    connection = backup.connect_copy(kept)
    try:
        names = sorted(r[0] for r in connection.execute("SELECT name FROM cooperative"))
    finally:
        connection.close()
    assert names == ["Koperasi Desa Merah Putih Sekatak", "Koperasi Desa Merah Putih Sesayap"]


def test_backup_sees_committed_data_of_an_open_store(
    store: Store, data_paths: DataPaths, tmp_path: Path
) -> None:
    _add(store, "Koperasi Desa Merah Putih Mentarang")
    out = backup.backup_file(data_paths.database, tmp_path / "b.sqlite3")
    connection = backup.connect_copy(out)
    try:
        assert connection.execute("SELECT name FROM cooperative").fetchall() == [
            ("Koperasi Desa Merah Putih Mentarang",)
        ]
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        connection.close()


def _not_sqlite(path: Path) -> Path:
    path.write_bytes(b"Laporan bulanan pendamping\n" * 200)
    return path


def _foreign_sqlite(path: Path) -> Path:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, caption TEXT)")
    connection.execute("INSERT INTO photos (caption) VALUES ('panen')")
    connection.commit()
    connection.close()
    return path


def _newer_backup(path: Path, data_paths: DataPaths) -> Path:
    backup.backup_file(data_paths.database, path)
    connection = backup.connect_copy(path)
    connection.execute("UPDATE alembic_version SET version_num = '9001_from_the_future'")
    connection.commit()
    connection.close()
    return path


def _damaged_backup(path: Path, data_paths: DataPaths) -> Path:
    backup.backup_file(data_paths.database, path)
    data = bytearray(path.read_bytes())
    data[4096 : 4096 * 3] = b"\xa5" * (4096 * 2)
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("not_sqlite", "bukan berkas cadangan Kopdes"),
        ("foreign", "bukan berkas cadangan Kopdes"),
        ("newer", "versi Kopdes Desktop yang lebih baru"),
        ("damaged", "rusak"),
        ("missing", "tidak dapat dibaca"),
    ],
)
def test_restore_refuses_a_file_that_is_not_a_good_backup(
    store: Store, data_paths: DataPaths, tmp_path: Path, kind: str, message: str
) -> None:
    _add(store, "Koperasi Desa Merah Putih Bunyu")
    candidate = tmp_path / f"{kind}.sqlite3"
    if kind == "not_sqlite":
        _not_sqlite(candidate)
    elif kind == "foreign":
        _foreign_sqlite(candidate)
    elif kind == "newer":
        _newer_backup(candidate, data_paths)
    elif kind == "damaged":
        _damaged_backup(candidate, data_paths)
    store.close()
    before = sha256(data_paths.database)

    with pytest.raises(StoreError, match=message) as caught:
        backup.restore(data_paths, candidate)

    assert "\n" not in caught.value.message
    assert caught.value.message_en != caught.value.message
    assert sha256(data_paths.database) == before
    assert list(data_paths.backups.iterdir()) == []
    reopened = Store.open(data_paths)
    try:
        assert _names(reopened) == ["Koperasi Desa Merah Putih Bunyu"]
    finally:
        reopened.close()
