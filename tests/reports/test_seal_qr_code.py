"""The seal's QR code: zxing-cpp's modules read back as the same text at error correction M,
in a version no larger than the pure-Python encoder's (reportlab's), and the PDF operators
drawn for it fill exactly the dark modules, once per document whatever its page count."""

from __future__ import annotations

import io
import re

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.pdfgen.canvas import Canvas

from kopdes_desktop.reports import qr

SEAL = (
    "Laporan Hasil Penilaian\nKoperasi Desa Merah Putih Aji Kuning\n"
    "skor 78,8 Berkembang, 26 November 2026\nKDS1|A|T8Eqnm8RRCK3M0RFVWZlZg|"
    "XxwqnhERQiKDM0RFVWZmZg|Koperasi Desa Merah Putih Aji Kuning|2026-11-26|"
    "s=78.8;c=Berkembang|bxwqnhERQiKDM0RFVWZmZg|2026-11-25T22:32Z|" + "Ab0_-" * 17 + "x"
)
TEXTS = {
    "seal": SEAL,
    "short": "KDS1",
    "latin-1": "Koperasi Sejahtera Ñusa, café é ü " * 4,
    "beyond latin-1": "Koperasi Āmanah 中 \u2019s " * 6,
    "digits": "7" * 300,
    "long": "x" * 900,
}


def _image(code: list[str], scale: int = 4) -> Image.Image:
    """The code as a grey image with its quiet zone, ``scale`` pixels a module."""
    width = len(code) + 2 * qr.QUIET
    image = Image.new("L", (width, width), 255)
    image.putdata(
        [
            0 if bit == "1" else 255
            for row in ["0" * width] * qr.QUIET
            + ["0" * qr.QUIET + r + "0" * qr.QUIET for r in code]
            + ["0" * width] * qr.QUIET
            for bit in row
        ]
    )
    return image.resize((width * scale, width * scale), Image.Resampling.NEAREST)


@pytest.mark.parametrize("name", TEXTS)
def test_the_code_reads_back_as_its_text_at_level_m(name):
    text = TEXTS[name]
    code = qr.rows(text)
    assert len(code) % 4 == 1 and 21 <= len(code) <= 177
    assert all(len(row) == len(code) and set(row) <= {"0", "1"} for row in code)
    found = zxingcpp.read_barcode(_image(code), formats=zxingcpp.BarcodeFormat.QRCode)
    assert found is not None and found.valid
    assert found.text == text
    assert found.ec_level == qr.LEVEL


@pytest.mark.parametrize("name", ["seal", "short", "latin-1", "digits", "long"])
def test_the_version_is_no_larger_than_reportlabs(name):
    text = TEXTS[name]
    reference = QrCodeWidget(text, barLevel=qr.LEVEL).qr
    assert len(qr.rows(text)) <= 4 * reference.calculate_version() + 17


def _filled(ops: str, width: int) -> list[str]:
    """Rows of 0 and 1 from ``x y w h re`` operators in module units (y counted upwards)."""
    grid = [["0"] * width for _ in range(width)]
    for x, y, w, h in re.findall(r"(\d+) (\d+) (\d+) (\d+) re", ops):
        for row in range(int(y), int(y) + int(h)):
            for col in range(int(x), int(x) + int(w)):
                assert grid[width - 1 - row][col] == "0", "rectangles overlap"
                grid[width - 1 - row][col] = "1"
    return ["".join(row) for row in grid]


@pytest.mark.parametrize("name", TEXTS)
def test_the_operators_fill_exactly_the_dark_modules(name):
    width, raw = qr.modules(TEXTS[name])
    ops = qr.operators(width, raw)
    assert ops.endswith("\nf")
    assert _filled(ops, width) == qr.rows(TEXTS[name])


def test_a_document_carries_the_code_once_and_places_it_on_every_page():
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pageCompression=1)
    for page in range(3):
        canvas.drawString(72, 720, f"halaman {page + 1}")
        qr.draw(canvas, SEAL, 480, 20, 85)
        canvas.showPage()
    canvas.save()
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    forms = set()
    for page in reader.pages:
        xobjects = page["/Resources"]["/XObject"]
        assert len(xobjects) == 1
        ((name, ref),) = xobjects.items()
        assert "kopdesSeal" in name
        forms.add(ref.idnum)
        assert f"{name} Do" in page.get_contents().get_data().decode("latin-1")
    assert len(forms) == 1, "one form object shared by every page"
    form = reader.get_object(forms.pop()).get_data().decode("latin-1")
    background, _, modules = form.partition(" cm\n")
    assert "0 0 85 85 re f" in background, "a white square under the code and its quiet zone"
    assert _filled(modules, len(qr.rows(SEAL))) == qr.rows(SEAL)
