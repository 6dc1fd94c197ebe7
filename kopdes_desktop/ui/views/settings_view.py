"""Pengaturan: the mentor's profile, language, font size, photo limit, backup and restore.

A backup is complete (database, attachments, keys: :mod:`kopdes_desktop.store.archive`) and is
offered on a removable drive when one is mounted; the page says when the last one was made and
warns when it is more than a week old. Backup and restore go through
:mod:`kopdes_desktop.core.data_folder`, as ``kopdes backup`` and ``kopdes restore`` do.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.core import data_folder
from kopdes_desktop.core.services import mentors
from kopdes_desktop.errors import KopdesError, ValidationError, localized_problems
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.reports import localtime
from kopdes_desktop.settings import OPTIONS
from kopdes_desktop.ui import i18n
from kopdes_desktop.ui.context import AppContext
from kopdes_desktop.ui.dialogs.progress import ProgressDialog
from kopdes_desktop.ui.models import labels
from kopdes_desktop.ui.widgets.fields import FieldForm
from kopdes_desktop.ui.widgets.tables import LARGE_TEXT, text_scale
from kopdes_desktop.ui.window_parts import PageView
from kopdes_desktop.ui.workers import TaskControl

if TYPE_CHECKING:
    from kopdes_desktop.core.data_folder import BackupInfo

WARNING_STYLE = "color: #b3261e; font-weight: 600;"  # 6.5:1 on white


MENTOR_DRAFT = "mentor"
"""The form-draft kind of this laptop's mentor profile, typed and not saved yet."""


def backup_due_text(paths: DataPaths, today: date) -> str | None:
    """The reminder to show when the last backup is more than a week old, else None."""
    overdue = data_folder.backup_overdue(paths, today)
    if overdue is None:
        return None
    if data_folder.last_backup(paths) is not None:
        text = QApplication.translate(
            "SettingsView", "The last backup is %1 days old: back up now, to a USB drive."
        )
    else:
        text = QApplication.translate(
            "SettingsView", "Nothing has been backed up for %1 days: back up now, to a USB drive."
        )
    return text.replace("%1", str(overdue))


class _ReminderLabel(QLabel):
    """The status bar's backup reminder; it goes away once a backup is written."""

    def dismiss_after(self, kind: str) -> None:
        if kind == "backup":
            self.hide()


def show_backup_reminder(window: QMainWindow, ctx: AppContext) -> None:
    """At start-up, put the backup reminder in ``window``'s status bar while one is due."""
    text = backup_due_text(ctx.paths, ctx.today())
    if text is None:
        return
    label = _ReminderLabel(text)
    label.setStyleSheet(WARNING_STYLE)
    label.setObjectName("backupReminder")
    window.statusBar().addWidget(label)
    ctx.events.data_changed.connect(label.dismiss_after)


def _backup_task(paths: DataPaths, out: Path, control: TaskControl) -> BackupInfo:
    return data_folder.write_backup(paths, out, _per_mille(control))


def _restore_task(paths: DataPaths, candidate: Path, control: TaskControl) -> Path | None:
    return data_folder.restore(paths, candidate, _per_mille(control))


def _per_mille(control: TaskControl) -> Callable[[int, int], None]:
    """Progress in thousandths: a backup's byte counts overflow the dialog's 32-bit range."""
    return lambda done, total: control.progress(done * 1000 // max(total, 1), 1000)


class SettingsView(PageView):
    """Everything the mentor can set on this laptop."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._build()
        self._connect()
        self._assemble()
        self.refresh()

    def _build(self) -> None:
        self.title = QLabel(self.tr("Settings"))
        self.title.setObjectName("pageTitle")
        self.profile_form = FieldForm()
        self.name = QLineEdit()
        self.role = QComboBox()
        for code in mentors.ROLES:
            self.role.addItem(labels.label(labels.MENTOR_ROLES, code), code)
        self.kabupaten = QComboBox()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("0812-3456-7890")
        self.save_profile_button = QPushButton(self.tr("Save profile"))
        self.profile_message = QLabel()
        self.app_form = FieldForm()
        self.language = QComboBox()
        self.language.addItem("Bahasa Indonesia", "id")
        self.language.addItem("English", "en")
        self.font_scale = QSpinBox()
        self.font_scale.setSuffix(" %")
        self.font_scale.setSingleStep(10)
        self.high_contrast = QCheckBox(self.tr("High contrast (black text, strong lines)"))
        self.high_contrast.setToolTip(self.tr("Easier to read in sunlight or on a dim screen"))
        self.photo_max = QSpinBox()
        self.photo_max.setSuffix(" px")
        self.photo_max.setSingleStep(100)
        for spin, key in ((self.font_scale, "font_scale"), (self.photo_max, "photo_max_px")):
            low, high = OPTIONS[key].minimum, OPTIONS[key].maximum
            assert low is not None and high is not None  # both options are bounded (settings.py)
            spin.setRange(int(low), int(high))
        self.restart_note = QLabel(
            self.tr(
                "A new language, font size or contrast is applied the next time the app starts."
            )
        )
        self.restart_note.setObjectName("muted")
        self.restart_note.setWordWrap(True)
        self.save_app_button = QPushButton(self.tr("Save settings"))
        self.app_message = QLabel()
        self.folder = QLabel()
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setWordWrap(True)
        self.open_folder_button = QPushButton(self.tr("Open data folder"))
        self.backup_button = QPushButton(self.tr("Back up now…"))
        self.restore_button = QPushButton(self.tr("Restore from a backup…"))
        self.data_message = QLabel()
        self.data_message.setWordWrap(True)
        self.backup_note = QLabel(
            self.tr(
                "A backup holds the database, the photos and documents, and this laptop's key. "
                "Keep it on a USB drive, away from the laptop."
            )
        )
        self.backup_note.setObjectName("muted")
        self.backup_note.setWordWrap(True)
        self.backup_status = QLabel()
        self.backup_status.setWordWrap(True)
        self.backup_warning = QLabel()
        self.backup_warning.setStyleSheet(WARNING_STYLE)
        self.backup_warning.setWordWrap(True)
        self.backup_warning.hide()

    def _connect(self) -> None:
        self.save_profile_button.clicked.connect(self.save_profile)
        # Typed profile text is kept as a form draft until saved (offered back after a crash).
        self.profile_timer = QTimer(self)
        self.profile_timer.setSingleShot(True)
        self.profile_timer.setInterval(int(self.ctx.settings.get("autosave_ms")))
        self.profile_timer.timeout.connect(self.keep_profile_draft)
        self.name.textEdited.connect(lambda _text: self.profile_timer.start())
        self.phone.textEdited.connect(lambda _text: self.profile_timer.start())
        for box in (self.role, self.kabupaten):
            box.activated.connect(lambda _index: self.profile_timer.start())
        self.save_app_button.clicked.connect(self.save_settings)
        self.open_folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.paths.root)))
        )
        self.backup_button.clicked.connect(self._ask_backup)
        self.restore_button.clicked.connect(self._ask_restore)

    def _assemble(self) -> None:
        self.profile_form.add_field("name", self.tr("Name:"), self.name)
        self.profile_form.add_field("role", self.tr("Role:"), self.role)
        self.profile_form.add_field("kabupaten", self.tr("Kabupaten/Kota:"), self.kabupaten)
        self.profile_form.add_field("phone", self.tr("Phone:"), self.phone)
        self.app_form.add_field("language", self.tr("Language:"), self.language)
        self.app_form.add_field("font_scale", self.tr("Font size:"), self.font_scale)
        self.app_form.add_field("high_contrast", self.tr("Colours:"), self.high_contrast)
        self.app_form.add_field("photo_max_px", self.tr("Largest photo side:"), self.photo_max)
        profile = QGroupBox(self.tr("Mentor profile"))
        box = QVBoxLayout(profile)
        box.addLayout(self.profile_form)
        box.addLayout(_button_row(self.profile_message, self.save_profile_button))
        app = QGroupBox(self.tr("Interface and photos"))
        box = QVBoxLayout(app)
        box.addLayout(self.app_form)
        box.addWidget(self.restart_note)
        box.addLayout(_button_row(self.app_message, self.save_app_button))
        data = QGroupBox(self.tr("Data, backup and restore"))
        box = QVBoxLayout(data)
        box.addWidget(QLabel(self.tr("Data folder:")))
        box.addWidget(self.folder)
        row = QHBoxLayout()
        if text_scale(self) > LARGE_TEXT:  # at a large font the three do not fit side by side
            row.setDirection(QHBoxLayout.Direction.TopToBottom)
        for button in (self.open_folder_button, self.backup_button, self.restore_button):
            row.addWidget(button)
        row.addStretch(1)
        box.addLayout(row)
        box.addWidget(self.backup_status)
        box.addWidget(self.backup_warning)
        box.addWidget(self.backup_note)
        box.addWidget(self.data_message)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(profile)
        left.addWidget(app)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(data)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(columns, 1)

    def refresh(self) -> None:
        """Show the stored profile and options."""
        mentor = self.ctx.services.mentor
        me = mentor.profile()
        kabupaten = mentor.kabupaten()
        profile: tuple[str, str | None, str | None, str | None] | None = (
            (me.name, me.role, me.kabupaten_code, me.phone) if me else None
        )
        self.kabupaten.clear()
        self.kabupaten.addItem(self.tr("(not set)"), "")
        for code, name in kabupaten:
            self.kabupaten.addItem(name, code)
        kept = mentor.kept_draft(MENTOR_DRAFT, "self")
        if kept is not None:  # typed before a crash and not saved yet
            values = kept.values
            profile = (
                values.get("name", ""),
                values.get("role"),
                values.get("kabupaten_code"),
                values.get("phone"),
            )
        if profile:
            name, role, kabupaten_code, phone = profile
            self.name.setText(name)
            self.role.setCurrentIndex(max(self.role.findData(role), 0))
            self.kabupaten.setCurrentIndex(max(self.kabupaten.findData(kabupaten_code or ""), 0))
            self.phone.setText(phone or "")
        if kept is not None:
            self.profile_message.setText(self.tr("Changes not saved yet."))
        settings = self.ctx.settings
        self.language.setCurrentIndex(max(self.language.findData(settings.get("language")), 0))
        self.font_scale.setValue(settings.get("font_scale"))
        self.high_contrast.setChecked(bool(settings.get("high_contrast")))
        self.photo_max.setValue(settings.get("photo_max_px"))
        self.folder.setText(str(self.ctx.paths.root))
        self.profile_form.clear_problems()
        self.show_backup_state()

    def show_backup_state(self, today: date | None = None) -> None:
        """When the last backup was made, and a warning when one is due."""
        paths = self.ctx.paths
        last = data_folder.last_backup(paths)
        if last is None:
            self.backup_status.setText(self.tr("No backup has been made on this laptop yet."))
        else:
            when = localtime.shown(last.at.astimezone(), i18n.current_language())
            self.backup_status.setText(
                self.tr("Last backup: %1 (%2)").replace("%1", when).replace("%2", str(last.file))
            )
        text = backup_due_text(paths, today or self.ctx.today())
        self.backup_warning.setText(text or "")
        self.backup_warning.setVisible(text is not None)

    def _profile_values(self) -> dict[str, str | None]:
        return {
            "name": self.name.text(),
            "role": self.role.currentData(),
            "kabupaten_code": self.kabupaten.currentData() or None,
            "phone": self.phone.text().strip() or None,
        }

    def keep_profile_draft(self) -> None:
        """Keep what is typed in the profile until it is saved."""
        self.ctx.services.mentor.keep_draft(
            MENTOR_DRAFT, "self", self._profile_values(), {"title": self.tr("Mentor profile")}
        )

    def save_profile(self) -> bool:
        """Validate and store the mentor profile; problems are shown beside the fields."""
        self.profile_timer.stop()
        try:
            self.ctx.services.mentor.save_profile(MENTOR_DRAFT, **self._profile_values())
        except ValidationError as error:
            self.profile_form.show_problems(localized_problems(error, i18n.current_language()))
            self.profile_message.setText(self.tr("Not saved."))
            self.keep_profile_draft()
            return False
        self.profile_form.clear_problems()
        self.profile_message.setText(self.tr("Profile saved."))
        self.ctx.events.data_changed.emit("mentor")
        return True

    def save_settings(self) -> None:
        """Store language, font size, contrast and photo limit."""
        settings = self.ctx.settings
        changed_language = self.language.currentData() != settings.get("language")
        settings.set("language", self.language.currentData())
        settings.set("font_scale", self.font_scale.value())
        settings.set("high_contrast", self.high_contrast.isChecked())
        settings.set("photo_max_px", self.photo_max.value())
        self.app_message.setText(
            self.tr("Saved. Restart the app to use the new language.")
            if changed_language
            else self.tr("Saved.")
        )
        self.ctx.events.data_changed.emit("settings")

    # backup and restore ---------------------------------------------------------------------

    def _ask_backup(self) -> None:
        folder = data_folder.suggested_backup_folder(self.ctx.paths)
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Back up the data"),
            str(folder / data_folder.default_backup_name()),
            self.tr("Kopdes backup (*.zip)"),
        )
        if name:
            self.backup_to(Path(name))

    def backup_to(self, out: Path) -> Path | None:
        """Write a complete backup of the open store to ``out`` with a progress dialog."""
        try:
            info = ProgressDialog.run(
                self,
                self.tr("Backup"),
                self.tr("Writing the backup…"),
                _backup_task,
                self.ctx.paths,
                out,
            )
        except KopdesError as error:
            self.data_message.setText(error.localized(i18n.current_language()))
            return None
        self.data_message.setText(
            self.tr("Backup written to %1 (the database, %2 attachments, %3 keys).")
            .replace("%1", str(info.file))
            .replace("%2", str(info.count("attachments")))
            .replace("%3", str(info.count("keys")))
        )
        self.show_backup_state()
        self.ctx.events.data_changed.emit("backup")
        return info.file

    def _ask_restore(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a backup"),
            str(data_folder.suggested_backup_folder(self.ctx.paths)),
            self.tr("Kopdes backup (*.zip *.sqlite3)"),
        )
        if not name:
            return
        question = self._restore_question(Path(name))
        if question is None:
            return
        answer = QMessageBox.question(self, self.tr("Restore"), question)
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_from(Path(name))

    def _restore_question(self, candidate: Path) -> str | None:
        """What the mentor is asked before a restore, naming what comes back and what goes."""
        kept = self.tr("The current data is kept aside in the backups folder.")
        if not data_folder.is_complete_backup(candidate):
            return (
                self.tr(
                    "Replace the data on this laptop with this backup? It holds the "
                    "database only (an older backup)."
                )
                + " "
                + kept
            )
        try:
            info = data_folder.describe_backup(candidate)
        except KopdesError as error:
            self.data_message.setText(error.localized(i18n.current_language()))
            return None
        return (
            self.tr(
                "Replace the data on this laptop with the backup of %1? It holds the "
                "database, %2 attachments and %3 keys."
            )
            .replace("%1", _when(info.created_at))
            .replace("%2", str(info.count("attachments")))
            .replace("%3", str(info.count("keys")))
            + " "
            + kept
        )

    def restore_from(self, candidate: Path) -> bool:
        """Close the store, restore ``candidate`` (checked before anything is replaced), and
        reopen; False with the reason shown when the backup was refused."""
        title = self.tr("Restore")
        self.ctx.close()
        problem: KopdesError | None = None
        kept = None
        try:
            kept = ProgressDialog.run(
                self,
                title,
                self.tr("Checking and restoring the backup…"),
                _restore_task,
                self.ctx.paths,
                candidate,
            )
        except KopdesError as error:
            problem = error
        self.ctx.reopen()
        QApplication.processEvents()
        if problem is not None:
            self.data_message.setText(problem.localized(i18n.current_language()))
            return False
        self.data_message.setText(
            self.tr("Restored. The previous data was kept as %1").replace("%1", str(kept))
        )
        self.ctx.events.data_changed.emit("restore")
        self.refresh()
        return True


def _when(stamp: str) -> str:
    """An ISO time from a backup's manifest as the mentor reads dates (3 November 2025 14:05)."""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.tzinfo is None:
        moment = moment.astimezone()  # a backup names its time on the laptop's clock
    return localtime.shown(moment, i18n.current_language())


def _button_row(message: QLabel, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(message, 1)
    row.addWidget(button)
    return row
