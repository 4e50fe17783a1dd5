"""Desk files: an event sealed for a laptop with no server, opened as its own database, merged back.

The desks here are real databases opened through compose (the app's own way in), and in the
kill test real `ssc checkin --batch` processes on a desk file, killed with SIGKILL.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from ssc_desktop.app import compose
from ssc_desktop.db import database_url
from ssc_desktop.errors import DomainError
from ssc_desktop.services.checkin import VerdictKind
from ssc_desktop.services.desk_container import is_desk_file

PASSPHRASE = "correct horse battery"
REPO_ROOT = Path(__file__).resolve().parents[2]


def passphrase(_path: Path) -> str:
    return PASSPHRASE


@pytest.fixture
def main_event(tmp_path: Path, build_event):
    """(main database path, event id, {registration id: code}) with 40 registered people."""
    path = tmp_path / "main.sqlite3"
    event_id, codes = build_event(str(path), 40)
    return path, event_id, codes


def prepare(main: Path, event_id: int, target: Path) -> Path:
    context = compose(main)
    try:
        context.services.desks.prepare_desk(event_id, target, PASSPHRASE)
    finally:
        context.close()
    return target


def merge(main: Path, *desks: Path):
    context = compose(main)
    try:
        return context.services.desks.merge_desks(list(desks), passphrase)
    finally:
        context.close()


def door_rows(path: Path) -> list[tuple]:
    """(registration id, station, undone, checked out, uid) of every door check-in, in id order."""
    engine = create_engine(database_url(path))
    try:
        with engine.connect() as connection:
            return [
                tuple(r)
                for r in connection.execute(
                    text(
                        "SELECT registration_id, station, undone, checked_out_at IS NOT NULL, uid FROM check_ins "
                        "WHERE list_id IS NULL ORDER BY id"
                    )
                )
            ]
    finally:
        engine.dispose()


def standing(path: Path) -> dict[int, str]:
    """{registration id: station} of the standing door check-ins."""
    rows = door_rows(path)
    result: dict[int, str] = {}
    for registration_id, station, undone, out, _uid in rows:
        if not undone and not out:
            assert registration_id not in result, "two standing check-ins for one person"
            result[registration_id] = station
    return result


def test_a_desk_file_opens_as_its_own_database_and_the_station_scans_on_it(main_event, tmp_path: Path) -> None:
    main, event_id, codes = main_event
    context = compose(main)
    try:
        first = sorted(codes)[0]
        context.services.desk_notes.set_desk_note(first, "Vegetarian lunch")
        context.services.checkin_lists.create_list(event_id, "Banquet")
        context.services.checkin.scan(event_id, codes[sorted(codes)[1]], station="Main")
        name = context.services.registrations.get_registration(first).latin_name
    finally:
        context.close()
    engine = create_engine(database_url(main))
    with engine.connect() as connection:
        secret = connection.scalar(text("SELECT ticket_secret FROM events WHERE id = :id"), {"id": event_id})
    engine.dispose()
    desk = prepare(main, event_id, tmp_path / "door-b.sscdesk")
    assert is_desk_file(desk)
    sealed = desk.read_bytes()
    assert name.encode() not in sealed and b"Vegetarian" not in sealed  # encrypted, not merely compressed
    assert secret.encode() not in sealed

    with pytest.raises(DomainError) as wrong:
        compose(desk, passphrase_for=lambda _p: "not the passphrase")
    assert wrong.value.code == "desk.wrong_passphrase"

    context = compose(desk, passphrase_for=passphrase)
    try:
        s = context.services
        verdict = s.checkin.scan(event_id, codes[first], station="Door B")
        assert verdict.kind is VerdictKind.ACCEPTED
        assert verdict.registration.latin_name == name and verdict.registration.desk_note == "Vegetarian lunch"
        again = s.checkin.scan(event_id, codes[sorted(codes)[1]], station="Door B")
        assert again.kind is VerdictKind.ALREADY_CHECKED_IN and again.previous_station == "Main"
        assert [lst.name for lst in s.checkin_lists.list_lists(event_id)] == ["Banquet"]
    finally:
        context.close()
    # Closed: sealed again, nothing readable left in the desks folder.
    assert is_desk_file(desk) and not list(Path(context.desk_file.working).parent.glob("*.sqlite3"))
    assert len(merge(main, desk).desks) == 1
    assert standing(main)[first] == "Door B"


def test_merging_twice_changes_nothing_and_carries_undos_and_check_outs(main_event, tmp_path: Path) -> None:
    main, event_id, codes = main_event
    ids = sorted(codes)
    context = compose(main)
    try:
        context.services.checkin.scan(event_id, codes[ids[0]], station="Main")  # copied to the desk
    finally:
        context.close()
    desk = prepare(main, event_id, tmp_path / "desk.sscdesk")
    context = compose(desk, passphrase_for=passphrase)
    try:
        s = context.services
        for n in range(1, 11):
            assert s.checkin.scan(event_id, codes[ids[n]], station="Desk").accepted
        s.checkin.undo_check_in(ids[1])  # a mistake, undone on the desk
        s.checkin.check_out(ids[2])  # left again
        s.checkin.check_out(ids[0])  # the main's check-in, checked out at the desk
    finally:
        context.close()

    report = merge(main, desk).desks[0]
    assert (report.added, report.undos, report.check_outs, report.conflicts) == (10, 0, 1, [])
    after_first = door_rows(main)
    assert set(standing(main)) == {ids[n] for n in range(3, 11)}
    again = merge(main, desk).desks[0]
    assert (again.added, again.undos, again.check_outs, again.conflicts) == (0, 0, 0, [])
    assert again.unchanged == 11
    assert door_rows(main) == after_first
    # Every row keeps the identity it was given on the desk.
    assert len({row[4] for row in after_first}) == len(after_first) == 11


def test_two_desks_saw_the_same_person_the_earliest_check_in_stands_and_both_are_reported(
    main_event, tmp_path: Path
) -> None:
    main, event_id, codes = main_event
    ids = sorted(codes)
    desk_b = prepare(main, event_id, tmp_path / "b.sscdesk")
    desk_c = prepare(main, event_id, tmp_path / "c.sscdesk")
    for desk, station in ((desk_b, "Door B"), (desk_c, "Door C")):
        context = compose(desk, passphrase_for=passphrase)
        try:
            for registration_id in ids[:5]:
                assert context.services.checkin.scan(event_id, codes[registration_id], station=station).accepted
        finally:
            context.close()
    context = compose(main)
    try:  # the main desk saw one of them too, meanwhile, last of all
        assert context.services.checkin.scan(event_id, codes[ids[0]], station="Main").accepted
    finally:
        context.close()

    report_b = merge(main, desk_b).desks[0]  # B's check-ins were the earliest: the main's one loses
    assert report_b.added == 5 and [c.registration_id for c in report_b.conflicts] == [ids[0]]
    conflict = report_b.conflicts[0]
    assert conflict.desk_won and conflict.kept_station == "Door B" and conflict.dropped_station == "Main"
    assert conflict.name and conflict.kept_at < conflict.dropped_at
    report_c = merge(main, desk_c).desks[0]
    assert report_c.added == 5 and len(report_c.conflicts) == 5
    assert all(not c.desk_won and c.kept_station == "Door B" for c in report_c.conflicts)
    assert standing(main) == {registration_id: "Door B" for registration_id in ids[:5]}
    # Kept for the record, marked undone: 5 (B) + 5 (C) + 1 (main), of which 5 stand.
    assert len(door_rows(main)) == 11
    rows = door_rows(main)
    assert merge(main, desk_c, desk_b).conflicts == 0 and door_rows(main) == rows


def test_a_finished_visit_merged_behind_a_standing_check_in_leaves_the_person_inside(
    main_event, tmp_path: Path
) -> None:
    main, event_id, codes = main_event
    person = sorted(codes)[0]
    desk = prepare(main, event_id, tmp_path / "d.sscdesk")
    context = compose(desk, passphrase_for=passphrase)
    try:  # in and out at the desk early in the morning
        assert context.services.checkin.scan(event_id, codes[person], station="Desk").accepted
        context.services.checkin.check_out(person)
    finally:
        context.close()
    context = compose(main)
    try:  # back in later at the main door
        from ssc_desktop.models.base import utc_now

        context.services.checkin.check_in(person, station="Main", at=utc_now() + timedelta(minutes=5))
        report = merge(main, desk).desks[0]
        assert report.added == 1 and report.conflicts == []
        assert context.services.registrations.get_registration(person).inside
        assert context.services.registrations.get_registration(person).station == "Main"
    finally:
        context.close()


def test_a_desk_killed_mid_burst_keeps_every_accepted_check_in_and_merges_it(main_event, tmp_path: Path) -> None:
    """SIGKILL on the desk: the working copy keeps what was confirmed; opening the desk file again
    picks it up, and merging brings every ACCEPTED the desk printed back, none twice."""
    main, event_id, codes = main_event
    desk = prepare(main, event_id, tmp_path / "killed.sscdesk")
    env = _desk_env(tmp_path)
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "ssc_desktop.cli",
            "--db",
            str(desk),
            "checkin",
            "--event",
            str(event_id),
            "--station",
            "Door K",
            "--batch",
            "-",
            "--json",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO_ROOT,
    )
    assert process.stdin is not None and process.stdout is not None
    writer = threading.Thread(target=_write_all, args=(process.stdin, list(codes.values())), daemon=True)
    writer.start()
    accepted = []
    try:
        for line in process.stdout:
            verdict = json.loads(line)
            assert verdict["accepted"], verdict
            accepted.append(verdict["registration"]["id"])
            if len(accepted) == 20:
                process.send_signal(signal.SIGKILL)
                break
    finally:
        process.kill()
        process.wait(timeout=30)
        writer.join(timeout=30)
    assert process.returncode == -signal.SIGKILL, process.stderr.read() if process.stderr else ""

    # Reopened on the desk laptop (the same data folder): the crash's working copy is carried on.
    reopened = subprocess.run(
        [
            sys.executable,
            "-m",
            "ssc_desktop.cli",
            "--db",
            str(desk),
            "registrations",
            "--event",
            str(event_id),
            "--json",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO_ROOT,
        timeout=60,
    )
    assert reopened.returncode == 0, reopened.stderr
    inside = {row["id"] for row in json.loads(reopened.stdout) if row["checked_in_at"]}
    assert set(accepted) <= inside
    report = merge(main, desk).desks[0]
    assert report.conflicts == [] and report.added == len(inside) >= 20
    assert set(accepted) <= set(standing(main))
    assert len(door_rows(main)) == len(inside)


def test_a_wrong_file_is_refused_in_words(main_event, tmp_path: Path) -> None:
    main, _event_id, _codes = main_event
    other = tmp_path / "notes.txt"
    other.write_text("hello")
    with pytest.raises(DomainError) as refused:
        merge(main, other)
    assert refused.value.code == "desk.not_a_desk_file"
    with pytest.raises(DomainError) as missing:
        merge(main, tmp_path / "nowhere.sscdesk")
    assert missing.value.code == "desk.unreadable"
    with pytest.raises(DomainError) as short:
        prepare_with = compose(main)
        try:
            prepare_with.services.desks.prepare_desk(1, tmp_path / "x.sscdesk", "short")
        finally:
            prepare_with.close()
    assert short.value.code == "desk.passphrase_too_short"


def test_ssc_desk_prepare_and_merge(main_event, tmp_path: Path, ssc, monkeypatch: pytest.MonkeyPatch) -> None:
    main, event_id, codes = main_event
    monkeypatch.setenv("SSC_DESK_PASSPHRASE", PASSPHRASE)
    desk = tmp_path / "cli.sscdesk"
    code, out, err = ssc("--db", main, "desk", "prepare", "--event", event_id, "-o", desk)
    assert code == 0, err
    assert "40 registrations" in out and is_desk_file(desk)
    first = sorted(codes)[0]
    code, out, err = ssc("--db", desk, "checkin", "--event", event_id, "--station", "CLI desk", codes[first])
    assert code == 0 and out.startswith("ACCEPTED"), err
    code, out, err = ssc("--db", main, "--json", "desk", "merge", desk)
    assert code == 0, err
    merged = json.loads(out)
    assert merged[0]["added"] == 1 and merged[0]["conflicts"] == []
    code, out, err = ssc("--db", main, "desk", "merge", desk)
    assert code == 0 and "0 check-ins added" in out and "1 already here" in out
    monkeypatch.delenv("SSC_DESK_PASSPHRASE")
    code, out, err = ssc("--db", desk, "registrations", "--event", event_id)
    assert code == 1 and "SSC_DESK_PASSPHRASE" in err and "Traceback" not in err


def _desk_env(tmp_path: Path) -> dict[str, str]:
    import os

    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH", "")]))
    env["SSC_DESK_PASSPHRASE"] = PASSPHRASE
    return env


def _write_all(stream, codes: list[str]) -> None:
    try:
        for code in codes:
            stream.write(code + "\n")
            stream.flush()
        stream.close()
    except (BrokenPipeError, ValueError, OSError):
        pass


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_desks_keep_scanning_while_a_desk_file_is_merged(
    backend: str, tmp_path: Path, build_event, request: pytest.FixtureRequest
) -> None:
    """A desk process scans the main database while a merge of 400 check-ins runs into it: no desk
    waits out an error, every green of either is in the database once, the overlap reported."""
    target = str(tmp_path / "busy.sqlite3") if backend == "sqlite" else request.getfixturevalue("pg_url")
    event_id, codes = build_event(target, 800)
    ids = sorted(codes)
    context = compose(target)
    try:
        context.services.desks.prepare_desk(event_id, tmp_path / "busy.sscdesk", PASSPHRASE)
    finally:
        context.close()
    desk = compose(tmp_path / "busy.sscdesk", passphrase_for=passphrase)
    try:
        for registration_id in ids[:400]:  # earlier than anything the busy desk does below
            assert desk.services.checkin.scan(event_id, codes[registration_id], station="Desk file").accepted
    finally:
        desk.close()
    env = _desk_env(tmp_path)
    # The busy desk scans 50 people the desk file saw too (first, so some before the merge), then 350 of its own.
    batch = [codes[i] for i in ids[350:400]] + [codes[i] for i in ids[450:800]]
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "ssc_desktop.cli",
            "--db",
            target,
            "checkin",
            "--event",
            str(event_id),
            "--station",
            "Busy",
            "--batch",
            "-",
            "--json",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO_ROOT,
    )
    assert process.stdin is not None and process.stdout is not None
    writer = threading.Thread(target=_write_all, args=(process.stdin, batch), daemon=True)
    writer.start()
    outcome: dict = {}
    verdicts: list[dict] = []

    def merge_now() -> None:
        outcome["report"] = _merge_at(target, tmp_path / "busy.sscdesk")
        outcome["desk_was_at"] = len(verdicts)  # how far the desk had got when the merge ended

    merger = threading.Thread(target=merge_now)
    for line in process.stdout:
        verdicts.append(json.loads(line))
        if len(verdicts) == 10:
            merger.start()  # the desk is scanning: merge under it
    process.wait(timeout=180)
    merger.join(timeout=180)
    assert process.returncode in (0, 3), process.stderr.read() if process.stderr else ""
    assert len(verdicts) == len(batch)
    assert outcome["desk_was_at"] < len(batch), "the merge did not overlap the desk's scanning"
    report = outcome["report"]
    busy_greens = [v["registration"]["id"] for v in verdicts if v["accepted"]]
    engine = create_engine(database_url(target))
    try:
        with engine.connect() as connection:
            rows = [
                tuple(r)
                for r in connection.execute(
                    text("SELECT registration_id, station, undone FROM check_ins WHERE list_id IS NULL")
                )
            ]
    finally:
        engine.dispose()
    standing = [r[0] for r in rows if not r[2]]
    assert len(standing) == len(set(standing)) == 750  # everyone in, once
    assert len(rows) == 400 + len(busy_greens)  # every green of either side is a row, none doubled
    both = set(ids[350:400]) & set(busy_greens)
    assert len(both) >= 10  # scanned at the busy desk before the merge reached them
    assert {c.registration_id for c in report.conflicts} == both  # each reported, none dropped
    assert all(r[1] == "Desk file" for r in rows if r[0] in both and not r[2])  # earlier: it stands


def _merge_at(target: str, desk: Path):
    context = compose(target)
    try:
        return context.services.desks.merge_desks([desk], passphrase).desks[0]
    finally:
        context.close()


def test_a_desk_file_open_in_one_app_is_refused_to_a_second_that_may_read_it(
    main_event,
    tmp_path: Path,
    ssc,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """One working copy per desk on a laptop: a second app on it would, on the first one's close,
    go on checking people in on a copy removed under it, then seal an empty desk. It is told who
    has the desk instead (before any passphrase is asked), and may read it beside that app."""
    from ssc_desktop.app import compose_for_window
    from ssc_desktop.services.instance_lock import DatabaseInUseError

    main, event_id, codes = main_event
    desk = prepare(main, event_id, tmp_path / "door-b.sscdesk")
    copy_elsewhere = tmp_path / "usb" / "door-b.sscdesk"  # the same desk, copied: the same working copy
    copy_elsewhere.parent.mkdir()
    copy_elsewhere.write_bytes(desk.read_bytes())
    ids = sorted(codes)
    first = compose(desk, passphrase_for=passphrase)
    try:
        assert first.services.checkin.scan(event_id, codes[ids[0]], station="Door B").accepted
        asked: list[Path] = []
        for path in (desk, copy_elsewhere):
            with pytest.raises(DatabaseInUseError) as caught:
                compose_for_window(path, passphrase_for=lambda p: asked.append(p) or PASSPHRASE)
            assert caught.value.params["location"] == str(path.resolve()) and caught.value.holder.pid > 0
        assert asked == []  # told before the passphrase is asked for
        monkeypatch.setenv("SSC_DESK_PASSPHRASE", PASSPHRASE)
        code, _out, err = ssc("--db", desk, "checkin", "--event", event_id, codes[ids[1]])
        assert code == 1 and "is open in SSC Desktop" in err and "Traceback" not in err

        beside = compose_for_window(desk, read_only=True, passphrase_for=passphrase)
        try:
            assert beside.read_only and beside.location == str(desk.resolve())  # shown (and remembered) as the desk
            assert beside.services.registrations.counts(event_id).checked_in == 1  # what the first app did
            with pytest.raises(DomainError) as refused:
                beside.services.checkin.scan(event_id, codes[ids[2]], station="Door C")
            assert refused.value.code == "database.read_only"
        finally:
            beside.close()
        with pytest.raises(DomainError) as wrong:
            compose_for_window(desk, read_only=True, passphrase_for=lambda _p: "not the passphrase")
        assert wrong.value.code == "desk.wrong_passphrase"
        assert first.services.checkin.scan(event_id, codes[ids[3]], station="Door B").accepted
    finally:
        first.close()
    again = compose(copy_elsewhere, passphrase_for=passphrase)  # free again once the first app closed
    again.close()
    reopened = compose(desk, passphrase_for=passphrase)
    try:
        assert reopened.services.registrations.counts(event_id).checked_in == 2  # nothing lost
    finally:
        reopened.close()


def test_no_unencrypted_backup_of_a_desk_outlives_its_session(main_event, tmp_path: Path) -> None:
    """The window backs up the database it opens (services.backups): for a desk file, its working
    copy. Those copies are as unencrypted as the working copy, so they go when it goes."""
    from ssc_desktop import backup_files

    main, event_id, codes = main_event
    desk = prepare(main, event_id, tmp_path / "door-b.sscdesk")
    context = compose(desk, passphrase_for=passphrase)
    try:
        working = context.desk_file.working
        assert context.services.checkin.scan(event_id, codes[sorted(codes)[0]], station="Door B").accepted
        taken = context.services.backups.back_up("open")  # as the window does when it opens the file
        assert Path(taken.path).is_file()
    finally:
        context.close()
    assert not any(folder.exists() for folder in backup_files.backup_folders(working))
    assert not list(working.parent.glob(f"{working.name}*"))
    reopened = compose(desk, passphrase_for=passphrase)
    try:
        assert reopened.services.registrations.counts(event_id).checked_in == 1  # sealed in the desk file
    finally:
        reopened.close()


def test_merging_a_desk_file_of_an_older_schema_leaves_nothing_unencrypted(main_event, tmp_path: Path) -> None:
    """Merged, a desk file is decrypted into a scratch file; one an older version prepared is upgraded
    there, after a backup of the scratch file: neither outlives the merge."""
    from alembic import command

    from ssc_desktop.db import alembic_config, create_db_engine
    from ssc_desktop.services import desk_container

    main, event_id, codes = main_event
    desk = prepare(main, event_id, tmp_path / "door-b.sscdesk")
    context = compose(desk, passphrase_for=passphrase)
    try:
        assert context.services.checkin.scan(event_id, codes[sorted(codes)[0]], station="Door B").accepted
        desk_id = context.desk_file.desk_id
    finally:
        context.close()
    old = tmp_path / "old.sqlite3"
    desk_container.decrypt_to(desk, PASSPHRASE, old)
    engine = create_db_engine(f"sqlite:///{old}")
    command.downgrade(alembic_config(engine), "0009")  # as a version before the audit log made it
    engine.dispose()
    old_desk = tmp_path / "old-door-b.sscdesk"
    desk_container.create_desk_file(old_desk, old, PASSPHRASE, desk_id, event_id)
    [result] = merge(main, old_desk).desks
    assert result.added == 1
    assert not list(desk_container.desks_folder().glob("merge-*"))
