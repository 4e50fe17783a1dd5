"""Backups: a whole SQLite copy that opens like any database, or nothing at all."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ssc_desktop.app import compose
from ssc_desktop.db import known_head
from ssc_desktop.errors import DomainError
from ssc_desktop.services.members import MemberDraft


@pytest.fixture
def filled(services, india, make_event):
    services.members.add_members(
        [MemberDraft(latin_name=f"Member {i:03}", native_name="राहुल", chapter_id=india.id) for i in range(120)]
    )
    event = make_event()
    member = services.members.list_members(limit=1)[0]
    registration = services.registrations.register(event.id, member.id)
    services.checkin.check_in(registration.id, "Front desk 1")
    return services


def test_backup_is_a_complete_copy(filled, tmp_path: Path) -> None:
    destination = tmp_path / "backups" / "2026-12-12" / "ssc-backup.sqlite3"
    written = filled.backup.backup_to(destination)
    assert written == destination.resolve()
    assert destination.is_file()
    assert not list(destination.parent.glob("*.partial"))

    with sqlite3.connect(destination) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == known_head()
    raw.close()

    copy = compose(destination)
    try:
        assert copy.services.members.count_members() == filled.members.count_members() == 120
        [event] = copy.services.events.list_events()
        assert (event.registered, event.checked_in) == (1, 1)
        assert copy.services.members.list_members(search="राहुल")
    finally:
        copy.close()


def test_backup_is_a_snapshot(filled, tmp_path: Path) -> None:
    destination = tmp_path / "snapshot.sqlite3"
    filled.backup.backup_to(destination)
    filled.members.add_member(MemberDraft(latin_name="Added later"))
    copy = compose(destination)
    try:
        assert copy.services.members.count_members() == 120
    finally:
        copy.close()


def test_backup_replaces_an_older_copy(filled, tmp_path: Path) -> None:
    destination = tmp_path / "ssc-backup.sqlite3"
    destination.write_bytes(b"an old, broken copy")
    (tmp_path / "ssc-backup.sqlite3.partial").write_bytes(b"left over from a crash")
    filled.backup.backup_to(destination)
    assert not (tmp_path / "ssc-backup.sqlite3.partial").exists()
    copy = compose(destination)
    try:
        assert copy.services.members.count_members() == 120
    finally:
        copy.close()


def test_backup_to_an_impossible_path_fails_cleanly(filled, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    destination = blocker / "backup.sqlite3"
    with pytest.raises(DomainError) as caught:
        filled.backup.backup_to(destination)
    assert caught.value.code == "database.backup_failed"
    assert str(caught.value).startswith("Could not write the backup copy")
    assert "backup.sqlite3" in str(caught.value)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []


def test_backup_onto_a_folder_fails_and_leaves_no_partial(filled, tmp_path: Path) -> None:
    destination = tmp_path / "taken"
    destination.mkdir()
    (destination / "keep.txt").write_text("mine")
    with pytest.raises(DomainError) as caught:
        filled.backup.backup_to(destination)
    assert caught.value.code == "database.backup_failed"
    assert (destination / "keep.txt").read_text() == "mine"
    assert not (tmp_path / "taken.partial").exists()
