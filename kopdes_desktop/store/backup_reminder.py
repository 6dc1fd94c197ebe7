"""When the last complete backup was made, whether a new one is due, and where to put it.

The record is a small JSON file in the data folder (``cadangan-terakhir.json``), written
atomically after every complete backup. A backup is due when the last one (or, before the first,
the creation of this laptop's store) is more than :data:`REMIND_AFTER_DAYS` days old. The place
suggested for a new backup is a removable drive when one is mounted, never the data folder.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import string
import sys
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import platformdirs

from kopdes_desktop.errors import KopdesError
from kopdes_desktop.paths import DataPaths, write_atomic
from kopdes_desktop.store.archive import BackupInfo

REMIND_AFTER_DAYS = 7
# Where desktop Linux mounts USB drives and memory cards (udisks), and macOS its volumes.
REMOVABLE_ROOTS = ("/media/", "/run/media/", "/Volumes/")


@dataclass(frozen=True)
class LastBackup:
    """The last complete backup written from this data folder."""

    at: datetime
    file: Path
    size: int


def record_backup(paths: DataPaths, info: BackupInfo) -> None:
    """Remember ``info`` as the last backup (written atomically; a failure is not fatal to the
    backup itself, which is already safe on its drive)."""
    record = {
        "at": datetime.now().astimezone().isoformat(timespec="seconds"),
        "file": str(info.file),
        "bytes": info.file.stat().st_size,
    }
    with contextlib.suppress(OSError):
        write_atomic(
            paths.backup_record, json.dumps(record, indent=1, ensure_ascii=False).encode("utf-8")
        )


def last_backup(paths: DataPaths) -> LastBackup | None:
    """The last complete backup, or None before the first one (or if the record is unreadable)."""
    try:
        record = json.loads(paths.backup_record.read_text(encoding="utf-8"))
        at = datetime.fromisoformat(record["at"])
        return LastBackup(
            at.astimezone().replace(tzinfo=None), Path(record["file"]), int(record.get("bytes", 0))
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _store_created(paths: DataPaths) -> date | None:
    """When this laptop's store was made (its own device row), read without opening the store."""
    if not paths.database.exists():
        return None
    from kopdes_desktop.store.backup import folder_key, open_source
    from kopdes_desktop.store.sqlite import sqlcipher

    try:
        connection = open_source(paths.database, folder_key(paths.database))
        try:
            row = connection.execute("SELECT min(created_at) FROM device WHERE is_self").fetchone()
        finally:
            connection.close()
        return datetime.fromisoformat(str(row[0])).date() if row and row[0] else None
    except (sqlite3.Error, sqlcipher.Error, ValueError, KopdesError):
        return None


def backup_overdue(paths: DataPaths, today: date | None = None) -> int | None:
    """Days since the last complete backup (or since the store was made, before the first one)
    when that is more than :data:`REMIND_AFTER_DAYS`; None when no backup is due."""
    today = today or date.today()
    last = last_backup(paths)
    since = last.at.date() if last else _store_created(paths)
    if since is None:
        return None
    days = (today - since).days
    return days if days > REMIND_AFTER_DAYS else None


def _unescape_mount(text: str) -> str:
    """``/proc/mounts`` writes a space as ``\\040`` (and tab, newline, backslash likewise)."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        text = text.replace(code, char)
    return text


def removable_folders(mounts: Path = Path("/proc/mounts")) -> list[Path]:
    """Mounted removable drives (USB sticks, memory cards) that can be written to."""
    found: list[Path] = []
    if sys.platform == "win32":
        import ctypes

        drive_removable = 2
        for letter in string.ascii_uppercase[3:]:
            root = f"{letter}:\\"
            if ctypes.windll.kernel32.GetDriveTypeW(root) == drive_removable:  # type: ignore[attr-defined]  # Windows only
                found.append(Path(root))
    elif sys.platform == "darwin":
        volumes = Path("/Volumes")
        found = (
            [v for v in sorted(volumes.iterdir()) if not v.resolve() == Path("/")]
            if volumes.is_dir()
            else []
        )
    else:
        try:
            lines = mounts.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            lines = []
        for line in lines:
            fields = line.split()
            if len(fields) >= 2:
                point = _unescape_mount(fields[1])
                if point.startswith(REMOVABLE_ROOTS):
                    found.append(Path(point))
    return [f for f in found if f.is_dir() and os.access(f, os.W_OK)]


def _inside(folder: Path, root: Path) -> bool:
    try:
        folder.resolve().relative_to(root.resolve())
    except ValueError:
        return False
    return True


def suggested_folder(paths: DataPaths, mounts: Path = Path("/proc/mounts")) -> Path:
    """Where to offer to write a backup: a removable drive, else the folder of the last backup,
    else the documents folder; never inside the data folder."""
    drives = removable_folders(mounts)
    if drives:
        return drives[0]
    last = last_backup(paths)
    if last and last.file.parent.is_dir() and not _inside(last.file.parent, paths.root):
        return last.file.parent
    documents = Path(platformdirs.user_documents_dir())
    return documents if documents.is_dir() and not _inside(documents, paths.root) else Path.home()
