"""The one settings module: typed options stored as JSON in the data folder.

Written atomically (temporary file, then ``os.replace``) and readable by its owner only (mode
0600 on POSIX: the last export folder and server address say where the mentor works); an
unreadable file falls back to the defaults instead of stopping the app. Options are declared
once in :data:`OPTIONS`.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kopdes_desktop.paths import write_atomic

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    kind: type[Any]
    choices: tuple[Any, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None


OPTIONS: dict[str, Option] = {
    option.key: option
    for option in (
        Option("language", "id", str, choices=("id", "en")),
        Option("photo_max_px", 1600, int, minimum=640, maximum=4096),
        Option("font_scale", 100, int, minimum=80, maximum=160),
        Option("high_contrast", False, bool),
        Option("autosave_ms", 800, int, minimum=200, maximum=10000),
        Option("report_place", "Tanjung Selor", str),
        Option("report_photos", True, bool),
        Option("sync_batch_bytes", 1_000_000, int, minimum=50_000, maximum=20_000_000),
        Option("sync_server", "", str),
        # Online sync: megabytes of handed-over cooperatives' attachments fetched (0: none).
        Option("sync_attachments_mb", 0, int, minimum=0, maximum=256),
        Option("window_geometry", "", str),
        Option("last_export_dir", "", str),
    )
}


class Settings:
    """Typed access to the options of one data folder."""

    def __init__(self, file: Path) -> None:
        self.file = Path(file)
        self._values: dict[str, Any] = {}
        self.load()

    def load(self) -> None:
        try:
            raw = json.loads(self.file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raw = {}
        except (OSError, ValueError) as exc:
            log.warning("settings file %s unreadable, using defaults: %s", self.file, exc)
            raw = {}
        self._values = {}
        for key, value in (raw if isinstance(raw, dict) else {}).items():
            option = OPTIONS.get(key)
            if option is not None and self._valid(option, value):
                self._values[key] = value

    @staticmethod
    def _valid(option: Option, value: Any) -> bool:
        if option.kind is int and isinstance(value, bool):
            return False
        if not isinstance(value, option.kind):
            return False
        if option.choices is not None and value not in option.choices:
            return False
        if option.minimum is not None and value < option.minimum:
            return False
        return option.maximum is None or value <= option.maximum

    def get(self, key: str) -> Any:
        return self._values.get(key, OPTIONS[key].default)

    def set(self, key: str, value: Any) -> None:
        """Set and save one option; a value outside the option's range raises ValueError."""
        option = OPTIONS[key]
        if not self._valid(option, value):
            raise ValueError(f"invalid value for {key}: {value!r}")
        self._values[key] = value
        self.save()

    def save(self) -> None:
        self.file.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(self._values, indent=2, ensure_ascii=False)
        write_atomic(self.file, text.encode("utf-8"), private=True, durable=False)
