"""Opening a SQLite file to read it and nothing else (``umkm-desk check``).

The app's own engine sets ``journal_mode=WAL`` (which rewrites the header of a file in rollback mode) and
``open_database`` migrates and loads reference data. A reader must not: this opens the file with SQLite's
``mode=ro``, so not even a pragma, a checkpoint or a crash can change it.
"""

from __future__ import annotations

import sqlite3
import urllib.parse
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.pool import NullPool

from umkm_desk.core.store.database import Database
from umkm_desk.core.store.engine import BUSY_TIMEOUT_MS, DatabaseTarget, make_session_factory
from umkm_desk.core.store.schema_head import VERSION_TABLE, SchemaState


def read_only_uri(path: Path) -> str:
    return f"file:{urllib.parse.quote(str(path))}?mode=ro"


def connect_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)


def read_state_read_only(path: Path) -> SchemaState:
    """Revision and tables of a SQLite file, read without changing it. Raises sqlite3 errors."""
    conn = connect_read_only(path)
    try:
        tables = {str(row[0]) for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
        revision = None
        if VERSION_TABLE in tables:
            row = conn.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
            revision = str(row[0]) if row else None
        return SchemaState(revision, frozenset(tables - {VERSION_TABLE}))
    finally:
        conn.close()


def open_read_only(target: DatabaseTarget) -> Database:
    """A Database over a SQLite file opened read-only; dispose it with ``database.engine.dispose()``
    (``Database.dispose`` runs PRAGMA optimize, which is a write)."""
    assert target.is_sqlite and target.path is not None
    path = target.path
    engine = create_engine("sqlite+pysqlite://", creator=lambda: connect_read_only(path), poolclass=NullPool)

    def _pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA query_only=ON")  # belt and braces: refused even if mode=ro were lost

    event.listen(engine, "connect", _pragmas)
    return Database(target, engine, make_session_factory(engine))
