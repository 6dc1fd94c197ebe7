"""The live score preview beside the form: total, category in its colour, aspects."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.core.formatting import number
from kopdes_desktop.core.instruments import ScoreResult


def readable_text(color: str) -> str:
    """Black or white, whichever reads better on ``color`` (``#rrggbb``)."""
    try:
        r, g, b = (int(color.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
    except ValueError:
        return "#000000"
    return "#000000" if 0.299 * r + 0.587 * g + 0.114 * b > 150 else "#ffffff"


class CategoryBadge(QLabel):
    """The category name on its colour."""

    def show_category(self, text: str, color: str) -> None:
        self.setText(text)
        self.setStyleSheet(
            f"background: {color}; color: {readable_text(color)}; border-radius: 4px;"
            "padding: 3px 8px; font-weight: bold;"
        )
        self.setVisible(bool(text))


class PreviewPanel(QFrame):
    """Shows a :class:`ScoreResult` as the mentor types."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(230)
        self.setMaximumWidth(290)
        self.heading = QLabel(self.tr("Score preview"))
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.total = QLabel("–")
        big = self.total.font()
        big.setPointSizeF(big.pointSizeF() * 2)
        big.setBold(True)
        self.total.setFont(big)
        self.badge = CategoryBadge()
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setStyleSheet("color: #5f6368;")
        self.grid = QGridLayout()
        self.grid.setVerticalSpacing(2)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8a5300;")
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.total, self.badge, self.state):
            layout.addWidget(widget)
        layout.addLayout(self.grid)
        layout.addWidget(self.warnings)
        layout.addStretch(1)
        self._bars: dict[str, tuple[QLabel, QProgressBar]] = {}

    def set_final(self, final: bool) -> None:
        """A final assessment shows its score, not a preview."""
        self.heading.setText(self.tr("Score") if final else self.tr("Score preview"))

    def show_result(self, result: ScoreResult | None) -> None:
        if result is None:
            self.total.setText("–")
            self.badge.hide()
            return
        self.total.setText(
            f"{number(result.total, 2, self.language)} / "
            f"{number(result.max_total, 0, self.language)}"
        )
        label = result.category_en if self.language.startswith("en") else result.category
        # Before every required answer is in, a category would judge the blanks (0/100 reads
        # "Dalam Pengawasan Khusus"): the badge waits for a complete score.
        self.badge.show_category(label if result.complete else "", result.category_color)
        self.state.setText(
            ""
            if result.complete
            else self.tr("Provisional: some answers are missing or not valid yet.")
        )
        for row, aspect in enumerate(result.aspects):
            if aspect.id not in self._bars:
                title = QLabel()
                title.setWordWrap(True)
                bar = QProgressBar()
                bar.setRange(0, 100)
                bar.setMaximumHeight(14)
                bar.setTextVisible(False)
                self.grid.addWidget(title, row * 2, 0)
                self.grid.addWidget(bar, row * 2 + 1, 0)
                self._bars[aspect.id] = (title, bar)
            title, bar = self._bars[aspect.id]
            name = aspect.title_en if self.language.startswith("en") else aspect.title_id
            title.setText(
                f"{name}: {number(aspect.score, 2, self.language)} / "
                f"{number(aspect.max, 0, self.language)}"
            )
            bar.setValue(round(aspect.percent))
        warnings = result.warnings_en if self.language.startswith("en") else result.warnings
        # while answers are missing every component warns; that list says nothing new
        shown = warnings[:6] if result.complete else ()
        self.warnings.setText("\n".join(f"• {w}" for w in shown))
