"""The cooperative's bank financing: facilities, payments, recorded arrears, next instalments
and the stress flags (see :mod:`kopdes_desktop.core.health.financing`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kopdes_desktop.core import validation as v
from kopdes_desktop.core.formatting import long_date, rupiah
from kopdes_desktop.core.health import financing as monitor
from kopdes_desktop.core.health.instalments import Instalment, Terms, upcoming
from kopdes_desktop.core.services import cooperatives
from kopdes_desktop.store.models import (
    Assessment,
    Financing,
    FinancingArrears,
    FinancingPayment,
    live_row,
)
from kopdes_desktop.sync import schema


@dataclass(frozen=True)
class FinancingView:
    """One financing as the cooperative page, the CLI and reports show it."""

    id: str
    cooperative_id: str
    lender: str
    ceiling: int
    disbursed: int
    disbursed_on: date | None
    rate_pct: float
    tenor_months: int
    grace_months: int
    schedule: str
    paid: int
    arrears: int | None
    arrears_on: date | None
    next_instalments: tuple[Instalment, ...]

    @property
    def terms(self) -> Terms:
        return Terms(
            self.disbursed,
            self.disbursed_on,
            self.rate_pct,
            self.tenor_months,
            self.grace_months,
            self.schedule,
        )


def _problem(checker: v.Checker, field: str, message: str, message_en: str) -> None:
    checker.problems.setdefault(field, message)
    checker.problems_en.setdefault(field, message_en)


def _check_terms(checker: v.Checker, values: dict[str, object], today: date) -> None:
    ceiling, disbursed = values.get("ceiling"), values.get("disbursed")
    if isinstance(ceiling, int) and ceiling <= 0:
        _problem(
            checker, "ceiling", "Plafon harus lebih dari nol.", "The ceiling must be above zero."
        )
    if isinstance(ceiling, int) and isinstance(disbursed, int) and disbursed > ceiling:
        _problem(
            checker,
            "disbursed",
            f"Pencairan ({rupiah(disbursed)}) tidak boleh melebihi plafon ({rupiah(ceiling)}).",
            f"The amount disbursed ({rupiah(disbursed, 'en')}) cannot exceed the ceiling "
            f"({rupiah(ceiling, 'en')}).",
        )
    disbursed_on = values.get("disbursed_on")
    if disbursed and disbursed_on is None:
        _problem(
            checker, "disbursed_on", "Isi tanggal pencairan.", "Enter the date of disbursement."
        )
    rate = values.get("rate_pct")
    if not isinstance(rate, int | float) or not 0 <= rate <= schema.RATE_MAX_PCT:
        _problem(
            checker,
            "rate_pct",
            "Bunga harus antara 0 dan 100 persen setahun.",
            "The rate must be between 0 and 100 percent a year.",
        )
    tenor, grace = values.get("tenor_months"), values.get("grace_months")
    if not isinstance(tenor, int) or not 1 <= tenor <= schema.TENOR_MAX_MONTHS:
        _problem(
            checker,
            "tenor_months",
            "Tenor harus 1 sampai 600 bulan.",
            "The tenor must be 1 to 600 months.",
        )
    elif not isinstance(grace, int) or not 0 <= grace < tenor:
        _problem(
            checker,
            "grace_months",
            "Masa tenggang harus 0 sampai kurang dari tenor.",
            "The grace period must be 0 to less than the tenor.",
        )
    if values.get("schedule") not in schema.FINANCING_SCHEDULES:
        _problem(
            checker,
            "schedule",
            "Pilih anuitas atau pokok tetap.",
            "Choose annuity or equal principal.",
        )


def save(
    session: Session,
    cooperative_id: str,
    *,
    lender: str,
    ceiling: int,
    disbursed: int,
    disbursed_on: date | None,
    rate_pct: float,
    tenor_months: int,
    grace_months: int,
    schedule: str = "ANUITAS",
    today: date,
    financing_id: str | None = None,
    notes: str | None = None,
) -> str:
    """Create (or, with ``financing_id``, change) a financing; every problem is refused with
    its field before anything is written. Returns the financing's id."""
    coop = cooperatives.get(session, cooperative_id)
    checker = v.Checker()
    values: dict[str, object] = {
        "lender": checker.require("lender", lambda t: v.required_text(t, 120), lender),
        "ceiling": checker.require("ceiling", v.money, ceiling),
        "disbursed": checker.check("disbursed", v.money, disbursed) or 0,
        "disbursed_on": checker.check(
            "disbursed_on", lambda d: v.not_future(d, today), disbursed_on
        ),
        "rate_pct": rate_pct,
        "tenor_months": tenor_months,
        "grace_months": grace_months,
        "schedule": schedule,
        "notes": checker.check("notes", lambda t: v.required_text(t, 4000), notes),
    }
    _check_terms(checker, values, today)
    row = _get(session, financing_id) if financing_id else None
    if row is not None and values["disbursed_on"] is not None:
        first = _first_entry(session, row.id)
        if first is not None and first < values["disbursed_on"]:  # type: ignore[operator]  # a date: the check above passed
            _problem(
                checker,
                "disbursed_on",
                f"Sudah ada pembayaran atau tunggakan tercatat {long_date(first)}, sebelum "
                f"tanggal pencairan ini.",
                f"A payment or arrears is recorded on {long_date(first, 'en')}, before this "
                f"disbursement date.",
            )
    checker.raise_if_any()
    if row is None:
        row = Financing(cooperative_id=coop.id)
        session.add(row)
    for key, value in values.items():
        setattr(row, key, value)
    session.flush()
    return row.id


def _get(session: Session, financing_id: str) -> Financing:
    return live_row(session, Financing, financing_id, "Pembiayaan", "Financing")


def _first_entry(session: Session, financing_id: str) -> date | None:
    dates = [
        session.scalar(select(func.min(model_date)).where(fk == financing_id, deleted.is_(False)))
        for model_date, fk, deleted in (
            (FinancingPayment.paid_on, FinancingPayment.financing_id, FinancingPayment.deleted),
            (FinancingArrears.as_of, FinancingArrears.financing_id, FinancingArrears.deleted),
        )
    ]
    found = [d for d in dates if d is not None]
    return min(found) if found else None


def _check_entry(
    session: Session,
    financing_id: str,
    field: str,
    day: date,
    amount: int,
    today: date,
    positive: bool,
) -> tuple[Financing, v.Checker]:
    row = _get(session, financing_id)
    checker = v.Checker()
    checker.require(field, lambda d: v.not_future(d, today), day)
    if isinstance(amount, bool) or not isinstance(amount, int) or amount < 0:
        _problem(
            checker,
            "amount",
            "Jumlah tidak boleh negatif."
            if not positive
            else "Jumlah pembayaran harus lebih dari nol.",
            "The amount cannot be negative." if not positive else "The payment must be above zero.",
        )
    elif positive and amount == 0:
        _problem(
            checker,
            "amount",
            "Jumlah pembayaran harus lebih dari nol.",
            "The payment must be above zero.",
        )
    else:
        checker.check("amount", v.money, amount)
    if row.disbursed_on is None:
        _problem(
            checker,
            field,
            "Pembiayaan ini belum dicairkan.",
            "This financing has not been disbursed yet.",
        )
    elif day is not None and day < row.disbursed_on:
        _problem(
            checker,
            field,
            f"Tanggal tidak boleh sebelum pencairan ({long_date(row.disbursed_on)}).",
            f"The date cannot be before disbursement ({long_date(row.disbursed_on, 'en')}).",
        )
    return row, checker


def pay(
    session: Session,
    financing_id: str,
    paid_on: date,
    amount: int,
    today: date,
    notes: str | None = None,
) -> str:
    """Record a payment; refused before disbursement, in the future, or not above zero."""
    row, checker = _check_entry(session, financing_id, "paid_on", paid_on, amount, today, True)
    checker.raise_if_any()
    payment = FinancingPayment(financing_id=row.id, paid_on=paid_on, amount=amount, notes=notes)
    session.add(payment)
    session.flush()
    return payment.id


def record_arrears(
    session: Session,
    financing_id: str,
    as_of: date,
    amount: int,
    today: date,
    notes: str | None = None,
) -> str:
    """Record the arrears on a date (from the bank's statement); never negative."""
    row, checker = _check_entry(session, financing_id, "as_of", as_of, amount, today, False)
    checker.raise_if_any()
    entry = FinancingArrears(financing_id=row.id, as_of=as_of, amount=amount, notes=notes)
    session.add(entry)
    session.flush()
    return entry.id


def _arrears(session: Session, ids: list[str]) -> dict[str, list[tuple[date, int]]]:
    found: dict[str, list[tuple[date, int]]] = {}
    for fid, as_of, amount in session.execute(
        select(
            FinancingArrears.financing_id, FinancingArrears.as_of, FinancingArrears.amount
        ).where(FinancingArrears.financing_id.in_(ids), FinancingArrears.deleted.is_(False))
    ):
        found.setdefault(fid, []).append((as_of, amount))
    return found


def _rows(session: Session, cooperative_id: str | None) -> list[Financing]:
    query = select(Financing).where(Financing.deleted.is_(False))
    if cooperative_id is not None:
        query = query.where(Financing.cooperative_id == cooperative_id)
    return list(session.scalars(query.order_by(Financing.created_at)))


def of_cooperative(session: Session, cooperative_id: str, today: date) -> list[FinancingView]:
    """The cooperative's financings with what is paid, the latest arrears and the next
    three instalments."""
    cooperatives.get(session, cooperative_id)
    rows = _rows(session, cooperative_id)
    arrears = _arrears(session, [r.id for r in rows])
    paid = dict(
        session.execute(
            select(FinancingPayment.financing_id, func.sum(FinancingPayment.amount))
            .where(
                FinancingPayment.financing_id.in_([r.id for r in rows]),
                FinancingPayment.deleted.is_(False),
            )
            .group_by(FinancingPayment.financing_id)
        ).all()
    )
    views = []
    for r in rows:
        latest = max(arrears.get(r.id, []), default=None)
        terms = Terms(
            r.disbursed, r.disbursed_on, r.rate_pct, r.tenor_months, r.grace_months, r.schedule
        )
        views.append(
            FinancingView(
                r.id,
                r.cooperative_id,
                r.lender,
                r.ceiling,
                r.disbursed,
                r.disbursed_on,
                r.rate_pct,
                r.tenor_months,
                r.grace_months,
                r.schedule,
                int(paid.get(r.id) or 0),
                latest[1] if latest else None,
                latest[0] if latest else None,
                tuple(upcoming(terms, today)),
            )
        )
    return views


def _latest_cash(session: Session, cooperative_ids: set[str]) -> dict[str, monitor.CashFigure]:
    """Per cooperative, the cash and bank of its latest final assessment that records them."""
    found: dict[str, monitor.CashFigure] = {}
    rows = session.execute(
        select(Assessment.cooperative_id, Assessment.assessed_on, Assessment.answers)
        .where(
            Assessment.status == "FINAL",
            Assessment.deleted.is_(False),
            Assessment.cooperative_id.in_(cooperative_ids),
        )
        .order_by(Assessment.assessed_on.desc(), Assessment.revision_no.desc())
    )
    for coop_id, assessed_on, answers in rows:
        if coop_id in found:
            continue
        cash = monitor.cash_of(answers or {})
        if cash is not None:
            found[coop_id] = monitor.CashFigure(assessed_on, cash)
    return found


def flags(session: Session, today: date, cooperative_id: str | None = None) -> list[monitor.Flag]:
    """The financing-stress flags of one cooperative, or of every cooperative."""
    rows = _rows(session, cooperative_id)
    arrears = _arrears(session, [r.id for r in rows])
    facts = [
        monitor.FinancingFacts(
            r.id,
            r.cooperative_id,
            r.lender,
            Terms(
                r.disbursed, r.disbursed_on, r.rate_pct, r.tenor_months, r.grace_months, r.schedule
            ),
            tuple(arrears.get(r.id, ())),
        )
        for r in rows
    ]
    cash = _latest_cash(session, {r.cooperative_id for r in rows})
    return monitor.flags(facts, cash, today)
