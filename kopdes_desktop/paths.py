"""Where Kopdes Desktop keeps its files. Nothing is created at import time.

Every location derives from one data folder: ``--data-dir`` on the command line, else the
``KOPDES_DATA_DIR`` environment variable, else the platform's user data dir (platformdirs).

Files that hold personal data or keys are readable by their owner only: on POSIX the app's
folders get mode 0700 (:func:`private_dir`) and such files 0600 (:func:`write_atomic` with
``private``, :func:`open_private`, :func:`make_private`). On Windows the user profile's ACLs do
that job and these helpers change nothing (see README, "Siapa yang dapat membaca berkas").
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, BinaryIO

from platformdirs import PlatformDirs

APP_NAME = "KopdesDesktop"
APP_AUTHOR = "Kopdes"
ENV_VAR = "KOPDES_DATA_DIR"
DB_FILENAME = "kopdes.sqlite3"
PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700
POSIX = os.name == "posix"

log = logging.getLogger(__name__)


def _chmod(path: Path, mode: int) -> None:
    """Set ``mode`` unless it is set; a file system without modes (FAT on a USB stick) or a
    read-only one keeps what it has: the data must still be writable or readable there."""
    if not POSIX:
        return
    try:
        if stat.S_IMODE(path.stat().st_mode) != mode:
            os.chmod(path, mode)
    except OSError as exc:
        log.debug("mode of %s left as it is: %s", path, exc)


def make_private(path: str | os.PathLike[str]) -> None:
    """Make an existing file readable and writable by its owner only (0600 on POSIX)."""
    _chmod(Path(path), PRIVATE_FILE_MODE)


def private_dir(path: str | os.PathLike[str]) -> Path:
    """Create a folder of the app (with its parents) and make it its owner's only (0700)."""
    folder = Path(path)
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    _chmod(folder, PRIVATE_DIR_MODE)
    return folder


@contextlib.contextmanager
def open_private(
    path: str | os.PathLike[str],
    mode: str = "wb",
    encoding: str | None = None,
    newline: str | None = None,
) -> Iterator[IO]:
    """Open ``path`` for writing, created (or truncated) with mode 0600 before a byte is
    written, so no other user can read it even while it is being written."""
    target = Path(path)
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    fd = os.open(target, flags, PRIVATE_FILE_MODE)
    if POSIX:
        try:
            os.fchmod(fd, PRIVATE_FILE_MODE)
        except OSError as exc:
            log.debug("mode of %s left as it is: %s", target, exc)
    with os.fdopen(fd, mode, encoding=encoding, newline=newline) as handle:
        yield handle


def write_atomic(
    path: str | os.PathLike[str],
    data: bytes | Callable[[BinaryIO], object],
    *,
    private: bool = False,
    durable: bool = True,
) -> Path:
    """Write a file whole or not at all; the one writer of files in the app.

    ``data`` is the bytes, or a function that writes them to the open file. They go to a
    temporary file in the same folder, which is flushed to the disk and then takes the name
    with ``os.replace``; the folder is flushed too where the platform allows, so the new name
    survives a power cut. ``private`` makes the file mode 0600 from its first byte.
    ``durable=False`` skips both flushes (settings, viewer copies and report batches, where
    hundreds of syncs cost more than a lost file). Returns the path written; OSError as
    raised."""
    target = Path(path)
    with replacing(target, durable=durable) as tmp:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        with os.fdopen(
            os.open(tmp, flags, PRIVATE_FILE_MODE if private else 0o666), "wb"
        ) as handle:
            if private and POSIX:
                os.fchmod(handle.fileno(), PRIVATE_FILE_MODE)
            if callable(data):
                data(handle)
            else:
                handle.write(data)
    return target


@contextlib.contextmanager
def replacing(path: str | os.PathLike[str], *, durable: bool = True) -> Iterator[Path]:
    """A temporary path beside ``path`` for a writer that needs a file name (SQLite's backup,
    a zip checked before it counts); when the block ends without an error the file is
    flushed, takes ``path``'s name and the folder is flushed (as :func:`write_atomic`). On an
    error the temporary file is removed and ``path`` is left as it was."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    try:
        yield tmp
        if durable:
            _sync_file(tmp)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if durable:
        sync_folder(target.parent)


def _sync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))  # Windows flushes writable fds
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sync_folder(folder: Path) -> None:
    """Flush a folder's entries (a rename in it) to the disk; POSIX only, and a file system
    that refuses (some USB drives) is left to its own timing."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError as exc:
        log.debug("folder %s not opened to flush: %s", folder, exc)
        return
    try:
        os.fsync(fd)
    except OSError as exc:
        log.debug("folder %s not flushed: %s", folder, exc)
    finally:
        os.close(fd)


@dataclass(frozen=True)
class DataPaths:
    """All on-disk locations for one profile (real data or demo)."""

    root: Path

    def __post_init__(self) -> None:
        object.__setattr__(self, "root", Path(self.root))

    @property
    def database(self) -> Path:
        return self.root / DB_FILENAME

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def reports(self) -> Path:
        return self.root / "reports"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def backup_record(self) -> Path:
        """When and where the last complete backup was written (for the reminder)."""
        return self.root / "cadangan-terakhir.json"

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    @property
    def instruments(self) -> Path:
        """Instrument versions imported after release (reference packages, files)."""
        return self.root / "instruments"

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.json"

    def demo(self) -> DataPaths:
        """The separate demo profile that never touches real data."""
        return DataPaths(self.root / "demo")

    def ensure(self) -> DataPaths:
        """Create the folders; raises StoreError-friendly OSError on a read-only place."""
        for folder in (self.root, self.attachments, self.logs, self.backups, self.keys):
            private_dir(folder)
        return self


def default_root() -> Path:
    return Path(PlatformDirs(APP_NAME, APP_AUTHOR).user_data_dir)


def resolve(data_dir: str | os.PathLike[str] | None = None) -> DataPaths:
    """The data paths for an explicit folder, the environment, or the platform default."""
    if data_dir:
        return DataPaths(Path(data_dir).expanduser().resolve())
    env = os.environ.get(ENV_VAR)
    if env:
        return DataPaths(Path(env).expanduser().resolve())
    return DataPaths(default_root())
