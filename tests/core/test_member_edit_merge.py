"""Editing a member and merging two member records into one."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from ssc_desktop.errors import DomainError, NotFoundError
from ssc_desktop.models import (
    CheckIn,
    Gender,
    Member,
    ProgrammeItem,
    ProgrammeSpeaker,
    Registration,
    RegistrationRole,
    RegistrationStatus,
)
from ssc_desktop.services.members import MemberDraft, merge_default_choices
from ssc_desktop.services.text_folding import fold


# -- helpers: rows written straight through the ORM, independent of other services -----------
def add_registration(
    context,
    event_id: int,
    member_id: int,
    status=RegistrationStatus.REGISTERED,
    role=RegistrationRole.PARTICIPANT,
    checkins: int = 0,
) -> int:
    with context.database.session_factory.begin() as session:
        registration = Registration(event_id=event_id, member_id=member_id, status=status, role=role)
        session.add(registration)
        session.flush()
        for number in reversed(range(checkins)):
            # Oldest first, as desks write them: the latest visit stands, the earlier ones ended with
            # a check-out (a person has one standing check-in).
            at = datetime.now(timezone.utc) - timedelta(minutes=10 * number)
            session.add(
                CheckIn(
                    registration_id=registration.id,
                    station=f"desk {number + 1}",
                    checked_in_at=at,
                    checked_out_at=at + timedelta(minutes=5) if number else None,
                )
            )
        return registration.id


def add_speaker(context, event_id: int, member_id: int, title: str = "Keynote", item_id: int | None = None) -> int:
    with context.database.session_factory.begin() as session:
        if item_id is None:
            start = datetime(2026, 12, 12, 4, 0, tzinfo=timezone.utc)
            item = ProgrammeItem(event_id=event_id, starts_at=start, ends_at=start + timedelta(hours=1), title=title)
            session.add(item)
            session.flush()
            item_id = item.id
        session.add(ProgrammeSpeaker(item_id=item_id, member_id=member_id, name="x"))
        return item_id


def rows(context, query):
    with context.database.session_factory() as session:
        return list(session.execute(query))


# -- editing -----------------------------------------------------------------------------------------
def test_update_some_fields_recomputes_the_search_key(context, services, make_member, india) -> None:
    member = make_member("Rahul Sharma", email="rahul@example.org", country="India", chapter_id=india.id)
    updated = services.members.update_member(
        member.id,
        {
            "native_name": "  राहुल शर्मा ",
            "email": "R.Sharma@IITD.ac.in",
            "affiliation": "IIT Delhi",
            "visit_year": 2019,
        },
    )
    assert updated.native_name == "राहुल शर्मा"
    assert updated.email == "R.Sharma@IITD.ac.in"
    assert updated.visit_year == 2019
    assert updated.chapter_name == "SSC India"  # untouched fields stay
    assert "iit delhi" in updated.search_key and "r.sharma@iitd.ac.in" in updated.search_key
    assert "rahul@example.org" not in updated.search_key
    email_key = rows(context, select(Member.email_key).where(Member.id == member.id))
    assert email_key[0][0] == "r.sharma@iitd.ac.in"


def test_update_with_a_whole_draft_and_text_values(services, make_member) -> None:
    member = make_member("Nguyen Van An")
    draft = services.members.get_member_draft(member.id)
    assert draft.latin_name == "Nguyen Van An" and draft.notes == ""
    updated = services.members.update_member(
        member.id,
        MemberDraft(
            latin_name="Nguyen Van An",
            native_name="Nguyễn Văn An",
            notes="Speaks at the job seminar",
            gender=Gender.MALE,
        ),
    )
    assert fold("Nguyễn") in updated.search_key
    assert services.members.get_member_draft(member.id).notes == "Speaks at the job seminar"
    updated = services.members.update_member(member.id, {"gender": "f", "visit_year": " 2018 "})
    assert updated.gender is Gender.FEMALE and updated.visit_year == 2018
    assert services.members.update_member(member.id, {"visit_year": ""}).visit_year is None


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"latin_name": "   "}, "member.name_required"),
        ({"email": "not-an-address"}, "member.bad_email"),
        ({"visit_year": 1999}, "member.bad_visit_year"),
        ({"visit_year": "nineteen"}, "member.visit_year_not_number"),
        ({"gender": "robot"}, "member.bad_gender"),
        ({"birthday": "1990-01-01"}, "member.unknown_field"),
        ({"chapter_id": 999}, "not_found"),
    ],
)
def test_bad_edits_are_refused_and_change_nothing(services, make_member, changes, code) -> None:
    member = make_member("Siti Rahayu", email="siti@example.org", visit_year=2020)
    with pytest.raises(DomainError) as caught:
        services.members.update_member(member.id, {"affiliation": "Universitas Indonesia", **changes})
    assert caught.value.code == code
    assert str(caught.value)  # has its wording
    assert services.members.get_member(member.id) == member


def test_editing_an_unknown_member_is_not_found(services) -> None:
    with pytest.raises(NotFoundError):
        services.members.update_member(4242, {"email": "a@b.org"})


def test_list_members_filters_by_country_and_visit_year(make_member, services) -> None:
    make_member("A One", country="India", visit_year=2019)
    make_member("B Two", country="India", visit_year=2022)
    make_member("C Three", country="Nepal", visit_year=2019)
    assert [m.latin_name for m in services.members.list_members(country="india")] == ["A One", "B Two"]
    assert [m.latin_name for m in services.members.list_members(visit_year=2019)] == ["A One", "C Three"]
    assert [m.latin_name for m in services.members.list_members(country="India", visit_year=2019)] == ["A One"]


# -- merging ---------------------------------------------------------------------------------------------
def test_default_choices_fill_empty_fields_from_the_other_record() -> None:
    keep = MemberDraft(latin_name="Rahul Sharma", email="", phone="+91 1", gender=Gender.UNSPECIFIED)
    remove = MemberDraft(latin_name="R. Sharma", email="rahul@example.org", phone="", gender=Gender.MALE)
    choices = merge_default_choices(keep, remove)
    assert choices["latin_name"] == "keep"
    assert choices["email"] == "remove"
    assert choices["phone"] == "keep"
    assert choices["gender"] == "remove"


def test_merge_moves_registrations_speakers_and_fields(context, services, make_member, make_event) -> None:
    keep = make_member("Rahul Sharma", email="rahul@example.org", visit_year=2019)
    remove = make_member(
        "Rahul Sharma",
        native_name="राहुल शर्मा",
        email="rahul.sharma@iitd.ac.in",
        affiliation="IIT Delhi",
        phone="+91 98100 00000",
    )
    reunion, webinar = make_event(), make_event(title="Job-hunting webinar")
    add_registration(context, reunion.id, remove.id, checkins=1)
    add_registration(context, webinar.id, remove.id, status=RegistrationStatus.WAITLISTED)
    add_speaker(context, reunion.id, remove.id)

    preview = services.members.merge_preview(keep.id, remove.id)
    assert preview.registrations_moving == 2 and preview.shared_events == 0 and preview.speaker_links_moving == 1
    assert preview.default_choices["native_name"] == "remove"
    assert preview.default_choices["email"] == "keep"

    result = services.members.merge_members(keep.id, remove.id, {"email": "remove"})
    assert result.removed_id == remove.id
    assert result.registrations_moved == 2 and result.registrations_dropped == 0
    assert result.speaker_links_moved == 1
    assert set(result.fields_taken) == {"native_name", "email", "affiliation", "phone"}
    kept = result.kept
    assert kept.id == keep.id
    assert kept.native_name == "राहुल शर्मा" and kept.email == "rahul.sharma@iitd.ac.in"
    assert kept.visit_year == 2019 and kept.affiliation == "IIT Delhi"
    assert "iit delhi" in kept.search_key
    with pytest.raises(NotFoundError):
        services.members.get_member(remove.id)
    owners = rows(context, select(Registration.member_id))
    assert {row[0] for row in owners} == {keep.id}
    assert rows(context, select(ProgrammeSpeaker.member_id))[0][0] == keep.id
    assert rows(context, select(func.count(CheckIn.id)))[0][0] == 1


@pytest.mark.parametrize(
    ("kept_status", "removed_status", "survivor"),
    [
        (RegistrationStatus.WAITLISTED, RegistrationStatus.REGISTERED, "removed"),
        (RegistrationStatus.CANCELLED, RegistrationStatus.WAITLISTED, "removed"),
        (RegistrationStatus.REGISTERED, RegistrationStatus.CANCELLED, "kept"),
        (RegistrationStatus.REGISTERED, RegistrationStatus.REGISTERED, "kept"),
    ],
)
def test_merge_keeps_the_better_registration_and_every_check_in(
    context, services, make_member, make_event, kept_status, removed_status, survivor
) -> None:
    keep, remove = make_member("Ananya Iyer"), make_member("Ananya  Iyer")
    event = make_event()
    kept_registration = add_registration(
        context, event.id, keep.id, status=kept_status, checkins=1, role=RegistrationRole.SPEAKER
    )
    removed_registration = add_registration(context, event.id, remove.id, status=removed_status, checkins=2)
    assert services.members.merge_preview(keep.id, remove.id).shared_events == 1

    result = services.members.merge_members(keep.id, remove.id)
    assert result.registrations_dropped == 1 and result.registrations_moved == 0
    assert result.checkins_moved == (2 if survivor == "kept" else 1)
    remaining = rows(context, select(Registration.id, Registration.member_id, Registration.status))
    expected_id = kept_registration if survivor == "kept" else removed_registration
    expected_status = kept_status if survivor == "kept" else removed_status
    assert remaining == [(expected_id, keep.id, expected_status)]
    checkins = rows(context, select(CheckIn.registration_id))
    assert [row[0] for row in checkins] == [expected_id] * 3
    # Both records were inside. In the order written: the kept record's check-in, the removed
    # record's visit that ended, its check-in since. The kept one was a double of the ended visit
    # (the person left) and is undone; the latest stands, as the desk shows it.
    assert result.checkins_undone == 1
    standing = rows(context, select(CheckIn.id).where(CheckIn.undone.is_(False), CheckIn.checked_out_at.is_(None)))
    assert standing == rows(context, select(func.max(CheckIn.id)))
    assert services.registrations.get_registration(expected_id).inside


def test_merging_two_records_both_inside_keeps_the_earliest_check_in_of_each_list(
    context, services, make_member, make_event
) -> None:
    """Both records were checked in (the person scanned one badge, a desk found the other record):
    the merged registration may stand only once per list, so the later check-in is marked undone."""
    from ssc_desktop.models import CheckInList
    from ssc_desktop.services.checkin import VerdictKind

    keep, remove = make_member("Chen Jing"), make_member("Chen  Jing")
    event = make_event()
    kept_registration = add_registration(context, event.id, keep.id)
    removed_registration = add_registration(context, event.id, remove.id)
    at = datetime(2026, 12, 12, 4, 0, tzinfo=timezone.utc)
    with context.database.session_factory.begin() as session:
        banquet = CheckInList(event_id=event.id, name="Banquet")
        session.add(banquet)
        session.flush()
        banquet_id = banquet.id
        session.add_all(
            [
                CheckIn(registration_id=kept_registration, station="Front desk 1", checked_in_at=at),
                CheckIn(
                    registration_id=removed_registration,
                    station="Front desk 2",
                    checked_in_at=at - timedelta(minutes=30),
                ),
                CheckIn(
                    registration_id=kept_registration,
                    station="Banquet 1",
                    checked_in_at=at + timedelta(hours=8),
                    list_id=banquet_id,
                ),
                CheckIn(
                    registration_id=removed_registration,
                    station="Banquet 2",
                    checked_in_at=at + timedelta(hours=9),
                    list_id=banquet_id,
                ),
            ]
        )

    result = services.members.merge_members(keep.id, remove.id)

    assert result.registrations_dropped == 1 and result.checkins_moved == 2 and result.checkins_undone == 2
    standing = rows(
        context,
        select(CheckIn.registration_id, CheckIn.list_id, CheckIn.station)
        .where(CheckIn.undone.is_(False), CheckIn.checked_out_at.is_(None))
        .order_by(CheckIn.id),
    )
    assert standing == [(kept_registration, None, "Front desk 2"), (kept_registration, banquet_id, "Banquet 1")]
    assert rows(context, select(func.count(CheckIn.id)))[0][0] == 4  # the undone ones are kept for the record
    row = services.registrations.get_registration(kept_registration)
    assert row.inside and row.station == "Front desk 2" and row.checked_in_at == at - timedelta(minutes=30)
    assert services.events.get_event(event.id).checked_in == 1
    code = services.tickets.code_for(kept_registration)
    verdict = services.checkin.scan(event.id, code, station="Front desk 3")
    assert verdict.kind is VerdictKind.ALREADY_CHECKED_IN and verdict.previous_station == "Front desk 2"


def test_merge_frees_a_place_for_the_waitlist(context, services, make_member, make_event) -> None:
    keep, remove, waiting = make_member("Wang Wei"), make_member("Wang  Wei"), make_member("Li Na")
    event = make_event(capacity=2)
    add_registration(context, event.id, keep.id)
    add_registration(context, event.id, remove.id)
    waiting_registration = add_registration(context, event.id, waiting.id, status=RegistrationStatus.WAITLISTED)
    result = services.members.merge_members(keep.id, remove.id)
    assert result.registrations_dropped == 1
    status = rows(context, select(Registration.status).where(Registration.id == waiting_registration))[0][0]
    # The registrations module's own rule fills the freed place (when it offers one).
    from ssc_desktop.services import registrations

    if hasattr(registrations, "promote_waitlisted"):
        assert result.promoted == 1 and status is RegistrationStatus.REGISTERED
    else:
        assert status is RegistrationStatus.WAITLISTED


def test_merge_does_not_double_a_speaker_in_one_item(context, services, make_member, make_event) -> None:
    keep, remove = make_member("Gurung Maya"), make_member("Maya Gurung")
    event = make_event()
    item = add_speaker(context, event.id, keep.id)
    add_speaker(context, event.id, remove.id, item_id=item)
    services.members.merge_members(keep.id, remove.id)
    assert rows(context, select(ProgrammeSpeaker.item_id, ProgrammeSpeaker.member_id)) == [(item, keep.id)]


@pytest.mark.parametrize(
    ("arguments", "code"),
    [
        (("same",), "member.merge_same"),
        (("unknown",), "not_found"),
        (({"email": "both"},), "member.merge_bad_choice"),
        (({"shoe_size": "keep"},), "member.unknown_field"),
    ],
)
def test_bad_merges_are_refused_and_change_nothing(context, services, make_member, make_event, arguments, code) -> None:
    keep, remove = make_member("Sato Yuki"), make_member("Yuki Sato", email="yuki@example.jp")
    event = make_event()
    add_registration(context, event.id, remove.id, checkins=1)
    if arguments == ("same",):
        call = lambda: services.members.merge_members(keep.id, keep.id)  # noqa: E731
    elif arguments == ("unknown",):
        call = lambda: services.members.merge_members(keep.id, 9999)  # noqa: E731
    else:
        call = lambda: services.members.merge_members(keep.id, remove.id, arguments[0])  # noqa: E731
    with pytest.raises(DomainError) as caught:
        call()
    assert caught.value.code == code
    assert services.members.get_member(remove.id).email == "yuki@example.jp"
    assert rows(context, select(Registration.member_id)) == [(remove.id,)]


def test_a_failed_merge_rolls_back_everything(context, services, make_member, make_event, monkeypatch) -> None:
    keep, remove = make_member("Thapa Binod"), make_member("Binod Thapa")
    event = make_event()
    add_registration(context, event.id, keep.id)
    add_registration(context, event.id, remove.id, checkins=1)
    add_speaker(context, event.id, remove.id)
    from ssc_desktop.services.members import MemberService

    def broken(_session, _events):
        raise RuntimeError("disk full")

    # Fails at the very end, after every row was moved and the member deleted.
    monkeypatch.setattr(MemberService, "_promote", staticmethod(broken))
    with pytest.raises(RuntimeError):
        services.members.merge_members(keep.id, remove.id)
    monkeypatch.undo()
    assert services.members.get_member(remove.id).latin_name == "Binod Thapa"
    assert sorted(rows(context, select(Registration.member_id))) == sorted([(keep.id,), (remove.id,)])
    assert rows(context, select(ProgrammeSpeaker.member_id)) == [(remove.id,)]
    assert len(rows(context, select(CheckIn.id))) == 1


# -- the command line -----------------------------------------------------------------------------------
@pytest.fixture
def ssc(capsys, db_path):
    """Runs ssc on this test's database; gives (exit code, stdout, stderr)."""
    from ssc_desktop.cli import main

    def run(*argv: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main(["--db", str(db_path), *[str(a) for a in argv]])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def one_error_line(code: int, out: str, err: str) -> str:
    assert code == 1 and out == ""
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("ssc: error: "), err
    return lines[0]


def test_cli_list_filters_and_typo_search(ssc, make_member, india) -> None:
    import json

    make_member("Aditya Kulkarni", native_name="आदित्य कुलकर्णी", country="India", visit_year=2019, chapter_id=india.id)
    make_member("Binod Shrestha", country="Nepal", visit_year=2019)
    make_member("Yamada Taro", native_name="山田 太郎", country="Japan", visit_year=2023)
    code, out, err = ssc("member", "list", "--search", "kulkarnni", "--json")
    assert (code, err) == (0, "")
    assert [m["latin_name"] for m in json.loads(out)] == ["Aditya Kulkarni"]
    _, out, _ = ssc("member", "list", "--search", "山田", "--json")
    assert [m["latin_name"] for m in json.loads(out)] == ["Yamada Taro"]
    _, out, _ = ssc("member", "list", "--visit-year", "2019", "--json")
    assert [m["latin_name"] for m in json.loads(out)] == ["Aditya Kulkarni", "Binod Shrestha"]
    _, out, _ = ssc("member", "list", "--visit-year", "2019", "--country", "nepal", "--search", "shreshta")
    assert "Binod Shrestha" in out and "Kulkarni" not in out and out.rstrip().endswith("(1 row)")
    _, out, _ = ssc("member", "list", "--chapter", "ISCA", "--json")
    assert [m["latin_name"] for m in json.loads(out)] == ["Aditya Kulkarni"]


def test_cli_edit(ssc, make_member, india, services) -> None:
    import json

    member = make_member("Rahul Sharma", email="rahul@example.org")
    code, out, err = ssc(
        "member",
        "edit",
        str(member.id),
        "--affiliation",
        "IIT Delhi",
        "--visit-year",
        "2019",
        "--chapter",
        "ISCA",
        "--gender",
        "male",
        "--native-name",
        "राहुल शर्मा",
    )
    assert (code, err) == (0, "")
    assert out.strip() == f"Updated member {member.id}: Rahul Sharma (राहुल शर्मा)"
    stored = services.members.get_member(member.id)
    assert (stored.affiliation, stored.visit_year, stored.chapter_id, stored.gender) == (
        "IIT Delhi",
        2019,
        india.id,
        Gender.MALE,
    )
    _, out, _ = ssc("member", "edit", str(member.id), "--visit-year", "", "--json")
    assert json.loads(out)["visit_year"] is None

    assert "not an e-mail address" in one_error_line(*ssc("member", "edit", str(member.id), "--email", "rahul@"))
    assert "No member with id 999" in one_error_line(*ssc("member", "edit", "999", "--email", "a@b.org"))
    assert "No chapter" in one_error_line(*ssc("member", "edit", str(member.id), "--chapter", "Atlantis"))
    assert "Nothing to change" in one_error_line(*ssc("member", "edit", str(member.id)))
    assert "2014" in one_error_line(*ssc("member", "edit", str(member.id), "--visit-year", "1999"))
    assert services.members.get_member(member.id).email == "rahul@example.org"


def test_cli_merge(ssc, context, make_member, make_event, services) -> None:
    import json

    keep = make_member("Maya Gurung", email="maya@example.org")
    remove = make_member("Maya Gurung", native_name="माया गुरुङ", email="maya.gurung@example.org", phone="+977 1")
    event = make_event()
    add_registration(context, event.id, remove.id, checkins=1)
    code, out, err = ssc("member", "merge", str(keep.id), str(remove.id), "--take", "email", "--json")
    assert (code, err) == (0, "")
    result = json.loads(out)
    assert result["removed_id"] == remove.id and result["registrations_moved"] == 1
    assert result["kept"]["email"] == "maya.gurung@example.org" and result["kept"]["native_name"] == "माया गुरुङ"
    assert sorted(result["fields_taken"]) == ["email", "native_name", "phone"]

    other = make_member("Maya  Gurung", phone="+977 2")
    code, out, _ = ssc("member", "merge", str(keep.id), str(other.id), "--keep", "phone")
    assert code == 0 and out.startswith(f"Merged member {other.id} into {keep.id}: Maya Gurung")
    assert services.members.get_member(keep.id).phone == "+977 1"

    assert "itself" in one_error_line(*ssc("member", "merge", str(keep.id), str(keep.id)))
    assert "No member with id 777" in one_error_line(*ssc("member", "merge", str(keep.id), "777"))
    assert "no field 'shoe'" in one_error_line(*ssc("member", "merge", str(keep.id), "777", "--take", "shoe"))
