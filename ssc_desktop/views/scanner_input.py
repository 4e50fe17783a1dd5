"""Telling a keyboard-wedge barcode scanner from a person typing.

A USB or Bluetooth scanner "types" the code it reads: keys a few milliseconds apart
(1-15 ms), Shift pressed and released around each capital as a US keyboard would,
then a suffix (Enter, Enter twice for CR LF, or Tab), sometimes with a prefix or
suffix character of its own (STX, ETX, "]Q1"...). A Bluetooth scanner stalls for
50-100 ms now and then. A person types 100 ms or more apart.

So typed characters are held back for a moment (ScannerKeyFilter): while the next one
comes within MAX_GAP_MS they pile up; once the pile looks like the start of an SSC
code (in any keyboard layout, see services.scanner_layouts) a gap of up to STALL_MS
is let pass too, a few times. A pile of at least MIN_LENGTH characters closed by a
suffix in time is a scan, and its keys never reach the focused widget (a scan while
the search box has focus leaves nothing in it). A scanner set to send no suffix at all
ends its burst with a pause instead: a pile that no key followed in time is a scan too
when it holds a whole well-formed SSC code (services.scanner_layouts.holds_a_code, in any
layout), which nobody's typing does (a person's keys are too far apart to pile up, and
Bluetooth-style stalls are let pass only a few times). Anything else is handed on to the
widget that has focus, unchanged and in order, a few tens of milliseconds late.
Modifier keys (Shift, Caps Lock, AltGr, Alt, Ctrl, Meta) go straight through and
neither end nor break a pile.

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

from ssc_desktop.services.scanner_layouts import holds_a_code, starts_like_a_code

# Keys of a scan arrive closer together than this (milliseconds).
MAX_GAP_MS = 30
# A Bluetooth scanner's stall mid-code; let pass only once the pile looks like a code.
STALL_MS = 120
# Stalls a pile may have on top of one per four fast gaps. A person typing "SSC1." by
# hand makes every gap a stall: after these their keys go to the box as usual.
FREE_STALLS = 2
# A scan has at least this many characters before its suffix (ticket codes have ~26).
MIN_LENGTH = 8
# Longer piles are typing (or a key held down); nothing a scanner sends us is longer.
MAX_LENGTH = 160
# The flush timer fires this long after the gap a pile may still wait for.
TIMER_MARGIN_MS = 20

_MODIFIER_KEYS = frozenset(
    {
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Meta,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_CapsLock,
        Qt.Key.Key_NumLock,
        Qt.Key.Key_ScrollLock,
        Qt.Key.Key_Mode_switch,
        Qt.Key.Key_Super_L,
        Qt.Key.Key_Super_R,
        Qt.Key.Key_Hyper_L,
        Qt.Key.Key_Hyper_R,
        Qt.Key.Key_Kana_Lock,
        Qt.Key.Key_Kana_Shift,
        Qt.Key.Key_Eisu_Shift,
        Qt.Key.Key_Eisu_toggle,
    }
)
_SUFFIX_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab})
_SHIFTS = (
    Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.GroupSwitchModifier
)
# Windows reports AltGr as Ctrl+Alt on the character it types.
_ALT_GR_ON_WINDOWS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
# Control characters a scanner may send around a code (STX, ETX, EOT, GS, RS...) as Ctrl+letter;
# not the ones keys of their own type (Tab, LF, CR, Backspace, Esc).
_KEYED_CONTROLS = frozenset("\t\n\r\x08\x1b")


@dataclass
class ScanDetector:
    """The timing rules; times are milliseconds from any fixed origin (an event's timestamp)."""

    max_gap_ms: int = MAX_GAP_MS
    min_length: int = MIN_LENGTH
    stall_ms: int = STALL_MS
    max_length: int = MAX_LENGTH
    looks_like_code_start: Callable[[str], bool] = starts_like_a_code
    # A pile that ends in a pause is a scan (a scanner with no suffix) when this says it holds a whole code.
    holds_whole_code: Callable[[str], bool] = holds_a_code
    _chars: list[str] = field(default_factory=list)
    _payloads: list[Any] = field(default_factory=list)
    _last_ms: float | None = None
    _fast_gaps: int = 0
    _stalls: int = 0
    _scanned_at: float | None = None

    @property
    def pending(self) -> str:
        return "".join(self._chars)

    def key(self, char: str, at_ms: float, payload: Any = None) -> list[Any]:
        """A typed character; returns the payloads of earlier held keys that are now known to be typing."""
        released: list[Any] = []
        if self._chars and not self._extends_pile(at_ms, self.pending + char):
            released = self.release()
        self._chars.append(char)
        self._payloads.append(char if payload is None else payload)
        self._last_ms = at_ms
        self._scanned_at = None
        return released

    def enter(self, at_ms: float) -> str | None:
        """A suffix key (Enter, Tab): the pile when it makes a scan (it is then dropped), else None."""
        if len(self._chars) >= self.min_length and self._last_ms is not None and self._in_time(at_ms, self.pending):
            code = self.pending
            self._reset()
            self._scanned_at = at_ms
            return code
        return None

    def ended_by_pause(self) -> str | None:
        """Held keys no key followed in time: the pile when it is a scan without suffix (then dropped), else None.

        The pile must be long enough and hold a whole code; the caller hands it on as typing
        otherwise. A suffix arriving late after such a scan (a scanner that does send one,
        after a stall) is its trailing suffix, as after any scan.
        """
        if len(self._chars) < self.min_length or self._last_ms is None or not self.holds_whole_code(self.pending):
            return None
        code, ended_at = self.pending, self._last_ms + self.wait_ms()
        self._reset()
        self._scanned_at = ended_at
        return code

    def trailing_suffix(self, at_ms: float) -> bool:
        """Whether a suffix key is the second half of the last scan's suffix (CR LF, Tab then Enter)."""
        trailing = not self._chars and self._scanned_at is not None and at_ms - self._scanned_at <= self.stall_ms
        self._scanned_at = None
        return trailing

    def wait_ms(self) -> int:
        """How long after its latest key the pile may still grow."""
        return self.stall_ms if self._chars and self._may_stall(self.pending) else self.max_gap_ms

    def expired(self, now_ms: float) -> bool:
        """Whether held keys have waited so long that no scan can follow them any more."""
        return bool(self._chars) and self._last_ms is not None and now_ms - self._last_ms > self.wait_ms()

    def release(self) -> list[Any]:
        """Gives up every held key (as typing) and starts afresh."""
        released = self._payloads
        self._reset()
        return released

    # -- the rules ------------------------------------------------------------------------
    def _extends_pile(self, at_ms: float, grown: str) -> bool:
        if len(self._chars) >= self.max_length or self._last_ms is None:
            return False
        gap = at_ms - self._last_ms
        if gap <= self.max_gap_ms:
            self._fast_gaps += 1
            return True
        if gap <= self.stall_ms and self._may_stall(grown):
            self._stalls += 1
            return True
        return False

    def _in_time(self, at_ms: float, pile: str) -> bool:
        assert self._last_ms is not None  # the caller checked
        gap = at_ms - self._last_ms
        return gap <= self.max_gap_ms or (gap <= self.stall_ms and self._may_stall(pile))

    def _may_stall(self, pile: str) -> bool:
        return self._stalls < FREE_STALLS + self._fast_gaps // 4 and self.looks_like_code_start(pile)

    def _reset(self) -> None:
        self._chars, self._payloads, self._last_ms = [], [], None
        self._fast_gaps = self._stalls = 0


def _monotonic_ms() -> float:
    return time.monotonic() * 1000.0


def _typed_character(text: str, modifiers: Qt.KeyboardModifier) -> bool:
    """Whether a key press types one character a scan could hold (not a shortcut)."""
    if len(text) != 1:
        return False
    others = modifiers & ~_SHIFTS
    if text.isprintable():
        return others in (Qt.KeyboardModifier.NoModifier, _ALT_GR_ON_WINDOWS)
    return ord(text) < 0x20 and text not in _KEYED_CONTROLS and others == Qt.KeyboardModifier.ControlModifier


class ScannerKeyFilter(QObject):
    """Installed on the application while `window` is open; emits scanned(code) for each scan.

    Only key presses meant for `window` (or a widget inside it) are looked at. Key
    timestamps come from the events (set by the windowing system, or by a test);
    events without one are timed with `clock` (milliseconds).
    """

    scanned = Signal(str)

    def __init__(
        self, window: QWidget, detector: ScanDetector | None = None, clock: Callable[[], float] = _monotonic_ms
    ) -> None:
        super().__init__(window)
        self.window_ = window
        self.detector = detector or ScanDetector()
        self._clock = clock
        self._replaying = False
        self._installed = False
        # Held keys are handed on when no key followed them in time (a person typing).
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.timeout.connect(self._paused)

    # -- installing ---------------------------------------------------------------------------
    def install(self) -> None:
        if not self._installed:
            app = QCoreApplication.instance()
            assert app is not None  # installed by a window of the running app
            app.installEventFilter(self)
            self._installed = True

    def remove(self) -> None:
        if self._installed:
            app = QCoreApplication.instance()
            assert app is not None
            app.removeEventFilter(self)
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
        kind = event.type()
        if self._replaying or kind not in (QEvent.Type.KeyPress, QEvent.Type.InputMethod) or not self._mine(receiver):
            return False
        if kind == QEvent.Type.InputMethod:
            self.flush()  # keys typed before what the input method commits go first
            return False
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if key in _MODIFIER_KEYS:
            return False  # Shift around a capital, Caps Lock, AltGr: part of typing, never its end
        if event.isAutoRepeat():
            self.flush()
            return False
        at = float(event.timestamp()) or self._clock()
        text = event.text()
        if self.detector.expired(at):
            self._paused()  # the timer has not fired yet (a busy moment): what is held ends first
        if key in _SUFFIX_KEYS or text == "\n":
            return self._suffix(at)
        if _typed_character(text, event.modifiers()):
            released = self.detector.key(text, at, (receiver, key, event.modifiers(), text))
            self._replay(released)
            self._flush_timer.start(self.detector.wait_ms() + TIMER_MARGIN_MS)
            return True
        # Any other key (arrows, Backspace, shortcuts) is typing: what was held goes first.
        self.flush()
        return False

    def _suffix(self, at: float) -> bool:
        """Enter, Tab or LF: ends a scan (eaten), or is the second half of one's CR LF (eaten too)."""
        code = self.detector.enter(at)
        if code is not None:
            self._flush_timer.stop()
            self.scanned.emit(code)
            return True
        if self.detector.trailing_suffix(at):
            return True
        self.flush()  # typed keys first, then this key, in order
        return False

    def _paused(self) -> None:
        """No key followed the held ones in time: a scan from a scanner with no suffix, or typing."""
        self._flush_timer.stop()
        code = self.detector.ended_by_pause()
        if code is not None:
            self.scanned.emit(code)
        else:
            self.flush()

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
