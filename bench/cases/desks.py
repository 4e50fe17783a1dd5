"""desks: four check-in desks, four processes, scanning overlapping badges on one database.

Setup (not timed): an event with PEOPLE registered members (built with the services) on a
fresh SQLite file in the bench's work folder, and on PostgreSQL in a schema of its own
(SSC_BENCH_PG_URL, else SSC_TEST_PG_URL; without either the PostgreSQL half is skipped
with a note). Badges are dealt in overlapping windows: desk n scans codes n*W/2 .. n*W/2+W
(W = 2 * PEOPLE / DESKS, wrapping round), each in its own shuffled order, so every badge
reaches two desks and about one scan in two is someone already in.

App side: DESKS child processes (python -m bench.cases.desks --desk ...), each composing the
app over the database, get ready, wait for "go" on stdin, then call CheckInService.scan for
each of their codes, timing each call (scan to committed verdict). They report their
latencies, their ACCEPTED registrations and their wall-clock span.

Raw side, on a second copy of the same data: the same children with --raw do the same
decision by hand: SQLite through the bare sqlite3 module (BEGIN IMMEDIATE, the standing
check-in SELECT, INSERT when there is none, COMMIT; the app's PRAGMAs), PostgreSQL through
bare psycopg (SELECT ... FOR UPDATE on the registration, the SELECT, INSERT, COMMIT).

Figures: check-ins per second over all desks (accepted ones / the span from the first desk's
start to the last desk's end), p99 scan-to-verdict latency over all scans but each desk's
first WARMUP; afterwards the
database must hold one standing check-in per person and exactly the ACCEPTED ones.
Targets: >= 200 check-ins/s on each backend; p99 < 50 ms on SQLite, < 30 ms on PostgreSQL.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

from bench.core import REPO_ROOT, Figure, Options, child_env, median, percentile

DESCRIPTION = "4 desk processes scanning overlapping badges: check-ins/s and p99 latency, SQLite and PostgreSQL"
PEOPLE = 2000
DESKS = 4
RATE_FLOOR = 200.0
P99_TARGET_MS = {"sqlite": 50.0, "postgresql": 30.0}
STATIONS = [f"Desk {n + 1}" for n in range(DESKS)]
# A desk's first scans build and cache its statements (about 100 ms): counted in the rate,
# left out of the latencies, as checkin_scan leaves out its warm-up.
WARMUP = 5


# -- setup ------------------------------------------------------------------------------------------
def build(target: str) -> tuple[int, dict[int, str]]:
    from bench.cases.checkin_scan import build as build_event

    event_id, codes = build_event(target, PEOPLE)  # compose() takes a path or a URL
    return event_id, codes


def windows(codes: dict[int, str]) -> list[list[str]]:
    ids = sorted(codes)
    width = 2 * len(ids) // DESKS
    dealt = []
    for n in range(DESKS):
        mine = [ids[(n * width // 2 + k) % len(ids)] for k in range(width)]
        random.Random(n).shuffle(mine)
        dealt.append([codes[i] for i in mine])
    return dealt


def pg_base_url() -> str | None:
    return (os.environ.get("SSC_BENCH_PG_URL") or os.environ.get("SSC_TEST_PG_URL") or "").strip() or None


def pg_schema(base: str) -> tuple[str, str]:
    """A new schema on the server: its name and a URL whose connections use it."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from ssc_desktop.db import database_url

    schema = f"ssc_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(database_url(base), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    finally:
        admin.dispose()
    url = make_url(database_url(base)).update_query_dict({"options": f"-csearch_path={schema}"})
    return schema, url.render_as_string(hide_password=False)


def drop_schema(base: str, schema: str) -> None:
    from sqlalchemy import create_engine, text

    from ssc_desktop.db import database_url

    admin = create_engine(database_url(base), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    finally:
        admin.dispose()


# -- the desks ------------------------------------------------------------------------------------
def run_desks(target: str, event_id: int, dealt: list[list[str]], raw: bool, workdir: Path) -> list[dict[str, Any]]:
    env = child_env(workdir / "config", workdir / "data")
    children = []
    for n, codes in enumerate(dealt):
        batch = workdir / f"desk-{n + 1}.txt"
        batch.write_text("\n".join(codes) + "\n", encoding="utf-8")
        command = [
            sys.executable,
            "-m",
            "bench.cases.desks",
            "--desk",
            "--db",
            target,
            "--event",
            str(event_id),
            "--station",
            STATIONS[n],
            "--codes",
            str(batch),
        ] + (["--raw"] if raw else [])
        children.append(
            subprocess.Popen(
                command,
                env=env,
                cwd=REPO_ROOT,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        )
    for child in children:  # each has opened the database and read its codes
        line = child.stdout.readline()
        if line.strip() != "ready":
            raise RuntimeError(f"desks: a desk did not start: {line}{child.stderr.read()[-3000:]}")
    for child in children:
        child.stdin.write("go\n")
        child.stdin.flush()
    results = []
    for child in children:
        out, err = child.communicate(timeout=300)
        if child.returncode != 0:
            raise RuntimeError(f"desks: a desk exited with {child.returncode}:\n{err[-3000:]}")
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results


def desk_main(args: argparse.Namespace) -> None:
    codes = Path(args.codes).read_text(encoding="utf-8").split()
    scan = _raw_desk(args) if args.raw else _app_desk(args)
    print("ready", flush=True)
    sys.stdin.readline()
    latencies, accepted = [], []
    started = time.time()
    for code in codes:
        begun = time.perf_counter()
        registration_id = scan(code)
        latencies.append((time.perf_counter() - begun) * 1000)
        if registration_id is not None:
            accepted.append(registration_id)
    ended = time.time()
    print(json.dumps({"started": started, "ended": ended, "ms": latencies, "accepted": accepted}))


def _app_desk(args: argparse.Namespace):
    from ssc_desktop.app import compose

    checkin = compose(args.db).services.checkin

    def scan(code: str) -> int | None:
        verdict = checkin.scan(args.event, code, station=args.station)
        return verdict.registration.id if verdict.accepted else None

    return scan


def _raw_desk(args: argparse.Namespace):
    from datetime import datetime, timezone

    from ssc_desktop.db import database_url

    url = database_url(args.db)
    standing = (
        "SELECT id FROM check_ins WHERE registration_id = {p} AND list_id IS NULL "
        "AND undone = {no} AND checked_out_at IS NULL"
    )
    insert = "INSERT INTO check_ins (registration_id, checked_in_at, station, undone) VALUES ({p}, {p}, {p}, {no})"
    if url.startswith("sqlite"):
        from bench.cases.checkin_scan import raw_connection

        connection = raw_connection(Path(url.removeprefix("sqlite:///")))
        look, add = standing.format(p="?", no="0"), insert.format(p="?", no="0")

        def scan(code: str) -> int | None:
            registration_id = int(code.split(".")[2], 36)  # the code carries ids in base 36
            stamp = datetime.now(timezone.utc).replace(tzinfo=None).isoformat(sep=" ")
            connection.execute("BEGIN IMMEDIATE")
            try:
                if connection.execute(look, (registration_id,)).fetchone() is not None:
                    return None
                connection.execute(add, (registration_id, stamp, args.station))
                return registration_id
            finally:
                connection.execute("COMMIT")

        return scan

    import psycopg

    # autocommit: each transaction() block is then its own BEGIN ... COMMIT.
    connection = psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True)
    look, add = standing.format(p="%s", no="false"), insert.format(p="%s", no="false")

    def scan(code: str) -> int | None:  # the PostgreSQL desk
        registration_id = int(code.split(".")[2], 36)  # the code carries ids in base 36
        with connection.transaction(), connection.cursor() as cursor:
            cursor.execute("SELECT id FROM registrations WHERE id = %s FOR UPDATE", (registration_id,))
            cursor.execute(look, (registration_id,))
            if cursor.fetchone() is not None:
                return None
            cursor.execute(add, (registration_id, datetime.now(timezone.utc), args.station))
            return registration_id

    return scan


# -- checking and figures ---------------------------------------------------------------------------
def doubles_and_rows(target: str) -> tuple[int, set[tuple[int, str]]]:
    """People with more than one standing door check-in, and (registration, station) of the standing ones."""
    from sqlalchemy import create_engine, text

    from ssc_desktop.db import database_url

    engine = create_engine(database_url(target))
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                text(
                    "SELECT registration_id, station FROM check_ins WHERE list_id IS NULL "
                    "AND undone = :no AND checked_out_at IS NULL"
                ),
                {"no": False},
            ).all()
    finally:
        engine.dispose()
    per_person: dict[int, int] = {}
    for registration_id, _station in rows:
        per_person[registration_id] = per_person.get(registration_id, 0) + 1
    return sum(1 for n in per_person.values() if n > 1), {(r, s) for r, s in rows}


def measure(backend: str, target: str, raw_target: str, workdir: Path) -> dict[str, Any]:
    sides = {}
    for side, where, raw in (("app", target, False), ("raw", raw_target, True)):
        event_id, codes = build(where)
        dealt = windows(codes)
        results = run_desks(where, event_id, dealt, raw, workdir)
        doubles, standing = doubles_and_rows(where)
        accepted = [(r, STATIONS[n]) for n, result in enumerate(results) for r in result["accepted"]]
        if doubles or len(accepted) != len(set(r for r, _ in accepted)) or set(accepted) != standing:
            raise RuntimeError(
                f"desks ({backend}, {side}): {doubles} people checked in twice, "
                f"{len(accepted)} ACCEPTED for {len(standing)} standing check-ins"
            )
        span = max(r["ended"] for r in results) - min(r["started"] for r in results)
        latencies = [ms for r in results for ms in r["ms"][WARMUP:]]
        sides[side] = {
            "rate": len(accepted) / span,
            "scans": len(latencies),
            "accepted": len(accepted),
            "span": span,
            "p50": median(latencies),
            "p99": percentile(latencies, 0.99),
            "people": len(codes),
        }
    return sides


def figures(backend: str, sides: dict[str, Any]) -> list[Figure]:
    app, raw = sides["app"], sides["raw"]
    label = "SQLite file" if backend == "sqlite" else "PostgreSQL (loopback)"
    raw_label = "bare sqlite3" if backend == "sqlite" else "bare psycopg"
    note = (
        f"{DESKS} processes, {app['scans'] + DESKS * WARMUP} scans of {app['people']} badges (each at 2 desks), "
        f"{app['accepted']} accepted in {app['span']:.1f} s, 0 doubles"
    )
    return [
        Figure(
            "desks",
            f"{backend}_checkins_per_s",
            f"{label}: check-ins/s, all desks",
            round(app["rate"]),
            "check-ins/s",
            raw=round(raw["rate"]),
            raw_label=raw_label,
            note=note,
            floor=RATE_FLOOR,
        ),
        Figure(
            "desks",
            f"{backend}_scan_p50_ms",
            f"{label}: scan to verdict, p50",
            app["p50"],
            "ms",
            raw=raw["p50"],
            raw_label=raw_label,
        ),
        Figure(
            "desks",
            f"{backend}_scan_p99_ms",
            f"{label}: scan to verdict, p99",
            app["p99"],
            "ms",
            P99_TARGET_MS[backend],
            raw=raw["p99"],
            raw_label=raw_label,
        ),
    ]


def run(options: Options) -> list[Figure]:
    work = options.workdir / "desks"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    out: list[Figure] = []
    sqlite_sides = measure("sqlite", str(work / "app.sqlite3"), str(work / "raw.sqlite3"), work)
    out += figures("sqlite", sqlite_sides)
    base = pg_base_url()
    if base is None:
        options.log("  desks: PostgreSQL half skipped: set SSC_BENCH_PG_URL (or SSC_TEST_PG_URL) to a server")
        return out
    schemas = []
    try:
        app_schema, app_url = pg_schema(base)
        schemas.append(app_schema)
        raw_schema, raw_url = pg_schema(base)
        schemas.append(raw_schema)
        out += figures("postgresql", measure("postgresql", app_url, raw_url, work))
    finally:
        for schema in schemas:
            drop_schema(base, schema)
    return out


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--desk", action="store_true", required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--event", type=int, required=True)
    parser.add_argument("--station", required=True)
    parser.add_argument("--codes", required=True)
    parser.add_argument("--raw", action="store_true")
    desk_main(parser.parse_args())
