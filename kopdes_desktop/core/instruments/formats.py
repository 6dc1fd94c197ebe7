"""What a text answer that misses its ``pattern`` is told, in words a mentor reads.

A mentor never sees a regular expression. A pattern of digits only (``[0-9]{13}``,
``\\d{6,20}``) is described by the engine itself ("harus 13 angka; tertulis 12"); any other
pattern must come with a ``pattern_message`` in the definition (the loader refuses it without
one), to which the engine adds what was typed when that helps.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # types only: model imports answers and scoring, not the other way
    from kopdes_desktop.core.instruments.model import Item, Text


_DIGITS = re.compile(r"^(?:\[0-9\]|\\d)\{(\d+)(?:,(\d+))?\}$")


def digit_lengths(pattern: str | None) -> tuple[int, int] | None:
    """``(shortest, longest)`` when ``pattern`` accepts digits only, else None."""
    match = _DIGITS.match(pattern or "")
    if match is None:
        return None
    low = int(match.group(1))
    return low, int(match.group(2)) if match.group(2) else low


def describable(pattern: str | None) -> bool:
    """Whether the engine can word a mismatch of ``pattern`` without a ``pattern_message``."""
    return digit_lengths(pattern) is not None


def _expected(lengths: tuple[int, int]) -> tuple[str, str]:
    low, high = lengths
    if low == high:
        return f"harus {low} angka", f"must be {low} digits"
    return f"harus {low} sampai {high} angka", f"must be {low} to {high} digits"


def _typed(value: str) -> tuple[str, str]:
    """What was typed, counted: ``tertulis 12`` or ``tertulis 12 angka dan 1 tanda lain``."""
    digits = sum(1 for ch in value if "0" <= ch <= "9")
    others = len(value) - digits
    if not others:
        return f"tertulis {digits}", f"{digits} typed"
    return (
        f"tertulis {digits} angka dan {others} tanda lain (huruf, spasi atau tanda baca)",
        f"{digits} digits and {others} other characters typed (letters, spaces or marks)",
    )


def mismatch(item: Item, value: str) -> tuple[str, str]:
    """Why ``value`` does not have ``item``'s format (Indonesian, English)."""
    lengths = digit_lengths(item.pattern)
    given: Text | None = item.pattern_message
    if lengths is not None:
        expected = (given.id, given.en) if given else _expected(lengths)
        typed = _typed(value)
        return f"{expected[0]}; {typed[0]}", f"{expected[1]}; {typed[1]}"
    if given is not None:
        return given.id, given.en
    # the loader refuses such a definition; this keeps even a hand-built Item readable
    return "bentuknya tidak sesuai contoh yang diminta", "not in the form asked for"
