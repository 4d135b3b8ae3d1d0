"""Upgrading a database from the officer list: every officer becomes an account that must set a password."""

from __future__ import annotations

import uuid

from sqlalchemy import create_engine, text

from umkm_desk.core.services.accounts import accounts
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.store import migrate
from umkm_desk.core.store.database import open_database
from umkm_desk.core.store.engine import resolve_target


def test_officers_become_accounts_without_password(db_url):
    target = resolve_target(db_url)
    migrate.run_migrations(target, "0004_import_batch")
    engine = create_engine(target.url)
    names = ["Siti Rahmawati, S.E.", "Siti Rahmawati", "Budi Santoso", "Ñandú"]
    try:
        with engine.begin() as conn:
            for name in names:
                conn.execute(text("INSERT INTO officer (id, name, created_at, updated_at) "
                                  "VALUES (:id, :name, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"),
                             {"id": uuid.uuid4().hex if "sqlite" in db_url or "://" not in db_url
                              else str(uuid.uuid4()), "name": name})
    finally:
        engine.dispose()
    db = open_database(db_url)
    try:
        ctx = ServiceContext(db)
        found = accounts.list_accounts(ctx)
        assert sorted(a.username for a in found) == ["budi.santoso", "nandu", "siti.rahmawati", "siti.rahmawati2"]
        assert all(a.role == "petugas" and a.active and not a.has_password and a.must_change_password
                   for a in found)
        assert not accounts.has_accounts(ctx)  # nobody has a password yet: the first start asks for the admin
    finally:
        db.dispose()
