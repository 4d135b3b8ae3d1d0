"""The startup shortcut past Alembic agrees with Alembic."""

from __future__ import annotations

import sqlite3

from umkm_desk.core.store import migrate, schema_head
from umkm_desk.core.store.database import open_database


def test_head_read_from_the_files_is_alembics_head():
    assert schema_head.head_revision() == migrate.head_revision()


def test_sqlite_at_head(tmp_path):
    path = tmp_path / "umkm.sqlite"
    assert not schema_head.sqlite_at_head(path)  # no file yet
    open_database(path).dispose()
    assert schema_head.sqlite_at_head(path)
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '0001_initial'")
    connection.close()
    assert not schema_head.sqlite_at_head(path)
    (tmp_path / "empty.sqlite").touch()
    assert not schema_head.sqlite_at_head(tmp_path / "empty.sqlite")
