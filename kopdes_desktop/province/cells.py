"""Spreadsheet cells that never run what a laptop wrote.

Every value comes from a mentor's laptop, so none is trusted to be harmless in a spreadsheet
(see :func:`safe_cell`): text that a spreadsheet would run as a formula is neutralised, control
characters are escaped, and numbers a spreadsheet cannot hold exactly are written as text.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

# A cell starting with one of these is run as a formula by Excel or LibreOffice (a tab or
# carriage return first is stripped by some, leaving the formula behind).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# Characters an xlsx file cannot hold (openpyxl refuses them), DEL, and carriage return (which
# an xlsx reader turns into a newline); tab and newline inside a text are kept.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# Integers beyond this lose digits in a spreadsheet (15 significant digits): written as text.
MAX_EXACT = 10**15
MAX_TEXT = 32_767  # the most characters a spreadsheet cell holds
CUT = " [dipotong]"


def _escape(match: re.Match[str]) -> str:
    return f"\\x{ord(match.group()):02x}"


def safe_text(text: str) -> str:
    """``text`` as a spreadsheet shows it and never runs it: control characters escaped
    (``\\x0b``), a leading formula character neutralised by a quote, cut to a cell's size."""
    text = CONTROL.sub(_escape, text)
    if text.startswith(FORMULA_PREFIXES):
        text = "'" + text
    if len(text) > MAX_TEXT:
        text = text[: MAX_TEXT - len(CUT)] + CUT
    return text


def safe_cell(value: Any) -> Any:
    """A stored value as a spreadsheet cell: booleans and numbers a spreadsheet holds exactly
    stay numbers; other numbers, objects and lists become text; all text is made safe."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        if abs(value) < MAX_EXACT:
            return value
        return safe_text(_digits(value))
    if isinstance(value, float):
        return value if math.isfinite(value) else safe_text(str(value))
    if isinstance(value, (dict, list)):
        return safe_text(json.dumps(value, ensure_ascii=False, sort_keys=True, default=str))
    return safe_text(str(value))


def _digits(value: int) -> str:
    try:
        return str(value)
    except ValueError:  # beyond Python's digit limit for int-to-text conversion
        return f"{value:#x}"
