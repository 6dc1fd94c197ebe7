"""The pieces the main window is built from: the base class of its pages, the frame each page
sits in, the stand-in for pages not loaded yet, and the rule for opening maximised."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

SMALL_SCREEN = QSize(1366, 768)
"""On a screen this size or smaller the window opens maximised (a mentor's laptop)."""


def fills_small_screen(available: QSize, full: QSize) -> bool:
    """Whether the window should open maximised on a screen of this size."""
    return (
        full.width() <= SMALL_SCREEN.width()
        or full.height() <= SMALL_SCREEN.height()
        or available.width() <= SMALL_SCREEN.width()
    )


class PageView(QWidget):
    """A page of the main window: one of its views, or the stand-in shown while loading.

    :meth:`refresh` reloads what the page shows (F5, or a page shown again after a change
    elsewhere). A page that reads its data off the GUI thread sets :attr:`is_loading` while it
    does and emits :attr:`loaded` once the data is on screen; the window counts its status bar
    after that.
    """

    loaded = Signal()
    is_loading: bool = False

    def refresh(self) -> None:
        """Reload the page's data."""
        raise NotImplementedError(f"{type(self).__name__} does not say how it reloads")

    def current_cooperative_id(self) -> str | None:
        """The cooperative the page shows or has selected, for Ctrl+N; None on most pages."""
        return None


class PageFrame(QScrollArea):
    """Holds one page: the page fills the space, and scrolls instead of being squeezed (or
    widening the window beyond the screen) when a large font needs more room than a laptop
    screen has."""

    def __init__(self, page: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageFrame")
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setWidget(page)


class LoadingPage(PageView):
    """Stands in for every page while the data is being opened: its title and a calm note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.note = QLabel(self.tr("Loading data…"))
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def set_title(self, title: str) -> None:
        self.heading.setText(title)

    def refresh(self) -> None:
        """Nothing to reload: the page is replaced once the data is open."""
