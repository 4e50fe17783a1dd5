"""A backup before every upgrade, on PostgreSQL too: the server's tables copied to a SQLite file here.

Run with SSC_TEST_PG_URL set (scripts/start-test-postgres.sh prints one); without it the
server tests skip. The server database is the demo reunion taken back to the oldest schema
(Alembic's downgrade), in a session whose time zone is not UTC, so the copy must turn the
server's aware timestamps into the app's UTC ones.
"""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy.engine import make_url

from ssc_desktop import server_backup
from ssc_desktop.app import compose
from ssc_desktop.backup_files import count_rows
from ssc_desktop.cli import main as ssc
from ssc_desktop.db import alembic_config, known_head, open_database, schema_heads
from ssc_desktop.errors import DomainError
from ssc_desktop.services.demo import build_demo


@pytest.fixture
def tokyo_url(pg_url: str) -> str:
    """pg_url, its sessions in Tokyo time (the server then hands timestamps back at +09:00)."""
    url = make_url(pg_url)
    options = f"{url.query.get('options', '')} -ctimezone=Asia/Tokyo".strip()
    return url.update_query_dict({"options": options}).render_as_string(hide_password=False)


def _heads(url: str) -> set[str]:
    database = open_database(url, run_migrations=False)
    try:
        return schema_heads(database.engine)
    finally:
        database.dispose()


def _events(context) -> dict[str, tuple]:
    return {
        e.title: (e.starts_at, e.ends_at, e.registered, e.waitlisted, e.checked_in)
        for e in context.services.events.list_events()
    }


@pytest.fixture(params=["0001", "0009"])
def old_server(request: pytest.FixtureRequest, tokyo_url: str) -> str:
    """The demo reunion on the server, then taken back to revision 0001 (the oldest) or 0009."""
    context = compose(tokyo_url)
    try:
        build_demo(context.services)
    finally:
        context.close()
    database = open_database(tokyo_url)
    try:
        command.downgrade(alembic_config(database.engine), request.param)
        assert schema_heads(database.engine) == {request.param}
    finally:
        database.dispose()
    assert server_backup.list_server_copies(tokyo_url) == []
    return tokyo_url


@pytest.mark.postgres
@pytest.mark.filterwarnings("error::sqlalchemy.exc.SAWarning")  # e.g. reflecting 0007's expression index
def test_an_upgrade_of_a_server_is_preceded_by_a_copy_at_its_old_schema(
    old_server: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture,
) -> None:
    old = _heads(old_server)
    assert ssc(["--db", old_server, "init"]) == 0  # upgrades the server to head, after the copy
    said = capsys.readouterr().out
    context = compose(old_server)
    try:
        assert schema_heads(context.database.engine) == {known_head()}
        on_server = _events(context)
        members = context.services.members.count_members()
    finally:
        context.close()

    copies = server_backup.list_server_copies(old_server)
    assert [c.reason for c in copies] == ["upgrade"]
    copy = copies[0].path
    assert f"a copy of it as it was before is in {copy}" in said
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert not list(copy.parent.glob("*.partial"))
    counts = count_rows(copy)
    assert {counts.schema} == old  # the server's schema before the upgrade, not this version's
    assert counts.members == members == 300
    assert counts.registrations == 350

    # Opening the server again at head copies nothing more.
    open_database(old_server).dispose()
    assert len(server_backup.list_server_copies(old_server)) == 1

    assert ssc(["--db", old_server, "backup", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [row["name"] for row in listed] == [copy.name]
    assert {listed[0]["schema"]} == old and listed[0]["members"] == 300
    assert ssc(["--db", old_server, "backup", "restore", copy.name]) == 1
    said = capsys.readouterr().err
    assert "does not write a copy back over a server" in said and f"restore {copy.name} --to FILE" in said

    # Written out as a database file of its own, it opens (upgraded) with what the server held.
    out = tmp_path / "before-upgrade.sqlite3"
    assert ssc(["--db", old_server, "backup", "restore", copy.name, "--to", str(out)]) == 0
    assert f"Open it with: ssc-desktop --db {out}" in capsys.readouterr().out
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    opened = compose(out)
    try:
        assert opened.services.members.count_members() == members
        assert _events(opened) == on_server  # same times (UTC), counts and check-ins
    finally:
        opened.close()
    assert {count_rows(copy).schema} == old  # the copy itself stays as it was taken
    assert ssc(["--db", old_server, "backup", "restore", copy.name, "--to", str(out)]) == 1
    assert "already exists" in capsys.readouterr().err


@pytest.mark.postgres
def test_no_server_upgrade_without_its_copy(
    old_server: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    old = _heads(old_server)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the copies' folder would go")
    monkeypatch.setattr(server_backup, "server_folder", lambda _url: blocker / "copies")
    with pytest.raises(DomainError) as caught:
        open_database(old_server)
    assert caught.value.code == "database.upgrade_needs_backup"
    assert "was not changed" in str(caught.value)
    monkeypatch.undo()
    assert _heads(old_server) == old != {known_head()}  # left as it was
    assert server_backup.list_server_copies(old_server) == []


@pytest.mark.postgres
def test_a_new_or_current_server_database_needs_no_copy(pg_url: str) -> None:
    open_database(pg_url).dispose()  # created at head: nothing to copy
    open_database(pg_url).dispose()  # already at head
    assert server_backup.list_server_copies(pg_url) == []


def test_ssc_backup_list_of_a_server_says_where_its_copies_would_be(capsys: pytest.CaptureFixture) -> None:
    url = "postgresql://ssc@192.0.2.1/ssc"  # never reached: the copies are on this laptop
    assert ssc(["--db", url, "backup", "list"]) == 1
    said = capsys.readouterr().err
    assert "no copy of the shared server" in said
    assert f"{Path('backups') / 'server-ssc-'}" in said  # in the user data folder, named for the server


def test_each_server_and_schema_has_a_folder_of_its_own() -> None:
    one = server_backup.server_folder("postgresql+psycopg://ssc:secret@host/reunion")
    assert one == server_backup.server_folder("postgresql+psycopg://ssc:other@host/reunion")  # not the password
    assert one != server_backup.server_folder("postgresql+psycopg://ssc@host/reunion?options=-csearch_path%3Dx")
    assert one != server_backup.server_folder("postgresql+psycopg://ssc@other-host/reunion")
    assert "secret" not in str(one) and one.name.startswith("server-reunion-")
