"""Screenshots of the first run, help, About, large font and high contrast (for review).

    python scripts/screenshots_firstrun.py [--data-dir DEMO_FOLDER] [--out docs/screenshots]

The first-run guide is rendered over an empty data folder; the rest over the 1x demo data
(generated into a temporary folder unless ``--data-dir`` names one, which is copied first).
Every main window is 1366x768, a mentor's laptop screen.
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

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from kopdes_desktop.core.services import assessments, followups  # noqa: E402
from kopdes_desktop.paths import DataPaths  # noqa: E402
from kopdes_desktop.settings import Settings  # noqa: E402
from kopdes_desktop.store.db import Store  # noqa: E402
from kopdes_desktop.ui import i18n, workers  # noqa: E402
from kopdes_desktop.ui.app import apply_look  # noqa: E402
from kopdes_desktop.ui.context import AppContext  # noqa: E402
from kopdes_desktop.ui.main_window import MainWindow  # noqa: E402

SIZE = (1366, 768)


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def _window(ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    window.show()
    window.showNormal()
    window.resize(*SIZE)
    window.refresh_status()
    return window


def _save(widget: QWidget, target: Path, written: list[Path]) -> None:
    _settle(QApplication.instance())
    widget.grab().save(str(target))
    written.append(target)


def first_run(folder: Path, out: Path, written: list[Path]) -> None:
    """The guide over an empty data folder."""
    ctx = AppContext.open(DataPaths(folder), fixed_today=date.today())
    try:
        window = _window(ctx)
        _save(window, out / "mulai-panduan.png", written)
        window.navigate("koperasi")
        _save(window, out / "mulai-koperasi-kosong.png", written)
        window.close()
    finally:
        workers.wait_all()
        ctx.close()


def _focus_question(window: MainWindow, ctx: AppContext) -> None:
    """Open a draft assessment and put the cursor on its first question."""
    from kopdes_desktop.ui.forms.instrument_form import InstrumentForm

    with ctx.store.read() as session:
        draft = assessments.drafts(session)[0].id
    window.navigate("assessment", draft)
    _settle(QApplication.instance())
    form = window.current_view().findChildren(InstrumentForm)[0]
    form.pages.setCurrentIndex(0)
    row = next(iter(form.rows.values()))
    window.activateWindow()
    row.field.focus_target().setFocus()
    _settle(QApplication.instance())


def demo_views(paths: DataPaths, out: Path, written: list[Path]) -> None:
    """Help, About, then the main views at 160 % font and in high contrast."""
    app = QApplication.instance()
    ctx = AppContext.open(paths, fixed_today=date.today())
    try:
        window = _window(ctx)
        window.navigate("koperasi")
        window.show_help()
        _save(window.help_dialog, out / "bantuan-f1-halaman.png", written)
        window.help_dialog.close()
        _focus_question(window, ctx)
        window.show_help()
        _save(window.help_dialog, out / "bantuan-f1-pertanyaan.png", written)
        window.help_dialog.close()
        window.show_about()
        _save(window.about_dialog, out / "tentang.png", written)
        window.about_dialog.close()
        window.close()
        _looks(app, paths, ctx, out, written)
    finally:
        workers.wait_all()
        ctx.close()


def _looks(
    app: QApplication, paths: DataPaths, ctx: AppContext, out: Path, written: list[Path]
) -> None:
    with ctx.store.read() as session:
        coop = followups.list_actions(session, today=ctx.today())[0].cooperative_id
    views: list[tuple[str, str, Callable[[], str]]] = [
        ("beranda", "beranda", str),
        ("koperasi", "koperasi", str),
        ("koperasi-halaman", "cooperative", lambda: coop),
        ("kunjungan", "kunjungan", str),
        ("tindak-lanjut", "tindak_lanjut", str),
        ("pengaturan", "pengaturan", str),
    ]
    for prefix, font, contrast in (("huruf-160", 160, False), ("kontras-tinggi", 100, True)):
        ctx.settings.set("font_scale", font)
        ctx.settings.set("high_contrast", contrast)
        ctx._category_colors = None
        apply_look(app, ctx.settings)
        window = _window(ctx)
        for name, page, record in views:
            if contrast and name not in ("beranda", "koperasi", "tindak-lanjut"):
                continue
            window.navigate(page, record())
            _save(window, out / f"{prefix}-{name}.png", written)
        window.close()
        window.deleteLater()
    ctx.settings.set("font_scale", 100)
    ctx.settings.set("high_contrast", False)
    apply_look(app, Settings(paths.settings_file))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", help="an existing demo data folder (copied first)")
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    i18n.install_translators(app, "id")
    workers.set_synchronous(True)  # each page is filled before it is grabbed
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="kopdes-shots-") as scratch:
        first_run(Path(scratch) / "empty", out, written)
        folder = Path(scratch) / "demo"
        if args.data_dir:
            shutil.copytree(args.data_dir, folder)
        else:
            from kopdes_desktop.core import demo

            store = Store.open(DataPaths(folder))
            try:
                demo.generate(store, scale=1)
            finally:
                store.close()
        demo_views(DataPaths(folder), out, written)
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
