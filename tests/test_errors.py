"""The one place that picks an error's message by language: :func:`errors.localized` and
:func:`errors.localized_problems`, and the methods that lead to them."""

from __future__ import annotations

from kopdes_desktop.core.instruments.errors import AnswerProblem, InstrumentError
from kopdes_desktop.core.validation import FieldError
from kopdes_desktop.errors import (
    KopdesError,
    ValidationError,
    is_english,
    localized,
    localized_problems,
)


def test_english_only_for_english_codes() -> None:
    assert is_english("en") and is_english("en_GB")
    assert not is_english("id") and not is_english("id_ID") and not is_english("")


def test_every_kind_of_error_is_picked_the_same_way() -> None:
    for error in (
        KopdesError("Tidak ada.", "Missing."),
        FieldError("Tidak ada.", "Missing."),
        AnswerProblem("q1", "Tidak ada.", "Missing."),
    ):
        assert localized(error, "id") == "Tidak ada."
        assert localized(error, "en") == "Missing."
        assert localized(error, "en_US") == "Missing."
        assert localized(error, "fr") == "Tidak ada."  # any other language: Indonesian


def test_the_methods_agree_with_the_function() -> None:
    error = InstrumentError("Instrumen rusak", "Broken instrument", ["a"], ["b"])
    problem = AnswerProblem("q1", "Wajib.", "Required.")
    for language in ("id", "en"):
        assert error.localized(language) == localized(error, language)
        assert problem.localized(language) == localized(problem, language)
    assert KopdesError("Hanya Indonesia.").localized("en") == "Hanya Indonesia."


def test_field_problems_follow_the_language() -> None:
    error = ValidationError({"name": "Wajib diisi."}, {"name": "Required."})
    assert localized_problems(error, "id") == {"name": "Wajib diisi."}
    assert localized_problems(error, "en") == {"name": "Required."}
