"""Starting on a computer without a keyring: the passphrase is asked for in a dialog (from the
thread that opens the store), and a new store's recovery key is shown once."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from kopdes_desktop.paths import DataPaths
from kopdes_desktop.store import db, vault
from kopdes_desktop.ui import app as app_module
from kopdes_desktop.ui.dialogs.passphrase import PassphraseDialog
from kopdes_desktop.ui.dialogs.recovery_key import RecoveryKeyDialog
from kopdes_desktop.ui.startup import SecretAsker


def _ok(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_a_new_passphrase_must_be_long_enough_and_typed_twice(qtbot, indonesian) -> None:
    dialog = PassphraseDialog(vault.Request("new", DataPaths("/tmp/x").root))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Kata sandi data"
    dialog.passphrase.setText("pendek")
    _ok(dialog)
    assert "terlalu pendek" in dialog.error.text() and dialog.result() == 0
    dialog.passphrase.setText("sandi yang panjang")
    dialog.repeat.setText("sandi yang lain")
    _ok(dialog)
    assert dialog.error.text() == "Kedua kata sandi tidak sama."
    dialog.repeat.setText("sandi yang panjang")
    _ok(dialog)
    assert dialog.result() == 1


def test_the_recovery_key_dialog_closes_once_the_key_is_written_down(qtbot, indonesian) -> None:
    dialog = RecoveryKeyDialog("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and dialog.windowTitle() == "Kunci pemulihan"
    dialog.reject()
    assert dialog.result() == 0
    dialog.written.setChecked(True)
    assert ok.isEnabled()


def test_the_asker_shows_its_dialog_on_the_gui_thread(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    asker = SecretAsker(window)
    answers: list[str | None] = []
    seen: list[object] = []

    def answer() -> None:  # runs inside the dialog's own event loop
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog):
            QTimer.singleShot(5, answer)
            return
        seen.extend([dialog.parent(), dialog.error.text(), threading.current_thread()])
        dialog.passphrase.setText("kata sandi uji")
        _ok(dialog)

    QTimer.singleShot(0, answer)
    asking = threading.Thread(
        target=lambda: answers.append(
            asker(vault.Request("unlock", DataPaths("/tmp/x").root, retry=True))
        )
    )
    asking.start()
    qtbot.waitUntil(lambda: bool(answers), timeout=10000)
    asking.join(5)
    assert answers == ["kata sandi uji"]
    assert seen[0] is window and seen[1] == "Wrong passphrase or recovery key. Try again."
    assert seen[2] is threading.main_thread()


def test_first_start_without_keyring_asks_a_passphrase_then_shows_the_recovery_key(
    tmp_path, restore_hooks, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(vault.PASSPHRASE_ENV)
    data = DataPaths(tmp_path / "data")
    seen: list[str] = []

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, PassphraseDialog) and "ask" not in seen:
            seen.append("ask")
            dialog.passphrase.setText("sandi laptop baru")
            dialog.repeat.setText("sandi laptop baru")
            _ok(dialog)
        elif isinstance(dialog, RecoveryKeyDialog):
            seen.append(dialog.key.text())
            dialog.written.setChecked(True)
            _ok(dialog)
            dialog.parent().close()
            return
        QTimer.singleShot(10, step)

    QTimer.singleShot(0, step)
    assert app_module.main(["--data-dir", str(data.root), "--lang", "id"]) == 0
    assert seen[0] == "ask" and len(seen[1]) == 39
    assert not db.is_plaintext(data.database)
    assert not vault.recovery_unseen(data)
    vault.forget_all()
    monkeypatch.setenv(vault.PASSPHRASE_ENV, "sandi laptop baru")
    assert vault.key_for(data, create_new=False)
