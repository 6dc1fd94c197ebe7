"""Online sync: "Sinkronkan sekarang" and enrolment, over the province's HTTP service.

The same sealed batches as the files travel, one by one: the bytes kept in the laptop store
since they were first sealed, so a batch that already went by USB is answered "already
received" rather than stored twice. After the uploads the laptop fetches its signed receipt
and, if newer, the reference package, and applies both exactly as when imported from files.
Both functions may run in a worker thread; they never touch Qt.
"""

from __future__ import annotations

import hmac
import json
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from kopdes_desktop.errors import KopdesError
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.settings import Settings
from kopdes_desktop.store.db import Store
from kopdes_desktop.store.sync_models import SyncBatch
from kopdes_desktop.sync import handed_over, inbox, reference
from kopdes_desktop.sync.export import SyncCancelled, build_batches
from kopdes_desktop.sync.fileformat import KIND_RECEIPT, KIND_REFERENCE
from kopdes_desktop.sync.http_auth import enroll_proof
from kopdes_desktop.sync.http_transport import (
    ProvinceClient,
    RetryPolicy,
    error_of,
    normalize_server,
)
from kopdes_desktop.sync.keys import ProvincePublic, device_seal_key, raw_public
from kopdes_desktop.sync.online_errors import (
    BatchRejected,
    NoSignal,
    NotEnrolled,
    OnlineSyncError,
    RefusedByServer,
    ServerUnreachable,
    WrongProvince,
)
from kopdes_desktop.sync.trust import (
    device_document,
    device_signing_key,
    parse_trust,
    require_province,
    trust_file,
    trusted_province,
)

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
SERVER_SETTING = "sync_server"
STATUS_FIELD = {201: "applied", 200: "duplicates", 202: "quarantined"}
SEAL_PARAM = "seal"
MENTOR_ID = re.compile(r"[0-9A-Za-z-]{1,36}")


@dataclass
class SyncReport:
    """What one online sync did."""

    server: str
    uploaded: int = 0
    applied: int = 0
    duplicates: int = 0
    quarantined: int = 0
    waiting: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)
    bytes_sent: int = 0
    enrolled: bool = True
    receipt: dict[str, Any] | None = None
    reference: dict[str, Any] | None = None

    def summary(self) -> str:
        """One Indonesian sentence for the status line."""
        parts = [f"{self.uploaded} paket dikirim"]
        if self.duplicates:
            parts.append(f"{self.duplicates} sudah diterima sebelumnya")
        if self.quarantined:
            parts.append(f"{self.quarantined} menunggu persetujuan")
        if self.waiting:
            parts.append(f"{self.waiting} menunggu paket sebelumnya")
        if self.rejected:
            parts.append(f"{len(self.rejected)} ditolak")
        if self.receipt:
            parts.append(f"tanda terima sampai perubahan {self.receipt.get('acked_counter', 0)}")
        if self.reference:
            parts.append(f"data referensi versi {self.reference.get('version')} diterima")
            if self.reference.get("attachments"):
                parts.append(f"{self.reference['attachments']} lampiran diterima")
        return "Sinkronisasi selesai: " + ", ".join(parts) + "."


def configured_server(paths: DataPaths, server: str | None = None) -> str:
    """The server to talk to: given, else the one stored at enrolment."""
    chosen = server or Settings(paths.settings_file).get(SERVER_SETTING)
    if not chosen:
        raise KopdesError(
            "Alamat server provinsi belum diatur: daftarkan laptop dulu "
            "(kopdes sync enroll --server ALAMAT --code KODE).",
            "No province server is set: enrol this laptop first.",
        )
    return normalize_server(chosen)


def _client(
    store: Store,
    server: str,
    policy: RetryPolicy | None,
    cancelled: Cancelled | None,
    sent: Callable[[int], None] | None = None,
) -> ProvinceClient:
    key = device_signing_key(store)
    return ProvinceClient(
        server, store.device_id, key, policy=policy, cancelled=cancelled, sent=sent
    )


def _check_province(client: ProvinceClient, province: ProvincePublic) -> None:
    if client.health().get("key_id") != province.key_id:
        raise WrongProvince()


def sync_now(
    store: Store,
    paths: DataPaths,
    server: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    *,
    policy: RetryPolicy | None = None,
    attachment_budget: int = 0,
) -> SyncReport:
    """Upload every unacknowledged batch, then fetch and apply the receipt and reference data
    (with the bytes of handed-over attachments up to ``attachment_budget``).

    ``progress(done, total, message)`` reports steps and upload bytes; ``cancelled()`` is
    polled between steps and during uploads (raising :class:`SyncCancelled`). Failures raise
    an :class:`OnlineSyncError` subclass with an Indonesian message; nothing is marked done
    on the laptop except by a receipt.
    """
    url = configured_server(paths, server)
    province = require_province(store)
    report = SyncReport(url)
    tell = progress or (lambda _done, _total, _message: None)

    def sent(count: int) -> None:
        report.bytes_sent += count

    with _client(store, url, policy, cancelled, sent) as client:
        tell(0, 1, "Menghubungi server provinsi")
        _check_province(client, province)
        tell(0, 1, "Menyiapkan paket")
        max_bytes = Settings(paths.settings_file).get("sync_batch_bytes")
        build_batches(store, max_bytes, cancelled=cancelled)
        report.enrolled = _fetch_receipt(client, store, province, report)
        _upload_all(client, store, report, tell)
        if report.enrolled:
            tell(1, 1, "Mengambil tanda terima")
            _fetch_receipt(client, store, province, report)
            if report.receipt and report.receipt.get("restamped"):
                # The province holds this device's counters from before a restore: the
                # changes went out again under new ones, sent now.
                report.rejected = _restamped(store, report.rejected)
                build_batches(store, max_bytes, cancelled=cancelled)
                _upload_all(client, store, report, tell)
                _fetch_receipt(client, store, province, report)
            tell(1, 1, "Mengambil data referensi")
            _fetch_reference(client, store, province, report, attachment_budget)
    if not report.enrolled:
        raise NotEnrolled(report)
    if report.rejected:
        raise BatchRejected(report.rejected, report)
    return report


def _pending_batches(store: Store) -> list[str]:
    with store.read() as session:
        return list(
            session.scalars(
                select(SyncBatch.batch_id)
                .where(SyncBatch.state == "exported")
                .order_by(SyncBatch.counter_from)
            )
        )


def _upload_all(client: ProvinceClient, store: Store, report: SyncReport, tell: Progress) -> None:
    pending = _pending_batches(store)
    for done, batch_id in enumerate(pending):
        tell(done, len(pending), f"Mengirim paket {done + 1} dari {len(pending)}")
        with store.read() as session:
            batch = session.get(SyncBatch, batch_id)
            data = batch.data if batch is not None and batch.state == "exported" else None
        if not data:
            continue
        response = client.request("PUT", f"/v1/batches/{batch_id}", data)
        report.uploaded += 1
        status = response.status_code
        if status in STATUS_FIELD:
            name = STATUS_FIELD[status]
            if status == 202 and _answer_status(response) == "waiting":
                name = "waiting"
            setattr(report, name, getattr(report, name) + 1)
        elif 400 <= status < 500 and status not in (401, 403):
            report.rejected.append((batch_id, error_of(response)[1]))
        else:
            raise RefusedByServer(*error_of(response))
    tell(len(pending), len(pending), "Paket terkirim")


def _answer_status(response: Any) -> str:
    try:
        body = response.json()
    except ValueError:
        return ""
    return str(body.get("status", "")) if isinstance(body, dict) else ""


def _restamped(store: Store, rejected: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The refusals still standing: those of batches not sent again under new counters."""
    with store.read() as session:
        return [
            (batch_id, reason)
            for batch_id, reason in rejected
            if (batch := session.get(SyncBatch, batch_id)) is None or batch.state != "restamped"
        ]


def _fetch_receipt(
    client: ProvinceClient, store: Store, province: ProvincePublic, report: SyncReport
) -> bool:
    """Apply this device's receipt; False when the province has not enrolled the device."""
    response = client.request(
        "GET", f"/v1/devices/{store.device_id}/receipt", params=_seal_param(store)
    )
    if response.status_code == 403 and error_of(response)[0] == "not_enrolled":
        return False
    if response.status_code != 200:
        raise RefusedByServer(*error_of(response))
    body = inbox.open_from_province(store, response.content, KIND_RECEIPT, province)
    _status, _message, details = inbox.apply_receipt(store, body, province)
    if report.receipt is not None:
        for key in ("batches_acknowledged", "batches_rejected"):
            details[key] = details.get(key, 0) + report.receipt.get(key, 0)
    report.receipt = details
    return True


def _seal_param(store: Store) -> dict[str, str]:
    """This laptop's X25519 key in the signed query of its requests, so a province that does
    not know it yet (a laptop enrolled before sealed downlinks) seals its answers from now on."""
    return {SEAL_PARAM: raw_public(device_seal_key(store.paths.keys).public_key()).hex()}


def _fetch_reference(
    client: ProvinceClient,
    store: Store,
    province: ProvincePublic,
    report: SyncReport,
    attachment_budget: int = 0,
) -> None:
    since = int(store.get_meta(reference.VERSION_KEY) or 0)
    params: dict[str, Any] = {"since": since, **_seal_param(store)}
    if attachment_budget > 0:
        params["attachments"] = attachment_budget
    response = client.request("GET", "/v1/reference", params=params)
    if response.status_code == 204:
        return
    if response.status_code != 200:
        raise RefusedByServer(*error_of(response))
    body = inbox.open_from_province(store, response.content, KIND_REFERENCE, province)
    status, message, details = reference.apply_reference(store, body, province)
    if status == "applied":
        report.reference = {"message": message, **details}


def enroll(
    store: Store, paths: DataPaths, server: str, code: str, *, policy: RetryPolicy | None = None
) -> str:
    """Enrol this laptop at the province with a one-time code; returns the province
    fingerprint to compare with the officer's. Stores the server address in the settings and,
    if no province is trusted yet, trusts the one that answered (its answer is proven with
    the code)."""
    url = normalize_server(server)
    document = device_document(store)
    body = json.dumps({"device": document, "code": code.strip()}).encode()
    current = trusted_province(store)
    with _client(store, url, policy, None) as client:
        if current is not None:
            _check_province(client, current)
        response = client.request("POST", "/v1/enroll", body, content_type="application/json")
    if response.status_code != 200:
        raise RefusedByServer(*error_of(response))
    try:
        answer = response.json()
    except ValueError as exc:
        raise ServerUnreachable("jawaban pendaftaran tidak sah") from exc
    trust = _proven_trust(answer, code, store.device_id)
    province = parse_trust(trust)
    if current is not None and current.key_id != province.key_id:
        raise WrongProvince()
    if current is None:
        _trust(store, trust)
    _remember_mentor(store, answer.get("mentor"))
    Settings(paths.settings_file).set(SERVER_SETTING, url)
    return province.fingerprint


def _remember_mentor(store: Store, mentor: Any) -> None:
    """The mentor record a code made for a named mentor links this laptop to: it becomes the
    laptop's profile when the reference package brings it."""
    mentor_id = mentor.get("id") if isinstance(mentor, dict) else None
    if isinstance(mentor_id, str) and MENTOR_ID.fullmatch(mentor_id):
        store.set_meta(handed_over.MENTOR_KEY, mentor_id)


def _proven_trust(answer: Any, code: str, device_id: str) -> dict[str, Any]:
    if not isinstance(answer, dict) or not isinstance(answer.get("province"), dict):
        raise ServerUnreachable("jawaban pendaftaran tidak sah")
    expected = enroll_proof(code, answer["province"], device_id)
    if not hmac.compare_digest(str(answer.get("proof", "")), expected):
        raise OnlineSyncError(
            "Jawaban server tidak terbukti berasal dari provinsi pemberi kode; pendaftaran "
            "dibatalkan. Periksa alamat server.",
            "The server's answer is not proven to come from the province that issued the code.",
        )
    return answer["province"]


def _trust(store: Store, document: dict[str, Any]) -> None:
    """Trust the province through the same path as a trust file."""
    with tempfile.TemporaryDirectory(dir=store.paths.root) as folder:
        path = Path(folder) / "province-trust.json"
        path.write_text(json.dumps(document), encoding="utf-8")
        trust_file(store, path)


__all__ = [
    "BatchRejected",
    "NoSignal",
    "NotEnrolled",
    "OnlineSyncError",
    "RefusedByServer",
    "RetryPolicy",
    "ServerUnreachable",
    "SyncCancelled",
    "SyncReport",
    "WrongProvince",
    "configured_server",
    "enroll",
    "sync_now",
]
