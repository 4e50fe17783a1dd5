"""python -m bench [--only NAME ...] [--json] [--members N] [--strict]"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

from bench import cases
from bench.core import Figure, Options, format_figure, machine


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description="SSC Desktop performance bench.")
    parser.add_argument(
        "--only",
        action="append",
        metavar="NAME",
        choices=sorted(cases.CASES),
        help="run only this case (repeatable; comma-separated also works)",
    )
    parser.add_argument("--json", action="store_true", help="print machine-readable results on stdout")
    parser.add_argument(
        "--members", type=int, default=30000, metavar="N", help="members for members_view (default 30000)"
    )
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--list", action="store_true", help="list the cases and exit")
    # Let --only take "a,b" as well as repeated flags.
    if argv is None:
        argv = sys.argv[1:]
    expanded: list[str] = []
    for arg in argv:
        if arg.startswith("--only=") and "," in arg:
            expanded += [f"--only={name}" for name in arg.split("=", 1)[1].split(",")]
        else:
            expanded.append(arg)
    argv = expanded
    for index, arg in enumerate(argv[:-1]):
        if arg == "--only" and "," in argv[index + 1]:
            names = argv[index + 1].split(",")
            argv = argv[:index] + [part for name in names for part in ("--only", name)] + argv[index + 2 :]
            break
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.list:
        for name in cases.CASES:
            print(f"{name:<16}{cases.load(name).DESCRIPTION}")
        return 0
    names = args.only or list(cases.CASES)
    # Progress goes to stderr when stdout carries JSON.
    out = sys.stderr if args.json else sys.stdout

    def log(text: str) -> None:
        print(text, file=out, flush=True)

    info = machine()
    log(
        f"machine: {info['cores']} cores ({info['cpu']}), {info['system']}, Python {info['python']}, "
        f"PySide6 {info['pyside6']}, Qt {info['qt']}"
    )
    workdir = Path(tempfile.mkdtemp(prefix="ssc-bench-"))
    results: list[dict] = []
    all_figures: list[Figure] = []
    failed = False
    started = time.perf_counter()
    try:
        for name in names:
            case_started = time.perf_counter()
            log(f"{name}: {cases.load(name).DESCRIPTION}")
            options = Options(members=args.members, workdir=workdir, log=log)
            try:
                figures = cases.load(name).run(options)
            except Exception as error:  # noqa: BLE001 - one broken case must not hide the others
                failed = True
                log(f"{name:<14}ERROR: {error}")
                results.append({"name": name, "error": str(error), "figures": []})
                continue
            for figure in figures:
                log(format_figure(figure))
            all_figures += figures
            results.append(
                {
                    "name": name,
                    "seconds": round(time.perf_counter() - case_started, 2),
                    "figures": [figure.as_dict() for figure in figures],
                }
            )
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    missed = [f"{f.case}.{f.key}" for f in all_figures if f.missed]
    errors = [r["name"] for r in results if "error" in r]
    summary = f"MISSED {len(missed)} target(s): {', '.join(missed)}" if missed else "all measured targets met"
    if errors:
        summary += f"; ERROR in {', '.join(errors)}"
    log(f"bench took {time.perf_counter() - started:.0f} s; {summary}")
    if args.json:
        print(json.dumps({"machine": info, "cases": results, "missed": missed}, ensure_ascii=False, indent=2))
    if failed:
        return 2
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
