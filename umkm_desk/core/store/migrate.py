"""Schema upgrades at startup: Alembic, with a verified backup first and a restore when the upgrade fails.

``upgrade_database`` (called by ``open_database``) decides from the database's Alembic revision:

* at head: nothing to do (the common, fast case);
* empty (new file or empty server database): ``create_all`` from the models and ``stamp head`` in one
  transaction (a test proves that running all revisions gives the same schema);
* behind head, SQLite: an online backup into ``backups/`` beside the file, ``PRAGMA integrity_check`` on the
  copy, then the upgrade in one transaction on a connection with foreign keys OFF (Alembic's batch mode
  rebuilds tables with copy/DROP/RENAME, and with foreign keys ON the DROP would cascade into child rows),
  ``PRAGMA foreign_key_check`` before commit (indexes and triggers that a rebuild dropped are re-created
  first), and foreign keys back ON for every later connection. If anything fails the backup is copied back
  over the database and ``StoreError`` says so;
* behind head, PostgreSQL: a pg_dump into this PC's backups folder first where this PC has one that can read the
  server (``store.server_dump``), then the same upgrade in one transaction (PostgreSQL has transactional DDL, so
  a failure rolls back completely);
* a revision this program does not know (a newer UMKM Desk made it), or tables without any revision: refused
  with ``StoreError``, nothing changed.

Before touching an existing SQLite file its state is read with a plain ``sqlite3`` connection (no pragmas), so
a refused file is not even switched to WAL.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

from umkm_desk.core.store.backup import backup_path_for, online_backup, remove_side_files, restore_backup
from umkm_desk.core.store.engine import BUSY_TIMEOUT_MS, DatabaseTarget, StoreError
from umkm_desk.core.store.faults import reason
from umkm_desk.core.store.schema_head import VERSION_TABLE, SchemaState

if TYPE_CHECKING:
    from umkm_desk.core.store.database import Database

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
PG_MIGRATION_LOCK = 0x554D4B4D  # "UMKM": advisory lock key held while migrating a server database


def alembic_config(url: str | URL | None = None) -> Config:
    """Alembic configuration in code; ``script_location`` is the migrations folder inside the package."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url is not None:
        rendered = url.render_as_string(hide_password=False) if isinstance(url, URL) else str(url)
        cfg.set_main_option("sqlalchemy.url", rendered.replace("%", "%%"))
    return cfg


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None, "no migrations found"
    return head


def known_revisions() -> list[str]:
    """All revisions, oldest first."""
    return [script.revision for script in reversed(list(script_directory().walk_revisions()))]


log = logging.getLogger(__name__)


def read_sqlite_state(path: Path) -> SchemaState:
    """Read revision and tables with a plain connection and read-only statements. Raises sqlite3 errors."""
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        tables = {
            str(row[0])
            for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        }
        revision = None
        if VERSION_TABLE in tables:
            row = conn.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
            revision = str(row[0]) if row else None
        return SchemaState(revision, frozenset(tables - {VERSION_TABLE}))
    finally:
        conn.close()


def read_state(connection: Connection) -> SchemaState:
    tables = set(inspect(connection).get_table_names())
    revision = None
    if VERSION_TABLE in tables:
        revision = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()
    return SchemaState(revision, frozenset(tables - {VERSION_TABLE}))


def _migration_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    """Pragmas of the migration connection: the app's, except foreign keys OFF.

    SQLite ignores ``PRAGMA foreign_keys`` inside a transaction, so it is set here, on connect, in autocommit
    mode and before SQLAlchemy's BEGIN.
    """
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=OFF")
    finally:
        cursor.close()


def migration_engine(target: DatabaseTarget) -> Engine:
    """A single-connection engine for migrations (foreign keys OFF on SQLite), disposed after use."""
    engine = create_engine(target.url, poolclass=NullPool)
    if target.is_sqlite:
        # Looked up at call time so that tests can wrap it (e.g. PRAGMA max_page_count for a full disk).
        event.listen(engine, "connect", lambda conn, record: _migration_pragmas(conn, record))
        event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN IMMEDIATE"))
    return engine


def foreign_key_violations(connection: Connection) -> list[tuple[str, int | None, str, int]]:
    """Rows of SQLite's ``PRAGMA foreign_key_check``: (table, rowid, parent table, fk index)."""
    return [tuple(row) for row in connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()]


@contextlib.contextmanager
def _disposing(engine: Engine) -> Iterator[Engine]:
    try:
        yield engine
    finally:
        engine.dispose()


def setup_lock(connection: Connection) -> None:
    """PostgreSQL: hold the setup advisory lock until this transaction ends (no-op on SQLite, where one app
    instance per file is enforced by a lock file)."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_MIGRATION_LOCK})


def _require_foreign_keys_off(connection: Connection) -> None:
    raw = connection.connection.driver_connection
    assert raw is not None
    if raw.execute("PRAGMA foreign_keys").fetchone()[0] != 0:
        raise StoreError("Migrasi dibatalkan: kunci asing tidak dapat dimatikan untuk migrasi.")


@contextlib.contextmanager
def _migration_transaction(target: DatabaseTarget) -> Iterator[tuple[Connection, Config]]:
    """One connection (foreign keys OFF on SQLite) and one transaction; FK check before commit."""
    with _disposing(migration_engine(target)) as engine, engine.connect() as conn:
        if target.is_sqlite:
            _require_foreign_keys_off(conn)
        with conn.begin():
            # Several office PCs may start a new version at once: one migrates, the others wait here and
            # then find the schema at head (Alembic reads the revision after this lock).
            setup_lock(conn)
            cfg = alembic_config(target.url)
            cfg.attributes["connection"] = conn
            yield conn, cfg
            if target.is_sqlite:
                violations = foreign_key_violations(conn)
                if violations:
                    sample = ", ".join(f"{t} baris {rowid} → {parent}" for t, rowid, parent, _ in violations[:5])
                    raise StoreError(
                        f"Pemeriksaan kunci asing setelah migrasi menemukan {len(violations)} pelanggaran ({sample})."
                    )
        if target.is_sqlite:
            driver = conn.connection.driver_connection
            assert driver is not None  # None only once the pool connection is invalidated
            driver.execute("PRAGMA foreign_keys=ON")


@dataclass(frozen=True)
class _SqliteSchema:
    objects: dict[str, tuple[str, str, str]]  # name -> (type, table, sql) of explicit indexes and triggers
    rootpages: dict[str, int]  # table -> root page; a rebuilt table gets a new one


def _sqlite_schema(connection: Connection) -> _SqliteSchema:
    rows = connection.exec_driver_sql("SELECT type, name, tbl_name, rootpage, sql FROM sqlite_master").fetchall()
    objects = {
        str(name): (str(kind), str(table), str(sql))
        for kind, name, table, _root, sql in rows
        if kind in ("index", "trigger") and sql is not None
    }
    rootpages = {str(name): int(root) for kind, name, _t, root, _sql in rows if kind == "table"}
    return _SqliteSchema(objects, rootpages)


def _restore_rebuild_losses(connection: Connection, before: _SqliteSchema) -> None:
    """Re-create indexes and triggers that a batch rebuild dropped with its table.

    Alembic's batch mode copies a table, DROPs the old one and renames the copy. It re-creates only what
    SQLAlchemy can reflect: SQLite expression indexes (``lower(name)``) and triggers (the search index's FTS
    triggers) go with the DROP. They are put back here, inside the migration transaction; one that no longer
    fits the new schema makes the upgrade fail (and the backup come back). An index is only put back when the
    models still define it, so a revision can still drop an index on purpose.
    """
    from umkm_desk.core.store.models import Base

    after = _sqlite_schema(connection)
    rebuilt = {t for t, root in after.rootpages.items() if t in before.rootpages and before.rootpages[t] != root}
    modelled = {str(ix.name) for table in Base.metadata.tables.values() for ix in table.indexes}
    for name, (kind, table, sql) in before.objects.items():
        if name in after.objects or table not in rebuilt:
            continue
        if kind == "trigger" or name in modelled:
            connection.exec_driver_sql(sql)


def run_migrations(target: DatabaseTarget, revision: str = "head") -> None:
    """Run the Alembic revisions up to ``revision`` in ONE transaction; no backup, no decisions."""
    with _migration_transaction(target) as (conn, cfg):
        if not target.is_sqlite:
            command.upgrade(cfg, revision)
            return
        # One revision at a time, so that what a rebuild drops is seen and put back after each step.
        current = MigrationContext.configure(conn).get_current_revision()
        steps = [s.revision for s in script_directory().iterate_revisions(revision, current)]
        for step in reversed(steps):
            before = _sqlite_schema(conn)
            with warnings.catch_warnings():
                # Batch mode cannot reflect expression indexes; _restore_rebuild_losses puts them back.
                warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based index")
                command.upgrade(cfg, step)
            _restore_rebuild_losses(conn, before)


def create_at_head(target: DatabaseTarget) -> None:
    """A new, empty database: ``create_all`` from the models and stamp head, in one transaction.

    This is Alembic's recommended way to build a database from scratch, and it is fast (every test opens a
    fresh one). ``test_models_match_migrations`` proves that running all revisions gives the same schema.
    """
    from umkm_desk.core.store.models import Base

    with _migration_transaction(target) as (conn, cfg):
        Base.metadata.create_all(conn)
        command.stamp(cfg, "head")


def _newer_version_error(revision: str, where: str) -> StoreError:
    return StoreError(
        f"Basis data ini dibuat oleh versi UMKM Desk yang lebih baru (revisi skema {revision}, program ini "
        f"hanya mengenal sampai {head_revision()}). Perbarui UMKM Desk untuk membukanya; {where} tidak diubah."
    )


def _foreign_tables_error(where: str) -> StoreError:
    return StoreError(
        f"{where} berisi tabel tetapi bukan basis data UMKM Desk (tidak ada versi skema). "
        "Pilih berkas lain atau berkas baru; berkas ini tidak diubah."
    )


def upgrade_database(database: Database) -> None:
    """Bring the database to head, safely (see the module docstring). Raises ``StoreError``."""
    target = database.target
    if target.is_sqlite:
        assert target.path is not None
        _upgrade_sqlite(database, target.path)
    else:
        _upgrade_server(target)


def _upgrade_sqlite(database: Database, path: Path) -> None:
    where = str(path)
    file_existed = path.exists()
    existed = file_existed and path.stat().st_size > 0  # a 0-byte file is a new, empty database
    state = SchemaState(None, frozenset())
    if existed:
        try:
            state = read_sqlite_state(path)
        except sqlite3.Error as exc:
            raise StoreError(f"Basis data tidak dapat dibuka. {reason(exc, where)} Berkas tidak diubah.") from exc
    head = head_revision()
    if state.revision == head:
        return
    if state.revision is not None and state.revision not in known_revisions():
        raise _newer_version_error(state.revision, where)
    if state.revision is None and state.tables:
        raise _foreign_tables_error(where)

    database.engine.dispose()
    if state.is_empty:
        try:
            create_at_head(database.target)
        except BaseException as exc:
            if not file_existed:  # leave no half-made file behind
                with contextlib.suppress(OSError):
                    os.remove(path)
            remove_side_files(path)
            if isinstance(exc, Exception):
                raise StoreError(f"Basis data baru tidak dapat dibuat. {reason(exc, where)}") from exc
            raise
        return

    backup = backup_path_for(path, state.revision)
    try:
        online_backup(path, backup)
    except StoreError as exc:
        raise StoreError(
            f"Basis data perlu diperbarui, tetapi tidak diubah karena cadangan gagal. {exc.message}"
        ) from exc
    try:
        run_migrations(database.target)
    except BaseException as exc:
        database.engine.dispose()
        try:
            restore_backup(backup, path)
        except BaseException as restore_exc:
            raise StoreError(
                f"Pembaruan basis data gagal dan pemulihan otomatis juga gagal ({reason(restore_exc, where)}). "
                f"Tutup UMKM Desk lalu salin cadangan {backup} ke {path} secara manual."
            ) from exc
        if isinstance(exc, Exception):
            raise StoreError(
                f"Pembaruan basis data gagal; basis data dikembalikan dari cadangan {backup}. "
                f"Penyebab: {reason(exc, where)} Hubungi pengelola TI dan sertakan berkas cadangan itu."
            ) from exc
        raise


#: server databases (host, port, database, revision) the connection dialog dumped just before upgrading them
_already_dumped: set[tuple[str | None, int | None, str | None, str | None]] = set()


def _dump_key(url: URL, revision: str | None) -> tuple[str | None, int | None, str | None, str | None]:
    return (url.host, url.port, url.database, revision)


def note_dumped(url: str | URL, revision: str | None) -> None:
    """The caller has just dumped this server at ``revision``: the upgrade it starts next need not dump again."""
    _already_dumped.add(_dump_key(make_url(url), revision))


def _dump_before_upgrade(target: DatabaseTarget, version_num: int, revision: str | None) -> None:
    """A server found behind head when a PC starts: backed up first with pg_dump into this PC's backups folder
    where a usable pg_dump is on this PC (the connection dialog's "Siapkan skema" asks the administrator to
    confirm the server's own backups otherwise; here only the log says there was none, as PostgreSQL rolls a
    failed upgrade back whole). A dump that fails stops the upgrade."""
    from umkm_desk.core.store.backup import backup_folder
    from umkm_desk.core.store.engine import default_db_path
    from umkm_desk.core.store.server_dump import dump_database, dump_path_for, find_pg_dump

    key = _dump_key(target.url, revision)
    if key in _already_dumped:
        _already_dumped.discard(key)
        return
    search = find_pg_dump(version_num)
    if search.tool is None:
        log.warning("server schema upgraded without a dump first: %s", search.problem)
        return
    folder = backup_folder(default_db_path())
    dump = dump_database(search.tool, target.url, dump_path_for(folder, target.url.database or "", revision))
    log.info("server backed up before its schema upgrade: %s", dump)


def _upgrade_server(target: DatabaseTarget) -> None:
    where = target.display
    try:
        with _disposing(migration_engine(target)) as engine, engine.connect() as conn:
            state = read_state(conn)
            version_num = int(conn.execute(text("SHOW server_version_num")).scalar() or 0)
    except Exception as exc:
        raise StoreError(f"Server basis data {where} tidak dapat dibuka. {reason(exc, where)}") from exc
    if state.revision == head_revision():
        return
    if state.revision is not None and state.revision not in known_revisions():
        raise _newer_version_error(state.revision, where)
    if state.revision is None and state.tables:
        raise _foreign_tables_error(where)
    if not state.is_empty:
        _dump_before_upgrade(target, version_num, state.revision)
    try:
        if state.is_empty:
            create_at_head(target)
        else:
            run_migrations(target)
    except Exception as exc:
        raise StoreError(
            f"Pembaruan basis data gagal; semua perubahan dibatalkan (PostgreSQL). Penyebab: {reason(exc, where)}"
        ) from exc
