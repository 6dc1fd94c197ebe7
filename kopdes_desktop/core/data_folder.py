"""The data folder as the GUI opens, unlocks, backs up and restores it.

The GUI reaches the store layer only through here and through the services, so nothing under
:mod:`kopdes_desktop.ui` imports :mod:`kopdes_desktop.store`. The key file's few names
(:data:`MIN_PASSPHRASE`, :class:`PassphraseRequest`) are imported with this module, which is
light; the database, backup and restore code is imported when first used, so the window's
shell, which imports none of it, stays quick to show.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from kopdes_desktop.paths import DataPaths
from kopdes_desktop.store import vault
from kopdes_desktop.store.vault import MIN_PASSPHRASE
from kopdes_desktop.store.vault import Request as PassphraseRequest

if TYPE_CHECKING:
    from kopdes_desktop.store.archive import BackupInfo
    from kopdes_desktop.store.backup_reminder import LastBackup
    from kopdes_desktop.store.db import Store

__all__ = ["MIN_PASSPHRASE", "PassphraseRequest"]

Progress = Callable[[int, int], None] | None


def load_store_layer() -> None:
    """Import the store layer (SQLAlchemy, the models: the costly part of opening)."""
    from kopdes_desktop.store import db  # noqa: F401


def open_store(paths: DataPaths) -> Store:
    """Open (creating, unlocking and migrating as needed) the store under ``paths``."""
    from kopdes_desktop.store.db import Store

    return Store.open(paths)


# --- the key file ---------------------------------------------------------------------------


def has_key_file(paths: DataPaths) -> bool:
    """Whether the store's key file exists yet (a new one shows its recovery key once)."""
    return vault.vault_file(paths).exists()


def set_passphrase_prompt(prompt: Callable[[PassphraseRequest], str | None] | None) -> None:
    """Who is asked for the passphrase when the key is not in the keyring (None: nobody)."""
    vault.set_prompt(prompt)


def recovery_unseen(paths: DataPaths) -> bool:
    """Whether the recovery key of the store has not been shown yet."""
    return vault.recovery_unseen(paths)


def recovery_code(paths: DataPaths, key: bytes) -> str:
    """The recovery key to write down, for the store's ``key``."""
    return vault.recovery_code(paths, key)


def mark_recovery_shown(paths: DataPaths) -> None:
    vault.mark_recovery_shown(paths)


# --- backup and restore ---------------------------------------------------------------------


def write_backup(paths: DataPaths, out: Path, progress: Progress = None) -> BackupInfo:
    """A complete backup (database, attachments, keys) at ``out``, remembered as the last."""
    from kopdes_desktop.store import archive, backup_reminder

    info = archive.write_backup(paths, out, progress)
    backup_reminder.record_backup(paths, info)
    return info


def restore(paths: DataPaths, candidate: Path, progress: Progress = None) -> Path | None:
    """Bring the backup ``candidate`` into the (closed) data folder; where the data it
    replaced was kept."""
    from kopdes_desktop.store import backup

    return backup.restore(paths, candidate, progress)


def is_complete_backup(candidate: Path) -> bool:
    """Whether ``candidate`` is a complete backup (a zip), not an older database copy."""
    from kopdes_desktop.store import archive

    return archive.is_archive(candidate)


def describe_backup(candidate: Path) -> BackupInfo:
    """What a complete backup holds, read from its manifest."""
    from kopdes_desktop.store import archive

    return archive.describe(candidate)


def default_backup_name() -> str:
    from kopdes_desktop.store import archive

    return archive.default_name()


def suggested_backup_folder(paths: DataPaths) -> Path:
    """A removable drive when one is mounted, else the backups folder."""
    from kopdes_desktop.store import backup_reminder

    return backup_reminder.suggested_folder(paths)


def last_backup(paths: DataPaths) -> LastBackup | None:
    from kopdes_desktop.store import backup_reminder

    return backup_reminder.last_backup(paths)


def backup_overdue(paths: DataPaths, today: date) -> int | None:
    """Days since the last backup (or since the store was made) once a reminder is due."""
    from kopdes_desktop.store import backup_reminder

    return backup_reminder.backup_overdue(paths, today)
