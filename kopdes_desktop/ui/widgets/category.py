"""Colours of the assessment categories, read from the instrument definition files.

The colours are read straight from the JSON files rather than through the instrument
registry: the registry checks every definition against its schema, which costs most of a
second, and the first page must not wait for that just to colour a few labels. A file that
cannot be read only loses its colours.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from kopdes_desktop import resources
from kopdes_desktop.ui.context import AppContext
from kopdes_desktop.ui.widgets.palette import current, readable

log = logging.getLogger(__name__)


def _definition_files(ctx: AppContext) -> list[Path]:
    folders = [resources.path("instruments"), ctx.paths.instruments]
    return [
        file
        for folder in folders
        if folder.is_dir()
        for file in sorted(folder.glob("*/*.json"))
        if file.parent.name != "schema"
    ]


def category_colors(ctx: AppContext) -> dict[str, str]:
    """Category label (Indonesian and English) -> text colour, over every known instrument.

    An instrument's colour is made for a badge's background; as text it is darkened just
    enough to read on the app's backgrounds (4.5:1, or 7:1 in high contrast)."""
    cached = ctx._category_colors
    if cached is not None:
        return cached
    colors: dict[str, str] = {}
    palette = current(bool(ctx.settings.get("high_contrast")))
    for file in _definition_files(ctx):
        try:
            categories = json.loads(file.read_text(encoding="utf-8"))["scoring"]["categories"]
            for category in categories:
                for label in category["label"].values():
                    colors.setdefault(
                        label, readable(category["color"], palette.backgrounds(), palette.minimum)
                    )
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            log.warning("category colours of %s not read: %s", file, exc)
    ctx._category_colors = colors
    return colors
