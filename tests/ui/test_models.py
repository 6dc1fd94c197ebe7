"""The table models, directly and under QAbstractItemModelTester."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from kopdes_desktop.core.services import cooperatives, followups, overview
from kopdes_desktop.core.services.followups import ActionRow
from kopdes_desktop.ui.models import actions as action_cols
from kopdes_desktop.ui.models import cooperatives as coop_cols
from kopdes_desktop.ui.models.actions import ActionTableModel
from kopdes_desktop.ui.models.base import ROW_ROLE, SORT_ROLE, PredicateProxy
from kopdes_desktop.ui.models.cooperatives import (
    NOT_ASSESSED_KEY,
    CooperativeFilterProxy,
    CooperativeTableModel,
)
from kopdes_desktop.ui.models.visits import VisitTableModel

FAIL = QAbstractItemModelTester.FailureReportingMode.Fatal


def _summaries(ctx):
    with ctx.store.read() as session:
        return cooperatives.list_summaries(session, ctx.today())


def test_cooperative_model_and_proxy_under_the_tester(ctx):
    model = CooperativeTableModel(language="en")
    proxy = CooperativeFilterProxy()
    proxy.setSourceModel(model)
    QAbstractItemModelTester(model, FAIL)
    QAbstractItemModelTester(proxy, FAIL)
    rows = _summaries(ctx)
    model.set_rows(rows)
    assert model.rowCount() == len(rows) == 8
    assert model.columnCount() == len(CooperativeTableModel.HEADERS)
    first = model.index(0, coop_cols.NAME)
    assert rows[0].name.startswith("Koperasi Desa Merah Putih ")
    assert first.data() == "KDMP " + rows[0].name.removeprefix("Koperasi Desa Merah Putih ")
    assert first.data(Qt.ItemDataRole.ToolTipRole) == rows[0].name
    assert first.data(ROW_ROLE) is rows[0]
    assert first.data(SORT_ROLE) == rows[0].name.casefold()
    assert model.headerData(coop_cols.KABUPATEN, Qt.Orientation.Horizontal) == "Kabupaten/Kota"
    proxy.set_filters(search=rows[3].village.upper())
    assert proxy.rowCount() == 1
    assert proxy.index(0, 0).data(ROW_ROLE).id == rows[3].id
    proxy.set_filters(search="")
    proxy.sort(coop_cols.NAME, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, 0).data(ROW_ROLE).name == max(r.name for r in rows)
    model.set_rows(rows[:2])
    assert proxy.rowCount() == 2


def test_proxy_filters_combine(ctx):
    rows = _summaries(ctx)
    model = CooperativeTableModel(language="en")
    proxy = CooperativeFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows(rows)
    kab = rows[0].kabupaten_code
    proxy.set_filters(kabupaten_code=kab)
    assert proxy.rowCount() == sum(1 for r in rows if r.kabupaten_code == kab) > 0
    proxy.set_filters(kabupaten_code=None, unit_status="PREPARING")
    expected = {r.id for r in rows if any(u.endswith(":PREPARING") for u in r.unit_statuses)}
    assert {proxy.index(i, 0).data(ROW_ROLE).id for i in range(proxy.rowCount())} == expected
    proxy.set_filters(unit_status=None, category=NOT_ASSESSED_KEY)
    assert proxy.rowCount() == sum(1 for r in rows if not r.latest_category)
    proxy.set_filters(category=None, mine={rows[1].id})
    assert proxy.rowCount() == 1
    proxy.set_filters(mine=None, search="no such cooperative anywhere")
    assert proxy.rowCount() == 0


def test_visit_model_under_the_tester(ctx):
    with ctx.store.read() as session:
        rows = overview.visit_rows(session)
    model = VisitTableModel(language="en")
    proxy = PredicateProxy()
    proxy.setSourceModel(model)
    QAbstractItemModelTester(model, FAIL)
    QAbstractItemModelTester(proxy, FAIL)
    model.set_rows(rows)
    assert model.rowCount() == 24
    assert all(row.assessments == 1 for row in rows)
    proxy.set_predicate(lambda row: row.cooperative_id == rows[0].cooperative_id)
    assert proxy.rowCount() == 3
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    dates = [proxy.index(i, 0).data(ROW_ROLE).visit_date for i in range(3)]
    assert dates == sorted(dates)


def test_action_model_marks_overdue_rows(ctx):
    with ctx.store.read() as session:
        rows = followups.list_actions(session, include_closed=True, today=ctx.today())
    model = ActionTableModel(language="en")
    QAbstractItemModelTester(model, FAIL)
    model.set_rows(rows)
    overdue = [i for i, r in enumerate(rows) if r.overdue]
    assert overdue
    index = model.index(overdue[0], action_cols.STATUS)
    assert index.data() == "Open, overdue"
    assert index.data(Qt.ItemDataRole.ForegroundRole).name() == "#b3261e"
    closed = ActionRow(
        "x",
        "c",
        "Koperasi",
        "Judul",
        "Ketua",
        date.today() - timedelta(days=3),
        "DONE",
        False,
        False,
        date.today(),
    )
    model.set_rows([closed])
    assert model.index(0, action_cols.STATUS).data() == "Done"
    assert model.index(0, action_cols.CLOSED).data()


def test_every_table_names_its_columns_in_the_order_its_model_has_them(qtbot, ctx):
    from kopdes_desktop.ui.models.actions import ActionColumn
    from kopdes_desktop.ui.models.cooperative_columns import (
        AssessmentColumn,
        MemberCountColumn,
        PersonColumn,
        TimelineColumn,
        UnitColumn,
    )
    from kopdes_desktop.ui.models.cooperatives import CooperativeColumn
    from kopdes_desktop.ui.models.visits import VisitColumn
    from kopdes_desktop.ui.views.cooperative_page import CooperativePage

    def headers(model) -> list[str]:
        return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]

    assert len(VisitColumn) == VisitTableModel(language="en").columnCount()
    assert headers(VisitTableModel(language="en"))[VisitColumn.PURPOSE] == "Purpose"
    assert len(CooperativeColumn) == CooperativeTableModel(language="en").columnCount()
    assert headers(CooperativeTableModel(language="en"))[CooperativeColumn.KECAMATAN] == "Kecamatan"
    assert len(ActionColumn) == ActionTableModel(language="en").columnCount()
    assert headers(ActionTableModel(language="en"))[ActionColumn.OWNER] == "Owner"
    page = CooperativePage(ctx)
    qtbot.addWidget(page)
    named = {
        TimelineColumn: (page.timeline.model, "Findings"),
        AssessmentColumn: (page.assessments.model, "Signed"),
        UnitColumn: (page.units.units, "Notes"),
        PersonColumn: (page.units.people, "Phone"),
        MemberCountColumn: (page.members.model, "Share of women"),
    }
    for columns, (model, last) in named.items():
        assert headers(model)[len(columns) - 1] == last, columns.__name__
        assert model.columnCount() == len(columns), columns.__name__
