"""The complete backup: database, attachments and keys in one zip, restored on a new laptop;
damaged or foreign files refused with nothing changed."""

from __future__ import annotations

import json
import shutil
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from kopdes_desktop.errors import StoreError
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.settings import Settings
from kopdes_desktop.store import archive, backup, backup_reminder
from kopdes_desktop.store.db import Store
from kopdes_desktop.store.models import Cooperative
from kopdes_desktop.sync.keys import DEVICE_KEY_FILE, device_key

from .helpers import KABUPATEN, sha256


def _fill(store: Store) -> dict[str, str]:
    """A cooperative, two attachments, a device key, an instrument version and a setting;
    returns member name -> SHA-256 of every file that must come back."""
    with store.session() as session:
        session.add(
            Cooperative(name="Koperasi Desa Merah Putih Long Nawang", region_code=KABUPATEN)
        )
    paths = store.paths
    for index, content in enumerate((b"\xff\xd8\xff foto gerai", b"%PDF-1.7 notulen rapat")):
        name = f"{index:02x}" + "7" * 62
        target = paths.attachments / name[:2] / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content * 1000)
    device_key(paths.keys)
    version = paths.instruments / "kesiapan-kdkmp" / "1.1.json"
    version.parent.mkdir(parents=True)
    version.write_text('{"id": "kesiapan-kdkmp", "version": "1.1"}', encoding="utf-8")
    Settings(paths.settings_file).set("sync_server", "https://sinkron.contoh.id")
    return {
        path.relative_to(paths.root).as_posix(): sha256(path)
        for folder in (paths.attachments, paths.keys, paths.instruments)
        for path in folder.rglob("*")
        if path.is_file()
    }


def _names(paths: DataPaths) -> list[str]:
    with Store.open(paths) as store, store.read() as session:
        return sorted(session.scalars(select(Cooperative.name)))


def test_backup_then_restore_on_a_new_laptop(store: Store, tmp_path: Path) -> None:
    files = _fill(store)
    usb = tmp_path / "usb"
    usb.mkdir()
    info = archive.write_backup(store.paths, usb)
    assert info.file.parent == usb and info.file.name.startswith("kopdes-cadangan-")
    assert not list(usb.glob("*.tmp"))
    assert info.count("attachments") == 2 and info.count("keys") == 1
    assert info.device_id == store.device_id
    device_id = store.device_id
    store.close()
    shutil.rmtree(store.paths.root)  # the old laptop's disk died

    laptop = DataPaths(tmp_path / "laptop-baru")
    Settings(laptop.settings_file).set("language", "en")
    assert backup.restore(laptop, info.file) is None  # nothing was there to keep aside

    assert _names(laptop) == ["Koperasi Desa Merah Putih Long Nawang"]
    for name, digest in files.items():
        assert sha256(laptop.root / name) == digest, name
    assert (laptop.keys / DEVICE_KEY_FILE).stat().st_mode & 0o077 == 0
    with Store.open(laptop) as reopened:
        assert reopened.device_id == device_id
    settings = Settings(laptop.settings_file)
    assert settings.get("sync_server") == "https://sinkron.contoh.id"
    assert settings.get("language") == "en"  # this laptop's own choice stays
    assert not list(laptop.root.glob(".pulihkan-*"))


def test_restore_keeps_what_it_replaces(store: Store, tmp_path: Path) -> None:
    _fill(store)
    info = archive.write_backup(store.paths, tmp_path / "cadangan.zip")
    with store.session() as session:
        session.add(Cooperative(name="Koperasi Desa Merah Putih Sesudah", region_code=KABUPATEN))
    key = store.paths.keys / DEVICE_KEY_FILE
    key.unlink()
    device_key(store.paths.keys)  # a new key made after the backup
    newer_key = key.read_bytes()
    store.close()

    kept = backup.restore(store.paths, info.file)

    assert kept is not None and kept.name.startswith("sebelum-pulihkan-")
    assert _names(store.paths) == ["Koperasi Desa Merah Putih Long Nawang"]
    (aside,) = store.paths.backups.glob(f"sebelum-pulihkan-*/keys/{DEVICE_KEY_FILE}")
    assert aside.read_bytes() == newer_key
    assert key.read_bytes() != newer_key


def _rewrite(source: Path, target: Path, change) -> Path:  # type: ignore[no-untyped-def]
    """Copy a backup member by member, letting ``change(name, data)`` alter or drop them."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            result = change(item.filename, old.read(item))
            if result is not None:
                new.writestr(
                    item.filename if not isinstance(result, tuple) else result[0],
                    result if not isinstance(result, tuple) else result[1],
                )
    return target


def _manifest_with(extra: dict) -> object:  # type: ignore[type-arg]
    def change(name: str, data: bytes) -> bytes:
        if name != archive.MANIFEST:
            return data
        manifest = json.loads(data)
        manifest["members"].append(extra)
        return json.dumps(manifest).encode()

    return change


def _damage(kind: str, good: Path, bad: Path) -> Path:
    data = good.read_bytes()
    if kind == "truncated":
        bad.write_bytes(data[: len(data) * 2 // 3])
        return bad
    if kind == "flipped_byte":  # inside the stored photo: only the SHA-256 can tell
        at = data.index(b"foto gerai") + 3
        bad.write_bytes(data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :])
        return bad
    if kind == "tampered_member":
        return _rewrite(good, bad, lambda n, d: d + b"x" if n.startswith("keys/") else d)
    if kind == "missing_member":
        return _rewrite(good, bad, lambda n, d: None if n.startswith("attachments/") else d)
    if kind == "extra_member":
        _rewrite(good, bad, lambda n, d: d)
        with zipfile.ZipFile(bad, "a") as z:
            z.writestr("keys/penyusup.pem", b"kunci lain")
        return bad
    if kind == "path_traversal":
        name = "attachments/../../../etc/cron.d/x"
        _rewrite(good, bad, _manifest_with({"name": name, "size": 1, "sha256": "0" * 64}))
        with zipfile.ZipFile(bad, "a") as z:
            z.writestr(name, b"x")
        return bad
    if kind == "not_a_backup":
        with zipfile.ZipFile(bad, "w") as z:
            z.writestr("laporan.txt", b"laporan bulanan")
        return bad
    raise AssertionError(kind)


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("truncated", "rusak atau tidak lengkap"),
        ("flipped_byte", "rusak atau tidak lengkap"),
        ("tampered_member", "rusak atau tidak lengkap"),
        ("missing_member", "rusak atau tidak lengkap"),
        ("extra_member", "rusak atau tidak lengkap"),
        ("path_traversal", "rusak atau tidak lengkap"),
        ("not_a_backup", "bukan berkas cadangan Kopdes"),
    ],
)
def test_a_damaged_backup_is_refused_and_nothing_changes(
    store: Store, tmp_path: Path, kind: str, message: str
) -> None:
    _fill(store)
    good = archive.write_backup(store.paths, tmp_path / "baik.zip").file
    with store.session() as session:
        session.add(Cooperative(name="Koperasi Desa Merah Putih Sesudah", region_code=KABUPATEN))
    store.close()
    before = {p: sha256(p) for p in store.paths.root.rglob("*") if p.is_file()}
    bad = _damage(kind, good, tmp_path / f"{kind}.zip")

    with pytest.raises(StoreError, match=message) as caught:
        backup.restore(store.paths, bad)

    assert "Data tidak diubah" in caught.value.message
    assert "\n" not in caught.value.message
    after = {p: sha256(p) for p in store.paths.root.rglob("*") if p.is_file()}
    assert after == before
    assert not list(store.paths.root.glob(".pulihkan-*"))
    assert not (tmp_path.parent / "etc").exists()


def test_an_older_database_only_backup_still_restores(store: Store, tmp_path: Path) -> None:
    _fill(store)
    old_style = backup.backup_file(store.paths.database, tmp_path / "lama.sqlite3")
    with store.session() as session:
        session.add(Cooperative(name="Koperasi Desa Merah Putih Sesudah", region_code=KABUPATEN))
    store.close()
    assert backup.restore(store.paths, old_style) is not None
    assert _names(store.paths) == ["Koperasi Desa Merah Putih Long Nawang"]


def test_backup_reminder_after_seven_days(store: Store, tmp_path: Path) -> None:
    today = date.today()
    paths = store.paths
    assert backup_reminder.last_backup(paths) is None
    assert backup_reminder.backup_overdue(paths, today) is None  # a new store
    assert backup_reminder.backup_overdue(paths, today + timedelta(days=10)) == 10
    info = archive.write_backup(paths, tmp_path / "c.zip")
    backup_reminder.record_backup(paths, info)
    last = backup_reminder.last_backup(paths)
    assert last is not None and last.file == info.file and last.size == info.file.stat().st_size
    assert abs(last.at - datetime.now()) < timedelta(minutes=5)
    assert backup_reminder.backup_overdue(paths, today + timedelta(days=7)) is None
    assert backup_reminder.backup_overdue(paths, today + timedelta(days=8)) == 8
    assert backup_reminder.backup_overdue(DataPaths(tmp_path / "kosong"), today) is None


def test_a_removable_drive_is_suggested(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "media" / "siti" / "FLASH DISK"
    stick.mkdir(parents=True)
    mounts = tmp_path / "mounts"
    monkeypatch.setattr(backup_reminder, "REMOVABLE_ROOTS", (str(tmp_path / "media") + "/",))
    escaped = str(stick).replace(" ", "\\040")
    mounts.write_text(f"/dev/sda2 / ext4 rw 0 0\n/dev/sdb1 {escaped} vfat rw 0 0\n")
    assert backup_reminder.removable_folders(mounts) == [stick]
    assert backup_reminder.suggested_folder(store.paths, mounts) == stick
    mounts.write_text("/dev/sda2 / ext4 rw 0 0\n")
    suggested = backup_reminder.suggested_folder(store.paths, mounts)
    assert store.paths.root not in (suggested, *suggested.parents)


def test_a_disk_failure_mid_restore_is_undone(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    _fill(store)
    info = archive.write_backup(store.paths, tmp_path / "cadangan.zip")
    key = store.paths.keys / DEVICE_KEY_FILE
    key.unlink()
    device_key(store.paths.keys)  # differs from the backup's: would be replaced
    for photo in store.paths.attachments.rglob("*"):
        if photo.is_file():
            photo.unlink()  # missing here: would be added
    store.close()
    before = {p: sha256(p) for p in store.paths.root.rglob("*") if p.is_file()}
    real_put = backup._FileSwap.put
    calls = []

    def failing_put(self, staging: Path, name: str) -> None:  # type: ignore[no-untyped-def]
        calls.append(name)
        if len(calls) == 4:  # after two photos added and the key replaced
            raise OSError(errno.ENOSPC, "No space left on device")
        real_put(self, staging, name)

    monkeypatch.setattr(backup._FileSwap, "put", failing_put)
    with pytest.raises(StoreError, match="Pemulihan gagal, data lama tetap dipakai: disk penuh"):
        backup.restore(store.paths, info.file)
    after = {
        p: sha256(p)
        for p in store.paths.root.rglob("*")
        if p.is_file() and "sebelum-pulihkan" not in str(p)
    }
    assert after == before
