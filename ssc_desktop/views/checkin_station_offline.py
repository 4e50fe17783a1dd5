"""The station's link to a shared server that may go away: a banner, and the desk's local copy.

On a PostgreSQL database the station scans through an OfflineDesk (services.offline_desk):
the moment the server is lost the desk answers from its local copy, and this banner says so
across the top of the station ("working from the local copy, N check-ins waiting"); when
the server is back and the waiting check-ins are sent, it says how many, and names every
person two desks let in while apart (the earliest check-in stands). On a SQLite file there
is no server to lose: no banner, and scans go straight to the check-in service.

The desk's copy is made off the GUI thread when the station opens and refreshed every
COPY_REFRESH_MS while the server answers; while it is lost the server is tried every
PROBE_MS, off the GUI thread too.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from ssc_desktop.db_failures import redacted_traceback
from ssc_desktop.services import ServiceSet
from ssc_desktop.services.offline_desk import OfflineDesk, SendReport
from ssc_desktop.services.station_snapshot import StationSnapshot, read_snapshot
from ssc_desktop.views.labels import error_text, fill
from ssc_desktop.views.task_runner import TaskRunner

COPY_REFRESH_MS = 5 * 60_000
PROBE_MS = 3_000
# Conflicts named in the banner; the rest are counted.
NAMED_CONFLICTS = 5

log = logging.getLogger("ssc_desktop")

# Read from the desk at a glance: large, bold, a colour of its own apart from the verdict's.
_BANNER_LOOK = "color: white; font-size: 20px; font-weight: 600; padding: 10px 16px; border-radius: 8px;"
_BANNER_STYLES = {
    "offline": "background: #9a5200;" + _BANNER_LOOK,
    "back": "background: #1f6f3f;" + _BANNER_LOOK,
    "conflicts": "background: #7a1f1f;" + _BANNER_LOOK,
}


class StationServerLink(QObject):
    """`checkin` (scan, check_in, undo_check_in, check_out) for the station, and its banner."""

    changed = Signal()  # from any thread: the desk went offline, sent, came back

    def __init__(self, services: ServiceSet, event_id: int, station: str, tasks: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._services = services
        self._event_id = event_id
        self._tasks = tasks
        self._desk: OfflineDesk | None = services.offline_desks.for_station(event_id, station)
        self._ready = False  # the desk's copy is made: scans may go through the desk
        self._shown_sends = 0
        self.banner = QLabel()
        self.banner.setObjectName("ServerBanner")
        self.banner.setWordWrap(True)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.hide()
        self.changed.connect(self.update_banner, Qt.ConnectionType.QueuedConnection)
        self._timer = QTimer(self)
        self._timer.setInterval(PROBE_MS)
        self._timer.timeout.connect(self._tick)
        self._since_refresh = 0
        if self._desk is not None:
            self._desk.on_change(self.changed.emit)
            desk = self._desk
            self._tasks.start(
                lambda _p, _c: desk.start(), on_success=self._started, on_failure=self._copy_failed, owner=self
            )
            self._timer.start()

    # -- what the station calls -----------------------------------------------------------------
    @property
    def checkin(self):  # the check-in service, or this link around the desk: the same four calls
        return self if self._desk is not None and self._ready else self._services.checkin

    def scan(self, event_id: int, text: str, station: str = "", list_id: int | None = None):
        assert self._desk is not None  # only called when checkin returned self
        return self._said(self._desk.scan(event_id, text, station, list_id))

    def check_in(self, registration_id: int, station: str = "", list_id: int | None = None, uid: str | None = None):
        assert self._desk is not None  # only called when checkin returned self
        return self._said(self._desk.check_in(registration_id, station, list_id=list_id, uid=uid))

    def undo_check_in(
        self, registration_id: int, list_id: int | None = None, station: str = "", check_in_uid: str | None = None
    ):
        assert self._desk is not None  # only called when checkin returned self
        return self._said(
            self._desk.undo_check_in(registration_id, list_id, station=station, check_in_uid=check_in_uid)
        )

    def check_out(self, registration_id: int, list_id: int | None = None, station: str = ""):
        assert self._desk is not None  # only called when checkin returned self
        return self._said(self._desk.check_out(registration_id, list_id, station=station))

    def _said(self, result):
        # At once, before the verdict shows: the desk may have just lost the server (or counts one more).
        if self.offline:
            self.update_banner()
        return result

    @property
    def offline(self) -> bool:
        return self._desk is not None and self._desk.offline

    @property
    def waiting(self) -> int:
        return self._desk.waiting() if self._desk is not None and self._ready else 0

    def snapshot(self, event_id: int, list_id: int | None) -> StationSnapshot:
        """The station's refresh (off the GUI thread): from the copy while the server is lost."""
        desk = self._desk
        if desk is not None and desk.offline and desk.local_registrations is not None and desk.local_lists is not None:
            return read_snapshot(desk.local_registrations, desk.local_lists, event_id, list_id)
        return read_snapshot(self._services.registrations, self._services.checkin_lists, event_id, list_id)

    def close(self) -> None:
        """Sends what waits if it can (what cannot stays in the copy for the next start)."""
        self._timer.stop()
        if self._desk is not None:
            try:
                self._desk.close()
            except Exception as error:  # noqa: BLE001 -- closing must not fail: the copy keeps it all
                log.error("closing the desk's local copy failed\n%s", redacted_traceback(error))

    # -- the desk's copy and the server -----------------------------------------------------------
    def _started(self, _report: SendReport | None) -> None:
        self._ready = True
        self.update_banner()

    def _copy_failed(self, error: BaseException, _trace: str) -> None:
        # Without a copy the station still scans on the server; it just cannot go on without it.
        log.warning("the desk's local copy could not be made: %s", type(error).__name__)
        text = self.tr(
            "This desk has no local copy of the event yet: if the server is lost, check-ins stop until it is back."
        )
        if getattr(error, "code", None) == "desk.copy_in_use":  # another app here is this same desk
            text = f"{error_text(error)} {text}"
        self.banner.setText(text)
        self.banner.setStyleSheet(_BANNER_STYLES["offline"])
        self.banner.show()

    def _tick(self) -> None:
        desk = self._desk
        if desk is None or not self._ready:
            return
        if desk.offline:
            self._tasks.start(lambda _p, _c: desk.try_to_come_back(), owner=self)
            self.update_banner()
            return
        self._since_refresh += PROBE_MS
        if self._since_refresh >= COPY_REFRESH_MS:
            self._since_refresh = 0
            self._tasks.start(lambda _p, _c: desk.refresh(), owner=self)

    def update_banner(self) -> None:
        desk = self._desk
        if desk is None:
            return
        if desk.offline:
            waiting = self.waiting
            self.banner.setText(
                fill(
                    self.tr(
                        "The server is out of reach: working from the local copy, %1 check-in(s) waiting. "
                        "Keep scanning; they are sent when the server is back."
                    ),
                    waiting,
                )
            )
            self.banner.setStyleSheet(_BANNER_STYLES["offline"])
            self.banner.show()
            return
        if len(desk.sends) == self._shown_sends:
            return
        self._shown_sends = len(desk.sends)
        sent = sum(report.sent for report in desk.sends)
        conflicts = [c for report in desk.sends for c in report.conflicts]
        if not sent and not conflicts:
            return
        text = fill(self.tr("The server is back: %1 check-in(s) made from the local copy were sent."), sent)
        if conflicts:
            names = ", ".join(c.name for c in conflicts[:NAMED_CONFLICTS])
            more = len(conflicts) - NAMED_CONFLICTS
            text += (
                " "
                + fill(
                    self.tr(
                        "%1 person(s) were also checked in at another desk meanwhile; the earlier check-in stands: %2"
                    ),
                    len(conflicts),
                    names,
                )
                + (fill(self.tr(" and %1 more"), more) if more > 0 else "")
            )
        self.banner.setText(text)
        self.banner.setStyleSheet(_BANNER_STYLES["conflicts" if conflicts else "back"])
        self.banner.show()
        if not conflicts:
            QTimer.singleShot(15_000, self._hide_if_online)

    def _hide_if_online(self) -> None:
        if not self.offline:
            self.banner.hide()
