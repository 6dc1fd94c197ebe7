"""Logging in and out, and the language of the workspace."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from kopdes_desktop.province import officer_sessions as sessions
from kopdes_desktop.province import officers
from kopdes_desktop.province.officers import LoginRefused, authenticate
from kopdes_desktop.province.web.common import (
    CSRF_REFUSED,
    LANG_COOKIE,
    Workspace,
    client_of,
    set_cookie,
)
from kopdes_desktop.province.web.i18n import pick, translator
from kopdes_desktop.province.web.render import Page, render

HOME = "/ringkasan"
"""The first page after login: the province overview."""
REASONS = {
    "expired": "Sesi Anda telah berakhir; silakan masuk lagi.",
    "login": "Silakan masuk terlebih dahulu.",
}


def _next(target: str | None) -> str:
    """Where to go after login: a path of this site only."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return HOME


def _login_page(
    page: Page, status: int = 200, message: str = "", username: str = "", target: str = ""
) -> Response:
    token = sessions.new_token()
    response = render(
        page,
        "login.html",
        status=status,
        message=message,
        username=username,
        login_token=token,
        target=target,
    )
    set_cookie(page.request, response, sessions.LOGIN_COOKIE, token)
    return response


def register(router: APIRouter, ws: Workspace) -> None:
    @router.get("/", include_in_schema=False)
    def home() -> Response:
        return RedirectResponse(HOME, status_code=303)

    @router.get("/masuk", include_in_schema=False)
    def login_form(request: Request, alasan: str = "", lanjut: str = "") -> Response:
        page = ws.anonymous(request)
        note = translator(page.language)(REASONS[alasan]) if alasan in REASONS else ""
        return _login_page(page, 401 if alasan == "expired" else 200, note, target=lanjut)

    @router.post("/masuk", include_in_schema=False)
    async def login(request: Request) -> Response:
        page = ws.anonymous(request)
        form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
        _ = translator(page.language)
        username, target = form.get("username", "")[:60], form.get("lanjut", "")
        if not sessions.same_token(
            request.cookies.get(sessions.LOGIN_COOKIE), form.get("csrf_token")
        ):
            return _login_page(page, 403, _(CSRF_REFUSED), username, target)
        try:
            officer = await run_in_threadpool(
                authenticate, ws.store, username, form.get("password", ""), client_of(request)
            )
        except LoginRefused as exc:
            return _login_page(page, 401, exc.localized(page.language), username, target)
        token = await run_in_threadpool(sessions.start, ws.store, officer, page.language)
        response = RedirectResponse(_next(target), status_code=303)
        set_cookie(request, response, sessions.SESSION_COOKIE, token)
        response.delete_cookie(sessions.LOGIN_COOKIE, path="/")
        return response

    @router.post("/keluar", include_in_schema=False)
    async def logout(request: Request) -> Response:
        checked = await ws.form(request, write=False)
        if isinstance(checked, Response):
            return checked
        token = request.cookies.get(sessions.SESSION_COOKIE)
        await run_in_threadpool(sessions.end, ws.store, token)
        await run_in_threadpool(
            officers.record, ws.store, checked[0].officer.username, "logout", client_of(request)
        )
        response = RedirectResponse("/masuk", status_code=303)
        response.delete_cookie(sessions.SESSION_COOKIE, path="/")
        return response

    @router.get("/bahasa/{language}", include_in_schema=False)
    def language(request: Request, language: str, lanjut: str = HOME) -> Response:
        language = pick(language)
        token = request.cookies.get(sessions.SESSION_COOKIE)
        if token:
            sessions.set_language(ws.store, token, language)
        response = RedirectResponse(_next(lanjut), status_code=303)
        set_cookie(request, response, LANG_COOKIE, language, max_age=365 * 86400)
        return response
