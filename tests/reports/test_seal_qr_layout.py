"""The QR code's faster steps give reportlab's own result: the same codewords as
``QRCode.createData``, the same modules as ``makeImpl`` for every mask, and the penalty of
ISO/IEC 18004 as counted rule by rule."""

from __future__ import annotations

import itertools
import random
import re

import pytest
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.barcode.qrencoder import QRCode

from kopdes_desktop.reports import qr

TEXTS = ["KDS1", "Koperasi Desa Merah Putih Aji Kuning\nskor 78,8 " * 6, "é" * 120, "7" * 300,
         "x" * 900]


def _code(text: str) -> QRCode:
    code = QrCodeWidget(text, barLevel=qr.LEVEL).qr
    code.version = code.calculate_version()
    return code


def _bits(code: QRCode) -> list[int]:
    return [int("".join("1" if x else "0" for x in row), 2) for row in code.modules]


@pytest.mark.parametrize("text", TEXTS)
def test_codewords_and_modules_are_reportlabs(text):
    code = _code(text)
    assert qr.codewords(code) == QRCode.createData(code.version, code.errorCorrectLevel,
                                                   code.dataList)
    code.dataCache = qr.codewords(code)
    for pattern, test in itertools.product(range(8), (True, False)):
        mine = qr.grid(code, pattern, test)
        code.makeImpl(test, pattern)
        assert mine == _bits(code), (pattern, test)


def _slow_penalty(rows: list[str]) -> int:
    cols = ["".join(col) for col in zip(*rows, strict=True)]
    score = 0
    for line in itertools.chain(rows, cols):
        score += sum(len(m.group()) - 2 for m in re.finditer(r"0{5,}|1{5,}", line))
        score += 40 * len(re.findall(r"(?=00001011101|10111010000)", line))
    width = len(rows)
    for r, c in itertools.product(range(width - 1), range(width - 1)):
        if rows[r][c] == rows[r][c + 1] == rows[r + 1][c] == rows[r + 1][c + 1]:
            score += 3
    dark = sum(row.count("1") for row in rows)
    return score + 10 * (abs(dark * 100 // (width * width) - 50) // 5)


def test_the_penalty_counts_every_rule():
    code = _code(TEXTS[1])
    code.dataCache = qr.codewords(code)
    size = code.version * 4 + 17
    for pattern in range(8):
        rows = [format(row, f"0{size}b") for row in qr.grid(code, pattern, True)]
        assert qr.penalty(rows) == _slow_penalty(rows)
    rnd = random.Random(19)
    for width in (21, 45, 77):
        for _ in range(10):
            rows = ["".join(rnd.choice(("0", "1", "00000", "11111", "1011101", "0000"))
                            for _ in range(width))[:width] for _ in range(width)]
            assert qr.penalty(rows) == _slow_penalty(rows)


def test_the_chosen_mask_is_the_lowest_penalty():
    code = _code(TEXTS[1])
    code.dataCache = qr.codewords(code)
    size = code.version * 4 + 17
    scores = [qr.penalty([format(r, f"0{size}b") for r in qr.grid(code, p, True)])
              for p in range(8)]
    best = scores.index(min(scores))
    assert qr.rows(TEXTS[1]) == [format(r, f"0{size}b") for r in qr.grid(code, best)]
