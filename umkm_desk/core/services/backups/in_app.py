"""What the administrator does to the whole database from inside the running app: a backup now, an export of
everything, an encrypted copy to carry, a restore and a salvage. Each carries the whole register (NIKs
included), so each is database management, checked here and not only by hiding the buttons.

For restore and salvage the app's own connections are closed first (it holds the database's lock, so the
restore's check for another holder passes), and the database is opened again afterwards, whatever happened, so
the app goes on with what is now on disk."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from umkm_desk.core.services.accounts.permissions import requires
from umkm_desk.core.services.backups.automatic import BackupMade, make_backup
from umkm_desk.core.services.backups.portable import export_to_sqlite
from umkm_desk.core.services.backups.restore import RestoreResult, restore_backup
from umkm_desk.core.services.backups.salvage import SalvageReport, salvage_database
from umkm_desk.core.services.backups.status import backup_folder_of
from umkm_desk.core.services.context import ServiceContext, ServiceError
from umkm_desk.core.store.database import open_database

T = TypeVar("T")


def _sqlite_path(ctx: ServiceContext) -> Path:
    path = ctx.db.target.path
    if not ctx.db.target.is_sqlite or path is None:
        raise ServiceError("Basis data di server PostgreSQL dipulihkan oleh pengelola server, bukan dari aplikasi.")
    return path


def _with_database_closed(ctx: ServiceContext, work: Callable[[Path], T]) -> T:
    path = _sqlite_path(ctx)
    ctx.db.engine.dispose()  # not Database.dispose: its PRAGMA optimize writes, and the file may be damaged
    try:
        return work(path)
    finally:
        ctx.db = open_database(path)


@requires("database.manage")
def restore_in_app(ctx: ServiceContext, backup: Path) -> RestoreResult:
    """Restore ``backup`` over the open database; ``ctx.db`` is a new Database afterwards."""
    return _with_database_closed(ctx, lambda path: restore_backup(path, backup, folder=backup_folder_of(path)))


@requires("database.manage")
def salvage_in_app(ctx: ServiceContext) -> SalvageReport:
    """Rescue the damaged open database into a new file; ``ctx.db`` is a new Database afterwards."""
    return _with_database_closed(ctx, lambda path: salvage_database(path, folder=backup_folder_of(path)))


@requires("database.manage")
def backup_now(ctx: ServiceContext, folder: Path | None) -> BackupMade:
    """A backup of the open database on the administrator's request (the automatic ones need no account)."""
    return make_backup(_sqlite_path(ctx), folder)


@requires("database.manage")
def export_everything(ctx: ServiceContext, dest: Path) -> Path:
    """Every table of the open database into a new SQLite file ``dest``."""
    return export_to_sqlite(ctx.db, dest)


@requires("database.manage")
def carry_encrypted(ctx: ServiceContext, dest: Path, password: str) -> Path:
    """An AES-256 encrypted copy of the open database, to carry on a flash drive."""
    from umkm_desk.core.services.backups.carry import export_encrypted  # pyzipper: not on the start path

    return export_encrypted(_sqlite_path(ctx), dest, password)
