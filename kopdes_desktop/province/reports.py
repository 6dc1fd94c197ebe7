"""The province's PDF reports: the laptop's documents (Laporan Hasil Penilaian, Profil
Koperasi, Laporan Bulanan Pendamping) from the consolidated store, and the Dinas head's summary
per kabupaten (:mod:`.summary_report`).

Every document is drawn by :func:`draw`, the one place where what all of them share is
applied: each page carries a QR code signed with the province's key (see
:mod:`kopdes_desktop.reports.seal`), which laptops and the province's ``/periksa`` verify.
A kabupaten officer's ``scope`` limits every report to the records of that kabupaten.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from kopdes_desktop.core.instruments import registry
from kopdes_desktop.errors import NotFoundError
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.province.registry import OutOfScope
from kopdes_desktop.province.report_view import (
    Records,
    cooperative_records,
    laptop_session,
    mentor_records,
)
from kopdes_desktop.province.seal_keys import report_signer
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.reports import assessment, monthly, profile
from kopdes_desktop.reports.data import assessment_data
from kopdes_desktop.reports.options import ReportOptions
from kopdes_desktop.reports.period_data import monthly_data, profile_data
from kopdes_desktop.reports.seal import Signer

KINDS = ("assessment", "profile", "monthly", "summary")


def draw(
    store: ProvinceStore,
    render: Callable[[Any, ReportOptions, Signer], bytes],
    data: Any,
    options: ReportOptions,
) -> bytes:
    """The PDF bytes of ``data`` drawn by a report module's ``render``, every page signed by
    the province."""
    return render(data, options, report_signer(store))


def _in_scope(records: Records, scope: str | None) -> None:
    """Refuse a kabupaten officer a report touching cooperatives outside their kabupaten."""
    if scope is None:
        return
    regions = {str(c.get("region_code") or "") for c in records.rows["cooperative"].values()}
    if not regions or any(not code.startswith(scope + ".") for code in regions):
        raise OutOfScope()


def assessment_pdf(
    store: ProvinceStore,
    assessment_id: str,
    options: ReportOptions | None = None,
    scope: str | None = None,
) -> bytes:
    """The Laporan Hasil Penilaian of one assessment the province holds."""

    def gather(records: Records) -> None:
        records.by_ids("assessment", [assessment_id])
        found = records.rows["assessment"].get(assessment_id)
        if found is None:
            raise NotFoundError(
                f"Penilaian {assessment_id} tidak ada di provinsi.",
                f"Assessment {assessment_id} is not at the province.",
            )
        cooperative_records(records, [str(found.get("cooperative_id"))])
        _in_scope(records, scope)

    with laptop_session(store, gather) as session:
        data = assessment_data(session, DataPaths(store.root), registry(), assessment_id)
    return draw(store, assessment.render, data, options or ReportOptions())


def profile_pdf(
    store: ProvinceStore,
    cooperative_id: str,
    options: ReportOptions | None = None,
    scope: str | None = None,
    today: date | None = None,
) -> bytes:
    """The Profil Koperasi of one cooperative; follow-ups overdue as of ``today``."""
    options = options or ReportOptions()

    def gather(records: Records) -> None:
        cooperative_records(records, [cooperative_id])
        if cooperative_id not in records.rows["cooperative"]:
            raise NotFoundError(
                f"Koperasi {cooperative_id} tidak ada di provinsi.",
                f"Cooperative {cooperative_id} is not at the province.",
            )
        _in_scope(records, scope)

    with laptop_session(store, gather) as session:
        data = profile_data(
            session, registry(), cooperative_id, today=today or options.sign_date or date.today()
        )
    return draw(store, profile.render, data, options)


def monthly_pdf(
    store: ProvinceStore,
    mentor_id: str,
    month: str,
    options: ReportOptions | None = None,
    scope: str | None = None,
) -> bytes:
    """The Laporan Bulanan Pendamping of ``mentor_id`` for ``month`` (YYYY-MM)."""

    def gather(records: Records) -> None:
        mentor_records(records, mentor_id)
        mentor = records.rows["mentor"][mentor_id]
        if scope is not None and mentor.get("kabupaten_code") != scope:
            _in_scope(records, scope)

    with laptop_session(store, gather) as session:
        data = monthly_data(session, registry(), mentor_id, month)
    return draw(store, monthly.render, data, options or ReportOptions())
