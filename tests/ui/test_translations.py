"""Indonesian everywhere: complete .ts files, and no English left visible in any view."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from kopdes_desktop import resources
from kopdes_desktop.core.services import followups
from kopdes_desktop.ui.dialogs.close_action import CloseActionDialog
from kopdes_desktop.ui.dialogs.crash import CrashDialog
from kopdes_desktop.ui.dialogs.member_count import MemberCountDialog
from kopdes_desktop.ui.dialogs.person import PersonDialog
from kopdes_desktop.ui.dialogs.progress import ProgressDialog
from kopdes_desktop.ui.dialogs.unit import UnitDialog
from kopdes_desktop.ui.main_window import MainWindow

from .i18n_check import untranslated_texts

TS_FILES = sorted(Path(resources.path("i18n")).glob("*.ts"))
MY_PAGES = ("beranda", "koperasi", "cooperative", "kunjungan", "tindak_lanjut", "pengaturan")


def _lrelease() -> str:
    return str(Path(sys.executable).with_name("pyside6-lrelease"))


@pytest.mark.parametrize("ts_file", TS_FILES, ids=lambda p: p.name)
def test_lrelease_reports_no_unfinished_translation(ts_file, tmp_path):
    result = subprocess.run(
        [_lrelease(), str(ts_file), "-qm", str(tmp_path / "out.qm")],
        capture_output=True,
        text=True,
        check=True,
    )
    match = re.search(r"(\d+) finished and (\d+) unfinished", result.stdout)
    assert match, result.stdout
    assert int(match.group(1)) > 0
    assert match.group(2) == "0", result.stdout


def test_every_view_and_dialog_is_in_indonesian(qtbot, demo_ctx, indonesian):
    ctx = demo_ctx
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(window.status_unsynced.text()))
    with ctx.store.read() as session:
        action = followups.list_actions(session, today=ctx.today())[0]
    window.navigate("cooperative", action.cooperative_id)
    page = window.view("cooperative")
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
    for name in MY_PAGES:
        window.navigate(name)
        problems = untranslated_texts(window)
        assert problems == [], name
    assert window.nav.item(0).text() == "Beranda"
    assert "Perubahan belum disinkronkan" in window.status_unsynced.text()
    dialogs = [
        CloseActionDialog(ctx, action.id),
        UnitDialog(ctx, action.cooperative_id, None),
        PersonDialog(ctx, action.cooperative_id, "PENGAWAS", None),
        MemberCountDialog(ctx, action.cooperative_id),
        CrashDialog("Traceback ...", ctx.paths.logs / "kopdes.log"),
        ProgressDialog(None, "Cadangan", "Menulis…", cancellable=True),
        *_health_dialogs(ctx, action.cooperative_id),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert untranslated_texts(dialog) == [], type(dialog).__name__
    save = dialogs[1].buttons.button(QDialogButtonBox.StandardButton.Save)
    cancel = dialogs[1].buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert (save.text(), cancel.text()) == ("Simpan", "Batal")


def _health_dialogs(ctx, cooperative_id):  # type: ignore[no-untyped-def]
    """The RAT and financing dialogs, over a financing made for them."""
    from kopdes_desktop.core.services import financing
    from kopdes_desktop.ui.dialogs.financing_dialog import FinancingDialog
    from kopdes_desktop.ui.dialogs.financing_entry import ARREARS, FinancingEntryDialog
    from kopdes_desktop.ui.dialogs.rat_dialog import RatDialog

    with ctx.store.session() as session:
        fid = financing.save(
            session,
            cooperative_id,
            lender="BRI",
            ceiling=10**9,
            disbursed=10**9,
            disbursed_on=ctx.today(),
            rate_pct=6.0,
            tenor_months=72,
            grace_months=6,
            today=ctx.today(),
        )
    return [
        FinancingDialog(ctx, cooperative_id),
        RatDialog(ctx, cooperative_id),
        FinancingEntryDialog(ctx, fid, "BRI", ARREARS),
    ]


def test_the_checker_finds_english_left_behind(qtbot, indonesian):
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    layout.addWidget(QLabel("Beranda"))
    layout.addWidget(QPushButton("Save profile"))
    assert untranslated_texts(root) == ["QPushButton: 'Save profile'"]
