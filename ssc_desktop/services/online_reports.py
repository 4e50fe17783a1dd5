"""Reading the participant reports Zoom, Microsoft Teams and Google Meet export.

Each tool writes its own headers, and often a summary block above the participant table
(Zoom's meeting details, Teams' "1. Summary" section), so the table is found by its header
row. A person who left and rejoined has several rows: their intervals are merged, so
overlapping rows are not counted twice. Times without a zone are the event's local time.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from ssc_desktop.errors import DomainError
from ssc_desktop.services.tabular_files import column_letter, decode_text, open_table
from ssc_desktop.services.text_folding import fold

# Column names as each tool writes them (compared case-insensitively, spaces squeezed).
_PLATFORMS = {
    "zoom": {"name": ("name (original name)", "name", "participant"), "email": ("user email", "email"),
             "join": ("join time",), "leave": ("leave time",), "minutes": ("duration (minutes)", "duration (mins)")},
    "teams": {"name": ("name", "full name"), "email": ("email", "participant id (upn)"),
              "join": ("first join", "first join time", "join time"), "leave": ("last leave", "last leave time",
                                                                                 "leave time"),
              "minutes": ("in-meeting duration", "duration")},
    "meet": {"name": ("full name", "participant name"), "first": ("first name",), "last": ("last name",),
             "email": ("email", "participant email"), "join": ("time joined", "first seen"),
             "leave": ("time exited", "last seen"), "minutes": ("duration", "attended duration")},
}
_SIGNATURES = {"zoom": ("join time", "leave time"), "teams": ("first join", "last leave"),
               "meet": ("time joined", "time exited")}
_TIME_FORMATS = ("%m/%d/%Y %I:%M:%S %p", "%m/%d/%Y %I:%M %p", "%m/%d/%Y %H:%M:%S", "%m/%d/%Y %H:%M",
                 "%m/%d/%y, %I:%M:%S %p", "%m/%d/%y %I:%M:%S %p", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M",
                 "%Y/%m/%d %H:%M:%S", "%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%Y-%m-%dT%H:%M:%S", "%I:%M %p",
                 "%H:%M:%S", "%H:%M")


@dataclass(frozen=True)
class ParsedParticipant:
    name: str
    email: str
    minutes: int  # intervals merged
    first_join: datetime | None
    last_leave: datetime | None
    rows: int  # how many rows of the report were this person's


@dataclass(frozen=True)
class ParsedReport:
    platform: str
    file_name: str
    participants: tuple[ParsedParticipant, ...]


def read_report(path: str | Path, timezone: str, day: datetime | None = None) -> ParsedReport:
    """The participants of a Zoom, Teams or Meet report; DomainError says what and where."""
    tz = ZoneInfo(timezone)
    rows, file_name = _rows(Path(path))
    platform, header_row, columns = _find_header(rows, file_name)
    people: dict[str, dict] = {}
    for number, values in rows:
        if number <= header_row:
            continue
        cells = [("" if v is None else str(v)).strip() for v in values]
        if not any(cells):
            if people:
                break  # the participant table ended (Teams' next section follows)
            continue
        if cells[0].startswith(("3.", "2.", "In-Meeting")):
            break
        name = _cell(cells, columns.get("name"))
        if not name and ("first" in columns or "last" in columns):
            name = " ".join(p for p in (_cell(cells, columns.get("first")), _cell(cells, columns.get("last"))) if p)
        email = _cell(cells, columns.get("email")).lower()
        if not name and not email:
            continue
        join = _time(values, cells, columns.get("join"), tz, day, file_name, number)
        leave = _time(values, cells, columns.get("leave"), tz, day, file_name, number)
        minutes = _minutes(cells, columns.get("minutes"), file_name, number)
        if join is not None and leave is not None and leave < join:
            raise DomainError("online.leave_before_join", file=file_name, row=number,
                              column=column_letter(columns["leave"]))
        key = email or fold(name)
        person = people.setdefault(key, {"name": name, "email": email, "intervals": [], "minutes": 0, "rows": 0,
                                         "seen": []})
        person["rows"] += 1
        person["seen"] += [moment for moment in (join, leave) if moment is not None]
        # Teams gives first join and last leave with the time in between already added up
        # (leaving in between is not in it); the others give one row per stay.
        if join is not None and leave is not None and not (platform == "teams" and minutes):
            person["intervals"].append((join, leave))
        else:
            person["minutes"] += minutes
    if not people:
        raise DomainError("online.no_participants", file=file_name)
    participants = []
    for person in people.values():
        intervals = _merged(person["intervals"])
        minutes = person["minutes"] + round(sum((b - a for a, b in intervals), timedelta()).total_seconds() / 60)
        seen = person["seen"]
        participants.append(ParsedParticipant(person["name"], person["email"], minutes,
                                              min(seen) if seen else None, max(seen) if seen else None,
                                              person["rows"]))
    return ParsedReport(platform, file_name, tuple(participants))


def _rows(path: Path) -> tuple[list, str]:
    """The report's rows. Text reports are split here rather than by sniffing: Teams writes
    tab-separated UTF-16 whose dates hold commas, which a sniffer takes for the separator."""
    with open_table(path) as table:
        if table.is_workbook:
            return list(table.rows()), table.file_name
        file_name = table.file_name
    text, _encoding = decode_text(path.read_bytes(), file_name)
    delimiter = "\t" if "\t" in text else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return [(reader.line_num, tuple(values)) for values in reader], file_name
    except csv.Error as error:
        raise DomainError("roster.bad_csv", file=file_name, line=reader.line_num, detail=str(error)) from error


def _find_header(rows: list, file_name: str) -> tuple[str, int, dict[str, int]]:
    for number, values in rows[:200]:
        cells = [" ".join(str(v).split()).casefold() if v is not None else "" for v in values]
        for platform, signature in _SIGNATURES.items():
            if all(any(cell == s or cell.startswith(s) for cell in cells) for s in signature):
                columns = {}
                for field, names in _PLATFORMS[platform].items():
                    for index, cell in enumerate(cells):
                        if cell in names and field not in columns:
                            columns[field] = index
                if "name" in columns or "first" in columns or "email" in columns:
                    return platform, number, columns
    raise DomainError("online.unknown_report", file=file_name)


def _cell(cells: list[str], index: int | None) -> str:
    return cells[index] if index is not None and index < len(cells) else ""


def _time(values, cells: list[str], index: int | None, tz: ZoneInfo, day: datetime | None,  # noqa: ANN001
          file_name: str, row: int) -> datetime | None:
    if index is None or index >= len(cells) or not cells[index]:
        return None
    raw = values[index]
    if isinstance(raw, datetime):
        moment = raw
    else:
        text = re.sub(r"\s+(GMT|UTC)[+-]?\d*(:\d\d)?$", "", cells[index]).replace("\u202f", " ")
        for pattern in _TIME_FORMATS:
            try:
                moment = datetime.strptime(text, pattern)
                break
            except ValueError:
                continue
        else:
            raise DomainError("online.bad_time", file=file_name, row=row, column=column_letter(index),
                              value=cells[index])
        if moment.year == 1900:  # a time of day only: on the event's day
            if day is None:
                raise DomainError("online.bad_time", file=file_name, row=row, column=column_letter(index),
                                  value=cells[index])
            moment = datetime.combine(day.date(), moment.time())
    return moment.replace(tzinfo=tz) if moment.tzinfo is None else moment


def _minutes(cells: list[str], index: int | None, file_name: str, row: int) -> int:
    text = _cell(cells, index).lower()
    if not text:
        return 0
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return round(float(text))
    parts = dict((unit[0], float(value)) for value, unit in re.findall(r"(\d+(?:\.\d+)?)\s*(h|hr|hrs|hours?|m|min|mins|minutes?|s|sec|secs|seconds?)\b", text))
    if not parts and re.fullmatch(r"\d+:\d\d(:\d\d)?", text):
        pieces = [int(p) for p in text.split(":")]
        hours, minutes, seconds = (pieces + [0])[:3] if len(pieces) == 3 else (pieces[0], pieces[1], 0)
        return round(hours * 60 + minutes + seconds / 60)
    if not parts:
        raise DomainError("online.bad_duration", file=file_name, row=row, column=column_letter(index), value=text)
    return round(parts.get("h", 0) * 60 + parts.get("m", 0) + parts.get("s", 0) / 60)


def _merged(intervals: list[tuple[datetime, datetime]]) -> list[tuple[datetime, datetime]]:
    merged: list[tuple[datetime, datetime]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
