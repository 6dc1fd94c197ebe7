"""Charts and the map, drawn on the server as inline SVG (no script, no chart library, no
tiles): colours are presentation attributes, so the pages' style policy allows them, and every
mark that stands for a list is a link to it."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from html import escape

from markupsafe import Markup

KALTARA_FRAME = (1.0, 4.6, 114.5, 118.2)
"""South, north, west and east edges of the map frame (degrees), around Kalimantan Utara."""
LABEL_POINTS = {
    "65.01": (2.75, 117.15),
    "65.02": (3.0, 115.9),
    "65.03": (4.05, 116.0),
    "65.04": (3.55, 116.95),
    "65.71": (3.35, 117.62),
}
"""Where each kabupaten/kota's name is written (near its seat)."""


def _a(href: str, body: str) -> str:
    return f'<a href="{escape(href)}">{body}</a>'


def _title(text: str) -> str:
    return f"<title>{escape(text)}</title>"


def stacked_bars(
    months: Sequence[tuple[str, Mapping[str | None, int]]],
    colors: Sequence[tuple[str, str]],
    link: Callable[[str, str], str],
    label: str,
) -> Markup:
    """A bar per month, stacked by category (``colors``: label and colour, top to bottom)."""
    width, height, left, bottom = 860, 230, 40, 28
    peak = max((sum(c.values()) for _, c in months), default=0) or 1
    step = (width - left) / max(len(months), 1)
    bar = step * 0.68
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg">'
        f"{_title(label)}"
    ]
    for tick in (0, 0.5, 1):
        y = height - bottom - tick * (height - bottom - 10)
        parts.append(
            f'<line x1="{left}" x2="{width}" y1="{y:.1f}" y2="{y:.1f}" '
            f'stroke="#e3e8ec"/><text x="{left - 6}" y="{y + 4:.1f}" '
            f'text-anchor="end" font-size="11" fill="#4a5866">'
            f"{round(peak * tick)}</text>"
        )
    for n, (month, counts) in enumerate(months):
        x = left + n * step + (step - bar) / 2
        y = height - bottom
        for category, color in reversed(colors):
            count = counts.get(category, 0)
            if not count:
                continue
            h = count / peak * (height - bottom - 10)
            y -= h
            rect = (
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                f'fill="{escape(color)}">{_title(f"{month} · {category}: {count}")}</rect>'
            )
            parts.append(_a(link(month, category), rect))
        parts.append(
            f'<text x="{x + bar / 2:.1f}" y="{height - 10}" text-anchor="middle" '
            f'font-size="11" fill="#4a5866">{escape(month)}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def trend_lines(
    series: dict[str, list[tuple[str, float]]], label: str, top: float = 100.0
) -> Markup:
    """Each instrument's totals over time as a line with a dot per assessment."""
    width, height, left, bottom = 620, 200, 36, 26
    days = sorted({d for points in series.values() for d, _ in points})
    if not days:
        return Markup("")
    position = {d: n for n, d in enumerate(days)}
    step = (width - left - 20) / max(len(days) - 1, 1)
    palette = ("#0b5cad", "#b3261e", "#1e7a3c", "#7a4fb3")
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" xmlns="http://www.w3.org/2000/svg">{_title(label)}'
    ]
    for tick in (0, 50, 100):
        y = height - bottom - tick / top * (height - bottom - 10)
        parts.append(
            f'<line x1="{left}" x2="{width}" y1="{y:.1f}" y2="{y:.1f}" '
            f'stroke="#e3e8ec"/><text x="{left - 6}" y="{y + 4:.1f}" '
            f'text-anchor="end" font-size="11" fill="#4a5866">{tick}</text>'
        )
    for n, (name, points) in enumerate(sorted(series.items())):
        color = palette[n % len(palette)]
        xy = [
            (
                left + 10 + position[d] * step,
                height - bottom - min(max(v, 0), top) / top * (height - bottom - 10),
            )
            for d, v in points
        ]
        parts.append(
            f'<polyline fill="none" stroke="{color}" stroke-width="2" points="'
            + " ".join(f"{x:.1f},{y:.1f}" for x, y in xy)
            + '"/>'
        )
        for (x, y), (d, v) in zip(xy, points, strict=True):
            parts.append(
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{color}">'
                f"{_title(f'{name} · {d}: {v:.2f}')}</circle>"
            )
        parts.append(
            f'<text x="{left + 4}" y="{14 + 14 * n}" font-size="11" '
            f'fill="{color}">{escape(name)}</text>'
        )
    for d, anchor in ((days[0], "start"), (days[-1], "end")):
        x = left + 10 + position[d] * step
        parts.append(
            f'<text x="{x:.1f}" y="{height - 8}" text-anchor="{anchor}" font-size="11" '
            f'fill="#4a5866">{escape(d)}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def column_bars(values: Sequence[tuple[str, int]], label: str) -> Markup:
    """A small column chart (visits per month)."""
    width, height, bottom = 620, 150, 24
    peak = max((v for _, v in values), default=0) or 1
    step = width / max(len(values), 1)
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" xmlns="http://www.w3.org/2000/svg">{_title(label)}'
    ]
    for n, (name, value) in enumerate(values):
        h = value / peak * (height - bottom - 16)
        x = n * step + step * 0.15
        parts.append(
            f'<rect x="{x:.1f}" y="{height - bottom - h:.1f}" width="{step * 0.7:.1f}" '
            f'height="{h:.1f}" fill="#0b5cad">{_title(f"{name}: {value}")}</rect>'
            f'<text x="{x + step * 0.35:.1f}" y="{height - bottom - h - 3:.1f}" '
            f'text-anchor="middle" font-size="11">{value}</text>'
            f'<text x="{x + step * 0.35:.1f}" y="{height - 8}" text-anchor="middle" '
            f'font-size="10" fill="#4a5866">{escape(name[2:])}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def project(lat: float, lon: float, width: float, height: float) -> tuple[float, float]:
    """Equirectangular projection of the frame, x scaled by the cosine of its middle latitude
    (so distances east-west and north-south look alike at this latitude)."""
    south, north, west, east = KALTARA_FRAME
    return ((lon - west) / (east - west) * width, (north - lat) / (north - south) * height)


def frame_size(width: float) -> tuple[float, float]:
    south, north, west, east = KALTARA_FRAME
    middle = math.radians((south + north) / 2)
    return width, width * (north - south) / ((east - west) * math.cos(middle))


MAP_WIDTH = 620
"""The map's width in pixels (its height follows the frame)."""
Dot = tuple[float, float, float, str, str, str]
"""A mark on the map: latitude, longitude, radius (px), colour, title and link."""


def map_grid(size: float) -> tuple[float, float, float, float]:
    """The map's squares of ``size`` pixels in degrees: the frame's west and north edges, and
    a square's width and height (the projection is linear in both)."""
    width, height = frame_size(MAP_WIDTH)
    south, north, west, east = KALTARA_FRAME
    return west, north, (east - west) * size / width, (north - south) * size / height


def map_svg(dots: Sequence[Dot], labels: dict[str, str], label: str) -> Markup:
    """Dots linking to their pages, in a projected frame with a graticule and the kabupaten
    names at their seats."""
    width, height = frame_size(MAP_WIDTH)
    south, north, west, east = KALTARA_FRAME
    parts = [
        f'<svg class="map" role="img" viewBox="0 0 {width:.0f} {height:.0f}" '
        f'width="{width:.0f}" height="{height:.0f}" xmlns="http://www.w3.org/2000/svg">'
        f'{_title(label)}<rect width="{width:.0f}" height="{height:.0f}" fill="#f7fafc" '
        'stroke="#b9c3cd"/>'
    ]
    for lat in range(math.ceil(south), math.floor(north) + 1):
        _, y = project(lat, west, width, height)
        parts.append(
            f'<line x1="0" x2="{width:.0f}" y1="{y:.1f}" y2="{y:.1f}" '
            f'stroke="#e3e8ec"/><text x="4" y="{y - 3:.1f}" font-size="10" '
            f'fill="#8a96a3">{lat}° LU</text>'
        )
    for lon in range(math.ceil(west), math.floor(east) + 1):
        x, _ = project(south, lon, width, height)
        parts.append(
            f'<line y1="0" y2="{height:.0f}" x1="{x:.1f}" x2="{x:.1f}" '
            f'stroke="#e3e8ec"/><text y="{height - 4:.0f}" x="{x + 3:.1f}" '
            f'font-size="10" fill="#8a96a3">{lon}° BT</text>'
        )
    for at_lat, at_lon, radius, color, title, href in dots:
        x, y = project(at_lat, at_lon, width, height)
        dot = (
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}" fill="{escape(color)}" '
            f'stroke="#fff" stroke-width="1">{_title(title)}</circle>'
        )
        parts.append(_a(href, dot))
    for code, name in labels.items():
        if code in LABEL_POINTS:
            x, y = project(*LABEL_POINTS[code], width, height)
            parts.append(
                f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="middle" font-size="15" '
                'font-weight="bold" fill="#3b4652" stroke="#fff" stroke-width="3" '
                'paint-order="stroke" pointer-events="none">'
                f"{escape(name)}</text>"
            )
    parts.append("</svg>")
    return Markup("".join(parts))
