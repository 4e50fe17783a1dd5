"""venue_desks: desks without a server (desk files merged back) and a desk that loses its server.

Merge (SQLite, in this process): a fresh main database with N registrations in one event
(built as checkin_scan builds it), a desk file prepared from it (DeskFileService.prepare_desk:
timed, no target), MERGE_CHECK_INS check-ins written into the desk's working copy in one go (not
timed; each with its own uid and the desk's origin, as the desk's scans make them), the desk
file sealed. Timed: DeskFileService.merge_desks of that file (decrypt, read, merge in chunks
under the write lock), then the same merge again (it must change nothing). Raw: the same rows
INSERTed into a copy of the main database by the bare sqlite3 module in one transaction.

Server lost (PostgreSQL): a private server of the bench's own (tests/pg_cluster.py: needs root
and Debian's postgresql; otherwise skipped with a note), an event with N registrations, an OfflineDesk started on it (its local copy built: timed, no target), 20 scans
on the server, then the server stopped as a crash would (pg_ctl -m immediate). Timed: the next
scan, which meets the dead server and is answered from the local copy; then QUEUED scans on the
copy (not timed), the server started, and OfflineDesk.try_to_come_back, which sends the QUEUED
check-ins (a merge into the server). The server must then hold every one of them, once. Then the
server freezes (SIGSTOP on every one of its processes: connections stay open, nothing answers, as
when the venue's Wi-Fi goes without a word). Timed: the next scan, which waits for the server
SERVER_PATIENCE_S, then is answered from the copy; the server is thawed and the desk sent back.

Targets: merge of 5,000 check-ins into 30,000 registrations < 2 s; the first scan without the
server < 1 s, stopped or frozen; sending 1,000 queued check-ins < 5 s.
"""

from __future__ import annotations

import importlib.util
import shutil
import sqlite3
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from bench.core import REPO_ROOT, Figure, Options, now

DESCRIPTION = "desk file merged back (5,000 check-ins, 30,000 registrations); a desk losing its PostgreSQL"
MERGE_CHECK_INS = 5000
MERGE_TARGET_S = 2.0
QUEUED = 1000
SWITCH_TARGET_S = 1.0
SEND_TARGET_S = 5.0
PASSPHRASE = "bench desk passphrase"


def _desk_rows(registration_ids: list[int], desk_id: str) -> list[dict[str, Any]]:
    start = datetime(2030, 12, 12, 4, 0, tzinfo=timezone.utc)
    return [
        {
            "registration_id": rid,
            "station": "Desk B",
            "list_id": None,
            "undone": False,
            "checked_out_at": None,
            "checked_in_at": start + timedelta(seconds=n),
            "uid": uuid.uuid4().hex,
            "origin": desk_id,
        }
        for n, rid in enumerate(registration_ids)
    ]


def measure_merge(workdir: Path, count: int) -> dict[str, Any]:
    from bench.cases.checkin_scan import build
    from ssc_desktop.app import compose
    from ssc_desktop.models import CheckIn

    main = workdir / "venue-main.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{main}{suffix}").unlink(missing_ok=True)
    event_id, codes = build(main, count)
    desk_path = workdir / "venue-desk.sscdesk"
    context = compose(main)
    try:
        started = now()
        context.services.desks.prepare_desk(event_id, desk_path, PASSPHRASE)
        prepare_s = now() - started
    finally:
        context.close()
    ids = sorted(codes)[:MERGE_CHECK_INS]
    desk = compose(desk_path, passphrase_for=lambda _p: PASSPHRASE)
    try:
        rows = _desk_rows(ids, desk.desk_file.desk_id)
        with desk.database.engine.begin() as connection:
            connection.execute(CheckIn.__table__.insert(), rows)
    finally:
        desk.close()  # sealed, with the check-ins

    raw_copy = workdir / "venue-raw.sqlite3"
    shutil.copy(main, raw_copy)
    context = compose(main)
    try:
        started = now()
        first = context.services.desks.merge_desks([desk_path], lambda _p: PASSPHRASE).desks[0]
        merge_s = now() - started
        started = now()
        again = context.services.desks.merge_desks([desk_path], lambda _p: PASSPHRASE).desks[0]
        again_s = now() - started
        checked_in = context.services.registrations.counts(event_id).checked_in
    finally:
        context.close()
    raw = sqlite3.connect(raw_copy, isolation_level=None)
    try:
        for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=FULL"):
            raw.execute(f"PRAGMA {pragma}")
        started = now()
        raw.execute("BEGIN IMMEDIATE")
        raw.executemany(
            "INSERT INTO check_ins (registration_id, station, undone, checked_in_at, uid, origin) "
            "VALUES (?, 'Desk B', 0, ?, ?, ?)",
            [
                (
                    r["registration_id"],
                    r["checked_in_at"].replace(tzinfo=None).isoformat(sep=" "),
                    r["uid"],
                    r["origin"],
                )
                for r in rows
            ],
        )
        raw.execute("COMMIT")
        raw_s = now() - started
    finally:
        raw.close()
    if first.added != MERGE_CHECK_INS or again.added or again.unchanged != MERGE_CHECK_INS:
        raise RuntimeError(f"venue_desks: merge added {first.added}, then {again.added} (unchanged {again.unchanged})")
    if checked_in != MERGE_CHECK_INS:
        raise RuntimeError(f"venue_desks: {checked_in} checked in after the merge, expected {MERGE_CHECK_INS}")
    return {
        "registrations": len(codes),
        "prepare_s": prepare_s,
        "merge_s": merge_s,
        "again_s": again_s,
        "raw_s": raw_s,
        "desk_bytes": desk_path.stat().st_size,
    }


def _private_postgres():
    spec = importlib.util.spec_from_file_location("bench_pg_cluster", REPO_ROOT / "tests" / "pg_cluster.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.PrivatePostgres


def measure_offline(workdir: Path, people: int) -> dict[str, Any] | str:
    """The server-lost figures, or why they could not be measured here."""
    from bench.cases.checkin_scan import build
    from ssc_desktop.app import compose
    from ssc_desktop.services.offline_desk import OfflineDesk

    server_class = _private_postgres()
    reason = server_class.available()
    if reason is not None:
        return reason
    server = server_class()
    try:
        server.create()
        event_id, codes = build(server.url, people)
        ids = sorted(codes)
        context = compose(server.url)
        try:
            desk = OfflineDesk(
                context.database.engine, context.services.checkin, event_id, "Bench desk", folder=workdir
            )
            started = now()
            desk.start()
            copy_s = now() - started
            for rid in ids[:20]:
                desk.scan(event_id, codes[rid], station="Bench desk")
            server.stop()
            server.wait_until_down()
            started = now()
            verdict = desk.scan(event_id, codes[ids[20]], station="Bench desk")
            switch_s = now() - started
            if not (verdict.accepted and verdict.offline):
                raise RuntimeError(f"venue_desks: the first scan without the server gave {verdict.kind.value}")
            for rid in ids[21 : 21 + QUEUED - 1]:
                desk.scan(event_id, codes[rid], station="Bench desk")
            waiting = desk.waiting()
            server.start()
            started = now()
            back = desk.try_to_come_back()
            send_s = now() - started
            sent = sum(report.sent for report in desk.sends)
            freeze_s = _frozen_scan(server, desk, event_id, [codes[rid] for rid in ids[21 + QUEUED : 41 + QUEUED]])
            desk.close()
            checked_in = context.services.registrations.counts(event_id).checked_in
        finally:
            context.close()
        if not back or waiting != QUEUED or sent != QUEUED or checked_in != 20 + QUEUED + 20:
            raise RuntimeError(f"venue_desks: back={back}, waiting {waiting}, sent {sent}, {checked_in} checked in")
        return {"copy_s": copy_s, "switch_s": switch_s, "send_s": send_s, "freeze_s": freeze_s, "people": len(codes)}
    finally:
        server.destroy()


def _server_processes(server) -> list[int]:
    """The private cluster's postmaster and its children, by pid (the bench's own server only)."""
    import os

    postmaster = int((server.cluster / "postmaster.pid").read_text().splitlines()[0])
    children = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == postmaster:
                children.append(int(entry.name))
    assert os.getpid() not in children
    return [postmaster, *children]


def _frozen_scan(server, desk, event_id: int, codes: list[str]) -> float:
    """Seconds for the first scan once the server is frozen; the desk is back on the server afterwards."""
    import os
    import signal
    import time

    for code in codes[:10]:  # online again
        if desk.scan(event_id, code, station="Bench desk").offline:
            raise RuntimeError("venue_desks: the desk was still offline after sending its queue")
    frozen = _server_processes(server)
    try:
        for pid in frozen:
            os.kill(pid, signal.SIGSTOP)
        started = now()
        verdict = desk.scan(event_id, codes[10], station="Bench desk")
        freeze_s = now() - started
        if not (verdict.accepted and verdict.offline):
            raise RuntimeError(f"venue_desks: the first scan on a frozen server gave {verdict.kind.value}")
        for code in codes[11:]:
            desk.scan(event_id, code, station="Bench desk")
    finally:
        for pid in frozen:
            os.kill(pid, signal.SIGCONT)
    deadline = time.monotonic() + 60
    while not desk.try_to_come_back():
        if time.monotonic() > deadline:
            raise RuntimeError("venue_desks: the desk did not come back after the server thawed")
        time.sleep(0.2)
    return freeze_s


def run(options: Options) -> list[Figure]:
    merge = measure_merge(options.workdir, options.members)
    n = f"{merge['registrations']:,} registrations"
    figures = [
        Figure(
            "venue_desks",
            "prepare_s",
            "prepare a desk file (setup, no target)",
            merge["prepare_s"],
            "s",
            note=f"{n}; {merge['desk_bytes'] / 1e6:.1f} MB sealed (scrypt + AES-GCM)",
        ),
        Figure(
            "venue_desks",
            "merge_s",
            f"merge a desk file, {MERGE_CHECK_INS:,} check-ins",
            merge["merge_s"],
            "s",
            MERGE_TARGET_S,
            raw=merge["raw_s"],
            raw_label="sqlite3: the same INSERTs, one transaction",
            note=f"into {n}; decrypting the file included",
        ),
        Figure(
            "venue_desks",
            "merge_again_s",
            "merge the same file again (changes nothing)",
            merge["again_s"],
            "s",
            MERGE_TARGET_S,
        ),
    ]
    offline = measure_offline(options.workdir, options.members)
    if isinstance(offline, str):
        options.log(f"  venue_desks: server-lost half skipped: {offline}")
        return figures
    people = f"{offline['people']:,} registrations"
    return figures + [
        Figure(
            "venue_desks", "local_copy_s", "desk's local copy built (no target)", offline["copy_s"], "s", note=people
        ),
        Figure(
            "venue_desks",
            "switch_s",
            "first scan after the server went",
            offline["switch_s"],
            "s",
            SWITCH_TARGET_S,
            note="server stopped with pg_ctl -m immediate; answered from the local copy",
        ),
        Figure(
            "venue_desks",
            "send_s",
            f"server back: {QUEUED:,} queued check-ins sent",
            offline["send_s"],
            "s",
            SEND_TARGET_S,
            note=people,
        ),
        Figure(
            "venue_desks",
            "freeze_s",
            "first scan after the server froze",
            offline["freeze_s"],
            "s",
            SWITCH_TARGET_S,
            note="SIGSTOP on the server: no answer, no closed connection (Wi-Fi gone silently)",
        ),
    ]
