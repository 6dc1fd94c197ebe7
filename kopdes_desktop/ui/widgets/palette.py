"""Colours that read in sunlight: every text colour at least 4.5:1 on its background (WCAG AA).

Mentors work outdoors on cheap laptop screens, so colour contrast is computed, not guessed:
:func:`contrast` is the WCAG 2 ratio, :func:`readable` darkens a colour (an instrument's
category colour, say) just enough to reach the ratio on a background. :class:`Palette` holds
the text and background colours of the style sheet; :data:`NORMAL` and :data:`HIGH_CONTRAST`
(Pengaturan's high-contrast option, 7:1, WCAG AAA) are the two looks, and
:func:`apply_palette` makes Qt's own colours (disabled fields included: a finalised
assessment shows its answers in disabled fields) follow them.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

AA = 4.5
"""WCAG AA for normal text."""
AAA = 7.0
"""WCAG AAA, the high-contrast option's target."""


def luminance(color: str) -> float:
    """WCAG relative luminance of ``#rrggbb``."""
    value = QColor(color)
    channels = []
    for channel in (value.redF(), value.greenF(), value.blueF()):
        channels.append(
            channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4
        )
    red, green, blue = channels
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(foreground: str, background: str) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    first, second = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (first + 0.05) / (second + 0.05)


def readable(color: str, backgrounds: tuple[str, ...] = ("#ffffff",), minimum: float = AA) -> str:
    """``color``, darkened in steps of lightness until it reaches ``minimum`` on every
    background (keeping its hue, so a category still looks like itself)."""
    value = QColor(color)
    hue, saturation, lightness = value.hslHueF(), value.hslSaturationF(), value.lightnessF()
    while lightness > 0 and min(contrast(value.name(), b) for b in backgrounds) < minimum:
        lightness = max(0.0, lightness - 0.01)
        value = QColor.fromHslF(max(hue, 0.0), saturation, lightness)
    return value.name()


@dataclass(frozen=True)
class Palette:
    """The colours of one look; each ``*_text`` is read on ``window``, ``base`` and
    ``alternate`` (table rows), and ``selected_text`` on ``accent``."""

    window: str
    base: str
    alternate: str
    text: str
    muted_text: str
    error_text: str
    overdue_text: str
    upcoming_text: str
    done_text: str
    disabled_text: str
    disabled_base: str
    accent: str
    selected_text: str
    border: str
    nav_background: str
    minimum: float

    def text_pairs(self) -> list[tuple[str, str, str]]:
        """(name, foreground, background) of every text colour on every background it
        appears on, for the contrast test."""
        backgrounds = {
            "window": self.window,
            "base": self.base,
            "alternate": self.alternate,
            "navigation": self.nav_background,
        }
        pairs = []
        for item in fields(self):
            if item.name.endswith("_text") and item.name not in ("selected_text", "disabled_text"):
                for where, background in backgrounds.items():
                    pairs.append((f"{item.name} on {where}", getattr(self, item.name), background))
        pairs.append(("selected_text on accent", self.selected_text, self.accent))
        pairs.append(("disabled_text on disabled_base", self.disabled_text, self.disabled_base))
        pairs.append(("disabled_text on window", self.disabled_text, self.window))
        return pairs

    def backgrounds(self) -> tuple[str, ...]:
        """Where list and label text appears."""
        return (self.window, self.base, self.alternate)


NORMAL = Palette(
    window="#f7f6f5",
    base="#ffffff",
    alternate="#f3f1ef",
    text="#1f1b18",
    muted_text="#5c5550",
    error_text="#b3261e",
    overdue_text="#b3261e",
    upcoming_text="#7a4f00",
    done_text="#1e6b3a",
    disabled_text="#555049",
    disabled_base="#eeecea",
    accent="#b0102a",
    selected_text="#ffffff",
    border="#cfc7c1",
    nav_background="#f6f3f1",
    minimum=AA,
)
HIGH_CONTRAST = Palette(
    window="#ffffff",
    base="#ffffff",
    alternate="#f2f2f2",
    text="#000000",
    muted_text="#2b2b2b",
    error_text="#8c0000",
    overdue_text="#8c0000",
    upcoming_text="#4d3200",
    done_text="#0b4a22",
    disabled_text="#333333",
    disabled_base="#e6e6e6",
    accent="#7a0019",
    selected_text="#ffffff",
    border="#000000",
    nav_background="#ffffff",
    minimum=AAA,
)


def current(high_contrast: bool) -> Palette:
    return HIGH_CONTRAST if high_contrast else NORMAL


def apply_palette(app: QApplication, palette: Palette) -> None:
    """Qt's own colours (inputs, tables, disabled fields, selection) from ``palette``."""
    qt = QPalette(app.palette())
    roles = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        qt.setColor(group, roles.Window, QColor(palette.window))
        qt.setColor(group, roles.Base, QColor(palette.base))
        qt.setColor(group, roles.AlternateBase, QColor(palette.alternate))
        for role in (roles.WindowText, roles.Text, roles.ButtonText):
            qt.setColor(group, role, QColor(palette.text))
        qt.setColor(group, roles.PlaceholderText, QColor(palette.muted_text))
        qt.setColor(group, roles.Highlight, QColor(palette.accent))
        qt.setColor(group, roles.HighlightedText, QColor(palette.selected_text))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        qt.setColor(disabled, role, QColor(palette.disabled_text))
    qt.setColor(disabled, roles.Base, QColor(palette.disabled_base))
    qt.setColor(disabled, roles.Window, QColor(palette.window))
    app.setPalette(qt)
