"""The mentor pages: the list (cooperatives, devices, last sync) with a form to create a
mentor; a mentor's page with their assignments, a search to assign or reassign a cooperative
from a date, ending an assignment, and an enrolment code made for this mentor."""

from __future__ import annotations

from collections.abc import Callable

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from kopdes_desktop.errors import ValidationError
from kopdes_desktop.province import mentor_codes, mentors, registry_query
from kopdes_desktop.province.regions import kabupaten
from kopdes_desktop.province.registry_query import ListQuery
from kopdes_desktop.province.web.common import Workspace, client_of, guarded, scope_of
from kopdes_desktop.province.web.render import Page, render

NOTICES = {
    "dibuat": "Pendamping dibuat.",
    "ditugaskan": "Koperasi ditugaskan.",
    "diakhiri": "Penugasan diakhiri.",
}
SEARCH_ROWS = 20


def _problems(exc: ValidationError, language: str) -> dict[str, str]:
    return exc.problems_en if language == "en" else exc.problems


def _kabupaten_list(page: Page) -> list:
    scope = scope_of(page)
    return [k for k in kabupaten() if scope is None or k.code == scope]


def _int(text: str) -> int:
    return int(text) if text.isdigit() and len(text) < 7 else 1


def _list_page(
    ws: Workspace,
    page: Page,
    status: int = 200,
    values: dict | None = None,
    problems: dict | None = None,
    notice: str = "",
    number: int = 1,
) -> Response:
    found = mentors.mentor_page(ws.store, scope_of(page), number)
    return render(
        page,
        "mentors_list.html",
        status=status,
        result=found,
        kabupaten_list=_kabupaten_list(page),
        values=values or {},
        problems=problems or {},
        roles=mentors.ROLES,
        notice=notice,
    )


def _mentor_page(
    ws: Workspace,
    page: Page,
    mentor_id: str,
    *,
    status: int = 200,
    q: str = "",
    notice: str = "",
    problems: dict | None = None,
    code: tuple | None = None,
) -> Response:
    scope = scope_of(page)
    view = mentors.get_mentor(ws.store, mentor_id, scope)
    found = None
    if q.strip():
        found = registry_query.list_page(ws.store, ListQuery(q=q.strip()[:100]), scope)
    return render(
        page,
        "mentor_page.html",
        status=status,
        mentor=view,
        q=q,
        found=found.rows[:SEARCH_ROWS] if found else None,
        found_total=found.total if found else 0,
        notice=notice,
        problems=problems or {},
        code=code,
        editable=page.officer.can_write,
    )


def register(router: APIRouter, ws: Workspace) -> None:
    @router.get("/pendamping", include_in_schema=False)
    def listing(request: Request, pesan: str = "", halaman: str = "1") -> Response:
        page = ws.page(request)
        if isinstance(page, Response):
            return page
        return _list_page(ws, page, notice=NOTICES.get(pesan, ""), number=_int(halaman))

    @router.post("/pendamping", include_in_schema=False)
    async def create(request: Request) -> Response:
        checked = await ws.form(request)
        if isinstance(checked, Response):
            return checked
        page, form = checked

        def run() -> Response:
            try:
                made = mentors.add_mentor(
                    ws.store,
                    form,
                    scope=scope_of(page),
                    actor=page.officer.username,
                    client=client_of(request),
                )
            except ValidationError as exc:
                return _list_page(ws, page, 422, form, _problems(exc, page.language))
            return RedirectResponse(f"/pendamping/{made.id}?pesan=dibuat", status_code=303)

        return await run_in_threadpool(guarded, page, run)

    @router.get("/pendamping/{mentor_id}", include_in_schema=False)
    def mentor(request: Request, mentor_id: str, q: str = "", pesan: str = "") -> Response:
        page = ws.page(request)
        if isinstance(page, Response):
            return page
        return guarded(
            page, lambda: _mentor_page(ws, page, mentor_id, q=q, notice=NOTICES.get(pesan, ""))
        )

    @router.post("/pendamping/{mentor_id}/tugaskan", include_in_schema=False)
    async def assign(request: Request, mentor_id: str) -> Response:
        return await _act(
            request,
            mentor_id,
            "ditugaskan",
            lambda page, form: mentors.assign(
                ws.store,
                form.get("cooperative_id", ""),
                mentor_id,
                form.get("start"),
                scope=scope_of(page),
                actor=page.officer.username,
                client=client_of(request),
            ),
        )

    @router.post("/pendamping/{mentor_id}/akhiri", include_in_schema=False)
    async def end(request: Request, mentor_id: str) -> Response:
        return await _act(
            request,
            mentor_id,
            "diakhiri",
            lambda page, form: mentors.unassign(
                ws.store,
                form.get("cooperative_id", ""),
                mentor_id,
                form.get("start"),
                scope=scope_of(page),
                actor=page.officer.username,
                client=client_of(request),
            ),
        )

    @router.post("/pendamping/{mentor_id}/kode", include_in_schema=False)
    async def code(request: Request, mentor_id: str) -> Response:
        checked = await ws.form(request)
        if isinstance(checked, Response):
            return checked
        page, _form = checked

        def run() -> Response:
            made = mentor_codes.new_code(
                ws.store,
                mentor_id,
                scope=scope_of(page),
                actor=page.officer.username,
                client=client_of(request),
            )
            return _mentor_page(ws, page, mentor_id, code=made)

        return await run_in_threadpool(guarded, page, run)

    async def _act(
        request: Request,
        mentor_id: str,
        done: str,
        action: Callable[[Page, dict[str, str]], object],
    ) -> Response:
        checked = await ws.form(request)
        if isinstance(checked, Response):
            return checked
        page, form = checked

        def run() -> Response:
            try:
                action(page, form)
            except ValidationError as exc:
                return _mentor_page(
                    ws, page, mentor_id, status=422, problems=_problems(exc, page.language)
                )
            return RedirectResponse(f"/pendamping/{mentor_id}?pesan={done}", status_code=303)

        return await run_in_threadpool(guarded, page, run)
