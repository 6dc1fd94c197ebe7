"""Times on paper: the zone of the place the report is about, never UTC."""

from __future__ import annotations

from datetime import UTC, datetime

from kopdes_desktop.reports import localtime
from kopdes_desktop.reports.options import ReportOptions
from kopdes_desktop.reports.texts import label, words


def test_zone_follows_the_province_of_the_region_code():
    assert localtime.zone_for("65.01.01.2001").abbreviation == "WITA"  # Kalimantan Utara
    assert localtime.zone_for("64").abbreviation == "WITA"
    assert localtime.zone_for("31.71").abbreviation == "WIB"
    assert localtime.zone_for("61.01").abbreviation == "WIB"
    assert localtime.zone_for("94.71").abbreviation == "WIT"
    assert localtime.zone_for(None) is localtime.DEFAULT_ZONE
    assert localtime.DEFAULT_ZONE.name == "Asia/Makassar"


def test_stored_utc_is_printed_local_with_its_zone():
    stored = datetime(2026, 12, 5, 2, 49)  # naive UTC, as every stored time
    assert localtime.stamp(stored, localtime.WITA) == "2026-12-05 10:49 WITA"
    assert localtime.stamp(stored.replace(tzinfo=UTC), localtime.WIB) == "2026-12-05 09:49 WIB"
    late = datetime(2026, 12, 5, 20, 30)
    assert str(localtime.local_date(late, localtime.WIT)) == "2026-12-06"


def test_the_board_copy_is_the_default():
    options = ReportOptions()
    assert not options.appendix and not options.private_notes


def test_unknown_codes_are_printed_in_words():
    assert label("unit", "SIMPAN_PINJAM") == "Simpan pinjam"
    assert label("unit", "GERAI_DIGITAL_BARU") == "Gerai digital baru"
    assert label("visit_status", "PLANNED") == "Direncanakan"
    assert words("jumlah_anggota") == "Jumlah anggota"
