"""roster_import: importing ../shared/data/roster-30k.xlsx into a fresh SQLite database.

Each measurement runs in a fresh process, alternating sides, RUNS times each:
  app side: RosterImportService.import_roster() of the whole file into a new, migrated
            database (opening the database is not timed; reading, checking, duplicate
            matching and the one-transaction insert are), and the process's VmHWM.
  raw side: openpyxl's own read-only iteration over the same file:
            load_workbook(read_only=True) and `for row in ws.iter_rows(values_only=True)`.
Targets: the import takes at most 0.5x the raw iteration (medians of the same run: the import reads
with python-calamine, openpyxl stays the yardstick) and the importing process peaks under 200 MB.
Skipped with a message when the file is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.core import REPO_ROOT, Figure, Options, child_env, median, memory_mb, now, run_child

DESCRIPTION = "import roster-30k.xlsx: time against openpyxl's own read-only iteration, peak memory"
ROSTER = REPO_ROOT.parent / "shared" / "data" / "roster-30k.xlsx"
RUNS = 3
RATIO_TARGET = 0.5
MEMORY_TARGET_MB = 200.0


def measure_app(roster: Path, db: Path) -> dict[str, Any]:
    from ssc_desktop.app import compose

    context = compose(db)
    try:
        started = now()
        result = context.services.roster_import.import_roster(roster, "SSC Bench")
        seconds = now() - started
        count = context.services.members.count_members()
    finally:
        context.close()
    return {
        "seconds": seconds,
        "added": result.added,
        "rows": result.rows,
        "members": count,
        "problems": len(result.problems),
        "hwm_mb": memory_mb().get("VmHWM"),
    }


def measure_raw(roster: Path) -> dict[str, Any]:
    from openpyxl import load_workbook

    started = now()
    workbook = load_workbook(roster, read_only=True)
    worksheet = workbook.active
    rows = 0
    for _row in worksheet.iter_rows(values_only=True):
        rows += 1
    workbook.close()
    seconds = now() - started
    return {"seconds": seconds, "rows": rows, "hwm_mb": memory_mb().get("VmHWM")}


def run(options: Options) -> list[Figure]:
    if not ROSTER.is_file():
        options.log(f"  roster_import: SKIPPED: {ROSTER} is absent (make it with ../shared/data/make_rosters.py)")
        return []
    work = Path(tempfile.mkdtemp(prefix="roster_import-", dir=options.workdir))
    env = child_env(work / "config", work / "data")
    ours: list[dict[str, Any]] = []
    raw: list[dict[str, Any]] = []
    for number in range(RUNS):
        raw.append(run_child(["-m", "bench.cases.roster_import", "--side", "raw", "--roster", str(ROSTER)], env))
        db = work / f"import-{number}.sqlite3"
        ours.append(
            run_child(
                ["-m", "bench.cases.roster_import", "--side", "app", "--roster", str(ROSTER), "--db", str(db)], env
            )
        )
        options.log(
            f"  roster_import: run {number + 1}: import {ours[-1]['seconds']:.2f} s "
            f"({ours[-1]['added']:,} added), openpyxl iteration {raw[-1]['seconds']:.2f} s"
        )
    for result in ours:
        if result["members"] != result["added"] or result["added"] < raw[0]["rows"] - 10:
            raise RuntimeError(f"import stored {result['members']} members of {raw[0]['rows']} rows: {result}")
    ours_s = median([r["seconds"] for r in ours])
    raw_s = median([r["seconds"] for r in raw])
    ratio = ours_s / raw_s
    options.log(
        f"  roster_import: import {ours_s:.2f} s, openpyxl {raw_s:.2f} s, ratio {ratio:.2f}x "
        f"(target <= {RATIO_TARGET}x); peak memory {max(r['hwm_mb'] for r in ours):.0f} MB"
    )
    return [
        Figure(
            "roster_import",
            "import_s",
            f"import {ours[0]['rows']:,} rows, median of {RUNS}",
            ours_s,
            "s",
            raw=raw_s,
            raw_label="openpyxl read-only iteration",
            note=f"{ROSTER.name}",
        ),
        Figure(
            "roster_import",
            "ratio",
            "import time / openpyxl iteration",
            ratio,
            "x",
            RATIO_TARGET,
            note="each side in fresh processes, alternating",
        ),
        Figure(
            "roster_import",
            "hwm_mb",
            "peak resident memory (VmHWM)",
            max(r["hwm_mb"] for r in ours),
            "MB",
            MEMORY_TARGET_MB,
            raw=max(r["hwm_mb"] for r in raw),
            raw_label="openpyxl iteration process",
        ),
    ]


def _child(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="bench.cases.roster_import")
    parser.add_argument("--side", choices=["app", "raw"], required=True)
    parser.add_argument("--roster", required=True)
    parser.add_argument("--db")
    args = parser.parse_args(argv)
    import openpyxl  # noqa: F401 - loaded before the clock starts on both sides
    import python_calamine  # noqa: F401

    if args.side == "app":
        result = measure_app(Path(args.roster), Path(args.db))
    else:
        result = measure_raw(Path(args.roster))
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(_child(sys.argv[1:]))
