"""The conflicts page: every open conflict field by field (the record, the field, the value
before and each side's value with its device and mentor) with a form to resolve it by keeping
one side's value or typing the value to keep; and the devices' divergences below.

A kabupaten officer sees and resolves the conflicts of their kabupaten's records; a viewer
reads. A resolution is the province's own change, so it reaches every laptop in the next
reference package (:mod:`kopdes_desktop.province.conflicts`).
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from kopdes_desktop.errors import ValidationError
from kopdes_desktop.province import conflict_views
from kopdes_desktop.province.device_views import list_devices
from kopdes_desktop.province.web.common import Workspace, client_of, guarded, scope_of
from kopdes_desktop.province.web.i18n import translator
from kopdes_desktop.province.web.render import Page, error, render

NOTICES = {
    "selesai": "Konflik diselesaikan; nilainya dikirim ke laptop pada paket referensi berikutnya."
}
CHOOSE = "Pilih nilai yang dipertahankan, atau ketik nilainya; tidak ada yang diubah."


def _page(
    ws: Workspace,
    page: Page,
    status: int = 200,
    notice: str = "",
    problems: dict[int, str] | None = None,
) -> Response:
    scope = scope_of(page)
    visible = None if scope is None else {r.status.device_id for r in list_devices(ws.store, scope)}
    return render(
        page,
        "conflicts.html",
        status=status,
        rows=conflict_views.conflict_rows(ws.store, scope),
        divergences=conflict_views.divergences(ws.store, scope, visible),
        notice=notice,
        problems=problems or {},
    )


def register(router: APIRouter, ws: Workspace) -> None:
    @router.get("/konflik", include_in_schema=False)
    def listing(request: Request, pesan: str = "") -> Response:
        page = ws.page(request)
        if isinstance(page, Response):
            return page
        return _page(ws, page, notice=NOTICES.get(pesan, ""))

    @router.post("/konflik/{conflict_id}", include_in_schema=False)
    async def resolve(request: Request, conflict_id: int) -> Response:
        checked = await ws.form(request)
        if isinstance(checked, Response):
            return checked
        page, form = checked
        choice = form.get("keep", "")
        typed = choice == "ketik"
        keep = form.get("value", "") if typed else choice.removeprefix("rev:")
        if not typed and not choice.startswith("rev:"):
            return error(page, 400, translator(page.language)(CHOOSE))

        def run() -> Response:
            try:
                conflict_views.resolve(
                    ws.store,
                    conflict_id,
                    keep,
                    typed=typed,
                    scope=scope_of(page),
                    actor=page.officer.username,
                    client=client_of(request),
                )
            except ValidationError as exc:
                found = exc.problems_en if page.language == "en" else exc.problems
                return _page(ws, page, 422, problems={conflict_id: found.get("value", "")})
            return RedirectResponse("/konflik?pesan=selesai", status_code=303)

        return await run_in_threadpool(guarded, page, run)
