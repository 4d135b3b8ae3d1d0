"""Alembic environment: runs on the connection that ``migrate`` hands over in ``config.attributes``.

``migrate.run_migrations`` opens that connection (foreign keys OFF on SQLite, see there) and owns the
transaction, so the whole upgrade is one transaction on SQLite and PostgreSQL alike. Batch mode is on for
SQLite, whose ALTER TABLE cannot change or constrain columns: batch operations rebuild the table instead.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from umkm_desk.core.store.models import Base

target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    # Fallback for tools that only pass a URL: a plain engine (no app pragmas; prefer migrate.run_migrations).
    url = context.config.get_main_option("sqlalchemy.url")
    if url is None:
        raise SystemExit("UMKM Desk: migrasi memerlukan koneksi atau sqlalchemy.url.")
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            _run(conn)
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("UMKM Desk tidak mendukung migrasi offline (--sql).")
run_migrations_online()
