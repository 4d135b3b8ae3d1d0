"""Making the office server ready: its schema (created on an empty database, or upgraded), and a PC's data moved
onto it (``store.transfer``: all or nothing, verified per table)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from umkm_desk.core.services.server.connection import Diagnosis, ServerSettings, diagnose
from umkm_desk.core.store.database import Database, open_database
from umkm_desk.core.store.engine import default_db_path
from umkm_desk.core.store.transfer import CopyReport, Progress, copy_database

__all__ = ["CopyReport", "local_default_path", "move_data_to_server", "prepare_schema"]


def local_default_path() -> Path:
    """Where a PC keeps its database when nothing else was chosen."""
    return default_db_path()


def prepare_schema(settings: ServerSettings, password: str | None) -> Diagnosis:
    """Create the schema at head on an empty server database (or upgrade an older one, in one transaction that
    PostgreSQL rolls back whole on failure), with the region reference data and the search index; then diagnose
    again. The caller asks the officer first (for an upgrade: whether the server's backups are current)."""
    before = diagnose(settings, password)
    if not before.preparable:
        return before
    open_database(settings.url(password)).dispose()
    return diagnose(settings, password)


def move_data_to_server(
    db: Database, settings: ServerSettings, password: str | None, *, progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> CopyReport:
    """Copy everything in ``db`` (this PC's database) onto the server database, which must hold no data."""
    source = db.target.path if db.target.path is not None else db.target.url.render_as_string(hide_password=False)
    return copy_database(source, settings.url(password), progress=progress, cancelled=cancelled)
