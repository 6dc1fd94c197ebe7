"""Errors a user can cause. Each carries a message a mentor understands.

``message`` is Indonesian (the default UI language); ``message_en`` the English one.
Programming errors are not wrapped: they stay loud.
"""

from __future__ import annotations

import errno
from typing import Protocol

OS_REASONS = {
    errno.ENOENT: "berkas atau folder tidak ada",
    errno.EACCES: "tidak ada izin",
    errno.EPERM: "tidak ada izin",
    errno.ENOSPC: "disk penuh",
    errno.EROFS: "disk hanya dapat dibaca",
    errno.EISDIR: "itu folder, bukan berkas",
    errno.ENOTDIR: "bukan folder",
    errno.EEXIST: "sudah ada",
}


def os_reason(exc: OSError) -> str:
    """Why a file operation failed, in Indonesian (the system's own text when not known)."""
    return OS_REASONS.get(exc.errno or 0, exc.strerror or str(exc))


class KopdesError(Exception):
    """Base for every user-facing error."""

    def __init__(self, message: str, message_en: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.message_en = message_en or message

    def localized(self, language: str = "id") -> str:
        """The message in ``language`` (see :func:`localized`)."""
        return localized(self, language)


class Localizable(Protocol):
    """Anything with a message in both languages (errors, field errors, answer problems).

    Read-only members, so frozen dataclasses match as well as plain attributes."""

    @property
    def message(self) -> str: ...

    @property
    def message_en(self) -> str: ...


def is_english(language: str) -> bool:
    """Whether ``language`` ("en", "en_GB", "id", ...) asks for English; any other language
    gets Indonesian, the default."""
    return language.startswith("en")


def localized(error: Localizable, language: str) -> str:
    """The message of ``error`` in ``language``: the one place that picks it."""
    return error.message_en if is_english(language) else error.message


def localized_problems(error: ValidationError, language: str) -> dict[str, str]:
    """The field problems of ``error`` in ``language`` (field name to message)."""
    return error.problems_en if is_english(language) else error.problems


class ValidationError(KopdesError):
    """One or more fields are wrong. ``problems`` maps field name to message."""

    def __init__(self, problems: dict[str, str], problems_en: dict[str, str] | None = None):
        self.problems = problems
        self.problems_en = problems_en or problems
        text = "; ".join(f"{k}: {v}" for k, v in problems.items())
        text_en = "; ".join(f"{k}: {v}" for k, v in self.problems_en.items())
        super().__init__(text, text_en)


class StoreError(KopdesError):
    """The database cannot be opened, upgraded, written or restored."""


class NotFoundError(KopdesError):
    """A record asked for by id does not exist (or is deleted)."""
