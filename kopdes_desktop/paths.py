"""Where Kopdes Desktop keeps its files. Nothing is created at import time.

Every location derives from one data folder: ``--data-dir`` on the command line, else the
``KOPDES_DATA_DIR`` environment variable, else the platform's user data dir (platformdirs).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "KopdesDesktop"
APP_AUTHOR = "Kopdes"
ENV_VAR = "KOPDES_DATA_DIR"
DB_FILENAME = "kopdes.sqlite3"


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
    def sync_outbox(self) -> Path:
        return self.root / "sync" / "outbox"

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.json"

    def demo(self) -> DataPaths:
        """The separate demo profile that never touches real data."""
        return DataPaths(self.root / "demo")

    def ensure(self) -> DataPaths:
        """Create the folders; raises StoreError-friendly OSError on a read-only place."""
        for folder in (self.root, self.attachments, self.logs, self.backups, self.keys):
            folder.mkdir(parents=True, exist_ok=True)
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
