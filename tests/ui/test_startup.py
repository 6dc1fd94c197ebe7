"""Shell first, data after: the window is on screen and usable before the store is open."""

from __future__ import annotations

import json
import random
import sqlite3
import subprocess
import sys
import threading

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QApplication, QProgressDialog

from kopdes_desktop.core.instruments import example_answers, registry
from kopdes_desktop.core.services import assessments, cooperatives
from kopdes_desktop.settings import Settings
from kopdes_desktop.store import backup
from kopdes_desktop.store.db import Store
from kopdes_desktop.ui import app as app_module
from kopdes_desktop.ui import workers
from kopdes_desktop.ui.context import AppContext
from kopdes_desktop.ui.dialogs.draft_recovery import DraftRecoveryDialog
from kopdes_desktop.ui.main_window import NAV_PAGES, LoadingPage, MainWindow
from kopdes_desktop.ui.startup import StoreLoader
from kopdes_desktop.ui.views.cooperatives import CooperativesView
from kopdes_desktop.ui.views.home import HomeView

from .conftest import TODAY
from .seed import INSTRUMENT
from .windows import shown

SHELL_IMPORTS = """
import json, sys
from kopdes_desktop.ui.app import main
print(json.dumps(sorted(name for name in sys.modules
                        if name.startswith(("sqlalchemy", "alembic", "kopdes_desktop.store",
                                            "kopdes_desktop.core.services")))))
"""


def _new_main_window(before: list[object]) -> MainWindow | None:
    return next(
        (
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible() and not any(w is old for old in before)
        ),
        None,
    )


def _when_window_shown(action) -> None:  # type: ignore[no-untyped-def]
    """Run ``action(window)`` as soon as main() has shown its window (a new one)."""
    # The widgets themselves, not their ids: a window deleted meanwhile could leave its id to
    # the new one.
    before: list[object] = list(QApplication.topLevelWidgets())

    def look() -> None:
        window = _new_main_window(before)
        if window is None:
            QTimer.singleShot(1, look)
        else:
            action(window)

    QTimer.singleShot(0, look)


def test_the_shell_imports_nothing_of_the_store_layer():
    out = subprocess.run(
        [sys.executable, "-c", SHELL_IMPORTS], capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(out) == []


def test_the_shell_navigates_before_the_data_is_open(qtbot, seeded_paths, qapp):
    workers.set_synchronous(True)
    window = shown(qtbot, MainWindow.shell(seeded_paths, Settings(seeded_paths.settings_file)))
    assert window.loading
    assert isinstance(window.current_view(), LoadingPage)
    assert window.current_view().note.text() == "Loading data…"
    assert window.current_view().heading.text() == "Home"
    assert str(seeded_paths.root) in window.status_folder.text()
    window.nav.setCurrentRow(NAV_PAGES.index("tindak_lanjut"))
    assert window.current_view().heading.text() == "Follow-ups"
    qtbot.waitUntil(lambda: len(window.findChildren(QShortcut)) == 12)  # made after the paint
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.nav.currentRow() == NAV_PAGES.index("koperasi")
    assert window.current_view().heading.text() == "Cooperatives"
    ctx = AppContext.open(seeded_paths, fixed_today=TODAY, settings=window.settings)
    try:
        window.attach(ctx)
        assert not window.loading
        assert isinstance(window.current_view(), CooperativesView)
        assert window.view("koperasi").search.hasFocus()
        assert window.view("koperasi").model.rowCount() == 8
        qtbot.waitUntil(lambda: "8 cooperatives" in window.status_counts.text())
        ctx.events.navigate.emit("beranda", "")
        assert isinstance(window.current_view(), HomeView)
    finally:
        workers.set_synchronous(False)
        ctx.close()


def test_main_shows_the_shell_first_then_fills_beranda(
    seeded_paths, restore_hooks, monkeypatch, capsys
):
    monkeypatch.setenv(app_module.STARTUP_PROBE_ENV, "1")
    seen: dict[str, object] = {}

    def shown(window: MainWindow) -> None:
        seen["window"] = window
        seen["loading at show"] = window.loading
        seen["page at show"] = type(window.current_view()).__name__

    _when_window_shown(shown)
    assert app_module.main(["--data-dir", str(seeded_paths.root), "--lang", "id"]) == 0
    window = seen["window"]
    assert seen["loading at show"] is True
    assert seen["page at show"] == "LoadingPage"
    assert not window.loading
    assert isinstance(window.current_view(), HomeView)
    assert window.current_view().card_coops.value.text() == "4"
    assert capsys.readouterr().out.split()[0::2] == ["shown", "ready"]
    window.close()


def test_closing_while_the_store_opens_neither_hangs_nor_leaves_it_open(
    seeded_paths, restore_hooks
):
    closed: dict[str, object] = {}

    def close_once_loading(window: MainWindow) -> None:
        startup = window.findChild(app_module.Startup)
        if not startup.loader.started:
            QTimer.singleShot(1, lambda: close_once_loading(window))
            return
        closed["loading"] = window.loading
        window.close()

    _when_window_shown(close_once_loading)
    assert app_module.main(["--data-dir", str(seeded_paths.root), "--lang", "id"]) == 0
    assert closed["loading"] is True
    assert not [t for t in threading.enumerate() if t.name == "kopdes-open-store"]
    wal = seeded_paths.database.with_name(seeded_paths.database.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # closed with a checkpoint
    connection = backup.connect_copy(seeded_paths.database)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        connection.close()
    assert Settings(seeded_paths.settings_file).get("window_geometry")


def test_a_loader_stopped_before_it_starts_opens_nothing(seeded_paths, qapp):
    loader = StoreLoader(seeded_paths, Settings(seeded_paths.settings_file))
    assert loader.finish() is None
    loader.start()
    assert loader.finish() is None


def test_a_store_error_after_the_shell_is_shown_gets_its_dialog(tmp_path, restore_hooks):
    data = tmp_path / "data"
    data.mkdir()
    newer = sqlite3.connect(data / "kopdes.sqlite3")
    newer.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    newer.execute("INSERT INTO alembic_version VALUES ('9999')")
    newer.commit()
    newer.close()
    seen: list[object] = []

    def close_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, close_dialog)
            return
        seen.extend([dialog.windowTitle(), dialog.informativeText(), dialog.parent()])
        dialog.close()

    QTimer.singleShot(0, close_dialog)
    assert app_module.main(["--data-dir", str(data), "--lang", "id"]) == 2
    title, text, parent = seen
    assert title == "Kopdes Desktop tidak dapat dimulai"
    assert "lebih baru" in text
    assert isinstance(parent, MainWindow) and parent.loading
    parent.close()


def test_demo_fills_an_empty_demo_profile_behind_a_progress_dialog(
    tmp_path, restore_hooks, monkeypatch
):
    monkeypatch.setenv(app_module.STARTUP_PROBE_ENV, "1")
    seen: list[str] = []

    def watch_progress() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QProgressDialog):
            seen.append(dialog.labelText())
        else:
            QTimer.singleShot(20, watch_progress)

    QTimer.singleShot(0, watch_progress)
    shown: list[MainWindow] = []
    _when_window_shown(shown.append)
    assert app_module.main(["--data-dir", str(tmp_path), "--demo", "--lang", "id"]) == 0
    assert seen and "411 koperasi" in seen[0]
    demo = tmp_path / "demo" / "kopdes.sqlite3"
    connection = backup.connect_copy(demo)
    try:
        assert connection.execute("SELECT count(*) FROM cooperative").fetchone() == (411,)
    finally:
        connection.close()
    assert not (tmp_path / "kopdes.sqlite3").exists()  # the real profile is never touched
    assert not shown[0].loading
    shown[0].close()


def test_drafts_are_offered_once_beranda_is_filled(seeded_paths, restore_hooks):
    store = Store.open(seeded_paths)
    try:
        instruments = registry(seeded_paths)
        with store.session() as session:
            coop_id = cooperatives.list_summaries(session, TODAY)[0].id
            draft = assessments.start(session, instruments, coop_id, INSTRUMENT)
            answers = example_answers(instruments.get(INSTRUMENT), random.Random(4), 0.5)
            assessments.save_draft(session, instruments, draft.id, answers)
    finally:
        store.close()
    seen: dict[str, object] = {}

    def answer_the_offer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, DraftRecoveryDialog):
            QTimer.singleShot(10, answer_the_offer)
            return
        window = dialog.parent()
        seen["beranda filled"] = not window.view("beranda").is_loading
        seen["offered"] = dialog.list.count()
        dialog.reject()
        QTimer.singleShot(0, window.close)

    QTimer.singleShot(0, answer_the_offer)
    assert app_module.main(["--data-dir", str(seeded_paths.root), "--lang", "id"]) == 0
    assert seen == {"beranda filled": True, "offered": 1}


def test_the_loading_page_speaks_indonesian(qtbot, seeded_paths, indonesian):
    window = MainWindow.shell(seeded_paths, Settings(seeded_paths.settings_file))
    qtbot.addWidget(window)
    window.navigate("kunjungan")
    page = window.current_view()
    assert (page.heading.text(), page.note.text()) == ("Kunjungan", "Memuat data…")
    assert window.status_folder.text().startswith("Folder data: ")
