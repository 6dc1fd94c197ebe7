"""Render a new visit's prefilled forms on demo data to PNG files (for review).

    python scripts/screenshots_prefill.py [--out docs/screenshots]

A 1x demo dataset is generated into a temporary folder; a cooperative with an operating
savings-and-loan unit and a final KDKMP assessment gets a new visit with both instruments,
the USP form partly typed. Grabbed: the KDKMP form's first section (answers from the previous
assessment and the profile, with their source), its finances (facts shown from the USP form),
the USP management checklist, and the profile update offered after finalizing.
"""

from __future__ import annotations

import argparse
import os
import random
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

from kopdes_desktop.core.instruments import example_answers  # noqa: E402
from kopdes_desktop.core.instruments.shared_facts import KDKMP, USP  # noqa: E402
from kopdes_desktop.core.services import assessments, visits  # noqa: E402
from kopdes_desktop.store.models import Assessment, BusinessUnit  # noqa: E402
from kopdes_desktop.ui import i18n, workers  # noqa: E402
from kopdes_desktop.ui.context import AppContext  # noqa: E402
from kopdes_desktop.ui.dialogs.profile_update import ProfileUpdateDialog  # noqa: E402
from kopdes_desktop.ui.main_window import MainWindow  # noqa: E402
from kopdes_desktop.ui.widgets.style import STYLE_SHEET  # noqa: E402


def _cooperative(ctx: AppContext) -> str:
    """A cooperative whose savings-and-loan unit operates and that has a final KDKMP one."""
    with ctx.store.read() as session:
        with_usp = {
            u.cooperative_id
            for u in session.query(BusinessUnit).filter_by(
                kind="SIMPAN_PINJAM", status="OPERATING", deleted=False
            )
        }
        finals = session.query(Assessment).filter_by(
            instrument_id=KDKMP, status="FINAL", deleted=False
        )
        return next(a.cooperative_id for a in finals if a.cooperative_id in with_usp)


def _visit_with_usp_typed(ctx: AppContext, coop_id: str) -> str:
    """A visit of today whose USP form holds its figures (the KDKMP one not started yet)."""
    answers = example_answers(ctx.instruments.get(USP), random.Random(9), 0.7)
    with ctx.store.session() as session:
        visit = visits.create(
            session,
            coop_id,
            visit_date=ctx.today(),
            purpose="Penilaian kesiapan usaha",
            today=ctx.today(),
        )
        row = assessments.start(
            session, ctx.instruments, coop_id, USP, visit_id=visit.id, assessed_on=ctx.today()
        )
        assessments.save_draft(session, ctx.instruments, row.id, answers)
        return visit.id


def _grab(app: QApplication, widget, target: Path) -> Path:  # type: ignore[no-untyped-def]
    for _ in range(3):
        app.processEvents()
    widget.grab().save(str(target))
    return target


def render(out: Path, language: str) -> list[Path]:
    app = QApplication.instance() or QApplication([])
    i18n.install_translators(app, language)
    workers.set_synchronous(True)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory(prefix="kopdes-prefill-") as scratch:
        ctx = AppContext.open(demo_data(Path(scratch) / "data"), fixed_today=date.today())
        try:
            window = MainWindow(ctx)
            window.show()
            window.showNormal()
            window.resize(*SIZE)
            visit_id = _visit_with_usp_typed(ctx, _cooperative(ctx))
            window.navigate("visit", visit_id)
            editor = window.view("visit")
            editor.start_assessments([KDKMP])
            usp, kdkmp = editor.panels
            form = kdkmp.form
            form.focus_path("jumlah_anggota")
            written.append(_grab(app, window, out / "kunjungan-penilaian-prefill.png"))
            form.go_to_page(form.section_of["kas"])
            form.focus_path("kas")
            written.append(_grab(app, window, out / "kunjungan-penilaian-fakta-bersama.png"))
            editor.assessment_tabs.setCurrentWidget(usp)
            usp.form.focus_path("manajemen_umum_ya")
            checklist = usp.form.rows["manajemen_umum_ya"].field
            boxes = list(checklist.boxes.values())
            for index in (0, 1, 2, 4, 5, 6, 8, 11, 3, 7, 9, 10)[: checklist.value()]:
                boxes[index].click()  # ticked one by one, as the mentor does
            written.append(_grab(app, window, out / "kunjungan-daftar-periksa.png"))
            kdkmp.save_now()
            typed = example_answers(ctx.instruments.get(KDKMP), random.Random(4), 0.8)
            with ctx.store.session() as session:  # the form as if typed to the end
                assessments.save_draft(session, ctx.instruments, kdkmp.assessment_id, typed)
                assessments.finalize(session, ctx.instruments, kdkmp.assessment_id)
            dialog = ProfileUpdateDialog.offer(window, ctx, kdkmp.assessment_id)
            if dialog is not None:
                dialog.setStyleSheet(STYLE_SHEET)
                dialog.adjustSize()
                written.append(_grab(app, dialog, out / "dialog-perbarui-profil.png"))
                dialog.reject()
            window.close()
        finally:
            QTimer.singleShot(0, app.quit)
            ctx.close()
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--lang", default="id", choices=i18n.LANGUAGES)
    args = parser.parse_args()
    for path in render(Path(args.out), args.lang):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
