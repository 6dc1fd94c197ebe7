"""``kopdes koperasi financing add|list|pay|arrears`` and ``kopdes koperasi rat status|record|
year-end``: the financing monitor and the RAT deadline over the same services as the GUI."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from kopdes_desktop.cli.common import add_data_dir, open_store, print_json
from kopdes_desktop.core.formatting import long_date, rupiah
from kopdes_desktop.core.services.hub import Services


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"tanggal harus YYYY-MM-DD, bukan {text!r}") from None


def _parser(
    sub: argparse._SubParsersAction, name: str, help_: str, *, coop: bool = True
) -> argparse.ArgumentParser:
    parser = sub.add_parser(name, help=help_)
    if coop:
        parser.add_argument(
            "cooperative_id", metavar="ID", help="ID koperasi (lihat koperasi list)"
        )
    parser.add_argument("--json", action="store_true", help="keluaran JSON")
    parser.add_argument("--today", type=_day, default=None, help=argparse.SUPPRESS)
    add_data_dir(parser)
    return parser


def register(coops_sub: argparse._SubParsersAction) -> None:
    """Add ``financing`` and ``rat`` under ``kopdes koperasi``."""
    fin = coops_sub.add_parser("financing", help="pembiayaan bank: catat, bayar, tunggakan")
    fin_sub = fin.add_subparsers(dest="financing_command", metavar="PERINTAH", required=True)
    add = _parser(fin_sub, "add", "catat pembiayaan; mencetak ID-nya")
    add.add_argument("--lender", required=True, help="bank pemberi, mis. BRI")
    add.add_argument("--ceiling", required=True, type=int, help="plafon (Rp)")
    add.add_argument("--disbursed", type=int, default=0, help="dicairkan (Rp)")
    add.add_argument("--disbursed-on", type=_day, default=None, help="tanggal cair YYYY-MM-DD")
    add.add_argument("--rate", type=float, default=6.0, help="bunga %% setahun (bawaan 6)")
    add.add_argument("--tenor", type=int, default=72, help="tenor, bulan (bawaan 72)")
    add.add_argument("--grace", type=int, default=6, help="masa tenggang, bulan (bawaan 6)")
    add.add_argument(
        "--schedule",
        choices=("ANUITAS", "POKOK_TETAP"),
        default="ANUITAS",
        help="angsuran: ANUITAS (sama besar, bawaan) atau POKOK_TETAP",
    )
    add.set_defaults(func=_financing_add)
    _parser(fin_sub, "list", "pembiayaan, angsuran berikutnya dan tanda bahaya").set_defaults(
        func=_financing_list
    )
    for name, help_, func in (
        ("pay", "catat pembayaran angsuran", _financing_pay),
        ("arrears", "catat tunggakan per tanggal", _financing_arrears),
    ):
        entry = _parser(fin_sub, name, help_, coop=False)
        entry.add_argument("financing_id", metavar="PEMBIAYAAN", help="ID pembiayaan")
        entry.add_argument("--on", type=_day, required=True, help="tanggal YYYY-MM-DD")
        entry.add_argument("--amount", type=int, required=True, help="jumlah (Rp)")
        entry.set_defaults(func=func)

    rat = coops_sub.add_parser("rat", help="batas RAT: status, catat RAT, akhir tahun buku")
    rat_sub = rat.add_subparsers(dest="rat_command", metavar="PERINTAH", required=True)
    _parser(rat_sub, "status", "status RAT semua koperasi", coop=False).set_defaults(
        func=_rat_status
    )
    record = _parser(rat_sub, "record", "catat RAT yang terlaksana")
    record.add_argument("--year", type=int, required=True, help="tahun buku")
    record.add_argument("--held-on", type=_day, required=True, help="tanggal RAT YYYY-MM-DD")
    record.set_defaults(func=_rat_record)
    year_end = _parser(rat_sub, "year-end", "ubah akhir tahun buku (MM-DD, bawaan 12-31)")
    year_end.add_argument("month_day", metavar="MM-DD", help="hari terakhir tahun buku")
    year_end.set_defaults(func=_rat_year_end)


def _today(args: argparse.Namespace) -> date:
    return args.today or date.today()


def _done(args: argparse.Namespace, value: dict[str, Any], text: str) -> int:
    if args.json:
        print_json(value)
    else:
        print(text)
    return 0


def _financing_add(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        fid = Services(store).standing.save_financing(
            args.cooperative_id,
            lender=args.lender,
            ceiling=args.ceiling,
            disbursed=args.disbursed,
            disbursed_on=args.disbursed_on,
            rate_pct=args.rate,
            tenor_months=args.tenor,
            grace_months=args.grace,
            schedule=args.schedule,
            today=_today(args),
        )
    return _done(args, {"id": fid}, fid)


def _financing_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        standing = Services(store).cooperatives.standing(args.cooperative_id, _today(args))
    views, flags = standing.financings, standing.flags
    if args.json:
        print_json(
            {
                "financings": [_view_json(v) for v in views],
                "flags": [
                    {"financing_id": f.financing_id, "kind": f.kind, "reason": f.reason}
                    for f in flags
                ],
            }
        )
        return 0
    for v in views:
        print(
            f"{v.id}  {v.lender}: plafon {rupiah(v.ceiling)}, cair {rupiah(v.disbursed)} "
            f"({long_date(v.disbursed_on) or 'belum'}), dibayar {rupiah(v.paid)}, tunggakan "
            f"{rupiah(v.arrears) if v.arrears is not None else '-'}"
        )
        for row in v.next_instalments:
            print(f"    angsuran {row.number:>2} {long_date(row.due):<18} {rupiah(row.amount)}")
    for flag in flags:
        print(f"! {flag.reason}")
    print(f"{len(views)} pembiayaan, {len(flags)} tanda bahaya.")
    return 0


def _view_json(v: Any) -> dict[str, Any]:
    return {
        "id": v.id,
        "lender": v.lender,
        "ceiling": v.ceiling,
        "disbursed": v.disbursed,
        "disbursed_on": v.disbursed_on,
        "rate_pct": v.rate_pct,
        "tenor_months": v.tenor_months,
        "grace_months": v.grace_months,
        "schedule": v.schedule,
        "paid": v.paid,
        "arrears": v.arrears,
        "arrears_on": v.arrears_on,
        "next_instalments": [
            {
                "number": r.number,
                "due": r.due,
                "principal": r.principal,
                "interest": r.interest,
                "amount": r.amount,
            }
            for r in v.next_instalments
        ],
    }


def _financing_pay(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        pid = Services(store).standing.pay(args.financing_id, args.on, args.amount, _today(args))
    return _done(args, {"id": pid}, f"Pembayaran {rupiah(args.amount)} dicatat ({pid}).")


def _financing_arrears(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        eid = Services(store).standing.record_arrears(
            args.financing_id, args.on, args.amount, _today(args)
        )
    return _done(
        args,
        {"id": eid},
        f"Tunggakan {rupiah(args.amount)} per {long_date(args.on)} dicatat ({eid}).",
    )


def _rat_status(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        rows = Services(store).standing.rat_statuses(_today(args))
    if args.json:
        print_json(
            [
                {
                    "cooperative_id": r.cooperative_id,
                    "name": r.name,
                    "fiscal_year_end": r.fiscal_year_end,
                    "fiscal_year": r.status.fiscal_year,
                    "due": r.status.due,
                    "held_on": r.status.held_on,
                    "state": r.status.state,
                }
                for r in rows
            ]
        )
        return 0
    for r in rows:
        print(f"{r.cooperative_id}  {r.name:<50} {r.status.text()}")
    return 0


def _rat_record(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        row_id = Services(store).standing.record_meeting(
            args.cooperative_id, args.year, args.held_on, _today(args)
        )
    return _done(
        args, {"id": row_id}, f"RAT tahun buku {args.year} tercatat {long_date(args.held_on)}."
    )


def _rat_year_end(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        Services(store).standing.set_fiscal_year_end(args.cooperative_id, args.month_day)
    return _done(
        args,
        {"id": args.cooperative_id, "fiscal_year_end": args.month_day},
        f"Akhir tahun buku diubah menjadi {args.month_day}.",
    )
