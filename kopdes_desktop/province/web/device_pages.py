"""The devices pages: the list with status, key fingerprint, mentor, last batch and batch
counts; enrolling a device by uploading its device file; one-time enrolment codes; a device's
page with its keys, batches and refused batches; approving a quarantined device by its key
fingerprint; revoking a lost laptop's key.

Who may do what: the province admin manages every device (enrol, codes, approve, revoke). A
kabupaten officer sees the devices of their kabupaten's mentors (when the province can tell a
device's mentor and that mentor's kabupaten, see
:mod:`~kopdes_desktop.province.device_views`) and may revoke those; enrolling, codes and
approving a quarantined device (whose mentor is not known yet) are the admin's. A viewer reads.
"""

from __future__ import annotations

import json

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from kopdes_desktop.errors import KopdesError
from kopdes_desktop.province import devices, officers, revocation
from kopdes_desktop.province.access import new_enroll_code
from kopdes_desktop.province.device_views import device_detail, list_devices
from kopdes_desktop.province.web import times
from kopdes_desktop.province.web.common import Workspace, client_of, guarded, scope_of
from kopdes_desktop.province.web.i18n import translator
from kopdes_desktop.province.web.render import Page, error, render
from kopdes_desktop.sync.trust import parse_device

MAX_DEVICE_FILE = 64 * 1024
CODE_HOURS = (24, 72, 168)
NOTICES = {
    "terdaftar": "Perangkat didaftarkan; paket karantinanya diterapkan.",
    "disetujui": "Perangkat disetujui; paket karantinanya diterapkan.",
    "dicabut": "Kunci perangkat dicabut; paket berikutnya darinya ditolak.",
}
NOT_A_DEVICE_FILE = "Berkas ini bukan berkas perangkat Kopdes yang sah; tidak ada yang diubah."
TOO_BIG = "Berkas perangkat terlalu besar (paling banyak 64 KB); tidak ada yang diubah."
NO_FILE = "Pilih berkas perangkat (.json) dari laptop pendamping."
CONFIRM_REVOKE = "Centang konfirmasi untuk mencabut kunci perangkat; tidak ada yang diubah."
BAD_HOURS = "Pilih masa berlaku kode dari daftar; tidak ada yang dibuat."
BATCH_WORDS = {
    "applied": "diterapkan",
    "quarantined": "dikarantina",
    "waiting": "menunggu paket sebelumnya",
    "rejected": "ditolak",
}
FINGERPRINT_NEEDED = (
    "Ketik sidik jari kunci yang dibacakan pendamping dari laptopnya; tidak ada yang diubah."
)


def _list_page(
    ws: Workspace,
    page: Page,
    status: int = 200,
    notice: str = "",
    code: tuple[str, str] | None = None,
) -> Response:
    rows = list_devices(ws.store, scope_of(page))
    return render(
        page, "devices.html", status=status, rows=rows, notice=notice, code=code, hours=CODE_HOURS
    )


def _device_file(data: bytes) -> dict:
    """The checked body of an uploaded device file (its self-signature verified)."""
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise KopdesError(
            NOT_A_DEVICE_FILE, "This is not a valid Kopdes device file; nothing was changed."
        ) from None
    if not isinstance(document, dict):
        raise KopdesError(NOT_A_DEVICE_FILE, "This is not a valid Kopdes device file.")
    return parse_device(document)


def register(router: APIRouter, ws: Workspace) -> None:
    @router.get("/perangkat", include_in_schema=False)
    def device_list(request: Request, pesan: str = "") -> Response:
        page = ws.page(request)
        if isinstance(page, Response):
            return page
        return _list_page(ws, page, notice=NOTICES.get(pesan, ""))

    @router.post("/perangkat/daftar", include_in_schema=False)
    async def enrol(request: Request) -> Response:
        checked = await ws.form(request, admin=True)
        if isinstance(checked, Response):
            return checked
        page, _form = checked
        _ = translator(page.language)
        upload = (await request.form()).get("device_file")
        if not isinstance(upload, UploadFile) or not upload.filename:
            return error(page, 400, _(NO_FILE))
        data = await upload.read(MAX_DEVICE_FILE + 1)
        if len(data) > MAX_DEVICE_FILE:
            return error(page, 413, _(TOO_BIG))
        audited = (page.officer.username, client_of(request))

        def run() -> Response:
            info, _outcomes = devices.enroll_document(ws.store, _device_file(data), audited)
            return RedirectResponse(
                f"/perangkat/{info['device_id']}?pesan=terdaftar", status_code=303
            )

        return await run_in_threadpool(guarded, page, run)

    @router.post("/perangkat/kode", include_in_schema=False)
    async def make_code(request: Request) -> Response:
        checked = await ws.form(request, admin=True)
        if isinstance(checked, Response):
            return checked
        page, form = checked
        hours = int(form.get("hours", "")) if form.get("hours", "").isdigit() else 0
        if hours not in CODE_HOURS:
            return error(page, 400, translator(page.language)(BAD_HOURS))

        def run() -> Response:
            code, expires = new_enroll_code(ws.store, hours)
            officers.audit_action(
                ws.store,
                page.officer.username,
                "device.code",
                "",
                None,
                {"hours": hours, "expires": expires.isoformat()},
                client_of(request),
            )
            return _list_page(ws, page, code=(code, times.shown(expires, page.language)))

        return await run_in_threadpool(guarded, page, run)

    @router.get("/perangkat/{device_id}", include_in_schema=False)
    def device_page(request: Request, device_id: str, pesan: str = "") -> Response:
        page = ws.page(request)
        if isinstance(page, Response):
            return page

        def run() -> Response:
            detail = device_detail(ws.store, device_id, scope_of(page))
            return render(
                page,
                "device.html",
                detail=detail,
                row=detail.row,
                notice=NOTICES.get(pesan, ""),
                BATCH_WORDS=BATCH_WORDS,
            )

        return guarded(page, run)

    @router.post("/perangkat/{device_id}/setujui", include_in_schema=False)
    async def approve(request: Request, device_id: str) -> Response:
        checked = await ws.form(request, admin=True)
        if isinstance(checked, Response):
            return checked
        page, form = checked
        typed = form.get("fingerprint", "").strip()
        if not typed:
            return error(page, 400, translator(page.language)(FINGERPRINT_NEEDED))
        audited = (page.officer.username, client_of(request))

        def run() -> Response:
            devices.approve(ws.store, device_id, typed[:80], audited)
            return RedirectResponse(f"/perangkat/{device_id}?pesan=disetujui", status_code=303)

        return await run_in_threadpool(guarded, page, run)

    @router.post("/perangkat/{device_id}/cabut", include_in_schema=False)
    async def revoke(request: Request, device_id: str) -> Response:
        checked = await ws.form(request)
        if isinstance(checked, Response):
            return checked
        page, form = checked
        if form.get("confirm") != "ya":
            return error(page, 400, translator(page.language)(CONFIRM_REVOKE))

        def run() -> Response:
            device_detail(ws.store, device_id, scope_of(page))  # refuses what is not theirs
            revocation.revoke(
                ws.store,
                device_id,
                form.get("reason", ""),
                actor=page.officer.username,
                client=client_of(request),
            )
            return RedirectResponse(f"/perangkat/{device_id}?pesan=dicabut", status_code=303)

        return await run_in_threadpool(guarded, page, run)
