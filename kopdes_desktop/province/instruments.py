"""The instrument versions the province knows and publishes (web pages and CLI alike).

Laptops ship with the definitions under ``resources/instruments``. A version the province
publishes is kept in the province folder's ``instruments/`` as ``<id>@<version>.json``; every
reference package made afterwards carries it (:func:`kopdes_desktop.province.outputs.
reference_body`), and a laptop that applies the package can start assessments on it. Nothing
is ever replaced: a published version stays, and assessments keep the version they were made
with. Publishing is refused with every problem listed, and nothing written, when the file is
not a valid definition, is too large, or repeats or precedes a version already known.

An upload waiting for its preview and publication is kept under ``instruments-staged/`` by the
SHA-256 of its bytes for a day.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import text

from kopdes_desktop.core.instruments import Instrument, load_file
from kopdes_desktop.core.instruments.registry import InstrumentRegistry, version_key
from kopdes_desktop.errors import KopdesError, NotFoundError
from kopdes_desktop.paths import private_dir, write_atomic
from kopdes_desktop.province.instrument_check import Checked, Problem, check_bytes
from kopdes_desktop.province.officers import audit
from kopdes_desktop.province.registry_query import jf
from kopdes_desktop.province.store import ProvinceStore

STAGED = "instruments-staged"
STAGED_DAYS = 1
DIGEST_RE = re.compile(r"^[0-9a-f]{64}$")
_PUBLISHING = threading.Lock()


class InstrumentRefused(KopdesError):
    """A definition that cannot be published; ``problems`` lists every reason."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        listed = "; ".join(p.text() for p in problems)
        super().__init__(
            f"Instrumen tidak diterbitkan: {listed}", f"Instrument not published: {listed}"
        )


@dataclass(frozen=True)
class Version:
    """One instrument version: where it comes from (``shipped`` with the app or ``province``,
    published here), when it was published, and how many assessments the province holds
    on it."""

    id: str
    version: str
    status: str
    title: str
    title_en: str
    origin: str
    published_at: str
    assessments: int

    def as_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


@lru_cache(maxsize=64)
def _load_cached(path: str, _mtime_ns: int) -> Instrument:
    return load_file(path)


def _published_files(store: ProvinceStore) -> list[Path]:
    return sorted(store.instruments.glob("*.json")) if store.instruments.is_dir() else []


def _published(store: ProvinceStore) -> dict[tuple[str, str], tuple[Instrument, Path]]:
    found = {}
    for path in _published_files(store):
        instrument = _load_cached(str(path), path.stat().st_mtime_ns)
        found[(instrument.id, instrument.version)] = (instrument, path)
    return found


def _shipped() -> dict[tuple[str, str], Instrument]:
    shipped = InstrumentRegistry()
    return {(i.id, i.version): shipped.get(i.id, i.version) for i in shipped.list()}


def _assessment_counts(store: ProvinceStore) -> dict[tuple[str, str], int]:
    with store.engine.connect() as c:
        rows = c.execute(
            text(
                f"SELECT {jf(c, 's', 'instrument_id')}, {jf(c, 's', 'instrument_version')}, "
                f"COUNT(*) FROM prov_version s WHERE s.table_name = 'assessment' AND s.is_current "
                f"AND NOT s.deleted GROUP BY 1, 2"
            )
        ).all()
    return {(r[0], r[1]): int(r[2]) for r in rows}


def list_versions(store: ProvinceStore) -> list[Version]:
    """Every version, shipped and published, by id then version."""
    counts = _assessment_counts(store)
    rows = [_version(i, "shipped", "", counts) for i in _shipped().values()]
    for instrument, path in _published(store).values():
        when = time.strftime("%Y-%m-%dT%H:%M", time.gmtime(path.stat().st_mtime))  # UTC
        rows.append(_version(instrument, "province", when, counts))
    return sorted(rows, key=lambda v: (v.id, version_key(v.version)))


def _version(
    instrument: Instrument, origin: str, when: str, counts: dict[tuple[str, str], int]
) -> Version:
    return Version(
        instrument.id,
        instrument.version,
        instrument.status,
        instrument.title("id"),
        instrument.title("en"),
        origin,
        when,
        counts.get((instrument.id, instrument.version), 0),
    )


def get(store: ProvinceStore, instrument_id: str, version: str) -> Instrument:
    """A shipped or published version; :class:`NotFoundError` if neither."""
    found = _shipped().get((instrument_id, version))
    if found is None:
        published = _published(store).get((instrument_id, version))
        found = published[0] if published else None
    if found is None:
        raise NotFoundError(
            f"Instrumen {instrument_id} versi {version} tidak ada.",
            f"Instrument {instrument_id} version {version} not found.",
        )
    return found


def check(store: ProvinceStore, raw: bytes) -> Checked:
    """Every problem of a definition, including those that keep it from being published
    (a version already known, or not newer than the latest one)."""
    checked = check_bytes(raw)
    if checked.instrument is None:
        return checked
    new = checked.instrument
    known = [v for (i, v) in [*_shipped(), *_published(store)] if i == new.id]
    if new.version in known:
        checked.problems.append(
            Problem(
                "version",
                "",
                _version_line(checked),
                (
                    f"{new.id} versi {new.version} sudah ada; naikkan nomor versinya "
                    "(versi yang sudah terbit tidak pernah diganti)"
                ),
            )
        )
    elif known and version_key(new.version) < version_key(max(known, key=version_key)):
        latest = max(known, key=version_key)
        checked.problems.append(
            Problem(
                "version",
                "",
                _version_line(checked),
                (
                    f"versi {new.version} lebih lama dari versi terbaru {latest}; terbitkan versi "
                    "yang lebih baru"
                ),
            )
        )
    return checked


def _version_line(checked: Checked) -> int:
    return checked.lines.get(("version",), 0)


def publish(store: ProvinceStore, raw: bytes, actor: str, client: str = "") -> Version:
    """Publish a definition: checked again, written, audited; :class:`InstrumentRefused`
    with every problem (and nothing written) if it cannot be."""
    with _PUBLISHING:
        checked = check(store, raw)
        instrument = checked.instrument
        if not checked.ok or instrument is None:
            raise InstrumentRefused(checked.problems)
        target = store.instruments / f"{instrument.id}@{instrument.version}.json"
        private_dir(store.instruments)
        write_atomic(
            target,
            json.dumps(checked.data, ensure_ascii=False, indent=1).encode("utf-8"),
            private=True,
        )
        try:
            with store.session() as session:
                audit(
                    session,
                    actor,
                    "instrument.publish",
                    f"{instrument.id}@{instrument.version}",
                    None,
                    {
                        "id": instrument.id,
                        "version": instrument.version,
                        "status": instrument.status,
                        "title": instrument.title("id"),
                        "sha256": hashlib.sha256(raw).hexdigest(),
                    },
                    client,
                )
        except BaseException:
            target.unlink(missing_ok=True)
            raise
    _staged_path(store, hashlib.sha256(raw).hexdigest()).unlink(missing_ok=True)
    return next(
        v for v in list_versions(store) if (v.id, v.version) == (instrument.id, instrument.version)
    )


def stage(store: ProvinceStore, raw: bytes) -> str:
    """Keep a valid upload for its preview and publication; its digest."""
    digest = hashlib.sha256(raw).hexdigest()
    folder = private_dir(store.root / STAGED)
    cutoff = time.time() - STAGED_DAYS * 86400
    for old in folder.glob("*.json"):
        if old.stat().st_mtime < cutoff:
            old.unlink(missing_ok=True)
    write_atomic(folder / f"{digest}.json", raw, private=True, durable=False)
    return digest


def staged(store: ProvinceStore, digest: str) -> bytes:
    """The bytes of a staged upload; :class:`NotFoundError` once gone (published, expired)."""
    path = _staged_path(store, digest)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise NotFoundError(
            "Berkas unggahan ini tidak ada lagi (sudah diterbitkan atau kedaluwarsa); unggah lagi.",
            "This upload is gone (published or expired); upload it again.",
        ) from exc


def _staged_path(store: ProvinceStore, digest: str) -> Path:
    if not DIGEST_RE.fullmatch(digest):
        raise NotFoundError("Berkas unggahan tidak dikenal.", "Unknown upload.")
    return store.root / STAGED / f"{digest}.json"
