from datetime import date

import pytest

from kopdes_desktop.core import validation as v
from kopdes_desktop.errors import ValidationError


@pytest.mark.parametrize("value", ["1234567890123", "1234 5678 90123", "1234-5678-90123"])
def test_nib_accepts_thirteen_digits(value):
    assert v.nib(value) == "1234567890123"


@pytest.mark.parametrize("value", ["123456789012", "12345678901234", "12345678901ab"])
def test_nib_rejects_other_lengths_and_letters(value):
    with pytest.raises(v.FieldError, match="13 angka"):
        v.nib(value)


def test_npwp_normalised_to_formatted_fifteen_digits():
    assert v.npwp("012345678901000") == "01.234.567.8-901.000"
    with pytest.raises(v.FieldError):
        v.npwp("12345")


def test_phone_normalised_and_rejected():
    assert v.phone("+6281234567890") == "0812-3456-7890"
    with pytest.raises(v.FieldError, match="telepon"):
        v.phone("12345")


def test_person_nik_checked_with_lokal():
    assert v.nik("6501010101900001") == "6501010101900001"
    with pytest.raises(v.FieldError):
        v.nik("6501019999900001")


def test_ahu_number_form():
    assert v.ahu_number("ahu-0001234.ah.01.29.tahun 2025") == "AHU-0001234.AH.01.29.TAHUN 2025"
    with pytest.raises(v.FieldError):
        v.ahu_number("0001234/2025")


@pytest.mark.parametrize(("lat", "lon"), [(3.3, 117.6), (-11.0, 95.0), (6.0, 141.0)])
def test_coordinates_inside_indonesia(lat, lon):
    assert v.latitude(lat) == lat and v.longitude(lon) == lon


@pytest.mark.parametrize(("lat", "lon"), [(-33.9, 117.6), (3.3, 151.2), (51.5, -0.1)])
def test_coordinates_outside_indonesia_rejected(lat, lon):
    with pytest.raises(v.FieldError):
        v.latitude(lat)
        v.longitude(lon)


def test_dates_in_the_future_rejected():
    today = date(2026, 11, 28)
    assert v.not_future(today, today) == today
    with pytest.raises(v.FieldError, match="masa depan"):
        v.not_future(date(2026, 11, 29), today)


def test_checker_collects_every_problem_in_both_languages():
    checker = v.Checker()
    checker.check("nib", v.nib, "12")
    checker.require("name", v.required_text, "  ")
    checker.check("npwp", v.npwp, "")  # empty optional field: fine
    with pytest.raises(ValidationError) as caught:
        checker.raise_if_any()
    assert set(caught.value.problems) == {"nib", "name"}
    assert caught.value.problems_en["name"] == "Required."


@pytest.mark.parametrize("value", ["١٢٣٤٥٦٧٨٩٠١٢٣", "1234567890123\x00"])
def test_nib_digits_are_ascii_digits(value):
    with pytest.raises(v.FieldError, match="13 angka"):
        v.nib(value)


def test_money_has_a_ceiling_and_is_not_a_bool():
    assert v.money(10**15) == 10**15
    with pytest.raises(v.FieldError, match="terlalu besar"):
        v.money(10**30)
    with pytest.raises(v.FieldError, match="bilangan bulat"):
        v.money(True)


def test_required_text_refuses_control_characters():
    assert v.required_text("Koperasi\tMerah Putih") == "Koperasi\tMerah Putih"
    with pytest.raises(v.FieldError, match="karakter"):
        v.required_text("Koperasi\x00")


def test_ahu_with_other_whitespace_is_normalised():
    assert v.ahu_number("AHU-0001234.AH.01.29.TAHUN\u00a02025") == "AHU-0001234.AH.01.29.TAHUN 2025"


def test_check_row_reports_what_the_province_would_refuse():
    values = {
        "created_at": "2025-11-03T08:30:00",
        "cooperative_id": "coop-1",
        "as_of": "2025-10-01",
        "members": True,
        "women": None,
    }
    with pytest.raises(ValidationError) as caught:
        v.check_row("member_count", values)
    assert set(caught.value.problems) == {"cooperative_id", "members"}
    assert caught.value.problems["members"] == "harus bilangan bulat"
    assert caught.value.problems_en["members"] == "must be a whole number"
