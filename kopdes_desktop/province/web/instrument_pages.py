"""The instruments pages: every version the province knows; a province admin uploads a new
version, sees every problem of the file, previews its form and its scoring on example answers
(typed or generated), and publishes it. Other officers read the list and preview versions.

An upload is checked before anything is kept: a file announced or found too large is refused
before it is read whole, and a file with problems is shown with them and not kept. A valid one
waits (by its SHA-256) for its preview and publication.
"""

from __future__ import annotations

import random
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from kopdes_desktop.core.instruments import Instrument
from kopdes_desktop.province import instruments
from kopdes_desktop.province.instrument_check import MAX_BYTES, Checked, Problem
from kopdes_desktop.province.instrument_preview import (
    answers_from_form,
    form_values,
    outline,
    rows_shown,
    score_example,
)
from kopdes_desktop.province.web.common import Workspace, client_of, guarded
from kopdes_desktop.province.web.i18n import translator
from kopdes_desktop.province.web.render import Page, error, render

NOTICES = {
    "terbit": "Instrumen diterbitkan; paket referensi berikutnya membawanya ke laptop pendamping."
}
TOO_LARGE = "Berkas terlalu besar; batasnya 1 MB. Tidak ada yang diubah."
NO_FILE = "Pilih berkas definisi instrumen (JSON) untuk diunggah."
STATUS_LABELS = {
    "official": "resmi",
    "verification-pending": "menunggu verifikasi",
    "draft": "draf",
}
QUALITIES = {"rendah": 0.15, "sedang": 0.6, "tinggi": 0.95}
_SLACK = 64 * 1024
"""Room for the multipart envelope and the other fields around the file."""


def _list_page(
    ws: Workspace,
    page: Page,
    status: int = 200,
    notice: str = "",
    problems: list[Problem] | None = None,
    file_name: str = "",
) -> Response:
    return render(
        page,
        "instruments.html",
        status=status,
        versions=instruments.list_versions(ws.store),
        notice=notice,
        problems=problems or [],
        file_name=file_name,
        can_publish=page.officer.is_admin,
        max_kb=MAX_BYTES // 1024,
        statuses=STATUS_LABELS,
    )


def _preview_page(
    page: Page,
    instrument: Instrument,
    action: str,
    *,
    answers: dict[str, Any] | None = None,
    seed: int = 1,
    quality: str = "sedang",
    digest: str = "",
    problems: list[Problem] | None = None,
) -> Response:
    example = score_example(instrument, answers, seed, QUALITIES[quality])
    return render(
        page,
        "instrument_preview.html",
        shown=outline(instrument, page.language),
        example=example,
        values=form_values(instrument, example.answers),
        rows=rows_shown(instrument, example.answers),
        action=action,
        seed=seed,
        quality=quality,
        qualities=list(QUALITIES),
        digest=digest,
        statuses=STATUS_LABELS,
        file_problems=problems or [],
    )


def _checked_draft(ws: Workspace, digest: str) -> Checked:
    return instruments.check(ws.store, instruments.staged(ws.store, digest))


def register(router: APIRouter, ws: Workspace) -> None:
    @router.get("/instrumen", include_in_schema=False)
    def listing(request: Request, pesan: str = "") -> Response:
        page = ws.page(request)
        if isinstance(page, Response):
            return page
        return _list_page(ws, page, notice=NOTICES.get(pesan, ""))

    @router.post("/instrumen/unggah", include_in_schema=False)
    async def upload(request: Request) -> Response:
        declared = request.headers.get("content-length", "")
        if not declared.isdigit() or int(declared) > MAX_BYTES + _SLACK:
            page = await run_in_threadpool(ws.page, request)
            if isinstance(page, Response):
                return page
            return error(page, 413, translator(page.language)(TOO_LARGE))
        checked = await ws.form(request, admin=True)
        if isinstance(checked, Response):
            return checked
        page, _form = checked
        sent = (await request.form()).get("berkas")
        if not isinstance(sent, UploadFile) or not sent.filename:
            problem = Problem("", "", 0, translator(page.language)(NO_FILE))
            return await run_in_threadpool(_list_page, ws, page, 422, "", [problem])
        raw, name = await sent.read(MAX_BYTES + 1), sent.filename[:120]

        def run() -> Response:
            found = instruments.check(ws.store, raw)
            if not found.ok:
                return _list_page(ws, page, 422, problems=found.problems, file_name=name)
            return RedirectResponse(
                f"/instrumen/draf/{instruments.stage(ws.store, raw)}", status_code=303
            )

        return await run_in_threadpool(guarded, page, run)

    @router.get("/instrumen/draf/{digest}", include_in_schema=False)
    def draft(request: Request, digest: str) -> Response:
        page = ws.page(request)
        if isinstance(page, Response):
            return page

        def run() -> Response:
            found = _checked_draft(ws, digest)
            if not found.ok or found.instrument is None:
                return _list_page(ws, page, 422, problems=found.problems)
            return _preview_page(page, found.instrument, f"/instrumen/draf/{digest}", digest=digest)

        return ws.refused(page, admin=True) or guarded(page, run)

    @router.post("/instrumen/draf/{digest}/contoh", include_in_schema=False)
    async def draft_example(request: Request, digest: str) -> Response:
        checked = await ws.form(request, admin=True)
        if isinstance(checked, Response):
            return checked
        page, form = checked
        pairs = [(k, v) for k, v in (await request.form()).multi_items() if isinstance(v, str)]

        def run() -> Response:
            found = _checked_draft(ws, digest)
            if not found.ok or found.instrument is None:
                return _list_page(ws, page, 422, problems=found.problems)
            return _example(
                page, found.instrument, f"/instrumen/draf/{digest}", form, pairs, digest
            )

        return await run_in_threadpool(guarded, page, run)

    @router.post("/instrumen/draf/{digest}/terbitkan", include_in_schema=False)
    async def publish(request: Request, digest: str) -> Response:
        checked = await ws.form(request, admin=True)
        if isinstance(checked, Response):
            return checked
        page, _form = checked

        def run() -> Response:
            try:
                instruments.publish(
                    ws.store,
                    instruments.staged(ws.store, digest),
                    page.officer.username,
                    client_of(request),
                )
            except instruments.InstrumentRefused as exc:
                return _list_page(ws, page, 422, problems=exc.problems)
            return RedirectResponse("/instrumen?pesan=terbit", status_code=303)

        return await run_in_threadpool(guarded, page, run)

    @router.get("/instrumen/{instrument_id}/{version}", include_in_schema=False)
    def known(request: Request, instrument_id: str, version: str) -> Response:
        page = ws.page(request)
        if isinstance(page, Response):
            return page
        return guarded(
            page,
            lambda: _preview_page(
                page,
                instruments.get(ws.store, instrument_id, version),
                f"/instrumen/{instrument_id}/{version}",
            ),
        )

    @router.post("/instrumen/{instrument_id}/{version}/contoh", include_in_schema=False)
    async def known_example(request: Request, instrument_id: str, version: str) -> Response:
        checked = await ws.form(request, write=False)
        if isinstance(checked, Response):
            return checked
        page, form = checked
        pairs = [(k, v) for k, v in (await request.form()).multi_items() if isinstance(v, str)]

        def run() -> Response:
            instrument = instruments.get(ws.store, instrument_id, version)
            return _example(page, instrument, f"/instrumen/{instrument_id}/{version}", form, pairs)

        return await run_in_threadpool(guarded, page, run)


def _example(
    page: Page,
    instrument: Instrument,
    action: str,
    form: dict[str, str],
    pairs: list[tuple[str, str]],
    digest: str = "",
) -> Response:
    """The preview with the officer's answers scored, or a newly generated example."""
    quality = form.get("kualitas", "sedang")
    quality = quality if quality in QUALITIES else "sedang"
    if form.get("buat"):
        seed = random.SystemRandom().randrange(1, 10**6)
        return _preview_page(page, instrument, action, seed=seed, quality=quality, digest=digest)
    return _preview_page(
        page,
        instrument,
        action,
        answers=answers_from_form(instrument, pairs),
        quality=quality,
        digest=digest,
    )
