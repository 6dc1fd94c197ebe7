"""Opening a new assessment with its prefill, against opening an empty one in the same run.

"Opening" is what the visit editor does when the mentor adds an instrument: the draft is
started (and, prefilled, filled from the previous final assessment, the profile and the
visit's other form) and its form is built and shown with where each answer came from. The
baseline starts an empty draft and shows its form the same way. Both run on a copy of the demo
dataset (10x unless ``--quick``), on a cooperative with final assessments of both instruments,
each repetition at a new visit; the prefilled runs add the KDKMP form to a visit whose USP form
already holds its figures, so the shared facts are read too.
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import time
from datetime import date
from typing import Any

from bench.bench_gui import demo_folder
from bench.common import ratio, result, scratch_dir

USP, KDKMP = "kesehatan-usp-2016", "kesiapan-kdkmp"


def _cooperative(ctx: Any) -> str:
    """A cooperative with final assessments of both instruments."""
    from kopdes_desktop.store.models import Assessment

    with ctx.store.read() as session:
        finals: dict[str, set[str]] = {}
        for coop_id, instrument_id in session.query(
            Assessment.cooperative_id, Assessment.instrument_id
        ).filter_by(status="FINAL", deleted=False):
            finals.setdefault(coop_id, set()).add(instrument_id)
    return next(coop for coop, held in sorted(finals.items()) if {USP, KDKMP} <= held)


def _visit(ctx: Any, coop_id: str, usp_answers: dict | None) -> str:
    """A new visit of today, with a USP draft holding ``usp_answers`` when given."""
    from kopdes_desktop.core.services import assessments, visits

    with ctx.store.session() as session:
        visit = visits.create(
            session, coop_id, visit_date=date.today(), purpose="Penilaian kesiapan usaha"
        )
        if usp_answers is not None:
            row = assessments.start(
                session,
                ctx.instruments,
                coop_id,
                USP,
                visit_id=visit.id,
                assessed_on=visit.visit_date,
            )
            assessments.save_draft(session, ctx.instruments, row.id, usp_answers)
        return visit.id


def _open(ctx: Any, app: Any, coop_id: str, visit_id: str, prefilled: bool) -> float:
    """Seconds to start a KDKMP draft at the visit and show its form."""
    from kopdes_desktop.core.services import assessments, prefill
    from kopdes_desktop.ui.forms.assessment_panel import AssessmentPanel

    start = time.perf_counter()
    sources = None
    with ctx.store.session() as session:
        if prefilled:  # as the visit editor does
            row, found = prefill.start(
                session,
                ctx.instruments,
                coop_id,
                KDKMP,
                visit_id=visit_id,
                assessed_on=date.today(),
            )
            sources = found.sources
        else:
            row = assessments.start(
                session,
                ctx.instruments,
                coop_id,
                KDKMP,
                visit_id=visit_id,
                assessed_on=date.today(),
            )
        assessment_id = row.id
    panel = AssessmentPanel(ctx, assessment_id, sources=sources)
    panel.resize(1366, 700)
    panel.show()
    app.processEvents()
    seconds = time.perf_counter() - start
    if prefilled and not panel.form.sources:
        raise RuntimeError("the prefilled form names no source: nothing was prefilled")
    panel.close()
    panel.deleteLater()
    app.processEvents()
    return seconds


def _compute_only(ctx: Any, coop_id: str, visit_id: str, repeat: int) -> float:
    """Median seconds of the prefill alone (answers and sources, no widgets, nothing stored)."""
    from kopdes_desktop.core.services import assessments, prefill
    from kopdes_desktop.store.models import Assessment

    with ctx.store.read() as session:
        row = session.query(Assessment).filter_by(visit_id=visit_id, instrument_id=KDKMP).one()
        times = []
        for _ in range(repeat + 1):
            start = time.perf_counter()
            prefill.compute(session, ctx.instruments, assessments.get(session, row.id))
            times.append(time.perf_counter() - start)
    return statistics.median(times[1:])


def run(quick: bool) -> list[dict[str, Any]]:
    from PySide6.QtWidgets import QApplication

    from kopdes_desktop.core.instruments import example_answers
    from kopdes_desktop.paths import DataPaths
    from kopdes_desktop.ui import i18n
    from kopdes_desktop.ui.context import AppContext

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([])
    i18n.install_translators(app, "id")
    scale, repeat = (1, 5) if quick else (10, 15)
    with scratch_dir("prefill") as scratch:
        folder = scratch / "data"
        shutil.copytree(demo_folder(scale), folder)
        ctx = AppContext.open(DataPaths(folder))
        try:
            coop_id = _cooperative(ctx)
            usp_answers = example_answers(ctx.instruments.get(USP), random.Random(1), 0.7)
            empty, filled = [], []
            for index in range(repeat + 1):  # the first of each is a warm-up
                empty_visit = _visit(ctx, coop_id, None)
                filled_visit = _visit(ctx, coop_id, usp_answers)
                # alternate so that both see the same machine
                one = _open(ctx, app, coop_id, empty_visit, prefilled=False)
                two = _open(ctx, app, coop_id, filled_visit, prefilled=True)
                if index:
                    empty.append(one)
                    filled.append(two)
            alone = _compute_only(ctx, coop_id, filled_visit, repeat) * 1000
        finally:
            ctx.close()
    base, value = statistics.median(empty) * 1000, statistics.median(filled) * 1000
    return [
        result(f"open a new empty KDKMP assessment, demo {scale}x", base, "ms"),
        result(
            f"open a new prefilled KDKMP assessment, demo {scale}x",
            value,
            "ms",
            f"empty one {base:.1f} ms",
            ratio(value, base),
            "< 150 ms",
        ),
        result(f"prefill alone (answers and sources, no form), demo {scale}x", alone, "ms"),
    ]
