"""File names a person reads: ``Laporan Penilaian - KDMP Long Beluah - 2026-12-01.pdf``.

One helper makes every name the app suggests or writes (reports, sync files, opened
attachments). A name keeps its spaces and its words, loses the characters Windows refuses
(``< > : " / \\ | ? *`` and control characters), never ends in a dot or a space, avoids the
names Windows reserves for devices (``CON``, ``NUL``, ``COM1``...) and stays within a length
that every file system and a synced folder path accept.
"""

from __future__ import annotations

import re
from datetime import date

SEPARATOR = " - "
MAX_STEM = 120
"""Characters of a name before its suffix: well below 255 so a folder path still fits."""
FALLBACK = "Berkas"

_ILLEGAL = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
_SPACES = re.compile(r"\s+")
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL"}
    | {f"COM{i}" for i in range(1, 10)}
    | {f"LPT{i}" for i in range(1, 10)}
)


def clean_part(text: object) -> str:
    """One part of a name: illegal characters become spaces, runs of spaces one space."""
    cleaned = _SPACES.sub(" ", _ILLEGAL.sub(" ", str(text))).strip()
    return cleaned.strip(". ").strip()


def safe_file_name(*parts: object, suffix: str = "", limit: int = MAX_STEM) -> str:
    """``parts`` joined by `` - `` into a name that is safe on Windows, macOS and Linux.

    Empty parts are left out; a name that would be empty becomes ``Berkas``. The stem is cut
    at ``limit`` characters (on a word boundary when one is near) before ``suffix`` is added.
    """
    stem = SEPARATOR.join(p for p in (clean_part(part) for part in parts) if p)
    if len(stem) > limit:
        cut = stem[:limit]
        space = cut.rfind(" ")
        stem = cut[:space] if space > limit * 2 // 3 else cut
        stem = stem.rstrip(" .-")
    stem = stem or FALLBACK
    if stem.split(".")[0].upper() in _RESERVED:
        stem = f"{stem}_"
    suffix = clean_part(suffix)
    if suffix and not suffix.startswith("."):
        suffix = f".{suffix}"
    return stem + suffix


def day(when: date) -> str:
    """A date as it sorts in a folder: ``2026-12-01``."""
    return when.isoformat()


def assessment_report(cooperative: str, assessed_on: date) -> str:
    """``Laporan Penilaian - <koperasi> - <tanggal>.pdf``."""
    return safe_file_name("Laporan Penilaian", cooperative, day(assessed_on), suffix=".pdf")


def profile_report(cooperative: str, on: date) -> str:
    """``Profil Koperasi - <koperasi> - <tanggal>.pdf``."""
    return safe_file_name("Profil Koperasi", cooperative, day(on), suffix=".pdf")


def monthly_report(mentor: str, month: str) -> str:
    """``Laporan Bulanan - <pendamping> - <YYYY-MM>.pdf``."""
    return safe_file_name("Laporan Bulanan", mentor, month, suffix=".pdf")


def sync_file(mentor: str, on: date, number: int, total: int, suffix: str) -> str:
    """``Sinkron - <pendamping> - <tanggal> - 1 dari 3.kopdes``."""
    return safe_file_name("Sinkron", mentor, day(on), f"{number} dari {total}", suffix=suffix)


def unique_in(name: str, taken: set[str]) -> str:
    """``name``, or ``name (2)``, ``name (3)``... when a name in ``taken`` (compared without
    case, as Windows does) already has it; the chosen name is added to ``taken``."""
    stem, dot, suffix = name.rpartition(".") if "." in name else (name, "", "")
    candidate, number = name, 1
    while candidate.casefold() in taken:
        number += 1
        candidate = f"{stem} ({number}){dot}{suffix}"
    taken.add(candidate.casefold())
    return candidate
