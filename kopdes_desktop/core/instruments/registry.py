"""Every instrument version the app knows: shipped ones and imported ones.

Shipped definitions live in ``resources/instruments/<id>/<version>.json``; versions imported
later (a file, a reference package) are stored under ``DataPaths.instruments`` in the same
layout. A version, once known, stays loadable: an assessment pins id and version forever.
"""

from __future__ import annotations

import builtins
import json
import logging
import os
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from kopdes_desktop import resources
from kopdes_desktop.core.instruments.errors import InstrumentError
from kopdes_desktop.core.instruments.loader import load_definition, load_file
from kopdes_desktop.core.instruments.model import Instrument, InstrumentInfo
from kopdes_desktop.paths import DataPaths, write_atomic

SCHEMA_FOLDER = "schema"

log = logging.getLogger(__name__)


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


@lru_cache(maxsize=128)
def _load_cached(path: str, _mtime_ns: int, _size: int) -> Instrument:
    # Keyed on mtime and size so an edited file is read again; instruments are immutable.
    return load_file(path)


def _load(path: Path) -> Instrument:
    stat = path.stat()
    return _load_cached(str(path), stat.st_mtime_ns, stat.st_size)


def _definition_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*/*.json") if p.parent.name != SCHEMA_FOLDER)


def _folders(paths: DataPaths | None) -> list[Path]:
    """Where definitions are looked for: shipped first, then imported."""
    return [resources.path("instruments"), *([paths.instruments] if paths is not None else [])]


@cache
def _title_in(file: Path) -> dict[str, str] | None:
    try:
        title = json.loads(file.read_text(encoding="utf-8"))["title"]
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("instrument title of %s not read: %s", file, exc)
        return None
    return title if isinstance(title, dict) else None


def instrument_title(
    paths: DataPaths | None, instrument_id: str, version: str, language: str
) -> str:
    """The title of an instrument version, read from its definition file; its id when this
    laptop has no such file.

    Reads only ``<id>/<version>.json`` rather than building the registry, which checks every
    definition against its schema (a quarter of a second, too long for naming a draft on the
    first page shown).
    """
    for folder in _folders(paths):
        title = _title_in(folder / instrument_id / f"{version}.json")
        if title:
            return title.get(language) or title.get("id") or instrument_id
    return instrument_id


class InstrumentRegistry:
    """Instrument versions by id. ``problems`` lists imported files that could not be loaded."""

    def __init__(self, paths: DataPaths | None = None) -> None:
        self.paths = paths
        self.problems: list[str] = []
        self._versions: dict[str, dict[str, Instrument]] = {}
        shipped, *imported = _folders(paths)
        for path in _definition_files(shipped):
            self._add(_load(path), path)
        for folder in imported:
            for path in _definition_files(folder):
                try:
                    self._add(_load(path), path)
                except InstrumentError as exc:
                    self.problems.append(exc.message)

    def _add(self, instrument: Instrument, path: Path) -> None:
        if (path.parent.name, path.stem) != (instrument.id, instrument.version):
            raise InstrumentError(
                f"Berkas {path} berisi {instrument.id}@{instrument.version}; nama berkas harus "
                f"<id>/<versi>.json.",
                f"{path} holds {instrument.id}@{instrument.version}; files must be named "
                f"<id>/<version>.json.",
            )
        known = self._versions.setdefault(instrument.id, {})
        existing = known.get(instrument.version)
        if existing is not None and existing.definition != instrument.definition:
            raise InstrumentError(
                f"{instrument.id} versi {instrument.version} sudah ada dengan isi berbeda; "
                f"terbitkan sebagai versi baru.",
                f"{instrument.id} version {instrument.version} already exists with different "
                f"content; publish it as a new version.",
            )
        known.setdefault(instrument.version, instrument)

    def get(self, instrument_id: str, version: str | None = None) -> Instrument:
        """The instrument version asked for, or the latest one when ``version`` is None."""
        versions = self._versions.get(instrument_id)
        if not versions:
            raise InstrumentError(
                f"Instrumen tidak dikenal: {instrument_id}.",
                f"Unknown instrument: {instrument_id}.",
            )
        if version is None:
            return versions[max(versions, key=version_key)]
        if version not in versions:
            raise InstrumentError(
                f"Instrumen {instrument_id} versi {version} tidak ada (tersedia: "
                f"{', '.join(sorted(versions, key=version_key))}).",
                f"Instrument {instrument_id} has no version {version}.",
            )
        return versions[version]

    def get_ref(self, ref: str) -> Instrument:
        """The instrument for ``"id"`` or ``"id@version"``."""
        instrument_id, _, version = ref.partition("@")
        return self.get(instrument_id, version or None)

    def list(self) -> list[InstrumentInfo]:
        """Every known version, by id then version."""
        return [
            self._versions[i][v].info
            for i in sorted(self._versions)
            for v in sorted(self._versions[i], key=version_key)
        ]

    def latest_all(self) -> builtins.list[Instrument]:  # `list` is the method above
        """The latest version of each instrument."""
        return [self.get(i) for i in sorted(self._versions)]

    def import_file(self, path: str | os.PathLike[str]) -> Instrument:
        """Validate a definition file and store it as an imported version."""
        path = Path(path)
        instrument = load_file(path)
        return self._store(instrument, instrument.definition)

    def import_definition(self, data: dict[str, Any], source: str) -> Instrument:
        """Validate a definition (from a reference package, say) and store it."""
        return self._store(load_definition(data, source), data)

    def _store(self, instrument: Instrument, data: dict[str, Any]) -> Instrument:
        if self.paths is None:
            raise InstrumentError(
                "Tidak ada folder data untuk menyimpan instrumen impor.",
                "No data folder to store imported instruments in.",
            )
        known = self._versions.get(instrument.id, {})
        existing = known.get(instrument.version)
        if existing is not None:
            if existing.definition == data:
                return existing
            self._add(instrument, Path(instrument.id, instrument.version + ".json"))
        target = self.paths.instruments / instrument.id / f"{instrument.version}.json"
        write_atomic(target, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
        instrument.source_path = str(target)
        self._add(instrument, target)
        return instrument


def registry(paths: DataPaths | None = None) -> InstrumentRegistry:
    """The shipped instruments plus those imported under ``paths`` (if given)."""
    return InstrumentRegistry(paths)
