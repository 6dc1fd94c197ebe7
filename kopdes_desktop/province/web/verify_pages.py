"""``/periksa``: an officer checks a printed report from a photo, scan, PDF or the QR text.

Any logged-in officer may check (it changes nothing); every check is written to the audit log.
A kabupaten officer sees the comparison with the consolidated store only for cooperatives of
their own kabupaten: the page never shows another kabupaten's current figures.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from kopdes_desktop.errors import KopdesError
from kopdes_desktop.province import officers
from kopdes_desktop.province import verify as seal_verify
from kopdes_desktop.province.web.common import Workspace, client_of, scope_of
from kopdes_desktop.province.web.render import Page, render
from kopdes_desktop.reports import scan

MAX_UPLOAD = 20 * 1024 * 1024
SUFFIXES = (".pdf", *scan.IMAGE_SUFFIXES)


def _show(page: Page, status: int = 200, **values: object) -> Response:
    values = {"problem": "", "result": None, "text": "", **values}
    return render(page, "periksa.html", status=status, **values)


def _read_upload(data: bytes, name: str) -> str:
    suffix = Path(name).suffix.lower()
    with tempfile.TemporaryDirectory(prefix="kopdes-periksa-") as folder:
        path = Path(folder) / f"unggahan{suffix if suffix in SUFFIXES else '.bin'}"
        path.write_bytes(data)
        return scan.read_seal(str(path))


def _check(
    ws: Workspace, page: Page, request: Request, text: str | None, data: bytes | None, name: str
) -> Response:
    try:
        seal_text = text if text is not None else _read_upload(data or b"", name)
        result = seal_verify.verify_text(ws.store, seal_text, scope_of(page))
    except KopdesError as exc:
        return _show(page, 422, problem=exc.localized(page.language), text=text or "")
    content = result.verdict.content
    officers.audit_action(
        ws.store,
        page.officer.username,
        "report.verify",
        content.doc_id if content else "-",
        after={
            "status": result.verdict.status,
            "store": result.match.status if result.match else None,
        },
        client=client_of(request),
    )
    return _show(page, result=result, text=text or "")


def register(router: APIRouter, ws: Workspace) -> None:
    @router.get("/periksa", include_in_schema=False)
    def verify_form(request: Request) -> Response:
        page = ws.page(request)
        if isinstance(page, Response):
            return page
        return _show(page)

    @router.post("/periksa", include_in_schema=False)
    async def verify_post(request: Request) -> Response:
        checked = await ws.form(request, write=False)
        if isinstance(checked, Response):
            return checked
        page, form = checked
        upload = (await request.form()).get("berkas")
        text = form.get("teks", "").strip() or None
        data, name = None, ""
        if text is None and isinstance(upload, UploadFile) and upload.filename:
            data, name = await upload.read(MAX_UPLOAD + 1), upload.filename
            if len(data) > MAX_UPLOAD:
                return _show(page, 413, problem="Berkas terlalu besar (paling besar 20 MB).")
        if text is None and not data:
            return _show(page, 422, problem="Pilih berkas atau tempel teks kode QR.")
        return await run_in_threadpool(_check, ws, page, request, text, data, name)
