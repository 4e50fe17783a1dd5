"""Fixtures shared by every test. No Qt here: GUI fixtures live in tests/gui/conftest.py."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from ssc_desktop.app import AppContext, compose, create_demo


@pytest.fixture(scope="session", autouse=True)
def _private_user_dirs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Keep the user's own data, config and cache folders out of reach of every test.

    Without a --db the app uses its default database in the user's data folder;
    a test that forgot to pass one must not touch a coordinator's real roster.
    """
    home = tmp_path_factory.mktemp("home")
    with pytest.MonkeyPatch.context() as patch:
        for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            folder = home / name.lower()
            folder.mkdir()
            patch.setenv(name, str(folder))
        yield home


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """A keyring in memory for each test: a developer's real keyring is never written, and tests
    see the laptop that has one. (tests/core/test_password_store.py takes it away.)"""
    import keyring

    from ssc_desktop.services.password_store import forget_session_passwords

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    forget_session_passwords()
    yield backend
    keyring.set_keyring(previous)
    forget_session_passwords()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where a test's own SQLite database goes (not created yet)."""
    return tmp_path / "ssc.sqlite3"


@pytest.fixture
def context(db_path: Path) -> Iterator[AppContext]:
    """A migrated, empty database in tmp with the services wired over it, closed afterwards."""
    ctx = compose(db_path)
    try:
        yield ctx
    finally:
        ctx.close()


@pytest.fixture
def services(context: AppContext):
    return context.services


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo reunion database built once per session; tests must only read it."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    ctx, _summary = create_demo(path)
    ctx.close()
    return path


@pytest.fixture(scope="session")
def demo_context(demo_db: Path) -> Iterator[AppContext]:
    """The services over the shared demo database (read-only use)."""
    ctx = compose(demo_db)
    try:
        yield ctx
    finally:
        ctx.close()


def _load_pg_cluster():
    # Loaded by path: with --import-mode=importlib the tests folder is not on sys.path.
    import importlib.util

    spec = importlib.util.spec_from_file_location("ssc_tests_pg_cluster", Path(__file__).parent / "pg_cluster.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def private_postgres() -> Iterator[object]:
    """A PostgreSQL server of the test's own (tests/pg_cluster.py), to stop and start mid-work."""
    pg_cluster = _load_pg_cluster()
    reason = pg_cluster.PrivatePostgres.available()
    if reason is not None:
        pytest.skip(reason)
    server = pg_cluster.PrivatePostgres()
    try:
        server.create()
    except RuntimeError as error:
        server.destroy()
        pytest.skip(f"a private PostgreSQL could not be started: {error}")
    try:
        yield server
    finally:
        server.destroy()


class SmallDisk:
    """A tmpfs of a few megabytes mounted in the test's folder: a disk that really fills up."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fill(self) -> None:
        """Takes every byte left (unbuffered writes, so closing the file cannot fail afterwards)."""
        with (self.path / "filler").open("wb", buffering=0) as handle:
            try:
                while True:
                    handle.write(b"\0" * 4096)
            except OSError:  # ENOSPC: full
                pass


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Callable[[str], SmallDisk]]:
    """small_disk("3m"): a fresh tmpfs of that size; skips where mounting is not allowed (not root)."""
    import shutil
    import subprocess

    if shutil.which("mount") is None:
        pytest.skip("no mount command")
    mounted: list[Path] = []

    def mount(size: str) -> SmallDisk:
        point = tmp_path / f"disk{len(mounted)}"
        point.mkdir()
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(point)], capture_output=True, text=True
        )
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
        mounted.append(point)
        return SmallDisk(point)

    try:
        yield mount
    finally:
        for point in mounted:
            subprocess.run(["umount", "-l", str(point)], check=False)
