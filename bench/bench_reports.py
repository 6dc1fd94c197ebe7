"""PDF reports: one Laporan Hasil Penilaian with charts against a bare reportlab document of the
same page count, and a batch of the latest assessment of every cooperative (reports/second,
one process, one core).

Times are CPU seconds of this process (``time.process_time``), so a busy machine does not
distort them; the batch's wall-clock time is printed beside it."""

from __future__ import annotations

import io
import statistics
import time
from collections.abc import Callable
from datetime import date
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from bench.common import ratio, result, scratch_dir
from kopdes_desktop.core import demo
from kopdes_desktop.core.instruments import registry
from kopdes_desktop.core.services import assessments, reporting
from kopdes_desktop.core.services.cooperatives import PRIMARY_INSTRUMENT
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.reports import ReportOptions, assessment_pdf, batch_assessments
from kopdes_desktop.store.db import Store

TODAY = date(2025, 11, 20)


def cpu_median(action: Callable[[], Any], repeat: int) -> float:
    """Median CPU seconds of ``action`` over ``repeat`` calls, after one warm-up call."""
    action()
    times = []
    for _ in range(repeat):
        started = time.process_time()
        action()
        times.append(time.process_time() - started)
    return statistics.median(times)


def page_count(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def bare_document(pages: int) -> bytes:
    """A plain reportlab document (built-in font, one paragraph per page) of ``pages`` pages."""
    styles = getSampleStyleSheet()
    story: list[Any] = []
    for page in range(pages):
        if page:
            story.append(PageBreak())
        story.append(Paragraph(f"Halaman {page + 1}", styles["Normal"]))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return out.getvalue()


def _with_previous(store: Store, ids: list[str]) -> str:
    with store.read() as session:
        for assessment_id in ids:
            if assessments.previous_of(session, assessments.get(session, assessment_id)):
                return assessment_id
    return ids[0]


def run(quick: bool) -> list[dict[str, Any]]:
    with scratch_dir("reports") as folder:
        paths = DataPaths(folder / "data")
        store = Store.open(paths)
        try:
            demo.generate(store, scale=1, today=TODAY)
            instruments = registry(paths)
            with store.read() as session:
                ids = reporting.latest_final_ids(session, PRIMARY_INSTRUMENT)
            one_id = _with_previous(store, ids)
            options = ReportOptions()
            pdf = assessment_pdf(store, paths, instruments, one_id, options)
            pages = page_count(pdf)
            repeat = 5 if quick else 15
            report_s = cpu_median(
                lambda: assessment_pdf(store, paths, instruments, one_id, options), repeat
            )
            bare_s = cpu_median(lambda: bare_document(pages), repeat)
            batch_ids = ids[:40] if quick else ids
            started, wall = time.process_time(), time.perf_counter()
            done = batch_assessments(
                store, paths, instruments, batch_ids, folder / "batch", options
            )
            batch_s = time.process_time() - started
            wall_s = time.perf_counter() - wall
        finally:
            store.close()
    per_second = len(done.written) / batch_s
    return [
        result(
            "one assessment report with charts",
            report_s * 1000,
            "ms",
            baseline=f"bare reportlab document, {pages} pages: {bare_s * 1000:.1f} ms",
            ratio=ratio(report_s, bare_s),
        ),
        result(
            f"batch of {len(batch_ids)} assessment reports",
            per_second,
            "reports/s",
            baseline=f"CPU time, latest of each cooperative; wall {wall_s:.1f} s",
            target=">= 10 reports/s",
        ),
    ]
