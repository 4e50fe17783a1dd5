"""Online attendance: Zoom, Teams and Meet reports as those tools write them (their headers, a
summary block above the table, UTF-16 with tabs, several rows per person who rejoined), matched
by e-mail then name, by hand for the rest; merged into the attendance sheet and certificates."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from ssc_desktop.errors import DomainError
from ssc_desktop.models import CertificateKind, Gender
from ssc_desktop.services.attendance import AttendanceRows
from ssc_desktop.services.events import parse_local_datetime
from ssc_desktop.services.online_reports import read_report

DATA = Path(__file__).resolve().parents[1] / "data" / "online"
DAY = datetime(2026, 11, 25)


@pytest.fixture
def event(services, make_event, make_member):
    event = make_event(
        capacity=None,
        starts_at=parse_local_datetime("2026-11-25 09:00", "Asia/Kolkata"),
        ends_at=parse_local_datetime("2026-11-25 18:00", "Asia/Kolkata"),
    )
    people = [
        ("Rahim Uddin", "রহিম উদ্দিন", "rahim.uddin@example.org"),
        ("Sunil Fernando", "සුනිල් ප්‍රනාන්දු", "sunil@work.example.org"),
        ("Tran Van Minh", "Trần Văn Minh", "minh@example.org"),
        ("Kyaw Zin Oo", "ကျော်ဇင်ဦး", "kyaw@example.org"),
        ("Nima Sherpa", "", "nima.sherpa@example.org"),
        ("Priya Das", "প্রিয়া দাস", "priya@example.org"),
    ]
    rows = {}
    for latin, native, email in people:
        member = make_member(latin, native_name=native, email=email, gender=Gender.UNSPECIFIED)
        rows[latin] = services.registrations.register(event.id, member.id)
    services.checkin.check_in(rows["Kyaw Zin Oo"].id, "Door A")
    return event, rows


def test_zoom_rows_of_one_person_are_merged_without_double_counting() -> None:
    report = read_report(DATA / "zoom-participants.csv", "Asia/Kolkata", DAY)
    assert report.platform == "zoom"
    people = {p.name: p for p in report.participants}
    rahim = people["Rahim Uddin"]
    # 09:20:11-10:35:40 and 10:30-11:00 overlap: their union is 09:20:11-11:00:00, 99 min 49 s
    assert rahim.rows == 2 and rahim.seconds == 99 * 60 + 49
    assert people["Sunil F (Sunil Fernando)"].seconds == 20 * 60


def test_teams_utf16_tab_report_with_sections() -> None:
    report = read_report(DATA / "teams-attendance.csv", "Asia/Kolkata", DAY)
    assert report.platform == "teams"
    seconds = {p.email: p.seconds for p in report.participants}
    # Kyaw's one listed stay (43 min 20 s) is less than his 2h 5m 30s in the meeting: the list is cut off
    assert seconds == {
        "kyaw@example.org": 2 * 3600 + 5 * 60 + 30,
        "lai.hw@example.org": 20 * 60,
        "isca.coordinator@example.org": 3 * 3600 + 48 * 60 + 38,
    }


def test_meet_report_with_first_and_last_names_and_times_of_day() -> None:
    report = read_report(DATA / "meet-attendance.csv", "Asia/Kolkata", DAY)
    assert report.platform == "meet"
    assert {p.name: p.minutes for p in report.participants} == {"Nima Sherpa": 45, "Priya Das": 70}
    nima = next(p for p in report.participants if p.name == "Nima Sherpa")
    assert nima.first_join.isoformat() == "2026-11-25T09:05:00+05:30"


def test_matching_by_email_then_name_then_by_hand(services, event) -> None:
    ev, rows = event
    imported = services.online.import_report(ev.id, DATA / "zoom-participants.csv")
    assert (imported.platform, imported.participants, imported.matched) == ("zoom", 4, 2)
    people = {p.name: p for p in services.online.participants(ev.id)}
    assert (
        people["Rahim Uddin"].registration_id == rows["Rahim Uddin"].id and people["Rahim Uddin"].matched_by == "email"
    )
    sunil = people["Sunil F (Sunil Fernando)"]
    assert sunil.registration_id == rows["Sunil Fernando"].id and sunil.matched_by == "name"  # the original name
    unmatched = {p.name for p in services.online.participants(ev.id, unmatched_only=True)}
    assert unmatched == {"Tran Minh (iPhone)", "Unknown Guest"}
    tran = people["Tran Minh (iPhone)"]
    suggestions = services.online.suggestions(tran.id)
    assert suggestions and suggestions[0].registration_id == rows["Tran Van Minh"].id
    services.online.match(tran.id, rows["Tran Van Minh"].id)
    guest = people["Unknown Guest"]
    services.online.match(guest.id, None)  # nobody registered: no longer waiting to be matched
    assert services.online.participants(ev.id, unmatched_only=True) == []
    assert services.online.seconds_by_registration(ev.id) == {
        rows["Rahim Uddin"].id: 5989,
        rows["Sunil Fernando"].id: 1200,
        rows["Tran Van Minh"].id: 10800,
    }


def test_online_and_on_site_merge_into_the_sheet_and_certificates(services, event) -> None:
    ev, rows = event
    services.online.import_report(ev.id, DATA / "teams-attendance.csv")
    services.online.import_report(ev.id, DATA / "meet-attendance.csv")
    sheet = services.attendance.sheet(ev.id)
    how = {row.latin_name: (row.how, row.online_minutes) for row in sheet.rows}
    assert how["Kyaw Zin Oo"] == ("both", 125.5) and how["Nima Sherpa"] == ("online", 45)
    assert how["Priya Das"] == ("online", 70) and how["Rahim Uddin"] == ("", 0)
    assert (sheet.summary.attended, sheet.summary.on_site, sheet.summary.online) == (3, 1, 3)
    no_shows = services.attendance.sheet(ev.id, AttendanceRows.NO_SHOWS)
    assert {row.latin_name for row in no_shows.rows} == {"Rahim Uddin", "Sunil Fernando", "Tran Van Minh"}
    plan = services.certificates.plan(ev.id, CertificateKind.PARTICIPATION)  # online counts from 30 minutes
    assert sorted(r.latin_name for r in plan.recipients) == ["Kyaw Zin Oo", "Nima Sherpa", "Priya Das"]


@pytest.mark.parametrize(
    ("content", "code", "where"),
    [
        ("Name,Email\nA,a@example.org\n", "online.unknown_report", ""),
        (
            "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes)\n"
            "A,a@example.org,yesterday,11/25/2026 10:00:00 AM,5\n",
            "online.bad_time",
            "row 2, column C",
        ),
        (
            "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes)\n"
            "A,a@example.org,11/25/2026 10:00:00 AM,11/25/2026 09:00:00 AM,5\n",
            "online.leave_before_join",
            "row 2, column D",
        ),
    ],
)
def test_a_bad_report_says_what_and_where_and_changes_nothing(
    services, event, tmp_path: Path, content: str, code: str, where: str
) -> None:
    ev, _rows = event
    path = tmp_path / "report.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DomainError) as raised:
        services.online.import_report(ev.id, path)
    assert raised.value.code == code and "report.csv" in str(raised.value) and where in str(raised.value)
    assert services.online.list_sessions(ev.id) == []


def test_deleting_a_session_takes_its_minutes_away(services, event) -> None:
    ev, rows = event
    imported = services.online.import_report(ev.id, DATA / "meet-attendance.csv")
    assert services.online.minutes_by_registration(ev.id)[rows["Nima Sherpa"].id] == 45
    services.online.delete_session(imported.id)
    assert services.online.minutes_by_registration(ev.id) == {} and services.online.list_sessions(ev.id) == []


def test_cli_online_attendance(ssc, event, db_path: Path) -> None:
    import json

    ev, rows = event
    code, out, err = ssc(
        "--db", db_path, "online-attendance", "import", "--event", ev.id, DATA / "zoom-participants.csv", "--json"
    )
    assert code == 0, err
    assert json.loads(out)["matched"] == 2
    code, out, err = ssc("--db", db_path, "online-attendance", "list", "--event", ev.id, "--unmatched", "--json")
    unmatched = json.loads(out)
    tran = next(p for p in unmatched if p["name"].startswith("Tran"))
    code, out, err = ssc(
        "--db",
        db_path,
        "online-attendance",
        "match",
        "--participant",
        tran["id"],
        "--registration",
        rows["Tran Van Minh"].id,
    )
    assert code == 0 and "Tran Van Minh" in out, err
