"""Opening photos in bounded memory, whatever pixel count their header claims.

A photo's pixel count is read from its header before anything is decoded. JPEG (what phone
cameras write, 200 megapixels included) is decoded reduced: libjpeg scales by 1/2, 1/4 or
1/8 while decoding (Pillow's ``draft``), so only about the size it is downscaled to is ever
held in memory. PNG, WebP and HEIC have no reduced decoding and are decoded whole, so they
have a lower limit. Documented limits (README, "Foto"):

- at most :data:`MAX_MEGAPIXELS` megapixels for any photo;
- at most :data:`WHOLE_DECODE_MEGAPIXELS` megapixels for photos decoded whole (PNG, WebP,
  HEIC): about 200 MB at four bytes a pixel.

Beyond them the photo is refused with "Foto terlalu besar: N megapiksel (maks. M)". Pillow's
own decompression-bomb check (about 179 megapixels) is not what refuses a photo here: the
header is checked first, against these limits, and the check of Pillow is then not needed.
"""

from __future__ import annotations

import io
import struct

from PIL import Image

from kopdes_desktop.errors import KopdesError

MAX_MEGAPIXELS = 250
WHOLE_DECODE_MEGAPIXELS = 50
MEGA = 1_000_000

# kind -> the Pillow format whose opener reads it
_FORMATS = {"jpeg": "JPEG", "png": "PNG", "webp": "WEBP", "heic": "HEIF"}


class PhotoTooLarge(KopdesError):
    """A photo with more pixels than the documented limit for its format."""

    def __init__(self, megapixels: float, limit: int) -> None:
        shown = f"{megapixels:.0f}" if megapixels >= 10 else f"{megapixels:.1f}"
        super().__init__(
            f"Foto terlalu besar: {shown} megapiksel (maks. {limit}).",
            f"Photo too large: {shown} megapixels (at most {limit}).",
        )
        self.megapixels = megapixels
        self.limit = limit


def sniff(data: bytes) -> str | None:
    """The photo kind the content says (``jpeg``, ``png``, ``webp``, ``heic``), else None."""
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    if data[4:8] == b"ftyp" and data[8:12] in (
        b"heic",
        b"heix",
        b"heim",
        b"heis",
        b"mif1",
        b"msf1",
        b"hevc",
        b"hevx",
    ):
        return "heic"
    return None


def webp_size(data: bytes) -> tuple[int, int] | None:
    """Width and height from a WebP header (Pillow's WebP opener allocates the whole canvas
    as it opens, so the size must be known before it runs); None when unreadable."""
    chunk = data[12:16]
    try:
        if chunk == b"VP8X":
            width = int.from_bytes(data[24:27], "little") + 1
            height = int.from_bytes(data[27:30], "little") + 1
            return width, height
        if chunk == b"VP8L" and data[20:21] == b"\x2f":
            (bits,) = struct.unpack("<I", data[21:25])
            return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
        if chunk == b"VP8 " and data[23:26] == b"\x9d\x01\x2a":
            width, height = struct.unpack("<HH", data[26:30])
            return width & 0x3FFF, height & 0x3FFF
    except struct.error:
        return None
    return None


def check_pixels(kind: str, size: tuple[int, int]) -> None:
    """Refuse a photo over the limit of its kind (see the module doc)."""
    limit = MAX_MEGAPIXELS if kind == "jpeg" else WHOLE_DECODE_MEGAPIXELS
    megapixels = size[0] * size[1] / MEGA
    if megapixels > limit:
        raise PhotoTooLarge(megapixels, limit)


def open_photo(data: bytes, max_side: int) -> tuple[Image.Image, str, tuple[int, int]]:
    """The photo in ``data`` opened but not decoded, its kind and its full size; a JPEG is
    set to decode reduced, to no less than ``max_side`` pixels on its longer side. Raises
    :class:`PhotoTooLarge` over the limits, ``UnidentifiedImageError`` for what is no photo,
    and what Pillow raises for content it cannot read (OSError, SyntaxError, ValueError)."""
    kind = sniff(data)
    if kind is None:
        raise Image.UnidentifiedImageError("not a photo")
    if kind == "webp":
        size = webp_size(data)
        if size is None:
            raise Image.UnidentifiedImageError("unreadable WebP header")
        check_pixels(kind, size)
    Image.init()
    opener = Image.OPEN.get(_FORMATS[kind])
    if opener is None:
        raise Image.UnidentifiedImageError(f"no decoder for {kind} here")
    # The opener reads the header only (Image.open would also run Pillow's bomb check).
    image = opener[0](io.BytesIO(data), "")
    full = image.size
    check_pixels(kind, full)
    if kind == "jpeg" and max(full) > max_side:
        # The box of the downscaled photo, so the longer side decides how far to reduce.
        ratio = max_side / max(full)
        image.draft(None, (max(1, int(full[0] * ratio)), max(1, int(full[1] * ratio))))
    return image, kind, full
