"""Laporan -> Periksa laporan: the dialog reads a report's QR from a PDF page image, a PDF or
pasted text and says, in Indonesian, whether it is genuine and what it said."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from kopdes_desktop.paths import DataPaths
from kopdes_desktop.reports import ReportOptions, assessment_pdf, scan
from kopdes_desktop.ui import i18n, workers
from kopdes_desktop.ui.context import AppContext
from kopdes_desktop.ui.dialogs.verify_report import VerifyReportDialog
from kopdes_desktop.ui.views.reports_view import ReportsView

from .conftest import DEMO_TODAY

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture
def ctx(demo_template, tmp_path, qapp):  # type: ignore[no-untyped-def]
    root = tmp_path / "data"
    shutil.copytree(demo_template, root)
    workers.set_synchronous(True)
    i18n.install_translators(qapp, "id")
    context = AppContext.open(DataPaths(root), fixed_today=DEMO_TODAY)
    yield context
    workers.wait_all()
    workers.set_synchronous(False)
    i18n.install_translators(qapp, "en")
    context.close()


def _report(ctx, tmp_path: Path) -> tuple[Path, Path]:  # type: ignore[no-untyped-def]
    from kopdes_desktop.core.services import reporting

    with ctx.store.read() as session:
        assessment_id = reporting.latest_final_ids(session, "kesiapan-kdkmp")[0]
    pdf = tmp_path / "laporan.pdf"
    pdf.write_bytes(
        assessment_pdf(ctx.store, ctx.paths, ctx.instruments, assessment_id, ReportOptions())
    )
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "150",
            "-f",
            "1",
            "-l",
            "1",
            "-png",
            "-singlefile",
            str(pdf),
            str(tmp_path / "halaman"),
        ],
        check=True,
        timeout=60,
    )
    return pdf, tmp_path / "halaman.png"


def _dialog(qtbot, ctx) -> VerifyReportDialog:  # type: ignore[no-untyped-def]
    dialog = VerifyReportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _shot(qtbot, dialog: VerifyReportDialog, name: str) -> None:  # type: ignore[no-untyped-def]
    if os.environ.get("KOPDES_SCREENSHOTS"):
        qtbot.wait(100)
        dialog.grab().save(str(SHOTS / name))


def test_a_page_image_and_the_pdf_are_genuine(qtbot, ctx, tmp_path):
    pdf, png = _report(ctx, tmp_path)
    dialog = _dialog(qtbot, ctx)
    assert dialog.windowTitle() == "Periksa laporan"
    dialog.check_file(png)
    assert dialog.verdict is not None and dialog.verdict.genuine
    assert dialog.result_label.text().startswith("Asli: ditandatangani oleh perangkat ")
    assert "WITA" in dialog.details.text()
    assert dialog.details.text().startswith("Isi yang ditandatangani:")
    _shot(qtbot, dialog, "periksa-laporan.png")
    dialog.check_file(pdf)
    assert dialog.verdict.genuine


def test_pasted_text_altered_is_refused(qtbot, ctx, tmp_path):
    _, png = _report(ctx, tmp_path)
    text = scan.read_image_file(png)
    dialog = _dialog(qtbot, ctx)
    assert not dialog.check_button.isEnabled()
    dialog.text.setPlainText(text.replace("|s=", "|s=9", 1))
    assert dialog.check_button.isEnabled()
    dialog.check_button.click()
    assert dialog.verdict.status == "altered"
    assert dialog.result_label.text().startswith("Tidak asli")
    assert "tidak terjamin" in dialog.details.text()
    _shot(qtbot, dialog, "periksa-laporan-diubah.png")


def test_a_file_without_a_code_says_why(qtbot, ctx, tmp_path):
    from PIL import Image

    blank = tmp_path / "kosong.png"
    Image.new("L", (400, 300), 255).save(blank)
    dialog = _dialog(qtbot, ctx)
    dialog.check_file(blank)
    assert dialog.verdict is None
    assert "Tidak ada kode QR" in dialog.result_label.text()


def test_the_reports_page_opens_the_dialog(qtbot, ctx, monkeypatch):
    opened = []
    monkeypatch.setattr(VerifyReportDialog, "exec", lambda self: opened.append(self) or 0)
    view = ReportsView(ctx)
    qtbot.addWidget(view)
    assert view.verify_button.text() == "&Periksa laporan…"
    view.verify_button.click()
    assert len(opened) == 1 and opened[0].windowTitle() == "Periksa laporan"
