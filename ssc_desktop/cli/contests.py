"""`ssc contest …`: set up contests, import entries, add judges, assign, judge sheets, results."""

from __future__ import annotations

import argparse
from pathlib import Path

import dataclasses

from ssc_desktop.cli.output import Table, emit, emit_rows, emit_warnings
from ssc_desktop.errors import DomainError


def add_commands(commands, json_flag: argparse.ArgumentParser) -> None:
    group = commands.add_parser("contest", help="poster, e-poster and essay contests").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    create = group.add_parser("create", parents=[json_flag], help="a new contest with the kind's rubric template")
    create.add_argument("--event", type=int, required=True, metavar="ID")
    create.add_argument("--title", required=True)
    create.add_argument("--kind", default="poster", help="poster, e-poster or essay")
    create.add_argument("--category", action="append", default=[], help="a category (repeat, in order)")
    create.add_argument("--theme", default="")
    create.add_argument("--judges-per-entry", type=int, default=3, metavar="K")
    create.add_argument("--opens", metavar="'YYYY-MM-DD HH:MM'", help="judging opens (event's time zone)")
    create.add_argument("--closes", metavar="'YYYY-MM-DD HH:MM'", help="judging closes (event's time zone)")
    blind = create.add_mutually_exclusive_group()
    blind.add_argument("--blind", dest="blind", action="store_true", default=None, help="(the default for essays)")
    blind.add_argument("--open", dest="blind", action="store_false", help="judges see authors")
    create.set_defaults(handler=create_contest)
    listing = group.add_parser("list", parents=[json_flag], help="an event's contests")
    listing.add_argument("--event", type=int, required=True, metavar="ID")
    listing.set_defaults(handler=list_contests)

    entries = group.add_parser("entries", help="a contest's entries").add_subparsers(
        dest="entries_action", required=True, metavar="ACTION"
    )
    imp = entries.add_parser("import", parents=[json_flag], help="entries from .xlsx or .csv (all or nothing)")
    imp.add_argument("--contest", type=int, required=True, metavar="ID")
    imp.add_argument("file")
    imp.set_defaults(handler=import_entries)
    ls = entries.add_parser("list", parents=[json_flag], help="the entries")
    ls.add_argument("--contest", type=int, required=True, metavar="ID")
    ls.set_defaults(handler=list_entries)

    judge = group.add_parser("judge", help="a contest's judges").add_subparsers(
        dest="judge_action", required=True, metavar="ACTION"
    )
    add = judge.add_parser("add", parents=[json_flag], help="add a judge with a PIN")
    add.add_argument("--contest", type=int, required=True, metavar="ID")
    add.add_argument("--name", required=True)
    add.add_argument("--pin", required=True, help="4 to 12 digits, 6 or more suggested (only its hash is kept)")
    add.add_argument("--affiliation", default="", help="school or affiliation (never judges its own)")
    add.set_defaults(handler=add_judge)
    judges = judge.add_parser("list", parents=[json_flag], help="judges and what they still owe")
    judges.add_argument("--contest", type=int, required=True, metavar="ID")
    judges.set_defaults(handler=list_judges)

    rubric = group.add_parser(
        "rubric",
        parents=[json_flag],
        help="show the rubric, or set its criteria, weights, scales, level guides, the ranking method and the "
        "tie criterion",
    )
    rubric.add_argument("--contest", type=int, required=True, metavar="ID")
    rubric.add_argument(
        "--criterion",
        action="append",
        default=[],
        metavar="NAME:WEIGHT:MIN-MAX[:STEP]",
        help='a criterion, in order (repeat; replaces the whole rubric), e.g. "Originality:2:1-10" '
        'or "Language:1:0-5:0.5"',
    )
    rubric.add_argument(
        "--guide",
        action="append",
        default=[],
        metavar="NAME:LEVELS=TEXT|LEVELS=TEXT…",
        help='what the levels of a criterion mean, e.g. "Originality:1-3=Repeats known work|8-10=A new question"',
    )
    rubric.add_argument("--method", choices=["mean", "normalized", "trimmed"], help="how judges' totals are combined")
    rubric.add_argument("--tie", metavar="NAME", help="the criterion that breaks ties ('none' for no criterion)")
    rubric.set_defaults(handler=contest_rubric)

    assign = group.add_parser("assign", parents=[json_flag], help="give each entry K judges, load balanced")
    assign.add_argument("--contest", type=int, required=True, metavar="ID")
    assign.add_argument("-k", "--judges-per-entry", type=int, default=None, metavar="K")
    assign.set_defaults(handler=assign_judges)

    sheets = group.add_parser(
        "sheets", parents=[json_flag], help="write one .xlsx per judge (--contest ID -o DIR), or `sheets import DIR`"
    )
    sheets.add_argument("words", nargs="*", metavar="import DIR")
    sheets.add_argument("--contest", type=int, metavar="ID")
    sheets.add_argument("-o", "--output", metavar="DIR")
    sheets.add_argument(
        "--keep-cleared",
        action="store_true",
        help="on import, keep scores whose cells were emptied (default: remove them, listed)",
    )
    sheets.set_defaults(handler=judge_sheets)

    results = group.add_parser("results", parents=[json_flag], help="ranks per category; -o FILE.pdf/.xlsx")
    results.add_argument("--contest", type=int, required=True, metavar="ID")
    results.add_argument("--method", choices=["mean", "normalized", "trimmed"], default=None)
    results.add_argument("-o", "--output", metavar="FILE")
    results.set_defaults(handler=show_results)

    serve = group.add_parser(
        "serve",
        help="let judges score on their phones: a web server on this laptop "
        "(prints each judge's link; Ctrl+C stops it)",
    )
    serve.add_argument("--contest", type=int, required=True, metavar="ID")
    serve.add_argument(
        "--host",
        default=None,
        metavar="H",
        help="address to listen on (default: this laptop's address on the venue network)",
    )
    serve.add_argument("--port", type=int, default=8765, metavar="P", help="port (default 8765; 0 for any free one)")
    serve.add_argument("--new-links", action="store_true", help="make new links first (every old link stops working)")
    serve.add_argument("--cards", metavar="FILE.pdf", help="also write one card per judge (name, QR, link) to print")
    serve.set_defaults(handler=serve_judges)

    lock = group.add_parser("lock", parents=[json_flag], help="freeze scores, results and awards")
    lock.add_argument("--contest", type=int, required=True, metavar="ID")
    lock.add_argument("--awards", action="store_true", help="first set 1st–3rd per category from the ranks")
    lock.set_defaults(handler=lock_contest)


def create_contest(args: argparse.Namespace, context) -> None:
    from ssc_desktop.services.contests import ContestDraft, parse_contest_kind

    from ssc_desktop.services.events import parse_local_datetime

    tz = context.services.events.get_event(args.event).timezone
    opens = parse_local_datetime(args.opens, tz, "opens") if args.opens else None
    closes = parse_local_datetime(args.closes, tz, "closes") if args.closes else None
    draft = ContestDraft(
        args.title,
        parse_contest_kind(args.kind),
        tuple(args.category),
        args.theme,
        args.blind,
        opens,
        closes,
        judges_per_entry=args.judges_per_entry,
    )
    contest = context.services.contests.create_contest(args.event, draft)
    emit(
        args,
        contest,
        lambda c: (
            f"Created contest {c['id']}: {c['title']} ({len(c['criteria'])} criteria{', blind' if c['blind'] else ''})"
        ),
    )


def list_contests(args: argparse.Namespace, context) -> None:
    from ssc_desktop.vocabulary import word

    rows = context.services.contests.list_contests(args.event)
    emit_rows(
        args,
        rows,
        lambda rs: (
            ["ID", "Title", "Kind", "Categories", "Entries", "Judges", "Blind", "Locked"],
            [
                [
                    str(c.id),
                    c.title,
                    word(c.kind),
                    ", ".join(c.categories),
                    str(c.entry_count),
                    str(c.judge_count),
                    "yes" if c.blind else "",
                    "yes" if c.locked else "",
                ]
                for c in rs
            ],
        ),
    )


def import_entries(args: argparse.Namespace, context) -> None:
    rows = context.services.contests.import_entries(args.contest, args.file)
    emit(args, {"imported": len(rows), "codes": [r.code for r in rows]}, lambda r: f"Imported {r['imported']} entries.")


def list_entries(args: argparse.Namespace, context) -> None:
    rows = context.services.contests.list_entries(args.contest)
    emit_rows(
        args,
        rows,
        lambda rs: (
            ["Code", "Category", "Title", "Authors", "School"],
            [[e.code, e.category, e.title, e.author_names, e.affiliation] for e in rs],
        ),
    )


def add_judge(args: argparse.Namespace, context) -> None:
    judge = context.services.contests.add_judge(args.contest, args.name, args.pin, args.affiliation)
    emit(args, judge, lambda j: f"Added judge {j['id']}: {j['name']}")


def list_judges(args: argparse.Namespace, context) -> None:
    rows = context.services.contests.progress(args.contest)
    emit_rows(
        args,
        rows,
        lambda rs: (
            ["ID", "Judge", "Assigned", "Done", "Still owes"],
            [[str(p.id), p.name, str(p.assigned), str(p.done), ", ".join(p.owed_codes)] for p in rs],
        ),
    )


def assign_judges(args: argparse.Namespace, context) -> None:
    report = context.services.contests.assign(args.contest, args.judges_per_entry)

    def human(r: dict) -> str:
        lines = [f"Assigned {r['added']} new judge-entry pairs ({r['total']} in all)."]
        lines += [
            f"warning: {code} is {missing} judge(s) short (conflicts or too few judges)" for code, missing in r["short"]
        ]
        return "\n".join(lines)

    emit(args, report, human)


def judge_sheets(args: argparse.Namespace, context) -> None:
    import dataclasses

    from ssc_desktop.services.contest_sheets import sheet_contest_id

    contests = context.services.contests
    if args.words:
        if args.words[0] != "import" or len(args.words) < 2:
            raise SystemExit("ssc contest sheets: error: use `sheets --contest ID -o DIR` or `sheets import DIR`")
        paths = [Path(p) for p in args.words[1:]]
        contest_id = args.contest or sheet_contest_id(paths)
        imported = contests.import_sheets(contest_id, paths, by="ssc", keep_cleared=args.keep_cleared)

        def human(r: dict) -> str:
            lines = [f"Imported the judge sheets: {r['changed']} scores changed."]
            if r["cleared"]:
                verb = "kept (--keep-cleared)" if r["kept_cleared"] else "removed"
                lines.append(f"{len(r['cleared'])} score(s) emptied in the sheets, {verb}:")
                lines += [
                    f"  {c['judge']}, {c['entry_code']}, {c['criterion']}: was {c['old_value']:g} ({c['file']})"
                    for c in r["cleared"]
                ]
            return "\n".join(lines)

        emit(
            args,
            {
                "contest": contest_id,
                "changed": imported.changed,
                "kept_cleared": imported.kept_cleared,
                "cleared": [dataclasses.asdict(c) for c in imported.cleared],
            },
            human,
        )
        return
    if args.contest is None or not args.output:
        raise SystemExit("ssc contest sheets: error: --contest ID and -o DIR are required to write sheets")
    written = context.services.exports.judge_sheets(args.contest, args.output)
    emit(
        args,
        {"files": [str(p) for p in written.paths]},
        lambda r: f"Wrote {len(r['files'])} judge sheets to {args.output}",
    )


def show_results(args: argparse.Namespace, context) -> None:
    if args.output:
        written = context.services.exports.contest_results(args.contest, args.method, args.output)
        warnings = list(written.warnings)
        emit(args, {"path": str(written.path), "warnings": warnings}, lambda r: f"Wrote the results to {r['path']}")
        emit_warnings(args, warnings)
        return
    results = context.services.contests.results(args.contest, args.method)
    rows = list(results.results.entries)
    emit_rows(args, rows, lambda rs: _results_table(rs, results))
    if not args.json:
        for codes in results.results.ties:
            print(f"tie: {', '.join(codes)} remain equal after every tie-break")


def _results_table(rows: list, results) -> Table:
    from ssc_desktop.vocabulary import PLACE_NAMES

    def number(value: float | None) -> str:
        return "" if value is None else f"{value:.2f}"

    body = [
        [
            r.category,
            "" if r.rank is None else f"{r.rank}{'=' if r.tied else ''}",
            r.code,
            results.entries[r.id].title,
            str(r.judges),
            number(r.mean),
            number(r.normalized),
            number(r.trimmed),
            PLACE_NAMES.get(results.awards.get(r.id, 0), ""),
        ]
        for r in rows
    ]
    return ["Category", "Rank", "Code", "Title", "Judges", "Mean", "Normalized", "Trimmed", "Award"], body


def lock_contest(args: argparse.Namespace, context) -> None:
    contests = context.services.contests
    if args.awards:
        contests.set_awards(args.contest, contests.suggest_awards(args.contest))
    contest = contests.lock(args.contest, by="ssc")
    emit(args, contest, lambda c: f"Locked {c['title']}.")


def serve_judges(args: argparse.Namespace, context) -> None:
    import threading

    from ssc_desktop import languages
    from ssc_desktop.cli.output import shown
    from ssc_desktop.web.judge_server import JudgeServer, best_address

    contest = context.services.contests.get_contest(args.contest)
    if args.new_links:
        context.services.judge_phones.new_links()
    # Phones asking for no language SSC Desktop ships get the one `ssc` speaks (LANGUAGE/LANG).
    language = languages.environment_language().code
    server = JudgeServer(
        context.services.judge_phones, contest.id, args.host or best_address(), args.port, language=language
    ).start()
    try:
        print(f"Judges of {contest.title} can score on their phones at {server.base_url()}")
        if server.host.startswith("127."):
            print("note: 127.0.0.1 is reachable from this laptop only; use --host with its Wi-Fi address.")
        links = server.links()
        for link in links:
            print(f"  {shown(link.name)}: {link.url}")
        if args.cards:
            context.services.exports.judge_cards(contest.title, [(link.name, link.url) for link in links], args.cards)
            print(f"Wrote the judges' QR cards to {args.cards}")
        print("Each judge opens their own link and enters their PIN. Press Ctrl+C to stop.", flush=True)
        threading.Event().wait()
    finally:
        server.stop()
        print("Stopped the judges' server.")


def contest_rubric(args: argparse.Namespace, context) -> None:
    from ssc_desktop.services.contest_rubrics import parse_criterion, parse_guide

    contests = context.services.contests
    contest = contests.get_contest(args.contest)
    if args.criterion or args.guide:
        drafts = [parse_criterion(spec) for spec in args.criterion] or [c.draft() for c in contest.criteria]
        guides = {}
        for name, guide in map(parse_guide, args.guide):
            if name.casefold() not in {d.name.casefold() for d in drafts}:
                raise DomainError(
                    "contest.rubric_unknown_criterion", name=name, names=", ".join(d.name for d in drafts)
                )
            guides[name.casefold()] = guide
        drafts = [dataclasses.replace(d, guide=guides.get(d.name.casefold(), d.guide)) for d in drafts]
        contest = contests.set_rubric(contest.id, tuple(drafts))
    if args.method or args.tie:
        tie = contest.tie_criterion_id
        if args.tie:
            named = {c.name.casefold(): c.id for c in contest.criteria}
            if args.tie.strip().casefold() == "none":
                tie = None
            elif args.tie.strip().casefold() in named:
                tie = named[args.tie.strip().casefold()]
            else:
                raise DomainError(
                    "contest.rubric_unknown_criterion", name=args.tie, names=", ".join(c.name for c in contest.criteria)
                )
        contest = contests.set_method(contest.id, args.method or contest.method, tie)
    tie_name = next((c.name for c in contest.criteria if c.id == contest.tie_criterion_id), "")
    rows = [
        {
            "name": c.name,
            "weight": c.weight,
            "min": c.scale_min,
            "max": c.scale_max,
            "step": c.step,
            "scale": c.scale,
            "guide": [list(g) for g in c.guide],
            "tie": c.name == tie_name,
        }
        for c in contest.criteria
    ]
    if args.json:
        emit(
            args,
            {"contest": contest.id, "method": contest.method, "tie": tie_name or None, "criteria": rows},
            lambda r: "",
        )
        return
    from ssc_desktop.cli.output import format_table, shown

    print(
        shown(
            f"{contest.title}: ranked by {contest.method}, ties broken by "
            f"{tie_name or 'no criterion'}, then by the number of judges"
        )
    )
    print(
        format_table(
            ["Criterion", "Weight", "Scale", "Level guide"],
            [
                [
                    r["name"] + (" (tie-break)" if r["tie"] else ""),
                    f"{r['weight']:g}",
                    r["scale"],
                    " · ".join(f"{lv}: {tx}" for lv, tx in r["guide"]),
                ]
                for r in rows
            ],
        )
    )
