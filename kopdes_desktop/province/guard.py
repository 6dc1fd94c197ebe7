"""How much the province service lets strangers do: rate limits and enrolment lock-outs.

Anyone holding the public trust file can make a device key and sign requests with it, so a
signature from a key the province has not enrolled proves nothing about who sends. Requests
that do not come from an enrolled device share token buckets (one per client address and one
for all of them together); a request finding its bucket empty is refused with 429 before any
body is read or the database is asked. Enrolled devices never wait on these buckets.

Enrolment attempts that fail (an unknown, expired or used code; a device document that is
refused) are counted per client address, per device key and per code: after
``MAX_FAILURES`` within ``FAILURE_WINDOW`` seconds, that address, key or code is locked for
the rest of the window. The counts live in memory: the service is one process, and a restart
giving an attacker five more guesses at a 60-bit code changes nothing.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import dataclass

MAX_FAILURES = 5
FAILURE_WINDOW = 15 * 60.0
MAX_TRACKED = 10_000  # buckets and failure counts kept at most (oldest forgotten first)


@dataclass(frozen=True)
class StrangerLimits:
    """Token bucket rates (requests per second) and bursts for requests not from an enrolled
    device: per client address and for all strangers together."""

    per_client_rate: float = 2.0
    per_client_burst: float = 10.0
    overall_rate: float = 10.0
    overall_burst: float = 30.0


class _Buckets:
    """Token buckets by key, the least recently used forgotten beyond ``MAX_TRACKED``."""

    def __init__(self, rate: float, burst: float) -> None:
        self.rate, self.burst = rate, burst
        self._state: OrderedDict[str, tuple[float, float]] = OrderedDict()

    def take(self, key: str, now: float) -> float:
        """Take one token; 0 when taken, else the seconds until one is there."""
        tokens, stamp = self._state.pop(key, (self.burst, now))
        tokens = min(self.burst, tokens + (now - stamp) * self.rate)
        wait = 0.0
        if tokens >= 1:
            tokens -= 1
        else:
            wait = (1 - tokens) / self.rate if self.rate > 0 else FAILURE_WINDOW
        self._state[key] = (tokens, now)
        while len(self._state) > MAX_TRACKED:
            self._state.popitem(last=False)
        return wait

    def give_back(self, key: str) -> None:
        tokens, stamp = self._state.get(key, (self.burst, 0.0))
        self._state[key] = (min(self.burst, tokens + 1), stamp)


class StrangerGate:
    """The rate limit on requests that do not come from an enrolled device."""

    def __init__(self, limits: StrangerLimits | None = None) -> None:
        self.limits = limits or StrangerLimits()
        self._clients = _Buckets(self.limits.per_client_rate, self.limits.per_client_burst)
        self._overall = _Buckets(self.limits.overall_rate, self.limits.overall_burst)
        self._lock = threading.Lock()

    def admit(self, client: str) -> float:
        """0 when a stranger's request from ``client`` may go on, else the seconds to wait."""
        now = time.monotonic()
        with self._lock:
            wait = self._clients.take(client, now)
            if wait:
                return wait
            wait = self._overall.take("*", now)
            if wait:
                self._clients.give_back(client)
            return wait


class EnrolGuard:
    """Failed enrolment attempts per client address, device key and code (see module doc)."""

    def __init__(self, max_failures: int = MAX_FAILURES, window: float = FAILURE_WINDOW) -> None:
        self.max_failures, self.window = max_failures, window
        self._failures: OrderedDict[str, list[float]] = OrderedDict()
        self._lock = threading.Lock()

    def locked_for(self, *keys: str) -> float:
        """Seconds until the first of ``keys`` that is locked opens again; 0 when none is."""
        now = time.monotonic()
        with self._lock:
            waits = [self._recent(key, now) for key in keys]
        return max(
            (times[0] + self.window - now for times in waits if len(times) >= self.max_failures),
            default=0.0,
        )

    def failed(self, *keys: str) -> None:
        """Count one failed attempt against each of ``keys``."""
        now = time.monotonic()
        with self._lock:
            for key in keys:
                times = self._recent(key, now)
                times.append(now)
                self._failures[key] = times
                self._failures.move_to_end(key)
            while len(self._failures) > MAX_TRACKED:
                self._failures.popitem(last=False)

    def _recent(self, key: str, now: float) -> list[float]:
        return [t for t in self._failures.get(key, ()) if now - t < self.window]
