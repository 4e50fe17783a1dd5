"""The demo reunion: ~300 members in many scripts and a live hybrid reunion today."""

from __future__ import annotations

import unicodedata
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest

from ssc_desktop.app import compose, create_demo
from ssc_desktop.errors import DomainError
from ssc_desktop.models import EventFormat, RegistrationRole, RegistrationStatus
from ssc_desktop.services.demo import DEMO_TIMEZONE, build_demo, generate_members
from ssc_desktop.services.events import zone
from ssc_desktop.services.members import MemberDraft

REUNION = "3rd SSC India Reunion"


def scripts_of(text: str) -> set[str]:
    """Unicode script families of the letters in text, from their character names."""
    found = set()
    for ch in text:
        if not ch.isalpha() and unicodedata.category(ch) not in ("Mn", "Mc"):
            continue
        name = unicodedata.name(ch, "")
        for script in ("DEVANAGARI", "SINHALA", "THAI", "BENGALI", "MYANMAR", "HIRAGANA", "KATAKANA"):
            if name.startswith(script):
                found.add(script)
        if name.startswith("CJK UNIFIED IDEOGRAPH"):
            found.add("CJK")
        if name.startswith("LATIN") and unicodedata.decomposition(ch) or ch in "đĐ":
            found.add("LATIN WITH MARKS")
    return found


def test_scripts_of_recognises_what_it_should() -> None:
    assert scripts_of("राहुल") == {"DEVANAGARI"}
    assert scripts_of("山田 太郎") == {"CJK"}
    assert scripts_of("Nguyễn") == {"LATIN WITH MARKS"}
    assert scripts_of("Rahul Sharma") == set()


@pytest.fixture(scope="module")
def demo(demo_context):
    return demo_context.services


def test_demo_has_about_300_members_in_many_scripts(demo) -> None:
    members = demo.members.list_members()
    assert len(members) == demo.members.count_members() == 300
    scripts = Counter(script for m in members for script in scripts_of(m.native_name))
    for script in ("DEVANAGARI", "CJK", "SINHALA", "THAI", "BENGALI", "MYANMAR", "LATIN WITH MARKS"):
        assert scripts[script] > 0, f"no demo member writes their name in {script}"
    vietnamese = [m for m in members if m.country == "Vietnam"]
    assert vietnamese and all(scripts_of(m.native_name) == {"LATIN WITH MARKS"} for m in vietnamese)
    assert all(m.latin_name.isascii() for m in members)
    assert len({m.email for m in members}) == 300
    countries = Counter(m.country for m in members)
    assert countries.most_common(1)[0][0] == "India"
    assert len(countries) >= 8


def test_demo_members_belong_to_their_country_chapter(demo) -> None:
    chapters = {c.country: c.name for c in demo.chapters.list_chapters()}
    assert demo.chapters.find_chapter("ISCA").name == "SSC India"
    for member in demo.members.list_members():
        assert member.chapter_name == chapters[member.country]


def test_demo_reunion_is_hybrid_and_today(demo) -> None:
    events = {e.title: e for e in demo.events.list_events()}
    assert len(events) == 3
    reunion = events[REUNION]
    assert reunion.format is EventFormat.HYBRID
    assert reunion.chapter_name == "SSC India"
    assert reunion.timezone == DEMO_TIMEZONE
    assert reunion.venue and reunion.online_link.startswith("https://")
    assert reunion.local_start.date() == datetime.now(zone(DEMO_TIMEZONE)).date()
    assert reunion.local_start.utcoffset() == zone(DEMO_TIMEZONE).utcoffset(reunion.local_start.replace(tzinfo=None))
    assert {e.format for e in events.values()} == set(EventFormat)


def test_demo_reunion_registrations(demo) -> None:
    reunion = next(e for e in demo.events.list_events() if e.title == REUNION)
    rows = demo.registrations.list_registrations(reunion.id)
    statuses = Counter(r.status for r in rows)
    assert {r.role for r in rows} == set(RegistrationRole)
    assert statuses[RegistrationStatus.WAITLISTED] > 0
    assert statuses[RegistrationStatus.CANCELLED] > 0
    assert statuses[RegistrationStatus.REGISTERED] > statuses[RegistrationStatus.WAITLISTED]
    checked = [r for r in rows if r.checked_in_at is not None]
    assert 0 < len(checked) < statuses[RegistrationStatus.REGISTERED]
    assert all(r.status is RegistrationStatus.REGISTERED for r in checked)
    assert all(r.station for r in checked)
    assert len({r.member_id for r in rows}) == len(rows)
    # The event's headline figures agree with its rows.
    assert (reunion.registered, reunion.waitlisted, reunion.cancelled, reunion.checked_in) == (
        statuses[RegistrationStatus.REGISTERED],
        statuses[RegistrationStatus.WAITLISTED],
        statuses[RegistrationStatus.CANCELLED],
        len(checked),
    )
    assert reunion.registered <= reunion.capacity


def test_create_demo_summary(demo_db: Path, demo) -> None:
    assert demo_db.is_file()
    total = sum(len(demo.registrations.list_registrations(e.id)) for e in demo.events.list_events())
    checked = sum(e.checked_in for e in demo.events.list_events())
    path = demo_db.with_name("again.sqlite3")
    context, summary = create_demo(path)
    try:
        assert summary.members == 300 and summary.events == 3
        assert summary.registrations == total
        assert summary.checked_in == checked
        assert context.services.events.get_event(summary.reunion_event_id).title == REUNION
    finally:
        context.close()


def test_demo_is_deterministic() -> None:
    assert generate_members(50, seed=3) == generate_members(50, seed=3)
    assert generate_members(50, seed=3) != generate_members(50, seed=4)


def test_small_demo(tmp_path: Path) -> None:
    context, summary = create_demo(tmp_path / "small.sqlite3", member_count=40)
    try:
        assert summary.members == context.services.members.count_members() == 40
        assert summary.events == 3
    finally:
        context.close()


def test_demo_refuses_a_database_with_members(tmp_path: Path) -> None:
    path = tmp_path / "real.sqlite3"
    context = compose(path)
    try:
        context.services.members.add_member(MemberDraft(latin_name="A real member"))
        with pytest.raises(DomainError) as caught:
            build_demo(context.services)
        assert caught.value.code == "demo.database_not_empty"
        assert "1 members" in str(caught.value)
        assert context.services.events.list_events() == []
        assert context.services.members.count_members() == 1
    finally:
        context.close()

    with pytest.raises(DomainError) as again:
        create_demo(path)
    assert again.value.code == "demo.database_not_empty"


def test_demo_sign_ups_come_before_their_check_ins(demo_context) -> None:
    """Every registration is dated before its event starts, and so before its own check-ins."""
    from sqlalchemy import select

    from ssc_desktop.models import CheckIn, Event, Registration

    with demo_context.database.session_factory() as session:
        rows = session.execute(
            select(Event.title, Registration.created_at, Event.starts_at, CheckIn.checked_in_at)
            .join(Event, Event.id == Registration.event_id)
            .outerjoin(CheckIn, CheckIn.registration_id == Registration.id)
        ).all()
    assert len(rows) > 300
    late = [
        row
        for row in rows
        if row.created_at > row.starts_at or (row.checked_in_at is not None and row.created_at > row.checked_in_at)
    ]
    assert late == []
