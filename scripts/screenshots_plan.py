"""Render the plan and the share buttons on demo data to PNG files (for review).

    python scripts/screenshots_plan.py [--out docs/screenshots]

A 1x demo dataset is generated into a temporary folder and a few visits are planned for the
mentor's cooperatives (today, tomorrow, later this month); then Beranda with its calendar and
week list, the dialog that plans a visit, a planned visit in the visit editor, the start-up
reminder, a visit with Cetak / Simpan PDF / Salin untuk WhatsApp, and a cooperative's page
with its print buttons are grabbed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from screenshots import SIZE, demo_data  # noqa: E402
from sqlalchemy import select  # noqa: E402

from kopdes_desktop.core.services import mentors, visits  # noqa: E402
from kopdes_desktop.store.models import Assessment, Visit  # noqa: E402
from kopdes_desktop.ui import i18n, workers  # noqa: E402
from kopdes_desktop.ui.context import AppContext  # noqa: E402
from kopdes_desktop.ui.dialogs.plan_dialog import PlanVisitDialog  # noqa: E402
from kopdes_desktop.ui.dialogs.reminders import ReminderDialog  # noqa: E402
from kopdes_desktop.ui.main_window import MainWindow  # noqa: E402
from kopdes_desktop.ui.widgets.style import STYLE_SHEET  # noqa: E402

PLANS = (
    (0, "Monitoring gerai"),
    (1, "Rapat pengurus"),
    (6, "Pendampingan pembukuan"),
    (9, "Pemutakhiran SIMKOPDES"),
    (15, "Penilaian kesiapan usaha"),
)


def _plan_some(ctx: AppContext) -> list[str]:
    """Planned visits to the mentor's cooperatives; their ids."""
    today = ctx.today()
    with ctx.store.session() as session:
        me = mentors.self_mentor(session)
        mine = sorted(mentors.assigned_cooperative_ids(session, me.id))
        return [
            visits.plan(
                session,
                mine[i % len(mine)],
                today=today,
                mentor_id=me.id,
                visit_date=today + timedelta(days=days),
                purpose=purpose,
            ).id
            for i, (days, purpose) in enumerate(PLANS)
        ]


def _visit_with_assessment(ctx: AppContext) -> str:
    with ctx.store.read() as session:
        return session.scalar(
            select(Visit.id)
            .join(Assessment, Assessment.visit_id == Visit.id)
            .where(Visit.status == "DONE")
            .order_by(Visit.visit_date.desc())
            .limit(1)
        )


def _save(widget: QWidget, target: Path, written: list[Path]) -> None:
    QApplication.processEvents()
    widget.grab().save(str(target))
    written.append(target)


def render(out: Path) -> list[Path]:
    app = QApplication.instance() or QApplication([])
    i18n.install_translators(app, "id")
    workers.set_synchronous(True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="kopdes-shots-") as scratch:
        ctx = AppContext.open(demo_data(Path(scratch) / "data"), fixed_today=date.today())
        try:
            planned = _plan_some(ctx)
            window = MainWindow(ctx)
            window.show()
            window.showNormal()
            window.resize(*SIZE)
            window.navigate("beranda")
            _save(window, out / "beranda-rencana.png", written)
            reminder = ReminderDialog.show_for(window, ctx)
            if reminder is not None:
                reminder.setStyleSheet(STYLE_SHEET)
                _save(reminder, out / "pengingat-mulai.png", written)
                reminder.close()
            dialog = PlanVisitDialog(ctx, planned[2], parent=window)
            dialog.setStyleSheet(STYLE_SHEET)
            dialog.show()
            _save(dialog, out / "dialog-rencana-kunjungan.png", written)
            dialog.close()
            window.navigate("visit", planned[1])
            _save(window, out / "kunjungan-direncanakan.png", written)
            window.navigate("visit", _visit_with_assessment(ctx))
            _save(window, out / "kunjungan-cetak-bagikan.png", written)
            with ctx.store.read() as session:
                coop_id = visits.get(session, planned[0]).cooperative_id
            window.navigate("cooperative", coop_id)
            _save(window, out / "koperasi-cetak-simpan.png", written)
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
