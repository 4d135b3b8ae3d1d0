"""Rescuing what can be read from a damaged SQLite file, table by table and row by row, into a new file.

The damaged file is never opened for writing: it is read through a read-only connection, and kept, byte for
byte with its WAL, as ``<name>.rusak-<tanggal>`` beside the database. The rows are read in rowid order in
chunks; where a chunk hits a damaged page, the rowids are read one by one, so only the rows on damaged pages
are lost. Rows whose parent was lost (a stage without its case) are left out too, so the new file keeps its
foreign keys. The register is carried forward from what could be read and from the newest good backup, so
no number is given twice. The new file is built beside the database under a temporary name and renamed over
it only when complete (as a restore does).
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from umkm_desk.core.services.backups import files, holder
from umkm_desk.core.services.backups.automatic import Clock, _local_now
from umkm_desk.core.services.backups.identity import integrity_problems
from umkm_desk.core.services.backups.register_state import carry_numbers_forward, read_register
from umkm_desk.core.services.backups.restore import BackupEntry, _open_backup, list_backups
from umkm_desk.core.store.engine import StoreError, resolve_target
from umkm_desk.core.store.faults import reason
from umkm_desk.core.store.readonly import connect_read_only

log = logging.getLogger(__name__)

CHUNK = 256
#: rowids stepped over without finding a row before a table whose end is unknown is taken as finished
GIVE_UP_AFTER = 4096


class SalvageError(StoreError):
    """Nothing could be rescued, or the new file could not be written; the damaged file is as it was."""


@dataclass(frozen=True)
class TableSalvage:
    table: str
    saved: int
    unreadable: int  # rows on damaged pages (rowids that could not be read)
    orphans: int  # readable rows left out because the row they belong to was lost

    @property
    def lost(self) -> int:
        return self.unreadable + self.orphans


@dataclass(frozen=True)
class SalvageReport:
    damaged_kept_as: Path
    tables: tuple[TableSalvage, ...]
    newest_good_backup: BackupEntry | None
    next_numbers: dict[int, int] = field(default_factory=dict)

    @property
    def lost_rows(self) -> int:
        return sum(t.lost for t in self.tables)

    def lines(self) -> list[str]:
        """The report, in Indonesian."""
        from umkm_desk.core.services.backups.wording import format_when

        out = [f"Berkas yang rusak disimpan sebagai {self.damaged_kept_as}."]
        lost = [t for t in self.tables if t.lost]
        if not lost:
            out.append("Semua baris yang terbaca berhasil diselamatkan; tidak ada baris yang diketahui hilang.")
        else:
            out.append(f"Sekitar {self.lost_rows} baris tidak dapat diselamatkan:")
            for t in lost:
                parts = []
                if t.unreadable:
                    parts.append(f"{t.unreadable} di halaman yang rusak")
                if t.orphans:
                    parts.append(f"{t.orphans} karena data induknya hilang")
                out.append(f"  - {t.table}: {', '.join(parts)} ({t.saved} selamat)")
        if self.newest_good_backup is not None:
            out.append(f"Cadangan baik terbaru: {self.newest_good_backup.path.name} "
                       f"({format_when(self.newest_good_backup.made_at)}). Bila lebih banyak data hilang daripada "
                       "yang dikerjakan sejak cadangan itu, pulihkan cadangan tersebut.")
        else:
            out.append("Tidak ada cadangan yang baik untuk dipulihkan.")
        return out


def damaged_name(db_path: Path, when: datetime) -> Path:
    base = f"{db_path.name}.rusak-{when.strftime('%Y-%m-%d')}"
    candidate, n = db_path.with_name(base), 2
    while candidate.exists():
        candidate = db_path.with_name(f"{base}-{n}")
        n += 1
    return candidate


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [str(r[1]) for r in conn.execute(f'PRAGMA table_info("{table}")')]


def _read_rows(src: sqlite3.Connection, table: str, columns: list[str]) -> tuple[list[tuple[object, ...]], int]:
    """The readable rows of ``table`` and how many rowids could not be read."""
    names = ", ".join(f'"{c}"' for c in columns)
    chunk_sql = f'SELECT rowid, {names} FROM "{table}" WHERE rowid > ? ORDER BY rowid LIMIT {CHUNK}'
    one_sql = f'SELECT rowid, {names} FROM "{table}" WHERE rowid = ?'
    try:
        top = src.execute(f'SELECT max(rowid) FROM "{table}"').fetchone()[0]
    except sqlite3.DatabaseError:
        top = None
    rows: list[tuple[object, ...]] = []
    unreadable = 0
    last = 0  # implicit rowids start at 1
    while True:
        try:
            chunk = src.execute(chunk_sql, (last,)).fetchall()
        except sqlite3.DatabaseError:
            empty = 0
            rowid = last + 1
            # step over the damaged stretch one rowid at a time, until a chunk can be read again
            while empty < GIVE_UP_AFTER and (top is None or rowid <= top):
                try:
                    row = src.execute(one_sql, (rowid,)).fetchone()
                except sqlite3.DatabaseError:
                    unreadable += 1
                    empty += 1
                else:
                    if row is None:
                        empty += 1
                    else:
                        rows.append(tuple(row[1:]))
                        empty = 0
                        if (rowid - last) >= CHUNK:
                            break
                rowid += 1
            last = rowid
            if empty >= GIVE_UP_AFTER or (top is not None and last > top):
                break
            continue
        if not chunk:
            break
        rows.extend(tuple(r[1:]) for r in chunk)
        last = int(chunk[-1][0])
    return rows, unreadable


def _refill_reference(dst: sqlite3.Connection) -> list[str]:
    """Region codes are shipped with the program: rows of them lost with a damaged page are put back."""
    from umkm_desk.core.store.reference import _rows

    kecamatan = [(r["kode_kecamatan"], r["kecamatan"], r["kabkota"], r["provinsi"])
                 for r in _rows("indonesia_kecamatan.csv")]
    kelurahan = [(r["kode_kelurahan"], r["kelurahan"], r["kode_kecamatan"])
                 for r in _rows("kota_serang_wilayah.csv")]
    refilled = []
    for table, columns, rows in (("kecamatan", "code, name, kabkota, provinsi", kecamatan),
                                 ("kelurahan", "code, name, kecamatan_code", kelurahan)):
        before = dst.total_changes
        marks = ", ".join("?" for _ in columns.split(","))
        dst.executemany(f"INSERT OR IGNORE INTO {table} ({columns}) VALUES ({marks})", rows)
        if dst.total_changes != before:
            refilled.append(table)
    return refilled


def _remove_orphans(dst: sqlite3.Connection) -> Counter[str]:
    """Delete rows whose parent row is missing, until none are left (a lost case takes its stages, and their
    activities after them)."""
    removed: Counter[str] = Counter()
    while True:
        violations = dst.execute("PRAGMA foreign_key_check").fetchall()
        if not violations:
            return removed
        for table, rowid, _parent, _fk in {(str(v[0]), v[1], v[2], v[3]) for v in violations}:
            if rowid is not None:
                deleted = dst.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,)).rowcount
                removed[table] += max(deleted, 0)


def _build(db_path: Path, staging: Path, extra_highest: dict[int, int]) -> tuple[list[TableSalvage], dict[int, int]]:
    from umkm_desk.core.store.migrate import create_at_head
    from umkm_desk.core.store.models import Base

    files.remove_quietly(staging)
    create_at_head(resolve_target(staging))
    src = connect_read_only(db_path)
    try:
        dst = sqlite3.connect(staging, isolation_level=None)
        try:
            dst.execute("PRAGMA foreign_keys=OFF")
            dst.execute("BEGIN IMMEDIATE")
            counts: dict[str, tuple[int, int]] = {}
            for table in Base.metadata.sorted_tables:
                name = table.name
                try:
                    readable = set(_columns(src, name))
                except sqlite3.DatabaseError:
                    readable = set()
                columns = [c for c in _columns(dst, name) if c in readable]
                if not columns:
                    counts[name] = (0, 0)
                    continue
                rows, unreadable = _read_rows(src, name, columns)
                marks = ", ".join("?" for _ in columns)
                names = ", ".join(f'"{c}"' for c in columns)
                dst.execute(f'DELETE FROM "{name}"')  # reference data loaded at creation comes from the file
                dst.executemany(f'INSERT OR IGNORE INTO "{name}" ({names}) VALUES ({marks})', rows)
                counts[name] = (len(rows), unreadable)
            refilled = _refill_reference(dst)
            for name in refilled:
                counts[name] = (counts[name][0], 0)  # shipped data, put back whole: nothing lost
            orphans = _remove_orphans(dst)
            highest = dict(read_register(src).highest)
            for year, seq in extra_highest.items():
                highest[year] = max(highest.get(year, 0), seq)
            carry_numbers_forward(dst, highest)
            dst.execute("COMMIT")
            dst.execute("PRAGMA journal_mode=DELETE")
            problems = integrity_problems(dst)
            if problems:
                raise SalvageError("Berkas hasil penyelamatan gagal diperiksa (integrity_check); berkas rusak "
                                   "tidak diubah.")
            after = read_register(dst).highest
            saved = {name: int(dst.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in counts}
        finally:
            dst.close()
    finally:
        src.close()
    files.fsync_file(staging)
    tables = [TableSalvage(name, saved[name], unreadable, orphans[name])
              for name, (_read, unreadable) in counts.items()]
    return tables, {year: seq + 1 for year, seq in sorted(after.items())}


def _keep_damaged(db_path: Path, kept: Path) -> None:
    partial = files.partial_path(kept)
    try:
        shutil.copyfile(db_path, partial)
        files.fsync_file(partial)
        wal = Path(f"{db_path}-wal")
        if wal.is_file() and wal.stat().st_size:
            shutil.copyfile(wal, f"{kept}-wal")  # the committed pages not yet in the main file
            files.fsync_file(Path(f"{kept}-wal"))
        os.replace(partial, kept)
    except BaseException:
        files.remove_quietly(partial)
        raise


def salvage_database(db_path: Path, *, folder: Path | None = None, now: Clock = _local_now) -> SalvageReport:
    """Keep the damaged ``db_path`` as ``<name>.rusak-<tanggal>`` and put the rescued rows in its place.
    Every connection of this process to it must be closed. Raises SalvageError / DatabaseInUse."""
    db_path = Path(db_path)
    with holder.holding(db_path):
        try:
            backups = [b for b in list_backups(db_path, folder) if b.problem is None]
        except StoreError:
            backups = []
        newest = backups[0] if backups else None
        extra: dict[int, int] = {}
        if newest is not None:
            with contextlib.suppress(sqlite3.Error):
                conn = _open_backup(newest.path)
                try:
                    extra = read_register(conn).highest
                finally:
                    conn.close()
        staging = db_path.with_name(f".{db_path.name}.restore-{os.getpid()}")
        kept = damaged_name(db_path, now())
        try:
            tables, next_numbers = _build(db_path, staging, extra)
            _keep_damaged(db_path, kept)
            # Emptied without opening the damaged file (a checkpoint would write into it); its WAL is in the
            # kept copy, and left here it would be replayed into the new file.
            wal = Path(f"{db_path}-wal")
            if wal.exists():
                os.truncate(wal, 0)
            os.replace(staging, db_path)
            for suffix in ("-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    os.remove(f"{db_path}{suffix}")
            files.fsync_dir(db_path.parent)
        except BaseException as exc:
            files.remove_quietly(staging)
            if isinstance(exc, StoreError):
                raise
            if isinstance(exc, sqlite3.Error | OSError):
                log.exception("salvage of %s failed", db_path)
                raise SalvageError(f"Penyelamatan data gagal; berkas rusak tidak diubah. {reason(exc, str(db_path))}") from exc
            raise
    report = SalvageReport(kept, tuple(tables), newest, next_numbers)
    log.info("salvaged %s: %d rows lost, damaged file kept as %s", db_path, report.lost_rows, kept.name)
    return report
