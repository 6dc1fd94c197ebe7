"""Pengaturan: profile validation, options, backup and restore from the page."""

from __future__ import annotations

import json
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow

from kopdes_desktop.core.services import cooperatives, mentors
from kopdes_desktop.settings import Settings
from kopdes_desktop.store import archive
from kopdes_desktop.ui.views.settings_view import SettingsView, show_backup_reminder


def test_profile_validation_and_save(qtbot, ctx):
    view = SettingsView(ctx)
    qtbot.addWidget(view)
    assert view.name.text() == "Siti Rahmawati"
    view.name.clear()
    view.phone.setText("99")
    qtbot.mouseClick(view.save_profile_button, Qt.MouseButton.LeftButton)
    problems = view.profile_form.problems()
    assert problems == {
        "name": "Required.",
        "phone": "The phone number is not valid (e.g. 0812-3456-7890).",
    }
    with ctx.store.read() as session:
        assert mentors.self_mentor(session).name == "Siti Rahmawati"
    qtbot.keyClicks(view.name, "Siti R. Lestari")
    view.phone.setText("+62 813 1111 2222")
    view.role.setCurrentIndex(view.role.findData("BA"))
    view.kabupaten.setCurrentIndex(view.kabupaten.findText("Kabupaten Nunukan"))
    qtbot.mouseClick(view.save_profile_button, Qt.MouseButton.LeftButton)
    assert view.profile_form.problems() == {}
    with ctx.store.read() as session:
        me = mentors.self_mentor(session)
        assert (me.name, me.role, me.kabupaten_code, me.phone) == (
            "Siti R. Lestari",
            "BA",
            "65.03",
            "0813-1111-2222",
        )


def test_options_are_saved(qtbot, ctx):
    view = SettingsView(ctx)
    qtbot.addWidget(view)
    view.language.setCurrentIndex(view.language.findData("en"))
    view.font_scale.setValue(130)
    view.photo_max.setValue(2000)
    qtbot.mouseClick(view.save_app_button, Qt.MouseButton.LeftButton)
    assert "Restart" in view.app_message.text()
    stored = Settings(ctx.paths.settings_file)
    assert (stored.get("language"), stored.get("font_scale"), stored.get("photo_max_px")) == (
        "en",
        130,
        2000,
    )


def test_backup_then_restore_from_the_page(qtbot, ctx, tmp_path):
    view = SettingsView(ctx)
    qtbot.addWidget(view)
    assert "No backup has been made" in view.backup_status.text()
    photo = ctx.paths.attachments / "ab" / ("ab" + "0" * 62)
    photo.parent.mkdir(parents=True, exist_ok=True)
    photo.write_bytes(b"\xff\xd8 foto kunjungan")
    out = tmp_path / "usb" / "cadangan.zip"
    out.parent.mkdir()
    assert view.backup_to(out) == out
    assert archive.verify(out).count("attachments") == 1
    assert str(out) in view.data_message.text()
    assert "1 attachments" in view.data_message.text()
    assert str(out) in view.backup_status.text()
    assert view.backup_warning.isHidden()
    with ctx.store.session() as session:
        coop_id = cooperatives.list_summaries(session)[0].id
        cooperatives.update_profile(session, coop_id, {"name": "Nama Sesudah Cadangan"})
    photo.unlink()
    assert "1 attachments" in view._restore_question(out)
    services_before = ctx.services
    assert view.restore_from(out)
    with ctx.store.read() as session:
        assert cooperatives.get(session, coop_id).name != "Nama Sesudah Cadangan"
    assert ctx.services is not services_before  # built anew over the reopened store
    assert ctx.services.cooperatives.name(coop_id) != "Nama Sesudah Cadangan"
    assert photo.read_bytes() == b"\xff\xd8 foto kunjungan"
    assert "Restored" in view.data_message.text()


def test_restore_refuses_a_file_that_is_not_ours(qtbot, ctx, tmp_path):
    view = SettingsView(ctx)
    qtbot.addWidget(view)
    bogus = tmp_path / "bukan.sqlite3"
    bogus.write_bytes(b"not a database at all" * 100)
    assert not view.restore_from(bogus)
    assert "is not a Kopdes backup" in view.data_message.text()
    with ctx.store.read() as session:
        assert len(cooperatives.list_summaries(session)) == 8


def test_restore_refuses_a_truncated_backup(qtbot, ctx, tmp_path):
    view = SettingsView(ctx)
    qtbot.addWidget(view)
    out = tmp_path / "cadangan.zip"
    view.backup_to(out)
    out.write_bytes(out.read_bytes()[: out.stat().st_size // 2])
    before = ctx.paths.database.stat().st_size
    assert not view.restore_from(out)
    assert "damaged or incomplete" in view.data_message.text()
    assert ctx.paths.database.stat().st_size == before
    with ctx.store.read() as session:
        assert len(cooperatives.list_summaries(session)) == 8


def test_backup_reminder_after_a_week(qtbot, ctx, tmp_path):
    view = SettingsView(ctx)
    qtbot.addWidget(view)
    out = tmp_path / "cadangan.zip"
    view.backup_to(out)
    today = date.today()
    view.show_backup_state(today + timedelta(days=7))
    assert view.backup_warning.isHidden()
    view.show_backup_state(today + timedelta(days=9))
    assert not view.backup_warning.isHidden()
    assert "9 days old" in view.backup_warning.text()


def test_the_status_bar_reminds_at_start_until_a_backup_is_written(qtbot, ctx, tmp_path):
    window = QMainWindow()
    qtbot.addWidget(window)
    old = ctx.today() - timedelta(days=12)
    record = {
        "at": f"{old.isoformat()}T09:00:00+08:00",
        "file": str(tmp_path / "lama.zip"),
        "bytes": 1,
    }
    ctx.paths.backup_record.write_text(json.dumps(record), encoding="utf-8")
    show_backup_reminder(window, ctx)
    (label,) = window.statusBar().findChildren(QLabel, "backupReminder")
    assert label.text() == "The last backup is 12 days old: back up now, to a USB drive."
    view = SettingsView(ctx)
    qtbot.addWidget(view)
    assert not view.backup_warning.isHidden()
    view.backup_to(tmp_path / "baru.zip")
    assert label.isHidden() and view.backup_warning.isHidden()


def test_restore_on_a_new_laptop_from_the_page(qtbot, ctx, empty_ctx, tmp_path):
    from kopdes_desktop.sync.keys import DEVICE_KEY_FILE, device_key

    device_key(ctx.paths.keys)
    key = (ctx.paths.keys / DEVICE_KEY_FILE).read_bytes()
    old_laptop = SettingsView(ctx)
    qtbot.addWidget(old_laptop)
    out = old_laptop.backup_to(tmp_path / "usb" / "cadangan.zip")
    with ctx.store.read() as session:
        names = sorted(row.name for row in cooperatives.list_summaries(session))

    new_laptop = SettingsView(empty_ctx)
    qtbot.addWidget(new_laptop)
    assert new_laptop.restore_from(out)
    with empty_ctx.store.read() as session:
        assert sorted(row.name for row in cooperatives.list_summaries(session)) == names
        assert mentors.self_mentor(session).name == "Siti Rahmawati"
    assert (empty_ctx.paths.keys / DEVICE_KEY_FILE).read_bytes() == key
    assert empty_ctx.store.device_id == ctx.store.device_id
    assert new_laptop.name.text() == "Siti Rahmawati"


def test_typed_profile_is_kept_until_saved_and_offered_after_a_crash(qtbot, ctx):
    from kopdes_desktop.core.services import form_drafts
    from kopdes_desktop.ui.dialogs.draft_recovery import pending_forms
    from kopdes_desktop.ui.views.settings_view import MENTOR_DRAFT

    ctx.settings.set("autosave_ms", 200)
    view = SettingsView(ctx)
    qtbot.addWidget(view)
    view.name.clear()
    qtbot.keyClicks(view.name, "Rina Wulandari Baru")
    qtbot.waitUntil(lambda: any(f.kind == MENTOR_DRAFT for f in pending_forms(ctx)))
    # A "crash": the page is made again from the store, and the typed text comes back.
    again = SettingsView(ctx)
    qtbot.addWidget(again)
    assert again.name.text() == "Rina Wulandari Baru"
    assert again.profile_message.text() == again.tr("Changes not saved yet.")
    assert again.save_profile()
    with ctx.store.read() as session:
        assert mentors.self_mentor(session).name == "Rina Wulandari Baru"
        assert form_drafts.get(session, MENTOR_DRAFT, "self") is None
