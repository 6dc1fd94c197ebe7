"""Reading report PDFs in tests."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader


def pages_text(pdf: bytes) -> list[str]:
    """The extracted text of every page, whitespace collapsed."""
    reader = PdfReader(io.BytesIO(pdf))
    return [re.sub(r"\s+", " ", page.extract_text() or "") for page in reader.pages]


def all_text(pdf: bytes) -> str:
    return " ".join(pages_text(pdf))


def assert_numbered(pdf: bytes, english: bool = False) -> int:
    """Every page says "Halaman i dari n" (or "Page i of n"); returns n."""
    texts = pages_text(pdf)
    total = len(texts)
    for number, text in enumerate(texts, start=1):
        expected = f"Page {number} of {total}" if english else f"Halaman {number} dari {total}"
        assert expected in text, f"page {number}: {expected!r} missing"
    return total
