"""The province part of the Sinkronisasi page: who this laptop sends to, the fingerprint to
compare by phone, the last receipt, trusting a province file and writing the device file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.errors import KopdesError, localized
from kopdes_desktop.sync.service import SyncService
from kopdes_desktop.sync.trust import TrustInfo
from kopdes_desktop.ui import i18n
from kopdes_desktop.ui.context import AppContext
from kopdes_desktop.ui.dialogs.trust_dialog import TrustDialog, fingerprint_lines
from kopdes_desktop.ui.views.sync_tables import moment_label


class ProvinceBox(QGroupBox):
    """Shows the trusted province; ``message(text, is_problem)`` reports outcomes to the page
    and ``changed`` asks it to reload after a new province was trusted."""

    message = Signal(str, bool)
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = SyncService(ctx.store)
        self._build()
        self._connect()
        self._assemble()

    def _build(self) -> None:
        self.setTitle(self.tr("Province"))
        self.province_name = QLabel()
        self.province_name.setWordWrap(True)
        self.fingerprint = QLabel()
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setBold(True)
        self.fingerprint.setFont(font)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.last_receipt = QLabel()
        self.last_receipt.setWordWrap(True)
        self.trust_button = QPushButton(self.tr("&Trust province file…"))
        self.device_button = QPushButton(self.tr("Save &device file…"))
        self.device_button.setToolTip(
            self.tr("The file the province officer enrols this laptop with")
        )

    def _connect(self) -> None:
        self.trust_button.clicked.connect(self.choose_trust_file)
        self.device_button.clicked.connect(self.save_device_file)

    def _assemble(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.province_name)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.last_receipt)
        buttons = QHBoxLayout()
        buttons.addWidget(self.trust_button)
        buttons.addWidget(self.device_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.setTabOrder(self.trust_button, self.device_button)

    def show_state(
        self, province: TrustInfo | None, receipt: dict[str, Any] | None, language: str
    ) -> None:
        """Show ``province`` (or that none is trusted) and the last receipt."""
        if province is None:
            self.province_name.setText(
                self.tr(
                    "No province is trusted yet. Import the province trust file the officer gave "
                    "you, or enrol this laptop online."
                )
            )
            self.fingerprint.clear()
        else:
            self.province_name.setText(
                self.tr("Sending to: <b>%1</b>. Fingerprint to compare with the officer:").replace(
                    "%1", province.name or province.key_id
                )
            )
            self.fingerprint.setText(fingerprint_lines(province.fingerprint))
        self.fingerprint.setVisible(province is not None)
        if receipt is None:
            self.last_receipt.setText(self.tr("No receipt from the province yet."))
        else:
            self.last_receipt.setText(
                self.tr("Last receipt: %1, covering changes up to no. %2.")
                .replace("%1", moment_label(receipt["received_at"], language))
                .replace("%2", str(receipt["contiguous_counter"]))
            )

    def set_busy(self, busy: bool) -> None:
        """No new trust or device file while sync work runs."""
        self.trust_button.setEnabled(not busy)
        self.device_button.setEnabled(not busy)

    def _start_folder(self) -> str:
        return self.ctx.settings.get("last_export_dir") or str(Path.home())

    def _problem(self, error: KopdesError) -> None:
        self.message.emit(localized(error, i18n.current_language()), True)

    def choose_trust_file(self) -> None:
        """Pick the province trust file, compare its fingerprint, then trust it."""
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Province trust file"),
            self._start_folder(),
            self.tr("Trust files (*.json);;All files (*)"),
        )
        if name:
            self.trust_from(Path(name))

    def trust_from(self, path: Path) -> bool:
        """Show the fingerprint of the trust file at ``path`` and trust it if confirmed."""
        try:
            change = self.service.check_trust(path)
        except KopdesError as exc:
            self._problem(exc)
            return False
        old = change.old
        if not TrustDialog.confirm(
            self,
            change.new.name,
            change.new.fingerprint,
            old.fingerprint if old else None,
            replacing_name=old.name if old else "",
            unacknowledged=change.unacknowledged,
        ):
            self.message.emit(self.tr("The province file was not trusted."), False)
            return False
        try:
            info = self.service.trust(path, replace=old is not None)
        except KopdesError as exc:
            self._problem(exc)
            return False
        self.changed.emit()
        self.message.emit(self.tr("This laptop now sends to %1.").replace("%1", info.name), False)
        self.ctx.events.data_changed.emit("sync")
        return True

    def save_device_file(self) -> None:
        """Write the device file the province enrols this laptop with."""
        device = self.ctx.store.device_id[:8]
        suggested = Path(self._start_folder()) / f"kopdes-device-{device}.json"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save device file"), str(suggested), self.tr("Device files (*.json)")
        )
        if not name:
            return
        try:
            written = self.service.write_device_file(Path(name))
        except KopdesError as exc:
            self._problem(exc)
            return
        self.message.emit(
            self.tr("Device file saved to %1. Give it to the province officer.").replace(
                "%1", str(written)
            ),
            False,
        )
