"""One app per database file: who has it open, told to the next app that tries.

Two SSC Desktop windows writing one SQLite file without knowing of each other is how a
person gets checked in twice (each desk decides on what it saw). So an app that opens a
file for writing holds an operating-system lock on "<file>.in-use" beside it for as long as
it is open, with a few words of JSON in it: host, process and since when. The next app
that cannot take the lock reads those words and can say who it is.

The OS lets go of the lock when the process ends, however it ends: a crashed or killed
app leaves the file behind but not the lock, and the next app simply takes it (stale).
The command line does not take the lock (scripts run beside an open window, the desks'
BEGIN IMMEDIATE keeps those safe), except `ssc backup restore`, which must not change a
file under an open window.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from ssc_desktop.errors import DomainError

SUFFIX = ".in-use"
# Windows locks byte ranges and refuses to read a locked one: the lock sits far past the
# JSON, which every reader can then read. (POSIX flock locks the whole file, advisory.)
_WINDOWS_LOCK_OFFSET = 1 << 20


@dataclass(frozen=True)
class Holder:
    host: str
    pid: int
    since: datetime  # UTC


class DatabaseInUseError(DomainError):
    code = "database.in_use"

    @property
    def holder(self) -> Holder:
        return self.params["holder"]


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + SUFFIX)


class InstanceLock:
    """Held from acquire() to release() (or the end of the process)."""

    def __init__(self, database: Path, handle, holder: Holder) -> None:
        self.database = database
        self.path = lock_path(database)
        self.holder = holder
        self._handle = handle

    @classmethod
    def acquire(cls, database: Path) -> InstanceLock:
        """The lock of database; DatabaseInUseError naming the holder when another app has it."""
        database = Path(database)
        path = lock_path(database)
        with contextlib.suppress(OSError):  # the very first start: the data folder is not there yet
            path.parent.mkdir(parents=True, exist_ok=True)
        while True:
            try:
                handle = open(path, "a+b")  # kept open while the lock is held
            except OSError:
                # A folder we cannot write to: nobody else can take a lock there either, and
                # the file opens read-only anyway (the database's own errors will say so).
                return cls(database, None, _me())
            if not _try_lock(handle):
                handle.close()
                raise _in_use(database)
            # Another app may have removed the file (releasing) between our open and our lock:
            # a lock on a file no longer at the path would keep nobody out.
            try:
                same = os.stat(path).st_ino == os.fstat(handle.fileno()).st_ino
            except OSError:
                same = False
            if same:
                break
            handle.close()
        holder = _me()
        handle.seek(0)
        handle.truncate()
        handle.write(
            json.dumps(
                {"host": holder.host, "pid": holder.pid, "since": holder.since.isoformat(timespec="seconds")}
            ).encode("utf-8")
        )
        handle.flush()
        with contextlib.suppress(OSError):
            os.fsync(handle.fileno())
        return cls(database, handle, holder)

    def release(self) -> None:
        if self._handle is None:
            return
        with contextlib.suppress(OSError):
            self.path.unlink()  # before letting go, so nobody locks a file about to vanish
        self._handle.close()  # closing lets go of the lock
        self._handle = None


def current_holder(database: Path) -> Holder | None:
    """Who has database open now; None when nobody does (no file, or a stale one)."""
    try:
        InstanceLock.acquire(Path(database)).release()
    except DatabaseInUseError as error:
        return error.holder
    return None


def _in_use(database: Path) -> DatabaseInUseError:
    holder = _read_holder(lock_path(database))
    since_local = holder.since.astimezone().strftime("%Y-%m-%d %H:%M")
    return DatabaseInUseError(
        location=str(database), host=holder.host, pid=holder.pid, since=since_local, holder=holder
    )


def _read_holder(path: Path) -> Holder:
    try:
        facts = json.loads(path.read_text(encoding="utf-8")[:2000])
        return Holder(str(facts["host"])[:100], int(facts["pid"]), datetime.fromisoformat(facts["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        # Locked but its words not written yet (or unreadable): still someone.
        return Holder("another computer or window", 0, datetime.now(timezone.utc))


def _me() -> Holder:
    return Holder(
        socket.gethostname() or "this computer", os.getpid(), datetime.now(timezone.utc).replace(microsecond=0)
    )


def _try_lock(handle) -> bool:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(_WINDOWS_LOCK_OFFSET)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:
        return True  # a file system without locks (some network shares): do not keep the app out
    return True
