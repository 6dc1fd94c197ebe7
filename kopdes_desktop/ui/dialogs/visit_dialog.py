"""New visit (choose the cooperative, then date, purpose, attendees, GPS, notes) or edit one.

What is typed is kept as a form draft until the visit is saved, so a crash loses none of it;
*Cancel* asks before typed text is thrown away.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.errors import KopdesError, ValidationError, localized_problems
from kopdes_desktop.ui.context import AppContext
from kopdes_desktop.ui.dialogs.confirm import ConfirmDialog
from kopdes_desktop.ui.forms.draft_keeper import DraftKeeper
from kopdes_desktop.ui.forms.rows import reserve_line
from kopdes_desktop.ui.forms.visit_fields import VisitFields
from kopdes_desktop.ui.widgets.search import OpenSingleHit

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2


class VisitDialog(QDialog):
    """Records a new visit (``visit_id`` None) or corrects an existing one."""

    def __init__(
        self,
        ctx: AppContext,
        visit_id: str | None = None,
        cooperative_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.visit_id = visit_id
        self.cooperative_id = cooperative_id
        self.keeper = DraftKeeper(
            ctx,
            "visit",
            visit_id or "new",
            self._typed,
            lambda: {"cooperative_id": self.cooperative_id or ""},
            self,
        )
        self.keeper.paused = True
        self._build()
        self._connect()
        self._assemble()
        self._load()
        self._restore_kept()
        self.keeper.paused = False

    def _build(self) -> None:
        self.setWindowTitle(
            self.tr("New visit") if self.visit_id is None else self.tr("Edit visit")
        )
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search cooperative, village, kecamatan…"))
        self.search.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setMinimumHeight(150)
        self.chosen = QLabel()
        self.chosen_error = QLabel()
        self.chosen_error.setStyleSheet("color: #b3261e;")
        reserve_line(self.chosen_error)
        self.chosen_error.hide()
        self.fields = VisitFields(self.ctx.language, self.ctx.today())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )

    def _connect(self) -> None:
        # Enter with one cooperative found chooses it and goes on to the purpose
        OpenSingleHit(
            self.search,
            self.list,
            lambda _index: self.fields.purpose.setFocus(Qt.FocusReason.OtherFocusReason),
        )
        self.search.textChanged.connect(self._filter)
        self.list.selectionModel().currentChanged.connect(self._picked)
        self.fields.changed.connect(self.keeper.touch)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

    def _assemble(self) -> None:
        layout = QVBoxLayout(self)
        if self.visit_id is None:
            label = QLabel(self.tr("&Cooperative *"))
            label.setBuddy(self.search)
            layout.addWidget(label)
            layout.addWidget(self.search)
            layout.addWidget(self.list)
            layout.addWidget(self.chosen_error)
        else:
            layout.addWidget(self.chosen)
        layout.addWidget(self.fields)
        layout.addWidget(self.buttons)
        self.resize(620, 640 if self.visit_id is None else 420)

    def _load(self) -> None:
        if self.visit_id is not None:
            visit = self.ctx.services.visits.get(self.visit_id)
            self.cooperative_id = visit.cooperative_id
            self.chosen.setText(f"<b>{visit.cooperative}</b>")
            self.fields.set_values(visit.values())
            return
        for summary in self.ctx.services.visits.cooperative_choices(self.ctx.today()):
            entry = QStandardItem(f"{summary.name} — {summary.village}, {summary.kabupaten}")
            entry.setData(summary.id, ID_ROLE)
            entry.setData(
                " ".join(
                    (
                        summary.name,
                        summary.village,
                        summary.kecamatan,
                        summary.kabupaten,
                        summary.legal_numbers,
                    )
                ),
                SEARCH_ROLE,
            )
            entry.setEditable(False)
            self.model.appendRow(entry)
        self.fields.set_values({"visit_date": self.ctx.today()})
        if self.cooperative_id:
            self.select_cooperative(self.cooperative_id)

    def _typed(self) -> dict[str, str]:
        return self.fields.typed()

    def _restore_kept(self) -> None:
        kept = self.keeper.kept()
        if kept is None:
            return
        if self.visit_id is None and kept.context.get("cooperative_id"):
            self.select_cooperative(kept.context["cooperative_id"])
        self.fields.set_typed(kept.values)
        self.keeper.dirty = True

    def reject(self) -> None:
        """*Cancel* (or Escape): typed text is thrown away only when the mentor agrees."""
        if self.keeper.dirty and not ConfirmDialog.ask(
            self,
            self.windowTitle(),
            self.tr("Throw away what you typed for this visit?"),
            self.tr("&Throw away"),
        ):
            return
        self.keeper.drop()
        super().reject()

    def select_cooperative(self, cooperative_id: str) -> None:
        matches = self.model.match(
            self.model.index(0, 0), ID_ROLE, cooperative_id, 1, Qt.MatchFlag.MatchExactly
        )
        if matches:
            index = self.proxy.mapFromSource(matches[0])
            self.list.setCurrentIndex(index)
            self.list.scrollTo(index)

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if self.proxy.rowCount() == 1:
            self.list.setCurrentIndex(self.proxy.index(0, 0))

    def _picked(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.cooperative_id = current.data(ID_ROLE) if current.isValid() else None
        self.keeper.touch()
        if self.cooperative_id:
            self.chosen_error.hide()

    def _save(self) -> None:
        problems = self.fields.local_problems()
        if self.visit_id is None and not self.cooperative_id:
            self.chosen_error.setText(self.tr("Choose the cooperative visited."))
            self.chosen_error.show()
            problems.setdefault("cooperative", "")
        if problems:
            self.fields.show_problems(problems)
            target = (
                self.search if "cooperative" in problems else self.fields.first_problem_widget()
            )
            if target is not None:
                target.setFocus()
            return
        values = self.fields.values()
        try:
            if self.visit_id is None:
                assert self.cooperative_id  # a new visit without one stopped at the check above
                self.visit_id = self.ctx.services.visits.create(
                    self.cooperative_id, today=self.ctx.today(), **values
                )
            else:
                self.ctx.services.visits.update(self.visit_id, today=self.ctx.today(), **values)
        except ValidationError as exc:
            self.fields.show_problems(localized_problems(exc, self.ctx.language))
            return
        except KopdesError as exc:
            self.fields.show_problems({"notes": exc.localized(self.ctx.language)})
            return
        self.keeper.drop()
        self.ctx.events.data_changed.emit("visit")
        self.accept()

    @classmethod
    def add(
        cls, parent: QWidget | None, ctx: AppContext, cooperative_id: str | None = None
    ) -> str | None:
        """Ask for a new visit; returns its id, or None when cancelled."""
        dialog = cls(ctx, None, cooperative_id, parent)
        return dialog.visit_id if dialog.exec() == QDialog.DialogCode.Accepted else None

    @classmethod
    def edit(cls, parent: QWidget | None, ctx: AppContext, visit_id: str) -> str | None:
        """Correct a visit; returns its id when saved, else None."""
        dialog = cls(ctx, visit_id, None, parent)
        return visit_id if dialog.exec() == QDialog.DialogCode.Accepted else None
