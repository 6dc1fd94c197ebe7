"""The complete backup: one zip file holding the database, the attachments and the keys.

Format 2 (``kopdes-cadangan-YYYYMMDD-HHMMSS.zip``; a zip file whose private members are
encrypted)::

    manifest.json      {"kind": "kopdes-backup", "format": 2, "created_at": ISO 8601,
                        "app_version", "schema_revision", "device_id",
                        "members": [{"name", "size", "sha256"}, ...]}
    kopdes.sqlite3     the database (SQLCipher), copied with SQLite's online backup API
    kunci-basis-data.json  the store key, wrapped by the passphrase and the recovery key
    attachments/...    photos and documents, sealed, by SHA-256 as in the data folder
    keys/...           this laptop's signing key, sealed
    instruments/...    instrument versions received after installation
    settings.json      the laptop's options (optional), sealed

Format 1 (before encryption) is the same without the key file, everything in plain; it is
still restored (and encrypted when the store is next opened).

Every member except the manifest is listed in it with its size and SHA-256; a file with a
member missing, an extra member, a size or hash that differs, or a name outside these folders
is refused before anything in the data folder is touched. The file is written to a temporary
file beside it (:func:`kopdes_desktop.paths.replacing`), read back and checked, then renamed
into place.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from kopdes_desktop import __version__
from kopdes_desktop.errors import StoreError, os_reason
from kopdes_desktop.paths import DataPaths, open_private, replacing
from kopdes_desktop.store import sqlite, vault

KIND = "kopdes-backup"
FORMAT = 2
FORMATS = (1, 2)
MANIFEST = "manifest.json"
DATABASE = "kopdes.sqlite3"
SETTINGS = "settings.json"
FOLDERS = ("attachments", "keys", "instruments")
ZIP_MAGIC = b"PK\x03\x04"
MAX_MANIFEST_BYTES = 64 * 1024 * 1024
MAX_MEMBERS = 1_000_000
CHUNK = 1024 * 1024
# Settings that describe this screen, not the mentor: never carried to another laptop.
LOCAL_SETTINGS = ("window_geometry",)

Progress = Callable[[int, int], None] | None


@dataclass(frozen=True)
class Member:
    """One file of a backup, as the manifest lists it."""

    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class BackupInfo:
    """What a complete backup holds (from its manifest)."""

    file: Path
    created_at: str
    schema_revision: str
    device_id: str
    members: tuple[Member, ...]

    def count(self, folder: str) -> int:
        """How many files of ``folder`` (``attachments``, ``keys``...) the backup holds."""
        return sum(1 for m in self.members if m.name.startswith(folder + "/"))

    @property
    def total_bytes(self) -> int:
        return sum(m.size for m in self.members)


def default_name(now: datetime | None = None) -> str:
    """The file name a new backup gets: ``kopdes-cadangan-20261204-2330.zip``."""
    return f"kopdes-cadangan-{(now or datetime.now()):%Y%m%d-%H%M%S}.zip"


def is_archive(candidate: Path) -> bool:
    """Whether ``candidate`` starts like a zip file (else it may be an older .sqlite3 backup)."""
    try:
        with Path(candidate).open("rb") as handle:
            return handle.read(len(ZIP_MAGIC)) == ZIP_MAGIC
    except OSError:
        return False


def damaged(candidate: Path) -> StoreError:
    return StoreError(
        f"Berkas cadangan {candidate.name} rusak atau tidak lengkap. Data tidak diubah.",
        f"The backup {candidate.name} is damaged or incomplete. Nothing was changed.",
    )


def _sources(paths: DataPaths) -> list[tuple[str, Path]]:
    """The data folder's files that go into a backup, as (member name, file)."""
    found: list[tuple[str, Path]] = []
    for folder in FOLDERS:
        base = paths.root / folder
        if not base.is_dir():
            continue
        for file in sorted(base.rglob("*")):
            # Files still being written (``.NAME.*.tmp``) are not data yet.
            if file.is_file() and not file.name.endswith(".tmp") and not file.name.startswith("."):
                found.append((file.relative_to(paths.root).as_posix(), file))
    if paths.settings_file.is_file():
        found.append((SETTINGS, paths.settings_file))
    return found


class WriteFailed(Exception):
    """Writing a copy failed (disk full, no permission): not a fault of the backup read."""

    def __init__(self, error: OSError) -> None:
        super().__init__(str(error))
        self.error = error


def _copy(source: IO[bytes], target: IO[bytes], limit: int, done: Callable[[int], None]) -> str:
    """Copy at most ``limit + 1`` bytes; the SHA-256 of what was copied."""
    digest = hashlib.sha256()
    copied = 0
    while chunk := source.read(min(CHUNK, limit + 1 - copied)):
        digest.update(chunk)
        try:
            target.write(chunk)
        except OSError as exc:
            raise WriteFailed(exc) from exc
        copied += len(chunk)
        done(len(chunk))
        if copied > limit:
            break
    if copied != limit:
        raise ValueError("size differs from the manifest")
    return digest.hexdigest()


class _Counter:
    """Adds up bytes handled and reports them to ``progress``."""

    def __init__(self, total: int, progress: Progress) -> None:
        self.total, self.done, self.progress = max(total, 1), 0, progress

    def __call__(self, count: int) -> None:
        self.done += count
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)


def _database_facts(database: Path, key: bytes) -> tuple[str, str]:
    """The schema revision and this laptop's device id, read from a database copy."""
    connection = sqlite.connect(database, key, mode="ro")
    try:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        row = connection.execute("SELECT id FROM device WHERE is_self").fetchone()
    finally:
        connection.close()
    return str(revision), str(row[0]) if row else ""


PRIVATE = ("keys/", SETTINGS)
"""Members sealed with the store key (the database and attachments are encrypted already)."""


def _sealed_sources(
    sources: list[tuple[str, Path]], key: bytes, folder: Path
) -> list[tuple[str, Path]]:
    """``sources`` with every private member replaced by a sealed copy made in ``folder``."""
    out: list[tuple[str, Path]] = []
    for index, (name, file) in enumerate(sources):
        if name.startswith(PRIVATE):
            sealed = folder / f"sealed-{index}"
            sealed.write_bytes(vault.seal(key, file.read_bytes()))
            file = sealed
        out.append((name, file))
    return out


def unseal_private(staging: Path, key: bytes) -> None:
    """Open the sealed private members of a backup unpacked in ``staging``."""
    del key  # the sealing key was unlocked with it; unseal finds it by its id
    for file in [staging / SETTINGS, *sorted((staging / "keys").rglob("*"))]:
        if file.is_file():
            file.write_bytes(vault.unseal(file.read_bytes()))


def write_backup(paths: DataPaths, out: Path, progress: Progress = None) -> BackupInfo:
    """Write a complete backup of the data folder to ``out`` (a file, or a folder to put a
    newly named file in). Safe while the app is open, and from a read-only data folder; the
    file appears only when whole."""
    from kopdes_desktop.store.backup import backup_file, folder_key

    out = Path(out).expanduser()
    if out.is_dir():
        out = out / default_name()
    if not paths.database.exists():
        raise StoreError(
            f"Belum ada basis data di {paths.root}.", f"There is no database in {paths.root} yet."
        )
    key = folder_key(paths.database)
    if key is None:
        raise StoreError(
            "Basis data belum terenkripsi: buka aplikasi sekali, lalu cadangkan.",
            "The database is not encrypted yet: open the app once, then back up.",
        )
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        # The snapshot goes beside the backup: the data folder may be read-only.
        snapshot_dir = Path(tempfile.mkdtemp(prefix=".kopdes-cadangan-", dir=out.parent))
    except OSError as exc:
        raise StoreError(
            f"Cadangan tidak dapat ditulis ke {out}: {os_reason(exc)}.",
            f"The backup could not be written to {out}: {exc}",
        ) from exc
    try:
        snapshot = backup_file(paths.database, snapshot_dir / DATABASE, key=key)
        revision, device_id = _database_facts(snapshot, key)
        sources = [
            (DATABASE, snapshot),
            (vault.FILENAME, vault.vault_file(paths)),
            *_sealed_sources(_sources(paths), key, snapshot_dir),
        ]
        total = sum(file.stat().st_size for _, file in sources)
        with replacing(out) as tmp:
            written = _write_zip(tmp, sources, revision, device_id, _Counter(2 * total, progress))
            # Read back what reached the disk (a USB stick may lie) before it takes the name.
            checked = verify(
                tmp,
                progress=None
                if progress is None
                else lambda done, _t: progress(total + done, 2 * total),
            )
            if checked.members != written:
                raise ValueError("the backup read back differs from what was written")
    except (OSError, WriteFailed, sqlite.sqlcipher.Error, zipfile.BadZipFile, ValueError) as exc:
        error = exc.error if isinstance(exc, WriteFailed) else exc
        reason = os_reason(error) if isinstance(error, OSError) else str(error)
        if (
            isinstance(error, OSError)
            and error.filename
            and Path(error.filename).is_relative_to(paths.root)
        ):
            raise StoreError(
                f"Data di {paths.root} tidak dapat dibaca: {reason}.",
                f"The data in {paths.root} cannot be read: {exc}",
            ) from exc
        raise StoreError(
            f"Cadangan tidak dapat ditulis ke {out}: {reason}.",
            f"The backup could not be written to {out}: {exc}",
        ) from exc
    finally:
        shutil.rmtree(snapshot_dir, ignore_errors=True)
    return BackupInfo(out, checked.created_at, revision, device_id, written)


def _write_zip(
    tmp: Path, sources: list[tuple[str, Path]], revision: str, device_id: str, counter: _Counter
) -> tuple[Member, ...]:
    members: list[Member] = []
    with open_private(tmp) as raw:
        with zipfile.ZipFile(raw, "w", allowZip64=True) as archive:
            for name, file in sources:
                # Photos and documents are compressed already; the database and texts are not.
                method = (
                    zipfile.ZIP_STORED if name.startswith("attachments/") else zipfile.ZIP_DEFLATED
                )
                size = file.stat().st_size
                info = zipfile.ZipInfo(name, date_time=_zip_time(file))
                info.compress_type = method
                info.external_attr = 0o600 << 16
                info.file_size = size
                with file.open("rb") as source, archive.open(info, "w", force_zip64=True) as sink:
                    digest = _copy(source, sink, size, counter)
                members.append(Member(name, size, digest))
            manifest = {
                "kind": KIND,
                "format": FORMAT,
                "created_at": datetime.now().astimezone().isoformat(timespec="seconds"),
                "app_version": __version__,
                "schema_revision": revision,
                "device_id": device_id,
                "members": [m.__dict__ for m in members],
            }
            archive.writestr(MANIFEST, json.dumps(manifest, indent=1), zipfile.ZIP_DEFLATED)
    return tuple(members)


def _zip_time(file: Path) -> tuple[int, int, int, int, int, int]:
    stamp = datetime.fromtimestamp(file.stat().st_mtime)
    return (max(stamp.year, 1980), stamp.month, stamp.day, stamp.hour, stamp.minute, stamp.second)


def _safe_name(name: object) -> bool:
    """A member name inside the backup's own folders, without any way out of them."""
    if not isinstance(name, str) or name in (DATABASE, SETTINGS, vault.FILENAME):
        return isinstance(name, str)
    parts = name.split("/")
    return (
        len(parts) >= 2
        and parts[0] in FOLDERS
        and "\\" not in name
        and "\x00" not in name
        and all(part not in ("", ".", "..") and ":" not in part for part in parts)
    )


def _manifest(archive: zipfile.ZipFile, candidate: Path) -> tuple[dict[str, Any], list[Member]]:
    """The checked manifest and its members; StoreError for anything that is not a backup."""
    not_ours = StoreError(
        f"{candidate.name} bukan berkas cadangan Kopdes. Data tidak diubah.",
        f"{candidate.name} is not a Kopdes backup. Nothing was changed.",
    )
    try:
        entry = archive.getinfo(MANIFEST)
    except KeyError:
        raise not_ours from None
    if entry.file_size > MAX_MANIFEST_BYTES:
        raise damaged(candidate)
    try:
        manifest = json.loads(archive.read(entry))
    except (ValueError, UnicodeDecodeError) as exc:
        raise damaged(candidate) from exc
    if not isinstance(manifest, dict) or manifest.get("kind") != KIND:
        raise not_ours
    if manifest.get("format") not in FORMATS:
        raise StoreError(
            "Cadangan ini dibuat oleh versi Kopdes Desktop yang lebih baru. Data tidak diubah.",
            "This backup was made by a newer Kopdes Desktop. Nothing was changed.",
        )
    listed = manifest.get("members")
    if not isinstance(listed, list) or not 0 < len(listed) <= MAX_MEMBERS:
        raise damaged(candidate)
    members: list[Member] = []
    for item in listed:
        if not (
            isinstance(item, dict)
            and _safe_name(item.get("name"))
            and isinstance(item.get("size"), int)
            and item["size"] >= 0
            and isinstance(item.get("sha256"), str)
            and len(item["sha256"]) == 64
        ):
            raise damaged(candidate)
        members.append(Member(item["name"], item["size"], item["sha256"]))
    names = [m.name for m in members]
    stored = archive.namelist()
    if (
        DATABASE not in names
        or len(set(names)) != len(names)
        or len(stored) != len(set(stored))
        or set(stored) != {MANIFEST, *names}
    ):
        raise damaged(candidate)
    return manifest, members


@contextlib.contextmanager
def _opened(candidate: Path) -> Iterator[zipfile.ZipFile]:
    """The backup as a zip file; unreadable or damaged files become a StoreError."""
    try:
        with zipfile.ZipFile(candidate) as archive:
            yield archive
    except FileNotFoundError as exc:
        raise StoreError(
            f"Berkas cadangan tidak dapat dibaca: {os_reason(exc)}.",
            f"The backup cannot be read: {exc.strerror}.",
        ) from exc
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        EOFError,
        ValueError,
        NotImplementedError,
        RuntimeError,
        OSError,
    ) as exc:
        raise damaged(candidate) from exc


def _walk(candidate: Path, sink: Callable[[Member], IO[bytes]], progress: Progress) -> BackupInfo:
    """Read every member, check its size and SHA-256, and copy it to ``sink(member)``."""
    with _opened(candidate) as archive:
        manifest, members = _manifest(archive, candidate)
        counter = _Counter(sum(m.size for m in members), progress)
        for member in members:
            with archive.open(member.name) as source, sink(member) as target:
                try:
                    digest = _copy(source, target, member.size, counter)
                except ValueError:
                    raise damaged(candidate) from None
            if digest != member.sha256:
                raise damaged(candidate)
    return BackupInfo(
        Path(candidate),
        str(manifest.get("created_at", "")),
        str(manifest.get("schema_revision", "")),
        str(manifest.get("device_id", "")),
        tuple(members),
    )


def verify(candidate: Path, progress: Progress = None) -> BackupInfo:
    """Check a complete backup without writing anything; its description."""
    return _walk(Path(candidate), lambda _m: open(os.devnull, "wb"), progress)  # noqa: SIM115


def describe(candidate: Path) -> BackupInfo:
    """The manifest of a complete backup, read without checking every member (for showing
    what a restore would bring back before it starts)."""
    candidate = Path(candidate)
    with _opened(candidate) as archive:
        manifest, members = _manifest(archive, candidate)
    return BackupInfo(
        candidate,
        str(manifest.get("created_at", "")),
        str(manifest.get("schema_revision", "")),
        str(manifest.get("device_id", "")),
        tuple(members),
    )


def extract(candidate: Path, staging: Path, progress: Progress = None) -> BackupInfo:
    """Unpack and check a complete backup into the empty folder ``staging``."""

    def sink(member: Member) -> IO[bytes]:
        target = staging.joinpath(*member.name.split("/"))
        mode = 0o600
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            return os.fdopen(os.open(target, flags, mode), "wb")
        except OSError as exc:
            raise WriteFailed(exc) from exc

    return _walk(Path(candidate), sink, progress)


def merge_settings(paths: DataPaths, staged: Path) -> None:
    """Bring the backup's options to this laptop where it has none of its own."""
    from kopdes_desktop.settings import Settings

    try:
        carried = json.loads(staged.read_text(encoding="utf-8"))
        current = (
            json.loads(paths.settings_file.read_text(encoding="utf-8"))
            if paths.settings_file.exists()
            else {}
        )
    except (OSError, ValueError):
        return
    if not isinstance(carried, dict) or not isinstance(current, dict):
        return
    settings = Settings(paths.settings_file)
    for key, value in carried.items():
        if key not in current and key not in LOCAL_SETTINGS:
            with contextlib.suppress(KeyError, ValueError):
                settings.set(key, value)
