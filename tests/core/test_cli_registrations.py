"""`ssc register`, `ssc registrations`, `ssc unregister`, `ssc event edit|copy` and --deadline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ssc_desktop.app import compose


def one_error(code: int, out: str, err: str) -> str:
    assert code == 1 and out == ""
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("ssc: error: "), err
    return lines[0]


@pytest.fixture
def db(tmp_path: Path, ssc) -> Path:
    """A reunion for 3 in the India chapter, and six members (four Indian, two Nepali)."""
    path = tmp_path / "ssc.sqlite3"
    code, _out, err = ssc(
        "--db",
        path,
        "event",
        "create",
        "--title",
        "Mini reunion",
        "--chapter",
        "SSC India",
        "--start",
        "2030-03-01 09:30",
        "--timezone",
        "Asia/Kolkata",
        "--format",
        "hybrid",
        "--capacity",
        "3",
        "--deadline",
        "2030-02-20 23:59",
    )
    assert code == 0, err
    from ssc_desktop.services.members import MemberDraft

    context = compose(path)
    try:
        services = context.services
        india, _ = services.chapters.ensure_chapter("SSC India")
        nepal, _ = services.chapters.ensure_chapter("SSC Nepal", "SSCN", "Nepal")
        services.members.add_members(
            [
                MemberDraft(f"Indian {i}", email=f"in{i}@example.org", country="India", chapter_id=india.id)
                for i in range(4)
            ]
            + [
                MemberDraft(
                    f"Nepali {i}",
                    native_name=f"नेपाली {i}",
                    email=f"np{i}@example.org",
                    country="Nepal",
                    chapter_id=nepal.id,
                )
                for i in range(2)
            ]
        )
    finally:
        context.close()
    return path


def test_create_with_deadline_and_list(ssc, db: Path) -> None:
    code, out, _ = ssc("--db", db, "event", "list", "--json")
    event = json.loads(out)[0]
    assert event["registration_deadline"] == "2030-02-20T18:29:00+00:00"
    assert event["capacity"] == 3


def test_register_one_and_waitlist(ssc, db: Path) -> None:
    for i in range(3):
        code, out, err = ssc("--db", db, "register", "--event", "1", "--member", f"IN{i}@example.org")
        assert code == 0, err
        assert out.strip() == f"Indian {i}: registered for Mini reunion as participant"
    code, out, _ = ssc(
        "--db", db, "register", "--event", "1", "--member", "np0@example.org", "--role", "Speaker", "--json"
    )
    row = json.loads(out)
    assert (row["status"], row["role"], row["native_name"]) == ("waitlisted", "speaker", "नेपाली 0")
    code, out, _ = ssc("--db", db, "registrations", "--event", "1", "--status", "waitlisted")
    assert "Nepali 0" in out and "waitlisted #1" in out and "(1 row)" in out
    one_error(*ssc("--db", db, "register", "--event", "1", "--member", "in0@example.org"))


def test_unregister_promotes_the_next(ssc, db: Path) -> None:
    code, out, err = ssc("--db", db, "register", "--event", "1", "--all-members", "--country", "india")
    assert code == 0, err
    assert out.strip() == "Mini reunion: 3 registered, 1 waitlisted"
    code, out, _ = ssc("--db", db, "unregister", "--event", "1", "--member", "in0@example.org")
    assert code == 0
    assert out.splitlines() == ["Cancelled: Indian 0 (Mini reunion)", "Promoted from the waitlist: Indian 3"]
    code, out, _ = ssc("--db", db, "unregister", "--event", "1", "--member", "in1@example.org", "--json")
    assert json.loads(out)["promoted"] == []
    line = one_error(*ssc("--db", db, "unregister", "--event", "1", "--member", "in1@example.org"))
    assert "already cancelled" in line
    line = one_error(*ssc("--db", db, "unregister", "--event", "1", "--member", "np1@example.org"))
    assert "registration" in line
    code, out, _ = ssc("--db", db, "registrations", "--event", "1", "--counts", "--json")
    counts = json.loads(out)
    assert (counts["registered"], counts["capacity"], counts["waitlisted"], counts["cancelled"]) == (2, 3, 0, 2)
    code, out, _ = ssc("--db", db, "registrations", "--event", "1", "--counts")
    assert "Registered: 2/3" in out and "Cancelled: 2" in out


def test_register_all_members_of_a_chapter_skips_those_registered(ssc, db: Path) -> None:
    ssc("--db", db, "register", "--event", "1", "--member", "np0@example.org")
    code, out, _ = ssc(
        "--db", db, "register", "--event", "1", "--all-members", "--chapter", "sscn", "--role", "judge", "--json"
    )
    result = json.loads(out)
    assert (result["registered"], result["waitlisted"], result["already_registered"]) == (1, 0, 1)
    code, out, _ = ssc("--db", db, "registrations", "--event", "1", "--json")
    assert sorted((r["latin_name"], r["role"]) for r in json.loads(out)) == [
        ("Nepali 0", "participant"),
        ("Nepali 1", "judge"),
    ]


def test_walk_in_from_the_command_line(ssc, db: Path) -> None:
    ssc("--db", db, "register", "--event", "1", "--all-members", "--country", "India")
    code, out, _ = ssc("--db", db, "register", "--event", "1", "--member", "np1@example.org", "--walk-in")
    assert code == 0
    assert out.strip() == "Nepali 1: registered as a walk-in for Mini reunion (the event is now over capacity)"
    code, out, _ = ssc("--db", db, "registrations", "--event", "1", "--status", "registered", "--json")
    assert [r["walk_in"] for r in json.loads(out) if r["latin_name"] == "Nepali 1"] == [True]


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["register", "--event", "1", "--member", "nobody@example.org"], "nobody@example.org"),
        (["register", "--event", "9", "--member", "in0@example.org"], "event"),
        (["register", "--event", "1", "--member", "in0@example.org", "--role", "keynote"], "keynote"),
        (["register", "--event", "1", "--all-members", "--country", "Atlantis"], "Atlantis"),
        (["register", "--event", "1", "--all-members", "--chapter", "Nowhere"], "Nowhere"),
        (["register", "--event", "1", "--member", "in0@example.org", "--country", "India"], "--all-members"),
        (["register", "--event", "1", "--all-members", "--walk-in"], "--member"),
        (["registrations", "--event", "1", "--status", "maybe"], "maybe"),
        (["registrations", "--event", "77"], "77"),
    ],
)
def test_bad_input_is_one_clear_line(ssc, db: Path, argv: list[str], needle: str) -> None:
    line = one_error(*ssc("--db", db, *argv))
    assert needle in line


def test_deadline_and_late_registration(ssc, db: Path) -> None:
    code, _out, err = ssc(
        "--db", db, "event", "edit", "1", "--start", "2020-03-01 09:30", "--deadline", "2020-02-20 12:00"
    )
    assert code == 0, err
    line = one_error(*ssc("--db", db, "register", "--event", "1", "--member", "in0@example.org"))
    assert "closed at 2020-02-20 12:00 (Asia/Kolkata)" in line
    code, out, _ = ssc("--db", db, "register", "--event", "1", "--member", "in0@example.org", "--late")
    assert code == 0 and "registered" in out
    code, out, _ = ssc("--db", db, "register", "--event", "1", "--all-members", "--late", "--json")
    assert json.loads(out)["registered"] == 2


def test_event_edit(ssc, db: Path) -> None:
    ssc("--db", db, "register", "--event", "1", "--all-members")
    code, out, err = ssc(
        "--db", db, "event", "edit", "1", "--title", "Bigger reunion", "--capacity", "5", "--venue", "IIT Delhi"
    )
    assert code == 0, err
    assert out.splitlines() == ["Changed event 1: Bigger reunion", "Promoted from the waitlist (2): Indian 3, Nepali 0"]
    code, out, _ = ssc(
        "--db", db, "event", "edit", "1", "--timezone", "Asia/Kathmandu", "--no-deadline", "--no-capacity", "--json"
    )
    result = json.loads(out)
    event = result["event"]
    assert (event["timezone"], event["registration_deadline"], event["capacity"]) == ("Asia/Kathmandu", None, None)
    assert [p["latin_name"] for p in result["promoted"]] == ["Nepali 1"]
    # 09:30 stays 09:30 on the new zone's clock (Kathmandu is UTC+05:45).
    assert event["starts_at"] == "2030-03-01T03:45:00+00:00"
    for argv, needle in [
        (["--capacity", "0"], "Capacity"),
        (["--title", " "], "title"),
        (["--end", "2030-03-01 08:00"], "ends"),
        (["--deadline", "2031-01-01 00:00"], "deadline"),
        (["--timezone", "Mars/Base"], "Mars/Base"),
        (["--format", "telepathy"], "telepathy"),
        (["--start", "tomorrow"], "tomorrow"),
    ]:
        line = one_error(*ssc("--db", db, "event", "edit", "1", *argv))
        assert needle in line, line
    line = one_error(*ssc("--db", db, "event", "edit", "42", "--title", "x"))
    assert "42" in line
    code, out, _ = ssc("--db", db, "event", "list", "--json")
    assert json.loads(out)[0]["title"] == "Bigger reunion"


def test_event_copy(ssc, db: Path) -> None:
    ssc("--db", db, "register", "--event", "1", "--all-members")
    code, out, err = ssc(
        "--db", db, "event", "copy", "1", "--start", "2031-02-28 10:00", "--title", "Mini reunion 2031"
    )
    assert code == 0, err
    assert out.strip() == "Created event 2: Mini reunion 2031 (a copy of event 1, with 0 programme items)"
    code, out, _ = ssc("--db", db, "event", "list", "--json")
    copy = next(e for e in json.loads(out) if e["id"] == 2)
    assert (copy["capacity"], copy["timezone"], copy["registered"], copy["format"]) == (3, "Asia/Kolkata", 0, "hybrid")
    assert copy["starts_at"] == "2031-02-28T04:30:00+00:00" and copy["ends_at"] == "2031-02-28T12:30:00+00:00"
    assert copy["registration_deadline"] == "2031-02-19T18:59:00+00:00"
    one_error(*ssc("--db", db, "event", "copy", "99", "--start", "2031-01-01 10:00"))
    one_error(*ssc("--db", db, "event", "copy", "1", "--start", "someday"))
    one_error(*ssc("--db", db, "event", "copy", "1", "--start", "2031-01-01 10:00", "--title", ""))
