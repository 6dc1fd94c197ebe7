"""The Dinas's view of the province: the overview (the first page after login), the lists
behind its figures, sync health, the offline map, and the drill-down pages (kabupaten,
kecamatan, cooperative, mentor activity) with the cooperatives' photos.

Every page is read-only and open to every role; a kabupaten officer sees their kabupaten only
(an area, cooperative, mentor or photo elsewhere is refused with the registry's message).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from datetime import date

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, RedirectResponse, Response

from kopdes_desktop.core.formatting import number, rupiah
from kopdes_desktop.province import dashboard, dashboard_lists, drilldown
from kopdes_desktop.province.dashboard_sync import FILTERS, sync_health
from kopdes_desktop.province.financing_flags import flags_in
from kopdes_desktop.province.regions import kabupaten, kabupaten_name, kecamatan
from kopdes_desktop.province.registry import OutOfScope
from kopdes_desktop.province.registry_query import CODE_RE
from kopdes_desktop.province.web import svg
from kopdes_desktop.province.web.common import Workspace, guarded, scope_of
from kopdes_desktop.province.web.i18n import translator
from kopdes_desktop.province.web.render import Page, environment, error, render

MAP_TITLE = "Peta koperasi"
CHART_TITLE = "Kategori per akhir bulan"
TREND_TITLE = "Tren skor"
VISITS_TITLE = "Kunjungan per bulan"
UNKNOWN_LIST = "Daftar ini tidak dikenal."
LIST_TITLES = {
    "semua": "Semua koperasi",
    "kategori": "Koperasi menurut kategori terakhir",
    "belum-dinilai": "Koperasi belum dinilai",
    "menurun": "Koperasi yang menurun",
    "terendah": "Koperasi dengan skor terendah",
    "bulan": "Koperasi menurut kategori",
    "tak-dikunjungi": "Koperasi tak dikunjungi 60 hari",
    "terlambat": "Tindak lanjut terlambat",
    "dibiayai": "Koperasi dengan pembiayaan",
    "menunggak": "Koperasi menunggak",
}


MAP_DOTS = 1_500
"""Up to this many cooperatives the map draws one dot each; beyond, the cooperatives of each
square of :data:`MAP_CELL` pixels are drawn as one circle (at 200x, 82,000 dots would make a
page of megabytes that hides most of them under the others anyway)."""
MAP_CELL = 10
UNASSESSED = "Belum dinilai"


def _map_dots(
    points: list[dashboard_lists.MapPoint],
    cats: list[dashboard.Category],
    t: Callable[[str], str],
) -> list[svg.Dot]:
    """A dot per cooperative, in its category's colour, linking to its page."""
    color = {c.label: c.color for c in cats}
    return [
        (
            p.lat,
            p.lon,
            4.5,
            color.get(p.category or "", dashboard.NONE_COLOR),
            f"{p.name} · {p.category or t(UNASSESSED)}",
            f"/koperasi/{p.id}/rinci",
        )
        for p in points
    ]


def _map_groups(
    groups: list[dashboard_lists.MapGroup],
    cats: list[dashboard.Category],
    t: Callable[[str], str],
    language: str,
) -> list[svg.Dot]:
    """A circle per square of the map holding cooperatives: at their mean position, sized by
    their number, in the colour of their most common category, titled with the count per
    category, linking to the kecamatan most of them are in."""
    order = {c.label: n for n, c in enumerate(cats)}
    color = {c.label: c.color for c in cats}
    names = {p.code: p.name for k in kabupaten() for p in kecamatan(k.code)}
    cells: dict[tuple[int, int], list[dashboard_lists.MapGroup]] = {}
    for group in groups:
        cells.setdefault(group.cell, []).append(group)
    dots: list[svg.Dot] = []
    for members in cells.values():
        count = sum(g.count for g in members)
        by_category: Counter[str | None] = Counter()
        by_place: Counter[str] = Counter()
        for g in members:
            by_category[g.category] += g.count
            by_place[g.kecamatan] += g.count
        # Most common first; ties in the instrument's order of categories, unassessed last.
        ranked = sorted(by_category.items(), key=lambda kv: (-kv[1], order.get(kv[0] or "", 99)))
        place = by_place.most_common(1)[0][0]
        title = " · ".join(
            [
                f"{number(count, 0, language)} {t('koperasi')}",
                ", ".join(f"{c or t(UNASSESSED)} {number(k, 0, language)}" for c, k in ranked),
                f"{t('Kec.')} {names.get(place, place)}",
            ]
        )
        dots.append(
            (
                sum(g.lat_sum for g in members) / count,
                sum(g.lon_sum for g in members) / count,
                min(3 + math.log2(count), 7.0),
                color.get(ranked[0][0] or "", dashboard.NONE_COLOR),
                title,
                f"/wilayah/{place}" if place else "/peta",
            )
        )
    return dots


def _area(page: Page, wanted: str) -> str:
    """The area a page shows: ``wanted`` (a kabupaten or kecamatan code) if the officer may
    see it, else their own; OutOfScope for another kabupaten."""
    scope = scope_of(page)
    area = (
        wanted
        if wanted and CODE_RE.fullmatch(wanted) and wanted.startswith("65.")
        else (scope or "65")
    )
    if scope is not None and not (area + ".").startswith(scope + "."):
        raise OutOfScope()
    return area


def _area_names(area: str) -> dict[str, str]:
    """The names of ``area`` and the areas above it, for the page's breadcrumbs."""
    names = {"65": "Kalimantan Utara"}
    if len(area) >= 5:
        names[area[:5]] = kabupaten_name(area[:5]) or area[:5]
    if len(area) >= 8:
        kec = {p.code: p.name for p in kecamatan(area[:5])}
        names[area[:8]] = kec.get(area[:8], area[:8])
    return names


def _instrument(value: str) -> str:
    return value if value in ("kesiapan-kdkmp", "kesehatan-usp-2016") else dashboard.INSTRUMENT


def _int(text: str, default: int = 1) -> int:
    return int(text) if text.isdigit() and len(text) < 6 else default


def _overview_page(ws: Workspace, page: Page, area: str, instrument: str) -> Response:
    view = dashboard.overview(ws.store, area, instrument)
    colors = [(c.label, c.color) for c in view.categories]

    def link(month: str, category: str) -> str:
        return (
            f"/ringkasan/daftar/bulan?wilayah={area}&bulan={month}&kategori={category}"
            f"&instrumen={instrument}"
        )

    chart = svg.stacked_bars(
        [(m.label, m.counts) for m in view.months],
        colors,
        link,
        translator(page.language)(CHART_TITLE),
    )
    kab = area if len(area) == 5 else None
    health = sync_health(ws.store, kab or scope_of(page)) if len(area) <= 5 else None
    flags = flags_in(ws.store, area, date.today())
    return render(
        page,
        "overview.html",
        view=view,
        chart=chart,
        health=health,
        flags=flags,
        crumbs=_area_names(area),
        area=area,
        filters=FILTERS,
    )


def register(router: APIRouter, ws: Workspace) -> None:
    environment().globals.update(rupiah=rupiah, number=number, LIST_TITLES=LIST_TITLES)

    @router.get("/ringkasan", include_in_schema=False)
    def overview(request: Request, instrumen: str = "") -> Response:
        page = ws.page(request)
        if isinstance(page, Response):
            return page
        return guarded(
            page, lambda: _overview_page(ws, page, _area(page, ""), _instrument(instrumen))
        )

    @router.get("/wilayah/{code}", include_in_schema=False)
    def area_page(request: Request, code: str, instrumen: str = "") -> Response:
        page = ws.page(request)
        if isinstance(page, Response):
            return page

        def run() -> Response:
            area = _area(page, code)
            if len(area) <= 5:
                return _overview_page(ws, page, area, _instrument(instrumen))
            return RedirectResponse(f"/ringkasan/daftar/semua?wilayah={area}", status_code=303)

        return guarded(page, run)

    @router.get("/ringkasan/daftar/{kind}", include_in_schema=False)
    def figure_list(
        request: Request,
        kind: str,
        wilayah: str = "",
        kategori: str = "",
        bulan: str = "",
        halaman: str = "1",
        instrumen: str = "",
    ) -> Response:
        page = ws.page(request)
        if isinstance(page, Response):
            return page

        def run() -> Response:
            if kind not in dashboard_lists.KINDS:
                return error(page, 404, translator(page.language)(UNKNOWN_LIST))
            query = dashboard_lists.ListQuery(
                kind,
                _area(page, wilayah),
                kategori[:60],
                bulan[:7] if len(bulan) == 7 else "",
                _int(halaman),
                _instrument(instrumen),
            )
            found = dashboard_lists.list_page(ws.store, query)
            return render(
                page,
                "figure_list.html",
                result=found,
                query=query,
                crumbs=_area_names(query.area),
                kecamatan_list=kecamatan(query.area[:5]) if len(query.area) >= 5 else (),
            )

        return guarded(page, run)

    @router.get("/ringkasan/perangkat", include_in_schema=False)
    def devices_health(request: Request, saring: str = "semua") -> Response:
        page = ws.page(request)
        if isinstance(page, Response):
            return page
        which = saring if saring in FILTERS else "semua"
        health = sync_health(ws.store, scope_of(page))
        return render(
            page,
            "sync_health.html",
            health=health,
            which=which,
            devices=health.only(which),
            filters=FILTERS,
        )

    @router.get("/peta", include_in_schema=False)
    def map_page(request: Request, kabupaten_code: str = "", kategori: str = "") -> Response:
        page = ws.page(request)
        if isinstance(page, Response):
            return page

        def run() -> Response:
            area = _area(page, kabupaten_code[:5])
            groups = dashboard_lists.map_groups(
                ws.store, svg.map_grid(MAP_CELL), area, kategori[:60]
            )
            shown = sum(g.count for g in groups)
            cats = dashboard.categories_of(dashboard.INSTRUMENT)
            t = translator(page.language)
            grouped = shown > MAP_DOTS
            dots = (
                _map_groups(groups, cats, t, page.language)
                if grouped
                else _map_dots(dashboard_lists.map_points(ws.store, area, kategori[:60]), cats, t)
            )
            drawn = svg.map_svg(dots, {k.code: k.name for k in kabupaten()}, t(MAP_TITLE))
            scope = scope_of(page)
            return render(
                page,
                "map.html",
                drawn=drawn,
                shown=number(shown, 0, page.language),
                groups=number(len(dots), 0, page.language) if grouped else "",
                categories=cats,
                area=area,
                category=kategori,
                kabupaten_list=[k for k in kabupaten() if scope is None or k.code == scope],
            )

        return guarded(page, run)

    _register_details(router, ws)


def _register_details(router: APIRouter, ws: Workspace) -> None:
    @router.get("/koperasi/{record_id}/rinci", include_in_schema=False)
    def cooperative(request: Request, record_id: str) -> Response:
        page = ws.page(request)
        if isinstance(page, Response):
            return page

        def run() -> Response:
            detail = drilldown.cooperative(
                ws.store, record_id, scope_of(page), drilldown.may_see_personal(page.officer.role)
            )
            trend = svg.trend_lines(detail.trend, translator(page.language)(TREND_TITLE))
            region = detail.coop.values.get("region_code") or ""
            return render(
                page, "coop_detail.html", d=detail, trend=trend, crumbs=_area_names(region[:8])
            )

        return guarded(page, run)

    @router.get("/aktivitas/pendamping/{record_id}", include_in_schema=False)
    def mentor(request: Request, record_id: str) -> Response:
        page = ws.page(request)
        if isinstance(page, Response):
            return page

        def run() -> Response:
            activity = drilldown.mentor(
                ws.store, record_id, scope_of(page), drilldown.may_see_personal(page.officer.role)
            )
            chart = svg.column_bars(
                activity.visits_per_month, translator(page.language)(VISITS_TITLE)
            )
            return render(page, "mentor_activity.html", m=activity, chart=chart)

        return guarded(page, run)

    @router.get("/lampiran/{record_id}", include_in_schema=False)
    def photo(request: Request, record_id: str) -> Response:
        page = ws.page(request)
        if isinstance(page, Response):
            return page

        def run() -> Response:
            found = drilldown.attachment(ws.store, record_id, scope_of(page))
            inline = found.mime in ("image/jpeg", "image/png", "image/webp")
            return FileResponse(
                found.path,
                media_type=found.mime if inline else "application/octet-stream",
                filename=found.filename,
                content_disposition_type="inline" if inline else "attachment",
                headers={"Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff"},
            )

        return guarded(page, run)
