"""Why an online sync failed, each in one sentence a mentor understands (Indonesian first).

Every error is a :class:`KopdesError`; ``code`` is stable for the GUI to pick an icon or a hint.
"""

from __future__ import annotations

import errno
import socket
from typing import Any

from kopdes_desktop.errors import KopdesError

NO_SIGNAL_ERRNOS = {errno.ENETUNREACH, errno.ENETDOWN, errno.EHOSTUNREACH, errno.EHOSTDOWN}


class OnlineSyncError(KopdesError):
    """An online sync step failed; nothing on the laptop was marked done by it."""

    code = "online"

    def __init__(self, message: str, message_en: str, report: Any = None) -> None:
        super().__init__(message, message_en)
        self.report = report


class NoSignal(OnlineSyncError):
    """The laptop has no working network (no route, or names cannot be looked up)."""

    code = "no_signal"

    def __init__(self) -> None:
        super().__init__(
            "Tidak ada sinyal internet. Perubahan tetap aman di laptop; coba lagi nanti atau "
            "kirim lewat berkas (USB).",
            "No internet signal. Changes stay safe on the laptop; try later or send by file.",
        )


class ServerUnreachable(OnlineSyncError):
    """The network works but the province server does not answer (down, refused, timed out)."""

    code = "server_unreachable"

    def __init__(self, detail: str = "") -> None:
        suffix = f" ({detail})" if detail else ""
        super().__init__(
            f"Server provinsi tidak dapat dihubungi{suffix}. Perubahan tetap aman di laptop; "
            "coba lagi nanti.",
            f"The province server cannot be reached{suffix}. Changes stay safe; try later.",
        )


class NotEnrolled(OnlineSyncError):
    """The province has not enrolled this laptop yet."""

    code = "not_enrolled"

    def __init__(self, report: Any = None) -> None:
        super().__init__(
            "Laptop ini belum terdaftar di provinsi. Paket yang terkirim disimpan provinsi "
            "menunggu persetujuan; daftarkan laptop dengan kode pendaftaran dari petugas.",
            "This laptop is not enrolled at the province. Uploaded batches wait for approval; "
            "enrol the laptop with a code from the officer.",
            report,
        )


class BatchRejected(OnlineSyncError):
    """The province refused one or more batches; ``rejected`` lists (batch id, reason)."""

    code = "batch_rejected"

    def __init__(self, rejected: list[tuple[str, str]], report: Any = None) -> None:
        reasons = "; ".join(f"paket {batch_id[:8]}: {reason}" for batch_id, reason in rejected)
        super().__init__(
            f"Provinsi menolak {len(rejected)} paket: {reasons}",
            f"The province refused {len(rejected)} batch(es): {reasons}",
            report,
        )
        self.rejected = rejected


class WrongProvince(OnlineSyncError):
    """The server belongs to a province other than the one this laptop trusts."""

    code = "wrong_province"

    def __init__(self) -> None:
        super().__init__(
            "Server ini milik provinsi lain (kunci berbeda dari yang dipercayai laptop). "
            "Periksa alamat server.",
            "This server belongs to another province (keys differ from the trusted ones).",
        )


class RefusedByServer(OnlineSyncError):
    """The server refused a request and said why (enrolment code, clock, ...)."""

    code = "refused"

    def __init__(self, code: str, message: str, message_en: str) -> None:
        super().__init__(message, message_en)
        self.code = code


def no_signal_cause(exc: BaseException) -> bool:
    """True when a connection failure means the laptop itself is offline."""
    current: BaseException | None = exc
    while current is not None:
        if isinstance(current, socket.gaierror):
            return True
        if isinstance(current, OSError) and current.errno in NO_SIGNAL_ERRNOS:
            return True
        current = current.__cause__ or current.__context__
    return False
