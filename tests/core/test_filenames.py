"""File names a person reads, safe on every system."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kopdes_desktop.core import filenames
from kopdes_desktop.core.filenames import safe_file_name


def test_report_and_sync_names_read_as_words():
    assert (
        filenames.assessment_report("KDMP Long Beluah", date(2026, 12, 1))
        == "Laporan Penilaian - KDMP Long Beluah - 2026-12-01.pdf"
    )
    assert (
        filenames.profile_report("KDMP Long Beluah", date(2026, 12, 1))
        == "Profil Koperasi - KDMP Long Beluah - 2026-12-01.pdf"
    )
    assert (
        filenames.monthly_report("Rina Wulandari", "2026-11")
        == "Laporan Bulanan - Rina Wulandari - 2026-11.pdf"
    )
    assert (
        filenames.sync_file("Rina Wulandari", date(2026, 12, 1), 1, 3, ".kopdes")
        == "Sinkron - Rina Wulandari - 2026-12-01 - 1 dari 3.kopdes"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Koperasi "Maju": Desa/Kel. <Sebuku>?', "Koperasi Maju Desa Kel. Sebuku"),
        ("KDMP\tLong\nBia*|", "KDMP Long Bia"),
        ("...", "Berkas"),
        ("CON", "CON_"),
        ("nul.txt", "nul.txt_"),
        ("Pa' Padi", "Pa' Padi"),
    ],
)
def test_characters_windows_refuses_are_dropped_and_spaces_kept(text, expected):
    assert safe_file_name(text) == expected


def test_long_names_are_cut_on_a_word_and_keep_their_suffix():
    name = safe_file_name(
        "Laporan Penilaian", "Koperasi Desa Merah Putih " * 10, "2026-12-01", suffix=".pdf"
    )
    assert name.endswith(".pdf") and len(name) <= filenames.MAX_STEM + 4
    assert not name[:-4].endswith((" ", "-", "."))


def test_unique_names_in_one_folder_ignore_case():
    taken: set[str] = set()
    assert filenames.unique_in("Laporan - A.pdf", taken) == "Laporan - A.pdf"
    assert filenames.unique_in("laporan - a.pdf", taken) == "laporan - a (2).pdf"
    assert filenames.unique_in("Laporan - A.pdf", taken) == "Laporan - A (3).pdf"


@given(st.lists(st.text(max_size=80), max_size=4))
def test_any_text_makes_a_safe_bounded_name(parts):
    name = safe_file_name(*parts, suffix=".pdf")
    stem = name[:-4]
    assert name.endswith(".pdf") and 0 < len(stem) <= filenames.MAX_STEM + 1
    assert not set('<>:"/\\|?*') & set(name)
    assert all(ord(ch) >= 32 and ch != "\x7f" for ch in name)
    assert stem == stem.strip(" .") or stem.endswith("_")
