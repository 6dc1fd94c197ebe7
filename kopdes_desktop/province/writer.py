"""Group commit for the province service: uploads that wait at the same moment share one
transaction, and so one commit and one disk sync.

One writer thread takes every job waiting in its queue (up to ``max_group``), runs them one
after the other in one transaction, commits, and only then answers the jobs: an answer always
describes a commit that is on disk. Jobs rarely fail (a refused batch is an answer, not an
error), so they first run without savepoints, which on PostgreSQL would cost two round trips
each. If anything fails, nothing was committed, and the group runs again with a SAVEPOINT per
job: a job that raises is rolled back to its savepoint and answered with its error, the
others are unaffected. If even that transaction fails (the commit is refused, or an error
undid the whole transaction), each job runs again in a transaction of its own, so one bad job
cannot sink the others. A job that lost a race with another writer of the same database
(PostgreSQL, or a command run beside the service) is run again a few times before its error
is answered. Jobs must therefore be safe to run again after a rollback.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from kopdes_desktop.errors import StoreError
from kopdes_desktop.province.store import ProvinceStore

log = logging.getLogger(__name__)

MAX_GROUP = 64
RETRIES = 3


@dataclass
class _Job:
    action: Callable[[Session], Any]
    future: Future[Any]
    attempts: int = 0


def _store_error(exc: DBAPIError) -> StoreError:
    return StoreError(
        f"Kesalahan basis data provinsi: {exc.orig}", f"Province database error: {exc.orig}"
    )


class GroupWriter:
    """A writer thread applying submitted jobs in shared transactions (see module doc)."""

    def __init__(
        self,
        store: ProvinceStore,
        lock: AbstractContextManager[Any],
        max_group: int = MAX_GROUP,
        after_group: Callable[[], None] | None = None,
    ) -> None:
        self.store = store
        self.max_group = max_group
        self._lock = lock
        self._after_group = after_group
        self._queue: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._start = threading.Lock()
        self._closed = False

    def submit(self, action: Callable[[Session], Any]) -> Future[Any]:
        """Run ``action(session)`` in the next group; its future is set after the commit."""
        future: Future[Any] = Future()
        with self._start:
            if self._closed:
                raise StoreError(
                    "Layanan provinsi sedang berhenti.", "The province service is stopping."
                )
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="province-writer", daemon=True
                )
                self._thread.start()
            self._queue.put(_Job(action, future))
        return future

    def close(self) -> None:
        """Answer the jobs already submitted, then stop the thread."""
        with self._start:
            self._closed = True
            thread = self._thread
            self._queue.put(None)
        if thread is not None:
            thread.join()

    def _run(self) -> None:
        stopping = False
        while not stopping:
            job = self._queue.get()
            if job is None:
                return
            group = [job]
            while len(group) < self.max_group:
                try:
                    job = self._queue.get_nowait()
                except queue.Empty:
                    break
                if job is None:
                    stopping = True
                    break
                group.append(job)
            self._commit_all(group)
            if self._after_group is not None:
                try:
                    self._after_group()
                except Exception:  # upkeep only: the answers are already given
                    log.exception("province writer: upkeep after a commit failed")

    def _commit_all(self, group: list[_Job]) -> None:
        """The common case: every job succeeds, one transaction without savepoints."""
        try:
            with self._lock, self.store.session() as session:
                values = [job.action(session) for job in group]
        except Exception:  # rolled back: run the group again, each job in its savepoint
            self._commit(group)
            return
        for job, value in zip(group, values, strict=True):
            job.future.set_result(value)

    def _commit(self, group: list[_Job]) -> None:
        try:
            with self._lock, self.store.session() as session:
                answers = [self._one(session, job) for job in group]
        except Exception as exc:  # the transaction as a whole failed: no job was committed
            if len(group) > 1:
                for job in group:
                    self._commit([job])
                return
            self._retry_or_fail(group[0], exc)
            return
        for job, (error, value) in zip(group, answers, strict=True):
            if error is None:
                job.future.set_result(value)
            else:
                self._retry_or_fail(job, error)

    @staticmethod
    def _one(session: Session, job: _Job) -> tuple[Exception | None, Any]:
        savepoint = session.begin_nested()
        try:
            value = job.action(session)
        except Exception as exc:
            savepoint.rollback()
            return exc, None
        savepoint.commit()
        return None, value

    def _retry_or_fail(self, job: _Job, error: Exception) -> None:
        database = isinstance(error, (DBAPIError, StoreError))
        if database and job.attempts < RETRIES - 1:
            job.attempts += 1
            time.sleep(0.05 * job.attempts)
            self._commit([job])
            return
        if isinstance(error, DBAPIError):
            error = _store_error(error)
        if database:
            log.warning("province writer: %s", error)
        job.future.set_exception(error)
