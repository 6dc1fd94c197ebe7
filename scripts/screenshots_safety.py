"""Render the Sampah (trash), a confirmation and the offer of unfinished work on demo data to
PNG files (for review).

    python scripts/screenshots_safety.py [--out docs/screenshots]

A 1x demo dataset is generated into a temporary folder; a draft, a finding with its follow-ups
and a row of an assessment are deleted the way a mentor would, then the main window with the
*Sampah…* button, the question *Buang draf* asks, and the Sampah dialog are grabbed; then a
finding and profile changes left unsaved (as by a crash) are offered back as at a start.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from screenshots import SIZE, demo_data  # noqa: E402

from kopdes_desktop.core.services import drafts, form_drafts, trash  # noqa: E402
from kopdes_desktop.store.models import Cooperative, Finding  # noqa: E402
from kopdes_desktop.ui import i18n, workers  # noqa: E402
from kopdes_desktop.ui.context import AppContext  # noqa: E402
from kopdes_desktop.ui.dialogs.confirm import ConfirmDialog  # noqa: E402
from kopdes_desktop.ui.dialogs.draft_recovery import (  # noqa: E402
    DraftRecoveryDialog,
    pending_drafts,
    pending_forms,
)
from kopdes_desktop.ui.main_window import MainWindow  # noqa: E402
from kopdes_desktop.ui.views.trash_view import TrashDialog  # noqa: E402
from kopdes_desktop.ui.widgets.style import STYLE_SHEET  # noqa: E402


def _delete_some(ctx: AppContext) -> str:
    """A finding and a row of an assessment go to the trash; returns a draft to discard."""
    waiting = pending_drafts(ctx)
    with ctx.store.session() as session:
        finding = session.query(Finding).filter_by(deleted=False).first()
        drafts.remove_finding(session, finding.id)
        trash.keep_repeat_row(
            session,
            waiting[1].id,
            "unit_usaha",
            1,
            {"jenis_unit": "SEMBAKO", "status": "OPERATING"},
        )
    return waiting[0].id


def _leave_unsaved(ctx: AppContext) -> None:
    """What a crash leaves: a finding and profile changes typed and not saved."""
    with ctx.store.session() as session:
        finding = session.query(Finding).filter_by(deleted=False).first()
        name = session.get(Cooperative, finding.cooperative_id).name
        form_drafts.keep(
            session,
            "finding",
            f"new:{finding.visit_id}",
            {"temuan": "Stok gerai sembako kosong dua minggu"},
            {"visit_id": finding.visit_id, "cooperative": name},
        )
        form_drafts.keep(
            session,
            "monthly_note",
            date.today().strftime("%Y-%m"),
            {"issues": "Jalan ke Long Beluah putus", "plans": ""},
        )


def _grab_modal(target: Path, done: list[Path]) -> None:
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, ConfirmDialog):
        QTimer.singleShot(20, lambda: _grab_modal(target, done))
        return
    dialog.setStyleSheet(STYLE_SHEET)
    QApplication.processEvents()
    dialog.grab().save(str(target))
    done.append(target)
    dialog.action_button.click()


def render(out: Path) -> list[Path]:
    app = QApplication.instance() or QApplication([])
    i18n.install_translators(app, "id")
    workers.set_synchronous(True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="kopdes-shots-") as scratch:
        ctx = AppContext.open(demo_data(Path(scratch) / "data"), fixed_today=date.today())
        try:
            draft_id = _delete_some(ctx)
            window = MainWindow(ctx)
            window.show()
            window.showNormal()  # it opens maximised on a small screen, as offscreen's is
            window.resize(*SIZE)
            window.navigate("assessment", draft_id)
            app.processEvents()
            window.grab().save(str(out / "kunjungan-penilaian-tombol-sampah.png"))
            written.append(out / "kunjungan-penilaian-tombol-sampah.png")
            editor = window.view("visit")
            panel = editor.panel_for(draft_id)
            QTimer.singleShot(0, lambda: _grab_modal(out / "dialog-buang-draf.png", written))
            panel.discard_button.click()
            dialog = TrashDialog(ctx, window)
            dialog.setStyleSheet(STYLE_SHEET)
            dialog.show()
            app.processEvents()
            dialog.grab().save(str(out / "sampah.png"))
            written.append(out / "sampah.png")
            dialog.close()
            _leave_unsaved(ctx)
            recovery = DraftRecoveryDialog(ctx, pending_drafts(ctx), window, pending_forms(ctx))
            recovery.setStyleSheet(STYLE_SHEET)
            recovery.show()
            app.processEvents()
            recovery.grab().save(str(out / "dialog-pekerjaan-belum-selesai.png"))
            written.append(out / "dialog-pekerjaan-belum-selesai.png")
            recovery.close()
            window.close()
        finally:
            ctx.close()
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args()
    for path in render(Path(args.out)):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
