"""Make the installers' icons from the app icon, ``resources/icons/kopdes.svg``.

Writes the freedesktop hicolor theme (PNG sizes plus the scalable SVG) under
``packaging/linux/icons/hicolor`` and the multi-size Windows icon ``packaging/windows/kopdes.ico``.
``packaging/build.py`` runs it before every build, so the icons always follow the app icon;
the results are committed so the Inno Setup script and the AppImage recipe find them.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bundle_layout as layout  # noqa: E402

SOURCE = layout.ROOT / "resources" / "icons" / "kopdes.svg"
ICON_NAME = "kopdes-desktop"
HICOLOR = layout.PACKAGING_DIR / "linux" / "icons" / "hicolor"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO = layout.PACKAGING_DIR / "windows" / "kopdes.ico"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(size: int, source: Path = SOURCE) -> bytes:
    """The SVG drawn on a transparent ``size`` x ``size`` square, as PNG bytes."""
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise ValueError(f"{source} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def hicolor_path(size: int) -> Path:
    return HICOLOR / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"


def _write_if_changed(path: Path, data: bytes) -> bool:
    if path.is_file() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


def generate() -> list[Path]:
    """Write every icon that differs from what is on disk; returns the files written."""
    written = []
    for size in HICOLOR_SIZES:
        if _write_if_changed(hicolor_path(size), render_png(size)):
            written.append(hicolor_path(size))
    scalable = HICOLOR / "scalable" / "apps" / f"{ICON_NAME}.svg"
    if _write_if_changed(scalable, SOURCE.read_bytes()):
        written.append(scalable)
    largest = Image.open(io.BytesIO(render_png(max(ICO_SIZES))))
    out = io.BytesIO()
    largest.save(out, format="ICO", sizes=[(s, s) for s in ICO_SIZES])
    if _write_if_changed(ICO, out.getvalue()):
        written.append(ICO)
    return written


def main() -> int:
    if not SOURCE.is_file():
        print(f"make_icons: {SOURCE} not found", file=sys.stderr)
        return 1
    for path in generate():
        print(f"make_icons: wrote {path.relative_to(layout.ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
