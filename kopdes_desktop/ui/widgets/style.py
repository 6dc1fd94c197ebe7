"""The application's style sheet: calm colours, clear titles, roomy navigation.

Every colour comes from a :class:`~kopdes_desktop.ui.widgets.palette.Palette`, whose text
colours are tested for contrast; the high-contrast look swaps the palette and thickens the
borders.
"""

from __future__ import annotations

from kopdes_desktop.ui.widgets.palette import NORMAL, Palette

ACCENT = NORMAL.accent


def style_sheet(palette: Palette = NORMAL, scale: float = 1.0) -> str:
    """The main window's style sheet in the colours of ``palette``, its font sizes grown by
    ``scale`` (the font size chosen in Pengaturan)."""
    strong = palette is not NORMAL
    nav_pt, title_pt, mark_pt = (round(size * scale, 1) for size in (11, 15, 13))
    border = "2px" if strong else "1px"
    return f"""
QFrame#navigationColumn {{
    background: {palette.nav_background};
    border: none;
    border-right: {border} solid {palette.border};
}}
QListWidget#navigation {{
    background: {palette.nav_background};
    color: {palette.text};
    border: none;
    padding-top: 8px;
    font-size: {nav_pt}pt;
    outline: 0;
}}
QListWidget#navigation::item {{
    padding: 9px 14px;
    border-radius: 4px;
    margin: 1px 6px;
}}
QListWidget#navigation::item:selected {{
    background: {palette.accent};
    color: {palette.selected_text};
}}
QPushButton#navLink {{
    text-align: left;
    padding: 6px 14px;
    border: none;
    color: {palette.text};
    background: {palette.nav_background};
}}
QPushButton#navLink:hover, QPushButton#navLink:focus {{
    text-decoration: underline;
}}
QLabel#pageTitle {{
    font-size: {title_pt}pt;
    font-weight: 600;
    padding-bottom: 2px;
}}
QLabel#sectionTitle {{
    font-weight: 600;
    padding-top: 4px;
}}
QLabel#fieldError {{
    color: {palette.error_text};
}}
QLabel#muted {{
    color: {palette.muted_text};
}}
QLabel#stepMark {{
    font-size: {mark_pt}pt;
    font-weight: 600;
    qproperty-alignment: AlignCenter;
    border: {border} solid {palette.border};
    border-radius: 6px;
}}
QLabel#stepMark[done="true"] {{
    color: {palette.selected_text};
    background: {palette.done_text};
    border-color: {palette.done_text};
}}
QFrame#figureCard {{
    background: {palette.base};
    border: {border} solid {palette.border};
    border-radius: 6px;
}}
QFrame#figureCard:hover {{
    border-color: {palette.accent};
}}
"""


STYLE_SHEET = style_sheet(NORMAL)
