"""Fixtures for the core tests: PostgreSQL on demand, Alembic's own comparison filter."""

from __future__ import annotations

import ast
import os
import uuid
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, MetaData, create_engine, text
from sqlalchemy.engine import make_url

import ssc_desktop
from ssc_desktop.db import MIGRATIONS_DIR, database_url
from ssc_desktop.models import Base

REPO_ROOT = Path(ssc_desktop.__file__).resolve().parents[1]


def load_include_object() -> Callable:
    """include_object exactly as migrations/env.py defines it.

    env.py runs the migrations when imported, so only that function is taken out
    of its source and compiled on its own.
    """
    source = (MIGRATIONS_DIR / "env.py").read_text(encoding="utf-8")
    tree = ast.parse(source)
    functions = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "include_object"]
    assert functions, "migrations/env.py no longer defines include_object"
    module = ast.Module(body=functions, type_ignores=[])
    namespace: dict = {}
    exec(compile(module, str(MIGRATIONS_DIR / "env.py"), "exec"), namespace)
    return namespace["include_object"]


@pytest.fixture(scope="session")
def include_object() -> Callable:
    return load_include_object()


@pytest.fixture(scope="session")
def schema_differences(include_object: Callable) -> Callable[..., list]:
    """What Alembic autogenerate would change to make a database match the models (or metadata)."""

    def differences(engine: Engine, metadata: MetaData = Base.metadata) -> list:
        with engine.connect() as connection, warnings.catch_warnings():
            # SQLAlchemy cannot reflect SQLite's expression indexes, so Alembic leaves the one
            # it knows of, uq_check_ins_standing, out of the comparison there (and says so).
            # test_migration_0007 checks that index in both catalogs instead. (PostgreSQL compares it.)
            warnings.filterwarnings(
                "ignore",
                r"Skipped unsupported reflection of expression-based index "
                r"uq_check_ins_standing$",
            )
            warnings.filterwarnings(
                "ignore",
                r"autogenerate skipping metadata-specified expression-based "
                r"index 'uq_check_ins_standing'",
            )
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "include_object": include_object}
            )
            return compare_metadata(context, metadata)

    return differences


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A URL to a PostgreSQL schema of this test's own, dropped afterwards.

    Set SSC_TEST_PG_URL (scripts/start-test-postgres.sh prints one) to run these
    tests; without it they skip. Each test works in a new schema selected through
    search_path, so reruns and aborted runs never meet old tables.
    """
    base = os.environ.get("SSC_TEST_PG_URL", "").strip()
    if not base:
        pytest.skip("SSC_TEST_PG_URL is not set (scripts/start-test-postgres.sh starts a server)")
    schema = f"ssc_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(database_url(base), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    except Exception as exc:  # noqa: BLE001 -- a server that is set but unusable is a failure, not a skip
        admin.dispose()
        pytest.fail(f"SSC_TEST_PG_URL is set but PostgreSQL is not usable: {exc}")
    url = make_url(database_url(base)).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def india(services):
    chapter, _created = services.chapters.ensure_chapter("SSC India", "ISCA", "India")
    return chapter


@pytest.fixture
def make_event(services, india):
    """Creates an event in the India chapter; keyword arguments override the defaults."""
    from ssc_desktop.models import EventFormat
    from ssc_desktop.services.events import EventDraft, parse_local_datetime

    def make(**overrides):
        values = dict(
            chapter_id=india.id,
            title="3rd SSC India Reunion",
            format=EventFormat.HYBRID,
            starts_at=parse_local_datetime("2026-12-12 09:30", "Asia/Kolkata"),
            ends_at=parse_local_datetime("2026-12-12 18:00", "Asia/Kolkata"),
            timezone="Asia/Kolkata",
            venue="IIT Delhi",
            capacity=200,
        )
        values.update(overrides)
        return services.events.create_event(EventDraft(**values))

    return make


@pytest.fixture
def make_member(services):
    from ssc_desktop.services.members import MemberDraft

    def make(latin_name: str = "Ananya Iyer", **fields):
        return services.members.add_member(MemberDraft(latin_name=latin_name, **fields))

    return make


@pytest.fixture
def ssc(capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[int, str, str]]:
    """Runs `ssc` with these arguments in this process; gives (exit code, stdout, stderr)."""
    from ssc_desktop.cli import main

    def run(*argv: str | Path) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main([str(a) for a in argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


@pytest.fixture(scope="session")
def build_event() -> Callable[[str, int], tuple[int, dict[int, str]]]:
    """build_event(target, people): a fresh event at target (a path or URL) with `people` generated
    members registered; gives its id and their ticket codes by registration id."""
    return _build_event


def _build_event(target: str, people: int) -> tuple[int, dict[int, str]]:
    from ssc_desktop.app import compose
    from ssc_desktop.models import EventFormat
    from ssc_desktop.services.demo import CHAPTERS, generate_members
    from ssc_desktop.services.events import EventDraft, parse_local_datetime

    context = compose(target)
    try:
        s = context.services
        chapter_ids = {country: s.chapters.ensure_chapter(*names)[0].id for country, names in CHAPTERS.items()}
        s.members.add_members(generate_members(people, seed=11, chapter_ids=chapter_ids))
        event = s.events.create_event(
            EventDraft(
                chapter_id=chapter_ids["India"],
                title="Desks reunion",
                format=EventFormat.FACE_TO_FACE,
                starts_at=parse_local_datetime("2030-12-12 09:30", "Asia/Kolkata"),
                ends_at=parse_local_datetime("2030-12-12 18:00", "Asia/Kolkata"),
                timezone="Asia/Kolkata",
                venue="Hall",
                capacity=None,
            )
        )
        s.registrations.register_members(event.id, [m.id for m in s.members.list_members()], allow_late=True)
        codes = s.tickets.codes_for_event(event.id)
    finally:
        context.close()
    assert len(codes) == people
    return event.id, codes
