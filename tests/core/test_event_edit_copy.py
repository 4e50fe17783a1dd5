"""Editing an event (checked like creating one) and copying last year's reunion with its programme."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from ssc_desktop.errors import DomainError, NotFoundError
from ssc_desktop.models import EventFormat, ProgrammeItem, ProgrammeKind, ProgrammeSpeaker
from ssc_desktop.services.events import draft_of, parse_local_datetime, shift_wall_clock


def add_programme(context, event_id: int, member_id: int | None = None) -> None:
    """Two items of the day, written directly (the programme service is not needed here)."""
    with context.database.session_factory.begin() as session:
        session.add(
            ProgrammeItem(
                event_id=event_id,
                kind=ProgrammeKind.KEYNOTE,
                title="Opening keynote",
                room="Dogra Hall",
                starts_at=parse_local_datetime("2025-11-22 10:00", "Asia/Kolkata"),
                ends_at=parse_local_datetime("2025-11-22 11:00", "Asia/Kolkata"),
                description="Welcome",
                speakers=[
                    ProgrammeSpeaker(
                        name="Prof. Tanaka",
                        native_name="田中教授",
                        affiliation="Kochi University",
                        bio="Host professor",
                        position=0,
                    ),
                    ProgrammeSpeaker(member_id=member_id, name="Ananya Iyer", position=1),
                ],
            )
        )
        session.add(
            ProgrammeItem(
                event_id=event_id,
                kind=ProgrammeKind.BREAK,
                title="Lunch",
                starts_at=parse_local_datetime("2025-11-22 13:00", "Asia/Kolkata"),
                ends_at=parse_local_datetime("2025-11-22 14:00", "Asia/Kolkata"),
            )
        )


def programme(context, event_id: int) -> list[tuple]:
    with context.database.session_factory() as session:
        items = session.scalars(
            select(ProgrammeItem).where(ProgrammeItem.event_id == event_id).order_by(ProgrammeItem.starts_at)
        ).all()
        return [
            (
                i.title,
                i.kind,
                i.room,
                i.starts_at,
                i.ends_at,
                i.description,
                [(s.name, s.native_name, s.affiliation, s.bio, s.member_id, s.position) for s in i.speakers],
            )
            for i in items
        ]


@pytest.fixture
def last_year(make_event):
    return make_event(
        title="2nd SSC India Reunion",
        format=EventFormat.FACE_TO_FACE,
        venue="IISc Bengaluru",
        online_link="https://zoom.us/j/1",
        capacity=150,
        starts_at=parse_local_datetime("2025-11-22 09:30", "Asia/Kolkata"),
        ends_at=parse_local_datetime("2025-11-22 17:30", "Asia/Kolkata"),
        registration_deadline=parse_local_datetime("2025-11-15 23:59", "Asia/Kolkata"),
    )


def test_edit_changes_every_field(last_year, services) -> None:
    other, _ = services.chapters.ensure_chapter("SSC Nepal", "SSCN", "Nepal")
    draft = replace(
        draft_of(last_year),
        chapter_id=other.id,
        title="  Renamed reunion ",
        format=EventFormat.ONLINE,
        venue="",
        online_link="https://meet.example.org/x",
        timezone="Asia/Kathmandu",
        capacity=None,
        starts_at=parse_local_datetime("2025-11-23 10:00", "Asia/Kathmandu"),
        ends_at=parse_local_datetime("2025-11-23 12:00", "Asia/Kathmandu"),
        registration_deadline=None,
    )
    edited = services.events.edit_event(last_year.id, draft).event
    assert (edited.id, edited.title, edited.chapter_name, edited.format) == (
        last_year.id,
        "Renamed reunion",
        "SSC Nepal",
        EventFormat.ONLINE,
    )
    assert (edited.timezone, edited.capacity, edited.registration_deadline, edited.venue) == (
        "Asia/Kathmandu",
        None,
        None,
        "",
    )
    assert (edited.local_start.hour, edited.local_start.minute) == (10, 0)
    assert services.events.get_event(last_year.id) == edited


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (dict(title="   "), "event.title_required"),
        (dict(timezone="Asia/Nowhere"), "event.unknown_timezone"),
        (dict(capacity=0), "event.bad_capacity"),
        (dict(capacity=-5), "event.bad_capacity"),
        (dict(ends_at=datetime(2025, 11, 22, 3, 0, tzinfo=timezone.utc)), "event.ends_before_start"),
        (dict(registration_deadline=datetime(2025, 11, 23, 0, 0, tzinfo=timezone.utc)), "event.deadline_after_end"),
        (dict(registration_deadline=datetime(2025, 11, 1)), "event.bad_datetime"),
    ],
)
def test_edit_is_checked_like_create(last_year, services, change, code) -> None:
    with pytest.raises(DomainError) as refused:
        services.events.edit_event(last_year.id, replace(draft_of(last_year), **change))
    assert refused.value.code == code
    assert services.events.get_event(last_year.id) == last_year


def test_create_refuses_a_deadline_after_the_end(make_event, services) -> None:
    with pytest.raises(DomainError) as refused:
        make_event(registration_deadline=datetime(2027, 1, 1, tzinfo=timezone.utc))
    assert refused.value.code == "event.deadline_after_end"
    assert "deadline" in str(refused.value)
    assert services.events.list_events() == []


def test_edit_unknown_event_or_chapter(last_year, services) -> None:
    with pytest.raises(NotFoundError) as no_event:
        services.events.edit_event(999, draft_of(last_year))
    assert no_event.value.params["kind"] == "event"
    with pytest.raises(NotFoundError) as no_chapter:
        services.events.edit_event(last_year.id, replace(draft_of(last_year), chapter_id=999))
    assert no_chapter.value.params["kind"] == "chapter"


def test_copy_last_years_reunion(context, services, last_year, make_member) -> None:
    speaker = make_member("Ananya Iyer")
    add_programme(context, last_year.id, speaker.id)
    services.registrations.register(last_year.id, speaker.id, allow_late=True)
    new_start = parse_local_datetime("2026-11-21 09:30", "Asia/Kolkata")
    result = services.events.copy_event(last_year.id, new_start, title="3rd SSC India Reunion")
    copy = result.event
    assert copy.id != last_year.id and result.source_id == last_year.id and result.programme_items == 2
    assert copy.title == "3rd SSC India Reunion"
    same = ("chapter_id", "format", "venue", "online_link", "timezone", "capacity")
    assert [getattr(copy, f) for f in same] == [getattr(last_year, f) for f in same]
    assert copy.starts_at == new_start
    assert copy.local_end.strftime("%Y-%m-%d %H:%M") == "2026-11-21 17:30"
    assert (
        copy.registration_deadline.astimezone(copy.local_start.tzinfo).strftime("%Y-%m-%d %H:%M") == "2026-11-14 23:59"
    )
    assert copy.registered == 0  # registrations stay with last year's event
    delta = new_start - last_year.starts_at
    old, new = programme(context, last_year.id), programme(context, copy.id)
    assert [(t, k, room, s + delta, e + delta, d, sp) for t, k, room, s, e, d, sp in old] == new
    assert new[0][6][0] == ("Prof. Tanaka", "田中教授", "Kochi University", "Host professor", None, 0)
    assert new[0][6][1][4] == speaker.id
    # The original is untouched.
    original = services.events.get_event(last_year.id)
    assert (original.title, original.starts_at, original.registered) == (last_year.title, last_year.starts_at, 1)
    assert len(old) == 2


def test_copy_keeps_the_wall_clock_across_daylight_saving(make_event, services) -> None:
    winter = make_event(
        title="Berlin meetup",
        timezone="Europe/Berlin",
        capacity=None,
        starts_at=parse_local_datetime("2026-01-15 10:00", "Europe/Berlin"),
        ends_at=parse_local_datetime("2026-01-15 12:00", "Europe/Berlin"),
    )
    summer = services.events.copy_event(winter.id, parse_local_datetime("2026-07-15 10:00", "Europe/Berlin")).event
    assert summer.title == "Berlin meetup"
    assert (summer.local_start.hour, summer.local_end.hour) == (10, 12)
    assert summer.ends_at - summer.starts_at == timedelta(hours=2)
    moved = shift_wall_clock(winter.starts_at, "Europe/Berlin", timedelta(days=181))
    assert moved.astimezone(summer.local_start.tzinfo).hour == 10


def test_copy_refuses_bad_input(last_year, services) -> None:
    with pytest.raises(NotFoundError):
        services.events.copy_event(999, datetime(2026, 1, 1, tzinfo=timezone.utc))
    with pytest.raises(DomainError) as naive:
        services.events.copy_event(last_year.id, datetime(2026, 1, 1))
    assert naive.value.code == "event.bad_datetime"
    with pytest.raises(DomainError) as untitled:
        services.events.copy_event(last_year.id, datetime(2026, 1, 1, tzinfo=timezone.utc), title=" ")
    assert untitled.value.code == "event.title_required"
    assert [e.id for e in services.events.list_events()] == [last_year.id]
