"""The blocks of the assessment report on the cooperative's standing beyond the score: its
RAT deadline and financing flags, and the instrument's values that await verification."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from kopdes_desktop.core.instruments.pending import pending_marks
from kopdes_desktop.reports.blocks import note, p, section
from kopdes_desktop.reports.template import Styles
from kopdes_desktop.reports.texts import t


def standing_block(
    styles: Styles, standing: tuple[tuple[str, str, bool], ...], lang: str
) -> list[Flowable]:
    """The RAT line and each financing flag (Indonesian, English, needs attention)."""
    out: list[Flowable] = [section(styles, t("standing", lang))]
    if not standing:
        return out + [p(t("standing_none", lang), styles.body)]
    for text_id, text_en, urgent in standing:
        text = text_en if lang == "en" else text_id
        out.append(p(t("flag_mark", lang).format(why=text) if urgent else text, styles.body))
    return out


def instrument_pending_block(styles: Styles, instrument: Any, lang: str) -> list[Flowable]:
    """The instrument-wide marks (predicates, weights, tables) that await verification; the
    marks of single components and questions are printed beside them already."""
    if instrument is None:
        return []
    marks = [m for m in pending_marks(instrument) if not m.ref.startswith(("component:", "item:"))]
    return [note(styles, t("verify_instrument", lang).format(why=m.text(lang))) for m in marks]
