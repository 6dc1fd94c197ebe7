"""argparse in Indonesian: one parser class for ``kopdes``, ``kopdes-province`` and
``kopdes-desktop --help``.

argparse looks its own texts up through the module's ``_`` and ``ngettext`` while it builds a
parser, parses, prints help or reports an error. :class:`Parser` swaps in Indonesian look-ups for
exactly those calls and puts argparse's back afterwards, so nothing else in the process changes.
A text argparse gains in a later Python stays English until it is added to :data:`TEXTS`.
"""

from __future__ import annotations

import argparse
import contextlib
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, NoReturn

TEXTS: dict[str, str] = {
    "usage: ": "Penggunaan: ",
    "positional arguments": "argumen",
    "options": "opsi",
    "optional arguments": "opsi",
    "subcommands": "perintah",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "show program's version number and exit": "tampilkan versi program lalu keluar",
    "%(prog)s: error: %(message)s\n": "%(prog)s: kesalahan: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "pilihan tidak sah: %(value)r (pilih dari %(choices)s)",
    "invalid %(type)s value: %(value)r": "nilai %(type)s tidak sah: %(value)r",
    "expected one argument": "perlu satu nilai",
    "expected at least one argument": "perlu sedikitnya satu nilai",
    "expected at most one argument": "paling banyak satu nilai",
    "expected %s argument": "perlu %s nilai",
    "expected %s arguments": "perlu %s nilai",
    "ambiguous option: %(option)s could match %(matches)s":
        "opsi tidak jelas: %(option)s bisa berarti %(matches)s",
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
    "ignored explicit argument %r": "nilai %r diabaikan",
    "one of the arguments %s is required": "salah satu argumen %s wajib diisi",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "perintah %(parser_name)r tidak dikenal (pilihan: %(choices)s)",
    "can't open '%(filename)s': %(error)s": "'%(filename)s' tidak dapat dibuka: %(error)s",
}

TYPE_NAMES: dict[Callable[..., Any], str] = {
    int: "bilangan bulat",
    float: "bilangan",
    Path: "path",
}
"""Names shown for an argument's type in "nilai ... tidak sah" (argparse shows ``int``)."""

_lock = threading.RLock()


def _gettext(message: str) -> str:
    return TEXTS.get(message, message)


def _ngettext(singular: str, plural: str, count: int) -> str:
    return _gettext(singular if count == 1 else plural)


@contextlib.contextmanager
def indonesian() -> Iterator[None]:
    """argparse's own texts in Indonesian for the duration of the block (re-entrant)."""
    with _lock:
        saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]  # not in typeshed
        argparse._, argparse.ngettext = _gettext, _ngettext  # type: ignore[attr-defined]  # not in typeshed
        try:
            yield
        finally:
            argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]  # not in typeshed


def _named(kind: Callable[..., Any]) -> Callable[..., Any]:
    """``kind`` under its Indonesian name, so a wrong value reads "nilai bilangan bulat ..."."""
    name = TYPE_NAMES.get(kind)
    if name is None:
        return kind

    def convert(text: str) -> Any:
        return kind(text)

    convert.__name__ = name
    return convert


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage, help and errors are in Indonesian; sub-commands made with
    :meth:`add_subparsers` are of this class too."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        with indonesian():
            super().__init__(*args, **kwargs)

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        if "type" in kwargs:
            kwargs["type"] = _named(kwargs["type"])
        if kwargs.get("action") == "version" and "help" not in kwargs:
            kwargs["help"] = TEXTS["show program's version number and exit"]
        with indonesian():
            return super().add_argument(*args, **kwargs)

    def add_subparsers(self, **kwargs: Any) -> argparse._SubParsersAction:
        kwargs.setdefault("parser_class", type(self))
        with indonesian():
            return super().add_subparsers(**kwargs)

    # Typed as loosely as argparse's own overloads (a namespace given comes back filled).
    def parse_args(self, args: Iterable[str] | None = None,
                   namespace: Any = None) -> Any:
        with indonesian():
            return super().parse_args(args, namespace)

    def parse_known_args(self, args: Iterable[str] | None = None,
                         namespace: Any = None) -> tuple[Any, list[str]]:
        with indonesian():
            return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        with indonesian():
            return super().format_usage()

    def format_help(self) -> str:
        with indonesian():
            return super().format_help()

    def error(self, message: str) -> NoReturn:
        with indonesian():
            super().error(message)


def port(text: str) -> int:
    """A TCP port number (1-65535), for ``type=`` of an argument."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"port harus bilangan 1-65535, bukan {text!r}") from None
    if not 1 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"port harus antara 1 dan 65535, bukan {value}")
    return value


def undocumented(parser: argparse.ArgumentParser, prefix: str = "") -> list[str]:
    """Options, arguments and sub-commands of ``parser`` (recursively) that have no help."""
    missing: list[str] = []
    name = prefix or parser.prog
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helped = {choice.dest for choice in action._choices_actions if choice.help}
            for command, sub in action.choices.items():
                if command not in helped:
                    missing.append(f"{name} {command}")
                missing.extend(undocumented(sub, f"{name} {command}"))
        elif not action.help:
            missing.append(f"{name} {'/'.join(action.option_strings) or action.dest}")
    return missing
