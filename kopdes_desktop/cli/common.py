"""Helpers shared by the CLI command modules."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from kopdes_desktop import paths
from kopdes_desktop.errors import os_reason
from kopdes_desktop.store.db import Store


def data_paths(args: argparse.Namespace) -> paths.DataPaths:
    return paths.resolve(getattr(args, "data_dir", None))


def open_store(args: argparse.Namespace) -> Store:
    """Open the store named by ``--data-dir`` / ``KOPDES_DATA_DIR`` (migrating it); ``main``
    has already refused a folder without a store unless the command may make one."""
    return Store.open(data_paths(args))


def add_data_dir(parser: argparse.ArgumentParser) -> None:
    """Let ``--data-dir`` and ``--create`` also stand after the sub-command
    (``kopdes demo --data-dir D``)."""
    parser.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        help="folder data (bawaan: KOPDES_DATA_DIR atau folder data pengguna)",
    )
    parser.add_argument(
        "--create",
        action="store_true",
        default=argparse.SUPPRESS,
        help="buat penyimpanan baru bila folder data belum berisi data Kopdes",
    )


def os_error_message(exc: OSError) -> str:
    """One Indonesian line for a file-system error (missing file, no permission, disk full)."""
    text = os_reason(exc)
    return f"{text}: {exc.filename}" if exc.filename else text


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
