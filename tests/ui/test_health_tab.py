"""RAT and financing on the cooperative page: the dialogs refuse bad input beside the field and
store nothing; saved data shows in the tab, the header and Beranda."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, Qt
from sqlalchemy import select

from kopdes_desktop.core.services import cooperatives
from kopdes_desktop.store.models import Financing, FinancingPayment, RatMeeting
from kopdes_desktop.ui.dialogs.financing_dialog import FinancingDialog
from kopdes_desktop.ui.dialogs.financing_entry import PAYMENT, FinancingEntryDialog
from kopdes_desktop.ui.dialogs.rat_dialog import RatDialog
from kopdes_desktop.ui.views.cooperative_page import HEALTH, CooperativePage


def _first_id(ctx):  # type: ignore[no-untyped-def]
    with ctx.store.read() as session:
        return cooperatives.list_summaries(session, ctx.today())[0].id


def _type(qtbot, edit, text):  # type: ignore[no-untyped-def]
    edit.clear()
    qtbot.keyClicks(edit, text)


def _save(qtbot, dialog):  # type: ignore[no-untyped-def]
    button = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_financing_above_its_ceiling_is_refused_beside_the_field(qtbot, ctx):
    coop = _first_id(ctx)
    dialog = FinancingDialog(ctx, coop)
    qtbot.addWidget(dialog)
    _type(qtbot, dialog.lender, "BRI")
    _type(qtbot, dialog.ceiling, "100.000.000")
    _type(qtbot, dialog.disbursed, "200.000.000")
    _save(qtbot, dialog)
    assert dialog.form.problems() == {
        "disbursed": "The amount disbursed (Rp200,000,000) cannot exceed the ceiling "
        "(Rp100,000,000)."
    }
    assert dialog.saved_id is None
    with ctx.store.read() as session:
        assert session.scalars(select(Financing)).all() == []
    _type(qtbot, dialog.disbursed, "100.000.000")
    dialog.disbursed_on.setDate(QDate(ctx.today() - timedelta(days=200)))
    _save(qtbot, dialog)
    assert dialog.form.problems() == {}
    with ctx.store.read() as session:
        (row,) = session.scalars(select(Financing)).all()
        assert (row.lender, row.ceiling, row.tenor_months, row.grace_months) == (
            "BRI",
            100_000_000,
            72,
            6,
        )


def test_the_tab_lists_instalments_and_a_payment_before_disbursement_is_refused(qtbot, ctx):
    page = CooperativePage(ctx)
    qtbot.addWidget(page)
    coop = _first_id(ctx)
    page.show_record(coop)
    page.tabs.setCurrentIndex(HEALTH)
    dialog = FinancingDialog(ctx, coop)
    qtbot.addWidget(dialog)
    _type(qtbot, dialog.lender, "BNI")
    _type(qtbot, dialog.ceiling, "3.000.000.000")
    _type(qtbot, dialog.disbursed, "1.000.000.000")
    dialog.disbursed_on.setDate(QDate(ctx.today() - timedelta(days=30)))
    _save(qtbot, dialog)
    page.refresh()
    tab = page.health
    assert tab.model.rowCount() == 1
    assert "BNI" in tab.model.index(0, 0).data()
    assert tab.model.index(0, 5).data().count("Rp5,000,000") == 3  # interest during grace
    tab.table.selectRow(0)
    assert tab.pay_button.isEnabled()
    entry = FinancingEntryDialog(ctx, dialog.saved_id, "BNI", PAYMENT)
    qtbot.addWidget(entry)
    entry.day.setDate(QDate(ctx.today() - timedelta(days=31)))
    _type(qtbot, entry.amount, "5.000.000")
    _save(qtbot, entry)
    assert "before disbursement" in entry.form.problems()["paid_on"]
    with ctx.store.read() as session:
        assert session.scalars(select(FinancingPayment)).all() == []


def test_an_rat_date_before_the_fiscal_year_ends_is_refused_beside_the_field(qtbot, ctx):
    coop = _first_id(ctx)
    dialog = RatDialog(ctx, coop)
    qtbot.addWidget(dialog)
    year = dialog.fiscal_year.value()
    dialog.held_on.setDate(QDate(year, 12, 30))
    _save(qtbot, dialog)
    assert dialog.form.problems()["held_on"].startswith(
        f"The RAT date must be after fiscal year {year} ends"
    )
    with ctx.store.read() as session:
        assert session.scalars(select(RatMeeting)).all() == []
    dialog.held_on.setDate(QDate(year + 1, 1, 20))
    _save(qtbot, dialog)
    assert dialog.form.problems() == {}
    page = CooperativePage(ctx)
    qtbot.addWidget(page)
    page.show_record(coop)
    assert f"RAT for fiscal year {year} held on 20 January {year + 1}" in page.standing.text()


def test_the_2021_instrument_is_selectable_and_its_pending_values_are_marked(qtbot, ctx):
    from kopdes_desktop.core.services import assessments
    from kopdes_desktop.ui.dialogs.instrument_choice import InstrumentChoiceDialog
    from kopdes_desktop.ui.forms.assessment_panel import AssessmentPanel

    coop = _first_id(ctx)
    choice = InstrumentChoiceDialog(ctx, coop)
    qtbot.addWidget(choice)
    box = choice.boxes["kesehatan-koperasi-2021"]
    assert box.isEnabled() and "Permenkop 9/2020" in box.text()
    box.setChecked(True)
    assert "kesehatan-koperasi-2021" in choice.chosen()
    with ctx.store.session() as session:
        draft = assessments.start(
            session, ctx.instruments, coop, "kesehatan-koperasi-2021", assessed_on=ctx.today()
        ).id
    panel = AssessmentPanel(ctx, draft)
    qtbot.addWidget(panel)
    assert not panel.pending.isHidden()
    assert panel.pending.text().startswith("Awaiting verification:")
    assert "Perdep 06/2016" in panel.pending.toolTip()
