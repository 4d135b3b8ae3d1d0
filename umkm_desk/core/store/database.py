"""Opening a database: resolve the target, build the engine, bring the schema to head, load reference data."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from umkm_desk.core.store.engine import DatabaseTarget, make_engine, make_session_factory, resolve_target


@dataclass
class Database:
    target: DatabaseTarget
    engine: Engine
    sessions: sessionmaker[Session] = field(repr=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back everything on any error."""
        with self.sessions.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.sessions() as session:
            yield session

    def dispose(self) -> None:
        if self.target.is_sqlite:
            # Keep the planner's statistics current (cheap: SQLite analyzes only what its queries needed).
            with contextlib.suppress(Exception), self.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA analysis_limit=1000")  # sampled: milliseconds, not seconds
                connection.exec_driver_sql("PRAGMA optimize")
        self.engine.dispose()


def upgrade_due(target: DatabaseTarget) -> bool:
    """Whether opening ``target`` will upgrade an existing SQLite file (its schema is behind, or not known to be
    at, the newest revision), so that startup can say so while it runs."""
    from umkm_desk.core.store.schema_head import sqlite_at_head

    path = target.path
    if not target.is_sqlite or path is None:
        return False
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return False
    except OSError:
        return False
    return not sqlite_at_head(path)


def _no_lock(_connection: object) -> None:
    """SQLite: one app instance per file is enforced by a lock file (see migrate.setup_lock)."""


def open_database(db: str | os.PathLike[str] | None = None, *, upgrade: bool = True) -> Database:
    """Open (and by default migrate) the database named by ``--db``, UMKM_DESK_DB or the default path."""
    from umkm_desk.core.store.reference import load_reference
    from umkm_desk.core.store.schema_head import sqlite_at_head
    from umkm_desk.core.store.search_index import create_search_index

    target = resolve_target(db)
    engine = make_engine(target)
    database = Database(target, engine, make_session_factory(engine))
    if upgrade and target.path is not None:
        from umkm_desk.core.store.backup import backup_folder
        from umkm_desk.core.store.partials import remove_stale_partials

        # left by a killed upgrade (its backup copy) or restore
        remove_stale_partials((target.path.parent, f".{target.path.name}."),
                              (backup_folder(target.path), f".{target.path.stem}-"))
    if upgrade:
        try:
            setup_lock = _no_lock
            # A SQLite file already at head (every start but the first after an update) skips Alembic entirely.
            if not (target.is_sqlite and sqlite_at_head(target.path)):
                from umkm_desk.core.store import migrate

                migrate.upgrade_database(database)
                setup_lock = migrate.setup_lock
            with database.transaction() as session:
                setup_lock(session.connection())  # PostgreSQL: PCs starting at once set up one by one
                load_reference(session)
            with engine.begin() as connection:
                setup_lock(connection)
                create_search_index(connection)
        except BaseException:
            engine.dispose()
            raise
    return database
