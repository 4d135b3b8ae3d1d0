"""Making the office server ready: its schema (created on an empty database, or upgraded after a backup: pg_dump
where this PC has a usable one, else the administrator's word that the server's backups are current), and a
PC's data moved onto it (``store.transfer``: all or nothing, verified per table)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from umkm_desk.core.services.context import ServiceError
from umkm_desk.core.services.server.connection import Diagnosis, ServerSettings, diagnose
from umkm_desk.core.store.backup import backup_folder
from umkm_desk.core.store.database import Database, open_database
from umkm_desk.core.store.engine import default_db_path
from umkm_desk.core.store.migrate import note_dumped
from umkm_desk.core.store.server_dump import ToolSearch, dump_database, dump_path_for, find_pg_dump
from umkm_desk.core.store.transfer import CopyReport, Progress, copy_database

__all__ = [
    "CopyReport",
    "PreparedSchema",
    "backup_tool",
    "local_default_path",
    "move_data_to_server",
    "prepare_schema",
    "server_backups_folder",
]


def local_default_path() -> Path:
    """Where a PC keeps its database when nothing else was chosen."""
    return default_db_path()


@dataclass(frozen=True)
class PreparedSchema:
    diagnosis: Diagnosis
    #: the server's backup made first with pg_dump (None: nothing to back up, or no pg_dump and the
    #: administrator confirmed that the server's own backups are current)
    dump: Path | None = None


def server_backups_folder() -> Path:
    """Where the dumps made before a schema change go: this PC's backups folder."""
    return backup_folder(default_db_path())


def backup_tool(diagnosis: Diagnosis) -> ToolSearch | None:
    """How the database will be backed up before its schema is changed: None when there is nothing to back up
    (an empty database), else the pg_dump found (or, without one, why there is none)."""
    if diagnosis.kind != "older" or diagnosis.version_num is None:
        return None
    return find_pg_dump(diagnosis.version_num)


def prepare_schema(
    settings: ServerSettings, password: str | None, *, backups: Path | None = None, backups_confirmed: bool = False,
) -> PreparedSchema:
    """Create the schema at head on an empty server database (or upgrade an older one, in one transaction that
    PostgreSQL rolls back whole on failure), with the region reference data and the search index; then diagnose
    again. An upgrade is backed up first with pg_dump into ``backups`` (this PC's backups folder) where this PC
    has one that can read the server; without one the administrator must have confirmed that the server's own
    backups are current (``backups_confirmed``), or nothing is done (ServiceError)."""
    before = diagnose(settings, password)
    if not before.preparable:
        return PreparedSchema(before)
    search = backup_tool(before)
    dump: Path | None = None
    if search is not None:
        if search.tool is not None:
            dest = dump_path_for(backups or server_backups_folder(), settings.database, before.revision)
            dump = dump_database(search.tool, settings.url(password), dest)
            note_dumped(settings.url(password), before.revision)
        elif not backups_confirmed:
            raise ServiceError(f"{search.problem} Skema tidak diubah: pastikan dulu cadangan server sudah terbaru, "
                               "lalu konfirmasikan.")
    open_database(settings.url(password)).dispose()
    return PreparedSchema(diagnose(settings, password), dump)


def move_data_to_server(
    db: Database, settings: ServerSettings, password: str | None, *, progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> CopyReport:
    """Copy everything in ``db`` (this PC's database) onto the server database, which must hold no data."""
    source = db.target.path if db.target.path is not None else db.target.url.render_as_string(hide_password=False)
    return copy_database(source, settings.url(password), progress=progress, cancelled=cancelled)
