"""``kopdes rencana``: the visit plan from the command line (list, add, start, cancel).

The same services as Beranda's calendar and the visit editor
(:mod:`kopdes_desktop.core.services.plans`, :mod:`kopdes_desktop.core.services.visits`).
"""

from __future__ import annotations

import argparse
from datetime import date, timedelta

from kopdes_desktop.cli.common import add_data_dir, open_store, print_json


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"tanggal {text!r} tidak sah; tulis TTTT-BB-HH, mis. 2026-12-01"
        ) from exc


def register(subparsers: argparse._SubParsersAction) -> None:
    plan = subparsers.add_parser("rencana", help="rencana kunjungan: daftar, tambah, mulai, batal")
    sub = plan.add_subparsers(dest="rencana_command", metavar="PERINTAH", required=True)
    listing = sub.add_parser("list", help="rencana kunjungan dan tenggat tindak lanjut")
    listing.add_argument("--dari", type=_day, help="tanggal awal (bawaan: hari ini)")
    listing.add_argument("--sampai", type=_day, help="tanggal akhir (bawaan: 30 hari lagi)")
    listing.add_argument("--json", action="store_true", help="keluaran JSON")
    add = sub.add_parser("add", help="rencanakan kunjungan; mencetak ID-nya")
    add.add_argument("koperasi", help="ID koperasi (lihat: kopdes koperasi list)")
    add.add_argument("--tanggal", type=_day, required=True, help="hari ini atau sesudahnya")
    add.add_argument("--tujuan", required=True, help="tujuan kunjungan")
    add.add_argument("--catatan", default="", help="catatan")
    start = sub.add_parser("mulai", help="mulai kunjungan yang direncanakan (bertanggal hari ini)")
    start.add_argument("kunjungan", help="ID kunjungan yang direncanakan")
    cancel = sub.add_parser("batal", help="batalkan rencana kunjungan")
    cancel.add_argument("kunjungan", help="ID kunjungan yang direncanakan")
    for parser, func in ((listing, _list), (add, _add), (start, _start), (cancel, _cancel)):
        add_data_dir(parser)
        parser.set_defaults(func=func)


def _list(args: argparse.Namespace) -> int:
    from kopdes_desktop.core.services import plans
    from kopdes_desktop.core.services.hub import Services

    today = date.today()
    first = args.dari or today
    last = args.sampai or first + timedelta(days=30)
    with open_store(args) as store:
        items = Services(store).plans.agenda(first, last, today)
    if args.json:
        print_json([item.__dict__ for item in items])
        return 0
    for item in items:
        kind = "kunjungan" if item.kind == plans.VISIT else "tindak lanjut"
        late = " (terlambat)" if item.overdue else ""
        print(
            f"{item.day.isoformat()}  {kind:<13} {item.record_id}  {item.cooperative}: "
            f"{item.title}{late}"
        )
    print(f"{len(items)} rencana dan tenggat.")
    return 0


def _add(args: argparse.Namespace) -> int:
    from kopdes_desktop.core.services.hub import Services

    with open_store(args) as store:
        visit_id = Services(store).plans.plan(
            args.koperasi,
            today=date.today(),
            visit_date=args.tanggal,
            purpose=args.tujuan,
            notes=args.catatan,
        )
    print(visit_id)
    return 0


def _start(args: argparse.Namespace) -> int:
    from kopdes_desktop.core.services.hub import Services

    with open_store(args) as store:
        visit = Services(store).plans.start(args.kunjungan, today=date.today())
    print(f"Kunjungan {visit.id} dimulai, bertanggal {visit.visit_date.isoformat()}.")
    return 0


def _cancel(args: argparse.Namespace) -> int:
    from kopdes_desktop.core.services.hub import Services

    with open_store(args) as store:
        Services(store).plans.cancel(args.kunjungan)
    print("Rencana kunjungan dibatalkan.")
    return 0
