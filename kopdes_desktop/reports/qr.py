"""The seal's QR code on the page, drawn with reportlab's own barcode module.

The code is the same on every page of a document, so it is drawn once into a PDF form and
placed on each page: the file carries its modules once, and pages cost nothing more.
"""

from __future__ import annotations

import hashlib
import itertools

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.pdfgen.canvas import Canvas

LEVEL = "M"
"""Error correction M (15 %): a smudged or folded print still reads."""
QUIET = 4
"""The quiet zone around the code, in modules, as the QR standard asks."""


def modules(text: str) -> list[list[bool]]:
    """The dark/light modules of ``text`` as a QR code (level M, the smallest version)."""
    widget = QrCodeWidget(text, barLevel=LEVEL)
    widget.qr.make()
    return [[bool(cell) for cell in row] for row in widget.qr.modules]


def draw(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """Draw ``text`` as a QR code of ``size`` points (quiet zone included) at ``x``, ``y``."""
    name = "kopdesSeal" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    if not canvas.hasForm(name):
        grid = modules(text)
        box = size / (len(grid) + 2 * QUIET)
        canvas.beginForm(name, lowerx=0, lowery=0, upperx=size, uppery=size)
        canvas.setFillColorRGB(1, 1, 1)
        canvas.rect(0, 0, size, size, stroke=0, fill=1)
        canvas.setFillColorRGB(0, 0, 0)
        path = canvas.beginPath()
        for r, row in enumerate(grid):
            top = size - (r + QUIET + 1) * box
            c = 0
            for dark, run in itertools.groupby(row):
                count = len(list(run))
                if dark:
                    path.rect((c + QUIET) * box, top, count * box, box)
                c += count
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.endForm()
    canvas.saveState()
    canvas.translate(x, y)
    canvas.doForm(name)
    canvas.restoreState()
