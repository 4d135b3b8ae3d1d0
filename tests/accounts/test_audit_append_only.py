"""The audit trail is append-only: the database refuses to change or remove a row, on a new database and on
one upgraded from before accounts."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, delete, func, select, text, update
from sqlalchemy.exc import DBAPIError

from umkm_desk.core.services.context import record_audit
from umkm_desk.core.store import migrate
from umkm_desk.core.store.database import open_database
from umkm_desk.core.store.engine import resolve_target
from umkm_desk.core.store.models import AuditEntry


def _one_row(db) -> None:
    from umkm_desk.core.services.context import SYSTEM_ACTOR

    with db.transaction() as session:
        record_audit(session, SYSTEM_ACTOR, "business", "x", "update", {"name": ("Lama", "Baru")})


def _tamper_is_refused(db) -> None:
    tampering = [
        update(AuditEntry).values(new_value="Dipalsukan"),
        update(AuditEntry).values(officer_name="Orang lain"),
        delete(AuditEntry),
    ]
    if db.target.is_sqlite:
        tampering.append(text("DELETE FROM audit_entry WHERE 1 = 1"))
    else:
        tampering.append(text("TRUNCATE audit_entry"))
    for statement in tampering:
        with pytest.raises(DBAPIError, match="append-only"), db.transaction() as session:
            session.execute(statement)
    with db.read() as session:
        (row,) = session.scalars(select(AuditEntry)).all()
        assert (row.old_value, row.new_value, row.officer_name) == ("Lama", "Baru", "Sistem")
    # adding stays possible
    _one_row(db)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == 2


def test_a_new_database_refuses_to_change_or_delete_audit_rows(db_url):
    db = open_database(db_url)
    try:
        _one_row(db)
        _tamper_is_refused(db)
    finally:
        db.dispose()


def test_an_upgraded_database_refuses_too(db_url):
    migrate.run_migrations(resolve_target(db_url), "0004_import_batch")
    db = open_database(db_url)
    try:
        _one_row(db)
        _tamper_is_refused(db)
    finally:
        db.dispose()


def test_a_raw_sqlite_connection_is_refused_as_well(tmp_path):
    import sqlite3

    path = tmp_path / "umkm.sqlite"
    db = open_database(path)
    _one_row(db)
    db.dispose()
    connection = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            connection.execute("UPDATE audit_entry SET new_value = 'x'")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            connection.execute("DELETE FROM audit_entry")
    finally:
        connection.close()
    engine = create_engine(resolve_target(path).url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit_entry")).scalar() == 1
    engine.dispose()
