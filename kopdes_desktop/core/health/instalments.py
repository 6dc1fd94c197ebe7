"""The instalment schedule of a financing, in whole Rupiah.

Instalments fall monthly from the month after disbursement, on the disbursement's day of the
month. During the grace period only interest is paid; the principal is then repaid over the
remaining months, either as an annuity (equal instalments, ``ANUITAS``) or in equal parts of
principal with interest on the balance (``POKOK_TETAP``). Interest is the balance x rate / 12
each month; amounts are rounded half up to the Rupiah and the last instalment takes the
remainder, so the principal repaid is exactly the amount disbursed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from kopdes_desktop.core.health.calendar import add_months

ANNUITY, EQUAL_PRINCIPAL = "ANUITAS", "POKOK_TETAP"


@dataclass(frozen=True)
class Terms:
    """What the schedule depends on."""

    disbursed: int
    disbursed_on: date | None
    rate_pct: float
    tenor_months: int
    grace_months: int
    schedule: str = ANNUITY


@dataclass(frozen=True)
class Instalment:
    number: int
    due: date
    principal: int
    interest: int

    @property
    def amount(self) -> int:
        return self.principal + self.interest


def _rupiah(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _annuity(balance: int, monthly: Decimal, months: int) -> Decimal:
    if monthly == 0:
        return Decimal(balance) / months
    return Decimal(balance) * monthly / (1 - (1 + monthly) ** -months)


def schedule(terms: Terms) -> list[Instalment]:
    """Every instalment; empty until the financing is disbursed."""
    if not terms.disbursed or terms.disbursed_on is None:
        return []
    monthly = Decimal(repr(terms.rate_pct)) / 1200
    repaying = terms.tenor_months - terms.grace_months
    balance = terms.disbursed
    level = _annuity(balance, monthly, repaying)
    part = Decimal(balance) / repaying
    rows = []
    for number in range(1, terms.tenor_months + 1):
        interest = _rupiah(balance * monthly)
        if number <= terms.grace_months:
            principal = 0
        elif number == terms.tenor_months:
            principal = balance
        elif terms.schedule == EQUAL_PRINCIPAL:
            principal = min(balance, _rupiah(part))
        else:
            principal = min(balance, _rupiah(level) - interest)
        balance -= principal
        due = add_months(terms.disbursed_on, number)
        rows.append(Instalment(number, due, principal, interest))
    return rows


def upcoming(terms: Terms, after: date, count: int = 3) -> list[Instalment]:
    """The next ``count`` instalments falling due after ``after``."""
    return [row for row in schedule(terms) if row.due > after][:count]


def due_by(terms: Terms, day: date) -> int:
    """What should have been paid by ``day`` (principal and interest)."""
    return sum(row.amount for row in schedule(terms) if row.due <= day)
