"""Alembic environment: runs against the engine SSC Desktop hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from ssc_desktop.models import Base, UTCDateTime

config = context.config
target_metadata = Base.metadata


def include_object(obj, name, type_, reflected, compare_to):  # noqa: ANN001
    # SQLite keeps its own bookkeeping tables; they are not ours to compare.
    return not (type_ == "table" and name is not None and name.startswith("sqlite_"))


def render_item(type_, obj, autogen_context):  # noqa: ANN001
    # Migrations must not import model code: write our UTC timestamp as the plain type it stores.
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            # Batch mode rebuilds SQLite tables for changes ALTER TABLE cannot make.
            render_as_batch=True,
            compare_type=True,
            include_object=include_object,
            render_item=render_item,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations_online()
