"""Telling a keyboard-wedge barcode scanner from a person typing.

A USB or Bluetooth scanner "types" the code it reads: printable keys a few
milliseconds apart, then Enter. A person types 100 ms or more apart. So printable
key presses are held back for a moment (ScannerKeyFilter): when the next key comes
within MAX_GAP_MS they pile up; a pile of at least MIN_LENGTH characters closed by a
fast Enter is a scan, and its keys never reach the focused widget (a scan while the
search box has focus leaves nothing in it). Anything else is handed on to the widget
that has focus, unchanged, a few tens of milliseconds late, which nobody notices.

ScanDetector holds the timing rules with no Qt timers in it, so tests drive it with
made-up times; ScannerKeyFilter is the application-level event filter around it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

# Keys of a scan arrive closer together than this (milliseconds).
MAX_GAP_MS = 30
# A scan has at least this many characters before its Enter (ticket codes have ~26).
MIN_LENGTH = 8


@dataclass
class ScanDetector:
    """The timing rules; times are milliseconds from any fixed origin (an event's timestamp)."""

    max_gap_ms: int = MAX_GAP_MS
    min_length: int = MIN_LENGTH
    _chars: list[str] = field(default_factory=list)
    _payloads: list[Any] = field(default_factory=list)
    _last_ms: float | None = None

    @property
    def pending(self) -> str:
        return "".join(self._chars)

    def key(self, char: str, at_ms: float, payload: Any = None) -> list[Any]:
        """A printable key; returns the payloads of earlier held keys that are now known to be typing."""
        released: list[Any] = []
        if self._chars and self._last_ms is not None and at_ms - self._last_ms > self.max_gap_ms:
            released = self.release()
        self._chars.append(char)
        self._payloads.append(char if payload is None else payload)
        self._last_ms = at_ms
        return released

    def enter(self, at_ms: float) -> str | None:
        """Enter: the code when the held keys make a scan (they are then dropped), else None."""
        if (
            len(self._chars) >= self.min_length
            and self._last_ms is not None
            and at_ms - self._last_ms <= self.max_gap_ms
        ):
            code = self.pending
            self._chars, self._payloads, self._last_ms = [], [], None
            return code
        return None

    def expired(self, now_ms: float) -> bool:
        """Whether held keys have waited so long that no scan can follow them any more."""
        return bool(self._chars) and self._last_ms is not None and now_ms - self._last_ms > self.max_gap_ms

    def release(self) -> list[Any]:
        """Gives up every held key (as typing) and starts afresh."""
        released = self._payloads
        self._chars, self._payloads, self._last_ms = [], [], None
        return released


def _monotonic_ms() -> float:
    return time.monotonic() * 1000.0


class ScannerKeyFilter(QObject):
    """Installed on the application while `window` is open; emits scanned(code) for each scan.

    Only key presses meant for `window` (or a widget inside it) are looked at. Key
    timestamps come from the events (set by the windowing system, or by a test);
    events without one are timed with `clock` (milliseconds).
    """

    scanned = Signal(str)

    def __init__(self, window: QWidget, detector: ScanDetector | None = None,
                 clock: Callable[[], float] = _monotonic_ms) -> None:
        super().__init__(window)
        self.window_ = window
        self.detector = detector or ScanDetector()
        self._clock = clock
        self._replaying = False
        self._installed = False
        # Held keys are handed on when no key followed them in time (a person typing).
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(self.detector.max_gap_ms + 20)
        self._flush_timer.timeout.connect(self.flush)

    # -- installing ---------------------------------------------------------------------------
    def install(self) -> None:
        if not self._installed:
            QCoreApplication.instance().installEventFilter(self)
            self._installed = True

    def remove(self) -> None:
        if self._installed:
            QCoreApplication.instance().removeEventFilter(self)
            self._installed = False
        self.flush()

    # -- the filter -----------------------------------------------------------------------------
    def _mine(self, receiver: QObject) -> bool:
        if not isinstance(receiver, QWidget) or receiver.window() is not self.window_:
            return False
        # A key event travels up from the focus widget to its parents; look at it only once.
        focus = QApplication.focusWidget()
        if focus is not None and focus.window() is self.window_:
            return receiver is focus
        return receiver is self.window_

    def eventFilter(self, receiver: QObject, event: QEvent) -> bool:
        if self._replaying or event.type() != QEvent.Type.KeyPress or not self._mine(receiver):
            return False
        assert isinstance(event, QKeyEvent)
        at = float(event.timestamp()) or self._clock()
        key = event.key()
        modifiers = event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            code = self.detector.enter(at)
            if code is not None:
                self._flush_timer.stop()
                self.scanned.emit(code)
                return True
            self.flush()  # typed keys first, then this Enter, in order
            return False
        text = event.text()
        if (
            len(text) == 1 and text.isprintable() and modifiers == Qt.KeyboardModifier.NoModifier
            and not event.isAutoRepeat()
        ):
            released = self.detector.key(text, at, (receiver, key, event.modifiers(), text))
            self._replay(released)
            self._flush_timer.start()
            return True
        # Any other key (arrows, Backspace, shortcuts) is typing: what was held goes first.
        self.flush()
        return False

    # -- handing held keys on -----------------------------------------------------------------
    def flush(self) -> None:
        self._flush_timer.stop()
        self._replay(self.detector.release())

    def _replay(self, payloads: list[Any]) -> None:
        if not payloads:
            return
        self._replaying = True
        try:
            for receiver, key, modifiers, text in payloads:
                target = QApplication.focusWidget()
                if target is None or target.window() is not self.window_:
                    target = receiver
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QCoreApplication.sendEvent(target, QKeyEvent(kind, key, modifiers, text))
        finally:
            self._replaying = False
