"""Where backups go (Pengaturan) and how safe the data is: when the last good backup was made, whether that is
more than 7 days ago, and whether it sits on the same disk as the database (a failing disk takes both)."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from umkm_desk.core.rules.dates import format_tanggal
from umkm_desk.core.services.accounts.permissions import requires
from umkm_desk.core.services.backups import files
from umkm_desk.core.services.backups.automatic import STALE_AFTER, Clock, _local_now
from umkm_desk.core.services.context import ServiceContext, ServiceError, record_audit
from umkm_desk.core.store.database import Database
from umkm_desk.core.store.models import Setting
from umkm_desk.core.store.readonly import connect_read_only

FOLDER_KEY = "backup_folder"


def _decode_folder(raw: str | None) -> Path | None:
    if raw is None:
        return None
    with contextlib.suppress(ValueError, TypeError):
        value = json.loads(raw)
        return Path(value) if value else None
    return None


def folder_setting(db_path: Path) -> Path | None:
    """The folder chosen in Pengaturan, read from the file without changing it; None for the default."""
    try:
        conn = connect_read_only(db_path)
        try:
            row = conn.execute("SELECT value FROM setting WHERE key = ?", (FOLDER_KEY,)).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return _decode_folder(row[0] if row else None)


def backup_folder_of(db_path: Path) -> Path:
    """Where the backups of ``db_path`` go: the chosen folder, else ``backups/`` beside the database."""
    return folder_setting(db_path) or files.default_folder(db_path)


def chosen_folder(ctx: ServiceContext) -> Path | None:
    with ctx.db.read() as session:
        row = session.get(Setting, FOLDER_KEY)
        return _decode_folder(row.value if row else None)


@requires("settings.write")
def set_backup_folder(ctx: ServiceContext, folder: Path | None) -> None:
    """Choose the backup folder (None: back to the default beside the database); one audited transaction.
    The folder must exist and be writable now, so that a typing error does not silently stop the backups."""
    if not ctx.db.target.is_sqlite:
        raise ServiceError("Basis data di server PostgreSQL dicadangkan oleh pengelola server, bukan oleh aplikasi.")
    if folder is not None:
        folder = Path(folder).expanduser()
        if not folder.is_dir():
            raise ServiceError(f"Folder {folder} tidak ada. Pilih folder yang sudah ada.", field="folder")
        if not os.access(folder, os.W_OK):
            raise ServiceError(f"Folder {folder} hanya-baca. Pilih folder yang dapat ditulisi.", field="folder")
        folder = folder.resolve()
    with ctx.db.transaction() as session:
        row = session.get(Setting, FOLDER_KEY)
        old = _decode_folder(row.value if row else None)
        value = json.dumps(str(folder) if folder is not None else None)
        if row is None:
            session.add(Setting(key=FOLDER_KEY, value=value))
        else:
            row.value = value
        record_audit(session, ctx.actor, "setting", FOLDER_KEY, "update",
                     {"folder_cadangan": (str(old) if old else None, str(folder) if folder else None)})


@dataclass(frozen=True)
class BackupStatus:
    folder: Path
    last_good: datetime | None  # the newest backup's time (local), None when there is none
    stale: bool  # no backup, or the newest older than 7 days
    same_disk: bool | None  # None when the folder cannot be reached
    folder_missing: bool

    def warnings(self) -> list[str]:
        """What Pengaturan and the start say, in Indonesian; empty when all is well."""
        found = []
        if self.folder_missing:
            found.append(f"Folder cadangan {self.folder} tidak dapat dijangkau (flash disk dicabut?). "
                         "Pasang kembali atau pilih folder lain.")
        if self.last_good is None:
            found.append("Belum ada cadangan basis data.")
        elif self.stale:
            found.append(f"Cadangan terakhir yang baik dibuat {format_tanggal(self.last_good.date())}, lebih dari "
                         "7 hari yang lalu.")
        if self.same_disk:
            found.append("Cadangan disimpan di disk yang sama dengan basis data: bila disk itu rusak, keduanya "
                         "hilang. Pilih folder di drive kedua atau flash disk.")
        return found


def backup_status(db_path: Path, folder: Path | None = None, *, now: Clock = _local_now) -> BackupStatus:
    """The state of the backups of ``db_path`` (in ``folder``, default: the configured one). A backup under its
    final name has passed its checks (it is renamed only then), so the names tell the last good one."""
    where = folder or backup_folder_of(db_path)
    try:
        # a copy taken out of a carried archive is stamped when it was taken out, not when it was made
        backups = [b for b in files.named_backups(db_path, where)
                   if b.made_at is not None and b.kind not in ("other", "dibawa")]
        missing = False
    except OSError:
        backups, missing = [], True
    last = max((b.made_at for b in backups if b.made_at is not None), default=None)
    stale = last is None or now() - last > STALE_AFTER
    disk = None if missing else files.same_disk(db_path, where)
    return BackupStatus(where, last, stale, disk, missing)


def status_of(db: Database, *, now: Clock = _local_now) -> BackupStatus | None:
    """``backup_status`` of an open database; None on PostgreSQL (backed up by the server's administrator)."""
    if not db.target.is_sqlite or db.target.path is None:
        return None
    return backup_status(db.target.path, now=now)
