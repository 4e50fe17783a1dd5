"""The audit log: written by each service inside its own transaction; listed, filtered, exported."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from ssc_desktop.app import compose
from ssc_desktop.errors import DomainError
from ssc_desktop.models import ContestKind
from ssc_desktop.services import audit
from ssc_desktop.services.audit import AuditFilter
from ssc_desktop.services.contest_rubrics import CriterionDraft
from ssc_desktop.services.contests import ContestDraft, EntryDraft, SheetScores


def kinds(services) -> list[str]:
    return [row.kind for row in services.audit.entries()]


def test_check_ins_undos_and_check_outs_say_which_desk_when_and_who(services, tmp_path, build_event) -> None:
    path = tmp_path / "door.sqlite3"
    event_id, codes = build_event(str(path), 5)
    context = compose(path)
    try:
        s = context.services
        first, second, third = sorted(codes)[:3]
        assert s.checkin.scan(event_id, codes[first], station="Door A").accepted
        s.checkin.scan(event_id, codes[first], station="Door A")  # a double read: no second entry
        s.checkin.check_in(second, "Door B")
        s.checkin.check_in(third)  # no station: the app itself
        s.checkin.undo_check_in(second, station="Door B")
        s.checkin.check_out(first, station="Door A")
        with pytest.raises(DomainError):
            s.checkin.check_in(third, "Door A")  # refused: nothing logged either
        rows = s.audit.entries()
        assert [(r.kind, r.desk) for r in rows] == [  # newest first
            (audit.CHECK_OUT, "Door A"),
            (audit.UNDO, "Door B"),
            (audit.CHECK_IN, "app"),
            (audit.CHECK_IN, "Door B"),
            (audit.CHECK_IN, "Door A"),
        ]
        assert all(r.event_id == event_id and r.at.tzinfo is not None for r in rows)
        name = s.registrations.get_registration(first).latin_name
        assert rows[-1].what == f"{name}: ticket scanned" and codes[first] not in " ".join(r.what for r in rows)
        assert [r.kind for r in s.audit.entries(AuditFilter(desk="Door B"))] == [audit.UNDO, audit.CHECK_IN]
        assert [r.kind for r in s.audit.entries(AuditFilter(kind=audit.CHECK_OUT))] == [audit.CHECK_OUT]
        assert [r.id for r in s.audit.entries(AuditFilter(text=name.upper()))] == [rows[0].id, rows[-1].id]
        assert s.audit.desks() == ["Door A", "Door B", "app"]
    finally:
        context.close()


def test_score_changes_and_wrong_pins_are_logged_without_the_pin(services, make_event) -> None:
    event = make_event()
    contest = services.contests.create_contest(
        event.id, ContestDraft("Posters", ContestKind.POSTER), (CriterionDraft("Merit", 1, 1, 10, 1),)
    )
    services.contests.add_entries(contest.id, [EntryDraft("P-01", "Poster 1")])
    judge = services.contests.add_judge(contest.id, "Dr. Meera Nair", "482139")
    services.contests.assign(contest.id, 1)
    merit = services.contests.get_contest(contest.id).criteria[0].id
    entry = services.contests.list_entries(contest.id)[0].id
    services.contests.save_many([SheetScores(judge.id, entry, {merit: 7})])
    services.contests.save_many([SheetScores(judge.id, entry, {merit: 8}, "Clear")])
    services.contests.save_many([SheetScores(judge.id, entry, {merit: 8})])  # no change: no entry
    with pytest.raises(DomainError):
        services.contests.unlock_judge(contest.id, judge.id, "000111")
    rows = services.audit.entries()
    assert [r.kind for r in rows] == [audit.WRONG_PIN, audit.SCORE, audit.SCORE]
    assert rows[0].what == "Posters: wrong PIN for Dr. Meera Nair (1 in a row)" and "000111" not in rows[0].what
    assert rows[1].what == "Posters: Dr. Meera Nair on P-01: Merit 7 → 8, comment changed"
    assert rows[2].what == "Posters: Dr. Meera Nair on P-01: Merit 7"
    assert {r.event_id for r in rows} == {event.id} and {r.desk for r in rows} == {"app"}


def test_imports_and_member_merges_are_logged(services, make_member, tmp_path) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text("Name,E-mail\nYamada Taro,taro@example.org\nTran Thi Mai,mai@example.org\n", encoding="utf-8")
    services.roster_import.import_roster(roster, "SSC Japan")
    keep, remove = make_member("Asha Rao"), make_member("Asha  Rao (dup)")
    services.members.merge_members(keep.id, remove.id)
    rows = services.audit.entries()
    assert [r.kind for r in rows] == [audit.MEMBER_MERGE, audit.ROSTER_IMPORT]
    assert rows[1].what.startswith("roster.csv into SSC Japan: 2 added, 0 updated")
    assert f"(#{remove.id}) merged into Asha Rao (#{keep.id})" in rows[0].what


def test_a_desk_merge_is_logged_once_and_merging_again_logs_nothing(tmp_path, build_event) -> None:
    main = tmp_path / "main.sqlite3"
    event_id, codes = build_event(str(main), 10)
    desk_file = tmp_path / "door-b.sscdesk"
    context = compose(main)
    try:
        context.services.desks.prepare_desk(event_id, desk_file, "correct horse battery")
    finally:
        context.close()
    desk = compose(desk_file, passphrase_for=lambda _p: "correct horse battery")
    try:
        for registration_id in sorted(codes)[:3]:
            assert desk.services.checkin.scan(event_id, codes[registration_id], station="Door B").accepted
    finally:
        desk.close()
    desk = compose(desk_file, passphrase_for=lambda _p: "correct horse battery")
    try:  # one of the three turned round at the door: undone there; another checked out later
        first, second = sorted(codes)[:2]
        desk.services.checkin.undo_check_in(first, station="Door B")
        desk.services.checkin.check_out(second, station="Door B")
        at_the_desk = {(row.kind, row.what.split(":")[0]): row.at for row in desk.services.audit.entries()}
    finally:
        desk.close()
    for _again in range(2):
        context = compose(main)
        try:
            context.services.desks.merge_desks([desk_file], lambda _p: "correct horse battery")
            merges = context.services.audit.entries(AuditFilter(kind=audit.DESK_MERGE))
            brought = [row for row in context.services.audit.entries() if row.kind != audit.DESK_MERGE]
        finally:
            context.close()
        assert len(merges) == 1
        # Each check-in the desk made is in the main log too, once: which desk, when (the desk's time), what.
        assert sorted(row.kind for row in brought) == [audit.CHECK_IN] * 3 + [audit.CHECK_OUT]
    assert merges[0].desk == "door-b.sscdesk" and "3 check-ins added" in merges[0].what
    assert merges[0].event_id == event_id
    assert all(row.desk == "Door B" and row.event_id == event_id and "merged from desk" in row.what for row in brought)
    undone = [row for row in brought if "undone at the desk" in row.what]
    assert len(undone) == 1
    for row in brought:
        name = row.what.split(":")[0]
        if row.kind == audit.CHECK_IN:
            assert row.at == at_the_desk[(audit.CHECK_IN, name)]
        else:
            assert row.at == at_the_desk[(audit.CHECK_OUT, name)]


def test_export_to_xlsx_keeps_formula_text_as_text(services, tmp_path, build_event) -> None:
    from ssc_desktop.output.audit_xlsx import write_audit_xlsx

    path = tmp_path / "door.sqlite3"
    event_id, codes = build_event(str(path), 3)
    context = compose(path)
    try:
        for registration_id in sorted(codes):
            context.services.checkin.scan(event_id, codes[registration_id], station="=HYPERLINK(1)")
        target, written = write_audit_xlsx(context.services.audit.iter_entries(), tmp_path / "audit.xlsx")
    finally:
        context.close()
    assert written == 3
    sheet = load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("When (UTC)", "Kind", "Desk", "Event", "What", "Entry")
    assert [r[1] for r in rows[1:]] == ["check-in"] * 3 and rows[1][5] > rows[3][5]  # newest first
    assert sheet["C2"].data_type == "s" and sheet["C2"].value == "=HYPERLINK(1)"
    with pytest.raises(DomainError):
        write_audit_xlsx([], tmp_path / "audit.csv")


def test_cli_lists_and_exports_and_names_itself(tmp_path: Path, build_event, capsys) -> None:
    import json

    from ssc_desktop.cli import main

    path = tmp_path / "door.sqlite3"
    event_id, codes = build_event(str(path), 3)
    first = sorted(codes)[0]
    context = compose(path)
    try:
        context.services.checkin.check_in(first, "Door A")
    finally:
        context.close()
    second = sorted(codes)[1]
    assert main(["--db", str(path), "checkin", "--event", str(event_id), codes[second]]) == 0  # no --station
    capsys.readouterr()
    assert main(["--db", str(path), "audit", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(r["kind"], r["desk"]) for r in listed] == [("check-in", "cli"), ("check-in", "Door A")]
    assert main(["--db", str(path), "audit", "list", "--kind", "undo"]) == 0
    assert "(0 rows)" in capsys.readouterr().out
    out = tmp_path / "audit.xlsx"
    assert main(["--db", str(path), "audit", "export", "-o", str(out)]) == 0
    assert "Wrote 2 audit entries" in capsys.readouterr().out and out.exists()
