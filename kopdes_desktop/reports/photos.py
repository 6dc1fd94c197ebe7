"""Evidence photo thumbnails. A photo that cannot be read or decoded is reported, not raised."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from PIL import Image as PILImage
from PIL import UnidentifiedImageError
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Paragraph, Table, TableStyle

from kopdes_desktop.core.attachments import MAX_BYTES as MAX_PHOTO_BYTES
from kopdes_desktop.core.formatting import long_date
from kopdes_desktop.core.photo_decode import PhotoTooLarge, open_photo
from kopdes_desktop.errors import KopdesError
from kopdes_desktop.reports.data import PhotoRef
from kopdes_desktop.reports.template import CONTENT_WIDTH, RULE, Styles, escape
from kopdes_desktop.reports.texts import t
from kopdes_desktop.store import vault

THUMB_PX = 420
PER_ROW = 3


def thumbnail(path: str) -> bytes | None:
    """A small JPEG of the photo, or None when the file is missing, too large or not a
    decodable image; decoded in bounded memory (see :mod:`kopdes_desktop.core.photo_decode`)."""
    try:
        with open(path, "rb") as handle:  # stored sealed: a little longer than the photo
            data = handle.read(MAX_PHOTO_BYTES + vault.SEAL_OVERHEAD + 1)
        if len(data) > MAX_PHOTO_BYTES + vault.SEAL_OVERHEAD:
            return None
        if vault.is_sealed(data):
            data = vault.unseal(data)
        image, _kind, _size = open_photo(data, THUMB_PX)
        with image:
            image.load()
            image.thumbnail((THUMB_PX, THUMB_PX))
            out = io.BytesIO()
            image.convert("RGB").save(out, "JPEG", quality=80)
            return out.getvalue()
    except (
        OSError,
        UnidentifiedImageError,
        ValueError,
        SyntaxError,
        PhotoTooLarge,
        PILImage.DecompressionBombError,
        KopdesError,
    ):
        return None


def caption(ref: PhotoRef, lang: str) -> str:
    """What is printed under a photo: its caption (or what it belongs to) and its date."""
    text = (ref.caption or "").strip() or t(f"photo_{ref.owner}", lang)
    if ref.stored_on is not None:
        text += "\n" + t("photo_taken", lang).format(date=long_date(ref.stored_on, lang))
    return text


def photo_grid(
    styles: Styles, photos: Sequence[PhotoRef], lang: str = "id"
) -> tuple[list[Flowable], list[str]]:
    """The thumbnails in rows of three, each with its caption and date (one table per row, so
    the last row can stay with what follows), and the captions (or file names) of unreadable
    photos."""
    cells: list[list[Flowable]] = []
    missing: list[str] = []
    box = CONTENT_WIDTH / PER_ROW - 4 * mm
    for ref in photos:
        data = thumbnail(ref.path)
        if data is None:
            missing.append((ref.caption or "").strip() or ref.filename)
            continue
        image = Image(io.BytesIO(data))
        scale = min(box / image.imageWidth, 48 * mm / image.imageHeight)
        image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
        cells.append([image, Paragraph(escape(caption(ref, lang)), styles.small)])
    tables: list[Flowable] = []
    for start in range(0, len(cells), PER_ROW):
        row: list[Any] = list(cells[start : start + PER_ROW])
        row += [""] * (PER_ROW - len(row))
        table = Table([row], colWidths=[CONTENT_WIDTH / PER_ROW] * PER_ROW)
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                    ("BOX", (0, 0), (-1, -1), 0.3, RULE),
                ]
            )
        )
        tables.append(table)
    return tables, missing
