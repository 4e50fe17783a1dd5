"""Ticket codes and checking in by scanning them: every verdict, and nothing lost."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from ssc_desktop.app import compose
from ssc_desktop.errors import DomainError
from ssc_desktop.models import EventFormat, RegistrationRole, RegistrationStatus
from ssc_desktop.services import checkin as checkin_module
from ssc_desktop.services import tickets
from ssc_desktop.services.checkin import VerdictKind
from ssc_desktop.services.events import EventDraft
from ssc_desktop.services.members import MemberDraft


@pytest.fixture
def reunion(demo_db: Path, tmp_path: Path):
    """A private copy of the demo: the 3rd reunion (id 2), its registrations and services."""
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_db, path)
    context = compose(path)
    yield context.services
    context.close()


def rows_by_status(services, status: RegistrationStatus, arrived: bool | None = None):
    rows = [r for r in services.registrations.list_registrations(2) if r.status == status]
    if arrived is not None:
        rows = [r for r in rows if (r.checked_in_at is not None) == arrived]
    return rows


def test_code_is_short_qr_friendly_and_round_trips(reunion) -> None:
    registration = rows_by_status(reunion, RegistrationStatus.REGISTERED)[0]
    code = reunion.tickets.code_for(registration.id)
    assert code.startswith("SSC1.") and len(code) <= 32
    alphanumeric = set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")
    assert set(code) <= alphanumeric
    parsed = tickets.parse(code)
    assert (parsed.event_id, parsed.registration_id, parsed.version) == (2, registration.id, 1)
    # A scanner sending lower case or stray spaces still reads as the same code.
    assert tickets.parse(f"  {code.lower()}\n") == parsed
    assert reunion.tickets.codes_for_event(2)[registration.id] == code


def test_cancelled_registrations_get_no_code(reunion) -> None:
    codes = reunion.tickets.codes_for_event(2)
    cancelled = rows_by_status(reunion, RegistrationStatus.CANCELLED)
    assert cancelled and not any(r.id in codes for r in cancelled)
    assert len(codes) == len(reunion.registrations.list_registrations(2)) - len(cancelled)


def test_valid_code_checks_in_and_is_committed_before_the_verdict(reunion, demo_db, tmp_path) -> None:
    waiting = rows_by_status(reunion, RegistrationStatus.REGISTERED, arrived=False)[0]
    code = reunion.tickets.code_for(waiting.id)
    verdict = reunion.checkin.scan(2, code, station="Front desk 1")
    assert verdict.kind is VerdictKind.ACCEPTED and verdict.accepted
    assert verdict.registration.id == waiting.id and verdict.registration.checked_in_at is not None
    assert verdict.registration.station == "Front desk 1"
    # Another connection (another laptop, or the app after a power cut) sees it at once.
    other = compose(tmp_path / "demo.sqlite3")
    try:
        assert other.services.registrations.get_registration(waiting.id).checked_in_at is not None
    finally:
        other.close()


def test_second_scan_says_already_checked_in_with_time_and_station(reunion, monkeypatch) -> None:
    waiting = rows_by_status(reunion, RegistrationStatus.REGISTERED, arrived=False)[0]
    code = reunion.tickets.code_for(waiting.id)
    clock = [1000.0]
    monkeypatch.setattr(checkin_module.time, "monotonic", lambda: clock[0])
    first = reunion.checkin.scan(2, code, station="Front desk 1")
    clock[0] += 0.8
    again = reunion.checkin.scan(2, code, station="Front desk 1")
    # Within two seconds the scanner read the same badge twice: counted once, same verdict.
    assert again.repeat and again.kind is VerdictKind.ACCEPTED
    clock[0] += 5
    later = reunion.checkin.scan(2, code, station="Front desk 2")
    assert later.kind is VerdictKind.ALREADY_CHECKED_IN and not later.repeat
    assert later.previous_at == first.registration.checked_in_at and later.previous_station == "Front desk 1"
    standing = [r for r in reunion.registrations.list_registrations(2) if r.id == waiting.id]
    assert standing[0].station == "Front desk 1"
    counts = reunion.registrations.counts(2)
    assert counts.checked_in == len(rows_by_status(reunion, RegistrationStatus.REGISTERED, arrived=True))


@pytest.mark.parametrize(
    "status, kind",
    [
        (RegistrationStatus.CANCELLED, VerdictKind.CANCELLED),
        (RegistrationStatus.WAITLISTED, VerdictKind.WAITLISTED),
    ],
)
def test_cancelled_and_waitlisted_are_refused(reunion, status, kind) -> None:
    row = rows_by_status(reunion, status)[0]
    # Cancelled registrations get no code any more; one printed before the cancellation still exists.
    code = tickets.make_code(secret_of(reunion, 2), 2, row.id, 1)
    verdict = reunion.checkin.scan(2, code)
    assert verdict.kind is kind and verdict.registration.id == row.id
    assert reunion.registrations.get_registration(row.id).checked_in_at is None


def secret_of(services, event_id: int) -> str:
    with services.checkin._sessions() as session:  # the secret never leaves the services; tests reach in
        from ssc_desktop.models import Event

        return session.get(Event, event_id).ticket_secret


def test_code_of_another_event_names_it(reunion) -> None:
    last_year = [r for r in reunion.registrations.list_registrations(1)][0]
    code = reunion.tickets.code_for(last_year.id)
    verdict = reunion.checkin.scan(2, code)
    assert verdict.kind is VerdictKind.OTHER_EVENT
    assert verdict.other_event_title == "2nd SSC India Reunion" and verdict.other_event_same_chapter
    assert reunion.registrations.get_registration(last_year.id).checked_in_at == last_year.checked_in_at


def test_forged_damaged_and_foreign_codes(reunion) -> None:
    row = rows_by_status(reunion, RegistrationStatus.REGISTERED, arrived=False)[0]
    code = reunion.tickets.code_for(row.id)
    other_person = rows_by_status(reunion, RegistrationStatus.REGISTERED, arrived=False)[1]
    prefix, event, _registration, version, signature = code.split(".")
    moved = ".".join([prefix, event, tickets._base36(other_person.id), version, signature])
    flipped = code[:-1] + ("A" if code[-1] != "A" else "B")
    made_up = tickets.make_code("00" * 32, 2, row.id, 1)
    unknown_event = tickets.make_code("00" * 32, 999, row.id, 1)
    for text in (moved, flipped, made_up, unknown_event, code[:-4], "SSC1.garbage"):
        assert reunion.checkin.scan(2, text).kind is VerdictKind.FORGED, text
    for text in ("https://example.org/ticket/42", "4901234567894", ""):
        assert reunion.checkin.scan(2, text).kind is VerdictKind.NOT_SSC, text
    assert reunion.registrations.get_registration(row.id).checked_in_at is None
    assert reunion.registrations.get_registration(other_person.id).checked_in_at is None


def test_reissued_ticket_revokes_the_old_code(reunion) -> None:
    row = rows_by_status(reunion, RegistrationStatus.REGISTERED, arrived=False)[0]
    old = reunion.tickets.code_for(row.id)
    new = reunion.tickets.reissue(row.id)
    assert new != old and tickets.parse(new).version == 2
    assert reunion.checkin.scan(2, old).kind is VerdictKind.REVOKED
    assert reunion.checkin.scan(2, new).kind is VerdictKind.ACCEPTED


def test_check_out_and_in_again(reunion) -> None:
    row = rows_by_status(reunion, RegistrationStatus.REGISTERED, arrived=False)[0]
    code = reunion.tickets.code_for(row.id)
    assert reunion.checkin.scan(2, code).accepted
    left = reunion.checkin.check_out(row.id)
    assert left.checked_out_at is not None and not left.inside
    back = reunion.checkin.check_in(row.id, station="Side door")
    assert back.inside and back.station == "Side door"
    reunion.checkin.check_out(row.id)
    with pytest.raises(DomainError) as raised:
        reunion.checkin.check_out(row.id)
    assert raised.value.code == "checkin.not_inside"


def test_a_list_for_part_of_the_day_counts_apart_from_the_door(reunion) -> None:
    from ssc_desktop.models import CheckInList

    with reunion.checkin._sessions.begin() as session:
        seminar = CheckInList(event_id=2, name="Poster session")  # the demo has its own lists too
        session.add(seminar)
        session.flush()
        seminar_id = seminar.id
    row = rows_by_status(reunion, RegistrationStatus.REGISTERED, arrived=True)[0]
    code = reunion.tickets.code_for(row.id)
    before = reunion.registrations.counts(2).checked_in
    assert reunion.checkin.scan(2, code).kind is VerdictKind.ALREADY_CHECKED_IN  # at the door already
    assert reunion.checkin.scan(2, code, list_id=seminar_id).accepted  # but not yet at the seminar
    assert reunion.registrations.counts(2).checked_in == before  # the seminar is not the door


def test_scanning_for_an_unknown_event_is_an_error(reunion) -> None:
    from ssc_desktop.errors import NotFoundError

    with pytest.raises(NotFoundError):
        reunion.checkin.scan(404, tickets.make_code("00" * 32, 404, 1, 1))


def test_new_events_get_their_own_secret(services) -> None:
    chapter, _ = services.chapters.ensure_chapter("SSC Thailand", "SSC-TH", "Thailand")
    start = datetime(2027, 3, 1, 2, tzinfo=timezone.utc)
    made = [
        services.events.create_event(
            EventDraft(chapter.id, f"Day {n}", EventFormat.ONLINE, start, start + timedelta(hours=2))
        )
        for n in (1, 2)
    ]
    member = services.members.add_member(MemberDraft("Somchai Jaidee"))
    first = services.registrations.register(made[0].id, member.id, RegistrationRole.SPEAKER)
    second = services.registrations.register(made[1].id, member.id)
    sig_first = tickets.parse(services.tickets.code_for(first.id)).signature
    sig_second = tickets.parse(services.tickets.code_for(second.id)).signature
    assert sig_first != sig_second


def test_scanning_again_right_after_an_undo_checks_in_again(reunion) -> None:
    row = rows_by_status(reunion, RegistrationStatus.REGISTERED, arrived=False)[0]
    code = reunion.tickets.code_for(row.id)
    assert reunion.checkin.scan(2, code).accepted
    reunion.checkin.undo_check_in(row.id)
    again = reunion.checkin.scan(2, code)  # well within the two-second window
    assert again.accepted and not again.repeat
    assert reunion.registrations.get_registration(row.id).checked_in_at is not None
