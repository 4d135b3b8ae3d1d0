"""What a SQLite file is: a UMKM Desk database (schema revision), which one (its database id), how healthy
(``integrity_check``) and what it holds (businesses, cases, documents). Read without changing the file.

The database id is a random UUID in the ``setting`` table, written once, at the first automatic backup of a
file that has none. Every copy carries it, so a backup of another office's database is recognised and refused.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from umkm_desk.core.store.engine import BUSY_TIMEOUT_MS
from umkm_desk.core.store.readonly import connect_read_only
from umkm_desk.core.store.schema_head import VERSION_TABLE

DATABASE_ID_KEY = "database_id"
SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Counts:
    businesses: int
    cases: int
    documents: int


@dataclass(frozen=True)
class FileIdentity:
    revision: str | None
    database_id: str | None
    counts: Counts | None

    @property
    def is_umkm_desk(self) -> bool:
        return self.revision is not None

    @property
    def newer_than_program(self) -> bool:
        # Alembic (a few hundred milliseconds to import) only when there is a revision to look up: the backups'
        # status is read at every start.
        from umkm_desk.core.store.migrate import known_revisions

        return self.revision is not None and self.revision not in known_revisions()


def has_sqlite_header(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == SQLITE_HEADER
    except OSError:
        return False


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def read_database_id(conn: sqlite3.Connection) -> str | None:
    if "setting" not in _tables(conn):
        return None
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (DATABASE_ID_KEY,)).fetchone()
    if row is None:
        return None
    with contextlib.suppress(ValueError, TypeError):
        value = json.loads(row[0])
        return str(value) if value else None
    return None


def _count(conn: sqlite3.Connection, table: str, live_only: bool) -> int:
    where = " WHERE deleted_at IS NULL" if live_only else ""
    return int(conn.execute(f"SELECT count(*) FROM {table}{where}").fetchone()[0])


def identify(conn: sqlite3.Connection) -> FileIdentity:
    """Revision, database id and counts through an open connection. Raises sqlite3 errors."""
    tables = _tables(conn)
    revision = None
    if VERSION_TABLE in tables:
        row = conn.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
        revision = str(row[0]) if row else None
    counts = None
    if {"business", "assist_case", "issued_document"} <= tables:
        counts = Counts(_count(conn, "business", True), _count(conn, "assist_case", True),
                        _count(conn, "issued_document", False))
    return FileIdentity(revision, read_database_id(conn), counts)


def identify_file(path: Path) -> FileIdentity:
    """``identify`` of a file opened read-only. Raises sqlite3 or OS errors."""
    conn = connect_read_only(path)
    try:
        return identify(conn)
    finally:
        conn.close()


def integrity_problems(conn: sqlite3.Connection, *, quick: bool = False) -> list[str]:
    """Empty when healthy, else the lines ``integrity_check`` (or ``quick_check``) reported."""
    pragma = "quick_check" if quick else "integrity_check"
    rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}")]
    return [] if rows == ["ok"] else rows


def ensure_database_id(path: Path) -> str:
    """The file's database id, written first if it has none (one short write transaction)."""
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        existing = read_database_id(conn)
        if existing:
            return existing
        conn.execute("BEGIN IMMEDIATE")
        try:
            existing = read_database_id(conn)  # another writer may have been first
            if existing is None:
                new_id = str(uuid.uuid4())
                stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")  # as SQLAlchemy stores UTC
                conn.execute("INSERT INTO setting (key, value, updated_at) VALUES (?, ?, ?)",
                             (DATABASE_ID_KEY, json.dumps(new_id), stamp))
                existing = new_id
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return existing
    finally:
        conn.close()
