"""The first-run guide Beranda shows while the laptop holds no cooperative yet.

A new installation is empty: the cooperative registry comes from the province, so empty lists
would leave a new mentor guessing. The guide names the four steps (profile, trust the
province, enrol this laptop, receive the registry), ticks off those already done, and opens
the page where each is done. The demo data opens beside it, in its own window and data folder,
so trying the app never mixes demo records into real ones.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from PySide6.QtCore import QProcess, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.core.services.dashboard import StartState
from kopdes_desktop.paths import DataPaths

DONE_MARK = "✓"


@dataclass(frozen=True)
class Step:
    """One step of the guide: where its button leads and whether it is done."""

    key: str
    page: str
    done: bool


def demo_command(paths: DataPaths) -> tuple[str, list[str]]:
    """The program and arguments that start the app on the demo profile of ``paths``."""
    arguments = ["--data-dir", str(paths.root), "--demo"]
    if getattr(sys, "frozen", False):  # the bundled executable is the app itself
        return sys.executable, arguments
    return sys.executable, ["-m", "kopdes_desktop", *arguments]


class StartGuide(QFrame):
    """Four steps with a button each, and "Open the demo data".

    :attr:`go` asks the window for a page (``navigate``); :meth:`show_state` ticks the steps
    done. :meth:`open_demo` starts the demo in a separate process.
    """

    go = Signal(str)

    def __init__(self, paths: DataPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.setObjectName("startGuide")
        self.marks: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        self._pages: dict[str, str] = {}
        self._build()

    def _texts(self) -> list[tuple[str, str, str, str]]:
        """(key, title, explanation, button) of each step, in order."""
        return [
            (
                "profile",
                self.tr("Fill in your profile"),
                self.tr(
                    "Your name and role go on every report and tell the province whose "
                    "laptop this is."
                ),
                self.tr("Open Settings"),
            ),
            (
                "trust",
                self.tr("Trust the province file"),
                self.tr(
                    "The province officer gives you a province file (USB or messaging). "
                    "Trusting it lets this laptop check what the province sends and seal "
                    "what it sends back."
                ),
                self.tr("Open Sync"),
            ),
            (
                "enrol",
                self.tr("Enrol this laptop (when online)"),
                self.tr(
                    "With the server address and the one-time code from the officer, "
                    "enrolling trusts the province too. Without a connection, exchange "
                    "files on a USB stick instead."
                ),
                self.tr("Open Sync"),
            ),
            (
                "registry",
                self.tr("Receive the cooperative registry"),
                self.tr(
                    "Your cooperatives and assignments arrive from the province: import "
                    "its reference file, or press “Sync now” once enrolled. The lists fill "
                    "in then."
                ),
                self.tr("Open Sync"),
            ),
        ]

    def _build(self) -> None:
        title = QLabel(self.tr("Getting started"))
        title.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "This laptop holds no cooperative yet. Four steps make it ready for work; each "
                "button opens the page where the step is done."
            )
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(10)
        pages = {
            "profile": "pengaturan",
            "trust": "sinkronisasi",
            "enrol": "sinkronisasi",
            "registry": "sinkronisasi",
        }
        for row, (key, heading, text, button_text) in enumerate(self._texts()):
            mark = QLabel(str(row + 1))
            mark.setObjectName("stepMark")
            side = mark.fontMetrics().height() * 2 + 4
            mark.setFixedSize(side, side)
            name = QLabel(heading)
            name.setObjectName("sectionTitle")
            explanation = QLabel(text)
            explanation.setWordWrap(True)
            button = QPushButton(button_text)
            button.clicked.connect(lambda _=False, page=pages[key]: self.go.emit(page))
            column = QVBoxLayout()
            column.addWidget(name)
            column.addWidget(explanation)
            grid.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addLayout(column, row, 1)
            grid.addWidget(button, row, 2)
            self.marks[key], self.buttons[key] = mark, button
        grid.setColumnStretch(1, 1)
        self._pages = pages
        self.demo_button = QPushButton(self.tr("Open the demo data"))
        self.demo_button.clicked.connect(self.open_demo)
        demo_note = QLabel(
            self.tr(
                "Just looking? The demo opens in its own window with 411 made-up cooperatives, "
                "kept apart from your data."
            )
        )
        demo_note.setWordWrap(True)
        demo = QHBoxLayout()
        demo.addWidget(demo_note, 1)
        demo.addWidget(self.demo_button)
        self.demo_message = QLabel()
        self.demo_message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addSpacing(12)
        layout.addLayout(demo)
        layout.addWidget(self.demo_message)
        layout.addStretch(1)

    def steps(self, state: StartState, enrolled: bool) -> list[Step]:
        """The steps and whether each is done."""
        done = {
            "profile": state.has_profile,
            "trust": state.province_trusted,
            "enrol": enrolled,
            "registry": state.cooperatives > 0,
        }
        return [Step(key, self._pages[key], done[key]) for key in self.marks]

    def show_state(self, state: StartState, enrolled: bool) -> None:
        """Tick off the steps already done."""
        for number, step in enumerate(self.steps(state, enrolled), start=1):
            mark = self.marks[step.key]
            mark.setText(DONE_MARK if step.done else str(number))
            mark.setToolTip(self.tr("Done") if step.done else self.tr("To do"))
            mark.setProperty("done", step.done)
            mark.style().unpolish(mark)
            mark.style().polish(mark)

    def open_demo(self) -> bool:
        """Start the app on the demo profile in its own process; whether it started."""
        program, arguments = demo_command(self.paths)
        started = QProcess.startDetached(program, arguments)
        ok = bool(started[0] if isinstance(started, tuple) else started)
        self.demo_message.setText(
            self.tr("The demo is starting in its own window…")
            if ok
            else self.tr("The demo could not be started.")
        )
        return ok
