"""Reading a seal from what a person has: a photo or scan, a PDF, or the text itself.

Images are decoded with zxing-cpp; a PDF's first page is rendered with poppler's ``pdftoppm``
first (the same as a scan of the printed page). The bottom right of the page, where reports put
the code, is tried before the whole image, which is quicker on a full-page scan.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from kopdes_desktop.errors import KopdesError
from kopdes_desktop.reports.seal import TAG

if TYPE_CHECKING:
    from PIL.Image import Image

PDF_DPI = 200
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif", ".tif", ".tiff", ".webp")


class ScanError(KopdesError):
    """No seal could be read from the file."""


def decode_image(image: Image) -> str:
    """The seal text of the first Kopdes QR code found in a Pillow image."""
    import zxingcpp

    qr_only = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    width, height = image.size
    corner = image.crop((width // 2, height * 2 // 3, width, height))
    for candidate in (corner, image):
        for found in zxingcpp.read_barcodes(candidate, formats=qr_only):
            if TAG + "|" in found.text:
                return found.text
    raise ScanError(
        "Tidak ada kode QR laporan Kopdes yang terbaca pada gambar ini. Pastikan "
        "kode terlihat utuh, tajam dan cukup terang.",
        "No Kopdes report QR code could be read in this image.",
    )


def read_image_file(path: Path) -> str:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            image.load()
            return decode_image(image.convert("L"))
    except (UnidentifiedImageError, OSError) as exc:
        raise ScanError(
            f"Berkas {path.name} bukan gambar yang dapat dibuka.",
            f"{path.name} is not an image that can be opened.",
        ) from exc


def render_pdf_page(path: Path, folder: Path, dpi: int = PDF_DPI, page: int = 1) -> Path:
    """Render one page of a PDF to PNG with pdftoppm; the PNG's path."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        raise ScanError(
            "Program pdftoppm (poppler-utils) tidak ditemukan; buka gambar hasil "
            "pindaian atau foto halaman laporan.",
            "pdftoppm (poppler-utils) is not installed; open a scan or photo.",
        )
    stem = folder / "page"
    result = subprocess.run(
        [
            tool,
            "-r",
            str(dpi),
            "-f",
            str(page),
            "-l",
            str(page),
            "-png",
            "-singlefile",
            str(path),
            str(stem),
        ],
        capture_output=True,
        timeout=60,
        check=False,
    )
    if result.returncode != 0:
        raise ScanError(
            f"Berkas {path.name} bukan PDF yang dapat dibaca.",
            f"{path.name} is not a readable PDF.",
        )
    return stem.with_suffix(".png")


def read_pdf_file(path: Path) -> str:
    with tempfile.TemporaryDirectory(prefix="kopdes-verify-") as folder:
        return read_image_file(render_pdf_page(path, Path(folder)))


def read_seal(source: str) -> str:
    """The seal text from ``source``: a path to an image or PDF, else the text itself."""
    path = Path(source)
    try:
        is_file = len(source) < 4096 and "\n" not in source and path.is_file()
    except OSError:
        is_file = False
    if not is_file:
        if TAG + "|" in source:
            return source
        raise ScanError(
            f"{source[:80]} bukan berkas yang ada, dan bukan teks kode QR laporan.",
            f"{source[:80]} is neither an existing file nor report QR text.",
        )
    with path.open("rb") as handle:
        head = handle.read(5)
    if head == b"%PDF-":
        return read_pdf_file(path)
    if path.suffix.lower() in (".txt",):
        return path.read_text(encoding="utf-8", errors="replace")
    return read_image_file(path)
