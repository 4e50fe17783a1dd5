"""Check-in at the door: once per person, only for registered people, undoable."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from ssc_desktop.errors import DomainError, NotFoundError
from ssc_desktop.models import RegistrationRole, RegistrationStatus
from ssc_desktop.models.base import utc_now


@pytest.fixture
def register(make_event, make_member, services):
    event = make_event()

    def register(name: str, status: RegistrationStatus = RegistrationStatus.REGISTERED):
        member = make_member(name)
        return services.registrations.register(event.id, member.id, RegistrationRole.PARTICIPANT, status)

    register.event = event
    return register


def test_check_in(register, services) -> None:
    registration = register("Kavya Nair")
    before = utc_now()
    row = services.checkin.check_in(registration.id, "  Front desk 1 ")
    assert row.id == registration.id
    assert row.station == "Front desk 1"
    assert row.checked_in_at is not None
    assert before <= row.checked_in_at <= utc_now()
    assert services.events.get_event(register.event.id).checked_in == 1


def test_check_in_at_a_given_time(register, services) -> None:
    at = datetime(2026, 12, 12, 3, 30, tzinfo=timezone.utc)
    row = services.checkin.check_in(register("Amit Verma").id, at=at)
    assert row.checked_in_at == at


def test_second_check_in_is_refused(register, services) -> None:
    registration = register("Isha Patel")
    first = services.checkin.check_in(registration.id, "Front desk 1")
    with pytest.raises(DomainError) as caught:
        services.checkin.check_in(registration.id, "Front desk 2")
    assert caught.value.code == "checkin.already"
    assert "Isha Patel" in str(caught.value)
    assert caught.value.params["station"] == "Front desk 1"
    assert caught.value.params["time"] == first.checked_in_at.isoformat()
    row = services.registrations.get_registration(registration.id)
    assert (row.station, row.checked_in_at) == ("Front desk 1", first.checked_in_at)
    assert services.events.get_event(register.event.id).checked_in == 1


def test_cancelled_registration_cannot_check_in(register, services) -> None:
    registration = register("Karan Gupta", RegistrationStatus.CANCELLED)
    with pytest.raises(DomainError) as caught:
        services.checkin.check_in(registration.id)
    assert caught.value.code == "registration.cancelled"
    assert "Karan Gupta" in str(caught.value)
    assert services.registrations.get_registration(registration.id).checked_in_at is None


def test_waitlisted_registration_cannot_check_in(register, services) -> None:
    registration = register("Neha Sharma", RegistrationStatus.WAITLISTED)
    with pytest.raises(DomainError) as caught:
        services.checkin.check_in(registration.id)
    assert caught.value.code == "registration.not_registered"
    assert "waitlisted" in str(caught.value)
    assert services.events.get_event(register.event.id).checked_in == 0


def test_undo_then_check_in_again(register, services) -> None:
    registration = register("Sneha Reddy")
    services.checkin.check_in(registration.id, "Front desk 1")
    undone = services.checkin.undo_check_in(registration.id)
    assert undone.checked_in_at is None and undone.station == ""
    assert services.events.get_event(register.event.id).checked_in == 0

    again = services.checkin.check_in(registration.id, "Front desk 2")
    assert again.checked_in_at is not None and again.station == "Front desk 2"
    assert services.events.get_event(register.event.id).checked_in == 1


def test_undo_with_nothing_to_undo(register, services) -> None:
    registration = register("Pooja Iyer")
    with pytest.raises(DomainError) as never:
        services.checkin.undo_check_in(registration.id)
    assert never.value.code == "checkin.nothing_to_undo"
    assert "Pooja Iyer" in str(never.value)

    services.checkin.check_in(registration.id)
    services.checkin.undo_check_in(registration.id)
    with pytest.raises(DomainError) as twice:
        services.checkin.undo_check_in(registration.id)
    assert twice.value.code == "checkin.nothing_to_undo"


def test_unknown_registration(services) -> None:
    with pytest.raises(NotFoundError):
        services.checkin.check_in(4242)
    with pytest.raises(NotFoundError):
        services.checkin.undo_check_in(4242)


def test_check_in_is_committed_for_another_connection(register, services, db_path) -> None:
    """A check-in survives the app going away: a second opening of the file sees it."""
    from ssc_desktop.app import compose

    registration = register("Siddharth Joshi")
    services.checkin.check_in(registration.id, "Front desk 1")
    other = compose(db_path)
    try:
        assert other.services.registrations.get_registration(registration.id).station == "Front desk 1"
    finally:
        other.close()
