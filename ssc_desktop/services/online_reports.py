"""Reading the participant reports Zoom, Microsoft Teams and Google Meet export.

A report is one or more tables, each found by its header row (online_report_text names the
columns in many languages), under or between summary blocks:
  Teams   "1. Summary" (title, start), "2. Participants" (first join, last leave, time in the
          meeting), "3. In-Meeting Activities" (one row per stay); or the older log of
          "Full Name / User Action / Timestamp" rows (Joined, Left, Joined before); or a live event's
          attendee report (SessionId, ParticipantId, FullName, UtcEventTimestamp, Action), in UTC,
          one session per device a person joined from.
  Zoom    meeting details above "Name (Original Name) / Join Time / Leave Time"; webinar attendee
          reports with Host, Panelist and Attendee sections, each with its own header row and an
          "Attended" column; the usage "unique users" export, which has only total minutes. Its
          times may have no seconds ("2020/12/8 8:56" in Japanese); the whole minutes Zoom gives
          (rounded up from the exact stay) then say how long within that minute a stay lasted.
  Meet    the Workspace attendance report (first and last name, duration, time joined and
          exited) and the attendance extensions' lists (first seen, last seen, time in call).
A person's time is the union of their stays, in seconds: rows that overlap are not added, and
the rows of one person (the same e-mail, or the same name where one row has no e-mail) are one.
Where a table gives only a total (Teams' time in the meeting leaves out the gaps; Zoom's unique
users), that total is taken as written. Times without a zone are the event's local time.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from ssc_desktop.errors import DomainError
from ssc_desktop.services.online_report_text import HEADER_ROLES, Moment, is_join_action, read_duration, read_moment
from ssc_desktop.services.roster_mapping import header_key
from ssc_desktop.services.tabular_files import column_letter, csv_error, decode_text, open_table
from ssc_desktop.services.text_folding import fold

Interval = tuple[datetime, datetime]
_SUMMARY_KEYS = {
    header_key(k): v
    for k, v in {
        "meeting id": "id",
        "webinar id": "id",
        "meeting title": "title",
        "topic": "title",
        "title": "title",
        "meeting code": "id",
        "start time": "start",
        "actual start time": "start",
        "meeting start time": "start",
        "titre de la réunion": "title",
        "heure de début": "start",
        "besprechungstitel": "title",
        "startzeit": "start",
        "título de la reunión": "title",
        "hora de inicio": "start",
        "título da reunião": "title",
        "hora de início": "start",
        "会議のタイトル": "title",
        "開始時刻": "start",
        "会议标题": "title",
        "开始时间": "start",
        "judul rapat": "title",
        "waktu mulai": "start",
        "tiêu đề cuộc họp": "title",
        "thời gian bắt đầu": "start",
        "ชื่อการประชุม": "title",
        "เวลาเริ่มต้น": "start",
        "date": "date",
    }.items()
}
_REGISTRATION_ONLY = {header_key(k) for k in ("registration time", "approval status")}


@dataclass(frozen=True)
class ParsedParticipant:
    name: str
    email: str
    seconds: int  # the union of the person's stays (or the total the report gives)
    first_join: datetime | None
    last_leave: datetime | None
    rows: int  # how many rows of the report were this person's
    intervals: tuple[Interval, ...] = ()  # the stays, merged; empty where the report gives only a total

    @property
    def minutes(self) -> float:
        return self.seconds / 60


@dataclass(frozen=True)
class ParsedReport:
    platform: str
    file_name: str
    participants: tuple[ParsedParticipant, ...]
    content_hash: str = ""  # of the file's bytes: the same file imported twice is known
    meeting_key: str = ""  # meeting id or title and start: the same meeting exported twice is known
    dates: tuple[date, ...] = ()  # the local days the report's times fall on


@dataclass
class _Table:
    header_row: int
    columns: dict[str, int]
    headers: Sequence[str]
    rows: list[tuple[int, list[str], tuple]] = field(default_factory=list)

    @property
    def kind(self) -> str:
        if "action" in self.columns and "timestamp" in self.columns:
            return "log"
        return "stays"

    @property
    def utc(self) -> bool:
        """Whether the table's times are UTC by its header ("UtcEventTimestamp"), not the event's local time."""
        return any(
            "utc" in header_key(self.headers[self.columns[role]])
            for role in ("timestamp", "join", "leave")
            if role in self.columns
        )


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_report(
    path: str | Path, timezone: str, day: datetime | date | None = None, event_days: tuple[date, date] | None = None
) -> ParsedReport:
    """The participants of a Zoom, Teams or Meet report; DomainError says what and where.

    day is the event's day (for reports that give times of day only, unless the report names its
    own date, as Meet's "Meeting title, Date, Start time" block does); event_days, the first and
    last local day of the event, decides ambiguous day/month orders.
    """
    path = Path(path)
    tz = ZoneInfo(timezone)
    on_day = day.date() if isinstance(day, datetime) else day
    rows, file_name = _rows(path)
    tables, summary = _tables(rows, file_name)
    platform = _platform(tables, summary)
    order = _date_order(tables, event_days, file_name)
    on_day = _summary_day(summary.get("date", ""), order) or on_day
    stays: dict[str, dict[str, Any]] = {}
    sums: dict[str, dict[str, Any]] = {}
    for table in tables:
        if table.kind == "log":
            _read_log(table, stays, order, on_day, tz, file_name)
        else:
            _read_stays(table, stays if _is_activities(table) else sums, order, on_day, tz, file_name)
    participants = _participants(_stays_or_sums(stays, sums))
    if not participants:
        raise DomainError("online.no_participants", file=file_name)
    start = summary.get("start", "")
    moment = read_moment(start) if start else None
    start_at = moment.at(order, on_day) if moment else None
    if start_at is None:
        joins = [p.first_join for p in participants if p.first_join]
        start_at = min(joins) if joins else None
    meeting = summary.get("id") or summary.get("title") or ""
    meeting_key = f"{platform}|{fold(meeting)}|{start_at.isoformat() if start_at else ''}" if start_at else ""
    seen = {
        moment.astimezone(tz).date() if moment.tzinfo else moment.date()
        for p in participants
        for moment in (p.first_join, p.last_leave)
        if moment is not None
    }
    return ParsedReport(platform, file_name, tuple(participants), file_hash(path), meeting_key, tuple(sorted(seen)))


# -- rows and tables ---------------------------------------------------------------------------
def _rows(path: Path) -> tuple[list[tuple[int, tuple]], str]:
    """The report's rows. Text reports are split here rather than by the roster's sniffer: Teams
    writes tab-separated UTF-16 whose dates hold commas, so the separator is the one that makes
    a header row of known columns."""
    with open_table(path) as table:
        if table.is_workbook:
            return [(n, tuple(v)) for n, v in table.rows()], table.file_name
        file_name = table.file_name
    text, _encoding = decode_text(path.read_bytes(), file_name)
    best: tuple[int, list[tuple[int, tuple]]] = (-1, [])
    for delimiter in ("\t", ",", ";"):
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            rows = [(reader.line_num, tuple(values)) for values in reader]
        except csv.Error as error:
            if delimiter == "\t" and "\t" in text:
                raise csv_error(error, file_name, reader.line_num) from error
            continue
        known = max((sum(header_key(c) in HEADER_ROLES for c in values) for _n, values in rows[:400]), default=0)
        if known > best[0]:
            best = (known, rows)
    return best[1], file_name


def _columns(cells: Sequence[str]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, cell in enumerate(cells):
        role = HEADER_ROLES.get(header_key(cell))
        if role and role not in columns:
            columns[role] = index
    return columns


def _is_header(columns: dict[str, int]) -> bool:
    named = "name" in columns or "email" in columns or "first" in columns
    timed = bool({"join", "leave", "duration"} & columns.keys()) or {"action", "timestamp"} <= columns.keys()
    return named and timed


def _tables(rows: list[tuple[int, tuple]], file_name: str) -> tuple[list[_Table], dict[str, str]]:
    """Every participant table of the report, and what its summary blocks say (id, title, start)."""
    tables: list[_Table] = []
    summary: dict[str, str] = {}
    current: _Table | None = None
    summary_header: list[str] | None = None
    for number, values in rows:
        cells = [("" if v is None else str(v)).strip() for v in values]
        if not any(cells):
            current = None
            summary_header = None
            continue
        columns = _columns(cells)
        if (
            {header_key(c) for c in cells} & _REGISTRATION_ONLY
            and {"email", "first", "name"} & columns.keys()
            and not {"join", "duration"} & columns.keys()
        ):
            raise DomainError("online.registration_report", file=file_name)
        if _is_header(columns) and not _summary_header(cells):
            current = _Table(number, columns, cells)
            tables.append(current)
            summary_header = None
            continue
        if current is not None and not _section_title(cells):
            current.rows.append((number, cells, values))
            continue
        current = None
        if _summary_header(cells):  # Zoom: a header row of meeting details, their values below
            summary_header = cells
            continue
        if summary_header is not None:
            for key, value in zip(summary_header, cells, strict=False):
                summary.setdefault(_SUMMARY_KEYS[header_key(key)], value) if header_key(key) in _SUMMARY_KEYS else None
            summary_header = None
            continue
        filled = [c for c in cells if c]
        if len(filled) == 2 and header_key(filled[0]) in _SUMMARY_KEYS:  # Teams: "Start time <tab> 4/13/22, ..."
            summary.setdefault(_SUMMARY_KEYS[header_key(filled[0])], filled[1])
    if not tables:
        raise DomainError("online.unknown_report", file=file_name)
    return tables, summary


def _summary_header(cells: list[str]) -> bool:
    keys = {header_key(c) for c in cells}
    named = (
        bool(keys & {header_key("meeting id"), header_key("webinar id"), header_key("topic")})
        or header_key("meeting title") in keys
        and header_key("date") in keys
    )  # Meet: title, date, start, end
    return named and not {"join", "leave"} & _columns(cells).keys()


def _summary_day(text: str, order: str) -> date | None:
    """The day a report's summary names ("2026-05-11", "5/11/2026"), for its times of day."""
    moment = read_moment(f"{text} 00:00") if text else None
    at = moment.at(order, None) if moment is not None and moment.order != "time" else None
    return at.date() if at is not None else None


def _section_title(cells: list[str]) -> bool:
    """ "3. In-Meeting Activities", "Attendee Details": one cell, starting a section of its own."""
    filled = [c for c in cells if c]
    return len(filled) == 1 and (filled[0][:1].isdigit() and "." in filled[0][:3] or filled[0].endswith("Details"))


def _is_activities(table: _Table) -> bool:
    """A table with one row per stay (join and leave) rather than one per person (first join, last leave)."""
    headers = {header_key(table.headers[i]) for i in table.columns.values() if i < len(table.headers)}
    return bool(headers & {header_key("join time"), header_key("leave time")}) and not headers & {
        header_key("first join"),
        header_key("last leave"),
    }


def _platform(tables: list[_Table], summary: dict[str, str]) -> str:
    headers = " ".join(header_key(h) for t in tables for h in t.headers)
    if (
        "originalname" in headers
        or "元の名前" in headers
        or "原始名称" in headers
        or "guest" in headers
        or "attended" in headers
        or "id" in summary
    ):
        return "zoom"
    if "timejoined" in headers or "timeexited" in headers or "firstseen" in headers or "timeincall" in headers:
        return "meet"
    return "teams"


# -- date order ---------------------------------------------------------------------------------
def _date_order(tables: list[_Table], event_days: tuple[date, date] | None, file_name: str) -> str:
    """ "dm" or "md": how the file's numeric dates are to be read, decided once for the whole file."""
    moments: list[Moment] = []
    for table in tables:
        for role in ("join", "leave", "timestamp"):
            index = table.columns.get(role)
            if index is None:
                continue
            for _number, cells, _values in table.rows:
                if index < len(cells) and cells[index] and (moment := read_moment(cells[index])):
                    moments.append(moment)
    orders = {m.order for m in moments if m.order in ("dm", "md")}
    if orders == {"dm", "md"}:
        raise DomainError("online.mixed_date_orders", file=file_name)
    if orders:
        return orders.pop()
    if event_days is not None:
        for order in ("md", "dm"):
            dates = [m.at(order, None) for m in moments if m.order == "?"]
            if dates and all(d is not None and event_days[0] <= d.date() <= event_days[1] for d in dates):
                return order
    twelve_hour = any(m.text.rstrip().upper().endswith(("AM", "PM")) for m in moments)
    return "md" if twelve_hour else "dm"


def _moment(
    cells: list[str],
    values: tuple,
    index: int | None,
    order: str,
    day: date | None,
    tz: ZoneInfo,
    file_name: str,
    row: int,
    utc: bool = False,
) -> datetime | None:
    if index is None or index >= len(cells) or not cells[index]:
        return None
    raw = values[index] if index < len(values) else None
    if isinstance(raw, datetime):
        moment: datetime | None = raw
    else:
        read = read_moment(cells[index])
        moment = read.at(order, day) if read else None
    if moment is None:
        raise DomainError("online.bad_time", file=file_name, row=row, column=column_letter(index), value=cells[index])
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC).astimezone(tz) if utc else moment.replace(tzinfo=tz)
    return moment.astimezone(tz)


_WITH_SECONDS = re.compile(r"\d[:.]\d\d[:.]\d\d")


def _to_the_minute(cells: list[str], values: tuple, *indexes: int | None) -> bool:
    """Whether the times are written without seconds ("2020/12/8 8:56"): each may be up to a minute off."""
    for index in indexes:
        if index is None or index >= len(cells) or isinstance(values[index] if index < len(values) else None, datetime):
            return False
        if _WITH_SECONDS.search(cells[index]):
            return False
    return True


# -- people -----------------------------------------------------------------------------------------
def _person(people: dict[str, dict[str, Any]], name: str, email: str) -> dict[str, Any]:
    key = email or "\x00" + fold(name)
    return people.setdefault(key, {"name": name, "email": email, "intervals": [], "totals": 0, "rows": 0, "seen": []})


def _name(table: _Table, cells: list[str]) -> str:
    name = _cell(cells, table.columns.get("name"))
    if not name and ("first" in table.columns or "last" in table.columns):
        name = " ".join(
            p for p in (_cell(cells, table.columns.get("first")), _cell(cells, table.columns.get("last"))) if p
        )
    return name


def _read_stays(
    table: _Table, people: dict[str, dict[str, Any]], order: str, day: date | None, tz: ZoneInfo, file_name: str
) -> None:
    columns = table.columns
    duration_header = table.headers[columns["duration"]] if "duration" in columns else ""
    for number, cells, values in table.rows:
        name, email = _name(table, cells), _cell(cells, columns.get("email")).casefold()
        if not name and not email:
            continue
        if "attended" in columns and header_key(_cell(cells, columns["attended"])) in ("no", "nein", "non", "いいえ"):
            continue  # a webinar registrant who did not come
        join = _moment(cells, values, columns.get("join"), order, day, tz, file_name, number, table.utc)
        leave = _moment(cells, values, columns.get("leave"), order, day, tz, file_name, number, table.utc)
        if join is not None and leave is not None and leave < join:
            raise DomainError(
                "online.leave_before_join", file=file_name, row=number, column=column_letter(columns["leave"])
            )
        total = None
        if "duration" in columns and _cell(cells, columns["duration"]):
            total = read_duration(_cell(cells, columns["duration"]), duration_header)
            if total is None:
                raise DomainError(
                    "online.bad_duration",
                    file=file_name,
                    row=number,
                    column=column_letter(columns["duration"]),
                    value=_cell(cells, columns["duration"]),
                )
        person = _person(people, name, email)
        person["rows"] += 1
        person["seen"] += [m for m in (join, leave) if m is not None]
        if join is not None and leave is not None:
            span = (leave - join).total_seconds()
            # A total below the span (Teams' time in the meeting, gaps left out) is the truer figure;
            # a whole-minute total of a stay (Zoom's Duration (Minutes)) is only the span rounded.
            if total is not None and total < span - 60:
                person["totals"] += total
            elif (
                total is not None
                and span < total <= span + 60
                and _to_the_minute(cells, values, columns.get("join"), columns.get("leave"))
            ):
                # 8:56 to 8:56 with "1" minute: the times lost their seconds, the minutes Zoom rounded
                # up from the exact stay did not; the stay lasted into that minute, not zero seconds.
                person["intervals"].append((join, join + timedelta(seconds=total)))
            else:
                person["intervals"].append((join, leave))
        elif total is not None:
            person["totals"] += total


def _read_log(
    table: _Table, people: dict[str, dict[str, Any]], order: str, day: date | None, tz: ZoneInfo, file_name: str
) -> None:
    """The older Teams list and a live event's attendee report: Joined / Left rows. A stay still open at
    the end of the list lasted until the list was saved, which is the last moment the list holds.
    Where the rows name a session (one per device), a join and a leave pair within their session,
    so a person on a laptop and a phone at once has both stays, which the union then joins."""
    columns = table.columns
    events: list[tuple[dict[str, Any], str, bool, datetime]] = []
    for number, cells, values in table.rows:
        name, email = _name(table, cells), _cell(cells, columns.get("email")).casefold()
        moment = _moment(cells, values, columns["timestamp"], order, day, tz, file_name, number, table.utc)
        if (not name and not email) or moment is None:
            continue
        person = _person(people, name, email)
        person["rows"] += 1
        person["seen"].append(moment)
        events.append(
            (person, _cell(cells, columns.get("session")), is_join_action(_cell(cells, columns["action"])), moment)
        )
    if not events:
        return
    saved_at = max(moment for _p, _s, _j, moment in events)
    open_since: dict[tuple[int, str], datetime] = {}
    for person, session, joined, moment in sorted(events, key=lambda e: e[3]):
        key = (id(person), session)
        if joined:
            open_since.setdefault(key, moment)
        elif key in open_since:
            person["intervals"].append((open_since.pop(key), moment))
    by_id = {id(p): p for p, _s, _j, _m in events}
    for (person_id, _session), since in open_since.items():
        by_id[person_id]["intervals"].append((since, saved_at))


def _stays_or_sums(stays: dict[str, dict[str, Any]], sums: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Each person from the table of stays (Teams' in-meeting activities) where it holds all their time,
    else from the table of sums (Teams' participants: first join, last leave, time in the meeting).

    Teams lists every person in both; a list of stays that adds up to less than the person's
    time in the meeting is missing some (a cut-off export), and the sum is then the truer figure.
    """
    people = dict(stays)
    for key, summed in sums.items():
        listed = people.get(key)
        if listed is None:
            people[key] = summed
            continue
        listed_seconds = union_seconds(listed["intervals"]) + listed["totals"]
        summed_seconds = union_seconds(summed["intervals"]) + summed["totals"]
        if listed_seconds < summed_seconds - 60:
            people[key] = summed
    return people


def _participants(people: dict[str, dict[str, Any]]) -> list[ParsedParticipant]:
    # A row without an e-mail is the person with that name who has one, if there is exactly one.
    with_email: dict[str, list[str]] = {}
    for key, person in people.items():
        if person["email"]:
            with_email.setdefault(fold(person["name"]), []).append(key)
    for key in [k for k in people if k.startswith("\x00")]:
        owners = with_email.get(key[1:], [])
        if len(owners) == 1:
            nameless = people.pop(key)
            owner = people[owners[0]]
            for item in ("intervals", "seen"):
                owner[item] += nameless[item]
            owner["totals"] += nameless["totals"]
            owner["rows"] += nameless["rows"]
    participants = []
    for person in people.values():
        intervals = merge_intervals(person["intervals"])
        seconds = person["totals"] + sum(int((end - start).total_seconds()) for start, end in intervals)
        seen = person["seen"]
        participants.append(
            ParsedParticipant(
                person["name"],
                person["email"],
                seconds,
                min(seen) if seen else None,
                max(seen) if seen else None,
                person["rows"],
                tuple(intervals),
            )
        )
    return participants


def merge_intervals(intervals: list[Interval]) -> list[Interval]:
    """The union of the stays: overlapping or touching stays become one."""
    merged: list[Interval] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def union_seconds(intervals: list[Interval]) -> int:
    return sum(int((end - start).total_seconds()) for start, end in merge_intervals(intervals))


def _cell(cells: list[str], index: int | None) -> str:
    return cells[index] if index is not None and index < len(cells) else ""


__all__ = ["ParsedParticipant", "ParsedReport", "file_hash", "merge_intervals", "read_report", "union_seconds"]
