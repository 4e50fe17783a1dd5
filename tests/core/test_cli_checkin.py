"""`ssc checkin` (every exit status, --batch from a file and stdin, --json), `ssc checkin-lists`, `ssc desk-note`."""

from __future__ import annotations

import io
import json
import shutil
import sys
from pathlib import Path

import pytest

from ssc_desktop.app import compose
from ssc_desktop.cli import main
from ssc_desktop.cli.checkin import EXIT_TABLE
from ssc_desktop.models import Event, RegistrationStatus
from ssc_desktop.services import tickets


@pytest.fixture
def db(demo_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_db, path)
    return path


@pytest.fixture
def ssc(capsys, db):
    def run(*argv: str | Path) -> tuple[int, str, str]:
        capsys.readouterr()
        try:
            code = main(["--db", str(db), *(str(a) for a in argv)])
        except SystemExit as exit_:  # argparse: bad arguments
            code = exit_.code
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


class Codes:
    """Ticket codes of the demo's 3rd reunion (event 2), one of each kind."""

    def __init__(self, path: Path) -> None:
        context = compose(path)
        try:
            s = context.services
            rows = s.registrations.list_registrations(2)
            codes = s.tickets.codes_for_event(2)
            with s.checkin._sessions() as session:
                secret = session.get(Event, 2).ticket_secret
            fresh = [r for r in rows if r.status == RegistrationStatus.REGISTERED and r.checked_in_at is None]
            self.fresh_rows = fresh[:4]
            self.fresh = [codes[r.id] for r in fresh[:4]]
            arrived = next(r for r in rows if r.checked_in_at is not None)
            self.arrived_row, self.arrived = arrived, codes[arrived.id]
            cancelled = next(r for r in rows if r.status == RegistrationStatus.CANCELLED)
            self.cancelled = tickets.make_code(secret, 2, cancelled.id, 1)  # printed before the cancellation
            self.waitlisted = codes[next(r for r in rows if r.status == RegistrationStatus.WAITLISTED).id]
            self.other_event = s.tickets.code_for(s.registrations.list_registrations(1)[0].id)
            lost = fresh[4]
            self.reissued_old = codes[lost.id]
            s.tickets.reissue(lost.id)
            good = self.fresh[0]
            self.forged = good[:-1] + ("A" if good[-1] != "A" else "B")
        finally:
            context.close()


@pytest.fixture
def codes(db: Path) -> Codes:
    return Codes(db)


def test_accepted_prints_one_line_with_both_scripts_and_exits_0(ssc, codes, db) -> None:
    row = codes.fresh_rows[0]
    status, out, err = ssc("checkin", "--event", 2, "--station", "Front desk 1", codes.fresh[0])
    assert status == 0, err
    lines = out.splitlines()
    assert len(lines) == 1 and lines[0].startswith("ACCEPTED  ")
    assert row.latin_name in lines[0] and row.role.value in lines[0] and row.affiliation in lines[0]
    if row.native_name:
        assert f"({row.native_name})" in lines[0]
    # Committed: a fresh look at the database sees the arrival at that station.
    context = compose(db)
    try:
        again = context.services.registrations.get_registration(row.id)
        assert again.checked_in_at is not None and again.station == "Front desk 1"
    finally:
        context.close()


def test_already_checked_in_exits_3_with_time_and_station(ssc, codes) -> None:
    status, out, _ = ssc("checkin", "--event", 2, codes.arrived)
    assert status == 3
    assert out.startswith("ALREADY   ") and codes.arrived_row.latin_name in out
    assert f"({codes.arrived_row.station})" in out and " at " in out


@pytest.mark.parametrize(
    "kind, expected_status, words",
    [
        ("cancelled", 4, "REFUSED   cancelled"),
        ("waitlisted", 4, "REFUSED   waitlisted"),
        ("other_event", 5, "REFUSED   ticket for another event: 2nd SSC India Reunion (this chapter)"),
        ("reissued_old", 5, "REFUSED   revoked"),
        ("forged", 6, "REFUSED   forged or damaged code"),
    ],
)
def test_refusals_exit_with_their_status(ssc, codes, kind, expected_status, words) -> None:
    status, out, err = ssc("checkin", "--event", 2, getattr(codes, kind))
    assert status == expected_status, (out, err)
    assert out.startswith(words) and len(out.splitlines()) == 1


def test_not_an_ssc_code_exits_6(ssc) -> None:
    status, out, _ = ssc("checkin", "--event", 2, "https://example.org/?q=1")
    assert status == 6 and out.startswith("REFUSED   not an SSC code: https://example.org/?q=1")  # as scanned


def test_bad_event_list_or_arguments_exit_1_or_2(ssc, codes) -> None:
    status, out, err = ssc("checkin", "--event", 999, codes.fresh[0])
    assert (status, out) == (1, "") and err.startswith("ssc: error: No event with id 999")
    status, out, err = ssc("checkin", "--event", 999, "not a code at all")  # the event is checked first
    assert status == 1
    status, out, err = ssc("checkin", "--event", 2, "--list", "Gala", codes.fresh[0])
    assert (status, out) == (1, "") and "check-in list" in err
    assert ssc("checkin", "--event", 2)[0] == 2  # no code, no --batch
    assert ssc("checkin", "--event", 2, "--batch", "-", codes.fresh[0])[0] == 2  # both
    assert ssc("checkin", codes.fresh[0])[0] == 2  # no --event
    assert ssc("checkin", "--event", "two", codes.fresh[0])[0] == 2


def test_json_verdict(ssc, codes) -> None:
    status, out, _ = ssc("checkin", "--event", 2, "--json", codes.fresh[1])
    assert status == 0
    data = json.loads(out)
    assert data["kind"] == "accepted" and data["accepted"] is True and data["exit_status"] == 0
    assert data["registration"]["id"] == codes.fresh_rows[1].id and data["list"] is None
    status, out, _ = ssc("--json", "checkin", "--event", 2, codes.forged)
    data = json.loads(out)
    assert status == 6 and data["kind"] == "forged" and data["registration"] is None and data["exit_status"] == 6


def test_batch_file_prints_one_verdict_a_line_and_exits_with_the_worst(ssc, codes, tmp_path) -> None:
    batch = tmp_path / "scanner.txt"
    batch.write_text(
        "# stored by the hand scanner at gate 2\n"
        f"{codes.fresh[0]}\n\n"
        f"  {codes.fresh[1].lower()}  \n"
        f"{codes.arrived}\n"
        f"{codes.waitlisted}\n",
        encoding="utf-8",
    )
    status, out, err = ssc("checkin", "--event", 2, "--station", "Gate 2", "--batch", batch)
    lines = out.splitlines()
    assert [line.split()[0] for line in lines] == ["ACCEPTED", "ACCEPTED", "ALREADY", "REFUSED"]
    assert status == 4
    assert "4 codes scanned" in err
    # All accepted: 0. Replaying the same log later: everyone is already in (3).
    only_good = tmp_path / "good.txt"
    only_good.write_text(f"{codes.fresh[2]}\n{codes.fresh[3]}\n", encoding="utf-8")
    assert ssc("checkin", "--event", 2, "--batch", only_good)[0] == 0
    status, out, _ = ssc("checkin", "--event", 2, "--batch", only_good)
    assert status == 3 and [line.split()[0] for line in out.splitlines()] == ["ALREADY", "ALREADY"]
    # The worst wins: a forged code among good ones.
    mixed = tmp_path / "mixed.txt"
    mixed.write_text(f"{codes.other_event}\n{codes.forged}\n{codes.cancelled}\n", encoding="utf-8")
    assert ssc("checkin", "--event", 2, "--batch", mixed)[0] == 6
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing yet\n\n", encoding="utf-8")
    status, out, err = ssc("checkin", "--event", 2, "--batch", empty)
    assert (status, out) == (0, "") and "0 codes scanned" in err
    status, out, err = ssc("checkin", "--event", 2, "--batch", tmp_path / "missing.txt")
    assert status == 1 and err.startswith("ssc: error: Cannot read the codes from")


def test_batch_from_stdin_as_json_lines(ssc, codes, monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{codes.fresh[0]}\n{codes.fresh[0]}\nnonsense\n"))
    status, out, _ = ssc("checkin", "--event", 2, "--batch", "-", "--json")
    verdicts = [json.loads(line) for line in out.splitlines()]
    assert [v["kind"] for v in verdicts] == ["accepted", "accepted", "not-ssc"]
    # The same code twice within two seconds (a scanner's double read) counts once.
    assert verdicts[1]["repeat"] is True and verdicts[0]["repeat"] is False
    assert status == 6


def test_checkin_on_a_list_is_not_the_door(ssc, codes, db) -> None:
    status, out, _ = ssc("checkin", "--event", 2, "--list", "banquet", "--json", codes.fresh[0])
    data = json.loads(out)
    assert status == 0 and data["list"] == "Banquet" and data["registration"]["checked_in_at"] is None
    status, out, _ = ssc("checkin", "--event", 2, "--list", "Banquet", "--station", "Hall", codes.fresh[0])
    assert status == 3 and out.startswith("ALREADY")
    # At the door the same ticket is still a first arrival.
    assert ssc("checkin", "--event", 2, codes.fresh[0])[0] == 0


def test_help_documents_the_exit_statuses(ssc) -> None:
    status, out, _ = ssc("checkin", "--help")
    assert status == 0
    for line in EXIT_TABLE.splitlines():
        assert line.strip() in out


def test_checkin_lists_commands(ssc) -> None:
    status, out, _ = ssc("checkin-lists", "--event", 2)
    assert status == 0 and "Job-hunting seminar" in out and "Banquet" in out and "(2 rows)" in out
    status, out, _ = ssc("checkin-lists", "--event", 2, "--json")
    assert [row["name"] for row in json.loads(out)] == ["Job-hunting seminar", "Banquet"]
    status, out, err = ssc("checkin-lists", "create", "--event", 2, "--name", "Poster session", "--programme-item", 9)
    assert status == 0, err
    assert out.startswith("Created check-in list") and "Poster session" in out
    status, out, err = ssc("checkin-lists", "--event", 2, "create", "--name", "poster SESSION")  # --event first
    assert status == 1 and "already has a check-in list" in err
    assert ssc("checkin-lists", "create", "--name", "No event")[0] == 2
    assert ssc("checkin-lists")[0] == 2
    status, out, _ = ssc("checkin-lists", "rename", "--event", 2, "--list", "Poster session", "--to", "E-posters")
    assert status == 0 and "E-posters" in out
    status, out, _ = ssc("checkin-lists", "counts", "--event", 2, "--list", "Banquet", "--json")
    counts = json.loads(out)
    assert status == 0 and counts["name"] == "Banquet" and counts["checked_in"] > 0
    status, _out, err = ssc("checkin-lists", "delete", "--event", 2, "--list", "Banquet")
    assert status == 1 and "check-ins" in err
    status, out, _ = ssc("checkin-lists", "delete", "--event", 2, "--list", "Banquet", "--force")
    assert status == 0 and out.startswith("Deleted “Banquet” and its")
    status, out, _ = ssc("checkin-lists", "--event", 2, "--json")
    assert [row["name"] for row in json.loads(out)] == ["Job-hunting seminar", "E-posters"]
    assert ssc("checkin-lists", "--event", 999)[0] == 1


def test_desk_note_command(ssc, codes) -> None:
    row = codes.fresh_rows[2]
    status, out, err = ssc("desk-note", "--event", 2, "--member", row.email, "Take to the green room")
    assert status == 0, err
    assert out.strip() == f"{row.latin_name}: desk note set: Take to the green room"
    status, out, _ = ssc("checkin", "--event", 2, codes.fresh[2])
    assert status == 0 and out.rstrip().endswith("· note: Take to the green room")
    status, out, _ = ssc("desk-note", "--event", 2, "--member", row.email, "", "--json")
    assert status == 0 and json.loads(out)["desk_note"] == ""
    status, _out, err = ssc("desk-note", "--event", 2, "--member", "nobody@example.org", "x")
    assert status == 1 and "nobody@example.org" in err
    assert ssc("desk-note", "--event", 2, "--member", row.email)[0] == 2


def test_killed_mid_batch_keeps_every_check_in_whose_verdict_was_shown(db: Path, codes: Codes) -> None:
    """Pulling the plug after a verdict loses nothing: the process is killed (SIGKILL, no clean-up)
    right after the third verdict line, while a fourth code is on its way in."""
    import os
    import signal
    import subprocess

    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "ssc_desktop.cli",
            "--db",
            str(db),
            "checkin",
            "--event",
            "2",
            "--station",
            "Door A",
            "--batch",
            "-",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        bufsize=1,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    shown = []
    try:
        for code in codes.fresh[:3]:
            process.stdin.write(code + "\n")
            process.stdin.flush()
            shown.append(process.stdout.readline())
        process.stdin.write(codes.fresh[3] + "\n")
        process.stdin.flush()
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(10)
    assert process.returncode == -signal.SIGKILL
    assert [line.split()[0] for line in shown] == ["ACCEPTED"] * 3, shown
    context = compose(db)
    try:
        for row in codes.fresh_rows[:3]:
            again = context.services.registrations.get_registration(row.id)
            assert again.checked_in_at is not None and again.station == "Door A", row.latin_name
    finally:
        context.close()


# -- honesty: a summary however the batch ends; echoed text cannot act on the terminal ----------
def test_a_batch_stopped_by_an_unreadable_line_says_what_it_did_then_the_error(ssc, codes, tmp_path) -> None:
    batch = tmp_path / "scanner.txt"
    # Text is decoded in chunks of 8 KB: the bad byte lies past the first one, after two codes.
    batch.write_bytes(
        f"{codes.fresh[0]}\n{codes.fresh[1]}\n".encode()
        + b"# padding\n" * 1000
        + b"\xff\xfe oops\n"
        + f"{codes.fresh[2]}\n".encode()
    )
    status, out, err = ssc("checkin", "--event", 2, "--batch", batch)
    assert status == 1
    assert [line.split()[0] for line in out.splitlines()] == ["ACCEPTED", "ACCEPTED"]
    summary, error = err.splitlines()
    assert summary == "2 codes scanned: 2 accepted (stopped before the end of the batch)"
    assert error.startswith("ssc: error: Cannot read the codes from")


def test_ctrl_c_mid_batch_prints_the_summary_so_far(ssc, codes, monkeypatch) -> None:
    def scanner():
        yield codes.fresh[0] + "\n"
        yield codes.arrived + "\n"
        raise KeyboardInterrupt

    monkeypatch.setattr(sys, "stdin", scanner())
    status, out, err = ssc("checkin", "--event", 2, "--batch", "-")
    assert status == 130
    assert [line.split()[0] for line in out.splitlines()] == ["ACCEPTED", "ALREADY"]
    assert err.splitlines() == [
        "2 codes scanned: 1 accepted, 1 already-checked-in (stopped before the end of the batch)"
    ]


def test_a_real_sigint_mid_batch_prints_the_summary_and_exits_130(db: Path, codes: Codes) -> None:
    import os
    import signal
    import subprocess

    process = subprocess.Popen(
        [sys.executable, "-m", "ssc_desktop.cli", "--db", str(db), "checkin", "--event", "2", "--batch", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        bufsize=1,
        env={
            **os.environ,
            "PYTHONPATH": os.pathsep.join(
                filter(None, [str(Path(__file__).resolve().parents[2]), os.environ.get("PYTHONPATH")])
            ),
        },
    )
    try:
        for code in codes.fresh[:2]:
            process.stdin.write(code + "\n")
            process.stdin.flush()
            assert process.stdout.readline().startswith("ACCEPTED")
        process.send_signal(signal.SIGINT)  # waiting for the next code, as a desk does
        out, err = process.communicate(timeout=30)
    finally:
        process.kill()
    assert process.returncode == 130 and out == ""
    assert err.splitlines() == ["2 codes scanned: 2 accepted (stopped before the end of the batch)"]


def test_a_code_carrying_terminal_escapes_is_shown_not_obeyed(ssc) -> None:
    status, out, _ = ssc("checkin", "--event", 2, "\x1b[32mACCEPTED\x1b[0m")
    assert status == 6
    assert "\x1b" not in out
    assert out == "REFUSED   not an SSC code: \\x1b[32mACCEPTED\\x1b[0m\n"
    status, out, _ = ssc("checkin", "--event", 2, "--json", "\x1b[32mACCEPTED\x1b[0m\x9b2J")
    assert "\x1b" not in out and "\x9b" not in out
    assert json.loads(out)["code"] == "\x1b[32mACCEPTED\x1b[0m\x9b2J".upper()  # the data itself, unchanged


def test_a_very_long_code_is_cut_with_an_ellipsis(ssc) -> None:
    status, out, _ = ssc("checkin", "--event", 2, "https://example.org/" + "x" * 200)
    assert status == 6
    shown = out.removeprefix("REFUSED   not an SSC code: ").rstrip("\n")
    assert shown == ("https://example.org/" + "x" * 200)[:57] + "…"


def test_names_and_notes_are_escaped_in_verdict_lines(ssc, codes, db) -> None:
    from ssc_desktop.models import Member, Registration

    row = codes.fresh_rows[0]
    context = compose(db)
    try:
        with context.database.session_factory.begin() as session:
            session.get(Member, row.member_id).latin_name = "Evil\x1b[2J\rName"
            session.get(Registration, row.id).desk_note = "line one\n\x1b]0;owned\x07"
    finally:
        context.close()
    status, out, _ = ssc("checkin", "--event", 2, codes.fresh[0])
    assert status == 0 and "\x1b" not in out and "\r" not in out and "\x07" not in out
    assert out.startswith("ACCEPTED  Evil\\x1b[2J\\rName")
    assert out.rstrip("\n").endswith("note: line one / \\x1b]0;owned\\x07")
    status, out, _ = ssc("checkin", "--event", 2, "--json", codes.fresh[0])
    assert "\x1b" not in out and json.loads(out)["registration"]["latin_name"] == "Evil\x1b[2J\rName"
