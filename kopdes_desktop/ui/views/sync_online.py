"""The online part of the Sinkronisasi page: server address, enrolment code, "Sinkronkan".

The box only gathers input and shows results; the page runs the work (one task at a time,
with the page's progress bar and cancel button).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.errors import KopdesError, localized
from kopdes_desktop.sync.export import SyncCancelled
from kopdes_desktop.sync.http_client import SyncReport
from kopdes_desktop.sync.online_errors import OnlineSyncError

MAX_ATTACHMENTS_MB = 256
"""The most a sync may fetch of handed-over attachments (as ``kopdes sync now``)."""


class OnlineBox(QGroupBox):
    """Server address and enrolment code; asks the page to enrol or to sync."""

    enroll_requested = Signal(str, str)
    sync_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._trusted = False
        self._build()
        self._connect()
        self._assemble()
        self.set_busy(False)

    def _build(self) -> None:
        self.setTitle(self.tr("Online, when there is signal"))
        self.server = QLineEdit()
        self.server.setPlaceholderText(self.tr("e.g. https://sinkron.kaltaraprov.go.id"))
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("one-time code from the officer"))
        self.enroll_button = QPushButton(self.tr("&Enrol this laptop"))
        self.attachments = QSpinBox()
        self.attachments.setRange(0, MAX_ATTACHMENTS_MB)
        self.attachments.setSuffix(" MB")
        self.attachments.setSpecialValueText(self.tr("none (data only)"))
        self.attachments.setToolTip(
            self.tr(
                "Also fetch the photos and documents of cooperatives handed over to you, up "
                "to this much per sync. 0: only their data."
            )
        )
        self.sync_button = QPushButton(self.tr("&Sync now"))
        self.sync_button.setToolTip(
            self.tr("Send every batch and fetch the receipt and reference data (Ctrl+Shift+S)")
        )

    def _connect(self) -> None:
        self.enroll_button.clicked.connect(self._enroll)
        self.sync_button.clicked.connect(self.sync_requested)
        self.server.textChanged.connect(lambda _text: self.set_busy(self._busy))
        self.code.textChanged.connect(lambda _text: self.set_busy(self._busy))
        self.code.returnPressed.connect(self._enroll)

    def _assemble(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Server address"), self.server)
        enroll_row = QHBoxLayout()
        enroll_row.addWidget(self.code, 1)
        enroll_row.addWidget(self.enroll_button)
        form.addRow(self.tr("Enrolment code"), enroll_row)
        form.addRow(self.tr("Attachments of handed-over cooperatives"), self.attachments)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.sync_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.setTabOrder(self.server, self.code)
        self.setTabOrder(self.code, self.enroll_button)
        self.setTabOrder(self.enroll_button, self.attachments)
        self.setTabOrder(self.attachments, self.sync_button)

    def set_busy(self, busy: bool, trusted: bool | None = None) -> None:
        """Disable the actions while any sync work runs; syncing also needs a trusted
        province (``trusted``, kept from the last call that gave it)."""
        self._busy = busy
        if trusted is not None:
            self._trusted = trusted
        has_server = bool(self.server.text().strip())
        self.enroll_button.setEnabled(not busy and has_server and bool(self.code.text().strip()))
        self.sync_button.setEnabled(not busy and has_server and self._trusted)

    def _enroll(self) -> None:
        if self.enroll_button.isEnabled():
            self.enroll_requested.emit(self.server.text().strip(), self.code.text().strip())

    def failure_text(self, error: BaseException, language: str) -> str:
        """The back-end's own sentence for the failure, then what the mentor can do."""
        if isinstance(error, SyncCancelled):
            return self.tr(
                "Cancelled. Nothing was marked as sent; batches already delivered "
                "are recognised next time."
            )
        if not isinstance(error, KopdesError):
            return str(error)
        message = localized(error, language)
        if not isinstance(error, OnlineSyncError):
            return message
        hint = {
            "no_signal": self.tr("Sync files can also travel by USB drive: “Export sync files…”."),
            "not_enrolled": self.tr(
                "Type the code from the officer under “Enrolment code” "
                "and press “Enrol this laptop”."
            ),
            "batch_rejected": self.tr("The reason for each refused batch is in the Batches list."),
        }.get(error.code)
        return f"{message} {hint}" if hint else message

    def report_text(self, report: SyncReport) -> str:
        """What one online sync did, in the interface language."""
        parts = [self.tr("%1 batches sent").replace("%1", str(report.uploaded))]
        if report.duplicates:
            parts.append(
                self.tr("%1 already received before").replace("%1", str(report.duplicates))
            )
        if report.quarantined:
            parts.append(self.tr("%1 waiting for approval").replace("%1", str(report.quarantined)))
        if report.receipt:
            parts.append(
                self.tr("receipt up to change %1").replace(
                    "%1", str(report.receipt.get("acked_counter", 0))
                )
            )
        if report.reference:
            parts.append(self.tr("reference data updated"))
            if report.reference.get("attachments"):
                parts.append(
                    self.tr("%1 attachments received").replace(
                        "%1", str(report.reference["attachments"])
                    )
                )
        return self.tr("Sync finished: %1.").replace("%1", ", ".join(parts))
