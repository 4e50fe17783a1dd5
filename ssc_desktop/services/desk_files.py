"""Desks without a server: "Prepare desk" makes a desk file of one event, "Merge desks" brings its check-ins back.

A desk file (services.desk_container) is an ordinary SSC database holding one event: its
chapter list, the registered members (names, affiliation: what the station shows), the
registrations with their desk notes and ticket versions, the event with its ticket secret,
its check-in lists and the check-ins made so far. Another laptop opens it as its own
database (`ssc-desktop --db FILE`) and the station scans on it as on any database. The
app's own settings (the SMTP password among them) are not copied.

Registrations and members keep their ids, so a desk's check-in names the same registration
on the main database; rows made on the desk (a walk-in) get ids above those recorded at
preparation and are reported, not merged. Merging is services.desk_merge.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, func, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from ssc_desktop.db import open_database
from ssc_desktop.errors import DomainError, NotFoundError
from ssc_desktop.long_work import ProgressFn, check_cancel, report
from ssc_desktop.models import AppSetting, Chapter, CheckIn, CheckInList, Event, Member, Registration, utc_now
from ssc_desktop.models.checkin import new_check_in_uid
from ssc_desktop.services import desk_container
from ssc_desktop.services.desk_merge import DeskMergeResult, merge_check_ins

# In a desk's own database: what it is a copy of (see DeskInfo).
DESK_SETTING = "desk_file"
_COPY_BATCH = 2000


@dataclass(frozen=True)
class DeskInfo:
    desk_id: str
    event_id: int
    kind: str  # "desk file" or "local copy" (an offline desk's, services.offline_desk)
    prepared_at: str
    # Rows with ids above these were made on the desk (walk-ins), not copied.
    max_registration_id: int
    max_member_id: int

    def as_setting(self) -> dict:
        return {
            "desk_id": self.desk_id,
            "event_id": self.event_id,
            "kind": self.kind,
            "prepared_at": self.prepared_at,
            "max_registration_id": self.max_registration_id,
            "max_member_id": self.max_member_id,
        }

    @classmethod
    def from_setting(cls, value: dict) -> DeskInfo:
        return cls(
            desk_id=str(value["desk_id"]),
            event_id=int(value["event_id"]),
            kind=str(value.get("kind", "")),
            prepared_at=str(value.get("prepared_at", "")),
            max_registration_id=int(value.get("max_registration_id", 0)),
            max_member_id=int(value.get("max_member_id", 0)),
        )


@dataclass(frozen=True)
class PreparedDesk:
    path: str
    desk_id: str
    event_id: int
    event_title: str
    registrations: int
    check_ins: int
    lists: int


@dataclass(frozen=True)
class MergeReport:
    desks: list[DeskMergeResult] = field(default_factory=list)

    @property
    def added(self) -> int:
        return sum(d.added for d in self.desks)

    @property
    def conflicts(self) -> int:
        return sum(len(d.conflicts) for d in self.desks)


def desk_info(session_factory: sessionmaker[Session]) -> DeskInfo | None:
    """What this database is a desk copy of; None for a coordinator's own database."""
    with session_factory() as session:
        value = session.scalar(select(AppSetting.value).where(AppSetting.key == DESK_SETTING))
    return DeskInfo.from_setting(value) if isinstance(value, dict) and "desk_id" in value else None


def desk_origin(session_factory: sessionmaker[Session]) -> str:
    """The origin stamped on check-ins made on this database: its desk id, or "" when it is no desk."""
    info = desk_info(session_factory)
    return info.desk_id if info is not None else ""


def _rows(connection, statement) -> list[dict]:
    return [dict(row._mapping) for row in connection.execute(statement)]


def build_event_copy(
    source: Engine,
    event_id: int,
    target: Path,
    kind: str,
    desk_id: str | None = None,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
) -> PreparedDesk:
    """Writes a new SSC database at target holding the event, as a desk needs it (see the module's words)."""
    desk_id = desk_id or uuid.uuid4().hex
    # Check-ins written without the models have no uid yet: given one here, so the desk's copy and
    # this database name them alike and merging finds them.
    with source.begin() as connection:
        event_registrations = select(Registration.id).where(Registration.event_id == event_id)
        missing = (
            connection.execute(
                select(CheckIn.id).where(CheckIn.uid.is_(None), CheckIn.registration_id.in_(event_registrations))
            )
            .scalars()
            .all()
        )
        for check_in_id in missing:
            connection.execute(update(CheckIn).where(CheckIn.id == check_in_id).values(uid=new_check_in_uid()))
    # One read transaction: every table as of one moment, while desks go on scanning.
    with source.connect() as connection, connection.begin():
        event = _rows(connection, select(Event.__table__).where(Event.id == event_id))
        if not event:
            raise NotFoundError(kind="event", key="id", value=event_id)
        registrations = _rows(connection, select(Registration.__table__).where(Registration.event_id == event_id))
        member_ids = select(Registration.member_id).where(Registration.event_id == event_id)
        tables = [
            (Chapter.__table__, _rows(connection, select(Chapter.__table__))),
            (Member.__table__, _rows(connection, select(Member.__table__).where(Member.id.in_(member_ids)))),
            (Event.__table__, event),
            (Registration.__table__, registrations),
            # Programme items stay behind: a list keeps its name, not its tie to an item.
            (
                CheckInList.__table__,
                [
                    dict(row, programme_item_id=None)
                    for row in _rows(connection, select(CheckInList.__table__).where(CheckInList.event_id == event_id))
                ],
            ),
            (
                CheckIn.__table__,
                _rows(
                    connection,
                    select(CheckIn.__table__).where(
                        CheckIn.registration_id.in_(select(Registration.id).where(Registration.event_id == event_id))
                    ),
                ),
            ),
        ]
        max_registration = connection.scalar(select(func.max(Registration.id))) or 0
        max_member = connection.scalar(select(func.max(Member.id))) or 0
    info = DeskInfo(
        desk_id=desk_id,
        event_id=event_id,
        kind=kind,
        prepared_at=utc_now().isoformat(timespec="seconds"),
        max_registration_id=max_registration,
        max_member_id=max_member,
    )
    total = sum(len(rows) for _table, rows in tables)
    done = 0
    database = open_database(target)
    try:
        with database.engine.begin() as connection:
            for table, rows in tables:
                for start in range(0, len(rows), _COPY_BATCH):
                    check_cancel(cancel)
                    connection.execute(table.insert(), rows[start : start + _COPY_BATCH])
                    done += len(rows[start : start + _COPY_BATCH])
                    report(progress, done, total, "")
            connection.execute(
                AppSetting.__table__.insert(),
                [{"key": DESK_SETTING, "value": info.as_setting(), "updated_at": utc_now()}],
            )
    finally:
        database.dispose()
    return PreparedDesk(
        path=str(target),
        desk_id=desk_id,
        event_id=event_id,
        event_title=event[0]["title"],
        registrations=len(registrations),
        check_ins=len(tables[-1][1]),
        lists=len(tables[-2][1]),
    )


def read_desk_info(engine: Engine) -> DeskInfo | None:
    with engine.connect() as connection:
        value = connection.scalar(select(AppSetting.value).where(AppSetting.key == DESK_SETTING))
    return DeskInfo.from_setting(value) if isinstance(value, dict) and "desk_id" in value else None


class DeskFileService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sessions = session_factory
        self._engine: Engine = session_factory.kw["bind"]

    def prepare_desk(
        self,
        event_id: int,
        target: str | Path,
        passphrase: str,
        progress: ProgressFn | None = None,
        cancel: threading.Event | None = None,
    ) -> PreparedDesk:
        """A desk file of the event at target, sealed with the passphrase (see services.desk_container)."""
        desk_container.check_passphrase(passphrase)
        target = Path(target).expanduser()
        if desk_info(self._sessions) is not None:
            raise DomainError("desk.prepare_from_desk")
        scratch = desk_container.desks_folder() / f"prepare-{uuid.uuid4().hex}.sqlite3"
        try:
            prepared = build_event_copy(
                self._engine, event_id, scratch, kind="desk file", progress=progress, cancel=cancel
            )
            check_cancel(cancel)
            desk_container.create_desk_file(target, scratch, passphrase, prepared.desk_id, event_id)
        finally:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{scratch}{suffix}").unlink(missing_ok=True)
        return PreparedDesk(**{**prepared.__dict__, "path": str(target)})

    def merge_desks(
        self,
        paths: Sequence[str | Path],
        passphrase_for: Callable[[Path], str],
        progress: ProgressFn | None = None,
        cancel: threading.Event | None = None,
    ) -> MergeReport:
        """Brings the check-ins of each desk file back (again: nothing changes); see services.desk_merge.

        A plain SQLite desk database (a working copy set aside, an offline desk's local copy)
        is merged as it is; a sealed desk file is decrypted into a private scratch file first.
        """
        results = []
        for n, raw_path in enumerate(paths):
            check_cancel(cancel)
            path = Path(raw_path).expanduser()
            report(progress, n, len(paths), path.name)
            results.append(self.merge_desk(path, passphrase_for))
        report(progress, len(paths), len(paths), "")
        return MergeReport(desks=results)

    def merge_desk(
        self, path: Path, passphrase_for: Callable[[Path], str], origin: str | None = None
    ) -> DeskMergeResult:
        if not path.exists():
            raise DomainError("desk.unreadable", path=str(path), detail="no such file")
        scratch: Path | None = None
        try:
            if desk_container.is_desk_file(path):
                scratch = desk_container.desks_folder() / f"merge-{uuid.uuid4().hex}.sqlite3"
                desk_container.decrypt_to(path, passphrase_for(path), scratch)
                database = open_database(scratch)
            else:
                try:
                    database = open_database(path, run_migrations=False)
                except DomainError:
                    raise DomainError("desk.not_a_desk_file", path=str(path)) from None
            try:
                info = _checked_info(database.engine, path)
                return merge_check_ins(self._engine, database.engine, info, str(path), origin=origin)
            finally:
                database.dispose()
        finally:
            if scratch is not None:
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{scratch}{suffix}").unlink(missing_ok=True)
                desk_container.remove_backups_of(scratch)  # a desk file of an older schema was upgraded


def _checked_info(engine: Engine, path: Path) -> DeskInfo:
    try:
        info = read_desk_info(engine)
    except DBAPIError:  # an SQLite file of something else: no app_settings table
        info = None
    if info is None:
        raise DomainError("desk.not_a_desk_file", path=str(path))
    return info
