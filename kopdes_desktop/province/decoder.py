"""Batch files opened and decoded in a second process while this one writes.

Opening a batch (decrypt, verify) and decoding it (decompress, parse and check every record)
is about half of an import's work, all of it holding the interpreter; writing is the other
half. When a command imports several files and the machine has a second core, a forked child
prepares the files ahead while this process writes the current one; results come back in
order. Where that is not possible (no ``fork`` on this platform, other threads running, one
core) or the child fails in any way, files are prepared here instead, with the same results.
The first file is always prepared here, while the child starts on the next ones: this process
has nothing else to do until it is ready.

The child only computes: it never touches the database, and it is forked with the cyclic
collector off, so nothing inherited from this process (an open database connection) is ever
finalised in it.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Generic, TypeVar

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from kopdes_desktop.sync.errors import SyncRejected
from kopdes_desktop.sync.fileformat import OpenedBatch, open_batch
from kopdes_desktop.sync.payload import Decoded, Incoming

# Files prepared ahead of the one being written: enough to keep the child busy, few enough
# that memory stays bounded by a handful of batches.
AHEAD = 3
Item = TypeVar("Item")


@dataclass(frozen=True)
class Prepared:
    """A batch file opened and decoded, or the refusal it earned: ``opened`` is None when the
    file could not be opened (not authentic), ``decoded`` None when it was refused after."""

    opened: OpenedBatch | None
    decoded: Decoded | None
    refusal: SyncRejected | None


def prepare(
    data: bytes, seal_key: X25519PrivateKey, key_id: str, check: Callable[[OpenedBatch], Decoded]
) -> Prepared:
    """Open ``data`` and decode it with ``check``; a refusal is a result, not an exception."""
    try:
        opened = open_batch(data, seal_key, key_id)
    except SyncRejected as exc:
        return Prepared(None, None, exc)
    try:
        return Prepared(opened, check(opened), None)
    except SyncRejected as exc:
        return Prepared(opened, None, exc)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while batches are decoded and applied.

    A batch makes tens of thousands of tuples and strings at once, none of them in a reference
    cycle; the collector would walk them over and over (about a sixth of an import's time). It
    runs again at the end; if it was already off, it stays off.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _portable(prepared: Prepared) -> Prepared:
    """``prepared`` with its records as plain tuples and without the opened payload, for the
    pipe.

    Unpickling a named tuple calls its Python-level constructor once per record, which made
    the pipe cost a tenth of an import; plain tuples of strings and numbers are rebuilt in C.
    The writer needs the opened batch's header and digest only (the payload is decoded here,
    and a batch kept for later is kept as the file's bytes), so the payload stays here.
    """
    decoded = prepared.decoded
    if decoded is None or prepared.opened is None:
        return prepared
    records = list(map(tuple, decoded.records))
    return replace(
        prepared,
        opened=replace(prepared.opened, payload=b""),
        decoded=replace(decoded, records=records),  # type: ignore[arg-type]  # tuples, see above
    )


def _received(prepared: Prepared) -> Prepared:
    """The inverse of :func:`_portable`: records as :class:`Incoming` again."""
    decoded = prepared.decoded
    if decoded is None:
        return prepared
    make = tuple.__new__
    records = [make(Incoming, record) for record in decoded.records]
    return replace(prepared, decoded=replace(decoded, records=records))


def second_process_possible() -> bool:
    """Whether a forked helper is safe and useful here."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count() or 1
    return sys.platform.startswith("linux") and threading.active_count() == 1 and cores > 1


def _serve(
    connection: Connection,
    parent_end: Connection,
    seal_key: X25519PrivateKey,
    key_id: str,
    check: Callable[[OpenedBatch], Decoded],
) -> None:
    """The child: read each file named, prepare it, answer with its bytes and the result (or
    None when the file cannot be read now: the parent then uses the bytes it read). It ends
    when the parent closes its end, so it must not keep a copy of that end open; Ctrl+C is the
    parent's to handle (it then closes its end)."""
    gc.disable()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent_end.close()
    while True:
        try:
            path = connection.recv()
        except EOFError:
            return
        try:
            data = Path(path).read_bytes()
        except OSError:
            answer = None
        else:
            answer = (data, _portable(prepare(data, seal_key, key_id, check)))
        try:
            connection.send_bytes(pickle.dumps(answer, pickle.HIGHEST_PROTOCOL))
        except OSError:  # the parent stopped listening (interrupted, or done)
            return


class Preparer(Generic[Item]):
    """Prepares batch files for a sequence of items, in a forked child when asked and possible
    (see the module doc). Use as a context manager.

    Only file names travel to the child, which reads the files itself: a large file sent the
    other way while the child sends a large result back would leave both waiting on full
    pipes. The child answers with the bytes it prepared, which are the ones to keep.
    """

    def __init__(
        self,
        seal_key: X25519PrivateKey,
        key_id: str,
        check: Callable[[OpenedBatch], Decoded],
        second_process: bool,
    ) -> None:
        self._args = (seal_key, key_id, check)
        self._wanted = second_process
        self._child: multiprocessing.process.BaseProcess | None = None
        self._connection: Connection | None = None

    def __enter__(self) -> Preparer[Item]:
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop()

    def prepared(
        self, items: Iterable[tuple[Item, Path, bytes | None]]
    ) -> Iterator[tuple[Item, bytes, Prepared | None]]:
        """Each item with the bytes of its file and their preparation, in order; None for an
        item without bytes to prepare. The next files are prepared meanwhile."""
        window: deque[tuple[Item, Path, bytes | None, bool]] = deque()
        first = self._wanted
        for item, path, data in items:
            # The first file is prepared here: this process would otherwise wait for it.
            here = first and data is not None
            if data is not None and not here:
                self._send(path)
            first = first and not here
            window.append((item, path, data, here))
            if len(window) > AHEAD:
                yield self._result(*window.popleft())
        while window:
            yield self._result(*window.popleft())

    def _start(self) -> None:
        """Fork the child, when the first file is to be prepared."""
        self._wanted = False
        context = multiprocessing.get_context("fork")
        ours, theirs = context.Pipe()
        with collector_paused():  # the child starts without it (see the module doc)
            self._child = context.Process(
                target=_serve, args=(theirs, ours, *self._args), name="kopdes-decoder", daemon=True
            )
            self._child.start()
        theirs.close()
        self._connection = ours

    def _send(self, path: Path) -> None:
        if self._wanted:
            self._start()
        if self._connection is None:
            return
        try:
            self._connection.send(str(path))
        except OSError:
            self._stop()

    def _result(
        self, item: Item, path: Path, data: bytes | None, here: bool = False
    ) -> tuple[Item, bytes, Prepared | None]:
        if data is None:
            return item, b"", None
        with collector_paused():
            if self._connection is not None and not here:
                try:
                    answer = pickle.loads(self._connection.recv_bytes())
                except (EOFError, OSError):
                    # The child is gone: this file and those after it are prepared here.
                    self._stop()
                else:
                    if answer is not None:
                        return item, answer[0], _received(answer[1])
            return item, data, prepare(data, *self._args)

    def _stop(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
        if self._child is not None:
            self._child.join(timeout=5)
            if self._child.is_alive():
                self._child.kill()
                self._child.join()
            self._child = None
