"""The cooperative page: profile validation beside each field, units, people, members, chart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from kopdes_desktop.core.services import cooperatives
from kopdes_desktop.store.models import AuditEntry
from kopdes_desktop.ui.dialogs.member_count import MemberCountDialog
from kopdes_desktop.ui.dialogs.person import PersonDialog
from kopdes_desktop.ui.dialogs.unit import UnitDialog
from kopdes_desktop.ui.views.cooperative_page import ASSESSMENTS, CooperativePage


def _first_id(ctx):
    with ctx.store.read() as session:
        return cooperatives.list_summaries(session, ctx.today())[0].id


def _page(qtbot, ctx):
    page = CooperativePage(ctx)
    qtbot.addWidget(page)
    page.show_record(_first_id(ctx))
    return page


def _type(qtbot, edit, text):
    edit.clear()
    qtbot.keyClicks(edit, text)


def test_bad_profile_input_is_shown_beside_each_field_and_nothing_stored(qtbot, ctx):
    page = _page(qtbot, ctx)
    form = page.profile
    with ctx.store.read() as session:
        before = cooperatives.get(session, page.cooperative_id)
        before_state = (before.nib, before.office_lat, before.name, before.updated_at)
    _type(qtbot, form.edits["nib"], "123456789012")
    _type(qtbot, form.office_lat, "12.5")
    _type(qtbot, form.office_lon, "utara")
    _type(qtbot, form.edits["name"], "Koperasi Baru Sekali")
    _type(qtbot, form.money["financing_disbursed"], "900.000.000")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    problems = {**form.identity.problems(), **form.money_form.problems()}
    assert problems["nib"] == "NIB must be 13 digits; 12 typed."
    assert problems["office_lat"] == "Latitude is outside Indonesia (-11 to 6)."
    assert problems["office_lon"] == "Type a number such as 117.37."
    assert problems["financing_disbursed"] == "Disbursed exceeds the ceiling."
    assert "name" not in problems
    assert form.edits["nib"].text() == "123456789012"
    assert form.edits["name"].text() == "Koperasi Baru Sekali"
    with ctx.store.read() as session:
        after = cooperatives.get(session, page.cooperative_id)
        assert (after.nib, after.office_lat, after.name, after.updated_at) == before_state


def test_valid_profile_is_saved_and_audited(qtbot, ctx):
    page = _page(qtbot, ctx)
    form = page.profile
    _type(qtbot, form.edits["nib"], "1234567890123")
    _type(qtbot, form.office_lat, "2,84")
    _type(qtbot, form.office_lon, "117.37")
    _type(qtbot, form.founded_on, "3-11-2025")
    _type(qtbot, form.money["financing_disbursed"], "Rp250.000.000")
    with qtbot.waitSignal(ctx.events.data_changed, check_params_cb=lambda k: k == "cooperative"):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.identity.problems() == {} and form.money_form.problems() == {}
    with ctx.store.read() as session:
        coop = cooperatives.get(session, page.cooperative_id)
        assert (coop.nib, coop.office_lat, coop.office_lon) == ("1234567890123", 2.84, 117.37)
        assert coop.financing_disbursed == 250_000_000
        assert str(coop.founded_on) == "2025-11-03"
        audit = session.query(AuditEntry).filter_by(record_id=coop.id, action="update").all()
        assert any("nib" in entry.changes for entry in audit)


def test_person_dialog_rejects_a_bad_phone(qtbot, ctx):
    coop_id = _first_id(ctx)
    dialog = PersonDialog(ctx, coop_id, "PENGURUS", None)
    qtbot.addWidget(dialog)
    dialog.role.setCurrentText("Sekretaris")
    qtbot.keyClicks(dialog.name, "Dewi Lestari")
    qtbot.keyClicks(dialog.phone, "12345")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "phone" in dialog.form.problems()
    assert dialog.person_id is None
    with ctx.store.read() as session:
        assert "Dewi Lestari" not in [p.name for p in cooperatives.people(session, coop_id)]
    dialog.phone.clear()
    qtbot.keyClicks(dialog.phone, "0812 3456 7890")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.person_id
    with ctx.store.read() as session:
        person = next(p for p in cooperatives.people(session, coop_id) if p.name == "Dewi Lestari")
        assert (person.role, person.phone) == ("Sekretaris", "0812-3456-7890")


def test_unit_and_member_dialogs_store_what_they_show(qtbot, ctx):
    coop_id = _first_id(ctx)
    unit = UnitDialog(ctx, coop_id, None)
    qtbot.addWidget(unit)
    unit.kind.setCurrentIndex(unit.kind.findData("KLINIK"))
    unit.status.setCurrentIndex(unit.status.findData("PLANNED"))
    qtbot.keyClicks(unit.turnover, "abc")
    assert unit.turnover.text() == ""
    qtbot.keyClicks(unit.turnover, "1.2.3")
    unit.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "monthly_turnover" in unit.form.problems() and unit.unit_id is None
    unit.turnover.clear()
    qtbot.keyClicks(unit.turnover, "12.500.000")
    unit.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert unit.unit_id
    members = MemberCountDialog(ctx, coop_id)
    qtbot.addWidget(members)
    members.members.setValue(120)
    members.women.setValue(150)
    members.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "women" in members.form.problems()
    members.women.setValue(48)
    members.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    with ctx.store.read() as session:
        kinds = {
            (u.kind, u.status, u.monthly_turnover) for u in cooperatives.units(session, coop_id)
        }
        assert ("KLINIK", "PLANNED", 12_500_000) in kinds
        assert [(m.members, m.women) for m in cooperatives.member_history(session, coop_id)] == [
            (120, 48)
        ]


def test_tabs_show_history_and_the_trend_chart(qtbot, ctx):
    page = _page(qtbot, ctx)
    page.show()
    assert page.timeline.model.rowCount() == 3
    assert page.units.units.rowCount() == 2 and page.units.people.rowCount() == 2
    assert page.actions_tab.open_count() == 2
    assert page.tabs.tabText(5) == "Follow-ups (2 open)"
    page.tabs.setCurrentIndex(ASSESSMENTS)
    assert page.assessments.proxy.rowCount() == 3
    names = page.assessments.chart.series_names
    assert names[-1] == "Total" and len(names) == 8
    with qtbot.waitSignal(
        ctx.events.navigate, check_params_cb=lambda v, r: v == "visit" and r.startswith("new:")
    ):
        qtbot.mouseClick(page.new_visit_button, Qt.MouseButton.LeftButton)
