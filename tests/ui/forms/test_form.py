"""The generated form on its own: skip logic, computed values, inline problems, parsing."""

from __future__ import annotations

import random

import pytest
from PySide6.QtWidgets import QApplication

from kopdes_desktop.core.formatting import number
from kopdes_desktop.core.instruments import example_answers
from kopdes_desktop.ui.dialogs.confirm import ConfirmDialog
from kopdes_desktop.ui.forms.instrument_form import InstrumentForm
from kopdes_desktop.ui.forms.parsing import parse_date, parse_number

from .filling import LEFT, fill_form
from .modal import when_modal


@pytest.fixture
def form(qtbot, ctx):
    widget = InstrumentForm(ctx.instruments.get("kesiapan-kdkmp"), "id")
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def _page(form: InstrumentForm, item_id: str) -> None:
    form.go_to_page(form.section_of[item_id])
    QApplication.processEvents()


def test_skip_logic_hides_and_shows_items_as_answers_change(qtbot, form):
    nib, ask = form.rows["nib"], form.rows["nib_ada"].field
    assert nib.isHidden()
    qtbot.mouseClick(ask.yes, LEFT)
    assert not nib.isHidden()
    qtbot.keyClicks(nib.field.edit, "8120305067891")
    assert form.answers()["nib"] == "8120305067891"
    qtbot.mouseClick(ask.no, LEFT)
    assert nib.isHidden() and "nib" not in form.answers()
    assert nib.field.edit.text() == "8120305067891"  # kept in case the answer changes back
    qtbot.mouseClick(ask.yes, LEFT)
    assert form.answers()["nib"] == "8120305067891"

    # inside a repeat group: turnover is asked only of an operating unit
    _page(form, "unit_usaha")
    units = form.rows["unit_usaha"].field
    qtbot.mouseClick(units.add_button, LEFT)
    QApplication.processEvents()
    box = units.boxes[0]
    assert box.rows["omzet_bulanan"].isHidden()
    qtbot.mouseClick(box.rows["status"].field.buttons["OPERATING"], LEFT)
    assert not box.rows["omzet_bulanan"].isHidden()
    qtbot.keyClicks(box.rows["omzet_bulanan"].field.edit, "12.500.000")
    assert form.answers()["unit_usaha"] == [{"status": "OPERATING", "omzet_bulanan": 12_500_000}]
    assert form.rows["omzet_total"].field.label.text() == "Rp12.500.000"
    qtbot.mouseClick(box.rows["status"].field.buttons["PLANNED"], LEFT)
    assert box.rows["omzet_bulanan"].isHidden()
    assert form.answers()["unit_usaha"] == [{"status": "PLANNED"}]
    when_modal(ConfirmDialog, lambda dialog: dialog.action_button.click())
    qtbot.mouseClick(box.remove_button, LEFT)
    assert "unit_usaha" not in form.answers() and not units.boxes


def test_computed_values_and_score_preview_follow_the_typing(qtbot, ctx, form):
    qtbot.keyClicks(form.rows["jumlah_pengurus"].field.edit, "5")
    qtbot.keyClicks(form.rows["jumlah_pengurus_perempuan"].field.edit, "2")
    assert form.rows["persen_pengurus_perempuan"].field.label.text() == "40 %"
    assert form.progress.value() == 2 and "2 dari" in form.progress_text.text()
    answers = example_answers(form.instrument, random.Random(5), 0.9)
    answers.pop("jumlah_pengurus"), answers.pop("jumlah_pengurus_perempuan")
    fill_form(qtbot, form, answers)
    expected = form.instrument.preview(form.answers())
    assert expected.complete
    assert form.preview.total.text() == f"{number(expected.total, 2)} / 100"
    assert form.preview.badge.text() == expected.category
    assert "Sementara" not in form.preview.state.text()


@pytest.mark.parametrize(
    ("item_id", "typed", "message"),
    [
        ("kas", "-5.000", "Tidak boleh negatif"),
        ("persen_anggota_bertransaksi", "120", "Persentase harus 0 sampai 100"),
        ("kas", "12abc", "Bukan jumlah Rupiah (contoh: 1.250.000)."),
        ("jumlah_pengurus", "3,5", "Harus bilangan bulat"),
    ],
)
def test_bad_numbers_are_explained_beside_the_field_and_kept(qtbot, form, item_id, typed, message):
    _page(form, item_id)
    row = form.rows[item_id]
    qtbot.keyClicks(row.field.edit, typed)
    assert row.error.isVisible() and row.error.text() == message
    assert row.field.edit.text() == typed
    qtbot.keyClicks(row.field.edit, "\b" * len(typed))
    assert not row.error.isVisible()


def test_gps_outside_indonesia_is_refused_with_the_reason(qtbot, form):
    row = form.rows["lokasi_kantor"]
    qtbot.keyClicks(row.field.lat, "40,5")
    qtbot.keyClicks(row.field.lon, "117,2")
    assert row.error.isVisible()
    assert row.error.text() == "Lintang di luar wilayah Indonesia (-11 sampai 6)."
    assert ("lokasi_kantor", row.error.text()) in form.problems()
    assert form.answers()["lokasi_kantor"] == {"lat": 40.5, "lon": 117.2}


def test_read_only_form_disables_every_field(qtbot, form):
    form.set_read_only(True)
    assert not form.rows["kas"].field.isEnabled()
    assert not form.rows["unit_usaha"].field.add_button.isEnabled()
    assert form.next_button.isEnabled()  # pages can still be read


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("1.250.000", "money", 1_250_000),
        ("Rp 1.250.000", "money", 1_250_000),
        ("1250000", "money", 1_250_000),
        ("-5.000", "money", -5000),
        ("1.250.000,00", "money", "1.250.000,00"),
        ("12,5", "decimal", 12.5),
        ("12.5", "percent", 12.5),
        ("45,43%", "percent", 45.43),
        ("1.234,5", "decimal", 1234.5),
        ("7", "integer", 7),
        ("abc", "integer", "abc"),
        ("", "money", None),
    ],
)
def test_number_parsing(text, kind, value):
    assert parse_number(text, kind) == value


def test_date_parsing():
    assert parse_date("03/11/2025").isoformat() == "2025-11-03"
    assert parse_date("2025-11-03").isoformat() == "2025-11-03"
    assert parse_date("31/02/2025") == "31/02/2025"
    assert parse_date("") is None
