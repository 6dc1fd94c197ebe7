"""The seal's QR code on the page, drawn with reportlab's own barcode module.

reportlab lays the code out (version, bit stream, module placement, masking). Two of its steps
are slow in pure Python and are done here with tables instead, with the same result: the
Reed-Solomon error correction (reportlab builds the generator polynomial again for every
block) and the choice of mask, scored by the four penalty rules of ISO/IEC 18004 on rows as
text and bits (reportlab scores module by module). A report with its code then costs little
more than one without.

The code is the same on every page of a document, so it is drawn once into a PDF form and
placed on each page: the file carries its modules once, and pages cost nothing more.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from functools import cache

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.barcode.qrencoder import EXP_TABLE, LOG_TABLE, QRCode, QRRSBlock
from reportlab.pdfgen.canvas import Canvas

LEVEL = "M"
"""Error correction M (15 %): a smudged or folded print still reads."""
QUIET = 4
"""The quiet zone around the code, in modules, as the QR standard asks."""


_DARK = re.compile("1+")


@cache
def _generator(degree: int) -> tuple[int, ...]:
    """The Reed-Solomon generator polynomial of ``degree`` (coefficients after the leading 1,
    as logarithms), the product of (x - a^i) for i < degree."""
    poly = [1]
    for i in range(degree):
        nxt = [0] * (len(poly) + 1)
        for j, coef in enumerate(poly):
            nxt[j] ^= coef
            if coef:
                nxt[j + 1] ^= EXP_TABLE[(LOG_TABLE[coef] + i) % 255]
        poly = nxt
    return tuple(LOG_TABLE[c] if c else -1 for c in poly[1:])


def _remainder(data: list[int], degree: int) -> list[int]:
    gen = _generator(degree)
    rem = [0] * degree
    for byte in data:
        factor = byte ^ rem[0]
        rem = rem[1:] + [0]
        if factor:
            log = LOG_TABLE[factor]
            for i, g in enumerate(gen):
                if g >= 0:
                    rem[i] ^= EXP_TABLE[(log + g) % 255]
    return rem


def codewords(qr: QRCode) -> list[int]:
    """The data and error correction codewords of ``qr``, interleaved as reportlab's
    ``QRCode.createData`` makes them."""
    blocks = QRRSBlock.getRSBlocks(qr.version, qr.errorCorrectLevel)
    capacity = sum(b.dataCount for b in blocks)
    bits = _bits(qr, capacity)
    buffer = [int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)]
    data, ecc, offset = [], [], 0
    for block in blocks:
        chunk = buffer[offset:offset + block.dataCount]
        offset += block.dataCount
        data.append(chunk)
        ecc.append(_remainder(chunk, block.totalCount - block.dataCount))
    return [x for group in itertools.chain(itertools.zip_longest(*data),
                                           itertools.zip_longest(*ecc))
            for x in group if x is not None]


def _bits(qr: QRCode, capacity: int) -> str:
    """The padded bit stream of ``qr``'s data (as reportlab writes it), as text."""
    from reportlab.graphics.barcode.qrencoder import QRBitBuffer

    stream = QRBitBuffer()
    for item in qr.dataList:
        item.write(stream, qr.version)
    total = capacity * 8
    if stream.getLengthInBits() + 4 <= total:
        stream.put(0, 4)
    while stream.getLengthInBits() % 8:
        stream.putBit(False)
    bits = "".join(f"{b:08b}" for b in stream.buffer)[:stream.getLengthInBits()]
    pads = itertools.cycle((QRCode.PAD0, QRCode.PAD1))
    while len(bits) < total:
        bits += f"{next(pads):08b}"
    return bits


def _runs(values: list[int], width: int) -> int:
    """Rule 1 over lines given as ints: a run of n >= 5 modules of one colour costs n - 2,
    counted as its five-module windows (n - 4) plus 2 for the run."""
    valid = (1 << (width - 4)) - 1
    score = 0
    for v in values:
        same = ~(v ^ (v >> 1))
        windows = same & (same >> 1) & (same >> 2) & (same >> 3) & valid
        if windows:
            score += windows.bit_count() + 2 * (windows & ~(windows >> 1)).bit_count()
    return score


def penalty(rows: list[str]) -> int:
    """The mask penalty of ISO/IEC 18004 (rules 1 to 4) of a code given as rows of 0 and 1."""
    width = len(rows)
    cols = ["".join(col) for col in zip(*rows, strict=True)]
    values = [int(row, 2) for row in rows]
    score = _runs(values, width) + _runs([int(col, 2) for col in cols], width)
    text = "\n".join(rows) + "\n" + "\n".join(cols)
    score += 40 * (text.count("00001011101") + text.count("10111010000"))
    mask = (1 << (width - 1)) - 1
    for a, b in itertools.pairwise(values):
        same = ~(a ^ b) & ~(a ^ (a >> 1)) & ~(b ^ (b >> 1)) & mask
        score += 3 * same.bit_count()
    dark = sum(v.bit_count() for v in values)
    score += 10 * (abs(dark * 100 // (width * width) - 50) // 5)
    return score


@cache
def _mask_rows(size: int, pattern: int) -> tuple[int, ...]:
    """Mask ``pattern`` over a code of ``size`` modules, one int a row (column 0 the highest
    bit), as reportlab's mask functions define it."""
    from reportlab.graphics.barcode.qrencoder import QRUtil

    function = QRUtil.getMask(pattern)
    return tuple(sum(1 << (size - 1 - c) for c in range(size) if function(r, c))
                 for r in range(size))


def _patterns(qr: QRCode, pattern: int, test: bool) -> list[int]:
    """The function patterns of ``qr`` (finders, alignment, timing, format and version bits)
    laid out by reportlab's own steps, data modules left light; one int a row."""
    size = qr.moduleCount = qr.version * 4 + 17
    qr.modules = [[False] * size for _ in range(size)]
    qr.setupPositionProbePattern(0, 0)
    qr.setupPositionProbePattern(size - 7, 0)
    qr.setupPositionProbePattern(0, size - 7)
    qr.setupPositionAdjustPattern()
    qr.setupTimingPattern()
    qr.setupTypeInfo(test, pattern)
    if qr.version >= 7:
        qr.setupTypeNumber(test)
    return [int("".join("1" if x else "0" for x in row), 2) for row in qr.modules]


_POSITIONS: dict[int, list[tuple[int, int]]] = {}


def _positions(qr: QRCode) -> list[tuple[int, int]]:
    """reportlab's path of the data modules through a code of this version (kept per
    version: it depends on nothing else)."""
    if qr.version not in _POSITIONS:
        _POSITIONS[qr.version] = list(qr.dataPosIterator())
    return _POSITIONS[qr.version]


def _data(qr: QRCode) -> tuple[list[int], list[int]]:
    """Where the data modules are, and the data bits unmasked, one int a row each, placed
    along reportlab's own path through the code."""
    size = qr.moduleCount
    where, bits = [0] * size, [0] * size
    stream = qr.dataBitIterator(qr.dataCache)
    for col, row in _positions(qr):
        bit = 1 << (size - 1 - col)
        where[row] |= bit
        if next(stream, False):
            bits[row] |= bit
    return where, bits


def grid(qr: QRCode, pattern: int, test: bool = False,
         data: tuple[list[int], list[int]] | None = None) -> list[int]:
    """The rows of ``qr`` (its codewords in ``dataCache``) with mask ``pattern``: the same
    modules as reportlab's ``makeImpl(test, pattern)``."""
    fixed = _patterns(qr, pattern, test)
    where, bits = data or _data(qr)
    masks = _mask_rows(qr.moduleCount, pattern)
    return [f | ((b ^ m) & w) for f, b, m, w in zip(fixed, bits, masks, where, strict=True)]


def rows(text: str) -> list[str]:
    """``text`` as a QR code, one string of 0 (light) and 1 (dark) a row: level M, the
    smallest version, the mask with the lowest penalty (scored with the format bits off, as
    reportlab scores)."""
    qr = QrCodeWidget(text, barLevel=LEVEL).qr
    qr.version = qr.calculate_version()
    qr.dataCache = codewords(qr)
    fixed = _patterns(qr, 0, True)  # with the format bits off, the same for every mask
    where, bits = data = _data(qr)
    size = qr.moduleCount
    scores = [penalty([format(f | ((b ^ m) & w), f"0{size}b") for f, b, m, w in
                       zip(fixed, bits, _mask_rows(size, pattern), where, strict=True)])
              for pattern in range(8)]
    return [format(row, f"0{size}b") for row in grid(qr, scores.index(min(scores)), False, data)]


def draw(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """Draw ``text`` as a QR code of ``size`` points (quiet zone included) at ``x``, ``y``."""
    name = "kopdesSeal" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    if not canvas.hasForm(name):
        code = rows(text)
        box = size / (len(code) + 2 * QUIET)
        canvas.beginForm(name, lowerx=0, lowery=0, upperx=size, uppery=size)
        canvas.setFillColorRGB(1, 1, 1)
        canvas.rect(0, 0, size, size, stroke=0, fill=1)
        canvas.setFillColorRGB(0, 0, 0)
        canvas.saveState()
        canvas.scale(box, box)
        canvas.translate(QUIET, QUIET)
        # In module units, one rectangle per run of dark modules, filled as one path: written
        # as PDF operators directly (reportlab's path object formats every number slowly).
        last = len(code) - 1
        canvas.addLiteral("\n".join(
            f"{run.start()} {last - r} {run.end() - run.start()} 1 re"
            for r, row in enumerate(code) for run in _DARK.finditer(row)) + "\nf")
        canvas.restoreState()
        canvas.endForm()
    canvas.saveState()
    canvas.translate(x, y)
    canvas.doForm(name)
    canvas.restoreState()
