"""``kopdes verify IMAGE|PDF|TEXT``: is a printed report genuine, and what did it say?

Reads the QR code of a photo, scan or PDF (or takes the code's text), checks its signature with
the keys this laptop knows (its own, the province's, the province's device registry) and prints
what was signed. Exit 0 for a genuine report, 1 otherwise.
"""

from __future__ import annotations

import argparse

from kopdes_desktop.cli.common import add_data_dir, open_store, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    command = subparsers.add_parser("verify", help="periksa keaslian laporan dari kode QR-nya")
    command.add_argument(
        "source", metavar="GAMBAR|PDF|TEKS", help="foto/pindaian, PDF laporan, atau teks kode QR"
    )
    command.add_argument("--json", action="store_true", help="keluaran JSON")
    add_data_dir(command)
    command.set_defaults(func=_verify)


def _verify(args: argparse.Namespace) -> int:
    from kopdes_desktop.reports import scan
    from kopdes_desktop.reports.seal_check import check
    from kopdes_desktop.sync.device_registry import laptop_keyring

    text = scan.read_seal(args.source)
    with open_store(args) as store:
        verdict = check(text, laptop_keyring(store))
    if args.json:
        print_json(verdict.as_dict())
    else:
        print(verdict.summary)
        for line in verdict.details:
            print(f"  {line}")
    return 0 if verdict.genuine else 1
