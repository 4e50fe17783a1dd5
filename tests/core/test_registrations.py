"""Registrations: one per member and event, listed with the latest standing check-in."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from ssc_desktop.errors import DomainError, NotFoundError
from ssc_desktop.models import RegistrationRole, RegistrationStatus


def test_register_returns_a_full_row(make_event, make_member, services, india) -> None:
    event = make_event()
    member = make_member(
        "Priya Kulkarni",
        native_name="प्रिया कुलकर्णी",
        email="priya@example.org",
        country="India",
        affiliation="IISER Pune",
        chapter_id=india.id,
    )
    row = services.registrations.register(event.id, member.id, RegistrationRole.SPEAKER)
    assert (row.event_id, row.member_id) == (event.id, member.id)
    assert (row.latin_name, row.native_name, row.email) == ("Priya Kulkarni", "प्रिया कुलकर्णी", "priya@example.org")
    assert (row.country, row.chapter_name, row.affiliation) == ("India", "SSC India", "IISER Pune")
    assert row.role is RegistrationRole.SPEAKER
    assert row.status is RegistrationStatus.REGISTERED
    assert row.registered_at.tzinfo is not None
    assert row.checked_in_at is None and row.station == ""
    assert services.registrations.get_registration(row.id) == row


def test_duplicate_registration_is_refused(make_event, make_member, services) -> None:
    event = make_event()
    member = make_member("Rohan Mehta")
    services.registrations.register(event.id, member.id)
    with pytest.raises(DomainError) as caught:
        services.registrations.register(event.id, member.id, RegistrationRole.JUDGE)
    assert caught.value.code == "registration.duplicate"
    assert "Rohan Mehta" in str(caught.value)
    rows = services.registrations.list_registrations(event.id)
    assert [(r.latin_name, r.role) for r in rows] == [("Rohan Mehta", RegistrationRole.PARTICIPANT)]


def test_same_member_may_register_for_two_events(make_event, make_member, services) -> None:
    first, second = make_event(title="One"), make_event(title="Two")
    member = make_member()
    services.registrations.register(first.id, member.id)
    services.registrations.register(second.id, member.id)
    assert len(services.registrations.list_registrations(first.id)) == 1
    assert len(services.registrations.list_registrations(second.id)) == 1


def test_register_unknown_event_or_member(make_event, make_member, services) -> None:
    event = make_event()
    member = make_member()
    with pytest.raises(NotFoundError) as no_event:
        services.registrations.register(999, member.id)
    assert no_event.value.params["kind"] == "event"
    with pytest.raises(NotFoundError) as no_member:
        services.registrations.register(event.id, 999)
    assert no_member.value.params["kind"] == "member"
    with pytest.raises(NotFoundError):
        services.registrations.get_registration(999)


def test_register_many_is_all_or_nothing(make_event, make_member, services) -> None:
    event = make_event()
    people = [make_member(f"Member {i}") for i in range(5)]
    entries = [(p.id, RegistrationRole.PARTICIPANT, RegistrationStatus.REGISTERED) for p in people]
    assert services.registrations.register_many(event.id, entries[:2]) == 2
    with pytest.raises(DomainError) as caught:
        services.registrations.register_many(event.id, entries[2:] + entries[:1])
    assert caught.value.code == "registration.duplicate"
    assert len(services.registrations.list_registrations(event.id)) == 2
    assert services.registrations.register_many(event.id, []) == 0


def test_list_is_by_latin_name_with_latest_standing_check_in(make_event, make_member, services) -> None:
    event = make_event()
    names = ["Vikram Singh", "Aditya Das", "Meera Joshi"]
    rows = {n: services.registrations.register(event.id, make_member(n).id) for n in names}
    first = datetime(2026, 12, 12, 3, 15, tzinfo=timezone.utc)
    second = datetime(2026, 12, 12, 3, 40, tzinfo=timezone.utc)

    # Vikram: checked in at desk 1, undone, checked in again at desk 2 -> the second one stands.
    services.checkin.check_in(rows["Vikram Singh"].id, "Front desk 1", at=first)
    services.checkin.undo_check_in(rows["Vikram Singh"].id)
    services.checkin.check_in(rows["Vikram Singh"].id, "Front desk 2", at=second)
    # Meera: checked in and undone -> nothing stands.
    services.checkin.check_in(rows["Meera Joshi"].id, "Front desk 1", at=first)
    services.checkin.undo_check_in(rows["Meera Joshi"].id)

    listed = services.registrations.list_registrations(event.id)
    assert [r.latin_name for r in listed] == sorted(names)
    by_name = {r.latin_name: r for r in listed}
    assert by_name["Vikram Singh"].checked_in_at == second
    assert by_name["Vikram Singh"].station == "Front desk 2"
    assert by_name["Meera Joshi"].checked_in_at is None and by_name["Meera Joshi"].station == ""
    assert by_name["Aditya Das"].checked_in_at is None
    assert services.registrations.get_registration(rows["Vikram Singh"].id) == by_name["Vikram Singh"]
    assert services.events.get_event(event.id).checked_in == 1


def test_list_of_another_event_is_separate(make_event, make_member, services) -> None:
    event, empty = make_event(title="Full"), make_event(title="Empty")
    services.registrations.register(event.id, make_member().id)
    assert services.registrations.list_registrations(empty.id) == []


def test_register_many_names_the_duplicate_and_stores_nothing(make_event, make_member, services) -> None:
    event = make_event()
    members = [make_member(name) for name in ("Amit Das", "Isha Reddy", "Kasun Silva")]
    services.registrations.register(event.id, members[1].id)
    entries = [(m.id, RegistrationRole.PARTICIPANT, RegistrationStatus.REGISTERED) for m in members]
    with pytest.raises(DomainError) as raised:
        services.registrations.register_many(event.id, entries)
    assert raised.value.code == "registration.duplicate"
    assert raised.value.params["member"] == "Isha Reddy"
    assert [r.latin_name for r in services.registrations.list_registrations(event.id)] == ["Isha Reddy"]
    with pytest.raises(NotFoundError):
        services.registrations.register_many(
            event.id, [(999_999, RegistrationRole.GUEST, RegistrationStatus.REGISTERED)]
        )


def test_add_members_with_an_unknown_chapter_stores_nothing(services) -> None:
    from ssc_desktop.services.members import MemberDraft

    with pytest.raises(NotFoundError):
        services.members.add_members([MemberDraft("Lim Wei Hong"), MemberDraft("Tan Mei Ling", chapter_id=4242)])
    assert services.members.count_members() == 0
