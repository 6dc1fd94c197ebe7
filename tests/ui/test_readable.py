"""Readable in sunlight: computed contrast of every text colour, the high-contrast option, no
category before the answers are in, and a window that fills a laptop screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPalette

from kopdes_desktop.core.instruments import registry
from kopdes_desktop.ui.forms.preview import PreviewPanel
from kopdes_desktop.ui.main_window import MainWindow, fills_small_screen
from kopdes_desktop.ui.views.settings_view import SettingsView
from kopdes_desktop.ui.widgets.category import category_colors
from kopdes_desktop.ui.widgets.palette import (
    AA,
    AAA,
    HIGH_CONTRAST,
    NORMAL,
    apply_palette,
    contrast,
    readable,
)
from kopdes_desktop.ui.widgets.style import style_sheet


def test_contrast_is_the_wcag_ratio():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("palette", [NORMAL, HIGH_CONTRAST], ids=["normal", "high contrast"])
def test_every_text_colour_of_the_palette_reads(palette):
    failing = [
        (name, round(contrast(fg, bg), 2))
        for name, fg, bg in palette.text_pairs()
        if contrast(fg, bg) < palette.minimum
    ]
    assert failing == []
    assert palette.minimum == (AAA if palette is HIGH_CONTRAST else AA)


def test_category_colours_are_darkened_until_they_read(ctx):
    raw = {"Cukup Sehat": "#9e9d24", "Dalam Pengawasan": "#ef6c00"}
    assert all(contrast(color, "#ffffff") < AA for color in raw.values())  # as the files say
    colors = category_colors(ctx)
    assert {
        "Sehat",
        "Cukup Sehat",
        "Dalam Pengawasan",
        "Dalam Pengawasan Khusus",
        "Berkembang Baik",
        "Kritis",
    } <= set(colors)
    for label, color in colors.items():
        for background in NORMAL.backgrounds():
            assert contrast(color, background) >= AA, label
    assert readable("#2e7d32", NORMAL.backgrounds()) == "#2e7d32"  # already fine: unchanged


def test_high_contrast_option_in_settings(qtbot, ctx):
    view = SettingsView(ctx)
    qtbot.addWidget(view)
    view.show()
    assert not view.high_contrast.isChecked()
    qtbot.mouseClick(view.high_contrast, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.save_app_button, Qt.MouseButton.LeftButton)
    assert ctx.settings.get("high_contrast") is True
    ctx._category_colors = None  # the next window reads them again
    for color in category_colors(ctx).values():
        assert contrast(color, "#ffffff") >= AAA
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.styleSheet() == style_sheet(HIGH_CONTRAST, 1.0)
    assert "2px solid #000000" in window.styleSheet()


def test_disabled_fields_read_like_text(qapp, restore_hooks):
    """A finalised assessment shows its answers in disabled fields."""
    apply_palette(qapp, NORMAL)
    palette = qapp.palette()
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        text = palette.color(disabled, role).name()
        assert contrast(text, palette.color(disabled, QPalette.ColorRole.Base).name()) >= AA
        assert contrast(text, palette.color(disabled, QPalette.ColorRole.Window).name()) >= AA


def test_no_category_badge_before_the_answers_are_in(qtbot):
    instrument = registry().get("kesehatan-usp-2016")
    panel = PreviewPanel("id")
    qtbot.addWidget(panel)
    panel.show()
    empty = instrument.preview({})
    assert not empty.complete and empty.category == "Dalam Pengawasan Khusus"
    panel.show_result(empty)
    assert panel.badge.isHidden()
    assert panel.state.text()  # "provisional: some answers are missing"


def test_window_fills_a_laptop_screen():
    assert fills_small_screen(QSize(1366, 728), QSize(1366, 768))
    assert fills_small_screen(QSize(1280, 680), QSize(1280, 720))
    assert not fills_small_screen(QSize(1920, 1040), QSize(1920, 1080))


def test_main_window_opens_maximised_on_a_small_screen(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.screen().size().width() <= 1366  # the offscreen test screen
    assert window.isMaximized()
