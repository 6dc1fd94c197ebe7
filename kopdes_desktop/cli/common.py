"""Helpers shared by the CLI command modules."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from kopdes_desktop import paths
from kopdes_desktop.store.db import Store


def data_paths(args: argparse.Namespace) -> paths.DataPaths:
    return paths.resolve(getattr(args, "data_dir", None))


def open_store(args: argparse.Namespace) -> Store:
    """Open the store named by ``--data-dir`` / ``KOPDES_DATA_DIR`` (migrating it)."""
    return Store.open(data_paths(args))


def add_data_dir(parser: argparse.ArgumentParser) -> None:
    """Let ``--data-dir`` also stand after the sub-command (``kopdes demo --data-dir D``)."""
    parser.add_argument("--data-dir", default=argparse.SUPPRESS, help="folder data")


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
