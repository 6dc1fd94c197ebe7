"""A new installation: the guide instead of empty lists, F1 help, the About box, and a status
bar that says what happened with the province."""

from __future__ import annotations

import sys

from PySide6.QtCore import QProcess, Qt

from kopdes_desktop import __version__
from kopdes_desktop.core.instruments import registry
from kopdes_desktop.core.services import mentors
from kopdes_desktop.store.sync_models import SyncBatch, SyncReceipt
from kopdes_desktop.ui.forms.instrument_form import InstrumentForm
from kopdes_desktop.ui.help import question_in_focus
from kopdes_desktop.ui.main_window import MainWindow
from kopdes_desktop.ui.onboarding import DONE_MARK, demo_command

from .windows import shown


def _window(qtbot, ctx) -> MainWindow:
    return shown(qtbot, MainWindow(ctx))


def test_an_empty_install_shows_the_guide_not_empty_lists(qtbot, empty_ctx):
    window = _window(qtbot, empty_ctx)
    home = window.view("beranda")
    assert home.guiding and home.guide.isVisible()
    assert not home.card_coops.isVisible()
    assert [home.guide.marks[key].text() for key in ("profile", "trust", "enrol", "registry")] == [
        "1",
        "2",
        "3",
        "4",
    ]
    qtbot.mouseClick(home.guide.buttons["profile"], Qt.MouseButton.LeftButton)
    assert window.current_view() is window.view("pengaturan")
    with empty_ctx.store.session() as session:
        mentors.save_profile(session, name="Siti Rahmawati", role="PENDAMPING", kabupaten_code=None)
    home.refresh()
    assert home.guide.marks["profile"].text() == DONE_MARK
    assert home.guide.marks["trust"].text() == "2"
    qtbot.mouseClick(home.guide.buttons["registry"], Qt.MouseButton.LeftButton)
    assert window.current_view() is window.view("sinkronisasi")
    for name in ("koperasi", "kunjungan", "tindak_lanjut"):
        window.navigate(name)
        assert window.view(name).empty_note.isVisible(), name


def test_a_filled_store_shows_the_figures(qtbot, ctx):
    window = _window(qtbot, ctx)
    home = window.view("beranda")
    assert not home.guiding and home.card_coops.isVisible()
    assert not window.view("koperasi").empty_note.isVisible()


def test_the_demo_opens_as_its_own_app_on_the_demo_profile(qtbot, empty_ctx, monkeypatch):
    program, arguments = demo_command(empty_ctx.paths)
    assert program == sys.executable
    assert arguments == ["-m", "kopdes_desktop", "--data-dir", str(empty_ctx.paths.root), "--demo"]
    started = []
    monkeypatch.setattr(
        QProcess,
        "startDetached",
        lambda program, args: started.append((program, args)) or (True, 1),
    )
    window = _window(qtbot, empty_ctx)
    guide = window.view("beranda").guide
    qtbot.mouseClick(guide.demo_button, Qt.MouseButton.LeftButton)
    assert started == [(program, arguments)]
    assert guide.demo_message.text() == "The demo is starting in its own window…"


def test_f1_explains_the_page_on_screen(qtbot, ctx):
    window = _window(qtbot, ctx)
    window.navigate("tindak_lanjut")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.help_dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert dialog.windowTitle() == "Help: Follow-ups"
    assert "close it at a later visit" in dialog.browser.toPlainText()


def test_f1_on_a_question_explains_it_and_the_score_bands(qtbot, ctx):
    window = _window(qtbot, ctx)
    instrument = registry().get("kesehatan-usp-2016")
    form = InstrumentForm(instrument, "en")
    window.stack.addWidget(form)
    window.stack.setCurrentWidget(form)
    row = form.rows["total_aset"]
    row.field.focus_target().setFocus()
    qtbot.waitUntil(lambda: row.field.focus_target().hasFocus())
    assert question_in_focus(row.field.focus_target()) == (instrument, row.item)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    text = window.help_dialog.browser.toPlainText()
    qtbot.addWidget(window.help_dialog)
    assert window.help_dialog.windowTitle() == "Help: Total assets"
    assert "Total assets on the closing balance sheet." in text
    assert "An answer is required." in text
    assert "Healthy: 80 or more" in text
    assert "Under special supervision: 0 to below 51" in text
    assert "until then the score is provisional" in text


def test_about_names_the_version_and_the_data_folder(qtbot, ctx):
    window = _window(qtbot, ctx)
    qtbot.mouseClick(window.about_button, Qt.MouseButton.LeftButton)
    about = window.about_dialog
    qtbot.addWidget(about)
    assert about.isVisible()
    assert about.version.text() == __version__
    assert about.folder.text() == str(ctx.paths.root)


def test_status_bar_says_exported_until_the_province_answers(qtbot, ctx):
    window = _window(qtbot, ctx)
    qtbot.waitUntil(lambda: bool(window.status_sync.text()))
    assert window.status_sync.text() == "Nothing sent to the province yet"
    with ctx.store.session() as session:
        session.add(
            SyncBatch(
                batch_id="b1",
                counter_from=1,
                counter_to=5,
                file_name="b1.kopdes",
                payload_sha256="0" * 64,
            )
        )
    window.refresh_status()
    qtbot.waitUntil(lambda: window.status_sync.text().startswith("Last exported"))
    assert "received" not in window.status_sync.text()
    assert "sync" not in window.status_sync.text().lower()
    with ctx.store.session() as session:
        session.add(SyncReceipt(issued_at="2026-01-01T00:00:00Z", contiguous_counter=5))
    window.refresh_status()
    qtbot.waitUntil(lambda: "received by the province" in window.status_sync.text())
    assert window.status_sync.text().startswith("Last received by the province")
    assert "last exported" in window.status_sync.text()


def test_guide_help_and_about_are_in_indonesian(qtbot, empty_ctx, indonesian):
    from kopdes_desktop.ui.about import AboutDialog
    from kopdes_desktop.ui.help import HelpDialog

    from .i18n_check import untranslated_texts

    window = _window(qtbot, empty_ctx)
    assert untranslated_texts(window) == []
    assert window.view("beranda").guide.buttons["profile"].text() == "Buka Pengaturan"
    assert window.help_button.text() == "Bantuan (F1)"
    for name in ("beranda", "koperasi", "sinkronisasi"):
        help_dialog = HelpDialog.for_page(window, name)
        qtbot.addWidget(help_dialog)
        assert untranslated_texts(help_dialog) == []
        assert "Tombol: Ctrl+1" in help_dialog.browser.toPlainText()
    about = AboutDialog(empty_ctx.paths)
    qtbot.addWidget(about)
    assert untranslated_texts(about) == []
    qtbot.waitUntil(lambda: bool(window.status_sync.text()))
    assert window.status_sync.text() == "Belum ada yang dikirim ke provinsi"
