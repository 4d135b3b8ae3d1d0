"""Moving a whole database to another one (a PC's SQLite file onto the office server, or back): every row with its
id, the audit trail, the register counters and the settings, verified table by table.

All or nothing: the source is read in one snapshot (a read transaction; ``mode=ro`` for a SQLite file, so the
source is never changed); the destination gets its schema first (created at head, or checked to be this
version's) and then every row in ONE transaction, which also re-reads each table and compares its row count and
checksum with what was read from the source before it commits. A dropped network, a full disk, a cancel or a
mismatch rolls the whole transaction back: the destination keeps its schema and holds no data, and the copy can
simply be run again. A SQLite destination is written under a temporary ``.NAME.partial-PID`` name beside it and
renamed into place only when complete.

The destination must not hold data (rows beyond the region reference tables every new database has) and must
not be from a newer version of UMKM Desk; the source must be at this version's schema.

A table's checksum does not depend on row order or on the database kind: each row's values are written in one
canonical text form (UTC timestamps, ISO dates, UUIDs as text) and hashed, and the hashes are summed.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, create_engine, delete, func, insert, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

from umkm_desk.core.store.engine import DatabaseTarget, StoreError, resolve_target

log = logging.getLogger(__name__)

__all__ = [
    "REFERENCE_TABLES",
    "CopyCancelled",
    "CopyRefused",
    "CopyReport",
    "TableCopy",
    "check_destination",
    "copy_database",
    "database_checksums",
    "holds_data",
]

#: tables every new database is given (region codes, the sync change counter's row); the rest is the office's data
REFERENCE_TABLES = frozenset({"kecamatan", "kelurahan", "sync_counter"})
BATCH = 2_000
_MOD = 1 << 128

#: progress(rows copied so far, rows in all, table being copied)
Progress = Callable[[int, int, str], None]


class CopyRefused(StoreError):
    """The copy was not started: nothing anywhere changed."""


class CopyCancelled(StoreError):
    def __init__(self) -> None:
        super().__init__("Pemindahan data dibatalkan; tujuan tidak diubah (tidak berisi data).")


@dataclass(frozen=True)
class TableCopy:
    table: str
    rows: int
    checksum: str


@dataclass(frozen=True)
class CopyReport:
    source: str
    destination: str
    tables: tuple[TableCopy, ...]

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)


def _tables() -> list[Table]:
    from umkm_desk.core.store.models import Base

    return list(Base.metadata.sorted_tables)  # parents before children


# --- checksums -----------------------------------------------------------------------------------------------


def _canonical(value: object) -> str:
    if value is None:
        return "\x00"
    if isinstance(value, bool):
        return "T" if value else "F"
    if isinstance(value, datetime):
        moment = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
        return moment.astimezone(UTC).isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, float):
        return repr(value)
    return str(value)


class _Checksum:
    def __init__(self) -> None:
        self.rows = 0
        self.total = 0

    def add(self, row: tuple[Any, ...]) -> None:
        text = "\x1f".join(_canonical(v) for v in row)
        self.total = (self.total + int.from_bytes(hashlib.blake2b(text.encode(), digest_size=16).digest())) % _MOD
        self.rows += 1

    @property
    def hexdigest(self) -> str:
        return f"{self.total:032x}"


def _table_checksum(connection: Connection, table: Table) -> _Checksum:
    checksum = _Checksum()
    result = connection.execute(select(table).execution_options(yield_per=BATCH))
    for row in result:
        checksum.add(tuple(row))
    return checksum


# --- opening both ends -----------------------------------------------------------------------------------------


def _reader(target: DatabaseTarget) -> Engine:
    """An engine that only reads: ``mode=ro`` on a SQLite file, a read-only snapshot on a server."""
    if target.is_sqlite:
        from umkm_desk.core.store.readonly import connect_read_only

        assert target.path is not None
        path = target.path
        return create_engine("sqlite://", creator=lambda: connect_read_only(path), poolclass=NullPool)
    return create_engine(target.url, poolclass=NullPool, isolation_level="REPEATABLE READ",
                         execution_options={"postgresql_readonly": True})


def _state(target: DatabaseTarget) -> Any:
    from umkm_desk.core.store.migrate import migration_engine, read_state
    from umkm_desk.core.store.readonly import read_state_read_only

    if target.is_sqlite:
        assert target.path is not None
        return read_state_read_only(target.path)
    engine = migration_engine(target)
    try:
        with engine.connect() as connection:
            return read_state(connection)
    finally:
        engine.dispose()


def holds_data(connection: Connection) -> list[str]:
    """The tables (other than the region reference) that have rows."""
    from sqlalchemy import inspect

    present = set(inspect(connection).get_table_names())
    return [t.name for t in _tables()
            if t.name in present and t.name not in REFERENCE_TABLES
            and connection.execute(select(func.count()).select_from(t)).scalar()]


def _check_source(target: DatabaseTarget) -> None:
    from umkm_desk.core.store.migrate import head_revision

    if target.is_sqlite and (target.path is None or not target.path.is_file()):
        raise CopyRefused(f"Basis data sumber {target.display} tidak ditemukan.")
    state = _state(target)
    if state.revision != head_revision():
        raise CopyRefused(
            f"Basis data sumber {target.display} tidak pada versi skema program ini ({state.revision or 'kosong'}, "
            f"seharusnya {head_revision()}). Buka dulu dengan UMKM Desk versi ini (diperbarui otomatis dengan "
            "cadangan), lalu pindahkan datanya."
        )


def check_destination(target: DatabaseTarget) -> None:
    """Refuse (StoreError, nothing changed) a destination that holds data or is from a newer app version."""
    from umkm_desk.core.store.migrate import head_revision, known_revisions

    if target.is_sqlite:
        assert target.path is not None
        if not target.path.exists() or target.path.stat().st_size == 0:
            return
    state = _state(target)
    if state.is_empty:
        return
    where = target.display
    if state.revision is not None and state.revision not in known_revisions():
        raise CopyRefused(
            f"Tujuan {where} dibuat oleh versi UMKM Desk yang lebih baru (revisi skema {state.revision}, program "
            f"ini hanya mengenal sampai {head_revision()}). Perbarui UMKM Desk di PC ini dulu; tujuan tidak diubah."
        )
    if state.revision is None:
        raise CopyRefused(f"Tujuan {where} berisi tabel tetapi bukan basis data UMKM Desk; tujuan tidak diubah.")
    engine = _reader(target)
    try:
        with engine.connect() as connection:
            filled = holds_data(connection)
    finally:
        engine.dispose()
    if filled:
        raise CopyRefused(
            f"Tujuan {where} sudah berisi data (mis. tabel {', '.join(filled[:3])}); pemindahan hanya ke basis "
            "data yang kosong, agar tidak ada data yang tertimpa atau tercampur. Pilih basis data lain yang kosong."
        )


@contextlib.contextmanager
def _sqlite_partial(dest: Path) -> Iterator[Path]:
    """A temporary file beside ``dest``, renamed onto it on success and removed on failure."""
    from umkm_desk.core.store.backup import remove_side_files

    partial = dest.with_name(f".{dest.name}.partial-{os.getpid()}")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    remove_side_files(partial)
    try:
        yield partial
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        remove_side_files(partial)
        raise
    with open(partial, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(partial, dest)


# --- the copy ------------------------------------------------------------------------------------------------


def copy_database(
    source: str | os.PathLike[str],
    destination: str | os.PathLike[str],
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> CopyReport:
    """Copy every row of ``source`` into the empty ``destination`` (paths or URLs, as ``--db``); see the module
    docstring. Raises StoreError (Indonesian) when refused or when the copy failed (nothing kept)."""
    src = resolve_target(source)
    dst = resolve_target(destination)
    if src.url == dst.url or (src.path is not None and dst.path is not None and src.path == dst.path):
        raise CopyRefused("Sumber dan tujuan sama; pilih basis data tujuan yang lain.")
    _check_source(src)
    check_destination(dst)
    if dst.is_sqlite:
        assert dst.path is not None
        if not dst.path.parent.is_dir():
            raise CopyRefused(f"Folder {dst.path.parent} tidak ada; buat folder itu dulu.")
        with _sqlite_partial(dst.path) as partial:
            tables = _copy(src, resolve_target(partial), progress, cancelled)
            _settle_sqlite(partial)
    else:
        tables = _copy(src, dst, progress, cancelled)
    return CopyReport(src.display, dst.display, tables)


def _settle_sqlite(path: Path) -> None:
    """Fold the WAL into the file so that the renamed file is complete on its own."""
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode=DELETE")  # a single file; the app sets WAL again when it opens it
    finally:
        connection.close()


def _settle_server(engine: Engine) -> None:
    """VACUUM (ANALYZE) the server database the copy has just filled. Until autovacuum gets round to it, the
    planner has no statistics and no visibility map for the new rows: every list then reads table rows that an
    index alone would answer (a search keystroke three times slower on 100,000 businesses). The copy is committed
    by now, so a server that refuses (not the tables' owner) only leaves that to autovacuum."""
    try:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("VACUUM (ANALYZE)")
    except SQLAlchemyError:
        log.warning("VACUUM (ANALYZE) after the copy failed; autovacuum will do it later", exc_info=True)


def _copy(src: DatabaseTarget, dst: DatabaseTarget, progress: Progress | None,
          cancelled: Callable[[], bool] | None) -> tuple[TableCopy, ...]:
    from umkm_desk.core.store.database import open_database

    # The schema first (created at head, or this version's already): committed on its own, holds no data.
    open_database(dst.path if dst.path is not None else dst.url.render_as_string(hide_password=False)).dispose()
    reader = _reader(src)
    writer = open_database(dst.path if dst.path is not None else dst.url.render_as_string(hide_password=False),
                           upgrade=False)
    try:
        with reader.connect() as inbound, inbound.begin(), writer.writer.connect() as outbound, outbound.begin():
            tables = _tables()
            counts = {t.name: inbound.execute(select(func.count()).select_from(t)).scalar() or 0 for t in tables}
            total, done = sum(counts.values()), 0
            filled = holds_data(outbound)  # checked again inside the transaction: a colleague may have started
            if filled:
                raise StoreError(f"Tujuan {dst.display} mulai berisi data (tabel {', '.join(filled[:3])}) "
                                 "saat pemindahan dimulai; pemindahan dibatalkan, tujuan tidak diubah.")
            for table in reversed(tables):  # only the reference rows: replaced by the source's own
                outbound.execute(delete(table))
            report: list[TableCopy] = []
            for table in tables:
                read = _Checksum()
                result = inbound.execute(select(table).execution_options(yield_per=BATCH))
                for rows in result.partitions():
                    if cancelled is not None and cancelled():
                        raise CopyCancelled()
                    batch = [row._asdict() for row in rows]
                    for row in rows:
                        read.add(tuple(row))
                    outbound.execute(insert(table), batch)
                    done += len(batch)
                    if progress is not None:
                        progress(done, total, table.name)
                written = _table_checksum(outbound, table)
                if (written.rows, written.total) != (read.rows, read.total) or read.rows != counts[table.name]:
                    raise StoreError(
                        f"Pemeriksaan setelah menyalin tabel {table.name} gagal ({read.rows} baris dibaca, "
                        f"{written.rows} tertulis, checksum berbeda); pemindahan dibatalkan, tujuan tidak diubah."
                    )
                report.append(TableCopy(table.name, written.rows, written.hexdigest))
                if progress is not None:
                    progress(done, total, table.name)
        if not dst.is_sqlite:
            _settle_server(writer.writer)
        return tuple(report)
    finally:
        writer.dispose()
        reader.dispose()


def database_checksums(db: str | os.PathLike[str]) -> dict[str, tuple[int, str]]:
    """Row count and checksum of every table of a database, read without changing it."""
    engine = _reader(resolve_target(db))
    try:
        with engine.connect() as connection, connection.begin():
            return {t.name: ((c := _table_checksum(connection, t)).rows, c.hexdigest) for t in _tables()}
    finally:
        engine.dispose()
