"""One running app per data folder: a second start brings the first window forward.

Two windows over one database would both offer the same draft and overwrite each other's
edits, so the first start holds a :class:`QLockFile` in the data folder for as long as it
runs and listens on a :class:`QLocalServer` named after that folder. A later start over the
same folder finds the lock taken, tells the first one (through a :class:`QLocalSocket`) to
come forward, and ends. A lock left by a process that died (power cut, kill) is stale and is
taken over: Qt checks whether the process that wrote it still runs.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

LOCK_FILE = "kopdes-desktop.lock"
ACTIVATE = b"activate\n"
CONNECT_MS = 1500
"""How long a second start tries to reach the first before it gives up."""


def server_name(root: Path) -> str:
    """The local server name of one data folder (short: sockets have path limits)."""
    key = str(Path(root).resolve()).encode("utf-8")
    return "kopdes-desktop-" + hashlib.sha256(key).hexdigest()[:20]


class InstanceGuard(QObject):
    """The lock and the listening end for one data folder.

    :meth:`acquire` returns True for the first start (which then keeps the lock until
    :meth:`release`); :attr:`activation_requested` is emitted each time a later start asks it
    to come forward. For a later start, :meth:`acquire` returns False and
    :meth:`ask_first_to_show` reaches the first.
    """

    activation_requested = Signal()

    def __init__(self, root: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root = Path(root)
        self.name = server_name(self.root)
        self._lock: QLockFile | None = None
        self._server: QLocalServer | None = None

    @property
    def lock_path(self) -> Path:
        return self.root / LOCK_FILE

    def acquire(self) -> bool:
        """Take the data folder's lock and start listening; False when another start holds it."""
        self.root.mkdir(parents=True, exist_ok=True)
        lock = QLockFile(str(self.lock_path))
        lock.setStaleLockTime(0)  # a lock is stale only when its process is gone
        if not lock.tryLock(0):
            if lock.error() == QLockFile.LockError.LockFailedError:
                return False
            # Unreadable folder and the like: run unguarded rather than not at all.
            log.warning("no single-instance lock in %s (error %s)", self.root, lock.error())
            return True
        self._lock = lock
        self._listen()
        return True

    def _listen(self) -> None:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # A socket file left by a process that died; we hold the lock, so it is ours.
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                log.warning("single-instance server not started: %s", server.errorString())
                return
        server.newConnection.connect(self._accept)
        self._server = server

    def _accept(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(self._read)

    def _read(self) -> None:
        socket = self.sender()
        if not isinstance(socket, QLocalSocket):
            return
        if bytes(socket.readAll().data()).startswith(ACTIVATE.strip()):
            log.info("another start over this data folder: window brought forward")
            self.activation_requested.emit()
        socket.readyRead.disconnect(self._read)
        socket.abort()
        socket.deleteLater()

    def ask_first_to_show(self) -> bool:
        """From a later start: ask the running one to come forward; whether it was reached."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_MS):
            return False
        socket.write(ACTIVATE)
        sent = socket.waitForBytesWritten(CONNECT_MS)
        socket.disconnectFromServer()
        return sent

    def release(self) -> None:
        """Stop listening and give the lock back (at exit)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
