"""Check-in lists (parts of the day besides the door), desk notes, and the demo's lists."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ssc_desktop.app import compose
from ssc_desktop.errors import DomainError, NotFoundError
from ssc_desktop.models import RegistrationRole, RegistrationStatus
from ssc_desktop.services.checkin import VerdictKind
from ssc_desktop.services.demo_checkin import BANQUET_LIST, DESK_NOTES, SEMINAR_LIST


@pytest.fixture
def reunion(demo_db: Path, tmp_path: Path):
    """A private copy of the demo: the 3rd reunion (id 2), its registrations and services."""
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_db, path)
    context = compose(path)
    yield context.services
    context.close()


def registered(services, arrived: bool | None = None):
    rows = [r for r in services.registrations.list_registrations(2) if r.status == RegistrationStatus.REGISTERED]
    if arrived is not None:
        rows = [r for r in rows if (r.checked_in_at is not None) == arrived]
    return rows


def test_demo_has_the_seminar_and_banquet_lists_with_check_ins(demo_context) -> None:
    services = demo_context.services
    lists = services.checkin_lists.list_lists(2)
    assert [info.name for info in lists] == [SEMINAR_LIST, BANQUET_LIST]
    seminar, banquet = lists
    item = next(i for i in services.programme.list_items(2) if i.id == seminar.programme_item_id)
    assert seminar.programme_item_title == item.title and "Job hunting" in item.title
    assert banquet.programme_item_id is None and banquet.programme_item_title == ""
    assert seminar.checked_in > 0 and banquet.checked_in > seminar.checked_in
    assert services.checkin_lists.list_lists(1) == []  # last year's reunion has none
    notes = [r.desk_note for r in services.registrations.list_registrations(2) if r.desk_note]
    assert sorted(notes) == sorted(DESK_NOTES)
    assert any("Jain" in n for n in notes) and any("heelchair" in n for n in notes)


def test_list_check_ins_are_not_door_arrivals(demo_context) -> None:
    services = demo_context.services
    door = services.registrations.counts(2)
    arrived = registered(services, arrived=True)
    assert door.checked_in == len(arrived)
    # Everyone on the demo's lists came through the door first; the door counts them once.
    banquet = services.checkin_lists.find_list(2, "banquet")
    counts = services.checkin_lists.list_counts(banquet.id)
    assert counts.checked_in == banquet.checked_in
    assert counts.registered == door.registered
    assert sum(r.checked_in for r in counts.by_role) == counts.checked_in
    assert counts.inside == counts.checked_in  # nobody checked out of the banquet


def test_create_rename_and_tie_to_a_programme_item(reunion) -> None:
    lists = reunion.checkin_lists
    posters = next(i for i in reunion.programme.list_items(2) if "poster" in i.title.lower())
    made = lists.create_list(2, "  Poster   session ", posters.id)
    assert made.name == "Poster session" and made.programme_item_id == posters.id
    assert made.programme_item_title == posters.title and made.checked_in == 0 and made.event_id == 2
    assert [i.name for i in lists.list_lists(2)][-1] == "Poster session"
    renamed = lists.rename_list(made.id, "E-poster session")
    assert renamed.name == "E-poster session" and renamed.programme_item_id == posters.id
    assert lists.rename_list(made.id, "e-poster SESSION").name == "e-poster SESSION"  # its own name, other case
    untied = lists.set_programme_item(made.id, None)
    assert untied.programme_item_id is None and untied.programme_item_title == ""
    assert lists.find_list(2, str(made.id)).id == made.id


def test_bad_names_and_items_are_refused(reunion) -> None:
    lists = reunion.checkin_lists
    with pytest.raises(DomainError) as taken:
        lists.create_list(2, "banquet")  # the demo's "Banquet", in another case
    assert taken.value.code == "checkin_list.name_taken" and "banquet" in str(taken.value)
    for name, code in [("   ", "checkin_list.name_required"), ("x" * 121, "checkin_list.name_too_long")]:
        with pytest.raises(DomainError) as error:
            lists.create_list(2, name)
        assert error.value.code == code
    # The same name is fine at another event.
    assert lists.create_list(1, "Banquet").event_id == 1
    item_of_2 = reunion.programme.list_items(2)[0]
    with pytest.raises(DomainError) as other:
        lists.create_list(1, "Keynote", item_of_2.id)
    assert other.value.code == "checkin_list.item_of_another_event"
    with pytest.raises(NotFoundError):
        lists.create_list(2, "Nowhere", 99999)
    with pytest.raises(NotFoundError):
        lists.create_list(999, "No event")
    seminar = lists.find_list(2, SEMINAR_LIST)
    with pytest.raises(DomainError) as clash:
        lists.rename_list(seminar.id, "BANQUET")
    assert clash.value.code == "checkin_list.name_taken"
    with pytest.raises(NotFoundError):
        lists.find_list(2, "Gala dinner")
    with pytest.raises(NotFoundError):
        lists.list_counts(99999)
    with pytest.raises(NotFoundError):
        lists.list_lists(999)


def test_a_ticket_counts_once_per_list_and_separately_from_the_door(reunion) -> None:
    waiting = registered(reunion, arrived=False)[0]
    code = reunion.tickets.code_for(waiting.id)
    gala = reunion.checkin_lists.create_list(2, "Gala dinner")
    first = reunion.checkin.scan(2, code, station="Gala door", list_id=gala.id)
    assert first.kind is VerdictKind.ACCEPTED
    # Not a door arrival: the person still has not arrived at the event.
    assert reunion.registrations.get_registration(waiting.id).checked_in_at is None
    reunion.checkin._recent.clear()  # past the scanner's two-second window
    again = reunion.checkin.scan(2, code, list_id=gala.id)
    assert again.kind is VerdictKind.ALREADY_CHECKED_IN and again.previous_station == "Gala door"
    door = reunion.checkin.scan(2, code, station="Front desk 1")
    assert door.kind is VerdictKind.ACCEPTED
    info = reunion.checkin_lists.get_list(gala.id)
    assert info.checked_in == 1
    counts = reunion.checkin_lists.list_counts(gala.id)
    assert counts.checked_in == 1 and counts.inside == 1
    assert counts.role(waiting.role).checked_in == 1
    reunion.checkin.check_out(waiting.id, list_id=gala.id)
    counts = reunion.checkin_lists.list_counts(gala.id)
    assert counts.checked_in == 1 and counts.inside == 0  # came, then left
    reunion.checkin.undo_check_in(waiting.id, list_id=gala.id)
    assert reunion.checkin_lists.list_counts(gala.id).checked_in == 0
    assert reunion.checkin_lists.get_list(gala.id).checked_in == 0


def test_delete_refuses_a_list_with_check_ins_unless_forced(reunion) -> None:
    lists = reunion.checkin_lists
    door_before = reunion.registrations.counts(2).checked_in
    banquet = lists.find_list(2, BANQUET_LIST)
    with pytest.raises(DomainError) as refused:
        lists.delete_list(banquet.id)
    assert refused.value.code == "checkin_list.has_check_ins"
    assert refused.value.params["count"] == banquet.checked_in
    assert lists.delete_list(banquet.id, force=True) == banquet.checked_in
    assert [i.name for i in lists.list_lists(2)] == [SEMINAR_LIST]
    assert reunion.registrations.counts(2).checked_in == door_before
    empty = lists.create_list(2, "Empty")
    assert lists.delete_list(empty.id) == 0
    with pytest.raises(NotFoundError):
        lists.delete_list(empty.id)
    # The freed name can be used again.
    assert lists.create_list(2, BANQUET_LIST).checked_in == 0


def test_desk_note_set_shown_and_cleared(reunion) -> None:
    row = registered(reunion, arrived=False)[0]
    set_row = reunion.desk_notes.set_desk_note(row.id, "  Vegetarian meal \r\n\r\n  Take to the green room  \n")
    assert set_row.desk_note == "Vegetarian meal\n  Take to the green room"
    verdict = reunion.checkin.scan(2, reunion.tickets.code_for(row.id))
    assert verdict.registration.desk_note == set_row.desk_note
    assert reunion.desk_notes.set_desk_note(row.id, "   ").desk_note == ""
    with pytest.raises(DomainError) as long:
        reunion.desk_notes.set_desk_note(row.id, "x" * 501)
    assert long.value.code == "desk_note.too_long"
    assert reunion.registrations.get_registration(row.id).desk_note == ""
    with pytest.raises(NotFoundError):
        reunion.desk_notes.set_desk_note(99999, "lost")


def test_new_message_codes_have_wording() -> None:
    from ssc_desktop.messages import MESSAGES
    from ssc_desktop.messages.checkin import MESSAGES as OURS

    for code in OURS:
        assert MESSAGES[code] == OURS[code]
    error = DomainError("checkin_list.has_check_ins", name="Banquet", count=3)
    assert str(error) == "“Banquet” has 3 check-ins; delete it with them only on purpose (force)."


def test_role_counts_cover_every_role(demo_context) -> None:
    services = demo_context.services
    seminar = services.checkin_lists.find_list(2, SEMINAR_LIST)
    counts = services.checkin_lists.list_counts(seminar.id)
    assert {r.role for r in counts.by_role} == set(RegistrationRole)
    door = services.registrations.counts(2)
    for role in RegistrationRole:
        assert counts.role(role).registered == door.role(role).registered
        assert counts.role(role).checked_in <= door.role(role).checked_in
