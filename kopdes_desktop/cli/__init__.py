"""``kopdes``: the command line over the mentor's store.

Each command group lives in its own module under ``kopdes_desktop.cli`` and exposes
``register(subparsers)``; handlers take the parsed arguments and return an exit code.
User errors print one readable line on stderr and exit non-zero; nothing is half-written.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from kopdes_desktop import __version__
from kopdes_desktop.errors import KopdesError, ValidationError

COMMAND_MODULES = (
    "kopdes_desktop.cli.data",
    "kopdes_desktop.cli.instruments",
    "kopdes_desktop.cli.store_cmds",
    "kopdes_desktop.cli.report",
    "kopdes_desktop.cli.sync",
)

EXIT_USER_ERROR = 1
EXIT_INVALID_INPUT = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kopdes",
        description="Kopdes Desktop: baris perintah untuk data pendamping koperasi.",
    )
    parser.add_argument("--version", action="version", version=f"kopdes {__version__}")
    parser.add_argument(
        "--data-dir",
        help="folder data (bawaan: KOPDES_DATA_DIR atau folder data pengguna)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="PERINTAH")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_INVALID_INPUT
    try:
        return int(args.func(args) or 0)
    except ValidationError as exc:
        for field, message in exc.problems.items():
            print(f"kopdes: {field}: {message}", file=sys.stderr)
        return EXIT_INVALID_INPUT
    except KopdesError as exc:
        print(f"kopdes: {exc.message}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("kopdes: dibatalkan", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (``kopdes info | head``): stop quietly, as other tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
