"""What a stolen laptop gives away: nothing readable in the data folder, whose database and
copies are readable by their owner only; a store from before encryption is encrypted on
upgrade, after a backup."""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import insert, select

from kopdes_desktop.core import attachments, demo
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.store import backup, db, migrate, vault
from kopdes_desktop.store.db import Store
from kopdes_desktop.store.models import Attachment, Cooperative, Person, Region

from .helpers import KABUPATEN

NIK = "6501044512870003"
PHONE = "081254327788"


def _photo(path: Path) -> Path:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 30, 30)).save(out, "JPEG")
    path.write_bytes(out.getvalue() + f"keterangan {NIK} {PHONE}".encode())
    return path


def _every_file(folder: Path) -> list[Path]:
    return [p for p in sorted(folder.rglob("*")) if p.is_file()]


def test_a_copy_of_the_data_folder_holds_no_nik_or_phone(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    with Store.open(paths) as store:
        demo.generate(store, scale=1)
        with store.session() as session:
            coop = session.scalars(select(Cooperative).limit(1)).one()
            session.add(
                Person(
                    cooperative_id=coop.id,
                    organ="PENGURUS",
                    role="Ketua",
                    name="Yohanes Lawing",
                    gender="L",
                    phone=PHONE,
                    nik=NIK,
                )
            )
            attachments.add(session, paths, _photo(tmp_path / "ketua.jpg"), "assessment", coop.id)
        with store.read() as session:  # the rows are there, readable through the store
            assert session.scalar(select(Person.phone).where(Person.nik == NIK)) == PHONE
            sha = session.scalar(select(Attachment.sha256))
        assert NIK.encode() in attachments.read_bytes(attachments.file_path(paths, sha))
        # The copy is taken while the store is open: the WAL holds recent pages too.
        stolen = tmp_path / "dicuri"
        shutil.copytree(paths.root, stolen)
    files = _every_file(stolen)
    assert any(f.name.endswith("-wal") for f in files)
    assert len(files) > 3
    for needle in (NIK, PHONE, PHONE[1:], "Yohanes Lawing"):
        for file in files:
            assert needle.encode() not in file.read_bytes(), (needle, file)
            assert needle.encode("utf-16-le") not in file.read_bytes(), (needle, file)


def test_database_wal_and_copies_are_readable_by_their_owner_only(store: Store) -> None:
    paths = store.paths
    with store.session() as session:
        session.add(
            Cooperative(name="Koperasi Desa Merah Putih Tanjung Palas", region_code=KABUPATEN)
        )
    copy = backup.backup_before_upgrade(paths, migrate.head())
    for file in (
        paths.database,
        Path(f"{paths.database}-wal"),
        Path(f"{paths.database}-shm"),
        copy,
    ):
        assert file.stat().st_mode & 0o777 == 0o600, file
    assert paths.backups.stat().st_mode & 0o777 == 0o700


def test_an_old_world_readable_database_and_backups_folder_are_made_private(
    data_paths: DataPaths,
) -> None:
    Store.open(data_paths).close()
    data_paths.database.chmod(0o644)
    data_paths.backups.chmod(0o755)
    Store.open(data_paths).close()
    assert data_paths.database.stat().st_mode & 0o777 == 0o600
    assert data_paths.backups.stat().st_mode & 0o777 == 0o700


def _plaintext_store(paths: DataPaths, tmp_path: Path) -> None:
    """A data folder as the release before encryption left it: plaintext database (an older
    schema revision), an attachment and a database copy in backups/ in plain."""
    paths.ensure()
    engine = db.make_engine(paths.database, None)
    migrate.upgrade(engine, None, "0006")
    with Store(paths, engine, None) as old:
        old.device_id = old._ensure_device()
        with old.session() as session:
            session.add(
                Region(code=KABUPATEN, name="Malinau", level=2, type="KABUPATEN", source="test")
            )
            session.flush()
            # A Core insert names only the columns given or with a Python default, all of
            # which the 0006 schema has (the model has gained columns since).
            session.execute(
                insert(Cooperative.__table__).values(
                    name="Koperasi Desa Merah Putih Long Ampung",
                    region_code=KABUPATEN,
                    notes=f"ketua {NIK}",
                )
            )
    shutil.copy(paths.database, paths.backups / "sebelum-upgrade-0005-20260101-000000.sqlite3")
    stored = paths.attachments / "ab" / ("ab" + "0" * 62)
    stored.parent.mkdir(parents=True)
    stored.write_bytes(f"foto {PHONE}".encode())


def test_a_plaintext_store_is_encrypted_on_upgrade_after_a_backup(
    data_paths: DataPaths, tmp_path: Path
) -> None:
    _plaintext_store(data_paths, tmp_path)
    assert db.is_plaintext(data_paths.database)

    with Store.open(data_paths) as store:
        assert migrate.current_revision(store.engine) == migrate.head()
        with store.read() as session:
            assert session.scalar(select(Cooperative.notes)) == f"ketua {NIK}"
    assert not db.is_plaintext(data_paths.database)
    (saved,) = data_paths.backups.glob("sebelum-enkripsi-*.sqlite3")
    assert backup.inspect_backup(saved) == "0006", "the copy made first, now encrypted too"
    for file in _every_file(data_paths.root):
        assert NIK.encode() not in file.read_bytes(), file
        assert PHONE.encode() not in file.read_bytes(), file
    (photo,) = _every_file(data_paths.attachments)
    assert attachments.read_bytes(photo) == f"foto {PHONE}".encode()

    vault.forget_all()  # the next start unlocks it with the passphrase
    with Store.open(data_paths) as store, store.read() as session:
        assert session.scalar(select(Cooperative.name)) == "Koperasi Desa Merah Putih Long Ampung"


def test_a_failed_encryption_leaves_the_plaintext_store(
    data_paths: DataPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _plaintext_store(data_paths, tmp_path)
    before = data_paths.database.read_bytes()
    monkeypatch.setattr(os, "replace", _fail_on_encrypted(os.replace))
    with pytest.raises(db.StoreError, match="tidak dapat dienkripsi"):
        Store.open(data_paths)
    assert data_paths.database.read_bytes() == before


def _fail_on_encrypted(replace):  # type: ignore[no-untyped-def]
    def failing(source, target):  # type: ignore[no-untyped-def]
        # the encrypted copy (a temporary file beside it) taking the database's name
        if (
            Path(source).name.startswith(".kopdes.sqlite3.")
            and Path(target).name == "kopdes.sqlite3"
        ):
            raise OSError(28, "No space left on device")
        return replace(source, target)

    return failing
