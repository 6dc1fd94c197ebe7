"""Importing batch files: verify, check enrolment, dedupe, then apply each batch atomically.

Every file ends in one typed outcome: ``applied``, ``duplicate`` (already received),
``quarantined`` (from a device not yet enrolled: kept, applied on approval), ``waiting``
(an earlier batch of its device has not arrived: kept, applied as soon as it has, so each
device's changes are applied in the order it made them) or ``rejected`` (with a one-line
reason; nothing of it is applied). A batch whose changes reuse counters the province already
holds from another batch of the device (a laptop restored from a backup) is rejected as a
*divergence*, and its receipt tells the laptop to send them again under new counters.

Two steps, so the service can verify uploads in parallel and commit them together: a file is
opened and checked (:func:`~kopdes_desktop.sync.fileformat.open_batch`, :func:`check_batch`:
no database), then received in the caller's transaction (:func:`apply_opened`).
:func:`import_bytes` does both for one file in a transaction of its own; :func:`import_files`
does it for many files, opening and decoding the next ones in a second process meanwhile.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from functools import partial
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import Connection, CursorResult, Row, insert, select
from sqlalchemy.orm import Session

from kopdes_desktop.paths import write_atomic
from kopdes_desktop.province import downlink, revocation
from kopdes_desktop.province.apply import PROVINCE_DEVICE, apply_records, placeholder
from kopdes_desktop.province.decoder import (
    Prepared,
    Preparer,
    collector_paused,
    prepare,
    second_process_possible,
)
from kopdes_desktop.province.models import ProvBatch, ProvDevice, ProvRejection
from kopdes_desktop.province.ranges import coverage
from kopdes_desktop.province.screen import record_checks, screen
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.store.incarnation import INCARNATION_BITS
from kopdes_desktop.store.models import utcnow
from kopdes_desktop.sync import errors, payload, schema
from kopdes_desktop.sync.batch import (
    BATCH_ID_RE,
    DEVICE_RE,
    SEAL_HEADER,
    check_batch_id,
    check_header,
)
from kopdes_desktop.sync.errors import SyncRejected
from kopdes_desktop.sync.fileformat import (
    MAX_FILE_BYTES,
    OpenedBatch,
    open_batch,
    read_sync_file,
)
from kopdes_desktop.sync.payload import Blob, Decoded


@dataclass(frozen=True)
class ImportOutcome:
    """What became of one file."""

    file: str
    batch_id: str | None
    device_id: str | None
    status: str  # applied | duplicate | quarantined | waiting | rejected
    reason: str
    records: int = 0
    conflicts: int = 0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def check_batch(store: ProvinceStore, opened: OpenedBatch) -> Decoded:
    """The decoded payload of an opened batch whose header fits this province."""
    header = opened.header
    check_header(header, store.key_id, len(opened.payload))
    if header["device_id"] == PROVINCE_DEVICE:
        raise errors.hostile("id perangkat tidak sah")
    return record_checks(store, payload.decode_batch(opened.payload, header))


def import_file(store: ProvinceStore, path: Path) -> ImportOutcome:
    """Import one batch file; never raises for a bad file, only reports."""
    [outcome] = import_files(store, [path], second_process=False)
    return outcome


def import_files(
    store: ProvinceStore, paths: Sequence[Path], second_process: bool | None = None
) -> list[ImportOutcome]:
    """Import batch files in order, each atomically, with an outcome each.

    A file received before (same bytes) is answered without being opened. The files ahead
    are opened and decoded in a second process while one is written, when there are several
    and that is possible (see :mod:`~kopdes_desktop.province.decoder`); ``second_process``
    forces it on or off. Files are committed in groups (see :class:`_Groups`).
    """
    if second_process is None:
        second_process = len(paths) > 1 and second_process_possible()
    check = partial(check_batch, store)
    with (
        Preparer[_Screened](store.seal_key, store.key_id, check, second_process) as preparer,
        _Groups(store) as groups,
    ):
        return [
            groups.receive(data, prepared, screened.name)
            if prepared is not None
            else _screened_outcome(screened)
            for screened, data, prepared in preparer.prepared(_screen(groups, paths))
        ]


class _Groups:
    """Files received in one transaction per group of up to ``GROUP_FILES``, each file in a
    savepoint of its own.

    Each file stays atomic: one that fails is rolled back to its savepoint, and the files
    received before it are committed before the error goes on. Committing durably once per
    group rather than once per file is what the service's writer does for uploads too. A
    command interrupted (Ctrl+C) leaves its current group uncommitted: it has told nobody
    about those files, which are imported again next time.
    """

    GROUP_FILES = 16

    def __init__(self, store: ProvinceStore) -> None:
        self._store = store
        self._context: Any = None
        self._session: Session | None = None
        self._files = 0

    def __enter__(self) -> _Groups:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: Any
    ) -> None:
        if kind is None or issubclass(kind, Exception):
            self._commit()
        elif self._context is not None:  # interrupted: the connection may be mid-statement
            context, self._context, self._session = self._context, None, None
            context.__exit__(kind, error, trace)

    def session(self) -> Session:
        """The current group's transaction (begun when first needed). Everything the import
        reads goes through it: the store begins each transaction as a writer."""
        if self._session is None:
            self._context = self._store.session()
            self._session = self._context.__enter__()
        return self._session

    def receive(self, data: bytes, prepared: Prepared, name: str) -> ImportOutcome:
        """Receive one prepared file in the current group (see :func:`receive_prepared`)."""
        session = self.session()
        savepoint = session.begin_nested()
        try:
            with collector_paused():
                outcome = _receive_in(session, self._store, data, prepared, name)
        except Exception:
            savepoint.rollback()
            raise
        savepoint.commit()
        self._files += 1
        if self._files >= self.GROUP_FILES:
            self._commit()
        return outcome

    def _commit(self) -> None:
        if self._context is not None:
            context, self._context, self._session, self._files = self._context, None, None, 0
            context.__exit__(None, None, None)


class _Screened(NamedTuple):
    name: str
    outcome: ImportOutcome | None  # known without opening the file, else None


def _screened_outcome(screened: _Screened) -> ImportOutcome:
    """The outcome of a file that was not opened: it was known when the file was screened."""
    assert screened.outcome is not None, "a file not opened has its outcome"
    return screened.outcome


def _screen(
    groups: _Groups, paths: Sequence[Path]
) -> Iterator[tuple[_Screened, Path, bytes | None]]:
    """Each file with its bytes to prepare, or none when its outcome is known without
    opening it: unreadable, or received before."""
    for path in paths:
        try:
            data = read_sync_file(path, MAX_FILE_BYTES)
        except SyncRejected as exc:
            yield (
                _Screened(path.name, ImportOutcome(path.name, None, None, "rejected", exc.message)),
                path,
                None,
            )
            continue
        before = _known(groups.session(), data, path.name)
        yield _Screened(path.name, before), path, None if before is not None else data


def _received_before(store: ProvinceStore, data: bytes, name: str) -> ImportOutcome | None:
    """The "already received" outcome of a file whose exact bytes were received before."""
    with store.session() as session:
        return _known(session, data, name)


def _known(session: Session, data: bytes, name: str) -> ImportOutcome | None:
    """:func:`_received_before` in the caller's transaction."""
    known = known_file(session.connection(), hashlib.sha256(data).hexdigest())
    return None if known is None else _duplicate(name, known)


def import_bytes(store: ProvinceStore, data: bytes, name: str = "") -> ImportOutcome:
    """Import one batch given as bytes (a file's content or an HTTP body), in a transaction
    of its own."""
    before = _received_before(store, data, name)
    if before is not None:
        return before
    with collector_paused():
        prepared = prepare(data, store.seal_key, store.key_id, partial(check_batch, store))
    return receive_prepared(store, data, prepared, name)


def receive_prepared(
    store: ProvinceStore, data: bytes, prepared: Prepared, name: str = ""
) -> ImportOutcome:
    """Apply a prepared batch, or record its refusal, in a transaction of its own.

    The collector is paused meanwhile; the batch's records are freed on return, before it
    runs again (it would otherwise walk all of them once).
    """
    with collector_paused(), store.session() as session:
        return _receive_in(session, store, data, prepared, name)


def _receive_in(
    session: Session, store: ProvinceStore, data: bytes, prepared: Prepared, name: str
) -> ImportOutcome:
    """Apply a prepared batch, or record its refusal, in the caller's transaction."""
    if prepared.opened is None:
        assert prepared.refusal is not None
        return ImportOutcome(name, None, None, "rejected", prepared.refusal.message)
    # From here the file is signed by the key it names: a refusal can be told to its device.
    if prepared.decoded is None:
        assert prepared.refusal is not None
        return refused(session, prepared.opened.header, prepared.refusal, name)
    return apply_opened(store, session, data, prepared.opened, prepared.decoded, name)


def apply_opened(
    store: ProvinceStore,
    session: Session,
    data: bytes,
    opened: OpenedBatch,
    decoded: Decoded,
    name: str = "",
) -> ImportOutcome:
    """Receive a verified batch in the caller's transaction.

    A refusal (same id with other content, another device's key, a revoked device) comes
    before anything of the batch is written, and is remembered for the device's receipt or
    listed on a revoked device's page.
    """
    session.flush()
    header = opened.header
    rows = _mark_query(
        session.connection(),
        f"SELECT {BATCH_FIELDS}, file_sha256 FROM prov_batch "
        "WHERE file_sha256 = {m} OR batch_id = {m}",
        (opened.file_sha256, header["batch_id"]),
    ).all()
    known = next((row for row in rows if row.file_sha256 == opened.file_sha256), None)
    if known is not None:
        return _duplicate(name, known)
    prior = next((row for row in rows if row.batch_id == header["batch_id"]), None)
    try:
        return _receive(store, session, opened, data, decoded, name, prior)
    except SyncRejected as exc:
        return refused(session, header, exc, name)


BATCH_FIELDS = "batch_id, device_id, payload_sha256, status, records, conflicts"


def _mark_query(
    connection: Connection, statement: str, values: tuple[Any, ...]
) -> CursorResult[*tuple[Any, ...]]:
    """A driver-level query; ``{m}`` in ``statement`` is the driver's placeholder."""
    return connection.exec_driver_sql(statement.format(m=placeholder(connection)), values)


def known_file(connection: Connection, file_sha256: str) -> Row[Any] | None:
    """The batch received earlier with exactly these file bytes, if any."""
    return _mark_query(
        connection,
        f"SELECT {BATCH_FIELDS} FROM prov_batch WHERE file_sha256 = {{m}} LIMIT 1",
        (file_sha256,),
    ).first()


def refused(
    session: Session, header: dict[str, Any], exc: SyncRejected, name: str = ""
) -> ImportOutcome:
    """The outcome of a refused batch, remembered for its device's receipt when the device is
    enrolled with the key that signed it."""
    batch_id, device_id = _named(header)
    if batch_id and device_id:
        device = session.get(ProvDevice, device_id)
        if device is not None and device.public_key == header.get("device_public_key"):
            if device.status == "enrolled":
                session.add(
                    ProvRejection(
                        batch_id=batch_id,
                        device_id=device_id,
                        reason=exc.message[:500],
                        code=exc.code[:20],
                    )
                )
            elif device.status == "revoked":
                revocation.remember_refusal(session, device_id, batch_id, exc.message)
    return ImportOutcome(name, batch_id, device_id, "rejected", exc.message)


def _named(header: dict[str, Any]) -> tuple[str | None, str | None]:
    batch_id, device_id = header.get("batch_id"), header.get("device_id")
    return (
        batch_id if isinstance(batch_id, str) and BATCH_ID_RE.match(batch_id) else None,
        device_id if isinstance(device_id, str) and DEVICE_RE.fullmatch(device_id) else None,
    )


def _duplicate(name: str, known: Row[Any]) -> ImportOutcome:
    reason = "Sudah diterima sebelumnya."
    if known.status == "quarantined":
        reason = "Sudah diterima sebelumnya; menunggu persetujuan perangkat."
    elif known.status == "waiting":
        reason = WAITING
    return ImportOutcome(
        name, known.batch_id, known.device_id, "duplicate", reason, known.records, known.conflicts
    )


def _receive(
    store: ProvinceStore,
    session: Session,
    opened: OpenedBatch,
    data: bytes,
    decoded: Decoded,
    name: str,
    prior: Row[Any] | None,
) -> ImportOutcome:
    """Apply or quarantine a batch (``prior``: the batch received earlier under its id); every
    refusal is raised before anything is written."""
    header = opened.header
    records = decoded.records
    batch_id, device_id = header["batch_id"], header["device_id"]
    connection = session.connection()
    if prior is not None:
        if prior.payload_sha256 == header["payload_sha256"]:
            return _duplicate(name, prior)
        raise errors.conflicting_id()
    check_batch_id(header)
    # Read even when the caller knew the device enrolled: it may have been revoked since.
    device, ranges, waiting = _device_and_batches(connection, device_id)
    if device is not None and device[1] == "revoked":
        if device[0] != header["device_public_key"]:
            raise _foreign_key()
        raise revocation.rejection()
    # Only an enrolled device's key is binding: a batch claiming a device id that is not
    # enrolled yet waits in quarantine with its own key, whoever claimed the id first.
    if device is not None and device[1] == "enrolled" and device[0] != header["device_public_key"]:
        raise _foreign_key()
    batch = {
        "batch_id": batch_id,
        "device_id": device_id,
        "file_sha256": opened.file_sha256,
        "payload_sha256": header["payload_sha256"],
        "public_key": header["device_public_key"],
        "counter_from": header["counter_from"],
        "counter_to": header["counter_to"],
        "acked_floor": header["acked_counter"],
        "records": len(records),
    }
    if device is None or device[1] != "enrolled":
        if device is None:
            session.add(ProvDevice(device_id=device_id, public_key=header["device_public_key"]))
        session.add(ProvBatch(**batch, status="quarantined", data=data))
        return ImportOutcome(
            name,
            batch_id,
            device_id,
            "quarantined",
            "Perangkat belum terdaftar; paket disimpan menunggu persetujuan petugas.",
            len(records),
        )
    if SEAL_HEADER in header:
        downlink.learn_seal_key(session, device_id, header[SEAL_HEADER])
    if header["counter_from"] > contiguous_of(ranges, header["acked_counter"]) + 1:
        session.add(ProvBatch(**batch, status="waiting", data=data))
        return ImportOutcome(name, batch_id, device_id, "waiting", WAITING, len(records))
    conflicts, note = _apply_decoded(store, session, device_id, batch_id, header, decoded, ranges)
    connection.execute(
        insert(ProvBatch),
        [
            {
                **batch,
                "status": "applied",
                "applied_at": utcnow(),
                "conflicts": conflicts,
                "first_counter": first_counter(decoded),
            }
        ],
    )
    if waiting:
        apply_waiting(store, session, device_id)
    return ImportOutcome(
        name, batch_id, device_id, "applied", "Diterapkan." + note, len(records), conflicts
    )


def _foreign_key() -> SyncRejected:
    return SyncRejected(
        "foreign_key",
        "Berkas ditandatangani dengan kunci yang bukan milik perangkat ini.",
        "The file is signed with a key that does not belong to this device.",
    )


WAITING = "Diterima; menunggu paket sebelumnya dari perangkat ini sebelum diterapkan."
Ranges = list[tuple[int, int, int, int]]


def _device_and_batches(
    connection: Connection, device_id: str
) -> tuple[tuple[str, str] | None, Ranges, bool]:
    """The device's key and status (None: not known), the ranges of its applied batches (see
    :func:`applied_ranges`), and whether some of its batches wait: one query, as every upload
    asks all three."""
    rows = _mark_query(
        connection,
        "SELECT d.public_key, d.status, b.counter_from, b.counter_to, b.acked_floor, "
        "b.first_counter, b.status FROM prov_device d LEFT JOIN prov_batch b ON "
        "b.device_id = d.device_id AND b.status IN ('applied', 'waiting') "
        "WHERE d.device_id = {m}",
        (device_id,),
    ).all()
    if not rows:
        return None, [], False
    applied = [row[2:6] for row in rows if row[6] == "applied"]
    return (
        (rows[0][0], rows[0][1]),
        _ranges(applied),
        any(row[6] == "waiting" for row in rows),
    )


def applied_ranges(connection: Connection, device_id: str) -> Ranges:
    """The counter ranges of a device's applied batches, with their acknowledged floors and
    the first counter each used: a batch made right after a restore spans the counters
    up to its new incarnation without using them (they belong to the device's life before)."""
    rows = _mark_query(
        connection,
        "SELECT counter_from, counter_to, acked_floor, first_counter FROM prov_batch "
        "WHERE device_id = {m} AND status = 'applied'",
        (device_id,),
    )
    return _ranges(rows)


def _ranges(rows: Iterable[Sequence[Any]]) -> Ranges:
    """Ranges from rows of (counter_from, counter_to, acked_floor, first_counter)."""
    return [
        (
            low,
            high,
            floor,
            low if first is None else max(low, first >> INCARNATION_BITS << INCARNATION_BITS),
        )
        for low, high, floor, first in rows
    ]


def first_counter(decoded: Decoded) -> int | None:
    """The lowest counter a batch's records carry."""
    return min((r.counter for r in decoded.records), default=None)


def contiguous_of(ranges: Ranges, floor: int = 0) -> int:
    """The highest counter up to which the device's changes have all been applied."""
    floor = max([floor, *(r[2] for r in ranges)])
    return coverage([(r[0], r[1]) for r in ranges], floor)[0]


def _apply_decoded(
    store: ProvinceStore,
    session: Session,
    device_id: str,
    batch_id: str,
    header: dict[str, Any],
    decoded: Decoded,
    ranges: Ranges,
) -> tuple[int, str]:
    """Apply a batch whose earlier batches are all applied; refuse it as a divergence when its
    changes reuse counters of batches already applied. Records the schema refuses are left
    out and remembered for the receipt. Returns the records left in conflict and a note on
    the refused ones (empty when none)."""
    counters = [record.counter for record in decoded.records]
    if counters:
        low, high = min(counters), max(counters)
        if any(used <= high and low <= end for _start, end, _floor, used in ranges):
            raise errors.divergence(low, high)
    accepted, refused = screen(store, session.connection(), decoded)
    for record in decoded.records if refused else ():
        problems = refused.get((record.table, record.record_id))
        if problems:
            session.add(
                ProvRejection(
                    batch_id=batch_id,
                    device_id=device_id,
                    code="record",
                    reason=schema.summary(problems)[:500],
                    table_name=record.table,
                    record_id=record.record_id,
                    counter=record.counter,
                )
            )
    store_blobs(store, decoded.blobs)
    conflicts = apply_records(
        session, device_id, batch_id, accepted, header["created_at"], utcnow().isoformat()
    )
    if not refused:
        return conflicts, ""
    first = schema.summary(next(iter(refused.values())), limit=1)
    return conflicts, f" {len(refused)} data ditolak, misalnya: {first}"


def apply_waiting(store: ProvinceStore, session: Session, device_id: str) -> int:
    """Apply the device's waiting batches that no earlier batch holds back any more, in
    counter order; the number applied. One that is refused now is recorded as refused."""
    applied = 0
    connection = session.connection()
    session.flush()
    if (
        _mark_query(
            connection,
            "SELECT 1 FROM prov_batch WHERE device_id = {m} AND status = 'waiting' LIMIT 1",
            (device_id,),
        ).first()
        is None
    ):
        return 0  # the usual case, answered without the counter ranges
    while True:
        session.flush()
        ranges = applied_ranges(connection, device_id)
        waiting = session.scalars(
            select(ProvBatch)
            .where(
                ProvBatch.device_id == device_id,
                ProvBatch.status == "waiting",
                ProvBatch.counter_from <= contiguous_of(ranges) + 1,
            )
            .order_by(ProvBatch.counter_from)
            .limit(1)
        ).first()
        if waiting is None:
            return applied
        assert waiting.data is not None  # a waiting batch keeps its bytes until it is applied
        opened = open_batch(waiting.data, store.seal_key, store.key_id)
        try:
            decoded = check_batch(store, opened)
            waiting.conflicts, _ = _apply_decoded(
                store, session, device_id, waiting.batch_id, opened.header, decoded, ranges
            )
        except SyncRejected as exc:
            waiting.status, waiting.data = "rejected", None
            refused(session, opened.header, exc)
            continue
        waiting.status, waiting.applied_at, waiting.data = "applied", utcnow(), None
        waiting.first_counter = first_counter(decoded)
        applied += 1


def store_blobs(store: ProvinceStore, blobs: list[Blob]) -> None:
    """Write attachments by SHA-256 (names were checked to be 64 hex digits)."""
    for blob in blobs:
        target = store.attachments / blob.sha256[:2] / blob.sha256
        if target.exists():
            continue
        write_atomic(target, blob.data)


def apply_quarantined(store: ProvinceStore, device_id: str) -> list[ImportOutcome]:
    """Apply a now-enrolled device's quarantined batches, each in its own transaction."""
    with store.session() as session:
        waiting = (
            session.execute(
                select(ProvBatch.batch_id)
                .where(ProvBatch.device_id == device_id, ProvBatch.status == "quarantined")
                .order_by(ProvBatch.counter_from)
            )
            .scalars()
            .all()
        )
    outcomes = []
    for batch_id in waiting:
        with store.session() as session:
            batch = session.get_one(ProvBatch, batch_id)
            device = session.get_one(ProvDevice, device_id)
            assert batch.data is not None  # a quarantined batch keeps its bytes until applied
            opened = open_batch(batch.data, store.seal_key, store.key_id)
            decoded = check_batch(store, opened)
            if batch.public_key != device.public_key:
                batch.status, batch.data = "rejected", None
                outcomes.append(
                    ImportOutcome(
                        batch_id,
                        batch_id,
                        device_id,
                        "rejected",
                        "Kunci perangkat berbeda dari yang disetujui.",
                    )
                )
                continue
            if SEAL_HEADER in opened.header:
                downlink.learn_seal_key(session, device_id, opened.header[SEAL_HEADER])
            ranges = applied_ranges(session.connection(), device_id)
            if batch.counter_from > contiguous_of(ranges, batch.acked_floor) + 1:
                batch.status = "waiting"
                outcomes.append(
                    ImportOutcome(
                        batch_id, batch_id, device_id, "waiting", WAITING, len(decoded.records)
                    )
                )
                continue
            try:
                batch.conflicts, _ = _apply_decoded(
                    store, session, device_id, batch_id, opened.header, decoded, ranges
                )
            except SyncRejected as exc:
                batch.status, batch.data = "rejected", None
                refused(session, opened.header, exc)
                outcomes.append(
                    ImportOutcome(batch_id, batch_id, device_id, "rejected", exc.message)
                )
                continue
            batch.status, batch.applied_at, batch.data = "applied", utcnow(), None
            batch.first_counter = first_counter(decoded)
            outcomes.append(
                ImportOutcome(
                    batch_id,
                    batch_id,
                    device_id,
                    "applied",
                    "Diterapkan.",
                    len(decoded.records),
                    batch.conflicts,
                )
            )
            apply_waiting(store, session, device_id)
    return outcomes
