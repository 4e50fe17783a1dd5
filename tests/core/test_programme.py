"""The programme builder: items, speakers, clash warnings, times in the event's zone, the CLI."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from ssc_desktop.cli import main as cli_main
from ssc_desktop.errors import DomainError, NotFoundError
from ssc_desktop.models import ProgrammeKind
from ssc_desktop.services.programme import (
    AFTER_EVENT,
    BEFORE_EVENT,
    ROOM_CLASH,
    SPEAKER_CLASH,
    ItemDraft,
    SpeakerDraft,
    parse_item_time,
    parse_kind,
)


@pytest.fixture
def event(make_event):
    return make_event()  # 2026-12-12 09:30-18:00 Asia/Kolkata


def draft(event, start: str, end: str, title: str = "Talk", **fields) -> ItemDraft:
    return ItemDraft(parse_item_time(start, event), parse_item_time(end, event, "end"), title, **fields)


def test_times_are_read_in_the_event_zone_and_stored_in_utc(services, event) -> None:
    item = services.programme.add_item(event.id, draft(event, "10:15", "11:00", "Keynote", kind=ProgrammeKind.KEYNOTE))
    assert item.starts_at.isoformat() == "2026-12-12T04:45:00+00:00"  # 10:15 IST
    assert item.ends_at - item.starts_at == timedelta(minutes=45)
    full = parse_item_time("2026-12-12 13:00", event)
    assert full.isoformat() == "2026-12-12T07:30:00+00:00"
    again = services.programme.get_item(item.id)
    assert again.kind is ProgrammeKind.KEYNOTE and again.title == "Keynote"


@pytest.mark.parametrize("text", ["25:00", "9:7", "noon", "", "2026-13-01 10:00", "10:60"])
def test_bad_times_are_refused(event, text: str) -> None:
    with pytest.raises(DomainError) as raised:
        parse_item_time(text, event)
    assert raised.value.code == "programme.bad_time"


def test_an_item_ending_before_it_starts_is_an_error_and_nothing_is_written(services, event) -> None:
    for start, end in (("12:00", "11:00"), ("12:00", "12:00")):
        with pytest.raises(DomainError) as raised:
            services.programme.add_item(event.id, draft(event, start, end))
        assert raised.value.code == "programme.ends_before_start"
    assert services.programme.list_items(event.id) == []


def test_title_and_guest_names_are_required(services, event) -> None:
    with pytest.raises(DomainError) as raised:
        services.programme.add_item(event.id, draft(event, "10:00", "11:00", "   "))
    assert raised.value.code == "programme.title_required"
    with pytest.raises(DomainError) as raised:
        services.programme.add_item(event.id, draft(event, "10:00", "11:00", speakers=(SpeakerDraft(name=" "),)))
    assert raised.value.code == "programme.speaker_name_required"
    with pytest.raises(DomainError) as raised:
        services.programme.add_item(event.id, draft(event, "10:00", "11:00", "x" * 301))
    assert raised.value.code == "programme.too_long"
    with pytest.raises(NotFoundError):
        services.programme.add_item(event.id, draft(event, "10:00", "11:00", speakers=(SpeakerDraft(member_id=999),)))
    with pytest.raises(NotFoundError):
        services.programme.add_item(12345, draft(event, "10:00", "11:00"))
    assert services.programme.list_items(event.id) == []


def test_speakers_keep_their_order_and_members_bring_their_names(services, event, make_member) -> None:
    sita = make_member(
        "Sita Shrestha", native_name="सीता श्रेष्ठ", email="sita@example.org", affiliation="Tribhuvan University"
    )
    guest = SpeakerDraft(
        name="Kenichi Sato", native_name="佐藤 健一", affiliation="Kochi University", bio="Geochemist."
    )
    item = services.programme.add_item(
        event.id, draft(event, "10:00", "11:00", speakers=(guest, SpeakerDraft(sita.id)))
    )
    first, second = item.speakers
    assert (first.name, first.native_name, first.is_guest) == ("Kenichi Sato", "佐藤 健一", True)
    assert (second.member_id, second.name, second.native_name, second.affiliation) == (
        sita.id,
        "Sita Shrestha",
        "सीता श्रेष्ठ",
        "Tribhuvan University",
    )
    assert item.speaker_names == "佐藤 健一 Kenichi Sato, सीता श्रेष्ठ Sita Shrestha"
    # Editing replaces the speakers in the new order.
    edited = services.programme.update_item(
        item.id,
        ItemDraft(
            item.starts_at, item.ends_at, "Panel", "Hall", ProgrammeKind.PANEL, "", (SpeakerDraft(sita.id), guest)
        ),
    )
    assert [s.name for s in edited.speakers] == ["Sita Shrestha", "Kenichi Sato"]
    assert edited.title == "Panel" and edited.kind is ProgrammeKind.PANEL


def test_room_and_speaker_clashes_and_items_outside_the_event(services, event, make_member) -> None:
    ram = make_member("Ram Thapa", email="ram@example.org")
    p = services.programme
    a = p.add_item(event.id, draft(event, "10:00", "11:00", "A", room="Dogra Hall", speakers=(SpeakerDraft(ram.id),)))
    b = p.add_item(
        event.id,
        draft(event, "10:30", "11:30", "B", room="  dogra hall ", speakers=(SpeakerDraft(name="Kenichi  Sato"),)),
    )
    c = p.add_item(
        event.id,
        draft(
            event,
            "10:45",
            "11:15",
            "C",
            room="LH-121",
            speakers=(SpeakerDraft(ram.id), SpeakerDraft(name="kenichi sato")),
        ),
    )
    # Touching items do not clash.
    p.add_item(event.id, draft(event, "11:30", "12:00", "D", room="Dogra Hall", speakers=(SpeakerDraft(ram.id),)))
    early = p.add_item(event.id, draft(event, "08:00", "09:00", "Early"))
    late = p.add_item(event.id, draft(event, "17:30", "18:30", "Late"))
    programme = p.programme(event.id)
    found = {(w.code, w.item_id, w.other_item_id, w.detail) for w in programme.warnings}
    assert found == {
        (ROOM_CLASH, a.id, b.id, "Dogra Hall"),
        (SPEAKER_CLASH, a.id, c.id, "Ram Thapa"),
        (SPEAKER_CLASH, b.id, c.id, "Kenichi Sato"),
        (BEFORE_EVENT, early.id, None, ""),
        (AFTER_EVENT, late.id, None, ""),
    }
    assert programme.flagged_ids == {a.id, b.id, c.id, early.id, late.id}
    assert [i.title for i in programme.items][:2] == ["Early", "A"]
    assert {w.code for w in programme.warnings_for(c.id)} == {SPEAKER_CLASH}


def test_delete_and_duplicate(services, event) -> None:
    p = services.programme
    item = p.add_item(
        event.id, draft(event, "10:00", "10:45", "Talk", room="Hall", speakers=(SpeakerDraft(name="Guest"),))
    )
    copy = p.duplicate_item(item.id)
    assert copy.id != item.id and copy.starts_at == item.ends_at and copy.duration == item.duration
    assert [s.name for s in copy.speakers] == ["Guest"] and copy.room == "Hall"
    assert p.programme(event.id).warnings == ()
    p.delete_item(item.id)
    assert [i.id for i in p.list_items(event.id)] == [copy.id]
    with pytest.raises(NotFoundError):
        p.delete_item(item.id)
    with pytest.raises(NotFoundError):
        p.duplicate_item(item.id)


def test_add_items_is_all_or_nothing(services, event) -> None:
    good = draft(event, "10:00", "11:00", "Good")
    bad = draft(event, "12:00", "11:00", "Bad")
    with pytest.raises(DomainError):
        services.programme.add_items(event.id, [good, bad])
    assert services.programme.list_items(event.id) == []


def test_kinds_by_name_and_alias() -> None:
    assert parse_kind("Keynote") is ProgrammeKind.KEYNOTE
    assert parse_kind("alumni talk") is ProgrammeKind.ALUMNI_TALK
    assert parse_kind("job-hunting seminar") is ProgrammeKind.JOB_SEMINAR
    assert parse_kind("e-poster") is ProgrammeKind.POSTER_SESSION
    with pytest.raises(DomainError) as raised:
        parse_kind("party")
    assert raised.value.code == "programme.bad_kind"


def test_demo_reunion_has_a_clean_programme(demo_context) -> None:
    services = demo_context.services
    reunion = next(e for e in services.events.list_events() if e.title == "3rd SSC India Reunion")
    programme = services.programme.programme(reunion.id)
    assert len(programme.items) >= 12
    assert programme.warnings == ()
    kinds = {i.kind for i in programme.items}
    assert {
        ProgrammeKind.KEYNOTE,
        ProgrammeKind.ALUMNI_TALK,
        ProgrammeKind.JOB_SEMINAR,
        ProgrammeKind.POSTER_SESSION,
        ProgrammeKind.PANEL,
        ProgrammeKind.BREAK,
        ProgrammeKind.NETWORKING,
    } <= kinds
    assert len(programme.rooms) >= 3
    parallel = [(a, b) for a in programme.items for b in programme.items if a.id < b.id and a.starts_at == b.starts_at]
    assert parallel, "the demo runs talks in two rooms in parallel"


# -- the command line ----------------------------------------------------------------
def test_cli_add_list_and_export(context, db_path, event, make_member, tmp_path, capsys) -> None:
    make_member("Sita Shrestha", native_name="सीता श्रेष्ठ", email="sita@example.org")
    db = str(db_path)
    assert (
        cli_main(
            [
                "--db",
                db,
                "programme",
                "add",
                "--event",
                str(event.id),
                "--start",
                "10:00",
                "--end",
                "11:00",
                "--title",
                "Opening keynote",
                "--room",
                "Hall",
                "--kind",
                "keynote",
                "--speaker",
                "SITA@example.org",
                "--speaker",
                "Kenichi Sato",
            ]
        )
        == 0
    )
    assert "Added item" in capsys.readouterr().out
    assert (
        cli_main(
            [
                "--db",
                db,
                "programme",
                "add",
                "--event",
                str(event.id),
                "--start",
                "10:30",
                "--end",
                "2026-12-12 11:30",
                "--title",
                "Clash",
                "--room",
                "hall",
            ]
        )
        == 0
    )
    assert "warning:" in capsys.readouterr().err
    assert cli_main(["--db", db, "--json", "programme", "list", "--event", str(event.id)]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [i["title"] for i in listed["items"]] == ["Opening keynote", "Clash"]
    assert listed["items"][0]["start"] == "2026-12-12 10:00"
    assert [s["name"] for s in listed["items"][0]["speakers"]] == ["Sita Shrestha", "Kenichi Sato"]
    assert listed["items"][0]["speakers"][1]["member_id"] is None
    assert [w["code"] for w in listed["warnings"]] == [ROOM_CLASH]
    assert cli_main(["--db", db, "programme", "list", "--event", str(event.id)]) == 0
    assert "सीता श्रेष्ठ Sita Shrestha" in capsys.readouterr().out
    for name in ("agenda.pdf", "agenda.xlsx"):
        assert cli_main(["--db", db, "programme", "export", "--event", str(event.id), "-o", str(tmp_path / name)]) == 0
        assert (tmp_path / name).stat().st_size > 1000


@pytest.mark.parametrize(
    "arguments, fragment",
    [
        (["--start", "11:00", "--end", "10:00", "--title", "T"], "before it starts"),
        (["--start", "xx", "--end", "10:00", "--title", "T"], "is not a time"),
        (["--start", "10:00", "--end", "11:00", "--title", "T", "--kind", "party"], "Kind 'party'"),
        (["--start", "10:00", "--end", "11:00", "--title", "T", "--speaker", "nobody@example.org"], "No member"),
    ],
)
def test_cli_bad_input_is_one_line_and_writes_nothing(context, db_path, event, capsys, arguments, fragment) -> None:
    code = cli_main(["--db", str(db_path), "programme", "add", "--event", str(event.id), *arguments])
    err = capsys.readouterr().err
    assert code == 1 and fragment in err and err.count("\n") == 1 and err.startswith("ssc: error:")
    assert context.services.programme.list_items(event.id) == []


def test_cli_export_refuses_unknown_formats_and_leaves_nothing(context, db_path, event, tmp_path, capsys) -> None:
    assert (
        cli_main(
            ["--db", str(db_path), "programme", "export", "--event", str(event.id), "-o", str(tmp_path / "a.docx")]
        )
        == 1
    )
    assert ".pdf or .xlsx" in capsys.readouterr().err
    assert (
        cli_main(
            [
                "--db",
                str(db_path),
                "programme",
                "export",
                "--event",
                str(event.id),
                "-o",
                str(tmp_path / "no" / "a.pdf"),
            ]
        )
        == 1
    )
    assert "Could not write" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == [db_path] or set(tmp_path.iterdir()) <= {db_path, *tmp_path.glob("ssc.sqlite3*")}
