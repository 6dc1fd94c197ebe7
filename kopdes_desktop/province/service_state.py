"""What the province service does behind each endpoint, without HTTP (runs in worker threads).

An upload is verified in a worker thread (signature, seal, header, payload), then stored by
the group-commit writer (:mod:`kopdes_desktop.province.writer`) through the same ingest as files
(:func:`kopdes_desktop.province.ingest.apply_opened`), so a batch that came by USB first is
answered "already received" when it is uploaded, and the other way round. Other writes
(receipts, enrolment) run in their own transactions. On SQLite, writes are serialised
in-process (one writer at a time anyway); on PostgreSQL a write that lost a race is retried.
(The SQLite engine begins every transaction, reads included, with ``BEGIN IMMEDIATE``, so one
in-process lock replaces busy waiting.)
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from contextlib import nullcontext
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from kopdes_desktop.errors import StoreError
from kopdes_desktop.province import devices, ingest, mentor_codes, revocation
from kopdes_desktop.province.access import ApiError, consume_code, release_code
from kopdes_desktop.province.devices import DeviceTaken
from kopdes_desktop.province.enrolment import EnrolmentRefused, check_claim
from kopdes_desktop.province.guard import EnrolGuard, StrangerGate, StrangerLimits
from kopdes_desktop.province.models import ProvBatch
from kopdes_desktop.province.quarantine_quota import QuarantineLimits, make_room
from kopdes_desktop.province.service_auth import Authenticator, Identity
from kopdes_desktop.province.service_downlink import Downlink
from kopdes_desktop.province.service_models import EnrollRequest
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.province.writer import GroupWriter
from kopdes_desktop.sync import errors
from kopdes_desktop.sync import http_auth as auth
from kopdes_desktop.sync.batch import check_batch_id, check_header
from kopdes_desktop.sync.errors import SyncRejected
from kopdes_desktop.sync.fileformat import OpenedBatch, open_batch
from kopdes_desktop.sync.http_auth import enroll_proof
from kopdes_desktop.sync.payload import Decoded
from kopdes_desktop.sync.trust import parse_device, trust_document

REJECTION_STATUS = {
    "not_kopdes": 415,
    "too_large": 413,
    "wrong_province": 422,
    "bad_signature": 422,
    "damaged": 422,
    "hostile": 422,
}
OUTCOME_STATUS = {"applied": 201, "duplicate": 200, "quarantined": 202, "waiting": 202}
RETRIES = 3
_T = TypeVar("_T")
log = logging.getLogger(__name__)

FIRST_ANALYZE = 1000  # records written before the planner's statistics are first refreshed


def _conflicting_id() -> ApiError:
    refusal = errors.conflicting_id()
    return ApiError(409, refusal.code, refusal.message, refusal.message_en)


@dataclass(frozen=True)
class Upload:
    """An uploaded batch, authenticated and verified, waiting to be stored."""

    batch_id: str
    data: bytes
    opened: OpenedBatch
    decoded: Decoded


class ServiceState:
    """The province store as the service uses it: auth, uploads, receipts, reference data."""

    def __init__(
        self,
        store: ProvinceStore,
        *,
        reference_ttl: float = 30.0,
        window_seconds: int | None = None,
        strangers: StrangerLimits | None = None,
        quarantine: QuarantineLimits | None = None,
    ) -> None:
        self.store = store
        self.window = window_seconds or auth.WINDOW_SECONDS
        sqlite = store.engine.dialect.name == "sqlite"
        self._write_lock = threading.Lock() if sqlite else nullcontext()
        self.auth = Authenticator(store, self.window, self._write_lock, StrangerGate(strangers))
        self.enrol_guard = EnrolGuard()
        self.quarantine = quarantine or QuarantineLimits()
        self.writer = GroupWriter(store, self._write_lock, after_group=self._upkeep)
        self._written = 0
        self._analyze_at = FIRST_ANALYZE
        self._analyzing: threading.Thread | None = None
        self.downlink = Downlink(store, self._write, reference_ttl)

    def province_info(self) -> dict[str, str]:
        public = self.store.public
        return {
            "province": self.store.name,
            "key_id": public.key_id,
            "fingerprint": public.fingerprint,
        }

    # Uploads

    def prepare_upload(self, identity: Identity, batch_id: str, data: bytes) -> Upload:
        """Verify the batch of an authenticated upload: unseal, check the signature and
        header, decode the payload. Any worker thread may run it: it writes to the database
        only to remember a refusal."""
        try:
            opened = open_batch(data, self.store.seal_key, self.store.key_id)
        except SyncRejected as exc:
            raise ApiError(
                REJECTION_STATUS.get(exc.code, 422), exc.code, exc.message, exc.message_en
            ) from exc
        header = opened.header
        if header.get("batch_id") != batch_id:
            raise ApiError(
                400,
                "batch_id_mismatch",
                "Id paket di alamat tidak sama dengan isi berkas.",
                "The batch id in the URL differs from the file's.",
            )
        try:
            check_header(header, self.store.key_id, len(opened.payload))
            check_batch_id(header)
        except SyncRejected as exc:
            if identity.enrolled:
                self._refuse_conflicting_id(batch_id, header.get("payload_sha256"))
            raise ApiError(
                REJECTION_STATUS.get(exc.code, 422), exc.code, exc.message, exc.message_en
            ) from exc
        if header["device_id"] != identity.device_id:
            raise ApiError(
                403,
                "wrong_device",
                "Paket ini milik perangkat lain.",
                "This batch belongs to another device.",
            )
        try:
            decoded = ingest.check_batch(self.store, opened)
        except SyncRejected as exc:
            if not identity.enrolled:
                # Nothing to remember for a device without a receipt: no database work.
                raise ApiError(422, "rejected", exc.message, exc.message_en) from exc
            refusal = exc
            outcome = self._write(lambda: self._log_refusal(header, refusal, batch_id))
            self._refuse_conflicting_id(batch_id, header["payload_sha256"])
            raise ApiError(422, "rejected", outcome.reason, outcome.reason) from exc
        return Upload(batch_id, data, opened, decoded)

    def _log_refusal(
        self, header: dict[str, Any], exc: SyncRejected, name: str
    ) -> ingest.ImportOutcome:
        with self.store.session() as session:
            return ingest.refused(session, header, exc, name)

    def submit_upload(self, upload: Upload) -> Future[tuple[int, dict[str, Any]] | ApiError]:
        """Hand a verified upload to the writer; the future holds the HTTP status and JSON
        answer (or the refusal), set once the batch is committed to disk."""
        return self.writer.submit(lambda session: self._store_upload(session, upload))

    def _store_upload(
        self, session: Session, upload: Upload
    ) -> tuple[int, dict[str, Any]] | ApiError:
        # A refusal is returned, not raised: raising would also undo the record of the
        # refusal that the device's next receipt reports.
        outcome = ingest.apply_opened(
            self.store, session, upload.data, upload.opened, upload.decoded, upload.batch_id
        )
        if outcome.status == "rejected":
            if outcome.reason == revocation.REVOKED[0]:
                return revocation.api_error()
            prior = session.get(ProvBatch, upload.batch_id)
            if prior is not None and prior.payload_sha256 != upload.opened.header["payload_sha256"]:
                return _conflicting_id()
            return ApiError(422, "rejected", outcome.reason, outcome.reason)
        if outcome.status == "applied":
            self._written += outcome.records
        if outcome.status == "quarantined":
            make_room(
                session, upload.batch_id, upload.opened.header["device_public_key"], self.quarantine
            )
        body = {
            "batch_id": upload.batch_id,
            "status": outcome.status,
            "message": outcome.reason,
            "records": outcome.records,
            "conflicts": outcome.conflicts,
        }
        return OUTCOME_STATUS[outcome.status], body

    def _upkeep(self) -> None:
        """After a group commit (writer thread): refresh the planner's statistics each time the
        records written since start-up have doubled (see ProvinceStore.refresh_statistics), in
        a thread of its own: the writer goes on with the next group meanwhile (ANALYZE blocks
        no write; it took 75 ms of the writer's time each run under load)."""
        if self._written < self._analyze_at:
            return
        if self._analyzing is not None and self._analyzing.is_alive():
            return  # the next group asks again
        self._analyze_at = 2 * self._written
        self._analyzing = threading.Thread(
            target=self._refresh_statistics, name="province-analyze", daemon=True
        )
        self._analyzing.start()

    def _refresh_statistics(self) -> None:
        try:
            self.store.refresh_statistics()
        except Exception:  # upkeep only: the planner keeps its older statistics
            log.exception("province service: refreshing the planner's statistics failed")

    def close(self) -> None:
        """Answer the uploads already handed to the writer, then stop it (and wait for a
        refresh of the statistics under way)."""
        self.writer.close()
        if self._analyzing is not None:
            self._analyzing.join()

    def _refuse_conflicting_id(self, batch_id: str, payload_sha256: Any) -> None:
        """409 when a batch with this id but other content was received (checked only for
        refused uploads: a batch that verifies is by construction its id's only content)."""
        with self._write_lock, self.store.session() as session:
            prior = session.get(ProvBatch, batch_id)
            prior_payload = prior.payload_sha256 if prior is not None else None
        if prior_payload is not None and prior_payload != payload_sha256:
            raise _conflicting_id()

    def _write(self, action: Callable[[], _T]) -> _T:
        """Run a store write, serialised on SQLite and retried when it lost a race."""
        for attempt in range(RETRIES):
            try:
                with self._write_lock:
                    return action()
            except StoreError:
                if attempt == RETRIES - 1:
                    raise
                time.sleep(0.05 * (attempt + 1))
        raise AssertionError("unreachable")

    # Receipts and reference packages (see service_downlink)

    def receipt(self, device_id: str) -> bytes:
        """This device's receipt, as of now, sealed to it."""
        return self.downlink.receipt(device_id)

    def reference(self, device_id: str, attachment_budget: int = 0) -> tuple[int, bytes]:
        """The current reference package for this device (version, bytes), with attachment
        bytes up to ``attachment_budget``."""
        return self.downlink.reference(device_id, attachment_budget)

    # Enrolment

    def enroll(self, body: EnrollRequest, identity: Identity) -> dict[str, Any]:
        """Enrol the signing device with a one-time code; answers the province's trust
        document and a proof over it made with the code. The device document is checked
        whole before the code is used."""
        try:
            device = parse_device(body.device)
            claim = check_claim(device)
        except SyncRejected as exc:
            raise ApiError(422, exc.code, exc.message, exc.message_en) from exc
        except EnrolmentRefused as exc:
            raise ApiError(422, exc.code, exc.message, exc.message_en) from exc
        if claim.device_id != identity.device_id or claim.public_key != identity.public_key:
            raise ApiError(
                403,
                "wrong_device",
                "Berkas perangkat tidak cocok dengan perangkat yang meminta.",
                "The device document does not match the requester.",
            )
        code = body.code
        self._write(lambda: consume_code(self.store, code, identity.device_id))
        try:
            _info, outcomes = self._write(lambda: devices.enroll_document(self.store, device))
        except DeviceTaken as exc:
            release_code(self.store, code)
            raise ApiError(409, "device_taken", exc.message, exc.message_en) from exc
        except BaseException:
            release_code(self.store, code)
            raise
        mentor = self._write(lambda: mentor_codes.bind_device(self.store, code, identity.device_id))
        self.auth.remember_enrolled(identity.device_id, identity.public_key)
        trust = trust_document(self.store.name, self.store.public)
        applied = sum(1 for o in outcomes if o.status == "applied")
        answer = {
            "status": "enrolled",
            "device_id": identity.device_id,
            "province": trust,
            "proof": enroll_proof(code, trust, identity.device_id),
            "applied": applied,
        }
        if mentor is not None:
            answer["mentor"] = mentor
        return answer
