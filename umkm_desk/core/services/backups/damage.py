"""A damaged SQLite file: finding it (a quick check at every start, a full one weekly) and holding writes back
until the check has passed, so nothing is written into a file whose damage is not yet known."""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

from sqlalchemy import event

from umkm_desk.core.services.backups.identity import integrity_problems
from umkm_desk.core.store.database import Database
from umkm_desk.core.store.readonly import connect_read_only

log = logging.getLogger(__name__)

#: statements that change the file (as store.database refuses them on a damaged file)
WRITE_VERBS = ("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER", "VACUUM", "REINDEX",
               "ANALYZE", "BEGIN IMMEDIATE")
#: how long a write waits for the start check before it goes ahead anyway (a check that hangs must not
#: stop the office; a damaged file is still refused by the store once seen)
GATE_TIMEOUT_S = 120.0


def check_file(db_path: Path, *, quick: bool) -> list[str]:
    """``quick_check`` (seconds on 100,000 businesses) or ``integrity_check`` of the file, read-only; empty
    when healthy. A file SQLite cannot even read counts as damaged."""
    try:
        conn = connect_read_only(db_path)
        try:
            return integrity_problems(conn, quick=quick)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        code = getattr(exc, "sqlite_errorcode", None)
        if isinstance(code, int) and code & 0xFF in (11, 26):  # SQLITE_CORRUPT, SQLITE_NOTADB
            return [str(exc)]
        if "malformed" in str(exc) or "not a database" in str(exc):
            return [str(exc)]
        raise


class WriteGate:
    """Holds every write on ``db`` until :meth:`release` (the start check passed, or found damage and marked
    the database damaged, which makes the store refuse the write instead)."""

    def __init__(self, db: Database, timeout: float = GATE_TIMEOUT_S) -> None:
        self._db = db
        self._open = threading.Event()
        self._timeout = timeout
        event.listen(db.engine, "before_cursor_execute", self._wait)

    @property
    def released(self) -> bool:
        return self._open.is_set()

    def _wait(self, _conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if self._open.is_set() or not statement.lstrip().upper().startswith(WRITE_VERBS):
            return
        if not self._open.wait(self._timeout):
            log.warning("start check still running after %.0f s: a write goes ahead", self._timeout)
        self._db.refuse_if_damaged()

    def release(self) -> None:
        self._open.set()


def run_start_check(db: Database, gate: WriteGate | None = None, *, quick: bool = True) -> list[str]:
    """The check at start (or the weekly full one): marks the database damaged when problems are found, then
    releases the gate. Returns the problems (empty when healthy). Never raises: a check that cannot run is
    logged and the writes go ahead as before."""
    path = db.target.path
    problems: list[str] = []
    try:
        if db.target.is_sqlite and path is not None:
            problems = check_file(path, quick=quick)
            if problems:
                log.error("%s check of %s found damage: %s", "quick" if quick else "integrity", path,
                          "; ".join(problems[:3]))
                db.mark_damaged()
    except Exception:
        log.exception("database check could not run")
    finally:
        if gate is not None:
            gate.release()
    return problems
