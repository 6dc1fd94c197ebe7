"""Evidence photo thumbnails. A photo that cannot be read or decoded is reported, not raised."""

from __future__ import annotations

import io
from collections.abc import Sequence

from PIL import Image as PILImage
from PIL import UnidentifiedImageError
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Paragraph, Table, TableStyle

from kopdes_desktop.errors import KopdesError
from kopdes_desktop.reports.data import PhotoRef
from kopdes_desktop.reports.template import CONTENT_WIDTH, RULE, Styles, escape
from kopdes_desktop.store import vault

THUMB_PX = 420
PER_ROW = 3


def thumbnail(path: str) -> bytes | None:
    """A small JPEG of the photo, or None when the file is missing or not a decodable image."""
    try:
        with PILImage.open(io.BytesIO(vault.read_file(path))) as image:
            image.load()
            image.thumbnail((THUMB_PX, THUMB_PX))
            out = io.BytesIO()
            image.convert("RGB").save(out, "JPEG", quality=80)
            return out.getvalue()
    except (OSError, UnidentifiedImageError, ValueError, PILImage.DecompressionBombError,
            KopdesError):
        return None


def photo_grid(styles: Styles, photos: Sequence[PhotoRef]) -> tuple[Flowable | None, list[str]]:
    """The thumbnails in rows of three with captions, and the names of unreadable photos."""
    cells: list[list[Flowable]] = []
    missing: list[str] = []
    box = CONTENT_WIDTH / PER_ROW - 4 * mm
    for ref in photos:
        data = thumbnail(ref.path)
        if data is None:
            missing.append(ref.filename)
            continue
        image = Image(io.BytesIO(data))
        scale = min(box / image.imageWidth, 48 * mm / image.imageHeight)
        image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
        cells.append([image, Paragraph(escape(ref.caption or ref.filename), styles.small)])
    if not cells:
        return None, missing
    rows = [cells[i:i + PER_ROW] for i in range(0, len(cells), PER_ROW)]
    rows[-1] += [""] * (PER_ROW - len(rows[-1]))
    table = Table(rows, colWidths=[CONTENT_WIDTH / PER_ROW] * PER_ROW)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                               ("BOX", (0, 0), (-1, -1), 0.3, RULE)]))
    return table, missing
