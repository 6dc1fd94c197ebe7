"""Photos and documents of visits, findings and follow-ups, stored once by content.

A file is checked (type by its content, size, readability), photos are turned upright
(EXIF orientation) and downscaled to the configured maximum, and the bytes land under
``attachments/<sha[:2]>/<sha>`` through a temporary file and ``os.replace``: a refused or
failed file leaves nothing behind. The bytes on disk are sealed (AES-GCM) with a key derived
from the store key; :func:`read_bytes` opens them. The GPS position in a photo's EXIF is
returned so the visit editor can offer it as the visit location.

The recorded file name always ends in the extension of what is stored (a HEIC photo stored as
JPEG is named ``.jpg``), and a file is opened through a plain copy named like that
(:func:`open_copy`) in a folder of the system's temporary folder readable by this user only,
so the system's viewer knows what it is and the data folder holds sealed bytes only. An
attachment of kind ``SIGNED_REPORT`` is the photo of a report's signed page.
"""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import SupportsFloat

from PIL import Image, ImageOps, UnidentifiedImageError
from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdes_desktop.core import filenames, photo_decode
from kopdes_desktop.core import validation as v
from kopdes_desktop.core.formatting import number
from kopdes_desktop.errors import KopdesError
from kopdes_desktop.paths import DataPaths, write_atomic
from kopdes_desktop.store import vault
from kopdes_desktop.store.models import Attachment, live_row

MAX_BYTES = 25 * 1024 * 1024
OWNER_TYPES = ("visit", "finding", "action_item", "assessment")
SIGNED_REPORT = "SIGNED_REPORT"
KINDS = (SIGNED_REPORT,)
OPENED_FOLDER = "kopdes-dibuka"  # in the system's temporary folder, one per user
OPENED_KEEP_SECONDS = 24 * 3600

# extension -> (kind, mime); photos are decoded and re-encoded, documents stored as they are
FILE_TYPES: dict[str, tuple[str, str]] = {
    ".jpg": ("jpeg", "image/jpeg"),
    ".jpeg": ("jpeg", "image/jpeg"),
    ".png": ("png", "image/png"),
    ".webp": ("webp", "image/webp"),
    ".heic": ("heic", "image/heic"),
    ".heif": ("heic", "image/heic"),
    ".pdf": ("pdf", "application/pdf"),
    ".docx": ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ".xlsx": ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
}
PHOTO_KINDS = frozenset({"jpeg", "png", "webp", "heic"})
# Pillow format names of the kinds, to check that the content is what the name says
_PIL_FORMATS = {"jpeg": {"JPEG", "MPO"}, "png": {"PNG"}, "webp": {"WEBP"}, "heic": {"HEIF"}}
_GPS_IFD = 0x8825


class AttachmentError(KopdesError):
    """A file that cannot be attached; the message says why, in words a mentor understands."""


@dataclass(frozen=True)
class StoredFile:
    """A file in the attachment store, and what was learned from it."""

    sha256: str
    mime: str
    size: int
    filename: str
    gps: tuple[float, float] | None = None
    width: int | None = None
    height: int | None = None


def file_path(paths: DataPaths, sha256: str) -> Path:
    """Where the bytes with this SHA-256 live."""
    return paths.attachments / sha256[:2] / sha256


def extension_of(mime: str) -> str:
    """The usual extension of a stored type (``image/jpeg`` -> ``.jpg``), or ``""``."""
    if mime == "image/jpeg":
        return ".jpg"
    return next((ext for ext, (_kind, known) in FILE_TYPES.items() if known == mime), "")


def named_for(filename: str, mime: str) -> str:
    """``filename`` ending in the extension of ``mime`` (``IMG_1.HEIC`` stored as JPEG ->
    ``IMG_1.jpg``; ``foto`` -> ``foto.jpg``); a matching extension is kept as written."""
    wanted = extension_of(mime)
    path = Path(filename or filenames.FALLBACK)
    if not wanted or FILE_TYPES.get(path.suffix.lower(), ("", ""))[1] == mime:
        return path.name
    stem = path.stem if path.suffix.lower() in FILE_TYPES else path.name
    return f"{stem[: 255 - len(wanted)]}{wanted}"


def allowed_patterns() -> list[str]:
    """Glob patterns of the accepted files (for a file dialog filter)."""
    return sorted(f"*{ext}" for ext in FILE_TYPES)


def _kind_of(source: Path) -> tuple[str, str]:
    kind = FILE_TYPES.get(source.suffix.lower())
    if kind is None:
        raise AttachmentError(
            f"Jenis berkas {source.suffix or '(tanpa akhiran)'} tidak diterima. Pilih foto "
            "(JPEG, PNG, WebP, HEIC) atau dokumen (PDF, DOCX, XLSX).",
            f"File type {source.suffix or '(no extension)'} is not accepted. Choose a photo "
            "(JPEG, PNG, WebP, HEIC) or a document (PDF, DOCX, XLSX).",
        )
    return kind


def _read_source(source: Path) -> bytes:
    try:
        size = source.stat().st_size
    except OSError as exc:
        raise AttachmentError(
            f"Berkas {source.name} tidak dapat dibaca.", f"Cannot read {source.name}."
        ) from exc
    if size > MAX_BYTES:
        raise AttachmentError(
            f"Berkas {source.name} terlalu besar ({number(size / 1048576, 1)} MB; maksimal "
            f"{MAX_BYTES // 1048576} MB).",
            f"{source.name} is too large ({size / 1048576:.1f} MB; at most "
            f"{MAX_BYTES // 1048576} MB).",
        )
    if size == 0:
        raise AttachmentError(f"Berkas {source.name} kosong.", f"{source.name} is empty.")
    try:
        return source.read_bytes()
    except OSError as exc:
        raise AttachmentError(
            f"Berkas {source.name} tidak dapat dibaca.", f"Cannot read {source.name}."
        ) from exc


def _unreadable(name: str, what: str, what_en: str) -> AttachmentError:
    return AttachmentError(
        f"Berkas {name} bukan {what} yang dapat dibaca (rusak atau jenisnya lain).",
        f"{name} is not a readable {what_en} (damaged or of another type).",
    )


def _check_document(name: str, kind: str, data: bytes) -> None:
    if kind == "pdf":
        if not data.startswith(b"%PDF-"):
            raise _unreadable(name, "dokumen PDF", "PDF document")
        return
    folder = "word/" if kind == "docx" else "xl/"
    label = "dokumen Word (DOCX)" if kind == "docx" else "lembar kerja Excel (XLSX)"
    label_en = "Word document (DOCX)" if kind == "docx" else "Excel workbook (XLSX)"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, ValueError) as exc:
        raise _unreadable(name, label, label_en) from exc
    if "[Content_Types].xml" not in names or not any(n.startswith(folder) for n in names):
        raise _unreadable(name, label, label_en)


def _rational(value: SupportsFloat) -> float:
    return float(value)  # IFDRational and plain numbers both convert


def exif_gps(image: Image.Image) -> tuple[float, float] | None:
    """The (lat, lon) in a photo's EXIF, or None when absent, zero or outside Indonesia."""
    try:
        gps = image.getexif().get_ifd(_GPS_IFD)
        lat_dms, lon_dms = gps.get(2), gps.get(4)
        if not lat_dms or not lon_dms:
            return None
        lat = sum(_rational(x) / 60**i for i, x in enumerate(lat_dms))
        lon = sum(_rational(x) / 60**i for i, x in enumerate(lon_dms))
    except (AttributeError, TypeError, ValueError, ZeroDivisionError, KeyError):
        return None
    if str(gps.get(1, "N")).upper().startswith("S"):
        lat = -lat
    if str(gps.get(3, "E")).upper().startswith("W"):
        lon = -lon
    try:
        return v.latitude(lat), v.longitude(lon)
    except v.FieldError:
        return None


def _process_photo(name: str, kind: str, data: bytes, max_px: int) -> tuple[bytes, str, dict]:
    """Upright and downscaled photo bytes, its mime type and facts (gps, size)."""
    try:
        # the content decides: a JPEG saved with a .png name is still a JPEG; the pixel count
        # is checked before decoding and a JPEG is decoded reduced (see photo_decode)
        opened, kind, full_size = photo_decode.open_photo(data, max_px)
        with opened:
            if opened.format not in _PIL_FORMATS[kind]:
                raise _unreadable(name, "foto", "photo")
            gps = exif_gps(opened)
            exif = opened.getexif()
            upright, downscaled = _upright_within(opened, max_px, full_size)
    except photo_decode.PhotoTooLarge as exc:
        raise AttachmentError(f"{name}: {exc.message}", f"{name}: {exc.message_en}") from exc
    except (
        UnidentifiedImageError,
        OSError,
        SyntaxError,
        ValueError,
        Image.DecompressionBombError,
    ) as exc:
        if kind == "heic":
            raise AttachmentError(
                f"Foto HEIC {name} tidak dapat dibaca di komputer ini. Simpan sebagai JPEG "
                "lalu lampirkan lagi.",
                f"The HEIC photo {name} cannot be read on this computer. Save it as JPEG "
                "and attach it again.",
            ) from exc
        raise _unreadable(name, "foto", "photo") from exc
    rotated = exif.get(0x0112, 1) not in (0, 1)
    if not rotated and not downscaled and kind != "heic":
        return (
            data,
            FILE_TYPES[f".{'jpg' if kind == 'jpeg' else kind}"][1],
            {"gps": gps, "width": upright.width, "height": upright.height},
        )
    out = io.BytesIO()
    exif.pop(0x0112, None)  # the pixels are upright now
    if kind in ("png", "webp"):
        upright.save(out, format=kind.upper(), exif=exif.tobytes())
        mime = FILE_TYPES[f".{kind}"][1]
    else:
        if upright.mode not in ("RGB", "L"):
            upright = upright.convert("RGB")
        upright.save(out, format="JPEG", quality=85, optimize=True, exif=exif.tobytes())
        mime = "image/jpeg"
    return out.getvalue(), mime, {"gps": gps, "width": upright.width, "height": upright.height}


def _upright_within(
    opened: Image.Image, max_px: int, full_size: tuple[int, int]
) -> tuple[Image.Image, bool]:
    """The photo decoded, downscaled to ``max_px`` a side, then turned upright (shrinking
    first: the turn copies the small image, never the full one); and whether it is smaller
    than the original."""
    opened.load()
    if max(opened.size) > max_px:
        opened.thumbnail((max_px, max_px), Image.Resampling.LANCZOS)
    return ImageOps.exif_transpose(opened), opened.size != full_size


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """The plain bytes of a stored attachment (OSError when missing; a sealed file whose key is
    not unlocked in this process raises a StoreError)."""
    return vault.read_file(path)


def _write_atomically(paths: DataPaths, target: Path, data: bytes) -> None:
    """Seal ``data`` with the store's key and write it to ``target`` whole or not at all."""
    write_atomic(target, vault.seal(vault.key_for(paths, create_new=False), data), private=True)


def store_file(paths: DataPaths, source: str | os.PathLike[str], max_px: int = 1600) -> StoredFile:
    """Check and copy one file into the attachment store; AttachmentError when refused."""
    source = Path(source)
    kind, mime = _kind_of(source)
    data = _read_source(source)
    facts: dict = {}
    if kind in PHOTO_KINDS:
        data, mime, facts = _process_photo(source.name, kind, data, max_px)
    else:
        _check_document(source.name, kind, data)
    sha = hashlib.sha256(data).hexdigest()
    target = file_path(paths, sha)
    if not target.exists():
        try:
            _write_atomically(paths, target, data)
        except OSError as exc:
            raise AttachmentError(
                f"Lampiran tidak dapat disimpan di folder data: {exc.strerror}.",
                f"The attachment cannot be saved in the data folder: {exc.strerror}.",
            ) from exc
    return StoredFile(
        sha,
        mime,
        len(data),
        named_for(source.name[-255:], mime),
        facts.get("gps"),
        facts.get("width"),
        facts.get("height"),
    )


def add(
    session: Session,
    paths: DataPaths,
    source: str | os.PathLike[str],
    owner_type: str,
    owner_id: str,
    *,
    max_px: int = 1600,
    caption: str | None = None,
    kind: str | None = None,
) -> tuple[Attachment, StoredFile]:
    """Store a file and record it as an attachment of ``owner_type``/``owner_id``."""
    if owner_type not in OWNER_TYPES:
        raise ValueError(f"unknown attachment owner type {owner_type!r}")
    stored = store_file(paths, source, max_px)
    return record(session, stored, owner_type, owner_id, caption=caption, kind=kind), stored


def record(
    session: Session,
    stored: StoredFile,
    owner_type: str,
    owner_id: str,
    *,
    caption: str | None = None,
    kind: str | None = None,
) -> Attachment:
    """Record a file already in the store as an attachment of ``owner_type``/``owner_id``."""
    if owner_type not in OWNER_TYPES:
        raise ValueError(f"unknown attachment owner type {owner_type!r}")
    if kind not in (None, *KINDS):
        raise ValueError(f"unknown attachment kind {kind!r}")
    row = Attachment(
        sha256=stored.sha256,
        mime=stored.mime,
        size=stored.size,
        filename=stored.filename,
        owner_type=owner_type,
        owner_id=owner_id,
        caption=(caption or "").strip() or None,
        kind=kind,
    )
    session.add(row)
    session.flush()
    return row


def list_for(session: Session, owner_type: str, owner_id: str) -> list[Attachment]:
    """The attachments of one record, oldest first."""
    return list(
        session.scalars(
            select(Attachment)
            .where(
                Attachment.owner_type == owner_type,
                Attachment.owner_id == owner_id,
                Attachment.deleted.is_(False),
            )
            .order_by(Attachment.created_at)
        )
    )


def get(session: Session, attachment_id: str) -> Attachment:
    return live_row(session, Attachment, attachment_id, "Lampiran", "Attachment")


def remove(session: Session, attachment_id: str) -> None:
    """Detach a file (a tombstone; the bytes stay for other records that share them)."""
    get(session, attachment_id).deleted = True


def signed_pages(session: Session, owner_type: str, owner_id: str) -> list[Attachment]:
    """The photos of the signed report of one record (empty while it is not signed)."""
    return [row for row in list_for(session, owner_type, owner_id) if row.kind == SIGNED_REPORT]


def add_signed_page(
    session: Session,
    paths: DataPaths,
    source: str | os.PathLike[str],
    owner_type: str,
    owner_id: str,
    *,
    max_px: int = 2400,
) -> Attachment:
    """Mark a report "ditandatangani" by attaching the photo (or PDF scan) of its signed page;
    a photo keeps more pixels than usual so the signatures stay legible."""
    row, _stored = add(
        session,
        paths,
        source,
        owner_type,
        owner_id,
        max_px=max_px,
        caption="Halaman bertanda tangan",
        kind=SIGNED_REPORT,
    )
    return row


def _forget_old_copies(folder: Path, now: float) -> None:
    """Opened copies older than a day are removed (the viewer has long read them)."""
    for child in folder.glob("*/*"):
        try:
            if now - child.stat().st_mtime > OPENED_KEEP_SECONDS:
                child.unlink()
                child.parent.rmdir()
        except OSError:
            continue  # still open in a viewer on Windows, or shared: next time


def opened_folder() -> Path:
    """Where plain copies for the system's viewer go: this user's own folder (0700) in the
    system's temporary folder, never the data folder."""
    user = f"-{os.getuid()}" if hasattr(os, "getuid") else ""
    return Path(tempfile.gettempdir()) / f"{OPENED_FOLDER}{user}"


def open_copy(paths: DataPaths, sha256: str, filename: str, mime: str) -> Path:
    """A plain copy of a stored file named for a person and its viewer (``foto gerai.jpg``),
    in :func:`opened_folder`; older stored files, kept without an extension, open this way
    too. AttachmentError when the stored bytes are missing."""
    try:
        data = read_bytes(file_path(paths, sha256))
    except OSError as exc:
        raise AttachmentError(
            f"Berkas lampiran {filename} tidak ada di folder data.",
            f"The attached file {filename} is missing from the data folder.",
        ) from exc
    folder = opened_folder()
    stem, dot, suffix = named_for(filename, mime).rpartition(".")
    name = filenames.safe_file_name(stem if dot else suffix, suffix=suffix if dot else "")
    target = folder / sha256[:16] / name
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        os.chmod(folder, 0o700)
        _forget_old_copies(folder, time.time())
        if not (target.exists() and target.read_bytes() == data):
            target.parent.mkdir(mode=0o700, exist_ok=True)
            write_atomic(target, data, private=True, durable=False)
    except OSError as exc:
        raise AttachmentError(
            f"Lampiran tidak dapat dibuka: {exc.strerror}.",
            f"The attachment cannot be opened: {exc.strerror}.",
        ) from exc
    return target


def signed_owner_ids(session: Session, owner_type: str, owner_ids: list[str]) -> set[str]:
    """Which of ``owner_ids`` have the photo of their signed report attached."""
    if not owner_ids:
        return set()
    return set(
        session.scalars(
            select(Attachment.owner_id).where(
                Attachment.owner_type == owner_type,
                Attachment.owner_id.in_(owner_ids),
                Attachment.kind == SIGNED_REPORT,
                Attachment.deleted.is_(False),
            )
        )
    )
