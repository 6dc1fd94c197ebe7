"""core.data_folder: opening, backing up and restoring the data folder as the GUI does."""

from __future__ import annotations

from datetime import date

from kopdes_desktop.core import data_folder
from kopdes_desktop.core.services.hub import Services
from kopdes_desktop.paths import DataPaths


def _mentor(paths: DataPaths, name: str) -> None:
    store = data_folder.open_store(paths)
    try:
        Services(store).mentor.save_profile(name=name, role="PENDAMPING", kabupaten_code=None)
    finally:
        store.close()


def _mentor_name(paths: DataPaths) -> str | None:
    store = data_folder.open_store(paths)
    try:
        profile = Services(store).mentor.profile()
        return profile.name if profile else None
    finally:
        store.close()


def test_backup_then_restore_brings_the_data_back(data_paths, tmp_path):
    assert not data_folder.has_key_file(data_paths)
    _mentor(data_paths, "Siti")
    assert data_folder.has_key_file(data_paths)
    assert data_folder.last_backup(data_paths) is None
    out = tmp_path / "usb" / data_folder.default_backup_name()
    out.parent.mkdir()
    info = data_folder.write_backup(data_paths, out)
    assert info.file == out and out.exists()
    assert data_folder.last_backup(data_paths).file == out
    assert data_folder.backup_overdue(data_paths, date.today()) is None
    assert data_folder.is_complete_backup(out)
    assert data_folder.describe_backup(out).count("keys") == info.count("keys")
    _mentor(data_paths, "Budi")
    kept = data_folder.restore(data_paths, out)
    assert kept is not None and kept.exists()
    assert _mentor_name(data_paths) == "Siti"


def test_the_recovery_key_is_shown_once(data_paths):
    store = data_folder.open_store(data_paths)
    try:
        assert store.key is not None
        assert data_folder.recovery_unseen(data_paths)
        code = data_folder.recovery_code(data_paths, store.key)
        assert len(code.replace("-", "")) >= 20
        data_folder.mark_recovery_shown(data_paths)
        assert not data_folder.recovery_unseen(data_paths)
    finally:
        store.close()
