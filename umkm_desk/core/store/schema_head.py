"""Is a SQLite file already at the newest schema revision? Answered without importing Alembic.

Importing Alembic and loading its script directory costs a few hundred milliseconds, at every start, only to
learn that nothing is to be done. The head revision is read here from the ``revision`` / ``down_revision``
lines of the migration files (``tests/store/test_schema_head.py`` checks it equals Alembic's head) and compared
with ``alembic_version`` through a plain read-only connection. Any doubt (no single head, no such table, a
SQLite error) answers False, and the caller takes the full path through ``migrate.upgrade_database``.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

VERSIONS_DIR = Path(__file__).resolve().parent / "migrations" / "versions"
#: Alembic's table holding the revision a database is at
VERSION_TABLE = "alembic_version"


@dataclass(frozen=True)
class SchemaState:
    """A database's revision and tables (kept here, with no Alembic import, for the readers that run at start)."""

    revision: str | None
    tables: frozenset[str]  # user tables, without Alembic's version table

    @property
    def is_empty(self) -> bool:
        return self.revision is None and not self.tables
_REVISION = re.compile(r"""^revision\s*(?::[^=]*)?=\s*["']([^"']+)["']""", re.MULTILINE)
_DOWN_REVISION = re.compile(r"""^down_revision\s*(?::[^=]*)?=\s*(.+)$""", re.MULTILINE)
_QUOTED = re.compile(r"""["']([^"']+)["']""")


@functools.cache
def head_revision() -> str | None:
    """The one revision no other revision builds on, or None when that is not clear from the files."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in VERSIONS_DIR.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        revision = _REVISION.search(source)
        if revision is None:
            continue
        revisions.add(revision.group(1))
        down = _DOWN_REVISION.search(source)
        if down is not None:
            parents.update(_QUOTED.findall(down.group(1)))  # a merge revision names several
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def sqlite_at_head(path: Path | None) -> bool:
    """Whether the SQLite file at ``path`` exists and its ``alembic_version`` is the head revision."""
    head = head_revision()
    if head is None or path is None:
        return False
    try:
        if path.stat().st_size == 0:
            return False
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=10)
        try:
            rows = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchall()
        finally:
            connection.close()
    except (OSError, sqlite3.Error):
        return False
    return rows == [(head,)]
