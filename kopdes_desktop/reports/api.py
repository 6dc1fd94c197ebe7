"""The report entry points: bytes for one report, atomic writes, and batches with progress."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from kopdes_desktop.core import filenames
from kopdes_desktop.errors import KopdesError
from kopdes_desktop.paths import DataPaths, write_atomic
from kopdes_desktop.reports import assessment, monthly, profile
from kopdes_desktop.reports.data import assessment_data
from kopdes_desktop.reports.options import ReportOptions
from kopdes_desktop.reports.period_data import monthly_data, profile_data
from kopdes_desktop.reports.seal import Signer, device_signer
from kopdes_desktop.store.db import Store

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


def options_from_settings(settings: Any, **overrides: Any) -> ReportOptions:
    """Report options from the app settings (language, place of signing, photos)."""
    values = {
        "language": settings.get("language"),
        "place": settings.get("report_place"),
        "photos": settings.get("report_photos"),
    }
    values.update(overrides)
    return ReportOptions(**values)


def store_signer(store: Store) -> Signer:
    """This laptop's signer: its device key (made on first use) under its device id."""
    from kopdes_desktop.sync.trust import device_signing_key

    return device_signer(store.device_id, device_signing_key(store))


def assessment_pdf(
    store: Store,
    paths: DataPaths,
    registry: Any,
    assessment_id: str,
    options: ReportOptions | None = None,
    signer: Signer | None = None,
) -> bytes:
    """The Laporan Hasil Penilaian of one assessment (draft or final), its pages sealed by
    ``signer`` (this laptop's device key when not given)."""
    with store.read() as session:
        data = assessment_data(session, paths, registry, assessment_id)
    return assessment.render(data, options or ReportOptions(), signer or store_signer(store))


def monthly_pdf(
    store: Store,
    registry: Any,
    mentor_id: str,
    month: str,
    options: ReportOptions | None = None,
    signer: Signer | None = None,
) -> bytes:
    """The Laporan Bulanan Pendamping of ``mentor_id`` for ``month`` (YYYY-MM), sealed by
    ``signer`` (this laptop's device key when not given)."""
    with store.read() as session:
        data = monthly_data(session, registry, mentor_id, month)
    return monthly.render(data, options or ReportOptions(), signer or store_signer(store))


def profile_pdf(
    store: Store,
    registry: Any,
    cooperative_id: str,
    options: ReportOptions | None = None,
    today: date | None = None,
    signer: Signer | None = None,
) -> bytes:
    """The Profil Koperasi of one cooperative; follow-ups are marked overdue as of ``today``
    (the system date when not given). Sealed by ``signer`` (the device key when not given)."""
    options = options or ReportOptions()
    with store.read() as session:
        data = profile_data(session, registry, cooperative_id, today=today or options.sign_date)
    return profile.render(data, options, signer or store_signer(store))


def save_pdf(target: str | os.PathLike[str], pdf: bytes, *, durable: bool = True) -> Path:
    """Write a report with :func:`paths.write_atomic`, readable by its owner only (reports
    carry personal data; a reader never sees half a file); ``durable=False`` for a batch. An
    unwritable place raises KopdesError."""
    path = Path(target)
    try:
        return write_atomic(path, pdf, private=True, durable=durable)
    except OSError as exc:
        raise _unwritable(path, exc) from exc


def _unwritable(path: Path, exc: OSError) -> KopdesError:
    reason = exc.strerror or str(exc)
    return KopdesError(
        f"Laporan tidak dapat ditulis ke {path}: {reason}.",
        f"The report cannot be written to {path}: {reason}.",
    )


@dataclass
class BatchResult:
    """What a batch wrote; ``cancelled`` is True when it stopped early on request."""

    written: list[Path] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False


def batch_assessments(
    store: Store,
    paths: DataPaths,
    registry: Any,
    assessment_ids: Sequence[str],
    out_dir: str | os.PathLike[str],
    options: ReportOptions | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> BatchResult:
    """One Laporan Hasil Penilaian per assessment into ``out_dir``, each written atomically."""
    options = options or ReportOptions()
    taken: set[str] = set()
    signer = store_signer(store)

    def one(assessment_id: str) -> tuple[str, str, bytes]:
        with store.read() as session:
            data = assessment_data(session, paths, registry, assessment_id)
        name = filenames.unique_in(
            filenames.assessment_report(data.coop.name, data.assessed_on), taken
        )
        return name, data.coop.name, assessment.render(data, options, signer)

    return _batch(assessment_ids, one, Path(out_dir), progress, cancelled)


def batch_profiles(
    store: Store,
    registry: Any,
    cooperative_ids: Sequence[str],
    out_dir: str | os.PathLike[str],
    options: ReportOptions | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    today: date | None = None,
) -> BatchResult:
    """One Profil Koperasi per cooperative into ``out_dir``, each written atomically."""
    options = options or ReportOptions()
    taken: set[str] = set()
    signer = store_signer(store)

    def one(cooperative_id: str) -> tuple[str, str, bytes]:
        with store.read() as session:
            data = profile_data(session, registry, cooperative_id, today=today)
        name = filenames.unique_in(
            filenames.profile_report(data.coop.name, today or options.sign_date or date.today()),
            taken,
        )
        return name, data.coop.name, profile.render(data, options, signer)

    return _batch(cooperative_ids, one, Path(out_dir), progress, cancelled)


def _batch(
    ids: Sequence[str],
    one: Callable[[str], tuple[str, str, bytes]],
    folder: Path,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> BatchResult:
    """Run ``one`` per id, writing each PDF atomically; a record that cannot be found is
    listed in ``failed`` and the batch goes on, an unwritable folder stops it."""
    result = BatchResult()
    for index, record_id in enumerate(ids):
        if cancelled is not None and cancelled():
            result.cancelled = True
            break
        try:
            name, title, pdf = one(record_id)
        except KopdesError as exc:
            result.failed.append((record_id, exc.message))
            title = record_id
        else:
            result.written.append(save_pdf(folder / name, pdf, durable=False))
        if progress is not None:
            progress(index + 1, len(ids), title)
    return result
