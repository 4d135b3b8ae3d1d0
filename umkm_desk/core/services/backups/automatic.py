"""Automatic backups of the SQLite file: copy, verify, only then thin the older ones.

A backup is made with SQLite's online backup API (one consistent read snapshot, safe while the app writes)
into a hidden temporary file in the backup folder, switched to a self-contained rollback journal, checked
(``integrity_check``, and it must be this database: same database id, a schema this program knows), fsynced and
only then renamed to its final name. Thinning (see ``thinning``) runs after that, and only over automatic
backups: a failure at any step leaves the earlier backups as they were.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from umkm_desk.core.services.backups import files
from umkm_desk.core.services.backups.identity import (
    ensure_database_id,
    identify,
    integrity_problems,
)
from umkm_desk.core.services.backups.thinning import KeepLimits, backups_to_keep
from umkm_desk.core.store.engine import BUSY_TIMEOUT_MS, StoreError
from umkm_desk.core.store.faults import is_corrupt, is_disk_full, reason
from umkm_desk.core.store.partials import remove_stale_partials

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
#: the last good backup older than this is a warning in Pengaturan and at start
STALE_AFTER = timedelta(days=7)
DEFAULT_LIMITS = KeepLimits()


class BackupError(StoreError):
    """A backup could not be made; the message says why and what to do. Earlier backups are untouched."""


@dataclass(frozen=True)
class BackupMade:
    path: Path
    size: int
    removed: tuple[Path, ...]  # older automatic backups thinned away


def _local_now() -> datetime:
    return datetime.now()


def check_folder(folder: Path, *, default: bool) -> None:
    """The folder is there (the default one, beside the database, is created) and writable."""
    if not folder.is_dir():
        if default and folder.parent.is_dir():
            try:
                folder.mkdir(exist_ok=True)
                return
            except OSError as exc:
                raise BackupError(f"Folder cadangan {folder} tidak dapat dibuat. {reason(exc, str(folder))}") from exc
        raise BackupError(
            f"Folder cadangan {folder} tidak ditemukan (flash disk dicabut, atau drive-nya berganti huruf?). "
            "Pasang kembali penyimpanannya atau pilih folder cadangan lain di Pengaturan. "
            "Cadangan sebelumnya tidak diubah."
        )
    if not os.access(folder, os.W_OK):
        raise BackupError(
            f"Folder cadangan {folder} hanya-baca: cadangan tidak dapat ditulis ke sana. Pilih folder lain di "
            "Pengaturan atau minta izin menulis kepada petugas TI. Cadangan sebelumnya tidak diubah."
        )


def copy_database(source: Path, dest: Path) -> None:
    src = sqlite3.connect(source, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        out = sqlite3.connect(dest, isolation_level=None)
        try:
            src.backup(out)  # pages=-1: the whole database from one read snapshot
            # A backup is one file: no -wal beside it, whatever mode the source is in.
            out.execute("PRAGMA journal_mode=DELETE")
        finally:
            out.close()
    finally:
        src.close()


def verify_copy(path: Path, database_id: str) -> None:
    """Raise BackupError unless ``path`` is a healthy copy of the database with ``database_id``."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, isolation_level=None)
    try:
        problems = integrity_problems(conn)
        if problems:
            raise BackupError(f"Salinan gagal diperiksa (integrity_check: {'; '.join(problems[:3])}).")
        found = identify(conn)
    finally:
        conn.close()
    if found.database_id != database_id or not found.is_umkm_desk:
        raise BackupError("Salinan tidak cocok dengan basis data sumber (kode basis data berbeda).")


def _failure(exc: BaseException, source: Path, folder: Path) -> BackupError:
    if is_disk_full(exc):
        return BackupError(
            f"Cadangan tidak dapat dibuat: disk di {folder} penuh. Kosongkan ruang di disk itu atau pilih folder "
            "cadangan lain di Pengaturan. Cadangan sebelumnya tidak diubah."
        )
    if is_corrupt(exc):
        return BackupError(
            f"Cadangan tidak dapat dibuat: basis data {source} rusak. Buka Berkas → Periksa database, "
            "lalu pulihkan dari cadangan terakhir yang baik."
        )
    return BackupError(f"Cadangan tidak dapat dibuat. {reason(exc, str(folder))} Cadangan sebelumnya tidak diubah.")


def make_backup(db_path: Path, folder: Path | None = None, *, now: Clock = _local_now,
                limits: KeepLimits = DEFAULT_LIMITS, tag: str = files.AUTOMATIC, thin: bool = True) -> BackupMade:
    """Make one verified backup of the SQLite file ``db_path`` in ``folder`` (default: ``backups/`` beside
    it), then thin the older automatic ones. Raises BackupError with an Indonesian message."""
    source = Path(db_path)
    default = folder is None
    target_folder = files.default_folder(source) if folder is None else Path(folder)
    if not source.is_file():
        raise BackupError(f"Basis data {source} tidak ditemukan; tidak ada yang dicadangkan.")
    check_folder(target_folder, default=default)
    # a copy killed halfway in this folder (a flash drive is not cleaned at start like backups/ beside the file)
    remove_stale_partials((target_folder, f".{source.stem}-"))
    final = files.free_name(target_folder, files.backup_name(source, tag, now()))
    partial = files.partial_path(final)
    try:
        database_id = ensure_database_id(source)
        files.remove_quietly(partial)
        copy_database(source, partial)
        verify_copy(partial, database_id)
        files.fsync_file(partial)
        os.replace(partial, final)
        files.fsync_dir(target_folder)
    except BaseException as exc:
        files.remove_quietly(partial)
        if isinstance(exc, BackupError):
            raise
        if isinstance(exc, sqlite3.Error | OSError):
            log.warning("backup of %s into %s failed", source, target_folder, exc_info=True)
            raise _failure(exc, source, target_folder) from exc
        raise
    removed = thin_folder(source, target_folder, limits) if thin else ()
    log.info("backup written: %s (%d older removed)", final.name, len(removed))
    return BackupMade(final, final.stat().st_size, removed)


def thin_folder(db_path: Path, folder: Path, limits: KeepLimits = DEFAULT_LIMITS) -> tuple[Path, ...]:
    """Delete the automatic backups of ``db_path`` that ``backups_to_keep`` does not keep. Never raises: a
    backup that cannot be deleted now is tried again next time."""
    try:
        automatic = [b for b in files.named_backups(db_path, folder) if b.kind == files.AUTOMATIC]
    except OSError:
        return ()
    keep = backups_to_keep([b.made_at for b in automatic if b.made_at is not None], limits)
    removed = []
    for backup in automatic:
        if backup.made_at is not None and backup.made_at not in keep:
            try:
                os.remove(backup.path)
                removed.append(backup.path)
            except OSError:
                log.warning("could not remove old backup %s", backup.path, exc_info=True)
    return tuple(removed)
