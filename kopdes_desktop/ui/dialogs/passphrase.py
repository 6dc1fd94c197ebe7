"""Asking for the data passphrase: a new one (no keyring on this computer) or the one that
unlocks the data (the passphrase or the recovery key)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.core.data_folder import MIN_PASSPHRASE, PassphraseRequest


class PassphraseDialog(QDialog):
    """One passphrase, typed twice when it is new. Use :meth:`ask`."""

    def __init__(self, request: PassphraseRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request = request
        self.new = request.kind == "new"
        self._build()
        self._connect()
        self._assemble()

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Data passphrase"))
        if self.new:
            text = self.tr(
                "This computer has no keyring to keep the key of your data safely. Choose a "
                "passphrase of at least %1 characters: Kopdes Desktop asks for it at every "
                "start. Without it, or the recovery key shown next, the data cannot be opened."
            ).replace("%1", str(MIN_PASSPHRASE))
        else:
            text = self.tr(
                "The data in %1 is locked. Enter the data passphrase or the recovery key."
            ).replace("%1", str(self.request.data_dir))
        self.intro = QLabel(text)
        self.intro.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        if self.request.retry:
            self.error.setText(self.tr("Wrong passphrase or recovery key. Try again."))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )

    def _connect(self) -> None:
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

    def _assemble(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        form = QFormLayout()
        label = self.tr("New passphrase:") if self.new else self.tr("Passphrase or recovery key:")
        form.addRow(label, self.passphrase)
        if self.new:
            form.addRow(self.tr("Repeat it:"), self.repeat)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _accept(self) -> None:
        text = self.passphrase.text()
        if not text:
            self.error.setText(self.tr("Enter the passphrase."))
            return
        if self.new and len(text) < MIN_PASSPHRASE:
            self.error.setText(
                self.tr("The passphrase is too short (at least %1 characters).").replace(
                    "%1", str(MIN_PASSPHRASE)
                )
            )
            return
        if self.new and text != self.repeat.text():
            self.error.setText(self.tr("The two passphrases differ."))
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, request: PassphraseRequest) -> str | None:
        """The passphrase typed, or None when the mentor cancels."""
        dialog = cls(request, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.passphrase.text()
            return None
        finally:
            dialog.deleteLater()
