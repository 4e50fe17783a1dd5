"""The one rule for wrong judge PINs, at the desk (judge mode) and on the phones' server.

After ALLOWED (5) wrong PINs in a row for one judge (or, on the phone server, from one
address) that judge waits FIRST_WAIT_S (60 s); each further wrong PIN doubles the wait, up
to MAX_WAIT_S (15 minutes). A right PIN starts the count again; so do FORGET_AFTER_S of
quiet (longer than the longest wait, so waiting one out does not reset it).

What that buys: a 4-digit PIN has 10,000 values; with 5 free tries and then waits of 1, 2,
4, 8 and 15 minutes a guesser gets about 100 tries in a day. A 6-digit PIN (the suggested
length, `suggest_pin`) has 1,000,000: ten thousand days at that pace.

The counts are kept in memory by each process (the desk's app, `ssc contest serve`): a
restart starts them again, and on a shared PostgreSQL database each laptop counts its own.
Every wrong PIN is written to the audit log by the caller, so a guesser is seen either way.
"""

from __future__ import annotations

import math
import secrets
import threading
import time
from collections.abc import Callable

ALLOWED = 5
FIRST_WAIT_S = 60.0
MAX_WAIT_S = 15 * 60.0
FORGET_AFTER_S = 60 * 60.0
SUGGESTED_PIN_DIGITS = 6
SHORTEST_PIN, LONGEST_PIN = 4, 12


def suggest_pin() -> str:
    """Six random digits (from the secrets module, not random)."""
    return "".join(secrets.choice("0123456789") for _ in range(SUGGESTED_PIN_DIGITS))


def pin_is_short(pin: str) -> bool:
    """Allowed but below the suggested length (4 or 5 digits)."""
    return len(pin.strip()) < SUGGESTED_PIN_DIGITS


class PinThrottle:
    """Wrong PINs slow a guesser down by a growing wait (the module's rule), per key.

    A key is anything hashable: ("judge", id) at the desk; that and ("address", ip) on the
    phone server, where either being blocked blocks the try.
    """

    def __init__(
        self,
        allowed: int = ALLOWED,
        window: float = FORGET_AFTER_S,
        lockout: float = FIRST_WAIT_S,
        clock: Callable[[], float] = time.monotonic,
        longest: float = MAX_WAIT_S,
    ) -> None:
        self.allowed, self.window, self.lockout, self.longest = allowed, window, lockout, longest
        self._clock = clock
        self._failures: dict[object, tuple[int, float]] = {}  # key -> (wrong PINs in a row, last one at)
        self._blocked_until: dict[object, float] = {}
        self._lock = threading.Lock()

    def wait_seconds(self, *keys: object) -> int:
        """0 when every key may try now; otherwise how long the longest block still runs."""
        now = self._clock()
        with self._lock:
            waits = [self._blocked_until.get(k, 0.0) - now for k in keys]
        longest = max(waits, default=0.0)
        return math.ceil(longest) if longest > 0 else 0

    def failed(self, *keys: object) -> tuple[int, int]:
        """Counts a wrong PIN for each key: (most wrong PINs in a row, seconds to wait now, 0 for none)."""
        now = self._clock()
        most, wait = 0, 0.0
        with self._lock:
            for key in keys:
                count, last = self._failures.get(key, (0, now))
                count = count + 1 if now - last < self.window else 1
                self._failures[key] = (count, now)
                if count >= self.allowed:
                    this_wait = min(self.lockout * 2 ** (count - self.allowed), self.longest)
                    self._blocked_until[key] = now + this_wait
                    wait = max(wait, this_wait)
                most = max(most, count)
        return most, math.ceil(wait)

    def succeeded(self, key: object) -> None:
        with self._lock:
            self._failures.pop(key, None)
            self._blocked_until.pop(key, None)
