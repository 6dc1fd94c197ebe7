"""Financing stress: when a cooperative's bank financing needs the mentor's attention.

Two signals, each with its reason in Indonesian (and English):

- the arrears recorded on a financing grew since the previous record (a first record above
  zero counts as growth from none);
- the cash and bank balances of the cooperative's latest final assessment cannot cover the
  next three instalments.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from kopdes_desktop.core.formatting import long_date, rupiah
from kopdes_desktop.core.health.instalments import Terms, upcoming

ARREARS_GREW, CASH_SHORT = "ARREARS_GREW", "CASH_SHORT"
COVER_INSTALMENTS = 3
CASH_ITEMS = ("kas", "bank")
"""Answer ids whose sum is the cash an assessment records (both instruments that ask it)."""


@dataclass(frozen=True)
class FinancingFacts:
    """One financing and what is recorded on it, as plain data."""

    id: str
    cooperative_id: str
    lender: str
    terms: Terms
    arrears: tuple[tuple[date, int], ...] = ()  # (as of, amount), any order


@dataclass(frozen=True)
class CashFigure:
    """Cash and bank of a cooperative's latest final assessment."""

    assessed_on: date
    amount: int


@dataclass(frozen=True)
class Flag:
    cooperative_id: str
    financing_id: str
    kind: str  # ARREARS_GREW | CASH_SHORT
    reason: str
    reason_en: str


def cash_of(answers: dict[str, object]) -> int | None:
    """Cash plus bank from an assessment's answers; None when it does not record both."""
    values = [answers.get(item) for item in CASH_ITEMS]
    numbers = [v for v in values if isinstance(v, int | float) and not isinstance(v, bool)]
    if len(numbers) != len(values):
        return None
    return int(sum(numbers))


def arrears_flag(facts: FinancingFacts) -> Flag | None:
    """A flag when the latest recorded arrears exceed the record before them."""
    if not facts.arrears:
        return None
    ordered = sorted(facts.arrears)
    (last_on, last), before = ordered[-1], ordered[-2] if len(ordered) > 1 else None
    previous = before[1] if before else 0
    if last <= previous:
        return None
    if before:
        reason = (
            f"Tunggakan pada {facts.lender} naik dari {rupiah(previous)} "
            f"({long_date(before[0])}) menjadi {rupiah(last)} ({long_date(last_on)})."
        )
        reason_en = (
            f"Arrears at {facts.lender} grew from {rupiah(previous, 'en')} "
            f"({long_date(before[0], 'en')}) to {rupiah(last, 'en')} "
            f"({long_date(last_on, 'en')})."
        )
    else:
        reason = f"Tunggakan pada {facts.lender} tercatat {rupiah(last)} ({long_date(last_on)})."
        reason_en = (
            f"Arrears at {facts.lender} recorded at {rupiah(last, 'en')} "
            f"({long_date(last_on, 'en')})."
        )
    return Flag(facts.cooperative_id, facts.id, ARREARS_GREW, reason, reason_en)


def cash_flag(facts: FinancingFacts, cash: CashFigure | None, today: date) -> Flag | None:
    """A flag when the latest assessment's cash cannot cover the next three instalments."""
    if cash is None:
        return None
    coming = upcoming(facts.terms, today, COVER_INSTALMENTS)
    need = sum(row.amount for row in coming)
    if not coming or cash.amount >= need:
        return None
    reason = (
        f"Kas dan bank pada penilaian {long_date(cash.assessed_on)} ({rupiah(cash.amount)}) "
        f"tidak cukup untuk {len(coming)} angsuran berikutnya kepada {facts.lender} "
        f"({rupiah(need)})."
    )
    reason_en = (
        f"Cash and bank in the assessment of {long_date(cash.assessed_on, 'en')} "
        f"({rupiah(cash.amount, 'en')}) cannot cover the next {len(coming)} instalments "
        f"to {facts.lender} ({rupiah(need, 'en')})."
    )
    return Flag(facts.cooperative_id, facts.id, CASH_SHORT, reason, reason_en)


def flags(
    financings: Iterable[FinancingFacts], cash: dict[str, CashFigure], today: date
) -> list[Flag]:
    """Every flag of ``financings``; ``cash`` maps cooperative id to its latest cash figure."""
    found: list[Flag] = []
    for facts in financings:
        for flag in (arrears_flag(facts), cash_flag(facts, cash.get(facts.cooperative_id), today)):
            if flag is not None:
                found.append(flag)
    return found


def reasons(found: Sequence[Flag], language: str = "id") -> list[str]:
    return [f.reason_en if language.startswith("en") else f.reason for f in found]
