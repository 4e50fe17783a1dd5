"""Bringing a desk's check-ins into the main database: exactly once, the earliest check-in standing.

Rules, for each check-in of the desk (by its uid, CheckIn.uid):
- Known here already (merged before, or copied to the desk when it was prepared): only what
  moved forward is carried over: an undo, a check-out. Merging again therefore changes nothing.
- New: added. Unless the person, on the same list, has here a check-in that overlaps it in
  time (another desk saw them meanwhile): then the earliest check-in stands and the other is
  kept marked undone, for the record; either way it is reported as a conflict, never dropped
  in silence.
- For a registration or list this database does not have (deleted since, or made on the
  desk): skipped and counted.

A person's state is their latest not-undone check-in by id (services.registrations), so a
standing check-in must stay the last row of its person and list: when an older finished visit
is added behind it, the standing row is written again at the end (same uid, same facts).

The work goes in transactions of a few hundred people, each under the same locks a scan
takes (SQLite's write lock; the registrations' rows on PostgreSQL), so desks scanning this
database meanwhile wait a moment at most and never see half a merge.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, delete, insert, select, update

from ssc_desktop.db import write_locking
from ssc_desktop.errors import DomainError
from ssc_desktop.models import CheckIn, CheckInList, Event, Member, Registration
from ssc_desktop.services import audit

if TYPE_CHECKING:
    from ssc_desktop.services.desk_files import DeskInfo

_CHUNK = 500
_FOREVER = datetime.max.replace(tzinfo=timezone.utc)


@dataclass(frozen=True)
class MergeConflict:
    registration_id: int
    name: str
    list_name: str  # "" for the door
    kept_at: datetime
    kept_station: str
    dropped_at: datetime
    dropped_station: str
    desk_won: bool  # the desk's check-in was the earlier one and stands


@dataclass(frozen=True)
class DeskMergeResult:
    source: str
    desk_id: str
    event_id: int
    event_title: str
    added: int = 0
    undos: int = 0
    check_outs: int = 0
    unchanged: int = 0
    skipped: int = 0  # a registration or list this database does not have
    made_on_desk: int = 0  # check-ins of people registered on the desk (walk-ins): register them here
    conflicts: list[MergeConflict] = field(default_factory=list)


@dataclass
class _Row:
    id: int | None  # None: not written yet
    uid: str
    registration_id: int
    list_id: int | None
    checked_in_at: datetime
    station: str
    undone: bool
    checked_out_at: datetime | None
    origin: str

    @property
    def standing(self) -> bool:
        return not self.undone and self.checked_out_at is None

    def overlaps(self, other: _Row) -> bool:
        """Both had the person inside at some moment (times are aware, in UTC: UTCDateTime)."""
        mine_end = self.checked_out_at or _FOREVER
        other_end = other.checked_out_at or _FOREVER
        return self.checked_in_at < other_end and other.checked_in_at < mine_end

    def values(self) -> dict[str, Any]:
        return {
            "uid": self.uid,
            "registration_id": self.registration_id,
            "list_id": self.list_id,
            "checked_in_at": self.checked_in_at,
            "station": self.station,
            "undone": self.undone,
            "checked_out_at": self.checked_out_at,
            "origin": self.origin,
        }


_COLUMNS = (
    CheckIn.id,
    CheckIn.uid,
    CheckIn.registration_id,
    CheckIn.list_id,
    CheckIn.checked_in_at,
    CheckIn.station,
    CheckIn.undone,
    CheckIn.checked_out_at,
    CheckIn.origin,
)


def _desk_rows(desk: Engine, info: DeskInfo, origin: str | None) -> tuple[list[_Row], dict[int, str], int]:
    """The desk's check-ins of its event (all, or only those it made itself), its lists by id, and
    how many belong to registrations made on the desk."""
    with desk.connect() as connection:
        lists = {
            row.id: row.name
            for row in connection.execute(
                select(CheckInList.id, CheckInList.name).where(CheckInList.event_id == info.event_id)
            )
        }
        statement = (
            select(*_COLUMNS)
            .join(Registration, Registration.id == CheckIn.registration_id)
            .where(Registration.event_id == info.event_id)
            .order_by(CheckIn.checked_in_at, CheckIn.id)
        )
        if origin is not None:
            statement = statement.where(CheckIn.origin == origin)
        rows = []
        made_on_desk = 0
        for row in connection.execute(statement):
            if row.registration_id > info.max_registration_id:
                made_on_desk += 1
                continue
            # Rows written without the models carry no uid: the desk and its row id name them then.
            uid = row.uid or f"{info.desk_id[:20]}-{row.id}"
            rows.append(
                _Row(
                    None,
                    uid,
                    row.registration_id,
                    row.list_id,
                    row.checked_in_at,
                    row.station,
                    bool(row.undone),
                    row.checked_out_at,
                    row.origin or info.desk_id,
                )
            )
    return rows, lists, made_on_desk


def merge_check_ins(
    main: Engine, desk: Engine, info: DeskInfo, source: str, origin: str | None = None
) -> DeskMergeResult:
    """Merges the desk database's check-ins into main by the rules above; origin: only the desk's own."""
    desk_rows, desk_lists, made_on_desk = _desk_rows(desk, info, origin)
    with main.connect() as connection:
        title = connection.scalar(select(Event.title).where(Event.id == info.event_id))
        main_lists = {
            row.name: row.id
            for row in connection.execute(
                select(CheckInList.id, CheckInList.name).where(CheckInList.event_id == info.event_id)
            )
        }
    if title is None:
        raise DomainError("desk.event_not_here", event_id=info.event_id)
    result = _Tally()
    result.made_on_desk = made_on_desk
    by_person: dict[int, list[_Row]] = defaultdict(list)
    for row in desk_rows:
        if row.list_id is not None:
            main_list = main_lists.get(desk_lists.get(row.list_id, ""))
            if main_list is None:
                result.skipped += 1
                continue
            row.list_id = main_list
        by_person[row.registration_id].append(row)
    people = sorted(by_person)
    locking = write_locking(main)
    from_desk = Path(source).name if origin is None else info.desk_id  # a desk file, or an offline desk's queue
    for start in range(0, len(people), _CHUNK):
        chunk = people[start : start + _CHUNK]
        with locking.begin() as connection:
            before = (result.added, result.undos, result.check_outs, len(result.conflicts))
            result.changes = []
            _merge_chunk(connection, info.event_id, chunk, by_person, result)
            _record_changes(connection, result.changes, info, from_desk)
            added, undos, outs, conflicts = (
                now - then
                for now, then in zip(
                    (result.added, result.undos, result.check_outs, len(result.conflicts)), before, strict=True
                )
            )
            if added or undos or outs:  # merging again changes nothing, and logs nothing
                audit.record(
                    connection,
                    audit.DESK_MERGE,
                    f"from desk {info.desk_id}: {added} check-ins added, {undos} undos, {outs} check-outs, "
                    f"{conflicts} conflicts (earliest kept)",
                    from_desk,
                    info.event_id,
                )
    return DeskMergeResult(
        source=source,
        desk_id=info.desk_id,
        event_id=info.event_id,
        event_title=title,
        added=result.added,
        undos=result.undos,
        check_outs=result.check_outs,
        unchanged=result.unchanged,
        skipped=result.skipped,
        made_on_desk=result.made_on_desk,
        conflicts=_named(main, result.conflicts, {v: k for k, v in main_lists.items()}),
    )


@dataclass
class _Tally:
    added: int = 0
    undos: int = 0
    check_outs: int = 0
    unchanged: int = 0
    skipped: int = 0
    made_on_desk: int = 0
    conflicts: list[tuple[_Row, _Row, bool]] = field(default_factory=list)  # (kept, dropped, desk won)
    # What this chunk changed, for the audit log: (kind, the desk's row, when, how it was told).
    changes: list[tuple[str, _Row, datetime | None, str]] = field(default_factory=list)


def _merge_chunk(connection, event_id: int, chunk: list[int], by_person: dict[int, list[_Row]], tally: _Tally) -> None:
    """One transaction: the chunk's people, decided and written under their locks."""
    if connection.dialect.name != "sqlite":
        # As a scan does: the people's rows first, in id order so two merges cannot deadlock.
        connection.execute(
            select(Registration.id).where(Registration.id.in_(chunk)).order_by(Registration.id).with_for_update()
        )
    here = set(
        connection.execute(
            select(Registration.id).where(Registration.id.in_(chunk), Registration.event_id == event_id)
        ).scalars()
    )
    existing: dict[tuple[int, int | None], list[_Row]] = defaultdict(list)
    by_uid: dict[str, _Row] = {}
    for row in connection.execute(select(*_COLUMNS).where(CheckIn.registration_id.in_(chunk)).order_by(CheckIn.id)):
        stored = _Row(
            row.id,
            row.uid or "",
            row.registration_id,
            row.list_id,
            row.checked_in_at,
            row.station,
            bool(row.undone),
            row.checked_out_at,
            row.origin,
        )
        existing[(stored.registration_id, stored.list_id)].append(stored)
        if stored.uid:
            by_uid[stored.uid] = stored
    updates: dict[int, dict[str, Any]] = {}
    touched: set[tuple[int, int | None]] = set()
    for registration_id in chunk:
        for row in by_person[registration_id]:
            if registration_id not in here:
                tally.skipped += 1
                continue
            known = by_uid.get(row.uid)
            if known is not None:
                _carry_forward(row, known, updates, tally)
                continue
            group = existing[(registration_id, row.list_id)]
            undone_at_desk = row.undone
            if not row.undone:
                rivals = [other for other in group if not other.undone and other.overlaps(row)]
                for other in rivals:
                    if other.checked_in_at <= row.checked_in_at:
                        row.undone = True  # the earlier one here stands
                        tally.conflicts.append((other, row, False))
                        break
                else:
                    for other in rivals:
                        other.undone = True
                        if other.id is not None:
                            updates.setdefault(other.id, {})["undone"] = True
                        tally.conflicts.append((row, other, True))
            group.append(row)
            by_uid[row.uid] = row
            touched.add((registration_id, row.list_id))
            tally.added += 1
            _note_added(row, undone_at_desk, tally)
    for check_in_id, values in updates.items():
        connection.execute(update(CheckIn).where(CheckIn.id == check_in_id).values(**values))
    _write_new_rows(connection, existing, touched)


def _carry_forward(desk_row: _Row, known: _Row, updates: dict[int, dict[str, Any]], tally: _Tally) -> None:
    """An undo or a check-out the desk made on a check-in known here; nothing else changes."""
    changed = False
    if desk_row.undone and not known.undone:
        known.undone = True
        if known.id is not None:  # a row of this same merge is written whole by _write_new_rows
            updates.setdefault(known.id, {})["undone"] = True
        tally.undos += 1
        tally.changes.append((audit.UNDO, desk_row, None, "check-in undone"))
        changed = True
    if desk_row.checked_out_at is not None and known.checked_out_at is None and not known.undone:
        known.checked_out_at = desk_row.checked_out_at
        if known.id is not None:
            updates.setdefault(known.id, {})["checked_out_at"] = desk_row.checked_out_at
        tally.check_outs += 1
        tally.changes.append((audit.CHECK_OUT, desk_row, desk_row.checked_out_at, "checked out"))
        changed = True
    if not changed:
        tally.unchanged += 1


def _note_added(row: _Row, undone_at_desk: bool, tally: _Tally) -> None:
    """The audit entries of a desk's check-in added here: at the desk's own times, by its station."""
    if undone_at_desk:
        tally.changes.append((audit.CHECK_IN, row, row.checked_in_at, "checked in, then undone at the desk"))
        return
    told = "checked in; an earlier check-in stands (a conflict)" if row.undone else "checked in"
    tally.changes.append((audit.CHECK_IN, row, row.checked_in_at, told))
    if row.checked_out_at is not None:
        tally.changes.append((audit.CHECK_OUT, row, row.checked_out_at, "checked out"))


def _record_changes(
    connection, changes: list[tuple[str, _Row, datetime | None, str]], info: DeskInfo, from_desk: str
) -> None:
    """One audit entry per check-in, undo and check-out a merge brought in, in the chunk's transaction:
    which desk (its station, else the file), when (the desk's time; an undo's is not kept: the merge's),
    what, and that it came with a merge. Merging again brings nothing in, so logs nothing."""
    if not changes:
        return
    ids = sorted({row.registration_id for _kind, row, _at, _told in changes})
    names = {
        row[0]: row[1]
        for row in connection.execute(  # a chunk's people: a few hundred ids
            select(Registration.id, Member.latin_name)
            .join(Member, Member.id == Registration.member_id)
            .where(Registration.id.in_(ids))
        )
    }
    connection.execute(
        audit.AUDIT_INSERT,
        [
            audit.entry_values(
                kind,
                f"{names.get(row.registration_id, '?')}: {told} (merged from desk {info.desk_id}"
                + (f", check-in list {row.list_id}" if row.list_id is not None else "")
                + ")",
                row.station or from_desk,
                info.event_id,
                at,
            )
            for kind, row, at, told in changes
        ],
    )


def _write_new_rows(
    connection, existing: dict[tuple[int, int | None], list[_Row]], touched: set[tuple[int, int | None]]
) -> None:
    """Inserts the new rows, the standing row of each person and list last (see the module's words)."""
    moved: list[int] = []
    rows: list[dict[str, Any]] = []
    for key in sorted(touched, key=lambda k: (k[0], k[1] or 0)):
        group = existing[key]
        new = sorted((row for row in group if row.id is None), key=lambda r: r.checked_in_at)
        # At most one row of the group stands: two standing ones always overlap, and one lost above.
        standing_here = [row for row in group if row.id is not None and row.standing]
        if all(row.undone for row in new):
            standing_here = []  # undone rows never count as the latest: it stays where it is
        moved.extend(row.id for row in standing_here if row.id is not None)  # all of them: filtered above
        rows.extend(row.values() for row in new if not row.standing)
        rows.extend(row.values() for row in new if row.standing)
        rows.extend(row.values() for row in standing_here)
    for start in range(0, len(moved), 500):
        connection.execute(delete(CheckIn).where(CheckIn.id.in_(moved[start : start + 500])))
    if rows:
        connection.execute(insert(CheckIn), rows)


def _named(main: Engine, conflicts: list[tuple[_Row, _Row, bool]], list_names: dict[int, str]) -> list[MergeConflict]:
    if not conflicts:
        return []
    ids = sorted({kept.registration_id for kept, _dropped, _won in conflicts})
    names: dict[int, str] = {}
    with main.connect() as connection:
        for start in range(0, len(ids), 500):
            names.update(
                (row[0], row[1])
                for row in connection.execute(
                    select(Registration.id, Member.latin_name)
                    .join(Member, Member.id == Registration.member_id)
                    .where(Registration.id.in_(ids[start : start + 500]))
                )
            )
    return [
        MergeConflict(
            registration_id=kept.registration_id,
            name=names.get(kept.registration_id, ""),
            list_name=list_names.get(kept.list_id, "") if kept.list_id is not None else "",
            kept_at=kept.checked_in_at,
            kept_station=kept.station,
            dropped_at=dropped.checked_in_at,
            dropped_station=dropped.station,
            desk_won=won,
        )
        for kept, dropped, won in conflicts
    ]
