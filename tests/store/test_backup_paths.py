"""Backups wherever they are: paths with any legal character, a read-only data folder,
another laptop; and a restore that takes only a whole Kopdes schema."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from kopdes_desktop.cli import main
from kopdes_desktop.errors import StoreError
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.store import archive, backup, db, migrate, vault
from kopdes_desktop.store.db import Store
from kopdes_desktop.store.models import Cooperative, Region

from .helpers import KABUPATEN, sha256
from .test_bad_input import read_only

ODD = "USB #1 ?x%41 [50%] & ünï"


def _fill(paths: DataPaths, *names: str) -> None:
    with Store.open(paths) as store, store.session() as session:
        if session.get(Region, KABUPATEN) is None:
            session.add(
                Region(code=KABUPATEN, name="Malinau", level=2, type="KABUPATEN", source="test")
            )
            session.flush()
        for name in names:
            session.add(Cooperative(name=name, region_code=KABUPATEN))


def _names(paths: DataPaths) -> list[str]:
    with Store.open(paths) as store, store.read() as session:
        return sorted(c.name for c in session.query(Cooperative))


def test_backup_and_restore_where_the_path_has_odd_characters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = DataPaths(tmp_path / f"data {ODD}")
    _fill(paths, "Koperasi Desa Merah Putih Sungai Nyamuk")
    out = tmp_path / ODD / "kopdes #2 ?.zip"
    assert main(["backup", "--out", str(out), "--data-dir", str(paths.root)]) == 0, (
        capsys.readouterr().err
    )
    assert out.is_file() and zipfile.is_zipfile(out), "the backup keeps its own output"
    assert [p.name for p in out.parent.iterdir()] == [out.name]
    assert out.stat().st_mode & 0o777 == 0o600
    assert out.parent.stat().st_mode  # written beside it, nothing left over

    _fill(paths, "Koperasi Desa Merah Putih Sebatik")
    assert main(["restore", str(out), "--data-dir", str(paths.root)]) == 0, capsys.readouterr().err
    assert _names(paths) == ["Koperasi Desa Merah Putih Sungai Nyamuk"]
    (kept,) = paths.backups.glob("sebelum-pulihkan-*.sqlite3")
    copy = tmp_path / ODD / "salinan %20#?.sqlite3"
    kept.rename(copy)
    assert backup.inspect_backup(copy) == migrate.head()
    assert backup.restore(paths, copy) is not None
    assert _names(paths) == [
        "Koperasi Desa Merah Putih Sebatik",
        "Koperasi Desa Merah Putih Sungai Nyamuk",
    ]


def test_the_pre_upgrade_copy_of_an_odd_path_holds_the_data(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / f"data {ODD}")
    _fill(paths, "Koperasi Desa Merah Putih Salimbatu")
    saved = backup.backup_before_upgrade(paths, "0006")
    assert saved.stat().st_size > 4096
    connection = backup.connect_copy(saved, "ro")
    try:
        assert connection.execute("SELECT name FROM cooperative").fetchall() == [
            ("Koperasi Desa Merah Putih Salimbatu",)
        ]
    finally:
        connection.close()


def test_a_complete_backup_restores_on_another_laptop_with_the_passphrase_or_recovery_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = DataPaths(tmp_path / "laptop-1")
    _fill(paths, "Koperasi Desa Merah Putih Long Pujungan")
    info = archive.write_backup(paths, tmp_path / "cadangan.zip")
    with Store.open(paths) as store:
        assert store.key is not None
        code = vault.recovery_code(paths, store.key)
    with zipfile.ZipFile(info.file) as zipped:
        names = set(zipped.namelist())
        assert {archive.DATABASE, vault.FILENAME, "keys/device_ed25519.pem"} <= names or {
            archive.DATABASE,
            vault.FILENAME,
        } <= names
        for name in names - {archive.MANIFEST, vault.FILENAME}:
            data = zipped.read(name)
            assert not data.startswith(b"SQLite format 3") and b"PRIVATE KEY" not in data, name

    vault.set_prompt(None)
    for secret in ("kata-sandi-uji-kopdes", code):
        vault.forget_all()  # another laptop: nothing of the first one in memory
        other = DataPaths(tmp_path / f"laptop-{len(secret)}")
        monkeypatch.setenv(vault.PASSPHRASE_ENV, secret)
        backup.restore(other, info.file)
        assert _names(other) == ["Koperasi Desa Merah Putih Long Pujungan"]

    vault.forget_all()
    monkeypatch.setenv(vault.PASSPHRASE_ENV, "sandi laptop asing")
    stranger = DataPaths(tmp_path / "laptop-asing")
    _fill(stranger, "Koperasi lain")  # this laptop's own key stays unlocked
    before = sha256(stranger.database)
    monkeypatch.setenv(vault.PASSPHRASE_ENV, "tebakan-yang-salah")
    with pytest.raises(vault.VaultError, match="salah"):
        backup.restore(stranger, info.file)
    assert sha256(stranger.database) == before


def _with_schema_change(store: Store, tmp_path: Path, sql: str) -> Path:
    out = backup.backup_file(store.paths.database, tmp_path / "ubah.sqlite3")
    connection = backup.connect_copy(out)
    connection.execute(sql)
    connection.close()
    return out


@pytest.mark.parametrize(
    "sql",
    [
        "ALTER TABLE cooperative DROP COLUMN notes",
        "ALTER TABLE cooperative ADD COLUMN extra TEXT",
        "DROP TABLE monthly_note",
        "CREATE TABLE catatan_lain (id INTEGER)",
        "UPDATE alembic_version SET version_num = '0003'",
    ],
)
def test_restore_refuses_a_schema_that_is_not_exactly_a_known_revision(
    store: Store, tmp_path: Path, sql: str
) -> None:
    candidate = _with_schema_change(store, tmp_path, sql)
    store.close()
    before = sha256(store.paths.database)
    with pytest.raises(StoreError, match="tabel atau kolomnya tidak sama"):
        backup.restore(store.paths, candidate)
    assert sha256(store.paths.database) == before
    assert list(store.paths.backups.iterdir()) == []


def test_backup_from_a_read_only_data_folder(
    data_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _fill(data_paths, "Koperasi Desa Merah Putih Apau Kayan")
    out = tmp_path / "flashdisk" / "cadangan.zip"
    with read_only(data_paths.root):
        code = main(["backup", "--out", str(out), "--data-dir", str(data_paths.root)])
        assert code == 0, capsys.readouterr().err
    other = DataPaths(tmp_path / "lain")
    backup.restore(other, out)
    assert _names(other) == ["Koperasi Desa Merah Putih Apau Kayan"]


def test_backup_blames_the_target_only_when_the_target_fails(
    data_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _fill(data_paths, "Koperasi Desa Merah Putih Kayan Hilir")
    target = tmp_path / "terkunci"
    target.mkdir()
    with read_only(target):
        assert (
            main(["backup", "--out", str(target / "c.zip"), "--data-dir", str(data_paths.root)])
            == 1
        )
    err = capsys.readouterr().err
    assert f"Cadangan tidak dapat ditulis ke {target / 'c.zip'}" in err

    data_paths.database.write_bytes(b"\x00" * 8192)  # a disk whose data went bad
    assert (
        main(["backup", "--out", str(tmp_path / "c.zip"), "--data-dir", str(data_paths.root)]) == 1
    )
    err = capsys.readouterr().err
    assert "tidak dapat dibaca" in err and "ditulis" not in err


def _format_1_backup(paths: DataPaths, out: Path) -> Path:
    """A complete backup as the release before encryption wrote it: plaintext database and
    attachment, format 1."""
    plain = out.with_name("plain.sqlite3")
    connection = backup.connect_copy(paths.database)
    connection.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
    connection.execute("SELECT sqlcipher_export('plain')")
    connection.execute("DETACH DATABASE plain")
    connection.close()
    photo = b"\xff\xd8foto lama 081254327788"
    sha = hashlib.sha256(photo).hexdigest()
    members = [(archive.DATABASE, plain.read_bytes()), (f"attachments/{sha[:2]}/{sha}", photo)]
    manifest = {
        "kind": archive.KIND,
        "format": 1,
        "created_at": "2026-11-01T10:00:00+08:00",
        "app_version": "0.9",
        "schema_revision": migrate.head(),
        "device_id": "d",
        "members": [
            {"name": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()} for n, d in members
        ],
    }
    with zipfile.ZipFile(out, "w") as zipped:
        for name, data in members:
            zipped.writestr(name, data)
        zipped.writestr(archive.MANIFEST, json.dumps(manifest))
    return out


def test_a_backup_from_before_encryption_restores_and_is_encrypted(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "laptop")
    _fill(paths, "Koperasi Desa Merah Putih Mensalong")
    old = _format_1_backup(paths, tmp_path / "lama.zip")
    other = DataPaths(tmp_path / "laptop-baru")
    backup.restore(other, old)
    assert _names(other) == ["Koperasi Desa Merah Putih Mensalong"]
    assert not db.is_plaintext(other.database)
    for file in [p for p in other.root.rglob("*") if p.is_file()]:
        assert b"081254327788" not in file.read_bytes(), file
