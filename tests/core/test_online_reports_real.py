"""Online-meeting reports as the tools wrote them, from published samples (see tests/data/online/README.md):
the older Teams join/leave log, Teams in French and Japanese, UTF-16 in both byte orders, Zoom with
day-first dates, webinar sections, unique users and the registration report; exact seconds, the
union of stays across rows and reports, the same report twice, days outside the event, names.
"""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import pytest

from ssc_desktop.errors import DomainError
from ssc_desktop.models import CertificateKind, Gender
from ssc_desktop.services.events import parse_local_datetime
from ssc_desktop.services.online_report_text import read_duration, read_moment
from ssc_desktop.services.online_reports import read_report

DATA = Path(__file__).resolve().parents[1] / "data" / "online"
TZ = "Asia/Kolkata"


def seconds(report) -> dict[str, int]:
    return {p.name: p.seconds for p in report.participants}


# -- the older Teams log: Full Name / User Action / Timestamp -----------------------------------------
def test_the_older_teams_log_pairs_joins_and_leaves_in_seconds() -> None:
    report = read_report(DATA / "teams-join-leave-log.csv", TZ, datetime(2020, 11, 4))
    assert report.platform == "teams" and len(report.participants) == 38  # 38 names, 57 rows
    got = seconds(report)
    assert got["Kray Thorn"] == 16 * 60 + 33  # joined before 9:50:12, left 10:06:45
    # still there when the list was saved: until its last moment, 10:07:17 (Ken Brooker leaving)
    assert got["Gregory Spahlinger"] == 17 * 60 + 5
    assert got["John Carmack"] == 54  # a 54-second stay is 54 seconds, not a no-show
    assert report.dates == (date(2020, 11, 4),)


@pytest.mark.parametrize("name", ["teams-join-leave-log-utf16le.csv", "teams-join-leave-log-utf16be.csv"])
def test_the_same_log_as_utf16_tab_separated_in_either_byte_order(name: str) -> None:
    plain = read_report(DATA / "teams-join-leave-log.csv", TZ)
    assert seconds(read_report(DATA / name, TZ)) == seconds(plain)


def test_a_rejoin_after_leaving_and_rows_out_of_order() -> None:
    got = seconds(read_report(DATA / "teams-join-leave-rejoin.csv", TZ))
    assert got["18211a04h1"] == 17  # 12:00:57 to 12:01:14
    assert got["19215a0402"] == 14 * 60 + 5
    assert got["18211a0482"] == 24  # 24 s, then rejoined at the very moment the list was saved
    assert got["18211a0492"] == 16 * 60 + 15  # its row comes after 12:56:15 but says 12:40:00
    assert got["Dr. Syed Abudhagir U"] == 58 * 60 + 24


def test_a_published_teams_class_in_indonesian_with_semicolons() -> None:
    # hamonangann/presence-script: "Nama;Join Time;Leave Time;Duration;Email;Role;Participant ID (UPN)"
    report = read_report(DATA / "teams-id-activities.csv", "Asia/Jakarta")
    assert report.platform == "teams" and report.dates == (date(2022, 4, 13),) and len(report.participants) == 60
    by = {p.email: p for p in report.participants}  # 69 rows, 60 people
    assert by["fariz@office.ui.ac.id"].seconds == 3600 + 42 * 60 + 19  # "1h 42m": the times have the seconds
    # 7:58:37-7:58:48 (Teams writes "10s"), 8:00:25-8:02:22 and 8:04:07-9:38:47
    assert by["aulia.najwa@office.ui.ac.id"].seconds == 11 + 117 + 5680 and by["aulia.najwa@office.ui.ac.id"].rows == 3
    assert by["syarief.ahmad@office.ui.ac.id"].seconds == 2168 + 65 + 1300 + 687  # four stays
    assert by["ahmad.rafi02@office.ui.ac.id"].seconds == 12 * 60 + 1  # "12m " with a space after it
    assert by["muhammad.fahreza11@office.ui.ac.id"].seconds == 156  # the last to come: two and a half minutes
    assert by["fariz@office.ui.ac.id"].first_join.isoformat() == "2022-04-13T07:56:32+07:00"


def test_a_teams_report_excel_saved_again_with_padded_rows() -> None:
    report = read_report(DATA / "teams-excel-resaved.csv", "Europe/Bucharest")
    assert report.platform == "teams" and report.dates == (date(2025, 6, 24),)
    assert report.meeting_key == "teams|dava.x academy - etl theory training sessions|2025-06-24T13:47:45"
    assert seconds(report) == {"Ana Popescu": 7147, "Mihai Ionescu": 2398 + 3010, "Rahman, Siti (Guest)": 11}
    mihai = next(p for p in report.participants if p.name == "Mihai Ionescu")
    assert len(mihai.intervals) == 2  # the stays come from the activities, the gap between them left out


# -- Teams in other languages and date orders ----------------------------------------------------------
def test_teams_in_french_day_first_utf16le() -> None:
    report = read_report(DATA / "teams-fr-day-first.csv", TZ)
    assert report.platform == "teams"
    assert seconds(report) == {"Kyaw Zin Oo": 2 * 3600 + 5 * 60 + 30, "Priya Das": 29 * 60 + 30}
    priya = next(p for p in report.participants if p.name == "Priya Das")
    assert priya.first_join.isoformat() == "2026-11-25T09:20:00+05:30"
    assert report.meeting_key.startswith("teams|") and "2026-11-25T09:14:03" in report.meeting_key


def test_teams_in_japanese_utf16be_activities_union_and_an_eleven_second_stay() -> None:
    report = read_report(DATA / "teams-ja-activities.csv", TZ)
    got = seconds(report)
    assert got["Kyaw Zin Oo"] == 73 * 60 + 20  # 9:16:40-10:00 and 9:50-10:30 overlap: 9:16:40-10:30
    assert got["ラフィム ウディン"] == 11


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("14/11/22, 09:30:46", "dm", datetime(2022, 11, 14, 9, 30, 46)),
        ("4/13/2022, 7:56:32 AM", "md", datetime(2022, 4, 13, 7, 56, 32)),
        ("4/13/2022, 7:56:32\u202fPM", "md", datetime(2022, 4, 13, 19, 56, 32)),
        ("13.04.2022, 07:56:32", "dm", datetime(2022, 4, 13, 7, 56, 32)),
        ("2022/04/13 7:56:32", "?", datetime(2022, 4, 13, 7, 56, 32)),
        ("Mar 28, 2020 08:07:27", "?", datetime(2020, 3, 28, 8, 7, 27)),
        ("28 mars 2020 08:07:27", "?", datetime(2020, 3, 28, 8, 7, 27)),
        ("12/1/2026 12:05:00 AM", "md", datetime(2026, 12, 1, 0, 5)),
        ("2022/4/13 下午7:56:32", "?", datetime(2022, 4, 13, 19, 56, 32)),  # Taiwan: the half of the day first
        ("2022/04/13 午前 7:56:32", "?", datetime(2022, 4, 13, 7, 56, 32)),
        ("13/4/2565 7:56:32", "dm", datetime(2022, 4, 13, 7, 56, 32)),  # Thailand: 2565 of the Buddhist era
    ],
)
def test_moments_in_every_style(text: str, order: str, expected: datetime) -> None:
    moment = read_moment(text)
    assert moment is not None and moment.at(order if order != "?" else "md", None) == expected


@pytest.mark.parametrize(
    ("text", "header", "expected"),
    [
        ("1h 27m 51s", "", 5271),
        ("47m 3s", "", 2823),
        ("5s", "", 5),
        ("1 hr 10 min", "", 4200),
        ("45 min", "", 2700),
        ("00:47:03", "", 2823),
        ("47:03", "", 2823),
        ("76", "Duration (Minutes)", 4560),
        ("2 h 5 min 30 s", "", 7530),
        ("43 分 20 秒", "", 2600),
        ("1 Std. 2 Min.", "", 3720),
        ("1 giờ 5 phút", "", 3900),
        ("30", "Seconds", 30),
        ("226", "所要時間（分）", 13560),
        ("30", "所要時間（秒）", 30),
    ],
)
def test_durations_in_their_units(text: str, header: str, expected: int) -> None:
    assert read_duration(text, header) == expected


def test_garbage_is_no_duration() -> None:
    assert read_duration("soon") is None and read_duration("7/22/26, 7:02:11 PM") is None


# -- Zoom ------------------------------------------------------------------------------------------------
def test_zoom_with_day_first_dates_read_by_the_event_days() -> None:
    # 01/06/2023 is 1 June to a UK computer and 6 January to a US one: the event's days decide.
    june = read_report(DATA / "zoom-contoso-day-first.csv", "Europe/London", event_days=(date(2023, 6, 1),) * 2)
    assert june.platform == "zoom" and june.dates == (date(2023, 6, 1),)
    # 00:00 to 00:21 written without seconds, 22 minutes by Zoom's own count: the stay ran into the 22nd
    assert seconds(june) == {"James Warren": 22 * 60, "Matthew Giordano": 22 * 60}
    assert june.meeting_key.startswith("zoom|852 1848 6288|2023-06-01T00:00")
    january = read_report(DATA / "zoom-contoso-day-first.csv", "Europe/London", event_days=(date(2023, 1, 6),) * 2)
    assert january.dates == (date(2023, 1, 6),)


def test_zoom_webinar_sections_with_attended_no_left_out() -> None:
    report = read_report(DATA / "zoom-webinar-attendees.csv", TZ)
    assert report.platform == "zoom"
    by_email = {p.email: p for p in report.participants}
    assert set(by_email) == {"isca.coordinator@example.org", "sunil@work.example.org", "priya@example.org"}
    # a panelist 9:10-9:40 and an attendee 9:30-10:00: one person, 50 minutes, not 60
    assert by_email["sunil@work.example.org"].seconds == 50 * 60 and by_email["sunil@work.example.org"].rows == 2
    assert by_email["priya@example.org"].seconds == 29 * 60 + 30
    assert "845 2231 0093" in report.meeting_key


def test_the_published_satrdays_webinar_report() -> None:
    # beemyfriend/ZoomReports' anonymised attendee report (an excerpt, see the README): "User Name",
    # quoted and unquoted sections, a panelist who was an attendee first, registrants who did not come
    report = read_report(DATA / "zoom-webinar-satrdays.csv", "America/New_York")
    assert report.platform == "zoom" and report.dates == (date(2020, 3, 28),)
    assert report.meeting_key == "zoom|328-972-509|2020-03-28T08:07:00"
    assert len(report.participants) == 62  # 1 host, 31 panelists, 26 more attendees, 4 others
    by = {p.email or p.name: p for p in report.participants}
    assert by["hostname_1@email.com"].seconds == 9 * 3600 + 7 * 60 + 18  # 08:07:27 to 17:14:45 (Zoom: 548 min)
    assert by["username_3@email.com"].seconds == 431 + 7080 + 261  # three stays
    # 13:53:09-14:41:42 and 14:39:45-17:05:39 overlap: 3 h 12 min 30 s, not Zoom's 49 + 146 minutes
    assert by["attendee434@email.com"].seconds == 3 * 3600 + 12 * 60 + 30
    # attendee 09:01:24-09:39:06, then promoted to panelist 09:39:09-10:03:38: one person, both stays
    assert by["attendee327@email.com"].seconds == 2262 + 1469 and by["attendee327@email.com"].rows == 2
    # a stay inside another adds nothing: 09:20:36-09:57:38, 09:49:50-09:51:42, 09:54:35-17:08:12
    assert by["attendee52@email.com"].seconds == 7 * 3600 + 47 * 60 + 36
    assert by["attendee155@email.com"].seconds == 20 + 26  # two stays of seconds, not two minutes
    assert by["attendee166@email.com"].seconds == 43  # Zoom's "1" minute was 43 seconds
    assert "attendee384@email.com" not in by  # registered, Attended "No"
    # Other Attended: "2:20 PM" to "2:21 PM" has no seconds; Zoom's 2 minutes say the stay ran on
    assert {name: by[name].seconds for name in ("userOther_1", "userOther_2", "userOther_3", "userOther_4")} == {
        "userOther_1": 60,
        "userOther_2": 180,
        "userOther_3": 120,
        "userOther_4": 48 * 60,
    }


def test_zoom_unique_users_have_only_totals() -> None:
    report = read_report(DATA / "zoom-unique-users.csv", TZ)
    assert seconds(report) == {"Rahim Uddin": 6000, "Tran Minh (iPhone)": 10800}
    assert all(p.intervals == () for p in report.participants)


def test_a_zoom_registration_report_is_named_for_what_it_is() -> None:
    with pytest.raises(DomainError) as raised:
        read_report(DATA / "zoom-registration.csv", TZ)
    assert raised.value.code == "online.registration_report"
    assert "zoom-registration.csv is a registration report" in str(raised.value)


def test_a_zoom_participant_report_in_japanese_with_times_to_the_minute() -> None:
    # yu-9824/zoom_participant's example2.csv: Zoom in Japanese, 114 people, times without seconds
    path = DATA / "zoom-ja-participants.csv"
    report = read_report(path, "Asia/Tokyo")
    assert report.platform == "zoom" and report.dates == (date(2020, 12, 8),) and len(report.participants) == 114
    got = seconds(report)
    assert got["次郎1"] == 226 * 60  # 8:55 to 12:41
    # "8:56, 8:56, 1": the seconds were cut off the times, not the stay; Zoom's rounded-up minute stands
    assert got["次郎4"] == 60
    assert got["次郎3"] == 226 * 60  # 8:56 to 12:41 is 225 whole minutes; the stay ran into the 226th
    # checked by hand once: every person's time is the minutes Zoom wrote in 所要時間（分）
    with path.open(encoding="utf-8", newline="") as handle:
        written = {row[0]: int(row[4]) * 60 for row in list(csv.reader(handle))[1:]}
    assert got == written


def test_minutes_rounded_up_do_not_stretch_a_stay_whose_times_have_seconds(tmp_path) -> None:
    path = tmp_path / "zoom.csv"
    path.write_text(
        "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes)\n"
        "Priya Das,priya@example.org,11/25/2026 09:05:00 AM,11/25/2026 09:34:30 AM,30\n"
        "Nima Sherpa,nima@example.org,11/25/2026 09:05 AM,11/25/2026 09:34 AM,30\n",
        encoding="utf-8",
    )
    assert seconds(read_report(path, TZ)) == {"Priya Das": 29 * 60 + 30, "Nima Sherpa": 30 * 60}


def test_a_teams_live_event_attendee_report_in_utc() -> None:
    # renefb/teams-report-converter's README: SessionId, ParticipantId, FullName, UtcEventTimestamp, Action
    report = read_report(DATA / "teams-live-event-attendees.csv", TZ)
    assert report.platform == "teams"
    by_email = {p.email: p for p in report.participants}
    assert by_email["johndoe@test.net"].seconds == 37 * 60 + 46  # 4:48:08 PM to 5:25:54 PM
    # joined and never left: there until the report's last moment, 5:25:54 PM
    assert by_email["mbrigs@corp.co"].seconds == 34 * 60 + 41
    # the times are UTC: 4:48:08 PM UTC is 22:18:08 in India
    assert by_email["johndoe@test.net"].first_join.isoformat() == "2022-01-25T22:18:08+05:30"
    assert report.dates == (date(2022, 1, 25),)


def test_a_live_event_attendee_on_two_devices_has_both_stays(tmp_path) -> None:
    path = tmp_path / "AttendeeReport.csv"
    path.write_text(
        "SessionId,ParticipantId,FullName,UserAgent,UtcEventTimestamp,Action,Role\n"
        "laptop-1,priya@example.org,Priya Das,Mozilla/5.0,11/25/2026 4:00:00 AM,Joined,Attendee\n"
        "phone-2,priya@example.org,Priya Das,Teams/1.0,11/25/2026 4:20:00 AM,Joined,Attendee\n"
        "laptop-1,priya@example.org,Priya Das,Mozilla/5.0,11/25/2026 4:30:00 AM,Left,Attendee\n"
        "phone-2,priya@example.org,Priya Das,Teams/1.0,11/25/2026 4:50:00 AM,Left,Attendee\n",
        encoding="utf-8",
    )
    (priya,) = read_report(path, TZ).participants
    assert priya.seconds == 50 * 60 and priya.rows == 4  # 4:00-4:30 and 4:20-4:50 together, not 30 min


# -- importing -------------------------------------------------------------------------------------------
@pytest.fixture
def event(services, make_event, make_member):
    event = make_event(
        capacity=None,
        starts_at=parse_local_datetime("2026-11-25 09:00", TZ),
        ends_at=parse_local_datetime("2026-11-25 18:00", TZ),
    )
    people = [
        ("Rahim Uddin", "রহিম উদ্দিন", "rahim.uddin@example.org"),
        ("Sunil Fernando", "", "sunil@work.example.org"),
        ("Priya Das", "প্রিয়া দাস", "priya@example.org"),
        ("Kyaw Zin Oo", "ကျော်ဇင်ဦး", "kyaw@example.org"),
        ("Tran Van Minh", "Trần Văn Minh", "minh@example.org"),
    ]
    rows = {}
    for latin, native, email in people:
        member = make_member(latin, native_name=native, email=email, gender=Gender.UNSPECIFIED)
        rows[latin] = services.registrations.register(event.id, member.id)
    return event, rows


def test_the_same_report_twice_is_refused_or_replaces_never_doubles(services, event, tmp_path) -> None:
    ev, rows = event
    services.online.import_report(ev.id, DATA / "zoom-webinar-attendees.csv")
    before = services.online.seconds_by_registration(ev.id)
    copy = tmp_path / "attendees (1).csv"
    copy.write_bytes((DATA / "zoom-webinar-attendees.csv").read_bytes())
    with pytest.raises(DomainError) as raised:
        services.online.import_report(ev.id, copy)
    assert raised.value.code == "online.already_imported" and "zoom-webinar-attendees.csv" in str(raised.value)
    # the same meeting exported again (other bytes, same id and start) is the same report too
    edited = tmp_path / "webinar-again.csv"
    edited.write_text((DATA / "zoom-webinar-attendees.csv").read_text().replace("14:02:11", "15:00:00"))
    with pytest.raises(DomainError):
        services.online.import_report(ev.id, edited)
    services.online.import_report(ev.id, edited, replace=True)
    assert len(services.online.list_sessions(ev.id)) == 1
    assert services.online.seconds_by_registration(ev.id) == before


def test_a_report_of_another_day_is_refused_naming_the_days_unless_confirmed(services, event) -> None:
    ev, _rows = event
    with pytest.raises(DomainError) as raised:
        services.online.import_report(ev.id, DATA / "teams-join-leave-log.csv")
    assert raised.value.code == "online.dates_outside_event"
    assert "2020-11-04" in str(raised.value) and "2026-11-25" in str(raised.value)
    assert services.online.list_sessions(ev.id) == []
    assert services.online.import_report(ev.id, DATA / "teams-join-leave-log.csv", any_date=True).participants == 38


def test_minutes_are_the_union_across_reports_and_thresholds_compare_seconds(services, event) -> None:
    ev, rows = event
    services.online.import_report(ev.id, DATA / "zoom-webinar-attendees.csv")
    services.online.import_report(ev.id, DATA / "teams-fr-day-first.csv")
    total = services.online.seconds_by_registration(ev.id)
    # Priya: 9:05:00-9:34:30 on Zoom and 9:20:00-9:49:30 on Teams: 44 min 30 s together, not 59 min
    assert total[rows["Priya Das"].id] == 44 * 60 + 30
    assert total[rows["Sunil Fernando"].id] == 50 * 60
    plan = services.certificates.plan(ev.id, CertificateKind.PARTICIPATION)  # online counts from 30 minutes
    names = {r.latin_name for r in plan.recipients}
    assert "Sunil Fernando" in names and "Priya Das" in names and "Kyaw Zin Oo" in names


def test_twenty_nine_and_a_half_minutes_is_not_thirty(services, event) -> None:
    ev, rows = event
    services.online.import_report(ev.id, DATA / "zoom-webinar-attendees.csv")
    assert services.online.minutes_by_registration(ev.id)[rows["Priya Das"].id] == 29.5
    plan = services.certificates.plan(ev.id, CertificateKind.PARTICIPATION)
    assert "Priya Das" not in {r.latin_name for r in plan.recipients}
    reasons = {item.name: item.why for item in plan.left_out}
    assert reasons["Priya Das"] == "online for 29 min 30 s, fewer than 30 min"


@pytest.mark.parametrize(
    "shown",
    [
        "Uddin, Rahim",
        "RAHIM UDDIN (EXT)",
        "015_Rahim Uddin",
        "রহিম উদ্দিন",
        "015_R.U (Rahim Uddin)",
        "Rahim Uddin (Guest)",
    ],
)
def test_names_as_meetings_show_them_are_matched(services, event, tmp_path, shown) -> None:
    ev, rows = event
    path = tmp_path / "zoom.csv"
    path.write_text(
        "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes)\n"
        f'"{shown}",,11/25/2026 10:00:00 AM,11/25/2026 10:30:00 AM,30\n',
        encoding="utf-8",
    )
    services.online.import_report(ev.id, path)
    (participant,) = services.online.participants(ev.id)
    assert participant.registration_id == rows["Rahim Uddin"].id and participant.matched_by == "name"


def test_rows_with_and_without_an_email_are_one_person(services, event, tmp_path) -> None:
    ev, rows = event
    path = tmp_path / "zoom.csv"
    path.write_text(
        "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes)\n"
        "Priya Das,priya@example.org,11/25/2026 10:00:00 AM,11/25/2026 10:30:00 AM,30\n"
        "Priya Das,,11/25/2026 10:20:00 AM,11/25/2026 10:40:00 AM,20\n",
        encoding="utf-8",
    )
    services.online.import_report(ev.id, path)
    (participant,) = services.online.participants(ev.id)
    assert participant.seconds == 40 * 60 and participant.registration_id == rows["Priya Das"].id


def test_cli_refuses_another_day_until_any_date_and_a_second_import_until_replace(ssc, event, db_path) -> None:
    ev, _rows = event
    report = DATA / "teams-join-leave-log.csv"
    code, _out, err = ssc("--db", db_path, "online-attendance", "import", "--event", ev.id, report)
    assert code != 0 and "2020-11-04" in err
    code, out, err = ssc("--db", db_path, "online-attendance", "import", "--event", ev.id, report, "--any-date")
    assert code == 0 and "Imported 38 participants" in out, err
    code, _out, err = ssc("--db", db_path, "online-attendance", "import", "--event", ev.id, report, "--any-date")
    assert code != 0 and "imported already" in err
    code, out, err = ssc(
        "--db", db_path, "online-attendance", "import", "--event", ev.id, report, "--any-date", "--replace"
    )
    assert code == 0, err


# Teams' participant table as it writes it in each language (name, first join, last leave, time in
# the meeting, e-mail), and the older per-stay wording (name, join time, leave time, duration).
TEAMS_HEADERS = {
    "en": ("Name", "First Join", "Last Leave", "In-Meeting Duration", "Email"),
    "fr": ("Nom complet", "Heure d'arrivée", "Heure de départ", "Durée", "Adresse e-mail"),
    "de": ("Vollständiger Name", "Erster Beitritt", "Letztes Verlassen", "Dauer in der Besprechung", "E-Mail"),
    "es": ("Nombre completo", "Hora de unión", "Hora de salida", "Duración", "Correo electrónico"),
    "pt": ("Nome completo", "Primeira entrada", "Última saída", "Duração na reunião", "E-mail"),
    "ja": ("名前", "参加時刻", "退出時刻", "会議中の時間", "メール"),
    "zh": ("全名", "首次加入", "上次离开", "会议持续时间", "电子邮件"),
    "id": ("Nama", "Bergabung Pertama", "Terakhir Keluar", "Durasi Dalam Rapat", "Email"),
    "vi": ("Họ và tên", "Lần tham gia đầu tiên", "Lần rời đi cuối cùng", "Thời lượng trong cuộc họp", "Email"),
    "th": ("ชื่อเต็ม", "เข้าร่วมครั้งแรก", "ออกครั้งล่าสุด", "ระยะเวลาในการประชุม", "อีเมล"),
}


@pytest.mark.parametrize("language", sorted(TEAMS_HEADERS))
@pytest.mark.parametrize("separator", ["\t", ",", ";"])
def test_teams_headers_in_each_language_and_separator(tmp_path, language: str, separator: str) -> None:
    header = separator.join(TEAMS_HEADERS[language])
    rows = [
        header,
        separator.join(
            ["Priya Das", '"25/11/2026, 09:20:00"', '"25/11/2026, 09:49:30"', "29m 30s", "priya@example.org"]
        ),
        separator.join(
            ["Kyaw Zin Oo", '"25/11/2026, 13:16:40"', '"25/11/2026, 14:00:00"', "43m 20s", "kyaw@example.org"]
        ),
    ]
    path = tmp_path / f"teams-{language}.csv"
    path.write_bytes(b"\xff\xfe" + ("\r\n".join(rows) + "\r\n").encode("utf-16-le"))
    report = read_report(path, TZ)
    assert {p.email: p.seconds for p in report.participants} == {"priya@example.org": 1770, "kyaw@example.org": 2600}


def test_a_meet_report_that_names_its_date_puts_its_times_of_day_on_it(services, event, tmp_path) -> None:
    # the Workspace attendance report's block above the table: title, date, start and end
    path = tmp_path / "Attendance report - Standup.csv"
    path.write_text(
        "Meeting title,Date,Start time,End time\nStandup,2026-05-11,09:00,09:32\n\n"
        "Name,Email,Duration,Time joined,Time exited\n"
        "Priya Das,priya@example.org,32m,9:00:12,9:32:01\n",
        encoding="utf-8",
    )
    report = read_report(path, TZ, date(2026, 11, 25))  # the event's day does not move the report's
    assert report.platform == "meet" and report.dates == (date(2026, 5, 11),)
    assert report.meeting_key == "meet|standup|2026-05-11T09:00:00"
    assert seconds(report) == {"Priya Das": 31 * 60 + 49}
    ev, _rows = event
    with pytest.raises(DomainError) as raised:
        services.online.import_report(ev.id, path)
    assert raised.value.code == "online.dates_outside_event" and "2026-05-11" in str(raised.value)


def test_teams_in_thai_with_buddhist_era_years_is_on_the_event_day(services, event, tmp_path) -> None:
    path = tmp_path / "teams-th.csv"
    rows = [
        "\t".join(TEAMS_HEADERS["th"]),
        "\t".join(["Priya Das", "25/11/2569 9:20:00", "25/11/2569 9:49:30", "29m 30s", "priya@example.org"]),
    ]
    path.write_bytes(b"\xff\xfe" + ("\r\n".join(rows) + "\r\n").encode("utf-16-le"))
    report = read_report(path, TZ)
    assert report.dates == (date(2026, 11, 25),) and seconds(report) == {"Priya Das": 1770}
    ev, rows_by_name = event
    services.online.import_report(ev.id, path)  # not refused as a report of the year 2569
    assert services.online.seconds_by_registration(ev.id)[rows_by_name["Priya Das"].id] == 1770


def test_meet_attendance_extension_with_first_and_last_seen(tmp_path) -> None:
    path = tmp_path / "meet-extension.csv"
    path.write_text(
        "Full Name,First Seen,Last Seen,Time in Call\n"
        "Nima Sherpa,11/25/2026 9:05:00 AM,11/25/2026 9:50:00 AM,45 min\n"
        "Priya Das,11/25/2026 9:10:00 AM,11/25/2026 10:20:00 AM,50 min\n",
        encoding="utf-8",
    )
    report = read_report(path, TZ)
    assert report.platform == "meet"
    # Priya's 50 minutes in a 70-minute span: she stepped out; the time in the call is the truer figure
    assert seconds(report) == {"Nima Sherpa": 45 * 60, "Priya Das": 50 * 60}


PUBLISHED = [
    "teams-join-leave-log.csv",
    "teams-join-leave-rejoin.csv",
    "teams-live-event-attendees.csv",
    "teams-id-activities.csv",
    "zoom-contoso-day-first.csv",
    "zoom-ja-participants.csv",
    "zoom-webinar-satrdays.csv",
]


@pytest.mark.parametrize("name", PUBLISHED)
def test_every_published_sample_imports_with_its_people_and_seconds(services, event, name) -> None:
    ev, _rows = event
    path = DATA / name
    timezone = services.events.get_event(ev.id).timezone
    parsed = read_report(path, timezone, event_days=(date(2023, 6, 1),) * 2 if "contoso" in name else None)
    session = services.online.import_report(ev.id, path, any_date=True)  # their days are not the event's
    assert session.participants == len(parsed.participants)
    stored = sorted((p.name, p.seconds) for p in services.online.participants(ev.id))
    assert stored == sorted((p.name, p.seconds) for p in parsed.participants)
