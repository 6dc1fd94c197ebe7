"""Colours of the assessment categories, taken from the instrument definitions."""

from __future__ import annotations

from kopdes_desktop.errors import KopdesError
from kopdes_desktop.ui.context import AppContext


def category_colors(ctx: AppContext) -> dict[str, str]:
    """Category label (Indonesian and English) -> colour, over every known instrument."""
    cached = getattr(ctx, "_category_colors", None)
    if cached is not None:
        return cached
    colors: dict[str, str] = {}
    try:
        instruments = ctx.instruments.latest_all()
    except KopdesError:
        instruments = []
    for instrument in instruments:
        for category in instrument.scoring.categories:
            colors.setdefault(category.label("id"), category.color)
            colors.setdefault(category.label("en"), category.color)
    ctx._category_colors = colors  # type: ignore[attr-defined]
    return colors
