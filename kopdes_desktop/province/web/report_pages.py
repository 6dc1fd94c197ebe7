"""``/laporan``: the province's PDF reports as downloads. The summary per kabupaten and the
mentors' monthly reports on ``/laporan``; a cooperative's profile and assessment reports on
``/laporan/koperasi/{id}`` (linked from its registry record). A kabupaten officer reaches only
their kabupaten; every download is written to the audit log."""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from kopdes_desktop.core import filenames
from kopdes_desktop.errors import KopdesError
from kopdes_desktop.province import officers, registry, report_listing, reports
from kopdes_desktop.province.regions import kabupaten, kabupaten_name
from kopdes_desktop.province.summary_report import summary_pdf
from kopdes_desktop.province.web.common import Workspace, client_of, guarded, scope_of
from kopdes_desktop.province.web.render import Page, render
from kopdes_desktop.reports.options import ReportOptions

MONTH_RE = re.compile(r"^20\d\d-(0[1-9]|1[0-2])$")
BAD_REQUEST = ("Permintaan laporan tidak lengkap.", "The report request is incomplete.")


def _last_month(today: date) -> str:
    first = today.replace(day=1)
    return (
        first.replace(year=first.year - 1, month=12)
        if first.month == 1
        else first.replace(month=first.month - 1)
    ).strftime("%Y-%m")


def _pdf(ws: Workspace, page: Page, fields: dict[str, str]) -> tuple[bytes, str, str]:
    """The PDF asked for, its file name and the audit target."""
    scope = scope_of(page)
    options = ReportOptions(language=page.language)
    kind, target = fields.get("kind", ""), fields.get("id", "")[:40]
    if kind == "summary":
        code = scope or fields.get("kabupaten_code", "")[:13]
        if not kabupaten_name(code):
            raise KopdesError(*BAD_REQUEST)
        name = filenames.safe_file_name(
            "Ringkasan", kabupaten_name(code), date.today(), suffix=".pdf"
        )
        return summary_pdf(ws.store, code, options), name, code
    if kind == "monthly":
        month = fields.get("month", "")
        if not MONTH_RE.fullmatch(month):
            raise KopdesError(*BAD_REQUEST)
        pdf = reports.monthly_pdf(ws.store, target, month, options, scope=scope)
        return pdf, filenames.monthly_report("Pendamping", month), target
    if kind == "profile":
        view = registry.get(ws.store, target, scope)
        pdf = reports.profile_pdf(ws.store, target, options, scope=scope)
        return pdf, filenames.profile_report(view.values.get("name", ""), date.today()), target
    if kind == "assessment":
        pdf = reports.assessment_pdf(ws.store, target, options, scope=scope)
        return pdf, filenames.safe_file_name("Laporan penilaian", target[:8], suffix=".pdf"), target
    raise KopdesError(*BAD_REQUEST)


def register(router: APIRouter, ws: Workspace) -> None:
    @router.get("/laporan", include_in_schema=False)
    def overview(request: Request) -> Response:
        page = ws.page(request)
        if isinstance(page, Response):
            return page
        scope = scope_of(page)
        return render(
            page,
            "reports.html",
            kabupaten_list=[k for k in kabupaten() if scope is None or k.code == scope],
            mentors=report_listing.mentors(ws.store, scope),
            month=_last_month(date.today()),
        )

    @router.get("/laporan/koperasi/{record_id}", include_in_schema=False)
    def cooperative(request: Request, record_id: str) -> Response:
        page = ws.page(request)
        if isinstance(page, Response):
            return page

        def run() -> Response:
            view = registry.get(ws.store, record_id, scope_of(page))
            return render(
                page,
                "reports_coop.html",
                coop=view,
                assessments=report_listing.assessments(ws.store, record_id),
            )

        return guarded(page, run)

    @router.post("/laporan/unduh", include_in_schema=False)
    async def download(request: Request) -> Response:
        checked = await ws.form(request, write=False)
        if isinstance(checked, Response):
            return checked
        page, fields = checked

        def run() -> Response:
            pdf, name, target = _pdf(ws, page, fields)
            officers.audit_action(
                ws.store,
                page.officer.username,
                "report.download",
                target,
                None,
                {"kind": fields.get("kind")},
                client_of(request),
            )
            fallback = name.encode("ascii", "replace").decode("ascii").replace('"', "'")
            return Response(
                pdf,
                media_type="application/pdf",
                headers={
                    "Content-Disposition": f'attachment; filename="{fallback}"; '
                    f"filename*=UTF-8''{quote(name)}",
                    "Cache-Control": "no-store",
                    "X-Content-Type-Options": "nosniff",
                },
            )

        return await run_in_threadpool(guarded, page, run)
