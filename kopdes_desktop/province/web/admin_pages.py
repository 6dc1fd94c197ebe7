"""The admin's pages: officers (add, change role and kabupaten, disable, enable, new password)
and the audit log."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from kopdes_desktop.errors import ValidationError
from kopdes_desktop.province import officers
from kopdes_desktop.province.officers_models import ROLES
from kopdes_desktop.province.regions import kabupaten
from kopdes_desktop.province.web.common import Workspace, client_of, guarded
from kopdes_desktop.province.web.render import Page, render

NOTICES = {
    "ditambah": "Petugas ditambahkan.",
    "nonaktif": "Petugas dinonaktifkan.",
    "aktif": "Petugas diaktifkan.",
    "sandi": "Kata sandi diganti.",
    "peran": "Peran petugas diubah.",
}
AUDIT_PAGE = 50


def _officers_page(
    ws: Workspace,
    page: Page,
    status: int = 200,
    notice: str = "",
    values: dict[str, str] | None = None,
    problems: dict[str, str] | None = None,
) -> Response:
    return render(
        page,
        "officers.html",
        status=status,
        officers=officers.list_officers(ws.store),
        roles=ROLES,
        kabupaten_list=kabupaten(),
        notice=notice,
        values=values or {},
        problems=problems or {},
    )


def register(router: APIRouter, ws: Workspace) -> None:
    @router.get("/petugas", include_in_schema=False)
    def officer_list(request: Request, pesan: str = "") -> Response:
        page = ws.page(request)
        if isinstance(page, Response):
            return page
        return ws.refused(page, admin=True) or _officers_page(
            ws, page, notice=NOTICES.get(pesan, "")
        )

    @router.post("/petugas", include_in_schema=False)
    async def officer_add(request: Request) -> Response:
        checked = await ws.form(request, admin=True)
        if isinstance(checked, Response):
            return checked
        page, form = checked

        def run() -> Response:
            try:
                officers.add_officer(
                    ws.store,
                    form.get("username", ""),
                    form.get("password", ""),
                    form.get("role", ""),
                    form.get("kabupaten_code") or None,
                    form.get("full_name", ""),
                    actor=page.officer.username,
                    client=client_of(request),
                )
            except ValidationError as exc:
                problems = exc.problems_en if page.language == "en" else exc.problems
                shown = {k: v for k, v in form.items() if k not in ("password", "csrf_token")}
                return _officers_page(ws, page, 422, values=shown, problems=problems)
            return RedirectResponse("/petugas?pesan=ditambah", status_code=303)

        return await run_in_threadpool(guarded, page, run)

    @router.post("/petugas/{username}/{action}", include_in_schema=False)
    async def officer_change(request: Request, username: str, action: str) -> Response:
        checked = await ws.form(request, admin=True)
        if isinstance(checked, Response):
            return checked
        page, form = checked
        actor, client = page.officer.username, client_of(request)

        def run() -> Response:
            if action in ("nonaktif", "aktif"):
                officers.set_active(ws.store, username, action == "aktif", actor, client)
            elif action in ("sandi", "peran"):
                try:
                    if action == "sandi":
                        officers.set_password(
                            ws.store, username, form.get("password", ""), actor, client
                        )
                    else:
                        officers.set_role(
                            ws.store,
                            username,
                            form.get("role", ""),
                            form.get("kabupaten_code") or None,
                            actor,
                            client,
                        )
                except ValidationError as exc:
                    problems = exc.problems_en if page.language == "en" else exc.problems
                    return _officers_page(ws, page, 422, problems=problems)
            else:
                return RedirectResponse("/petugas", status_code=303)
            return RedirectResponse(f"/petugas?pesan={action}", status_code=303)

        return await run_in_threadpool(guarded, page, run)

    @router.get("/audit", include_in_schema=False)
    def audit_log(request: Request, halaman: str = "1") -> Response:
        page = ws.page(request)
        if isinstance(page, Response):
            return page
        refused = ws.refused(page, admin=True)
        if refused is not None:
            return refused
        number = int(halaman) if halaman.isdigit() and len(halaman) < 7 else 1
        entries, total = officers.read_audit(
            ws.store, (max(number, 1) - 1) * AUDIT_PAGE, AUDIT_PAGE
        )
        pages = max(1, -(-total // AUDIT_PAGE))
        return render(page, "audit.html", entries=entries, total=total, number=number, pages=pages)
