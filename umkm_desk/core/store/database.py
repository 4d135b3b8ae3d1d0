"""Opening a database: resolve the target, build the engine, bring the schema to head, load reference data.

A SQLite file found damaged at run time (any "malformed" or "not a database" answer) is never written to again
by this Database: writing into a damaged b-tree spreads the damage, and what is still readable is what a
restore or a repair works from.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from sqlalchemy import Connection, Engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.orm import Session, sessionmaker

from umkm_desk.core.store.engine import (
    WRITE_OPTION,
    DatabaseTarget,
    StoreError,
    make_engine,
    make_session_factory,
    resolve_target,
)

log = logging.getLogger(__name__)

#: statements that change the file; refused once it is known to be damaged
_WRITE_VERBS = ("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER", "VACUUM", "REINDEX",
                "ANALYZE", "BEGIN IMMEDIATE")
#: SQLite primary result codes of a damaged file: SQLITE_CORRUPT, SQLITE_NOTADB
_CORRUPT_CODES = (11, 26)


def is_damage(exc: BaseException) -> bool:
    """Whether a driver error says the SQLite file itself is damaged. The result code decides when the driver
    gives one (a "malformed MATCH expression" or "malformed JSON" is a bad query, not a bad file)."""
    from umkm_desk.core.store import faults

    inner = getattr(exc, "orig", None) or exc
    if isinstance(inner, StoreError):  # our own refusal, raised from an engine event
        return False
    code = getattr(inner, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in _CORRUPT_CODES
    return faults.is_corrupt(inner)


def damaged_message(target: DatabaseTarget) -> str:
    from umkm_desk.core.store.backup import backup_folder

    where = target.display
    backups = backup_folder(target.path) if target.path is not None else "backups"
    return (
        f"Berkas basis data {where} rusak, jadi UMKM Desk berhenti menulis ke dalamnya agar kerusakan tidak "
        f"bertambah. Tutup aplikasi, periksa berkas dengan perintah \"umkm-desk check --db {where}\", lalu "
        f"pulihkan dari cadangan terakhir di folder {backups} (atau minta bantuan petugas TI)."
    )


@dataclass
class Database:
    target: DatabaseTarget
    engine: Engine
    sessions: sessionmaker[Session] = field(repr=False)
    #: set once a "malformed"/"not a database" error was seen at run time; every later write is refused
    damaged: bool = field(default=False, init=False)
    _damage_listeners: list[Callable[[], None]] = field(default_factory=list, init=False, repr=False,
                                                        compare=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False, compare=False)
    #: transactions committed through this Database (any thread); part of :meth:`data_stamp`
    _commits: int = field(default=0, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        event.listen(self.engine, "commit", self._count_commit)
        if self.target.is_sqlite:
            event.listen(self.engine, "handle_error", self._on_error)
            event.listen(self.engine, "before_cursor_execute", self._refuse_writes_when_damaged)

    def _count_commit(self, _connection: Connection) -> None:
        with self._lock:
            self._commits += 1

    def data_stamp(self) -> tuple[object, ...] | None:
        """Something that changes whenever the data may have: a commit here, or the file (or its write-ahead
        log) touched by another program. Equal stamps mean a page need not read again; None (a server, where
        another PC's commit leaves no trace here) means always read."""
        path = self.target.path
        if path is None:
            return None
        files: list[tuple[int, int] | None] = []
        for name in (str(path), f"{path}-wal"):
            try:
                stat = os.stat(name)
            except OSError:
                files.append(None)
            else:
                files.append((stat.st_mtime_ns, stat.st_size))
        return (self._commits, *files)

    @cached_property
    def writer(self) -> Engine:
        """The engine for units of work that write: on SQLite their transactions begin with BEGIN IMMEDIATE."""
        return self.engine.execution_options(**{WRITE_OPTION: True})

    def write_session(self, **options: Any) -> Session:
        """A session whose transactions write (see ``writer``); refused on a damaged file."""
        self.refuse_if_damaged()
        return self.sessions(bind=self.writer, **options)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work that writes: commits on success, rolls back everything on any error."""
        with self.write_session() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.sessions() as session:
            yield session

    # --- a file damaged at run time ---------------------------------------------------------------------

    def damage_error(self) -> StoreError:
        return StoreError(damaged_message(self.target))

    def refuse_if_damaged(self) -> None:
        if self.damaged:
            raise self.damage_error()

    def on_damage(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` (from whichever thread saw the error) once the file is found damaged."""
        with self._lock:
            self._damage_listeners.append(listener)
            already = self.damaged
        if already:
            listener()

    def mark_damaged(self) -> None:
        with self._lock:
            if self.damaged:
                return
            self.damaged = True
            listeners = list(self._damage_listeners)
        log.error("SQLite file %s is damaged: writing stopped", self.target.display)
        for listener in listeners:
            try:
                listener()
            except Exception:  # a listener's failure must not hide the damage error being raised
                log.exception("damage listener failed")

    def _on_error(self, context: ExceptionContext) -> None:
        if is_damage(context.original_exception):
            self.mark_damaged()

    def _refuse_writes_when_damaged(self, _conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if self.damaged and statement.lstrip().upper().startswith(_WRITE_VERBS):
            raise self.damage_error()

    def dispose(self) -> None:
        if self.target.is_sqlite and not self.damaged:
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
    from umkm_desk.core.store.change_feed import ensure_change_triggers
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
            setup_lock: Callable[[Connection], None] = _no_lock
            # A SQLite file already at head (every start but the first after an update) skips Alembic entirely.
            if not (target.is_sqlite and sqlite_at_head(target.path)):
                from umkm_desk.core.store import migrate

                migrate.upgrade_database(database)
                setup_lock = migrate.setup_lock
            with database.transaction() as session:
                setup_lock(session.connection())  # PostgreSQL: PCs starting at once set up one by one
                load_reference(session)
            with database.writer.begin() as connection:
                setup_lock(connection)
                create_search_index(connection)
                ensure_change_triggers(connection)
        except BaseException as exc:
            engine.dispose()
            if database.damaged:  # say what it means and what to do, not the driver's "malformed"
                raise database.damage_error() from exc
            raise
    return database
