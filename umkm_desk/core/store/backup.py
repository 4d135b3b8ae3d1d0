"""Consistent SQLite copies with the online backup API, and putting a copy back.

``sqlite3.Connection.backup`` copies the pages of one read snapshot: in WAL mode readers do not block the
writer, so the copy is safe while the app is running and holds a write transaction; committed pages that are
still in the -wal file are included, uncommitted ones are not. Every copy is integrity-checked before it is
given its final name, so a half-written or damaged copy never looks like a good backup.

PostgreSQL servers are backed up with pg_dump (``server_dump``: before a schema upgrade, where this PC has one;
otherwise by their administrator); nothing here applies to them.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from umkm_desk.core.store.engine import BUSY_TIMEOUT_MS, StoreError
from umkm_desk.core.store.faults import is_corrupt, reason

BACKUP_FOLDER = "backups"
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def backup_folder(db_path: Path) -> Path:
    return db_path.parent / BACKUP_FOLDER


def backup_path_for(db_path: Path, revision: str | None, *, now: datetime | None = None) -> Path:
    """``backups/<name>-<YYYYmmdd-HHMMSS>-<revision>.sqlite`` beside the database, never an existing file."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    base = f"{db_path.stem}-{stamp}-{revision or 'kosong'}"
    folder = backup_folder(db_path)
    candidate = folder / f"{base}.sqlite"
    n = 2
    while candidate.exists():
        candidate = folder / f"{base}-{n}.sqlite"
        n += 1
    return candidate


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    return conn


def integrity_check(path: Path) -> list[str]:
    """``PRAGMA integrity_check`` of a SQLite file: ``["ok"]`` when healthy, else the problems found."""
    conn = _connect(path)
    try:
        return [str(row[0]) for row in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()


def remove_side_files(path: Path) -> None:
    for suffix in SIDE_SUFFIXES:
        with contextlib.suppress(FileNotFoundError, NotADirectoryError):  # no folder, no side files
            os.remove(f"{path}{suffix}")


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    if os.name == "nt":  # pragma: no cover - directories cannot be fsynced on Windows
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy_pages(source: sqlite3.Connection, dest: sqlite3.Connection) -> None:
    source.backup(dest)  # pages=-1: the whole database from one read snapshot


def online_backup(source: Path, dest: Path) -> Path:
    """Copy the SQLite database ``source`` to ``dest`` (replaced atomically) and integrity-check the copy.

    Raises ``StoreError`` with an Indonesian message; on failure no partial file is left behind.
    """
    source, dest = Path(source), Path(dest)
    if not source.is_file():
        raise StoreError(f"Basis data {source} tidak ditemukan.")
    if dest.resolve() == source.resolve() or (dest.exists() and os.path.samefile(dest, source)):
        raise StoreError("Tujuan cadangan sama dengan basis data sumber; pilih berkas lain.")
    partial = dest.with_name(f".{dest.name}.partial-{os.getpid()}")
    try:
        dest.parent.mkdir(exist_ok=True)  # one level (backups/ beside the database), never a whole path
        remove_side_files(partial)
        with contextlib.suppress(FileNotFoundError):
            os.remove(partial)
        src = _connect(source)
        try:
            dst = _connect(partial)
            try:
                _copy_pages(src, dst)
            finally:
                dst.close()
        finally:
            src.close()
        problems = integrity_check(partial)
        if problems != ["ok"]:
            raise StoreError(
                f"Salinan {dest} gagal diperiksa (integrity_check: {'; '.join(problems[:3])}); "
                "basis data sumber mungkin rusak."
            )
        remove_side_files(partial)
        fsync_file(partial)
        os.replace(partial, dest)
        fsync_dir(dest.parent)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.remove(partial)
        remove_side_files(partial)
        if isinstance(exc, StoreError):
            raise
        if isinstance(exc, sqlite3.Error | OSError):
            if is_corrupt(exc):  # reading the source failed: its pages are damaged
                raise StoreError(
                    f"Cadangan tidak dapat dibuat: basis data {source} rusak ({exc}). "
                    "Jalankan `umkm-desk check` dan hubungi pengelola TI."
                ) from exc
            raise StoreError(f"Cadangan tidak dapat dibuat. {reason(exc, str(dest))}") from exc
        raise
    return dest


def restore_backup(backup: Path, db_path: Path) -> None:
    """Put ``backup`` back as ``db_path``. Every connection to ``db_path`` must be closed first."""
    partial = db_path.with_name(f".{db_path.name}.restore-{os.getpid()}")
    try:
        shutil.copyfile(backup, partial)
        fsync_file(partial)
        # Empty the -wal first so that neither an old WAL meets the restored file nor the restored file
        # misses committed pages; the failed upgrade was rolled back, so the WAL holds nothing we need.
        with contextlib.suppress(sqlite3.Error):
            conn = _connect(db_path)
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                conn.close()
        os.replace(partial, db_path)
        remove_side_files(db_path)
        fsync_dir(db_path.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            os.remove(partial)
        raise
