"""A desk on a shared PostgreSQL server that goes on checking people in when the server is lost.

While the server answers, the desk keeps a *local copy* of its event (an SSC database in the
user's data folder, built like a desk file by services.desk_files: registrations, names, the
ticket secret, lists and check-ins), refreshed now and then, and every check-in it makes on
the server is written into the copy too. When a scan meets `database.server_gone` (or the
server leaves it unanswered for SERVER_PATIENCE_S: frozen, or the Wi-Fi gone without a word), the
same scan is answered from the copy at once (the verdict says `offline`), and so is every scan
after it: the copy decides exactly as the server would (services.checkin, with its one
standing check-in per person and list), and each check-in is committed to it before its
verdict shows, so the copy is the desk's durable queue: killing the desk keeps it.

Meanwhile the server is tried every PROBE_S seconds, off the scanning thread. Once it answers,
the copy's own check-ins (origin = the copy's desk id) are merged into it (services.desk_merge:
exactly once by uid, the earliest check-in standing, every conflict reported), and the desk
scans on the server again. A desk killed while offline sends what it kept the next time it
starts for the same event and station (`ssc desk send` does it by hand).

The local copy holds personal data and the ticket secret, as the coordinator's own SQLite
database does; it lives in the user's data folder (offline/, owner-only).
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import os
import queue
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, event, func, select, text

from ssc_desktop.db import Database, create_db_engine, describe_location, open_database
from ssc_desktop.errors import DatabaseUnavailableError, DomainError
from ssc_desktop.models import AppSetting, CheckIn, Registration, utc_now
from ssc_desktop.paths import user_data_dir
from ssc_desktop.services.checkin import CheckInService, ScanVerdict, new_check_in_uid
from ssc_desktop.services.checkin_lists import CheckInListService
from ssc_desktop.services.desk_files import build_event_copy, read_desk_info
from ssc_desktop.services.checkin_carry import carry_to_server
from ssc_desktop.services.desk_merge import MergeConflict, merge_check_ins
from ssc_desktop.services.instance_lock import DatabaseInUseError, InstanceLock
from ssc_desktop.services.registrations import RegistrationService
from ssc_desktop.services.registration_rows import RegistrationRow

log = logging.getLogger("ssc_desktop")

PROBE_S = 2.0  # how often a desk working from its copy tries the server again
# A server that stops answering without closing the connection (frozen, or the Wi-Fi gone without a
# word) never raises: a scan waits this long for it, then goes to the copy, so that the scan still
# answers within the second (bench venue_desks freeze_s). A scan on a healthy server takes
# milliseconds (p99 about 10-30 ms with four desks, bench desks), a merge holds a person's lock for
# a chunk of tens of milliseconds. Given up on too soon, a slow server costs a few seconds working
# from the copy and, if the abandoned scan then lands, one reported conflict: never a lost or doubled
# check-in (see _on_server).
SERVER_PATIENCE_S = 0.7
# Trying the server again must not hang on such a server either (libpq's connect_timeout, seconds).
PROBE_CONNECT_TIMEOUT_S = 3
PULL_S = 2.0  # how often, while the server answers, the copy takes in other desks' new check-ins
SENT_SETTING = "offline_sent_through"  # in the copy: its own check-ins up to this id are on the server


@dataclass(frozen=True)
class SendReport:
    sent: int
    conflicts: list[MergeConflict] = field(default_factory=list)


def offline_folder() -> Path:
    folder = user_data_dir() / "offline"
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    return folder


def local_copy_path(server_url: str, event_id: int, station: str, folder: Path | None = None) -> Path:
    """One copy per server, event and desk name (two desks on one laptop keep apart by name)."""
    key = hashlib.sha256(f"{describe_location(server_url)}\n{event_id}\n{station}".encode()).hexdigest()[:20]
    return (folder or offline_folder()) / f"event{event_id}-{key}.sqlite3"


class OfflineDesk:
    """scan/check_in/undo/check_out as CheckInService, on the server or, when it is lost, on the copy."""

    def __init__(
        self, server: Engine, server_checkin: CheckInService, event_id: int, station: str, folder: Path | None = None
    ) -> None:
        self._server = server
        self._server_checkin = server_checkin
        # Scans on the server run here, so that one the server never answers can be given up on.
        self._server_worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="offline-desk-server")
        self._probe_engine = _with_connect_timeout(server)
        self.event_id = event_id
        self.station = station
        self.path = local_copy_path(server.url.render_as_string(hide_password=False), event_id, station, folder)
        self._lock = threading.RLock()  # which side scans; held while a scan runs on the copy
        self._offline = False
        self._local: Database | None = None
        self._mirror: Engine | None = None
        self._local_checkin: CheckInService | None = None
        self.local_registrations: RegistrationService | None = None
        self.local_lists: CheckInListService | None = None
        self.desk_id = ""
        self._last_probe = 0.0
        self._probing = False
        self._last_pull = 0.0
        self._pulling = False
        self._pulled_through = 0  # the server's check-in ids up to this one are in the copy
        self._local_registrations: set[int] = set()
        self._copy_queue: queue.Queue = queue.Queue()
        self._keeper: threading.Thread | None = None
        self.last_send: SendReport | None = None
        self.sends: list[SendReport] = []  # every send of this session, in order
        self.send_failures = 0
        self.waiting_after_close = 0
        self._copy_held: InstanceLock | None = None  # the copy's instance lock, from start to close
        self._listeners: list = []

    # -- the copy -------------------------------------------------------------------------------
    def start(self) -> SendReport | None:
        """Sends what a killed session left, then refreshes the copy; call it while the server answers."""
        report = None
        self._hold_copy()
        if self.path.exists():
            self._open_local()
            report = self.send()
            self.sends.clear()  # reported now, as an earlier session's
        self.refresh()
        return report

    def resume_offline(self) -> bool:
        """For a desk started while the server is out of reach: goes on from the copy an earlier
        session left (False when there is none). The server is tried as usual and sent to when back."""
        if not self.path.exists():
            return False
        self._hold_copy()
        self._open_local()
        self._offline = True
        self._last_probe = time.monotonic()
        return True

    def refresh(self) -> bool:
        """Builds the copy anew from the server (not while check-ins wait in it); True when it did."""
        with self._lock:
            if self._offline or (self._local is not None and self.waiting() > 0):
                return False
        scratch = self.path.with_name(self.path.name + ".new")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{scratch}{suffix}").unlink(missing_ok=True)
        build_event_copy(self._server, self.event_id, scratch, kind="local copy", desk_id=self.desk_id or None)
        os.chmod(scratch, 0o600)
        _mark_all_sent(scratch)  # the copy's check-ins all came from the server, this desk's sent ones too
        with self._lock:
            if self._offline or (self._local is not None and self.waiting() > 0):
                Path(scratch).unlink(missing_ok=True)  # check-ins came meanwhile: the old copy holds them
                return False
            self._close_local()
            for suffix in ("-wal", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            os.replace(scratch, self.path)
            self._open_local()
        return True

    def _hold_copy(self) -> None:
        """One app per local copy: another desk of this name on this laptop (a second window, an
        `ssc checkin`) would rebuild the copy under this one's queue, or scan into a copy removed."""
        if self._copy_held is not None:
            return
        try:
            self._copy_held = InstanceLock.acquire(self.path)
        except DatabaseInUseError as error:
            raise DomainError(
                "desk.copy_in_use",
                station=self.station,
                location=describe_location(self._server.url.render_as_string()),
                pid=error.holder.pid,
                since=error.params["since"],
            ) from None

    def _open_local(self) -> None:
        self._local = open_database(self.path)
        info = read_desk_info(self._local.engine)
        self.desk_id = info.desk_id if info is not None else ""
        registrations = RegistrationService(self._local.session_factory)
        self.local_registrations = registrations
        self.local_lists = CheckInListService(self._local.session_factory)
        self._local_checkin = CheckInService(self._local.session_factory, registrations, origin=self.desk_id)
        # The server holds what is mirrored: losing the last few to a power cut costs nothing, so
        # the mirror does not wait for the disk (the copy's own check-ins do: synchronous=FULL).
        self._mirror = create_db_engine(self._local.url)
        event.listen(self._mirror, "connect", _not_waiting_for_the_disk)
        self._copy_queue = queue.Queue()
        self._keeper = threading.Thread(
            target=self._keep_copy, args=(self._mirror, self._copy_queue), name="offline-desk-copy", daemon=True
        )
        self._keeper.start()
        with self._local.engine.connect() as connection:
            self._local_registrations = set(connection.execute(select(Registration.id)).scalars())
            self._pulled_through = connection.scalar(select(func.max(CheckIn.id)).where(CheckIn.origin == "")) or 0
        self._last_pull = time.monotonic()
        # Warm: the first offline scan must not pay for opening the copy.
        self._local_checkin.scan(self.event_id, "warm-up")

    def _close_local(self) -> None:
        if self._keeper is not None:
            self._copy_queue.put(None)
            self._keeper.join(timeout=30)
            self._keeper = None
        if self._mirror is not None:
            self._mirror.dispose()
        if self._local is not None:
            self._local.dispose()
        self._local = self._mirror = self._local_checkin = None

    def close(self) -> SendReport:
        """Sends what waits when the server answers (what cannot be sent stays in the copy); gives
        all this session sent, with every conflict."""
        if self._local is not None and self.waiting() > 0:
            self.send()
        self.waiting_after_close = self.waiting()
        self._close_local()
        if self._copy_held is not None:
            self._copy_held.release()
            self._copy_held = None
        self._server_worker.shutdown(wait=False)  # a call the server never answered is left behind
        self._probe_engine.dispose()
        return SendReport(sent=sum(r.sent for r in self.sends), conflicts=[c for r in self.sends for c in r.conflicts])

    # -- state ----------------------------------------------------------------------------------
    @property
    def offline(self) -> bool:
        return self._offline

    def waiting(self) -> int:
        """Check-ins made on the copy and not yet on the server."""
        if self._local is None:
            return 0
        with self._local.engine.connect() as connection:
            through = _sent_through(connection)
            return (
                connection.scalar(
                    select(func.count(CheckIn.id)).where(CheckIn.origin == self.desk_id, CheckIn.id > through)
                )
                or 0
            )

    def on_change(self, listener) -> None:
        """listener() after going offline, after a send, after coming back (any thread)."""
        self._listeners.append(listener)

    def _tell(self) -> None:
        for listener in self._listeners:
            try:
                listener()
            except Exception:  # a listener's trouble must not stop the desk
                log.exception("offline desk listener failed")

    # -- scanning -------------------------------------------------------------------------------
    def scan(self, event_id: int, text: str, station: str = "", list_id: int | None = None) -> ScanVerdict:
        if not self._offline:
            try:
                verdict = self._on_server(lambda: self._server_checkin.scan(event_id, text, station, list_id))
            except DatabaseUnavailableError as error:
                if error.code != "database.server_gone" or self._local_checkin is None:
                    raise
                self._go_offline()
            else:
                if verdict.accepted and not verdict.repeat and verdict.registration is not None:
                    registration = verdict.registration
                    self._mirror_check_in(
                        registration.id, registration.checked_in_at, station, list_id, verdict.check_in_uid
                    )
                self._maybe_pull()
                return verdict
        self._maybe_probe()
        with self._lock:
            assert self._local_checkin is not None
            verdict = self._local_checkin.scan(event_id, text, station, list_id)
        return dataclasses.replace(verdict, offline=True)

    def check_in(
        self, registration_id: int, station: str = "", list_id: int | None = None, uid: str | None = None
    ) -> RegistrationRow:
        # The desk names the check-in, so that the copy holds the server's one under the same uid: an
        # undo of it right after the server goes away must find it there (and be sent back by it).
        uid = uid or new_check_in_uid()
        on_server: list[RegistrationRow] = []

        def act(service: CheckInService) -> RegistrationRow:
            row = service.check_in(registration_id, station, list_id=list_id, uid=uid)
            if service is self._server_checkin:
                on_server.append(row)
            return row

        row = self._either(act)
        if on_server:
            self._mirror_check_in(row.id, row.checked_in_at, station, list_id, uid)
        return row

    def undo_check_in(
        self, registration_id: int, list_id: int | None = None, station: str = "", check_in_uid: str | None = None
    ) -> RegistrationRow:
        return self._either(
            lambda service: service.undo_check_in(registration_id, list_id, station=station, check_in_uid=check_in_uid)
        )

    def check_out(self, registration_id: int, list_id: int | None = None, station: str = "") -> RegistrationRow:
        return self._either(lambda service: service.check_out(registration_id, list_id, station=station))

    def _either(self, act):
        if not self._offline:
            try:
                return self._on_server(lambda: act(self._server_checkin))
            except DatabaseUnavailableError as error:
                if error.code != "database.server_gone" or self._local_checkin is None:
                    raise
                self._go_offline()
        self._maybe_probe()
        with self._lock:
            return act(self._local_checkin)

    def _on_server(self, act):
        """act() on the server, given up after SERVER_PATIENCE_S when the desk has a copy to go on from.

        A given-up call may still finish on the server later (once it answers again): if it checked
        the person in, that check-in and the copy's meet when the copy is sent, and the earliest
        stands (a reported conflict, never a doubled one).
        """
        if self._local_checkin is None:
            return act()
        future = self._server_worker.submit(act)
        try:
            return future.result(timeout=SERVER_PATIENCE_S)
        except FutureTimeout:
            log.warning("the server did not answer within %.1f s", SERVER_PATIENCE_S)
            raise DatabaseUnavailableError(
                "database.server_gone", location=describe_location(self._server.url.render_as_string())
            ) from None

    def _go_offline(self) -> None:
        with self._lock:
            if self._offline:
                return
            self._offline = True
            self._last_probe = time.monotonic()
            # The copy must know this desk's last check-ins on the server before it decides alone.
            self._copy_queue.join()
        log.warning("the server is out of reach: desk %r works from its local copy", self.station)
        self._tell()

    def _mirror_check_in(
        self, registration_id: int, checked_in_at, station: str, list_id: int | None, uid: str | None
    ) -> None:
        """Queued for the copy keeper: the desk's answer does not wait for the copy's disk."""
        if self._mirror is None:
            return
        self._copy_queue.put(
            {
                "registration_id": registration_id,
                "station": station,
                "list_id": list_id,
                "checked_in_at": checked_in_at if list_id is None else utc_now(),
                "uid": uid,
                "origin": "",
                "undone": False,
                "checked_out_at": None,
            }
        )

    def _keep_copy(self, mirror: Engine, work: queue.Queue) -> None:
        """The copy keeper's thread: writes the server's check-ins of this desk into the copy, in batches."""
        while True:
            item = work.get()
            batch = [item]
            while item is not None:
                try:
                    item = work.get_nowait()
                except queue.Empty:
                    break
                batch.append(item)
            rows = [row for row in batch if row is not None]
            try:
                if rows:
                    _insert_ignoring_known(mirror, rows)
            except Exception:  # the copy is a spare: its trouble must not stop the desk
                log.exception("the local copy could not be updated")
            finally:
                for _ in batch:
                    work.task_done()
            if len(rows) < len(batch):
                return  # None: the copy is being closed

    def _maybe_pull(self) -> None:
        now = time.monotonic()
        with self._lock:
            if self._offline or self._pulling or self._mirror is None or now - self._last_pull < PULL_S:
                return
            self._pulling = True
            self._last_pull = now
        threading.Thread(target=self._pull_in_background, name="offline-desk-pull", daemon=True).start()

    def _pull_in_background(self) -> None:
        try:
            self.pull()
        except DatabaseUnavailableError:
            pass  # the next scan finds out and says so
        except Exception:  # the copy is a spare: its trouble must not stop the desk
            log.exception("the local copy could not take in the server's new check-ins")
        finally:
            with self._lock:
                self._pulling = False

    def pull(self) -> int:
        """Takes the server's check-ins made since the last pull into the copy; how many.

        Other desks' undos and check-outs reach the copy with the next refresh().
        """
        mirror = self._mirror
        if mirror is None:
            return 0
        columns = [
            CheckIn.id,
            CheckIn.registration_id,
            CheckIn.list_id,
            CheckIn.checked_in_at,
            CheckIn.station,
            CheckIn.undone,
            CheckIn.checked_out_at,
            CheckIn.uid,
        ]
        with self._server.connect() as connection:
            rows = connection.execute(
                select(*columns)
                .join(Registration, Registration.id == CheckIn.registration_id)
                .where(Registration.event_id == self.event_id, CheckIn.id > self._pulled_through)
                .order_by(CheckIn.id)
            ).all()
        if not rows:
            return 0
        new = [
            {
                "registration_id": r.registration_id,
                "list_id": r.list_id,
                "checked_in_at": r.checked_in_at,
                "station": r.station,
                "undone": r.undone,
                "checked_out_at": r.checked_out_at,
                "uid": r.uid,
                "origin": "",
            }
            for r in rows
            if r.registration_id in self._local_registrations
        ]
        if new:
            _insert_ignoring_known(mirror, new)
        self._pulled_through = rows[-1].id
        return len(new)

    # -- coming back ----------------------------------------------------------------------------
    def _maybe_probe(self) -> None:
        now = time.monotonic()
        with self._lock:
            if not self._offline or self._probing or now - self._last_probe < PROBE_S:
                return
            self._probing = True
            self._last_probe = now
        threading.Thread(target=self._probe, name="offline-desk-probe", daemon=True).start()

    def _probe(self) -> None:
        try:
            self.try_to_come_back()
        finally:
            with self._lock:
                self._probing = False

    def try_to_come_back(self) -> bool:
        """When the server answers: sends the copy's check-ins, then scans on the server again."""
        try:
            with self._probe_engine.connect() as connection:
                connection.execute(text("SELECT 1"))
            report = self.send()
        except DatabaseUnavailableError:
            return False
        if report is None:
            return False
        with self._lock:
            # Scans waited for the lock: whatever they made on the copy goes before the desk switches.
            straggler = self.send() if self.waiting() > 0 else None
            self._offline = False
        if straggler is not None:
            self.last_send = SendReport(report.sent + straggler.sent, report.conflicts + straggler.conflicts)
        log.warning(
            "the server is back: desk %r sent %d check-in(s), %d conflict(s)",
            self.station,
            self.last_send.sent if self.last_send else 0,
            len(self.last_send.conflicts) if self.last_send else 0,
        )
        self._tell()
        return True

    def send(self) -> SendReport | None:
        """Merges the copy's own check-ins into the server; None when the server is out of reach."""
        if self._local is None:
            return None
        with self._local.engine.connect() as connection:
            through = connection.scalar(select(func.max(CheckIn.id)).where(CheckIn.origin == self.desk_id)) or 0
            before = _sent_through(connection)
        info = read_desk_info(self._local.engine)
        if info is None:
            return None
        try:
            result = merge_check_ins(self._server, self._local.engine, info, str(self.path), origin=self.desk_id)
            # Undos and check-outs made here of the server's check-ins (this desk's from before, other desks').
            carry_to_server(self._server, self._local.engine, self.event_id, self.desk_id, self.station)
        except DatabaseUnavailableError:
            self.send_failures += 1
            return None
        with self._local.engine.begin() as connection:
            connection.execute(AppSetting.__table__.delete().where(AppSetting.key == SENT_SETTING))
            connection.execute(
                AppSetting.__table__.insert(),
                [{"key": SENT_SETTING, "value": {"id": through}, "updated_at": utc_now()}],
            )
        with self._local.engine.connect() as connection:
            sent = (
                connection.scalar(
                    select(func.count(CheckIn.id)).where(
                        CheckIn.origin == self.desk_id, CheckIn.id > before, CheckIn.id <= through
                    )
                )
                or 0
            )
        self.last_send = SendReport(sent=sent, conflicts=list(result.conflicts))
        self.sends.append(self.last_send)
        self._tell()
        return self.last_send


def _with_connect_timeout(server: Engine) -> Engine:
    """An engine on the same server whose connecting gives up after PROBE_CONNECT_TIMEOUT_S."""
    url = server.url
    if url.get_backend_name() == "postgresql":
        url = url.update_query_dict({"connect_timeout": str(PROBE_CONNECT_TIMEOUT_S)})
    return create_db_engine(url.render_as_string(hide_password=False))


def _insert_ignoring_known(mirror: Engine, rows: list[dict]) -> None:
    # OR IGNORE: a check-in the copy has already (by uid) is skipped, and a copy behind on a
    # check-out keeps its view until the next refresh rather than refuse the rest.
    with mirror.begin() as connection:
        connection.execute(CheckIn.__table__.insert().prefix_with("OR IGNORE"), rows)


def _mark_all_sent(path: Path) -> None:
    engine = create_db_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            through = connection.scalar(select(func.max(CheckIn.id))) or 0
            connection.execute(
                AppSetting.__table__.insert(),
                [{"key": SENT_SETTING, "value": {"id": through}, "updated_at": utc_now()}],
            )
    finally:
        engine.dispose()


def _sent_through(connection) -> int:
    value = connection.scalar(select(AppSetting.value).where(AppSetting.key == SENT_SETTING))
    return int(value.get("id", 0)) if isinstance(value, dict) else 0


def _not_waiting_for_the_disk(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class OfflineDesks:
    """Makes the OfflineDesk of a station: on a shared server only (a SQLite file is the desk's own)."""

    def __init__(self, engine: Engine, checkin: CheckInService) -> None:
        self._engine = engine
        self._checkin = checkin

    @property
    def available(self) -> bool:
        return self._engine.dialect.name != "sqlite"

    def for_station(self, event_id: int, station: str) -> OfflineDesk | None:
        return OfflineDesk(self._engine, self._checkin, event_id, station) if self.available else None
