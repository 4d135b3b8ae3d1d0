"""Opening a database: resolve the target, build the engine, bring the schema to head, load reference data."""

from __future__ import annotations

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
        self.engine.dispose()


def open_database(db: str | os.PathLike[str] | None = None, *, upgrade: bool = True) -> Database:
    """Open (and by default migrate) the database named by ``--db``, UMKM_DESK_DB or the default path."""
    from umkm_desk.core.store.migrate import setup_lock, upgrade_database
    from umkm_desk.core.store.reference import load_reference
    from umkm_desk.core.store.search_index import create_search_index

    target = resolve_target(db)
    engine = make_engine(target)
    database = Database(target, engine, make_session_factory(engine))
    if upgrade:
        try:
            upgrade_database(database)
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
