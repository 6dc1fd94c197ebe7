"""The visit editor's table models, directly and under QAbstractItemModelTester."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from kopdes_desktop.core.services import drafts, followups
from kopdes_desktop.ui.models.base import ROW_ROLE, SORT_ROLE, PredicateProxy
from kopdes_desktop.ui.views.visit_tables import OVERDUE_COLOR, ActionsModel, FindingsModel

from .conftest import TODAY


def _actions(ctx, ids):  # noqa: ANN001, ANN202
    with ctx.store.session() as session:
        for days, title in ((30, "Rapat anggota tahunan"), (-40, "Susun SOP gerai")):
            followups.add_action(
                session,
                ids["coop"],
                title=title,
                owner="Ketua",
                due_date=TODAY + timedelta(days=days),
            )
    with ctx.store.read() as session:
        return drafts.actions_at_visit(session, ids["old_visit"])


def test_actions_model_sorts_by_deadline_and_marks_overdue(qapp, ctx, ids):
    model = ActionsModel("id", TODAY)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    proxy = PredicateProxy()
    proxy.setSourceModel(model)
    QAbstractItemModelTester(proxy, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_rows(_actions(ctx, ids))
    assert model.rowCount() == 3 and model.columnCount() == 4
    assert model.headerData(ActionsModel.DUE, Qt.Orientation.Horizontal) == "Tenggat"
    proxy.sort(ActionsModel.DUE, Qt.SortOrder.AscendingOrder)
    titles = [proxy.index(r, ActionsModel.TITLE).data() for r in range(3)]
    assert titles == ["Susun SOP gerai", "Lengkapi buku kas harian", "Rapat anggota tahunan"]
    first = proxy.index(0, ActionsModel.DUE)
    assert first.data() == "11 Oktober 2025"
    assert first.data(Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOR
    assert model.color(proxy.index(2, 0).data(ROW_ROLE)) is None
    assert proxy.index(0, ActionsModel.STATUS).data() == "Terbuka"
    assert proxy.index(0, 0).data(ROW_ROLE).title == "Susun SOP gerai"
    assert isinstance(proxy.index(0, ActionsModel.DUE).data(SORT_ROLE), int)
    proxy.set_predicate(lambda row: row.owner == "Bendahara")
    assert proxy.rowCount() == 1
    model.set_rows([])
    assert proxy.rowCount() == 0


def test_findings_model_shows_compliance_labels(qapp, ctx, ids):
    with ctx.store.session() as session:
        followups.add_finding(
            session,
            ids["old_visit"],
            area="Unit usaha",
            temuan="Stok habis",
            rekomendasi="Tambah pemasok",
            compliance="TIDAK_SESUAI",
        )
        followups.add_finding(
            session,
            ids["old_visit"],
            area="Tata kelola",
            temuan="Rapat ada",
            rekomendasi="Lanjutkan",
        )
    with ctx.store.read() as session:
        rows = followups.findings_of_visit(session, ids["old_visit"])
    model = FindingsModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_rows(rows)
    assert [model.index(r, FindingsModel.COMPLIANCE).data() for r in range(2)] == [
        "Tidak Sesuai",
        "",
    ]
    assert model.index(0, FindingsModel.REKOMENDASI).data() == "Tambah pemasok"
