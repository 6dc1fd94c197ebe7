"""``/ekspor``: the Dinas's spreadsheet as a download. A province admin chooses the kabupaten
(or the whole province) and whether NIK and phone numbers are included; a kabupaten officer
always gets their own kabupaten, and only an admin ever gets personal data. Every download is
written to the audit log."""

from __future__ import annotations

import shutil
import tempfile
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, Response
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool

from kopdes_desktop.province import officers, spreadsheet
from kopdes_desktop.province.regions import kabupaten, kabupaten_name
from kopdes_desktop.province.web.common import Workspace, client_of, guarded, scope_of
from kopdes_desktop.province.web.i18n import translator
from kopdes_desktop.province.web.render import Page, error, render

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
UNKNOWN_KABUPATEN = "Kabupaten/kota itu tidak dikenal."


def _choices(page: Page) -> dict[str, Any]:
    scope = scope_of(page)
    return {
        "kabupaten_list": [k for k in kabupaten() if scope is None or k.code == scope],
        "scope": scope,
        "personal_allowed": page.officer.is_admin,
    }


def _build(
    ws: Workspace, fmt: str, scope: str | None, personal: bool, drafts: bool
) -> tuple[Path, Path, str]:
    """The file to send (the workbook, or the CSV files zipped), its folder and its name."""
    folder = Path(tempfile.mkdtemp(prefix="kopdes-ekspor-"))
    stem = f"kopdes_{scope or '65'}_{date.today().isoformat()}".replace(".", "-")
    try:
        if fmt == "xlsx":
            [path] = spreadsheet.export_tables(
                ws.store,
                "xlsx",
                folder / f"{stem}.xlsx",
                scope=scope,
                personal=personal,
                include_drafts=drafts,
            )
            return path, folder, path.name
        written = spreadsheet.export_tables(
            ws.store,
            "csv",
            folder / "csv" / f"{stem}.csv",
            scope=scope,
            personal=personal,
            include_drafts=drafts,
        )
        bundle = folder / f"{stem}_csv.zip"
        with zipfile.ZipFile(bundle, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in written:
                archive.write(path, path.name)
        return bundle, folder, bundle.name
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def register(router: APIRouter, ws: Workspace) -> None:
    @router.get("/ekspor", include_in_schema=False)
    def form(request: Request) -> Response:
        page = ws.page(request)
        if isinstance(page, Response):
            return page
        return render(page, "export.html", **_choices(page))

    @router.post("/ekspor", include_in_schema=False)
    async def download(request: Request) -> Response:
        checked = await ws.form(request, write=False)
        if isinstance(checked, Response):
            return checked
        page, fields = checked
        scope = scope_of(page) or fields.get("kabupaten_code", "")[:13] or None
        if scope and not kabupaten_name(scope):
            return error(page, 400, translator(page.language)(UNKNOWN_KABUPATEN))
        fmt = "csv" if fields.get("format") == "csv" else "xlsx"
        personal = page.officer.is_admin and fields.get("personal") == "1"
        drafts = fields.get("drafts") == "1"

        def run() -> Response:
            path, folder, name = _build(ws, fmt, scope, personal, drafts)
            officers.audit_action(
                ws.store,
                page.officer.username,
                "export.download",
                scope or "65",
                None,
                {"format": fmt, "personal": personal, "drafts": drafts},
                client_of(request),
            )
            media = XLSX if fmt == "xlsx" else "application/zip"
            return FileResponse(
                path,
                media_type=media,
                filename=name,
                headers={"Cache-Control": "no-store"},
                background=BackgroundTask(shutil.rmtree, folder, True),
            )

        return await run_in_threadpool(guarded, page, run)
