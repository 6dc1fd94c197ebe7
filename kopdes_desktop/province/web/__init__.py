"""The province officers' workspace: server-rendered pages beside the device API.

:func:`workspace_router` gives the router the province service includes (pages at ``/``, the
stylesheet at ``/static/``); each part of the workspace registers its pages on it and its
header link in :data:`~kopdes_desktop.province.web.render.NAV`.
"""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import FileResponse, Response

from kopdes_desktop import resources
from kopdes_desktop.province import workspace_tables
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.province.web import (
    admin_pages,
    auth_pages,
    conflict_pages,
    dashboard_pages,
    device_pages,
    export_pages,
    instrument_pages,
    mentor_pages,
    registry_pages,
    report_pages,
    verify_pages,
)
from kopdes_desktop.province.web.common import Workspace

STATIC = {"style.css": "text/css"}


def workspace_router(store: ProvinceStore) -> APIRouter:
    """The workspace's routes over ``store``."""
    workspace_tables.ensure(store)
    router = APIRouter()
    ws = Workspace(store)

    @router.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> Response:
        if name not in STATIC:
            return Response(status_code=404)
        return FileResponse(
            resources.path("web", "static", name),
            media_type=STATIC[name],
            headers={"Cache-Control": "max-age=3600"},
        )

    parts = (
        auth_pages,
        registry_pages,
        mentor_pages,
        admin_pages,
        dashboard_pages,
        instrument_pages,
        verify_pages,
        device_pages,
        conflict_pages,
        export_pages,
        report_pages,
    )
    for part in parts:
        part.register(router, ws)
    return router
