"""Automatic backups: online copies, retention, when a periodic copy is due, restoring, `ssc backup`."""

from __future__ import annotations

import json
import sqlite3
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from ssc_desktop import backup_files
from ssc_desktop.app import compose
from ssc_desktop.cli import main as ssc
from ssc_desktop.errors import DomainError
from ssc_desktop.long_work import WorkCancelled
from ssc_desktop.services.backups import PERIOD
from ssc_desktop.services.members import MemberDraft


@pytest.fixture
def reunion(services, india, make_event):
    services.members.add_members([MemberDraft(latin_name=f"Member {i}", chapter_id=india.id) for i in range(50)])
    event = make_event()
    for member in services.members.list_members(limit=10):
        registration = services.registrations.register(event.id, member.id)
        if member.id % 2:
            services.checkin.check_in(registration.id, "Door A")
    return services


def test_a_backup_is_an_online_copy_with_what_only_the_wal_holds(db_path: Path, reunion) -> None:
    # A row committed by a connection that never checkpoints lives only in the -wal file:
    # a copy of the database file alone would miss it.
    raw = sqlite3.connect(db_path)
    raw.execute("PRAGMA wal_autocheckpoint=0")
    with raw:
        raw.execute("UPDATE members SET latin_name = 'Only in the WAL' WHERE id = 1")
    assert Path(f"{db_path}-wal").stat().st_size > 0
    written = reunion.backups.back_up("manual")
    raw.close()
    copy = sqlite3.connect(written.path)
    assert copy.execute("SELECT latin_name FROM members WHERE id = 1").fetchone() == ("Only in the WAL",)
    assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # one self-contained file
    copy.close()
    assert (written.members, written.registrations, written.check_ins) == (50, 10, 5)
    assert Path(written.path).parent == db_path.with_name(db_path.name + "-backups")


def test_retention_keeps_the_last_20_and_one_a_day_for_30_days(db_path: Path, reunion) -> None:
    now = datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc)
    # Three a day for 40 days, then 30 in the last five hours.
    moments = [now - timedelta(days=d, hours=h) for d in range(1, 41) for h in (1, 5, 9)]
    moments += [now - timedelta(minutes=10 * i) for i in range(30)]
    for moment in sorted(moments):
        reunion.backups.back_up("periodic", now=moment)
    kept = [b.taken_at for b in backup_files.list_backups(db_path)]
    newest_20 = sorted(moments, reverse=True)[:20]
    daily = {}
    for moment in sorted(moments, reverse=True):
        if moment >= now - timedelta(days=30):
            daily.setdefault(moment.date(), moment)
    assert sorted(kept) == sorted(set(newest_20) | set(daily.values()))
    # Today's are among the 20, then one for each of the 29 days before (Nov 2 .. Nov 30).
    assert len(kept) == 20 + 29


def test_a_periodic_backup_is_due_every_10_minutes_while_an_event_is_under_way(
    reunion,
    make_event,
) -> None:
    from ssc_desktop.services.events import parse_local_datetime

    now = datetime(2026, 12, 1, 4, 0, tzinfo=timezone.utc)  # 09:30 in Kolkata
    make_event(
        title="Kolkata evening",
        timezone="Asia/Kolkata",
        starts_at=parse_local_datetime("2026-12-01 09:00", "Asia/Kolkata"),
        ends_at=parse_local_datetime("2026-12-01 18:00", "Asia/Kolkata"),
    )
    backups = reunion.backups
    assert backups.back_up_if_due(now - timedelta(hours=4)) is None  # 05:30 there: not yet begun
    first = backups.back_up_if_due(now)
    assert first is not None and first.reason == "periodic"
    assert backups.back_up_if_due(now + PERIOD - timedelta(seconds=1)) is None
    assert backups.back_up_if_due(now + PERIOD) is not None
    assert backups.back_up_if_due(now + timedelta(hours=9)) is None  # 18:30 there: over


def test_restore_puts_a_backup_back_and_keeps_the_database_as_it_was(context, db_path: Path, reunion) -> None:
    before = reunion.backups.back_up("manual")
    reunion.members.add_members([MemberDraft(latin_name=f"Later {i}") for i in range(7)])
    result = reunion.backups.restore(before.name)
    assert result.restored.name == before.name and result.damaged_copy is None
    assert (result.previous.reason, result.previous.members) == ("restore", 57)
    context.close()
    reopened = compose(db_path)
    try:
        assert reopened.services.members.count_members() == 50
    finally:
        reopened.close()


def test_a_cancelled_restore_leaves_the_database_as_it_was(
    context,
    db_path: Path,
    reunion,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reunion.members.add_members([MemberDraft(latin_name=f"Filler {i}", notes="x" * 2000) for i in range(400)])
    before = reunion.backups.back_up("manual")
    reunion.members.add_members([MemberDraft(latin_name="Added after the copy")])
    monkeypatch.setattr(backup_files, "_RESTORE_STEP_PAGES", 10)
    cancel = threading.Event()
    steps = []

    def progress(done: int, total: int, _text: str) -> None:
        steps.append((done, total))
        cancel.set()

    with pytest.raises(WorkCancelled):
        reunion.backups.restore(before.name, progress=progress, cancel=cancel)
    assert steps and steps[0][0] < steps[0][1]
    assert reunion.members.count_members() == 451


def test_a_damaged_database_is_restored_and_its_bytes_kept(context, db_path: Path, reunion) -> None:
    before = reunion.backups.back_up("manual")
    context.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    damaged = db_path.read_bytes()[:100] + b"\x00garbage" * 5000
    db_path.write_bytes(damaged)
    assert ssc(["--db", str(db_path), "backup", "restore", before.name]) == 0
    [kept] = [
        p for p in db_path.with_name(db_path.name + "-backups").iterdir() if p.name.endswith("damaged-ssc.sqlite3")
    ]
    assert kept.read_bytes() == damaged
    reopened = compose(db_path)
    try:
        assert reopened.services.members.count_members() == 50
    finally:
        reopened.close()


def test_ssc_backup_list_now_and_restore(context, db_path: Path, reunion, capsys: pytest.CaptureFixture) -> None:
    db = ["--db", str(db_path)]
    assert ssc([*db, "backup", "list"]) == 1
    assert "no backups" in capsys.readouterr().err
    assert ssc([*db, "backup", "now"]) == 0
    assert "50 members, 10 registrations, 5 check-ins" in capsys.readouterr().out
    reunion.members.add_member(MemberDraft(latin_name="One more"))
    assert ssc([*db, "--json", "backup", "now"]) == 0
    capsys.readouterr()
    assert ssc([*db, "backup", "list"]) == 0
    table = capsys.readouterr().out
    assert "MEMBERS" in table and "51" in table and "(2 rows)" in table
    assert ssc([*db, "--json", "backup", "list"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["members"] for r in rows] == [51, 50]
    assert ssc([*db, "backup", "restore", rows[1]["name"]]) == 0
    said = capsys.readouterr().out
    assert "50 members" in said and "as it was is kept in" in said
    assert reunion.members.count_members() == 50
    assert ssc([*db, "backup", "restore", "no-such-backup.sqlite3"]) == 1
    assert "ssc backup list" in capsys.readouterr().err


def test_backups_of_a_shared_server_are_refused_in_words(capsys: pytest.CaptureFixture) -> None:
    assert ssc(["--db", "postgresql://ssc@192.0.2.1/ssc", "backup", "list"]) == 1
    assert "shared server" in capsys.readouterr().err


def test_a_restore_of_a_damaged_backup_changes_nothing(context, db_path: Path, reunion, tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite3"
    good = reunion.backups.back_up("manual")
    bad.write_bytes(Path(good.path).read_bytes()[:8192] + b"\x01" * 8192)
    with pytest.raises(DomainError) as caught:
        reunion.backups.restore(str(bad))
    assert caught.value.code in ("backup.damaged", "backup.restore_failed")
    assert "was not changed" in str(caught.value)
    assert reunion.members.count_members() == 50


def test_a_backup_written_out_to_a_file_of_its_own_leaves_the_database_and_the_backup_alone(
    context,
    db_path: Path,
    reunion,
    tmp_path: Path,
    capsys: pytest.CaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = reunion.backups.back_up("manual")
    reunion.members.add_members([MemberDraft(latin_name=f"Later {i}") for i in range(7)])
    out = tmp_path / "looked-at" / "before.sqlite3"
    assert ssc(["--db", str(db_path), "backup", "restore", before.name, "--to", str(out)]) == 0
    assert "50 members" in capsys.readouterr().out
    assert reunion.members.count_members() == 57  # the database as it was
    assert backup_files.count_rows(Path(before.path)).members == 50
    opened = compose(out)
    try:
        assert opened.services.members.count_members() == 50
    finally:
        opened.close()
    with pytest.raises(DomainError) as caught:  # never over an existing file
        reunion.backups.restore_to_file(before.name, out)
    assert caught.value.code == "backup.destination_exists"

    # Cancelled half way: no file at all, not even a partial one.
    reunion.members.add_members([MemberDraft(latin_name=f"Filler {i}", notes="x" * 2000) for i in range(400)])
    big = reunion.backups.back_up("manual")
    monkeypatch.setattr(backup_files, "_RESTORE_STEP_PAGES", 10)
    cancel = threading.Event()
    with pytest.raises(WorkCancelled):
        reunion.backups.restore_to_file(
            big.name, tmp_path / "cancelled.sqlite3", progress=lambda *_: cancel.set(), cancel=cancel
        )
    assert not list(tmp_path.glob("cancelled.sqlite3*"))
