"""Errors of the instrument engine, in Indonesian with English alongside."""

from __future__ import annotations

from dataclasses import dataclass

from kopdes_desktop.errors import KopdesError, localized


class InstrumentError(KopdesError):
    """A definition is unknown, unreadable or invalid; ``problems`` lists every problem found."""

    def __init__(
        self,
        message: str,
        message_en: str | None = None,
        problems: list[str] | None = None,
        problems_en: list[str] | None = None,
    ) -> None:
        self.problems = list(problems or [])
        self.problems_en = list(problems_en or self.problems)
        if self.problems:
            message = message + ": " + "; ".join(self.problems)
            message_en = (message_en or message) + ": " + "; ".join(self.problems_en)
        super().__init__(message, message_en)


@dataclass(frozen=True)
class AnswerProblem:
    """One problem with the answers: the item (``units[2].status`` inside a repeat group) and
    the message in Indonesian (``message``) and English (``message_en``)."""

    item_id: str
    message: str
    message_en: str

    def localized(self, language: str = "id") -> str:
        """The message in ``language`` (see :func:`kopdes_desktop.errors.localized`)."""
        return localized(self, language)


class AnswersInvalid(KopdesError):
    """Answers cannot be scored; ``problems`` lists every :class:`AnswerProblem`."""

    def __init__(self, problems: list[AnswerProblem]) -> None:
        self.problems = list(problems)
        text = "; ".join(f"{p.item_id}: {p.message}" for p in self.problems)
        text_en = "; ".join(f"{p.item_id}: {p.message_en}" for p in self.problems)
        super().__init__(f"Jawaban tidak valid: {text}", f"Invalid answers: {text_en}")
