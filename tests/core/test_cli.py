"""`ssc`, the command line: run in-process with captured output, and once for real."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ssc_desktop import __version__
from ssc_desktop.app import parse_gui_args
from ssc_desktop.cli import display_width, format_table, main
from ssc_desktop.db import known_head


def assert_one_error_line(code: int, out: str, err: str) -> str:
    assert code == 1
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("ssc: error: ")
    assert "Traceback" not in err
    return lines[0]


@pytest.fixture
def demo_copy(demo_db: Path, tmp_path: Path, demo_context) -> Path:
    """A private copy of the demo database that a test may change (via SQLite's backup)."""
    target = tmp_path / "demo-copy.sqlite3"
    demo_context.services.backup.backup_to(target)
    return target


def test_init_creates_the_database(ssc, tmp_path: Path) -> None:
    path = tmp_path / "new" / "ssc.sqlite3"
    code, out, err = ssc("--db", path, "init")
    assert (code, err) == (0, "")
    assert out.strip() == f"Database ready: {path.resolve()} (schema {known_head()})"
    assert path.is_file()

    code, out, _ = ssc("--db", path, "init", "--json")
    assert code == 0
    assert json.loads(out) == {
        "database": str(path.resolve()),
        "schema": known_head(),
        "doubled_check_ins_undone": 0,
        "backup_before_upgrade": None,
    }  # a new database: nothing to copy first


def test_init_on_a_database_from_a_newer_version(ssc, tmp_path: Path) -> None:
    from sqlalchemy import text

    from ssc_desktop.db import open_database

    path = tmp_path / "future.sqlite3"
    database = open_database(path)
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    database.dispose()
    line = assert_one_error_line(*ssc("--db", path, "init"))
    assert "made by a newer version" in line


def test_demo_command(ssc, tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    code, out, err = ssc("--db", path, "demo", "--json")
    assert (code, err) == (0, "")
    result = json.loads(out)
    assert result["database"] == str(path.resolve())
    assert (result["members"], result["events"]) == (300, 3)
    assert result["registrations"] > result["checked_in"] > 0

    # A second demo into the same file is refused, and says why.
    line = assert_one_error_line(*ssc("--db", path, "demo"))
    assert "needs an empty database" in line and "300 members" in line


def test_demo_command_human_output(ssc, tmp_path: Path) -> None:
    code, out, _ = ssc("--db", tmp_path / "d.sqlite3", "demo", "--members", "60")
    assert code == 0
    assert out.startswith("Demo reunion created in ")
    assert "60 members, 3 events" in out


def test_event_list_human(ssc, demo_db: Path) -> None:
    code, out, err = ssc("--db", demo_db, "event", "list")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "Start", "(local)", "Title", "Chapter", "Format", "Registered", "Checked", "in"]
    assert set(lines[1]) <= {"-", " "}
    assert lines[-1] == "(3 rows)"
    reunion = next(line for line in lines if "3rd SSC India Reunion" in line)
    assert "Asia/Kolkata" in reunion and "hybrid" in reunion and "waiting)" in reunion


@pytest.mark.parametrize("where", ["before", "after"])
def test_event_list_json(ssc, demo_db: Path, demo_context, where: str) -> None:
    argv = (
        ["--db", demo_db, "--json", "event", "list"]
        if where == "before"
        else ["--db", demo_db, "event", "list", "--json"]
    )
    code, out, err = ssc(*argv)
    assert (code, err) == (0, "")
    events = json.loads(out)
    assert [e["title"] for e in events] == [e.title for e in demo_context.services.events.list_events()]
    reunion = next(e for e in events if e["title"] == "3rd SSC India Reunion")
    assert reunion["format"] == "hybrid"
    assert reunion["timezone"] == "Asia/Kolkata"
    assert reunion["starts_at"].endswith("+00:00")
    assert reunion["waitlisted"] > 0 and reunion["cancelled"] > 0 and reunion["checked_in"] > 0


def test_event_list_on_an_empty_database(ssc, tmp_path: Path) -> None:
    code, out, _ = ssc("--db", tmp_path / "empty.sqlite3", "event", "list")
    assert code == 0
    assert out.splitlines()[-1] == "(0 rows)"
    code, out, _ = ssc("--db", tmp_path / "empty.sqlite3", "event", "list", "--json")
    assert json.loads(out) == []


def test_event_create(ssc, demo_copy: Path) -> None:
    code, out, err = ssc(
        "--db",
        demo_copy,
        "event",
        "create",
        "--json",
        "--title",
        "Kolkata alumni meetup",
        "--chapter",
        "isca",
        "--start",
        "2026-12-19 18:30",
        "--timezone",
        "Asia/Kolkata",
        "--format",
        "Face to face",
        "--venue",
        "Science City, Kolkata",
        "--capacity",
        "80",
    )
    assert (code, err) == (0, "")
    event = json.loads(out)
    assert event["title"] == "Kolkata alumni meetup"
    assert event["chapter_name"] == "SSC India"
    assert event["format"] == "face-to-face"
    assert event["starts_at"] == "2026-12-19T13:00:00+00:00"
    assert event["ends_at"] == "2026-12-19T21:00:00+00:00"  # 8 hours by default
    assert event["capacity"] == 80 and event["registered"] == 0

    _, out, _ = ssc("--db", demo_copy, "event", "list", "--json")
    assert "Kolkata alumni meetup" in [e["title"] for e in json.loads(out)]


def test_event_create_human_and_new_chapter(ssc, tmp_path: Path) -> None:
    path = tmp_path / "ssc.sqlite3"
    code, out, _ = ssc(
        "--db",
        path,
        "event",
        "create",
        "--title",
        "Online hour",
        "--chapter",
        "SSC Nepal",
        "--start",
        "2027-01-10 19:00",
        "--end",
        "2027-01-10 20:00",
        "--timezone",
        "Asia/Kathmandu",
        "--format",
        "online",
        "--link",
        "https://meet.example/ssc",
    )
    assert code == 0
    assert out.strip() == "Created event 1: Online hour"
    _, out, _ = ssc("--db", path, "--json", "event", "list")
    [event] = json.loads(out)
    assert event["chapter_name"] == "SSC Nepal"
    assert event["starts_at"] == "2027-01-10T13:15:00+00:00"  # Nepal is UTC+05:45


BASE_CREATE = [
    "event",
    "create",
    "--title",
    "Broken",
    "--chapter",
    "SSC Brand New",
    "--format",
    "hybrid",
    "--start",
    "2026-12-12 09:30",
    "--timezone",
    "Asia/Kolkata",
]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (["--start", "12/12/2026 9am"], "is not a date and time"),
        (["--end", "soon"], "is not a date and time"),
        (["--format", "party"], "Format must be face-to-face, online or hybrid"),
        (["--end", "2026-12-12 08:00"], "ends"),
        (["--end", "2026-12-12 09:30"], "before it starts"),
        (["--timezone", "Mars/Olympus_Mons"], "Unknown time zone 'Mars/Olympus_Mons'"),
        (["--capacity", "0"], "Capacity must be a positive whole number"),
        (["--title", "   "], "An event needs a title"),
    ],
)
def test_event_create_refuses_bad_input(ssc, tmp_path: Path, change: list[str], expected: str) -> None:
    path = tmp_path / "ssc.sqlite3"
    line = assert_one_error_line(*ssc("--db", path, *BASE_CREATE, *change))
    assert expected in line
    # A refused event leaves no trace: no event, and no half-made chapter either.
    _, out, _ = ssc("--db", path, "--json", "event", "list")
    assert json.loads(out) == []
    _, _, err = ssc("--db", path, "member", "list", "--chapter", "SSC Brand New")
    assert "No chapter" in err


def test_member_list_search_json(ssc, demo_db: Path) -> None:
    code, out, err = ssc("--db", demo_db, "member", "list", "--search", "NGUYỄN", "--json")
    assert (code, err) == (0, "")
    found = json.loads(out)
    assert found
    assert all(m["latin_name"].startswith("Nguyen ") and m["native_name"].startswith("Nguyễn ") for m in found)
    assert [m["latin_name"] for m in found] == sorted(m["latin_name"] for m in found)

    _, out, _ = ssc("--db", demo_db, "--json", "member", "list", "--search", "nguyen van")
    narrower = json.loads(out)
    assert narrower and {m["id"] for m in narrower} < {m["id"] for m in found}

    _, out, _ = ssc("--db", demo_db, "member", "list", "--search", "nguyen", "--limit", "2", "--json")
    assert len(json.loads(out)) == 2

    _, out, _ = ssc("--db", demo_db, "member", "list", "--search", "no such person", "--json")
    assert json.loads(out) == []


def test_member_list_by_chapter(ssc, demo_db: Path, demo_context) -> None:
    code, out, err = ssc("--db", demo_db, "member", "list", "--chapter", "ISCA")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    indians = [m for m in demo_context.services.members.list_members() if m.chapter_name == "SSC India"]
    assert lines[-1] == f"({len(indians)} rows)"
    assert lines[0].split()[:3] == ["ID", "Name", "Own"]
    assert any("राहुल" in line or "प्रिया" in line or "अमित" in line for line in lines[2:-1])

    _, out, _ = ssc("--db", demo_db, "member", "list", "--chapter", "ssc india", "--json")
    members = json.loads(out)
    assert len(members) == len(indians)
    assert {m["chapter_name"] for m in members} == {"SSC India"}
    assert {m["country"] for m in members} == {"India"}


def test_member_list_unknown_chapter(ssc, demo_db: Path) -> None:
    line = assert_one_error_line(*ssc("--db", demo_db, "member", "list", "--chapter", "Atlantis"))
    assert line == "ssc: error: No chapter with name 'Atlantis'."


def test_unopenable_database_is_one_error_line(ssc, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    line = assert_one_error_line(*ssc("--db", blocker / "ssc.sqlite3", "event", "list"))
    assert line.startswith("ssc: error: Cannot open the database")


def test_ssc_version(capsys) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out.strip() == f"ssc (SSC Desktop) {__version__}"


def test_gui_version_without_qt(capsys) -> None:
    with pytest.raises(SystemExit) as caught:
        parse_gui_args(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out.strip() == f"SSC Desktop {__version__}"


def test_gui_args() -> None:
    args = parse_gui_args(["--db", "x.sqlite3", "--demo", "-platform", "offscreen"])
    assert (args.db, args.demo) == ("x.sqlite3", True)
    assert parse_gui_args([]).db is None


def test_usage_errors_exit_2(ssc, capsys) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["event", "frobnicate"])
    assert caught.value.code == 2
    assert "error:" in capsys.readouterr().err


def test_table_width_counts_wide_and_combining_characters() -> None:
    assert display_width("山田") == 4
    assert display_width("Nguyễn") == 6
    assert display_width("e\u0301") == 1
    first, second = format_table(["Name", "Mark"], [["山田", "x"], ["ab", "y"]]).splitlines()[2:]
    # The second column starts in the same terminal column on both rows.
    assert display_width(first[: first.index("x")]) == display_width(second[: second.index("y")]) == 6


def _console_script(name: str) -> list[str] | None:
    script = Path(sys.executable).parent / name
    return [str(script)] if script.is_file() else None


def _no_display_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    return env


def test_real_ssc_process(tmp_path: Path) -> None:
    command = _console_script("ssc") or [sys.executable, "-m", "ssc_desktop.cli"]
    done = subprocess.run(
        [*command, "--version"], capture_output=True, text=True, timeout=60, cwd=tmp_path, env=_no_display_env(tmp_path)
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"ssc (SSC Desktop) {__version__}"

    done = subprocess.run(
        [*command, "--db", str(tmp_path / "x.sqlite3"), "event", "list", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env=_no_display_env(tmp_path),
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []


def test_real_gui_entry_version_needs_no_display(tmp_path: Path) -> None:
    command = _console_script("ssc-desktop") or [sys.executable, "-m", "ssc_desktop"]
    done = subprocess.run(
        [*command, "--version"], capture_output=True, text=True, timeout=60, cwd=tmp_path, env=_no_display_env(tmp_path)
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"SSC Desktop {__version__}"


def test_command_line_never_loads_qt(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from ssc_desktop.cli import main\n"
        "from ssc_desktop.app import parse_gui_args\n"
        f"assert main(['--db', {str(tmp_path / 'q.sqlite3')!r}, 'demo', '--members', '30']) == 0\n"
        f"assert main(['--db', {str(tmp_path / 'q.sqlite3')!r}, 'member', 'list', '--search', 'a']) == 0\n"
        "try:\n"
        "    parse_gui_args(['--version'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print('QT:', loaded)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env=_no_display_env(tmp_path),
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "QT: []"
