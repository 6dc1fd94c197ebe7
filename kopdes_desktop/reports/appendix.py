"""Lampiran: the scoring arithmetic of an assessment, printed only when asked for.

The board signs the result; how each indicator turned into points (measured value, nilai,
weight, skor) and the rules decided for the instrument are for the Dinas and the mentor, so
they sit after the signatures, on a page of their own.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, PageBreak, Spacer

from kopdes_desktop.core.formatting import number
from kopdes_desktop.core.instruments.results import ScoreResult
from kopdes_desktop.reports.answers import PENDING, plain_text
from kopdes_desktop.reports.blocks import grid, note, p, section
from kopdes_desktop.reports.data import AssessmentData
from kopdes_desktop.reports.template import Styles
from kopdes_desktop.reports.texts import t


def pending_scoring(result: ScoreResult, instrument: Any, lang: str) -> tuple[set[str], list[str]]:
    """The aspects with an indicator whose scoring awaits verification, and the reasons in the
    report's language (the stored result keeps them in Indonesian)."""
    texts = (
        {c.id: c.verify.get(lang) for c in instrument.components if c.verify}
        if instrument is not None
        else {}
    )
    flagged = [c for c in result.components if c.verify]
    reasons = sorted({texts.get(c.id) or c.verify for c in flagged if c.verify})
    return {c.aspect for c in flagged}, reasons


def _measured(value: float | None, computable: bool, lang: str) -> str:
    if not computable or value is None:
        return t("not_computable", lang)
    return number(value, 2, lang)


def scoring_appendix(
    styles: Styles, data: AssessmentData, result: ScoreResult | None, lang: str
) -> list[Flowable]:
    """Per indicator: measured value, nilai, weight and skor, by aspect; then the rules."""
    if result is None:
        return []
    out: list[Flowable] = [PageBreak(), section(styles, t("appendix", lang))]
    titles = {a.id: (a.title_en if lang == "en" else a.title_id) for a in result.aspects}
    header = [
        t("indicator", lang),
        t("measured", lang),
        t("credit", lang),
        t("weight", lang),
        t("score", lang),
    ]
    for aspect_id, title in titles.items():
        rows = [
            (
                (c.title_en if lang == "en" else c.title_id) + (PENDING if c.verify else ""),
                _measured(c.ratio, c.computable, lang),
                number(c.nilai, 2, lang) if c.nilai is not None else "—",
                number(c.weight, 2, lang),
                number(c.skor, 2, lang),
            )
            for c in result.components
            if c.aspect == aspect_id
        ]
        if rows:
            out += [
                p(title, styles.h2),
                grid(styles, header, rows, [0.5, 0.14, 0.12, 0.12, 0.12], right=(1, 2, 3, 4)),
            ]
    _aspects, reasons = pending_scoring(result, data.instrument, lang)
    out += [note(styles, t("verify_aspect", lang).format(why=why)) for why in reasons]
    rules = data.instrument.decisions(lang) if data.instrument is not None else []
    if rules:
        out += [Spacer(1, 2), p(t("rules", lang), styles.body)]
        out += [p(f"– {plain_text(rule, data.instrument, lang)}", styles.small) for rule in rules]
    return out
