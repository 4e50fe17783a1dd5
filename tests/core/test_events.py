"""Events: stored in UTC, shown in their own time zone, with headline counts."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from ssc_desktop.errors import DomainError, NotFoundError
from ssc_desktop.models import EventFormat, RegistrationRole, RegistrationStatus
from ssc_desktop.services.events import (
    default_end,
    parse_event_format,
    parse_local_datetime,
    time_zone_names,
)


def test_create_event_in_its_time_zone(make_event) -> None:
    event = make_event()
    assert event.title == "3rd SSC India Reunion"
    assert event.chapter_name == "SSC India"
    assert event.format is EventFormat.HYBRID
    assert event.timezone == "Asia/Kolkata"
    # 09:30 in Delhi (UTC+05:30) is 04:00 UTC, read back as an aware datetime.
    assert event.starts_at == datetime(2026, 12, 12, 4, 0, tzinfo=timezone.utc)
    assert event.starts_at.utcoffset() == timedelta(0)
    assert event.local_start.utcoffset() == timedelta(hours=5, minutes=30)
    assert (event.local_start.hour, event.local_start.minute) == (9, 30)
    assert (event.local_end.hour, event.local_end.minute) == (18, 0)
    assert (event.registered, event.waitlisted, event.cancelled, event.checked_in) == (0, 0, 0, 0)


def test_local_start_follows_daylight_saving(make_event) -> None:
    winter = make_event(
        title="Winter",
        timezone="Europe/Berlin",
        starts_at=parse_local_datetime("2026-01-15 10:00", "Europe/Berlin"),
        ends_at=parse_local_datetime("2026-01-15 12:00", "Europe/Berlin"),
    )
    summer = make_event(
        title="Summer",
        timezone="Europe/Berlin",
        starts_at=parse_local_datetime("2026-07-15 10:00", "Europe/Berlin"),
        ends_at=parse_local_datetime("2026-07-15 12:00", "Europe/Berlin"),
    )
    assert winter.starts_at.hour == 9 and summer.starts_at.hour == 8
    assert winter.local_start.hour == summer.local_start.hour == 10


def test_events_are_listed_most_recent_first(make_event, services) -> None:
    make_event(
        title="Old",
        starts_at=datetime(2025, 1, 1, 4, tzinfo=timezone.utc),
        ends_at=datetime(2025, 1, 1, 10, tzinfo=timezone.utc),
    )
    make_event(
        title="New",
        starts_at=datetime(2027, 1, 1, 4, tzinfo=timezone.utc),
        ends_at=datetime(2027, 1, 1, 10, tzinfo=timezone.utc),
    )
    make_event(title="Middle")
    assert [e.title for e in services.events.list_events()] == ["New", "Middle", "Old"]


def test_get_unknown_event(services) -> None:
    with pytest.raises(NotFoundError):
        services.events.get_event(404)


def test_event_for_unknown_chapter(make_event) -> None:
    with pytest.raises(NotFoundError) as caught:
        make_event(chapter_id=999)
    assert caught.value.params["kind"] == "chapter"


@pytest.mark.parametrize("minutes", [0, -1, -600])
def test_event_that_ends_before_it_starts_is_refused(make_event, services, minutes: int) -> None:
    starts = datetime(2026, 12, 12, 4, tzinfo=timezone.utc)
    with pytest.raises(DomainError) as caught:
        make_event(starts_at=starts, ends_at=starts + timedelta(minutes=minutes))
    assert caught.value.code == "event.ends_before_start"
    assert services.events.list_events() == []


@pytest.mark.parametrize("name", ["Mars/Olympus_Mons", "Asia/Kolkatta", "", "../etc/passwd"])
def test_unknown_time_zone_is_refused(make_event, services, name: str) -> None:
    with pytest.raises(DomainError) as caught:
        make_event(timezone=name)
    assert caught.value.code == "event.unknown_timezone"
    with pytest.raises(DomainError) as parsing:
        parse_local_datetime("2026-12-12 09:30", name)
    assert parsing.value.code == "event.unknown_timezone"
    assert services.events.list_events() == []


def test_event_needs_a_title_and_a_positive_capacity(make_event) -> None:
    with pytest.raises(DomainError) as no_title:
        make_event(title="   ")
    assert no_title.value.code == "event.title_required"
    with pytest.raises(DomainError) as bad_capacity:
        make_event(capacity=0)
    assert bad_capacity.value.code == "event.bad_capacity"


@pytest.mark.parametrize(
    ("text", "expected_utc"),
    [
        ("2026-12-12 09:30", datetime(2026, 12, 12, 4, 0, tzinfo=timezone.utc)),
        ("2026-12-12T09:30", datetime(2026, 12, 12, 4, 0, tzinfo=timezone.utc)),
        (" 2026-12-12 09:30:15 ", datetime(2026, 12, 12, 4, 0, 15, tzinfo=timezone.utc)),
        ("2026-12-12", datetime(2026, 12, 11, 18, 30, tzinfo=timezone.utc)),
        ("2026-12-12T09:30+09:00", datetime(2026, 12, 12, 0, 30, tzinfo=timezone.utc)),  # an explicit offset wins
    ],
)
def test_parse_local_datetime(text: str, expected_utc: datetime) -> None:
    assert parse_local_datetime(text, "Asia/Kolkata") == expected_utc


@pytest.mark.parametrize("text", ["12/12/2026 09:30", "tomorrow", "2026-13-01 09:00", "2026-12-12 25:00", ""])
def test_parse_local_datetime_refuses_nonsense(text: str) -> None:
    with pytest.raises(DomainError) as caught:
        parse_local_datetime(text, "Asia/Kolkata", "end")
    assert caught.value.code == "event.bad_datetime"
    assert caught.value.params["field"] == "end"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hybrid", EventFormat.HYBRID),
        ("Face to face", EventFormat.FACE_TO_FACE),
        ("F2F", EventFormat.FACE_TO_FACE),
        ("in-person", EventFormat.FACE_TO_FACE),
        (" ONLINE ", EventFormat.ONLINE),
        ("face_to_face", EventFormat.FACE_TO_FACE),
    ],
)
def test_parse_event_format(text: str, expected: EventFormat) -> None:
    assert parse_event_format(text) is expected


def test_parse_event_format_refuses_others() -> None:
    with pytest.raises(DomainError) as caught:
        parse_event_format("party")
    assert caught.value.code == "event.bad_format"


def test_default_end_and_zone_names() -> None:
    starts = datetime(2026, 12, 12, 4, tzinfo=timezone.utc)
    assert default_end(starts) == starts + timedelta(hours=8)
    names = time_zone_names()
    assert "Asia/Kolkata" in names and names == sorted(names)
    ZoneInfo(names[0])


def test_counts(make_event, make_member, services) -> None:
    event = make_event()
    other = make_event(title="Webinar", format=EventFormat.ONLINE)
    people = [make_member(f"Member {i}") for i in range(9)]
    statuses = (
        [RegistrationStatus.REGISTERED] * 5 + [RegistrationStatus.WAITLISTED] * 3 + [RegistrationStatus.CANCELLED]
    )
    registrations = [
        services.registrations.register(event.id, person.id, RegistrationRole.PARTICIPANT, status)
        for person, status in zip(people, statuses, strict=True)
    ]
    services.registrations.register(other.id, people[0].id)
    for registration in registrations[:3]:
        services.checkin.check_in(registration.id, "Front desk 1")
    services.checkin.undo_check_in(registrations[2].id)
    # Checked in, undone and checked in again counts once.
    services.checkin.undo_check_in(registrations[1].id)
    services.checkin.check_in(registrations[1].id, "Front desk 2")

    summary = services.events.get_event(event.id)
    assert (summary.registered, summary.waitlisted, summary.cancelled, summary.checked_in) == (5, 3, 1, 2)
    listed = {e.id: e for e in services.events.list_events()}
    assert listed[event.id] == summary
    assert (listed[other.id].registered, listed[other.id].checked_in) == (1, 0)
