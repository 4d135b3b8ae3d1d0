"""Listing backups and putting one back, so that a kill at any moment leaves the old or the restored database.

The restore works on a staging copy beside the database (``.NAME.restore-PID``): the backup is copied into it
with the online backup API, the letter register is carried forward there (each year's counter at least the
highest number ever issued, in the backup or in the file it replaces) and the backup folder setting and the
database id are kept, then it is checked and fsynced. The current file is backed up, its WAL checkpointed and
emptied (a WAL left beside the restored file would be replayed into it), and the staging copy renamed over it
in one ``os.replace``. Before the rename the old file is whole; after it the restored one is.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import sqlite3
import time
import urllib.parse
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from umkm_desk.core.services.backups import files, holder
from umkm_desk.core.services.backups.automatic import BackupError, Clock, _local_now, make_backup
from umkm_desk.core.services.backups.damage import check_file
from umkm_desk.core.services.backups.identity import (
    DATABASE_ID_KEY,
    Counts,
    FileIdentity,
    has_sqlite_header,
    identify,
    integrity_problems,
    read_database_id,
)
from umkm_desk.core.services.backups.register_state import (
    RegisterDocument,
    RegisterState,
    carry_numbers_forward,
    read_register,
)
from umkm_desk.core.services.backups.status import FOLDER_KEY, backup_folder_of
from umkm_desk.core.store.engine import BUSY_TIMEOUT_MS, StoreError
from umkm_desk.core.store.faults import is_corrupt, reason

log = logging.getLogger(__name__)


class RestoreError(StoreError):
    """The backup cannot be restored; the message says why. Nothing was changed."""


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    kind: str  # a key of files.KIND_LABELS
    made_at: datetime | None
    size: int
    counts: Counts | None
    revision: str | None
    problem: str | None  # why it cannot be restored, None when it looks restorable (checked in full on restore)

    @property
    def kind_label(self) -> str:
        return files.KIND_LABELS.get(self.kind, self.kind)


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    previous_saved_as: Path | None  # the replaced file's own backup (None: there was no file to replace)
    lost_documents: tuple[RegisterDocument, ...]  # issued after the backup, not in the restored data
    next_numbers: dict[int, int]  # year -> the next number the register will give
    register_complete: bool  # False: the replaced file's register could not be read in full (damaged)
    counts: Counts | None


def _open_backup(path: Path) -> sqlite3.Connection:
    """A backup file, read-only and immutable: nothing (not even a -shm) is written beside it."""
    uri = f"file:{urllib.parse.quote(str(path))}?mode=ro&immutable=1"
    return sqlite3.connect(uri, uri=True, isolation_level=None)


def _current_id(db_path: Path) -> str | None:
    if not db_path.is_file():
        return None
    try:
        conn = _open_live_read_only(db_path)
        try:
            return read_database_id(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def _open_live_read_only(db_path: Path) -> sqlite3.Connection:
    uri = f"file:{urllib.parse.quote(str(db_path))}?mode=ro"
    return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)


def _problem(found: FileIdentity, current_id: str | None) -> str | None:
    if not found.is_umkm_desk:
        return "bukan basis data UMKM Desk (berkas SQLite program lain)"
    if found.newer_than_program:
        return (f"dibuat oleh versi UMKM Desk yang lebih baru (revisi skema {found.revision}); perbarui UMKM Desk "
                "lebih dulu")
    if current_id and found.database_id and found.database_id != current_id:
        return "cadangan dari basis data lain (kode basis data berbeda)"
    return None


def inspect_backup(db_path: Path, path: Path, *, current_id: str | None = None,
                   kind: str = "other", made_at: datetime | None = None) -> BackupEntry:
    """What the restore list shows about one file (counts, and why it cannot be used); quick, no full check."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    if not has_sqlite_header(path):
        return BackupEntry(path, kind, made_at, size, None, None, "bukan berkas SQLite, atau terpotong")
    try:
        conn = _open_backup(path)
        try:
            found = identify(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        log.warning("backup %s unreadable", path, exc_info=True)
        return BackupEntry(path, kind, made_at, size, None, None, "tidak dapat dibaca: rusak atau terpotong")
    return BackupEntry(path, kind, made_at, size, found.counts, found.revision, _problem(found, current_id))


def list_backups(db_path: Path, folder: Path | None = None) -> list[BackupEntry]:
    """The backups of ``db_path`` (in ``folder``, default the configured one), newest first. Raises BackupError
    when the folder cannot be read."""
    where = folder or backup_folder_of(db_path)
    try:
        named = files.named_backups(db_path, where)
    except OSError as exc:
        raise BackupError(f"Folder cadangan {where} tidak dapat dibaca. {reason(exc, str(where))}") from exc
    current_id = _current_id(db_path)
    return [inspect_backup(db_path, b.path, current_id=current_id, kind=b.kind, made_at=b.made_at) for b in named]


def check_backup(db_path: Path, backup: Path) -> FileIdentity:
    """The full check before a restore: a SQLite file, whole (integrity_check), UMKM Desk, this database, a
    schema this program knows. Raises RestoreError."""
    where = str(backup)
    if not backup.is_file():
        raise RestoreError(f"Cadangan {where} tidak ditemukan.")
    if not has_sqlite_header(backup):
        raise RestoreError(f"{where} bukan cadangan UMKM Desk (bukan berkas SQLite, atau terpotong). "
                           "Tidak ada yang diubah.")
    try:
        conn = _open_backup(backup)
        try:
            problems = integrity_problems(conn)
            found = identify(conn) if not problems else None
        finally:
            conn.close()
    except sqlite3.Error as exc:
        log.warning("backup %s unreadable", backup, exc_info=True)
        raise RestoreError(f"Cadangan {where} rusak atau terpotong; pilih cadangan lain. "
                           "Tidak ada yang diubah.") from exc
    if found is None:
        raise RestoreError(f"Cadangan {where} rusak atau terpotong (integrity_check: {'; '.join(problems[:2])}); "
                           "pilih cadangan lain. Tidak ada yang diubah.")
    problem = _problem(found, _current_id(db_path))
    if problem:
        raise RestoreError(f"Cadangan {where} tidak dapat dipulihkan: {problem}. Tidak ada yang diubah.")
    return found


def _current_register(db_path: Path) -> RegisterState:
    if not db_path.is_file():
        return RegisterState()
    try:
        conn = _open_live_read_only(db_path)
    except sqlite3.Error:
        return RegisterState(complete=False)
    try:
        return read_register(conn)
    finally:
        conn.close()


def _current_folder_setting(db_path: Path) -> str | None:
    try:
        conn = _open_live_read_only(db_path)
        try:
            row = conn.execute("SELECT value FROM setting WHERE key = ?", (FOLDER_KEY,)).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def _stage(backup: Path, staging: Path, db_path: Path, before: RegisterState) -> RegisterState:
    """The restored file as it will be, under the staging name; returns its register after the carry-forward."""
    files.remove_quietly(staging)
    src = _open_backup(backup)
    try:
        out = sqlite3.connect(staging, isolation_level=None)
        try:
            src.backup(out)
            out.execute("PRAGMA journal_mode=DELETE")
            current_id, folder_value = _current_id(db_path), _current_folder_setting(db_path)
            out.execute("BEGIN IMMEDIATE")
            carry_numbers_forward(out, before.highest)
            now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")  # as SQLAlchemy stores UTC
            # the machine's backup folder and the file's identity are not part of what is restored
            for key, value in ((FOLDER_KEY, folder_value),
                               (DATABASE_ID_KEY, json.dumps(current_id) if current_id else None)):
                if value is not None:
                    out.execute("INSERT INTO setting (key, value, updated_at) VALUES (?, ?, ?) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value, now))
            out.execute("COMMIT")
            # The backup itself passed integrity_check just now; the staging copy is its pages plus the few
            # rows written above, so the structural check (seconds, not a minute at 100,000 businesses) suffices.
            if integrity_problems(out, quick=True):
                raise RestoreError("Salinan pemulihan gagal diperiksa (integrity_check); tidak ada yang diubah.")
            after = read_register(out)
        finally:
            out.close()
    finally:
        src.close()
    files.fsync_file(staging)
    return after


def _save_current(db_path: Path, folder: Path, now: Clock, *, damaged: bool) -> Path:
    """A backup of the file about to be replaced; a damaged one is copied byte for byte (with its WAL), never
    opened for writing (a backup may write its database id)."""
    if not damaged:
        try:
            return make_backup(db_path, folder, now=now, tag=files.BEFORE_RESTORE, thin=False).path
        except BackupError as exc:
            if not is_corrupt(exc.__cause__ or exc) and "rusak" not in exc.message:
                raise
    final = files.free_name(folder, files.backup_name(db_path, files.BEFORE_RESTORE, now()))
    partial = files.partial_path(final)
    try:
        shutil.copyfile(db_path, partial)
        wal = Path(f"{db_path}-wal")
        if wal.is_file():
            shutil.copyfile(wal, Path(f"{final}-wal"))
        files.fsync_file(partial)
        os.replace(partial, final)
        files.fsync_dir(folder)
    except OSError:
        files.remove_quietly(partial)
        raise
    return final


def _empty_wal(db_path: Path, *, damaged: bool = False) -> None:
    """Checkpoint and truncate the WAL, so nothing of the old file can be replayed into the restored one. A
    damaged file is not checkpointed (that writes into it): its WAL was kept with its byte copy."""
    wal = Path(f"{db_path}-wal")
    if not wal.exists():
        return
    for attempt in range(0 if damaged else 20):  # a reader of this process (a page loading) may hold it a moment
        try:
            conn = sqlite3.connect(db_path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
            try:
                busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            finally:
                conn.close()
            if busy == 0 and (not wal.exists() or wal.stat().st_size == 0):
                return
        except sqlite3.Error:
            log.warning("checkpoint before restore failed", exc_info=True)
            break
        time.sleep(0.05 * (attempt + 1))
    # A damaged file cannot be checkpointed; its WAL is kept in the backup made just before.
    os.truncate(wal, 0)


def restore_backup(db_path: Path, backup: Path, *, folder: Path | None = None,
                   now: Clock = _local_now) -> RestoreResult:
    """Put ``backup`` in place of ``db_path`` (see the module docstring). Every connection of this process to
    ``db_path`` must be closed; another process holding the database makes it refuse (DatabaseInUse).
    Raises RestoreError / BackupError with an Indonesian message; on any failure the database is unchanged."""
    db_path, backup = Path(db_path), Path(backup)
    if backup.resolve() == db_path.resolve():
        raise RestoreError("Cadangan yang dipilih adalah basis data itu sendiri; pilih berkas cadangan.")
    with holder.holding(db_path):
        found = check_backup(db_path, backup)
        where = folder or backup_folder_of(db_path)
        before = _current_register(db_path)
        staging = db_path.with_name(f".{db_path.name}.restore-{os.getpid()}")
        try:
            after = _stage(backup, staging, db_path, before)
            damaged = db_path.is_file() and bool(check_file(db_path, quick=True))
            saved = _save_current(db_path, where, now, damaged=damaged) if db_path.is_file() else None
            _empty_wal(db_path, damaged=damaged)
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
                raise RestoreError(f"Pemulihan gagal; basis data tidak diubah. {reason(exc, str(db_path))}") from exc
            raise
    lost = tuple(sorted((d for i, d in before.documents.items() if i not in after.documents),
                        key=lambda d: (d.issued_on or datetime.min.date(), d.number)))
    log.info("restored %s from %s (%d documents no longer in the data)", db_path, backup.name, len(lost))
    return RestoreResult(
        restored_from=backup,
        previous_saved_as=saved,
        lost_documents=lost,
        next_numbers={year: seq + 1 for year, seq in sorted(after.highest.items())},
        register_complete=before.complete,
        counts=found.counts,
    )

