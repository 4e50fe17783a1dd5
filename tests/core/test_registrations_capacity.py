"""Places, the waitlist, walk-ins, the registration deadline, bulk sign-ups and the counts."""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from datetime import datetime, timedelta, timezone

import pytest

from ssc_desktop.errors import DomainError, NotFoundError
from ssc_desktop.models import RegistrationRole, RegistrationStatus
from ssc_desktop.services.registration_rows import parse_role, parse_status, waitlist_positions

R, W, C = RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED, RegistrationStatus.CANCELLED


@pytest.fixture
def people(make_member):
    return [make_member(f"Person {i:02d}", email=f"p{i}@example.org") for i in range(12)]


def statuses(services, event_id: int) -> dict[str, RegistrationStatus]:
    return {r.latin_name: r.status for r in services.registrations.list_registrations(event_id)}


def test_beyond_capacity_people_wait_in_sign_up_order(make_event, people, services) -> None:
    event = make_event(capacity=3)
    rows = [services.registrations.register(event.id, p.id) for p in people[:6]]
    assert [r.status for r in rows] == [R, R, R, W, W, W]
    positions = waitlist_positions(services.registrations.list_registrations(event.id))
    assert [positions.get(r.id) for r in rows] == [None, None, None, 1, 2, 3]
    summary = services.events.get_event(event.id)
    assert (summary.registered, summary.waitlisted) == (3, 3)


def test_every_role_takes_a_place(make_event, people, services) -> None:
    event = make_event(capacity=2)
    services.registrations.register(event.id, people[0].id, RegistrationRole.SPEAKER)
    services.registrations.register(event.id, people[1].id, RegistrationRole.STAFF)
    judge = services.registrations.register(event.id, people[2].id, RegistrationRole.JUDGE)
    assert judge.status is W
    # A coordinator can still place someone on purpose with an explicit status.
    placed = services.registrations.register(event.id, people[3].id, RegistrationRole.GUEST, R)
    assert placed.status is R
    counts = services.registrations.counts(event.id)
    assert (counts.registered, counts.capacity, counts.over_capacity, counts.free_places) == (3, 2, 1, 0)


def test_cancelling_promotes_the_earliest_waitlisted(make_event, people, services) -> None:
    event = make_event(capacity=2)
    rows = [services.registrations.register(event.id, p.id) for p in people[:5]]
    result = services.registrations.cancel(rows[0].id)
    assert result.registration.status is C
    assert [p.latin_name for p in result.promoted] == ["Person 02"]
    assert result.promoted[0].status is R
    assert statuses(services, event.id) == {
        "Person 00": C,
        "Person 01": R,
        "Person 02": R,
        "Person 03": W,
        "Person 04": W,
    }
    # Cancelling a waitlisted person frees no place and promotes no one.
    again = services.registrations.cancel(rows[4].id)
    assert again.promoted == ()
    with pytest.raises(DomainError) as twice:
        services.registrations.cancel(rows[4].id)
    assert twice.value.code == "registration.already_cancelled"
    with pytest.raises(NotFoundError):
        services.registrations.cancel(99999)


def test_cancel_of_a_checked_in_person_is_refused(make_event, people, services) -> None:
    event = make_event(capacity=1)
    first = services.registrations.register(event.id, people[0].id)
    services.registrations.register(event.id, people[1].id)
    services.checkin.check_in(first.id)
    with pytest.raises(DomainError) as refused:
        services.registrations.cancel(first.id)
    assert refused.value.code == "registration.cancel_checked_in"
    assert statuses(services, event.id) == {"Person 00": R, "Person 01": W}


def test_raising_capacity_promotes_as_many_as_fit(make_event, people, services) -> None:
    from dataclasses import replace

    from ssc_desktop.services.events import draft_of

    event = make_event(capacity=2)
    for p in people[:7]:
        services.registrations.register(event.id, p.id)
    edit = services.events.edit_event(event.id, replace(draft_of(event), capacity=5))
    assert [r.latin_name for r in edit.promoted] == ["Person 02", "Person 03", "Person 04"]
    assert (edit.event.registered, edit.event.waitlisted) == (5, 2)
    # Lowering takes no one's place away.
    lowered = services.events.edit_event(event.id, replace(draft_of(edit.event), capacity=1))
    assert lowered.promoted == () and lowered.event.registered == 5
    assert services.registrations.counts(event.id).over_capacity == 4
    # No limit at all: everyone waiting gets in.
    unlimited = services.events.edit_event(event.id, replace(draft_of(lowered.event), capacity=None))
    assert [r.latin_name for r in unlimited.promoted] == ["Person 05", "Person 06"]
    assert unlimited.event.waitlisted == 0


def test_walk_in_is_registered_past_capacity_and_flagged(make_event, people, services) -> None:
    event = make_event(capacity=1)
    services.registrations.register(event.id, people[0].id)
    walk_in = services.registrations.register_walk_in(event.id, people[1].id, check_in=True, station="Desk 2")
    assert walk_in.over_capacity and walk_in.checked_in
    row = walk_in.registration
    assert (row.status, row.walk_in, row.station) == (R, True, "Desk 2")
    assert row.checked_in_at is not None
    counts = services.registrations.counts(event.id)
    assert (counts.registered, counts.walk_ins, counts.checked_in, counts.over_capacity) == (2, 1, 1, 1)
    # Someone registered already is sent to the check-in desk.
    with pytest.raises(DomainError) as registered:
        services.registrations.register_walk_in(event.id, people[0].id)
    assert registered.value.code == "registration.walk_in_registered"


def test_waitlisted_person_at_the_desk_becomes_a_walk_in(make_event, people, services) -> None:
    event = make_event(capacity=1)
    services.registrations.register(event.id, people[0].id)
    waiting = services.registrations.register(event.id, people[1].id)
    assert waiting.status is W
    walk_in = services.registrations.register_walk_in(event.id, people[1].id, RegistrationRole.GUEST)
    assert walk_in.registration.id == waiting.id
    assert (walk_in.registration.status, walk_in.registration.role, walk_in.registration.walk_in) == (
        R,
        RegistrationRole.GUEST,
        True,
    )
    assert walk_in.over_capacity and not walk_in.checked_in
    unlimited = make_event(title="Open", capacity=None)
    assert not services.registrations.register_walk_in(unlimited.id, people[2].id).over_capacity


def test_deadline_refuses_ordinary_sign_ups_only(make_event, people, services) -> None:
    past = datetime.now(timezone.utc) - timedelta(hours=1)
    event = make_event(registration_deadline=past, capacity=10)
    assert services.events.get_event(event.id).registration_deadline == past.replace(microsecond=past.microsecond)
    with pytest.raises(DomainError) as late:
        services.registrations.register(event.id, people[0].id)
    assert late.value.code == "registration.deadline_passed"
    assert "3rd SSC India Reunion" in str(late.value) and "Asia/Kolkata" in str(late.value)
    with pytest.raises(DomainError):
        services.registrations.register_members(event.id, [people[1].id])
    assert services.registrations.list_registrations(event.id) == []
    assert services.registrations.register(event.id, people[0].id, allow_late=True).status is R
    assert services.registrations.register_members(event.id, [people[1].id], allow_late=True).registered == 1
    assert services.registrations.register_walk_in(event.id, people[2].id).registration.walk_in
    future = make_event(title="Later", registration_deadline=datetime.now(timezone.utc) + timedelta(days=3))
    assert services.registrations.register(future.id, people[3].id).status is R


def test_register_members_in_bulk(make_event, people, services) -> None:
    event = make_event(capacity=5)
    services.registrations.register(event.id, people[0].id)
    ids = [p.id for p in people[:8]] + [people[1].id]  # people[0] registered already; people[1] twice
    result = services.registrations.register_members(event.id, ids, RegistrationRole.JUDGE)
    assert (result.registered, result.waitlisted, result.already_registered) == (4, 3, 1)
    assert len(result.registration_ids) == 7
    rows = {r.latin_name: r for r in services.registrations.list_registrations(event.id)}
    assert [rows[f"Person {i:02d}"].status for i in range(8)] == [R, R, R, R, R, W, W, W]
    assert rows["Person 03"].role is RegistrationRole.JUDGE
    assert rows["Person 00"].role is RegistrationRole.PARTICIPANT
    positions = waitlist_positions(rows.values())
    assert [positions[rows[f"Person {i:02d}"].id] for i in (5, 6, 7)] == [1, 2, 3]
    # A cancelled member is left alone by a bulk run, and an unknown id refuses the whole batch.
    services.registrations.cancel(rows["Person 07"].id)
    again = services.registrations.register_members(event.id, [people[7].id])
    assert (again.registered, again.waitlisted, again.already_registered) == (0, 0, 1)
    with pytest.raises(NotFoundError):
        services.registrations.register_members(event.id, [people[9].id, 424242])
    assert people[9].id not in {r.member_id for r in services.registrations.list_registrations(event.id)}
    with pytest.raises(NotFoundError):
        services.registrations.register_members(4242, [people[9].id])
    assert services.registrations.register_members(event.id, []).registered == 0


def test_new_sign_ups_do_not_jump_ahead_of_waiting_people(make_event, people, services) -> None:
    event = make_event(capacity=3)
    # Recorded statuses (as the demo does) leave a free place with people waiting.
    services.registrations.register_many(
        event.id,
        [
            (people[0].id, RegistrationRole.PARTICIPANT, R),
            (people[1].id, RegistrationRole.PARTICIPANT, R),
            (people[2].id, RegistrationRole.PARTICIPANT, W),
            (people[3].id, RegistrationRole.PARTICIPANT, W),
        ],
    )
    newcomer = services.registrations.register(event.id, people[4].id)
    assert newcomer.status is W
    assert statuses(services, event.id)["Person 02"] is R


def test_restore_and_sign_up_again_after_cancelling(make_event, people, services) -> None:
    event = make_event(capacity=2)
    a, b, c = (services.registrations.register(event.id, p.id) for p in people[:3])
    services.registrations.cancel(a.id)  # c takes a's place
    restored = services.registrations.restore(a.id)
    assert restored.status is W  # full now: back of the queue
    assert restored.registered_at > c.registered_at
    with pytest.raises(DomainError) as not_cancelled:
        services.registrations.restore(b.id)
    assert not_cancelled.value.code == "registration.not_cancelled"
    services.registrations.cancel(b.id)  # a is promoted again
    assert statuses(services, event.id)["Person 00"] is R
    # Signing up again after a cancellation is allowed, a duplicate is not.
    again = services.registrations.register(event.id, people[1].id, RegistrationRole.SPEAKER)
    assert (again.id, again.status, again.role) == (b.id, W, RegistrationRole.SPEAKER)
    with pytest.raises(DomainError) as duplicate:
        services.registrations.register(event.id, people[1].id)
    assert duplicate.value.code == "registration.duplicate"


def test_restore_to_a_free_place(make_event, people, services) -> None:
    event = make_event(capacity=2)
    a = services.registrations.register(event.id, people[0].id)
    services.registrations.cancel(a.id)
    restored = services.registrations.restore(a.id)
    assert restored.status is R and restored.registered_at == a.registered_at


def test_change_role(make_event, people, services) -> None:
    event = make_event(capacity=1)
    row = services.registrations.register(event.id, people[0].id)
    changed = services.registrations.change_role(row.id, RegistrationRole.STAFF)
    assert (changed.role, changed.status) == (RegistrationRole.STAFF, R)
    with pytest.raises(NotFoundError):
        services.registrations.change_role(12345, RegistrationRole.STAFF)


def test_counts_at_a_glance(make_event, people, services) -> None:
    event = make_event(capacity=4)
    roles = [
        RegistrationRole.SPEAKER,
        RegistrationRole.PARTICIPANT,
        RegistrationRole.PARTICIPANT,
        RegistrationRole.JUDGE,
        RegistrationRole.PARTICIPANT,
        RegistrationRole.PARTICIPANT,
    ]
    rows = [services.registrations.register(event.id, p.id, role) for p, role in zip(people, roles, strict=False)]
    services.checkin.check_in(rows[0].id)
    services.checkin.check_in(rows[1].id)
    services.registrations.cancel(rows[2].id)  # rows[4] promoted
    counts = services.registrations.counts(event.id)
    assert (counts.registered, counts.capacity, counts.waitlisted, counts.cancelled, counts.checked_in) == (
        4,
        4,
        1,
        1,
        2,
    )
    assert counts.role(RegistrationRole.PARTICIPANT).registered == 2
    assert counts.role(RegistrationRole.PARTICIPANT).waitlisted == 1
    assert counts.role(RegistrationRole.SPEAKER).checked_in == 1
    assert counts.role(RegistrationRole.STAFF).registered == 0
    assert [r.role for r in counts.by_role] == list(RegistrationRole)
    with pytest.raises(FrozenInstanceError):
        counts.registered = 0  # type: ignore[misc]
    summary = services.events.get_event(event.id)
    assert (summary.registered, summary.waitlisted, summary.cancelled, summary.checked_in) == (4, 1, 1, 2)
    with pytest.raises(NotFoundError):
        services.registrations.counts(777)


def test_list_by_status(make_event, people, services) -> None:
    event = make_event(capacity=1)
    for p in people[:3]:
        services.registrations.register(event.id, p.id)
    assert [r.latin_name for r in services.registrations.list_registrations(event.id, W)] == ["Person 01", "Person 02"]


def test_parse_role_and_status() -> None:
    assert parse_role(" Judge ") is RegistrationRole.JUDGE
    assert parse_status("WAITLISTED") is W
    with pytest.raises(DomainError) as role:
        parse_role("keynote")
    assert role.value.code == "registration.bad_role" and "participant" in str(role.value)
    with pytest.raises(DomainError) as status:
        parse_status("maybe")
    assert status.value.code == "registration.bad_status"
