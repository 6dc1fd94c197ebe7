"""Rendering the workspace's pages: one Jinja2 environment over resources/web/templates,
escaping everything (what mentors typed shows as text), and the shared page context."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from html import escape
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from kopdes_desktop import resources
from kopdes_desktop.province.officer_sessions import WebSession
from kopdes_desktop.province.officers import Officer
from kopdes_desktop.province.regions import kabupaten_name
from kopdes_desktop.province.web import times
from kopdes_desktop.province.web.i18n import translator
from kopdes_desktop.reports.texts import label as value_label

ROLE_LABELS = {
    "admin": "Admin provinsi",
    "kabupaten": "Petugas kabupaten",
    "viewer": "Peninjau (hanya baca)",
}
FIELD_LABELS = {
    "name": "Nama",
    "address": "Alamat",
    "formation_model": "Model pembentukan",
    "ahu_number": "Nomor AHU",
    "nik_koperasi": "NIK koperasi",
    "nib": "NIB",
    "npwp": "NPWP",
    "bank_name": "Bank",
    "bank_account": "Nomor rekening",
    "simkopdes_status": "Status SIMKOPDES",
    "founded_on": "Tanggal berdiri",
    "notes": "Catatan",
    "region_code": "Desa/Kelurahan",
    "username": "Nama pengguna",
    "password": "Kata sandi",
    "role": "Peran",
    "kabupaten": "Kabupaten/Kota",
}
ACTION_LABELS = {
    "login": "Masuk",
    "logout": "Keluar",
    "login.failed": "Gagal masuk",
    "login.locked": "Ditolak: terkunci",
    "officer.add": "Petugas ditambah",
    "officer.disable": "Petugas dinonaktifkan",
    "officer.enable": "Petugas diaktifkan",
    "officer.passwd": "Kata sandi diganti",
    "cooperative.add": "Koperasi dibuat",
    "cooperative.correct": "Registri dikoreksi",
    # instruments and officers' roles
    "officer.role": "Peran petugas diubah",
    "instrument.publish": "Instrumen diterbitkan",
    "report.verify": "Laporan diperiksa",
}
ACTION_LABELS.update(
    {
        "device.enroll": "Perangkat didaftarkan",
        "device.approve": "Perangkat disetujui",
        "device.revoke": "Kunci perangkat dicabut",
        "device.code": "Kode pendaftaran dibuat",
        "conflict.resolve": "Konflik diselesaikan",
    }
)


@dataclass(frozen=True)
class NavItem:
    """A link in the header: its path, its label, and whether only admins see it."""

    path: str
    label: str
    admin_only: bool = False


NAV: list[NavItem] = [
    NavItem("/koperasi", "Koperasi"),
    NavItem("/petugas", "Petugas", True),
    NavItem("/audit", "Log audit", True),
    NavItem("/instrumen", "Instrumen"),
]
NAV += [NavItem("/laporan", "Laporan"), NavItem("/ekspor", "Ekspor")]
ACTION_LABELS.update(
    {"export.download": "Lembar kerja diunduh", "report.download": "Laporan diunduh"}
)
"""The header's links; a new part of the workspace appends its own."""
NAV.insert(1, NavItem("/pendamping", "Pendamping"))
NAV.append(NavItem("/periksa", "Periksa laporan"))
# The province overview (the first page after login) and the map lead the header.
NAV[:0] = [NavItem("/ringkasan", "Ringkasan"), NavItem("/peta", "Peta")]
NAV += [NavItem("/perangkat", "Perangkat"), NavItem("/konflik", "Konflik data")]
NAV_MAIN = ("/ringkasan", "/peta", "/koperasi", "/pendamping", "/laporan", "/periksa")
"""The links on the header's line; the other parts (and any added later) are listed under
"Lainnya", so the header stays on one line at 1366 px in both languages."""
FIELD_LABELS.update({"phone": "Nomor HP", "email": "Surel", "start": "Tanggal"})
ACTION_LABELS.update(
    {
        "mentor.add": "Pendamping dibuat",
        "mentor.code": "Kode pendaftaran dibuat",
        "assignment.add": "Koperasi ditugaskan",
        "assignment.reassign": "Koperasi dialihkan",
        "assignment.end": "Penugasan diakhiri",
    }
)


@dataclass
class Page:
    """What every page needs besides its own values."""

    request: Request
    language: str
    session: WebSession | None = None
    province: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def officer(self) -> Officer:
        """The signed-in officer (a page behind the login always has its session)."""
        assert self.session is not None, "an anonymous page has no officer"
        return self.session.officer


def options(choices: Iterable[tuple[str, str]], selected: str) -> Markup:
    """``<option>`` elements of (value, label) pairs, escaped, ``selected`` marked: one join
    instead of a template loop, kept for the same choices (the mentors, hundreds at 10x, are
    the same from one page to the next; profiled)."""
    return _options(tuple(choices), selected)


@lru_cache(maxsize=32)
def _options(choices: tuple[tuple[str, str], ...], selected: str) -> Markup:
    return Markup(
        "".join(
            f'<option value="{escape(value)}"{" selected" if value == selected else ""}>'
            f"{escape(str(label))}</option>"
            for value, label in choices
        )
    )


@cache
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(resources.path("web", "templates"))),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        ROLE_LABELS=ROLE_LABELS,
        FIELD_LABELS=FIELD_LABELS,
        ACTION_LABELS=ACTION_LABELS,
        kabupaten_name=kabupaten_name,
        value_label=value_label,
        options=options,
    )
    env.filters["local_time"] = times.local_time  # stored UTC -> "5 Desember 2026 13.42 WITA"
    return env


def render(page: Page, template: str, status: int = 200, **values: Any) -> HTMLResponse:
    """The page ``template`` with the shared context and ``values``."""
    officer = page.officer if page.session else None
    nav = [item for item in NAV if officer and (officer.is_admin or not item.admin_only)]
    nav_main = [item for item in nav if item.path in NAV_MAIN]
    nav_more = [item for item in nav if item.path not in NAV_MAIN]
    html = (
        environment()
        .get_template(template)
        .render(
            _=translator(page.language),
            lang=page.language,
            officer=officer,
            nav=nav,
            nav_main=nav_main,
            nav_more=nav_more,
            csrf_token=page.session.csrf_token if page.session else "",
            province=page.province,
            path=page.request.url.path,
            **page.extra,
            **values,
        )
    )
    headers = {
        "Cache-Control": "no-store",
        "X-Frame-Options": "DENY",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "same-origin",
        "Content-Security-Policy": "default-src 'self'; style-src 'self'; "
        "script-src 'self'; img-src 'self' data:; form-action 'self'; "
        "frame-ancestors 'none'",
    }
    return HTMLResponse(html, status_code=status, headers=headers)


def error(page: Page, status: int, message: str) -> HTMLResponse:
    """An error page with a message already in the page's language."""
    return render(page, "error.html", status=status, message=message)
