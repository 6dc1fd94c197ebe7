"""The seal's QR code on the page.

The modules come from zxing-cpp's encoder (native code, already here to read codes back for
``kopdes verify``): error correction M, the smallest version that holds the text, the mask
chosen by the standard's penalty, one pixel a module and no quiet zone. That takes about a
millisecond where a pure-Python encoder took six to eight, so a report with its code costs
little more than one without. zxing-cpp picks the encoding of the text (ISO-8859-1, the
standard's default, when it can); its reader gives back the same text, accents and other
scripts included (tests/reports/test_seal_qr_code.py).

The dark modules are drawn as vector rectangles, one per run of a row, written as PDF operators
into a form: the code is the same on every page of a document, so the file carries its modules
once, and each page only places the form.
"""

from __future__ import annotations

import hashlib
import re

import zxingcpp
from reportlab.pdfgen.canvas import Canvas

LEVEL = "M"
"""Error correction M (15 %): a smudged or folded print still reads."""
QUIET = 4
"""The quiet zone around the code, in modules, as the QR standard asks."""

_DARK = re.compile(b"\x00+")
"""A run of dark modules in zxing-cpp's image (0 is black, 255 white)."""
_X = [f"{x} " for x in range(177)]
_N = [f" {n} 1 re" for n in range(178)]
"""The parts of ``x y n 1 re`` made once (a code is at most 177 modules wide): formatting
numbers is most of the cost of writing the runs."""


def modules(text: str) -> tuple[int, bytes]:
    """``text`` as a QR code: its width in modules and its modules row by row, one byte each
    (0 dark, 255 light), without the quiet zone."""
    code = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level=LEVEL)
    image = code.to_image(scale=1, add_quiet_zones=False)
    height, width = image.shape
    if height != width:
        raise ValueError(f"a QR code is square, zxing-cpp gave {width}x{height}")
    # The image has the buffer protocol (one byte a pixel); zxing-cpp's stub does not say so.
    return width, bytes(memoryview(image))  # type: ignore[arg-type]  # a buffer, see above


def rows(text: str) -> list[str]:
    """``text`` as a QR code, one string of 0 (light) and 1 (dark) a row."""
    width, raw = modules(text)
    line = raw.translate(bytes.maketrans(b"\x00\xff", b"10")).decode("ascii")
    return [line[i : i + width] for i in range(0, len(line), width)]


def operators(width: int, raw: bytes) -> str:
    """PDF path operators filling the dark modules of a code, in module units with the origin
    at the bottom left corner: one ``re`` per run of dark modules in a row, then ``f``."""
    lines: list[str] = []
    add = lines.append
    for row in range(width):
        start = row * width
        y = str(width - 1 - row)
        for run in _DARK.finditer(raw, start, start + width):
            first, end = run.span()
            add(_X[first - start] + y + _N[end - first])
    add("f")
    return "\n".join(lines)


def draw(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """Draw ``text`` as a QR code of ``size`` points (quiet zone included) at ``x``, ``y``."""
    name = "kopdesSeal" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    if not canvas.hasForm(name):
        width, raw = modules(text)
        box = size / (width + 2 * QUIET)
        canvas.beginForm(name, lowerx=0, lowery=0, upperx=size, uppery=size)
        canvas.setFillColorRGB(1, 1, 1)
        canvas.rect(0, 0, size, size, stroke=0, fill=1)
        canvas.setFillColorRGB(0, 0, 0)
        canvas.saveState()
        canvas.scale(box, box)
        canvas.translate(QUIET, QUIET)
        # Written as PDF operators directly: reportlab's path object formats every number
        # slowly, and a code has a thousand runs or more.
        canvas.addLiteral(operators(width, raw))
        canvas.restoreState()
        canvas.endForm()
    canvas.saveState()
    canvas.translate(x, y)
    canvas.doForm(name)
    canvas.restoreState()
