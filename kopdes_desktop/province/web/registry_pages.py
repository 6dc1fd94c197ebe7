"""The registry pages: the list with search, filters and paging; a cooperative's record;
creating a cooperative on a village; correcting its registry fields."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from kopdes_desktop.errors import ValidationError
from kopdes_desktop.province import registry, registry_query
from kopdes_desktop.province.regions import kabupaten, kecamatan, villages
from kopdes_desktop.province.registry_query import ListQuery
from kopdes_desktop.province.web.common import Workspace, client_of, guarded, scope_of
from kopdes_desktop.province.web.render import Page, render
from kopdes_desktop.sync.schema import FORMATION_MODELS, SIMKOPDES_STATUSES, UNIT_STATUSES

NOTICES = {
    "dibuat": "Koperasi dibuat.",
    "dikoreksi": "Koreksi disimpan.",
    "sama": "Tidak ada yang berubah.",
}


def _int(text: str, default: int = 1) -> int:
    return int(text) if text.isdigit() and len(text) < 7 else default


def _choices(page: Page) -> dict[str, Any]:
    scope = scope_of(page)
    return {
        "formation_models": FORMATION_MODELS,
        "simkopdes_statuses": SIMKOPDES_STATUSES,
        "villages": villages(scope or "65"),
    }


def register(router: APIRouter, ws: Workspace) -> None:
    @router.get("/koperasi", include_in_schema=False)
    def listing(
        request: Request,
        q: str = "",
        kabupaten_code: str = "",
        kecamatan_code: str = "",
        kategori: str = "",
        pendamping: str = "",
        halaman: str = "1",
        pesan: str = "",
        status_unit: str = "",
    ) -> Response:
        page = ws.page(request)
        if isinstance(page, Response):
            return page
        scope = scope_of(page)
        kab = scope or kabupaten_code[:13]
        query = ListQuery(
            q[:100],
            kab,
            kecamatan_code[:13] if kab else "",
            kategori[:60],
            pendamping[:36],
            _int(halaman),
            status_unit if status_unit in UNIT_STATUSES else "",
        )
        found = registry_query.screen(ws.store, query, scope)
        kab_list = [k for k in kabupaten() if scope is None or k.code == scope]
        return render(
            page,
            "registry_list.html",
            query=query,
            result=found.page,
            kabupaten_list=kab_list,
            kecamatan_list=kecamatan(kab) if kab else (),
            categories=found.categories,
            mentors=found.mentors,
            unit_statuses=UNIT_STATUSES,
            notice=NOTICES.get(pesan, ""),
        )

    @router.get("/koperasi/baru", include_in_schema=False)
    def new_form(request: Request) -> Response:
        page = ws.page(request)
        if isinstance(page, Response):
            return page
        refused = ws.refused(page, write=True)
        return refused or render(
            page, "registry_new.html", values={}, problems={}, **_choices(page)
        )

    @router.post("/koperasi/baru", include_in_schema=False)
    async def create(request: Request) -> Response:
        checked = await ws.form(request)
        if isinstance(checked, Response):
            return checked
        page, form = checked

        def run() -> Response:
            try:
                made = registry.create(
                    ws.store,
                    form.get("name", ""),
                    form.get("region_code", ""),
                    form,
                    scope=scope_of(page),
                    actor=page.officer.username,
                    client=client_of(request),
                )
            except ValidationError as exc:
                return render(
                    page,
                    "registry_new.html",
                    status=422,
                    values=form,
                    problems=_problems(exc, page.language),
                    **_choices(page),
                )
            return RedirectResponse(f"/koperasi/{made.id}?pesan=dibuat", status_code=303)

        return await run_in_threadpool(guarded, page, run)

    @router.get("/koperasi/{record_id}", include_in_schema=False)
    def record(request: Request, record_id: str, pesan: str = "") -> Response:
        page = ws.page(request)
        if isinstance(page, Response):
            return page

        def run() -> Response:
            view = registry.get(ws.store, record_id, scope_of(page))
            return render(
                page,
                "registry_record.html",
                coop=view,
                values=view.values,
                problems={},
                notice=NOTICES.get(pesan, ""),
                editable=page.officer.can_write,
                **_choices(page),
            )

        return guarded(page, run)

    @router.post("/koperasi/{record_id}", include_in_schema=False)
    async def correct(request: Request, record_id: str) -> Response:
        checked = await ws.form(request)
        if isinstance(checked, Response):
            return checked
        page, form = checked

        def run() -> Response:
            try:
                changed = registry.correct(
                    ws.store,
                    record_id,
                    form,
                    scope=scope_of(page),
                    actor=page.officer.username,
                    client=client_of(request),
                )
            except ValidationError as exc:
                view = registry.get(ws.store, record_id, scope_of(page))
                return render(
                    page,
                    "registry_record.html",
                    status=422,
                    coop=view,
                    values={**view.values, **form},
                    editable=True,
                    notice="",
                    problems=_problems(exc, page.language),
                    **_choices(page),
                )
            word = "dikoreksi" if changed else "sama"
            return RedirectResponse(f"/koperasi/{record_id}?pesan={word}", status_code=303)

        return await run_in_threadpool(guarded, page, run)


def _problems(exc: ValidationError, language: str) -> dict[str, str]:
    return exc.problems_en if language == "en" else exc.problems
