"""attendance_xlsx: the attendance sheet of an event with 30,000 registrations, written to .xlsx.

Setup (not timed): the checkin_scan case's database (N members, one event, everyone registered),
with two check-in lists, 70% checked in at the door and a third of those on a list.

App side: write_attendance_xlsx(sheet) — the service's rows already read (the read is
timed apart), then the Attendance sheet streamed with its styled header, dates and safe
text cells, the Summary sheet, and the temporary file renamed into place.

Raw side, in the same run: openpyxl's own write-only workbook writing exactly the same cell
values (the same strings, the same naive local datetimes, None where empty) with no
styles, no summary and no checks, saved straight to its file.

Target: the app's write at most 1.5x the raw write.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from bench.core import Figure, Options, median, now

DESCRIPTION = "attendance sheet .xlsx for 30,000 registrations vs openpyxl write-only with the same cells"
RATIO_TARGET = 1.5
RUNS = 3
RAW_LABEL = "openpyxl write-only, same cells"


def prepare(path: Path, count: int) -> int:
    from bench.cases.checkin_scan import build
    from ssc_desktop.app import compose

    event_id, _codes = build(path, count)
    context = compose(path)
    try:
        s = context.services
        seminar = s.checkin_lists.create_list(event_id, "Job-hunting seminar")
        s.checkin_lists.create_list(event_id, "Banquet")
        rows = s.registrations.list_registrations(event_id)
        rng = random.Random(11)
        came = rng.sample([r.id for r in rows], int(len(rows) * 0.7))
        start = datetime(2030, 12, 12, 3, 30, tzinfo=timezone.utc)
        with context.database.engine.begin() as connection:
            from ssc_desktop.models import CheckIn

            connection.execute(
                CheckIn.__table__.insert(),
                [
                    {
                        "registration_id": i,
                        "station": f"Door {1 + n % 3}",
                        "undone": False,
                        "list_id": None,
                        "checked_in_at": start + timedelta(seconds=n % 14400),
                    }
                    for n, i in enumerate(came)
                ],
            )
            connection.execute(
                CheckIn.__table__.insert(),
                [
                    {
                        "registration_id": i,
                        "station": "Hall 2",
                        "undone": False,
                        "list_id": seminar.id,
                        "checked_in_at": start + timedelta(hours=5),
                    }
                    for i in came[::3]
                ],
            )
    finally:
        context.close()
    return event_id


def raw_values(sheet) -> list[list[Any]]:
    """The same cells the app writes, as plain values."""
    from ssc_desktop.output.attendance_xlsx import BASE_COLUMNS
    from ssc_desktop.services.events import zone

    tz = zone(sheet.event.timezone)

    def local(moment):
        return None if moment is None else moment.astimezone(tz).replace(tzinfo=None)

    header = [name for name, _width in BASE_COLUMNS] + [item.name for item in sheet.lists]
    rows = [header]
    for row in sheet.rows:
        rows.append(
            [
                row.latin_name,
                row.native_name,
                row.email,
                row.chapter_name,
                row.country,
                row.affiliation,
                row.gender.value.capitalize(),
                row.role.value.capitalize(),
                row.status.value.capitalize(),
                "Yes" if row.walk_in else "",
                local(row.arrived_at),
                local(row.left_at),
                row.station,
                row.how.capitalize(),
                row.online_minutes or None,
                *(local(moment) for moment in row.list_arrivals),
            ]
        )
    return rows


def raw_write(rows: list[list[Any]], path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    worksheet = workbook.create_sheet("Attendance")
    for row in rows:
        worksheet.append(row)
    workbook.save(path)


def run(options: Options) -> list[Figure]:
    from ssc_desktop.app import compose
    from ssc_desktop.output.attendance_xlsx import write_attendance_xlsx

    path = options.workdir / "attendance-bench.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    started = now()
    event_id = prepare(path, options.members)
    build_s = now() - started

    context = compose(path)
    try:
        started = now()
        sheet = context.services.attendance.sheet(event_id)
        read_s = now() - started
    finally:
        context.close()
    values = raw_values(sheet)
    app_s: list[float] = []
    raw_s: list[float] = []
    for run_number in range(RUNS):  # taking turns, so both see the same machine
        target = options.workdir / f"attendance-{run_number}.xlsx"
        started = now()
        write_attendance_xlsx(sheet, target)
        app_s.append(now() - started)
        raw_target = options.workdir / f"attendance-raw-{run_number}.xlsx"
        started = now()
        raw_write(values, raw_target)
        raw_s.append(now() - started)
    size_mb = target.stat().st_size / 1e6
    ratio = median(app_s) / median(raw_s)
    n = f"{len(sheet.rows):,} rows x {len(values[0])} columns"
    options.log(
        f"  attendance_xlsx: {sheet.summary.attended:,} of {sheet.summary.registered:,} came; file {size_mb:.1f} MB"
    )
    return [
        Figure("attendance_xlsx", "build_s", "build the event (setup, not a target)", build_s, "s"),
        Figure("attendance_xlsx", "read_s", "read the attendance rows (service)", read_s, "s", note=n),
        Figure(
            "attendance_xlsx",
            "write_s",
            "write the attendance .xlsx",
            median(app_s),
            "s",
            raw=median(raw_s),
            raw_label=RAW_LABEL,
            note=f"median of {RUNS}; {n}",
        ),
        Figure(
            "attendance_xlsx",
            "write_vs_raw",
            "write / raw openpyxl write",
            ratio,
            "x",
            RATIO_TARGET,
            note="styled header, dates, safe text, summary sheet, atomic rename",
        ),
    ]
