"""Backup from the menu and the empty-database check behind the demo offer."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from umkm_desk.core.services.context import ServiceContext, ServiceError
from umkm_desk.core.services.office.maintenance import backup_database, has_businesses
from umkm_desk.core.services.office.officers import create_officer, list_officers
from umkm_desk.core.store.database import open_database


def test_backup_is_a_complete_copy(sqlite_db, tmp_path: Path) -> None:
    ctx = ServiceContext(sqlite_db)
    create_officer(ctx, "Siti")
    dest = tmp_path / "copy.sqlite"
    assert backup_database(sqlite_db, dest) == dest.resolve()
    with sqlite3.connect(dest) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    copy = open_database(dest)
    try:
        assert [o.name for o in list_officers(ServiceContext(copy))] == ["Siti"]
    finally:
        copy.dispose()


def test_backup_refuses_the_open_file_and_missing_folder(sqlite_db, tmp_path: Path) -> None:
    assert sqlite_db.target.path is not None
    with pytest.raises(ServiceError, match="sama"):
        backup_database(sqlite_db, sqlite_db.target.path)
    with pytest.raises(ServiceError, match="tidak ada"):
        backup_database(sqlite_db, tmp_path / "tidak-ada" / "copy.sqlite")


def test_has_businesses_on_empty_database(db) -> None:
    assert has_businesses(db) is False
