"""``kopdes``: the command line over the mentor's store.

Each command group lives in its own module under ``kopdes_desktop.cli`` and exposes
``register(subparsers)``; handlers take the parsed arguments and return an exit code.
User errors print one readable line on stderr and exit non-zero; nothing is half-written.
A data folder that holds no store is refused (exit 2) unless the command makes one (``demo``,
``restore``), only reads what it finds (``info``, ``score``), or ``--create`` is given: a
mistyped ``--data-dir`` must not quietly start an empty store. Each run writes its command,
outcome and errors (never the values typed) to the data folder's log.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
import time
from collections.abc import Sequence

from kopdes_desktop import __version__, logging_setup
from kopdes_desktop.cli.argparse_id import Parser
from kopdes_desktop.cli.common import data_paths, os_error_message
from kopdes_desktop.cli.store_cmds import terminal_prompt
from kopdes_desktop.errors import KopdesError, ValidationError
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.store import vault
from kopdes_desktop.store.db import Store

COMMAND_MODULES = (
    "kopdes_desktop.cli.data",
    "kopdes_desktop.cli.instruments",
    "kopdes_desktop.cli.store_cmds",
    "kopdes_desktop.cli.report",
    "kopdes_desktop.cli.sync",
    "kopdes_desktop.cli.plan",
    "kopdes_desktop.cli.verify",
)

EXIT_USER_ERROR = 1
EXIT_INVALID_INPUT = 2

log = logging.getLogger("kopdes_desktop.cli")


class NoStoreError(KopdesError):
    """The data folder holds no Kopdes store and the command does not make one."""


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="kopdes",
        description="Kopdes Desktop: baris perintah untuk data pendamping koperasi.",
    )
    parser.add_argument("--version", action="version", version=f"kopdes {__version__}")
    parser.add_argument(
        "--data-dir",
        help="folder data (bawaan: KOPDES_DATA_DIR atau folder data pengguna)",
    )
    parser.add_argument(
        "--create",
        action="store_true",
        help="buat penyimpanan baru bila folder data belum berisi data Kopdes",
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


def command_name(args: argparse.Namespace) -> str:
    """The command words of a run (``koperasi edit``), never its values."""
    words = [args.command] + [
        value
        for key, value in sorted(vars(args).items())
        if key.endswith("_command") and isinstance(value, str)
    ]
    return " ".join(filter(None, words))


def require_store(args: argparse.Namespace, paths: DataPaths) -> None:
    """Refuse a data folder without a store, unless the command may run without one; with
    ``--create`` make the store first."""
    if paths.database.exists():
        return
    if getattr(args, "create", False):
        Store.open(paths).close()  # the new, empty store the command runs on
        return
    if getattr(args, "store_optional", False) or getattr(args, "creates_store", False):
        return
    if paths.root.exists() and not paths.root.is_dir():
        raise NoStoreError(f"{paths.root} bukan folder.", f"{paths.root} is not a folder.")
    raise NoStoreError(
        f"Folder data {paths.root} belum berisi data Kopdes (tidak ada {paths.database.name}). "
        "Periksa --data-dir atau KOPDES_DATA_DIR, atau tambahkan --create untuk membuat data "
        "baru di sana.",
        f"The data folder {paths.root} holds no Kopdes data. Check --data-dir or add --create.",
    )


def _start_log(args: argparse.Namespace, paths: DataPaths) -> None:
    """Log to the data folder, unless the command runs on a folder it must not create."""
    if (
        paths.database.exists()
        or getattr(args, "create", False)
        or getattr(args, "creates_store", False)
    ):
        try:
            paths.logs.mkdir(parents=True, exist_ok=True)
        except OSError:  # the command itself will say what is wrong with the folder
            logging_setup.discard()
            return
        logging_setup.configure(paths)
        logging_setup.log_start("kopdes")
    else:
        logging_setup.discard()


def main(argv: Sequence[str] | None = None) -> int:
    """Run one ``kopdes`` command; returns its exit code (0 done, 1 refused, 2 bad input)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_INVALID_INPUT
    command = command_name(args)
    started = time.monotonic()
    vault.set_prompt(terminal_prompt)
    logging_setup.discard()
    try:
        paths = data_paths(args)
        require_store(args, paths)
        _start_log(args, paths)
        log.info("command: %s", command)
        code = int(args.func(args) or 0)
        log.info("command %s ended: exit %d (%.1f s)", command, code, time.monotonic() - started)
        return code
    except ValidationError as exc:
        log.warning("command %s refused: invalid %s", command, ", ".join(exc.problems))
        for field, message in exc.problems.items():
            print(f"kopdes: {field}: {message}", file=sys.stderr)
        return EXIT_INVALID_INPUT
    except NoStoreError as exc:
        print(f"kopdes: {exc.message}", file=sys.stderr)
        return EXIT_INVALID_INPUT
    except KopdesError as exc:
        log.warning("command %s failed: %s", command, exc.message_en)
        print(f"kopdes: {exc.message}", file=sys.stderr)
        return EXIT_USER_ERROR
    except OSError as exc:
        if isinstance(exc, BrokenPipeError):
            # The reader went away (``kopdes info | head``): stop quietly, as other tools do.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 0
        log.warning("command %s failed: %s", command, exc)
        print(f"kopdes: {os_error_message(exc)}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        log.info("command %s cancelled", command)
        print("kopdes: dibatalkan", file=sys.stderr)
        return 130
    except Exception:
        log.exception("command %s: unexpected error", command)
        raise
    finally:
        logging_setup.close()
