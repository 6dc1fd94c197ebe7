"""The "mine first" toggle the list pages share: this mentor's cooperatives, or all of them.

A mentor looks after a handful of the province's cooperatives, so Koperasi, Kunjungan and
Tindak Lanjut open on those (the assignments of this laptop's own mentor). The toggle stays
visible so the whole province is one click away. Without a profile or assignments there is
nothing to narrow to: the toggle is then off, disabled, and says why.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWidget


class MineToggle(QCheckBox):
    """A check box "Only my cooperatives (n)": on by default once assignments are known.

    :meth:`set_ids` gives it the mentor's cooperatives after each load; the mentor's own
    choice is kept across reloads. :meth:`ids` is the set to filter by, or None for all.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ids: set[str] = set()
        self._known = False
        self.setText(self.tr("Only my cooperatives"))
        self.setEnabled(False)

    def set_ids(self, ids: set[str]) -> None:
        """The mentor's cooperatives; checks the box the first time there are some."""
        self._ids = set(ids)
        self.blockSignals(True)
        if not self._ids:
            self.setChecked(False)
            self.setEnabled(False)
            self.setToolTip(
                self.tr("No cooperative is assigned to the mentor of this laptop: all are shown.")
            )
        else:
            self.setEnabled(True)
            self.setToolTip(self.tr("Untick to show the cooperatives of every mentor."))
            if not self._known:
                self.setChecked(True)
        self._known = True
        self.setText(
            self.tr("Only my cooperatives (%1)").replace("%1", str(len(self._ids)))
            if self._ids
            else self.tr("Only my cooperatives")
        )
        self.blockSignals(False)

    def ids(self) -> set[str] | None:
        """The cooperatives to keep, or None when every cooperative is shown."""
        return set(self._ids) if self.isChecked() and self._ids else None

    def show_mine(self) -> None:
        """Narrow to the mentor's cooperatives (when there are any)."""
        if self._ids:
            self.setChecked(True)
