"""All the data of a database (usually the office PostgreSQL server) in one portable SQLite file, in the same
format as a local database: created at the newest schema, filled table by table, checked, then renamed into
place. The server's own backups remain its administrator's business; this is the officer's copy to carry."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, event, select
from sqlalchemy.pool import NullPool

from umkm_desk.core.services.backups import files
from umkm_desk.core.services.backups.identity import integrity_problems
from umkm_desk.core.services.context import ServiceError
from umkm_desk.core.store.database import Database
from umkm_desk.core.store.engine import resolve_target
from umkm_desk.core.store.faults import reason

BATCH = 2000
Progress = Callable[[int, int], None]


def export_to_sqlite(db: Database, dest: Path, *, progress: Progress | None = None) -> Path:
    """Write every table of ``db`` into the new SQLite file ``dest`` (never replacing an existing file).
    ``progress(tables_done, tables_total)``. Raises ServiceError with an Indonesian message."""
    from umkm_desk.core.store.migrate import create_at_head
    from umkm_desk.core.store.models import Base

    dest = Path(dest).expanduser().resolve()
    if dest.exists():
        raise ServiceError(f"{dest} sudah ada; pilih nama berkas lain.", field="dest")
    if not dest.parent.is_dir():
        raise ServiceError(f"Folder {dest.parent} tidak ada.", field="dest")
    partial = files.partial_path(dest)
    files.remove_quietly(partial)
    tables = Base.metadata.sorted_tables
    try:
        create_at_head(resolve_target(partial))
        out = create_engine(f"sqlite:///{partial}", poolclass=NullPool)
        event.listen(out, "connect", lambda conn, _rec: conn.execute("PRAGMA foreign_keys=OFF"))
        try:
            with db.engine.connect() as source, out.begin() as target:
                for table in reversed(tables):  # a new database's own rows (the sync change counter's) give way
                    target.execute(table.delete())
                for done, table in enumerate(tables):
                    result = source.execution_options(yield_per=BATCH).execute(select(table))
                    for rows in result.partitions():
                        target.execute(table.insert(), [dict(row._mapping) for row in rows])
                    if progress is not None:
                        progress(done + 1, len(tables))
        finally:
            out.dispose()
        conn = sqlite3.connect(partial, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode=DELETE")
            if integrity_problems(conn) or conn.execute("PRAGMA foreign_key_check").fetchone():
                raise ServiceError("Berkas ekspor gagal diperiksa; tidak disimpan. Coba lagi.", field="dest")
        finally:
            conn.close()
        files.fsync_file(partial)
        os.replace(partial, dest)
        files.fsync_dir(dest.parent)
    except BaseException as exc:
        files.remove_quietly(partial)
        if isinstance(exc, ServiceError):
            raise
        if isinstance(exc, Exception):
            raise ServiceError(f"Ekspor tidak dapat dibuat. {reason(exc, str(dest))}", field="dest") from exc
        raise
    return dest
