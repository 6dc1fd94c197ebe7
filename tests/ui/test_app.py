"""Starting the app: a normal start, a store that cannot be opened, an unexpected error."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kopdes_desktop.ui import app as app_module
from kopdes_desktop.ui.dialogs.crash import CrashDialog


def _close_modal_later(seen: list[str]) -> None:
    def close() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(20, close)
            return
        seen.append(widget.windowTitle())
        if isinstance(widget, QMessageBox):
            seen.append(widget.informativeText())
        widget.close()

    QTimer.singleShot(20, close)


def test_start_shows_the_window_and_quits_for_the_probe(
    seeded_paths, restore_hooks, monkeypatch, capsys
):
    monkeypatch.setenv(app_module.STARTUP_PROBE_ENV, "1")
    assert app_module.main(["--data-dir", str(seeded_paths.root), "--lang", "id"]) == 0
    printed = capsys.readouterr().out.split()
    assert printed[0::2] == ["shown", "ready"] or printed[0::2] == ["ready", "shown"]
    assert (seeded_paths.logs / "kopdes.log").exists()


def test_a_corrupt_database_gets_an_indonesian_dialog_and_exit_code(tmp_path, restore_hooks):
    data = tmp_path / "data"
    data.mkdir()
    (data / "kopdes.sqlite3").write_bytes(b"this is not sqlite" * 50)
    seen: list[str] = []
    _close_modal_later(seen)
    assert app_module.main(["--data-dir", str(data), "--lang", "id"]) == 2
    assert seen[0] == "Kopdes Desktop tidak dapat dimulai"
    assert "bukan" in seen[1].lower() or "tidak" in seen[1].lower()
    assert (data / "kopdes.sqlite3").read_bytes() == b"this is not sqlite" * 50


def test_an_unhandled_error_is_logged_and_explained(seeded_paths, restore_hooks, qtbot):
    seen: list[str] = []
    _close_modal_later(seen)
    handler = app_module._crash_handler(seeded_paths)
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        handler(type(exc), exc, exc.__traceback__)
    assert seen == ["Something went wrong"]


def test_crash_dialog_details_and_quit(qtbot, tmp_path):
    dialog = CrashDialog("Traceback: RuntimeError boom", tmp_path / "kopdes.log")
    qtbot.addWidget(dialog)
    dialog.show()
    assert str(tmp_path / "kopdes.log") in dialog.log_label.text()
    assert dialog.details.isHidden()
    dialog.show_details.click()
    assert not dialog.details.isHidden()
    assert "RuntimeError boom" in dialog.details.toPlainText()
    dialog.quit_button.click()
    assert dialog.quit_requested
