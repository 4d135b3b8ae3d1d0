"""Engines for the local SQLite file and the office PostgreSQL server.

Every SQLite connection gets the pragmas of DESIGN.md's reliability rules. A database on a network share is
refused: SQLite's locking is not reliable over SMB/NFS, and a power cut there corrupts the file.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

APP_NAME = "UMKM Desk"
APP_AUTHOR = "Disperindagkop Kota Serang"
DEFAULT_DB_FILENAME = "umkm-desk.sqlite"
BUSY_TIMEOUT_MS = 10_000
#: execution option of a connection (or of an engine copy, see Database.writer) whose transactions write
WRITE_OPTION = "umkm_desk_write"
SUPPORTED_BACKENDS = ("sqlite", "postgresql")
UNSUPPORTED_DB = (
    "Jenis basis data ini tidak didukung. UMKM Desk memakai berkas SQLite (nama berkas) atau server PostgreSQL "
    "(postgresql://…); periksa --db atau UMKM_DESK_DB."
)


class StoreError(Exception):
    """A storage problem with an Indonesian message the UI and CLI show as is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class DatabaseTarget:
    url: URL
    path: Path | None  # the SQLite file, None for a server

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def display(self) -> str:
        if self.path is not None:
            return str(self.path)
        return self.url.render_as_string(hide_password=True)


def default_db_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False)) / DEFAULT_DB_FILENAME


def _under(path: Path, mount_point: str) -> bool:
    mount_point = mount_point.replace("\\040", " ")  # /proc/mounts escapes spaces
    return mount_point == "/" or path == Path(mount_point) or Path(mount_point) in path.parents


def is_network_path(path: Path) -> bool:
    text = str(path)
    if text.startswith(("\\\\", "//")):  # UNC share: \\server\share
        return True
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        drive = os.path.splitdrive(str(path.resolve()))[0] + "\\"
        return ctypes.windll.kernel32.GetDriveTypeW(drive) == 4  # DRIVE_REMOTE
    try:
        resolved = path.resolve()
        with open("/proc/mounts", encoding="utf-8") as mounts:
            best, fstype = "", ""
            for line in mounts:
                parts = line.split()
                if len(parts) >= 3 and _under(resolved, parts[1]) and len(parts[1]) > len(best):
                    best, fstype = parts[1], parts[2]
        return fstype in {"nfs", "nfs4", "cifs", "smbfs", "smb3", "sshfs", "fuse.sshfs", "9p"}
    except OSError:
        return False


def resolve_target(db: str | os.PathLike[str] | None) -> DatabaseTarget:
    """Turn ``--db`` (a file path or a SQLAlchemy URL), env UMKM_DESK_DB or the default into a target."""
    raw = os.fspath(db) if db is not None else os.environ.get("UMKM_DESK_DB") or str(default_db_path())
    if "://" in raw and not raw.startswith("file://"):
        url = make_url(raw)
        # A bare "postgresql://" means SQLAlchemy's default driver (psycopg2, not installed): use psycopg 3.
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        if url.get_backend_name() not in SUPPORTED_BACKENDS:  # e.g. mysql://: no driver, and not ours anyway
            raise StoreError(UNSUPPORTED_DB)
        if url.get_backend_name() == "sqlite":
            path = Path(url.database).expanduser().resolve() if url.database else None
            return DatabaseTarget(url, path)
        return DatabaseTarget(url, None)
    raw = raw.removeprefix("file://")
    # Keep a UNC path (\\server\share\x, //server/share/x) as given: resolving it on POSIX would turn it
    # into a local-looking path and hide it from the network-share refusal.
    path = Path(raw) if raw.startswith(("\\\\", "//")) else Path(raw).expanduser().resolve()
    return DatabaseTarget(URL.create("sqlite+pysqlite", database=str(path)), path)


def check_sqlite_location(path: Path) -> None:
    if is_network_path(path):
        raise StoreError(
            f"Basis data tidak boleh disimpan di folder jaringan ({path}). SQLite bisa rusak di sana; "
            "simpan di disk lokal komputer ini atau gunakan server PostgreSQL kantor."
        )
    folder = path.parent
    if not folder.exists():
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"Folder basis data {folder} tidak dapat dibuat: {exc.strerror or exc}.") from exc
    if path.exists():
        if path.is_dir():
            raise StoreError(f"{path} adalah sebuah folder, bukan berkas basis data.")
        with open(path, "rb") as fh:
            header = fh.read(16)
        if header and header != b"SQLite format 3\x00":
            raise StoreError(f"Berkas {path} bukan basis data UMKM Desk (bukan berkas SQLite).")
        if not os.access(path, os.W_OK) or not os.access(folder, os.W_OK):
            raise StoreError(
                f"Basis data {path} hanya-baca: UMKM Desk perlu izin menulis pada berkas dan foldernya."
            )
    elif not os.access(folder, os.W_OK):
        raise StoreError(f"Folder {folder} hanya-baca: basis data baru tidak dapat dibuat di sana.")


#: page cache per SQLite connection, in KiB. SQLite's default (2 MiB) holds almost nothing of a city's data: ordering
#: the matches of a search reads each matching business row, and with the business table (45 MB at 100,000
#: businesses) cached those reads take half the time. Measured: GUI peak RSS 138 -> 161 MB on the list scenario.
SQLITE_CACHE_KIB = 65_536
#: the page cache while a connection serves any other thread (the pages' background loaders, exports, reports):
#: their scans read far more pages than they read again, and each cache is memory the process keeps
SQLITE_WORKER_CACHE_KIB = 8_192


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # pysqlite's own implicit transactions are switched off; SQLAlchemy's "begin" event emits BEGIN.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
    finally:
        cursor.close()
    _record.info["cache_kib"] = SQLITE_CACHE_KIB


def _sqlite_cache_for_thread(dbapi_connection: sqlite3.Connection, record: Any, _proxy: object) -> None:
    """The big page cache for the main thread (the lists an officer types into), a small one elsewhere. Measured
    on 100,000 businesses: a session that opened every page peaked at 287 MB with a 64 MiB cache in every
    connection; the loaders' scans filled a second one."""
    wanted = SQLITE_CACHE_KIB if threading.current_thread() is threading.main_thread() else SQLITE_WORKER_CACHE_KIB
    if record.info.get("cache_kib") != wanted:
        dbapi_connection.execute(f"PRAGMA cache_size=-{wanted}")
        record.info["cache_kib"] = wanted


def _sqlite_begin(conn: Connection) -> None:
    """A unit of work that writes begins as a writer (BEGIN IMMEDIATE): it waits its turn under busy_timeout.
    A deferred BEGIN that reads first and then wants to write cannot wait: once another process has committed
    since its read snapshot, SQLite answers SQLITE_BUSY at once ("database is locked" in 0.05 s). Pure reads
    keep a deferred BEGIN and, with WAL, never wait for a writer."""
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE_OPTION) else "BEGIN")


def make_engine(target: DatabaseTarget, *, echo: bool = False) -> Engine:
    if target.is_sqlite:
        if target.path is None:
            raise StoreError("Basis data SQLite di memori tidak didukung; berikan nama berkas.")
        check_sqlite_location(target.path)
        engine = create_engine(target.url, echo=echo, pool_use_lifo=True)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "checkout", _sqlite_cache_for_thread)
        # Let SQLAlchemy emit BEGIN itself so that transactions take the write lock at a known point.
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(target.url, echo=echo, pool_pre_ping=True)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
