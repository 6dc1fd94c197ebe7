"""Reading a file a user picked, safely: regular files only, never more than a limit.

A name given on the command line or picked in a dialog may be a symlink to ``/dev/zero``, a
FIFO that never ends, a folder or a device. :func:`read_regular` refuses all of those before
reading a byte (``os.stat`` of what the name points to), opens without blocking on a FIFO and
without making a terminal its own, checks again what it opened (``fstat``: the name may have
been swapped in between), and reads at most ``limit`` bytes, whatever size the file claims.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from kopdes_desktop.errors import KopdesError

CHUNK = 1024 * 1024
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_BINARY", 0)
)


class FileRefused(KopdesError):
    """A file that is not read: ``code`` is ``unreadable``, ``not_regular`` or ``too_large``."""

    def __init__(self, code: str, message: str, message_en: str) -> None:
        super().__init__(message, message_en)
        self.code = code


def _unreadable(path: Path, exc: OSError) -> FileRefused:
    reason = exc.strerror or str(exc)
    return FileRefused(
        "unreadable",
        f"Berkas {path.name} tidak dapat dibaca: {reason}.",
        f"{path.name} cannot be read: {reason}.",
    )


def _not_regular(path: Path) -> FileRefused:
    return FileRefused(
        "not_regular",
        f"{path.name} bukan berkas biasa (folder, perangkat atau pipa); tidak dibaca.",
        f"{path.name} is not a regular file (a folder, device or pipe); not read.",
    )


def too_large(path: Path, limit: int) -> FileRefused:
    """The refusal of a file over ``limit`` bytes."""
    shown = f"{limit // (1024 * 1024)} MB" if limit >= 1024 * 1024 else f"{limit // 1024} KB"
    return FileRefused(
        "too_large",
        f"Berkas {path.name} terlalu besar (lebih dari {shown}).",
        f"{path.name} is too large (over {shown}).",
    )


def read_regular(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of the regular file at ``path`` (a symlink to one is followed); at most
    ``limit`` bytes, else :class:`FileRefused`, as for anything that is not a regular file."""
    path = Path(path)
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise _not_regular(path)
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _not_regular(path)
        if info.st_size > limit:
            raise too_large(path, limit)
        parts: list[bytes] = []
        received = 0
        while received <= limit:
            chunk = os.read(fd, min(CHUNK, limit + 1 - received))
            if not chunk:
                break
            parts.append(chunk)
            received += len(chunk)
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    finally:
        os.close(fd)
    if received > limit:
        raise too_large(path, limit)
    return b"".join(parts)
