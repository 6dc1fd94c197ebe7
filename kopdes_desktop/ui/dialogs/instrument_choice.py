"""Choosing the instruments to fill in at a visit.

The readiness instrument is the usual one. The savings-and-loan health instrument is meant for
cooperatives whose SIMPAN_PINJAM unit operates, so it is suggested (ticked) only then.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.core.services import cooperatives
from kopdes_desktop.ui.context import AppContext

PRIMARY_INSTRUMENT = cooperatives.PRIMARY_INSTRUMENT
SAVINGS_INSTRUMENT = "kesehatan-usp-2016"


def savings_unit_operates(ctx: AppContext, cooperative_id: str) -> bool:
    """Whether the cooperative has an operating savings-and-loan unit."""
    return ctx.services.assessments.savings_unit_operates(cooperative_id)


class InstrumentChoiceDialog(QDialog):
    """One check box per instrument (latest version), with a note on when it applies."""

    def __init__(
        self,
        ctx: AppContext,
        cooperative_id: str,
        already: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.boxes: dict[str, QCheckBox] = {}
        self.notes: dict[str, QLabel] = {}
        operates = savings_unit_operates(ctx, cooperative_id)
        self._build(already, operates)
        self._connect()
        self._assemble()

    def _build(self, already: tuple[str, ...], operates: bool) -> None:
        self.setWindowTitle(self.tr("Choose instruments"))
        self.intro = QLabel(self.tr("Which assessments will you fill in at this visit?"))
        lang = self.ctx.language
        for instrument in self.ctx.instruments.latest_all():
            box = QCheckBox(instrument.title(lang))
            box.setToolTip(f"{instrument.id} {instrument.version}")
            note = QLabel(instrument.description(lang))
            note.setWordWrap(True)
            note.setStyleSheet("color: #5f6368; margin-left: 22px;")
            if instrument.id == SAVINGS_INSTRUMENT:
                note.setText(
                    self.tr("Suggested: the savings and loan unit operates.")
                    if operates
                    else self.tr(
                        "For cooperatives whose savings and loan unit "
                        "operates; this one has none operating."
                    )
                )
                box.setChecked(operates)
            else:
                box.setChecked(instrument.id == PRIMARY_INSTRUMENT)
            if instrument.id in already:
                box.setChecked(False)
                box.setEnabled(False)
                note.setText(self.tr("Already part of this visit."))
            self.boxes[instrument.id] = box
            self.notes[instrument.id] = note
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _assemble(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        for instrument_id, box in self.boxes.items():
            layout.addWidget(box)
            layout.addWidget(self.notes[instrument_id])
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)
        self.adjustSize()

    def chosen(self) -> list[str]:
        return [i for i, box in self.boxes.items() if box.isChecked() and box.isEnabled()]

    @classmethod
    def choose(
        cls,
        parent: QWidget | None,
        ctx: AppContext,
        cooperative_id: str,
        already: tuple[str, ...] = (),
    ) -> list[str] | None:
        """The instrument ids chosen (latest versions), or None when cancelled."""
        dialog = cls(ctx, cooperative_id, already, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()
