"""Screenshots of the RAT deadline and the financing monitor on demo data (Indonesian):
the financing dialog refusing a disbursement above the ceiling, the cooperative page with its
RAT and financing flags, Beranda, and the assessment report page that prints them.

    python scripts/screenshots_health.py [--out docs/screenshots]

Needs pdftoppm (poppler-utils) for the report page.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from PySide6.QtWidgets import QApplication  # noqa: E402
from screenshots import SIZE, demo_data  # noqa: E402

from kopdes_desktop.core.instruments.examples import example_answers  # noqa: E402
from kopdes_desktop.core.services import financing, mentors  # noqa: E402
from kopdes_desktop.paths import DataPaths  # noqa: E402
from kopdes_desktop.reports.api import assessment_pdf  # noqa: E402
from kopdes_desktop.store.models import Assessment  # noqa: E402
from kopdes_desktop.ui import i18n, workers  # noqa: E402
from kopdes_desktop.ui.context import AppContext  # noqa: E402
from kopdes_desktop.ui.main_window import MainWindow  # noqa: E402
from kopdes_desktop.ui.views.cooperative_page import HEALTH  # noqa: E402
from kopdes_desktop.ui.widgets.style import STYLE_SHEET  # noqa: E402


def _stress(ctx: AppContext) -> tuple[str, str]:
    """A financing with growing arrears and a final 2021 assessment short of cash, on the first
    cooperative of this laptop's mentor; its id and the assessment's."""
    today = ctx.today()
    with ctx.store.session() as session:
        me = mentors.self_mentor(session)
        coop_id = sorted(mentors.assigned_cooperative_ids(session, me.id))[0]
        fid = financing.save(
            session,
            coop_id,
            lender="BRI",
            ceiling=3_000_000_000,
            disbursed=1_000_000_000,
            disbursed_on=today - timedelta(days=300),
            rate_pct=6.0,
            tenor_months=72,
            grace_months=6,
            today=today,
        )
        financing.pay(session, fid, today - timedelta(days=270), 5_000_000, today)
        financing.record_arrears(session, fid, today - timedelta(days=60), 5_000_000, today)
        financing.record_arrears(session, fid, today - timedelta(days=5), 22_826_273, today)
        instrument = ctx.instruments.get("kesehatan-koperasi-2021")
        answers = example_answers(instrument, random.Random(11), 0.55) | {
            "kas": 12_500_000,
            "bank": 18_000_000,
        }
        row = Assessment(
            cooperative_id=coop_id,
            instrument_id=instrument.id,
            instrument_version=instrument.version,
            answers=answers,
            result=instrument.score(answers).to_dict(),
            status="FINAL",
            assessed_on=today,
        )
        session.add(row)
        session.flush()
        return coop_id, row.id


def _grab(app: QApplication, widget, target: Path) -> Path:  # type: ignore[no-untyped-def]
    for _ in range(3):
        app.processEvents()
    widget.grab().save(str(target))
    return target


def render(paths: DataPaths, out: Path) -> list[Path]:
    from kopdes_desktop.ui.dialogs.financing_dialog import FinancingDialog

    app = QApplication.instance() or QApplication([])
    i18n.install_translators(app, "id")
    workers.set_synchronous(True)
    ctx = AppContext.open(paths, fixed_today=date.today())
    out.mkdir(parents=True, exist_ok=True)
    written = []
    try:
        coop_id, assessment_id = _stress(ctx)
        window = MainWindow(ctx)
        window.show()
        window.showNormal()
        window.resize(*SIZE)
        window.navigate("cooperative", coop_id)
        window.view("cooperative").tabs.setCurrentIndex(HEALTH)
        written.append(_grab(app, window, out / "koperasi-rat-pembiayaan.png"))
        window.navigate("beranda", "")
        written.append(_grab(app, window, out / "beranda-rat-pembiayaan.png"))
        dialog = FinancingDialog(ctx, coop_id, window)
        dialog.setStyleSheet(STYLE_SHEET)
        dialog.lender.setText("BNI")
        dialog.ceiling.setText("500.000.000")
        dialog.disbursed.setText("750.000.000")
        dialog.show()
        dialog._save()
        written.append(_grab(app, dialog, out / "dialog-pembiayaan.png"))
        dialog.close()
        pdf = assessment_pdf(ctx.store, ctx.paths, ctx.instruments, assessment_id)
        with tempfile.TemporaryDirectory() as scratch:
            source = Path(scratch) / "laporan.pdf"
            source.write_bytes(pdf)
            prefix = out / "laporan-penilaian-kesehatan-2021"
            subprocess.run(
                ["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "3", str(source), str(prefix)],
                check=True,
            )
        written += sorted(out.glob("laporan-penilaian-kesehatan-2021-*.png"))
        window.close()
    finally:
        ctx.close()
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kopdes-shots-") as scratch:
        paths = demo_data(Path(scratch) / "data")
        for path in render(paths, Path(args.out)):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
