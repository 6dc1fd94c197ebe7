"""Render every main view on demo data to PNG files (for the README and for review).

    python scripts/screenshots.py [--data-dir DEMO_FOLDER] [--out docs/screenshots] [--lang id]

Without ``--data-dir`` a 1x demo dataset is generated into a temporary folder first. Each
screenshot is one entry of :data:`SHOTS`: a file name and a function that puts the main window
(1366x768) in the state to capture and returns the widget to grab. Add a view by appending an
entry.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

from kopdes_desktop.core.services import cooperatives, followups, mentors  # noqa: E402
from kopdes_desktop.paths import DataPaths  # noqa: E402
from kopdes_desktop.store.db import Store  # noqa: E402
from kopdes_desktop.ui import i18n, workers  # noqa: E402
from kopdes_desktop.ui.context import AppContext  # noqa: E402
from kopdes_desktop.ui.main_window import MainWindow  # noqa: E402
from kopdes_desktop.ui.widgets.style import STYLE_SHEET  # noqa: E402

sys.path.insert(0, str(ROOT / "scripts"))
from screenshots_sync import SYNC_SHOTS  # noqa: E402

SIZE = (1366, 768)
Shot = Callable[[MainWindow], QWidget]


def _my_cooperative(window: MainWindow) -> str:
    """The first cooperative of this laptop's mentor with an open follow-up."""
    ctx = window.ctx
    with ctx.store.read() as session:
        me = mentors.self_mentor(session)
        mine = mentors.assigned_cooperative_ids(session, me.id) if me else set()
        actions = followups.list_actions(session, today=ctx.today())
        summaries = cooperatives.list_summaries(session, ctx.today())
    for action in actions:
        if action.cooperative_id in mine:
            return action.cooperative_id
    return summaries[0].id


def page(name: str, record: Callable[[MainWindow], str] | None = None) -> Shot:
    """A shot of main-window page ``name`` (at ``record(window)`` when given)."""

    def shoot(window: MainWindow) -> QWidget:
        window.navigate(name, record(window) if record else "")
        return window

    return shoot


def cooperative_tab(index: int) -> Shot:
    def shoot(window: MainWindow) -> QWidget:
        window.navigate("cooperative", _my_cooperative(window))
        window.view("cooperative").tabs.setCurrentIndex(index)
        return window

    return shoot


def koperasi_search(window: MainWindow) -> QWidget:
    window.navigate("koperasi")
    view = window.view("koperasi")
    view.search.setText("malinau")
    view.mine.setChecked(False)
    return window


def close_action_dialog(window: MainWindow) -> QWidget:
    from kopdes_desktop.ui.dialogs.close_action import CloseActionDialog

    with window.ctx.store.read() as session:
        action = followups.list_actions(session, today=window.ctx.today())[0]
    dialog = CloseActionDialog(window.ctx, action.id, window)
    dialog.setStyleSheet(STYLE_SHEET)
    return dialog


def _draft_assessment(window: MainWindow) -> str:
    """The most recently edited draft assessment (the demo leaves a few half done)."""
    from kopdes_desktop.ui.dialogs.draft_recovery import pending_drafts

    return pending_drafts(window.ctx)[0].id


def _visit_with_finding(window: MainWindow) -> str:
    from kopdes_desktop.store.models import Finding

    with window.ctx.store.read() as session:
        return session.query(Finding).filter_by(deleted=False).first().visit_id


def visit_editor_tab(index: int) -> Shot:
    """The visit editor at tab ``index`` (0 visit, 1 assessments, 2 findings, 3 follow-ups)."""

    def shoot(window: MainWindow) -> QWidget:
        if index == 1:
            window.navigate("assessment", _draft_assessment(window))
        else:
            window.navigate("visit", _visit_with_finding(window))
        window.view("visit").tabs.setCurrentIndex(index)
        return window

    return shoot


def visit_finalize_problems(window: MainWindow) -> QWidget:
    window.navigate("assessment", _draft_assessment(window))
    editor = window.view("visit")
    editor.panels[editor.assessment_tabs.currentIndex()].finalize(confirm=False)
    return window


def new_visit_dialog(window: MainWindow) -> QWidget:
    from kopdes_desktop.ui.dialogs.visit_dialog import VisitDialog

    dialog = VisitDialog(window.ctx, None, _my_cooperative(window), window)
    dialog.setStyleSheet(STYLE_SHEET)
    return dialog


def finding_dialog(window: MainWindow) -> QWidget:
    from kopdes_desktop.ui.dialogs.finding_dialog import FindingDialog

    dialog = FindingDialog(window.ctx, _visit_with_finding(window), None, window)
    dialog.setStyleSheet(STYLE_SHEET)
    return dialog


SHOTS: list[tuple[str, Shot]] = [
    ("beranda", page("beranda")),
    ("koperasi", page("koperasi")),
    ("koperasi-cari", koperasi_search),
    ("koperasi-profil", cooperative_tab(0)),
    ("koperasi-unit-pengurus", cooperative_tab(1)),
    ("koperasi-kunjungan", cooperative_tab(3)),
    ("koperasi-penilaian", cooperative_tab(4)),
    ("koperasi-tindak-lanjut", cooperative_tab(5)),
    ("kunjungan", page("kunjungan")),
    ("tindak-lanjut", page("tindak_lanjut")),
    ("laporan", page("laporan")),
    ("sinkronisasi", page("sinkronisasi")),
    ("pengaturan", page("pengaturan")),
    ("dialog-tutup-tindak-lanjut", close_action_dialog),
    ("kunjungan-rincian", visit_editor_tab(0)),
    ("kunjungan-penilaian", visit_editor_tab(1)),
    ("kunjungan-finalisasi-masalah", visit_finalize_problems),
    ("kunjungan-temuan", visit_editor_tab(2)),
    ("kunjungan-tindak-lanjut", visit_editor_tab(3)),
    ("dialog-kunjungan-baru", new_visit_dialog),
    ("dialog-temuan", finding_dialog),
]
SHOTS += SYNC_SHOTS  # last: they change the store (a province round trip)


def demo_data(folder: Path) -> DataPaths:
    from kopdes_desktop.core import demo

    paths = DataPaths(folder)
    store = Store.open(paths)
    try:
        demo.generate(store, scale=1)
    finally:
        store.close()
    return paths


def render(paths: DataPaths, out: Path, language: str) -> list[Path]:
    """Write one PNG per entry of :data:`SHOTS` into ``out``."""
    app = QApplication.instance() or QApplication([])
    i18n.install_translators(app, language)
    workers.set_synchronous(True)  # each page is filled before it is grabbed
    ctx = AppContext.open(paths, fixed_today=date.today())
    out.mkdir(parents=True, exist_ok=True)
    written = []
    try:
        window = MainWindow(ctx)
        window.show()
        window.showNormal()  # it opens maximised on a small screen, as offscreen's is
        window.resize(*SIZE)
        window.refresh_status()
        for name, shoot in SHOTS:
            widget = shoot(window)
            if isinstance(widget, QDialog):
                widget.show()
            for _ in range(3):
                app.processEvents()
            target = out / f"{name}.png"
            widget.grab().save(str(target))
            written.append(target)
            if isinstance(widget, QDialog):
                widget.close()
                widget.deleteLater()
        window.close()
    finally:
        QTimer.singleShot(0, app.quit)
        ctx.close()
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", help="an existing demo data folder (copied first)")
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--lang", default="id", choices=i18n.LANGUAGES)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kopdes-shots-") as scratch:
        folder = Path(scratch) / "data"
        if args.data_dir:
            shutil.copytree(args.data_dir, folder)
            paths = DataPaths(folder)
        else:
            paths = demo_data(folder)
        for path in render(paths, Path(args.out), args.lang):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
