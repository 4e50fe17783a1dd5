"""checkin_scan: a ticket scanned to a committed verdict, with 30,000 registrations in one event.

Setup (not timed): a fresh SQLite file in the bench's work folder, built with the services:
N generated members (MemberService.add_members(generate_members(N))), one event without a
capacity limit, every member registered (RegistrationService.register_members), and their
codes (TicketService.codes_for_event).

App side: CheckInService.scan(event, code, station) for SCANS distinct codes, each a first
scan, so each is ACCEPTED and its check-in committed (WAL, synchronous=FULL: an fsync per
scan) before scan() returns the verdict with the person's row.

Raw side, on the same file with the app's PRAGMAs (foreign_keys, WAL, synchronous=FULL,
busy_timeout) through the bare sqlite3 module: per code, an indexed lookup of the
registration by id, an INSERT of a check-in row, an INSERT of its audit-log entry (the app
records each check-in in audit_log in the same transaction) and a COMMIT. The two sides take turns
every BLOCK codes, so both see the same file, the same WAL growth and the same disk.

Then "late in the day": door check-ins for LATE_SHARE of the event are written in one go
(not timed) and LATE_SCANS more scans are timed the same way: a scan must not slow down
as the hall fills.

Targets: p99 of the app's scan under 15 ms (early and late), and the app's median within 3x
of the raw median.
Runs in this process (no Qt).
"""

from __future__ import annotations

import random
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from bench.core import Figure, Options, median, now, percentile

DESCRIPTION = "check-in scan to committed verdict, 30,000 registrations in the event (p50/p99 per scan)"
SCANS = 2000
WARMUP = 20
# The sides take turns in blocks: a station writes through one connection, and every write
# by another connection empties that connection's page cache (SQLite re-reads the pages),
# which alternating code by code would charge to every single scan of both sides.
BLOCK = 100
# Then late in the day: LATE_SHARE of the event already in, LATE_SCANS more scans.
LATE_SHARE = 0.7
LATE_SCANS = 300
P99_TARGET_MS = 15.0
RATIO_TARGET = 3.0
RAW_LABEL = "sqlite3: indexed SELECT + 2 INSERTs (check-in, audit) + COMMIT"


def build(path: Path, count: int) -> tuple[int, dict[int, str]]:
    """The event's id and the codes of its registrations, in a fresh database at path."""
    from ssc_desktop.app import compose
    from ssc_desktop.models import EventFormat
    from ssc_desktop.services.demo import CHAPTERS, generate_members
    from ssc_desktop.services.events import EventDraft, parse_local_datetime

    context = compose(path)
    try:
        s = context.services
        chapter_ids = {country: s.chapters.ensure_chapter(*names)[0].id for country, names in CHAPTERS.items()}
        s.members.add_members(generate_members(count, seed=5, chapter_ids=chapter_ids))
        event = s.events.create_event(
            EventDraft(
                chapter_id=chapter_ids["India"],
                title="Bench reunion",
                format=EventFormat.FACE_TO_FACE,
                starts_at=parse_local_datetime("2030-12-12 09:30", "Asia/Kolkata"),
                ends_at=parse_local_datetime("2030-12-12 18:00", "Asia/Kolkata"),
                timezone="Asia/Kolkata",
                venue="Bench hall",
                capacity=None,
            )
        )
        member_ids = [m.id for m in s.members.list_members()]
        s.registrations.register_members(event.id, member_ids, allow_late=True)
        codes = s.tickets.codes_for_event(event.id)
    finally:
        context.close()
    return event.id, codes


def raw_connection(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)
    for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=FULL", "busy_timeout=10000"):
        connection.execute(f"PRAGMA {pragma}")
    return connection


def raw_check_in(connection: sqlite3.Connection, registration_id: int, stamp: str) -> None:
    connection.execute("BEGIN")
    row = connection.execute(
        "SELECT id, event_id, status, ticket_version FROM registrations WHERE id = ?", (registration_id,)
    ).fetchone()
    assert row is not None
    connection.execute(
        "INSERT INTO check_ins (registration_id, checked_in_at, station, undone) VALUES (?, ?, ?, 0)",
        (registration_id, stamp, "Raw desk"),
    )
    connection.execute(
        "INSERT INTO audit_log (at, kind, desk, event_id, what) VALUES (?, 'check-in', ?, ?, ?)",
        (stamp, "Raw desk", row[1], f"registration {registration_id}"),
    )
    connection.execute("COMMIT")


def scan_phase(
    checkin,
    raw: sqlite3.Connection,
    event_id: int,
    codes: dict[int, str],
    app_ids: list[int],
    raw_ids: list[int],
    warmup: int,
) -> tuple[list[float], list[float], dict[str, int]]:
    """Times the app's scans of app_ids and the raw work for raw_ids, taking turns every BLOCK codes."""
    from ssc_desktop.services.checkin import VerdictKind

    app_ms: list[float] = []
    raw_ms: list[float] = []
    kinds: dict[str, int] = {}
    for block in range(0, len(app_ids), BLOCK):
        for index in range(block, min(block + BLOCK, len(app_ids))):
            app_id = app_ids[index]
            started = now()
            verdict = checkin.scan(event_id, codes[app_id], station="Front desk 1")
            elapsed = (now() - started) * 1000
            if verdict.kind is not VerdictKind.ACCEPTED or verdict.registration.id != app_id:
                raise RuntimeError(f"checkin_scan: scan {index} gave {verdict.kind.value}, not accepted")
            if index >= warmup:
                kinds[verdict.kind.value] = kinds.get(verdict.kind.value, 0) + 1
                app_ms.append(elapsed)
        for index in range(block, min(block + BLOCK, len(raw_ids))):
            stamp = datetime.now(timezone.utc).replace(tzinfo=None).isoformat(sep=" ")
            started = now()
            raw_check_in(raw, raw_ids[index], stamp)
            elapsed = (now() - started) * 1000
            if index >= warmup:
                raw_ms.append(elapsed)
    return app_ms, raw_ms, kinds


def measure(workdir: Path, count: int) -> dict[str, Any]:
    from ssc_desktop.app import compose

    path = workdir / "checkin-bench.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    started = now()
    event_id, codes = build(path, count)
    build_s = now() - started

    ids = sorted(codes)
    rng = random.Random(7)
    rng.shuffle(ids)
    first = 2 * (SCANS + WARMUP)
    app_ids, raw_ids = ids[0:first:2], ids[1:first:2]
    late = ids[first : first + 2 * LATE_SCANS]
    late_app, late_raw = late[0::2], late[1::2]
    preload = ids[first + 2 * LATE_SCANS :][: max(0, int(len(ids) * LATE_SHARE) - first)]

    context = compose(path)
    raw = raw_connection(path)
    try:
        checkin = context.services.checkin
        app_ms, raw_ms, kinds = scan_phase(checkin, raw, event_id, codes, app_ids, raw_ids, WARMUP)
        # Late in the day: most of the event is in (door check-ins written in one go, not timed).
        stamp = datetime.now(timezone.utc).replace(tzinfo=None).isoformat(sep=" ")
        with raw:
            raw.execute("BEGIN")
            raw.executemany(
                "INSERT INTO check_ins (registration_id, checked_in_at, station, undone) "
                "VALUES (?, ?, 'Front desk 2', 0)",
                [(i, stamp) for i in preload],
            )
        before_late = context.services.registrations.counts(event_id).checked_in
        late_app_ms, late_raw_ms, _late_kinds = scan_phase(checkin, raw, event_id, codes, late_app, late_raw, 0)
        checked_in = context.services.registrations.counts(event_id).checked_in
    finally:
        raw.close()
        context.close()
    return {
        "registrations": len(codes),
        "build_s": build_s,
        "app_ms": app_ms,
        "raw_ms": raw_ms,
        "late_app_ms": late_app_ms,
        "late_raw_ms": late_raw_ms,
        "before_late": before_late,
        "kinds": kinds,
        "checked_in": checked_in,
        "expected": first + len(preload) + len(late_app) + len(late_raw),
    }


def figures(result: dict[str, Any]) -> list[Figure]:
    app, raw = result["app_ms"], result["raw_ms"]
    late, late_raw = result["late_app_ms"], result["late_raw_ms"]
    n = f"{result['registrations']:,} registrations"
    scans = f"{len(app)} distinct first scans, each committed"
    ratio_note = f"app median {median(app) / max(median(raw), 1e-9):.1f}x raw (target within {RATIO_TARGET:g}x)"
    late_note = f"{len(late)} scans with {result['before_late']:,} already checked in"
    return [
        Figure("checkin_scan", "build_s", f"build {n} (setup, not a target)", result["build_s"], "s"),
        Figure(
            "checkin_scan",
            "scan_p50_ms",
            "scan to committed verdict, p50",
            median(app),
            "ms",
            raw=median(raw),
            raw_label=RAW_LABEL,
            note=f"{scans}; {ratio_note}",
        ),
        Figure(
            "checkin_scan",
            "scan_p99_ms",
            "scan to committed verdict, p99",
            percentile(app, 0.99),
            "ms",
            P99_TARGET_MS,
            raw=percentile(raw, 0.99),
            raw_label=RAW_LABEL,
            note=n,
        ),
        Figure(
            "checkin_scan",
            "scan_vs_raw_ratio",
            "scan median / raw median",
            median(app) / max(median(raw), 1e-9),
            "x",
            RATIO_TARGET,
            note=f"same file, same PRAGMAs, taking turns every {BLOCK} codes",
        ),
        Figure(
            "checkin_scan",
            "late_p50_ms",
            "late in the day: scan, p50",
            median(late),
            "ms",
            raw=median(late_raw),
            raw_label=RAW_LABEL,
            note=late_note,
        ),
        Figure(
            "checkin_scan",
            "late_p99_ms",
            "late in the day: scan, p99",
            percentile(late, 0.99),
            "ms",
            P99_TARGET_MS,
            raw=percentile(late_raw, 0.99),
            raw_label=RAW_LABEL,
            note=late_note,
        ),
    ]


def run(options: Options) -> list[Figure]:
    result = measure(options.workdir, options.members)
    # The raw side's rows are door check-ins too, of other registrations.
    expected = result["expected"]
    if result["checked_in"] != expected:
        raise RuntimeError(f"checkin_scan: {result['checked_in']} door check-ins counted, expected {expected}")
    options.log(f"  checkin_scan: verdicts {result['kinds']}; {result['checked_in']} check-ins in the event afterwards")
    return figures(result)
