"""What every page handler does first: find the session, refuse what the role may not do,
check the CSRF token of a form, and turn a user's error into a page with its message."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import quote

from fastapi import Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from kopdes_desktop.errors import KopdesError, NotFoundError
from kopdes_desktop.province import officer_sessions as sessions
from kopdes_desktop.province.registry import OutOfScope
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.province.web.i18n import pick, translator
from kopdes_desktop.province.web.render import Page, error

LANG_COOKIE = "kopdes_lang"
CSRF_REFUSED = (
    "Formulir ini sudah kedaluwarsa atau tidak sah (token keamanan tidak cocok). "
    "Muat ulang halaman lalu coba lagi; tidak ada yang diubah."
)
READ_ONLY = "Peran Anda hanya boleh membaca; tidak ada yang diubah."
ADMIN_ONLY = "Halaman ini hanya untuk admin provinsi."


class Workspace:
    """The workspace over one province store."""

    def __init__(self, store: ProvinceStore) -> None:
        self.store = store

    def language(self, request: Request) -> str:
        return pick(request.query_params.get("lang") or request.cookies.get(LANG_COOKIE))

    def anonymous(self, request: Request) -> Page:
        return Page(request, self.language(request), province=self.store.name)

    def page(self, request: Request) -> Page | Response:
        """The logged-in page context, or a redirect to the login page."""
        found = sessions.resume(self.store, request.cookies.get(sessions.SESSION_COOKIE))
        if not isinstance(found, sessions.WebSession):
            reason = "expired" if found is False else "login"
            target = quote(request.url.path, safe="/")
            return RedirectResponse(f"/masuk?alasan={reason}&lanjut={target}", status_code=303)
        language = pick(request.query_params.get("lang") or found.language)
        return Page(request, language, found, self.store.name)

    async def form(
        self, request: Request, *, write: bool = True, admin: bool = False
    ) -> tuple[Page, dict[str, Any]] | Response:
        """A POSTed form's page context and fields, after the session, role and CSRF checks."""
        page = await run_in_threadpool(self.page, request)
        if isinstance(page, Response):
            return page
        form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
        _ = translator(page.language)
        if page.session is None or not sessions.same_token(
            page.session.csrf_token, form.get("csrf_token")
        ):
            return error(page, 403, _(CSRF_REFUSED))
        refused = self.refused(page, write=write, admin=admin)
        return refused if refused is not None else (page, form)

    def refused(self, page: Page, *, write: bool = False, admin: bool = False) -> Response | None:
        """The refusal of a role that may not do this, or None."""
        officer = page.officer
        _ = translator(page.language)
        if admin and not officer.is_admin:
            return error(page, 403, _(ADMIN_ONLY))
        if write and not officer.can_write:
            return error(page, 403, _(READ_ONLY))
        return None


def client_of(request: Request) -> str:
    return request.client.host if request.client else "-"


def scope_of(page: Page) -> str | None:
    """The kabupaten an officer is limited to (None: the whole province)."""
    officer = page.officer
    return None if officer.role == "admin" else officer.kabupaten_code


def guarded(page: Page, action: Callable[[], Response]) -> Response:
    """``action()``, with a user's error shown as a page (nothing was changed)."""
    try:
        return action()
    except OutOfScope as exc:
        return error(page, 403, exc.localized(page.language))
    except NotFoundError as exc:
        return error(page, 404, exc.localized(page.language))
    except KopdesError as exc:
        return error(page, 400, exc.localized(page.language))


def set_cookie(
    request: Request, response: Response, name: str, value: str, max_age: int | None = None
) -> None:
    """A cookie for the workspace: HttpOnly, SameSite=Strict, Secure over HTTPS."""
    response.set_cookie(
        name,
        value,
        max_age=max_age,
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
        path="/",
    )
