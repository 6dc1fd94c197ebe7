"""Photos are attached in bounded memory whatever pixel count their header claims: a 200
megapixel phone photo (JPEG, above Pillow's own bomb limit) is accepted and downscaled, decoded
reduced; a 144 megapixel PNG of half a megabyte is refused from its header ("Foto terlalu
besar"), without being decoded. Peak memory is measured in a child process (``ru_maxrss``)."""

from __future__ import annotations

import io
import json
import struct
import subprocess
import sys
import textwrap
import zlib
from pathlib import Path

import pytest
from PIL import Image

from kopdes_desktop.core import attachments, photo_decode
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.reports.photos import thumbnail
from kopdes_desktop.store.db import Store

REPO = Path(__file__).resolve().parents[2]
resource = pytest.importorskip("resource")  # ru_maxrss: POSIX


def _chunk(kind: bytes, body: bytes) -> bytes:
    return (
        struct.pack(">I", len(body))
        + kind
        + body
        + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
    )


def flat_png(path: Path, width: int, height: int) -> Path:
    """A valid RGBA PNG of one colour, written row by row (never held whole in memory)."""
    packer = zlib.compressobj(9)
    rows = (b"\x00" + b"\x20\x80\x40\xff" * width) * 100
    parts = [packer.compress(rows) for _ in range(height // 100)]
    parts += [packer.compress(rows[: len(rows) // 100 * (height % 100)])]
    data = b"".join(parts) + packer.flush()
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", data) + _chunk(b"IEND", b"")
    )
    return path


def _with_store(data_dir: Path) -> DataPaths:
    """A data folder with its (encrypted) store made: attachments are sealed with its key."""
    Store.open(DataPaths(data_dir)).close()
    return DataPaths(data_dir)


def _measure(source: Path, data_dir: Path) -> dict:
    """Attach ``source`` in a fresh Python and report the outcome and the growth of its peak
    resident memory while attaching (in MB)."""
    _with_store(data_dir)
    script = textwrap.dedent(f"""
        import json, resource, sys
        from kopdes_desktop.core import attachments
        from kopdes_desktop.paths import DataPaths
        import PIL.JpegImagePlugin, PIL.PngImagePlugin
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        try:
            stored = attachments.store_file(DataPaths({str(data_dir)!r}), {str(source)!r})
            outcome = {{"width": stored.width, "height": stored.height, "mime": stored.mime}}
        except attachments.AttachmentError as exc:
            outcome = {{"error": exc.message}}
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        outcome["grew_mb"] = (after - before) / 1024
        print(json.dumps(outcome))
    """)
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=True,
        timeout=240,
    )
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def phone_photo_200mp(tmp_path_factory) -> Path:
    """A 16384 x 12288 (201 megapixel) JPEG, made in a child process (it needs 200 MB)."""
    path = tmp_path_factory.mktemp("foto") / "IMG_20250301_200MP.jpg"
    script = (
        f"from PIL import Image; Image.new('L', (16384, 12288), 90).save({str(path)!r}, quality=60)"
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=240)
    return path


def test_a_200_megapixel_phone_photo_is_accepted_and_downscaled_reduced(
    phone_photo_200mp, tmp_path
):
    result = _measure(phone_photo_200mp, tmp_path / "data")
    assert "error" not in result, result
    assert (result["width"], result["height"]) == (1600, 1200)
    assert result["mime"] == "image/jpeg"
    # Decoded whole it would take 201 MB (one byte a pixel); reduced, a few.
    assert result["grew_mb"] < 80, result


@pytest.fixture(scope="module")
def png_144mp(tmp_path_factory) -> Path:
    """The hostile case: 12000 x 12000 RGBA (144 megapixels, 576 MB decoded) in ~560 KB."""
    return flat_png(tmp_path_factory.mktemp("png") / "layar.png", 12000, 12000)


def test_a_144_megapixel_png_is_refused_from_its_header(tmp_path, png_144mp):
    png = png_144mp
    assert png.stat().st_size < 1_000_000
    result = _measure(png, tmp_path / "data")
    assert result["error"] == "layar.png: Foto terlalu besar: 144 megapiksel (maks. 50)."
    assert result["grew_mb"] < 40, result
    assert not (tmp_path / "data" / "attachments").exists() or not any(
        p.is_file() for p in (tmp_path / "data" / "attachments").rglob("*")
    )


def test_a_png_within_the_limit_is_downscaled(tmp_path):
    png = flat_png(tmp_path / "denah.png", 4000, 3000)
    stored = attachments.store_file(_with_store(tmp_path / "data"), png, 1600)
    assert (stored.width, stored.height, stored.mime) == (1600, 1200, "image/png")


def test_header_limits_apply_before_any_decoding(tmp_path):
    small = io.BytesIO()
    Image.new("RGB", (64, 48), "white").save(small, "JPEG")
    data = bytearray(small.getvalue())
    sof = data.index(b"\xff\xc0")
    data[sof + 5 : sof + 9] = struct.pack(">HH", 20000, 20000)  # claims 400 megapixels
    path = tmp_path / "palsu.jpg"
    path.write_bytes(bytes(data))
    with pytest.raises(attachments.AttachmentError) as caught:
        attachments.store_file(_with_store(tmp_path / "data"), path)
    assert caught.value.message == "palsu.jpg: Foto terlalu besar: 400 megapiksel (maks. 250)."

    webp = io.BytesIO()
    Image.new("RGB", (40, 30), "blue").save(webp, "WEBP", lossless=True)
    assert photo_decode.webp_size(webp.getvalue()) == (40, 30)
    head = bytearray(webp.getvalue())
    head[21:25] = struct.pack("<I", (16383 & 0x3FFF) | ((16383 & 0x3FFF) << 14))
    with pytest.raises(photo_decode.PhotoTooLarge) as too_large:
        photo_decode.open_photo(bytes(head), 1600)
    assert too_large.value.limit == photo_decode.WHOLE_DECODE_MEGAPIXELS


def test_report_thumbnails_use_the_same_bounds(tmp_path, png_144mp):
    assert thumbnail(str(png_144mp)) is None
    small = thumbnail(str(flat_png(tmp_path / "kecil.png", 900, 600)))
    assert small is not None and Image.open(io.BytesIO(small)).size == (420, 280)
