"""Every writer in output/ keeps one contract (output.atomic_export).

A failed write keeps the old file as it was and says export.write_failed; a cancel leaves
no file. The failure is a real full disk (a tmpfs the test fills) where the test may mount
one; the cancel is an Event already set, so the writer stops at its first check or, at
the latest, just before its rename.
"""

from __future__ import annotations

import subprocess
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

import ssc_desktop
from ssc_desktop.app import compose
from ssc_desktop.errors import DomainError
from ssc_desktop.vocabulary import CertificateKind
from ssc_desktop.long_work import WorkCancelled
from ssc_desktop.output.agenda_pdf import write_agenda_pdf
from ssc_desktop.output.agenda_xlsx import write_agenda_xlsx
from ssc_desktop.output.attendance_xlsx import write_attendance_xlsx
from ssc_desktop.output.certificate_pdf import write_certificates_pdf
from ssc_desktop.output.contest_results_pdf import write_results_pdf
from ssc_desktop.output.contest_results_xlsx import write_results_xlsx
from ssc_desktop.output.judge_sheet_xlsx import write_judge_sheet
from ssc_desktop.output.report_pdf import write_report_pdf
from ssc_desktop.output.roster_export import write_roster
from ssc_desktop.output.signin_pdf import write_signin_pdf
from ssc_desktop.output.ticket_pdf import write_ticket_pdf

OUTPUT_DIR = Path(ssc_desktop.__file__).parent / "output"
REUNION = "3rd SSC India Reunion"

Writer = Callable[[object, Path, threading.Event | None], object]


def _writers() -> dict[str, tuple[str, Writer]]:
    """name -> (file suffix, write(services, path, cancel))."""

    def event_id(services) -> int:
        return next(e.id for e in services.events.list_events() if e.title == REUNION)

    def contest(services):
        return services.contests.list_contests(event_id(services))[0]

    def badges(services, path, cancel):
        return services.badges.write_badges(event_id(services), path, cancel=cancel)

    def ticket(services, path, cancel):  # one small file, nothing to cancel midway
        registration = services.registrations.list_registrations(event_id(services))[0]
        return write_ticket_pdf(services.badges.ticket(registration.id), path)

    def judge_sheet(services, path, cancel):
        judge = services.contests.list_judges(contest(services).id)[0]
        return write_judge_sheet(services.contests.judge_work(judge.id), path)

    def roster_problems(services, path, cancel):  # written at once
        from ssc_desktop.output.roster_report import write_roster_report
        from ssc_desktop.services.roster_plan import RowProblem

        problem = RowProblem(
            file="roster.xlsx",
            sheet="Members",
            row=8,
            column="D",
            header="E-mail",
            field="email",
            value='=HYPERLINK("x")',
            severity="error",
            code="member.bad_email",
            params={},
        )
        return write_roster_report([problem], path)

    return {
        "agenda.pdf": (".pdf", lambda s, p, c: write_agenda_pdf(s.programme.programme(event_id(s)), p, cancel=c)),
        "agenda.xlsx": (".xlsx", lambda s, p, c: write_agenda_xlsx(s.programme.programme(event_id(s)), p, cancel=c)),
        "attendance.xlsx": (
            ".xlsx",
            lambda s, p, c: write_attendance_xlsx(s.attendance.sheet(event_id(s)), p, cancel=c),
        ),
        "signin.pdf": (".pdf", lambda s, p, c: write_signin_pdf(s.attendance.sheet(event_id(s)), p, cancel=c)),
        "roster.xlsx": (".xlsx", lambda s, p, c: write_roster(s.members.list_members(), p, cancel=c)),
        "roster.csv": (".csv", lambda s, p, c: write_roster(s.members.list_members(), p, cancel=c)),
        "report.pdf": (".pdf", lambda s, p, c: write_report_pdf(s.reports.report(event_id(s)), p, cancel=c)),
        "certificates.pdf": (
            ".pdf",
            lambda s, p, c: write_certificates_pdf(
                s.certificates.plan(event_id(s), CertificateKind.PARTICIPATION), p, cancel=c
            ),
        ),
        "results.pdf": (".pdf", lambda s, p, c: write_results_pdf(s.contests.results(contest(s).id), p, cancel=c)),
        "results.xlsx": (".xlsx", lambda s, p, c: write_results_xlsx(s.contests.results(contest(s).id), p, cancel=c)),
        "badges.pdf": (".pdf", badges),
        "ticket.pdf": (".pdf", ticket),
        "judge-sheet.xlsx": (".xlsx", judge_sheet),
        "roster-problems.csv": (".csv", roster_problems),
        "roster-problems.xlsx": (".xlsx", roster_problems),
    }


WRITERS = _writers()
OLD_CONTENT = b"the file as it was before this export\n"


@pytest.fixture(scope="module")
def demo_services(tmp_path_factory):
    from ssc_desktop.app import create_demo

    path = tmp_path_factory.mktemp("contract") / "demo.sqlite3"
    context, _summary = create_demo(path)
    yield context.services
    context.close()


def _leftovers(folder: Path, keep: set[str]) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_a_failed_write_keeps_the_old_file(name: str, demo_services, small_disk):
    disk = small_disk("1m")
    full_disk = disk.path
    suffix, write = WRITERS[name]
    target = full_disk / f"export{suffix}"
    target.write_bytes(OLD_CONTENT)
    disk.fill()
    with pytest.raises(DomainError) as raised:
        write(demo_services, target, None)
    assert raised.value.code == "export.write_failed"
    assert str(target) in str(raised.value)
    assert target.read_bytes() == OLD_CONTENT
    assert _leftovers(full_disk, {target.name, "filler"}) == []


# One small file written at once: the ticket and a judge's sheet take no cancel.
CANCELLABLE = sorted(set(WRITERS) - {"ticket.pdf", "judge-sheet.xlsx", "roster-problems.csv", "roster-problems.xlsx"})


@pytest.mark.parametrize("name", CANCELLABLE)
def test_cancel_leaves_no_file(name: str, demo_services, tmp_path: Path):
    suffix, write = WRITERS[name]
    cancel = threading.Event()
    cancel.set()
    target = tmp_path / f"export{suffix}"
    with pytest.raises(WorkCancelled):
        write(demo_services, target, cancel)
    assert list(tmp_path.iterdir()) == []


def test_a_cancel_that_comes_during_the_last_page_still_leaves_no_file(tmp_path: Path):
    """atomic_export checks the cancel once more just before the rename."""
    from ssc_desktop.output import atomic_export

    cancel = threading.Event()
    target = tmp_path / "late.pdf"
    with pytest.raises(WorkCancelled):
        with atomic_export(target, cancel) as temporary:
            temporary.write_bytes(b"%PDF-1.4 the whole document")
            cancel.set()  # the person pressed Cancel while the last page was being written
    assert list(tmp_path.iterdir()) == []


def test_a_path_under_a_plain_file_is_said_in_words(demo_services, tmp_path: Path):
    plain = tmp_path / "not-a-folder"
    plain.write_text("x")
    for name in ("roster.csv", "judge-sheet.xlsx"):
        suffix, write = WRITERS[name]
        with pytest.raises(DomainError) as raised:
            write(demo_services, plain / f"export{suffix}", None)
        assert raised.value.code == "export.write_failed"
    from ssc_desktop.output.judge_sheet_xlsx import write_judge_sheets

    with pytest.raises(DomainError) as raised:
        write_judge_sheets([], plain / "sheets")
    assert raised.value.code == "export.write_failed"


def test_every_writer_goes_through_atomic_export():
    """No writer in output/ makes, saves or renames its target file by itself."""
    import re

    by_hand = re.compile(r"\b(atomic_output|_temporary_beside|mkstemp|os\.replace|os\.rename)\(")
    offenders = [
        f"{path.name}:{number}: {line.strip()}"
        for path in sorted(OUTPUT_DIR.glob("*.py"))
        if path.name != "__init__.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if by_hand.search(line)
    ]
    assert offenders == []
    assert len(WRITERS) >= 15


def test_cli_contest_sheets_under_a_plain_file(tmp_path: Path):
    """`ssc contest sheets -o <a path under a plain file>` ended in a NotADirectoryError traceback."""
    import sys

    from ssc_desktop.app import create_demo

    database = tmp_path / "demo.sqlite3"
    context, _summary = create_demo(database)
    contest_id = context.services.contests.list_contests(_summary.reunion_event_id)[0].id
    context.close()
    plain = tmp_path / "plain"
    plain.write_text("x")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "ssc_desktop.cli",
            "--db",
            str(database),
            "contest",
            "sheets",
            "--contest",
            str(contest_id),
            "-o",
            str(plain / "sheets"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr and done.stderr.startswith("ssc: error: Could not write")
    _ = compose  # the services module stays importable without Qt
