"""Accounts made quickly for tests: one Argon2id hash computed once, rows inserted directly."""

from __future__ import annotations

import uuid
from functools import cache

from umkm_desk.core.services.accounts.passwords import hash_password
from umkm_desk.core.services.context import Actor, ServiceContext
from umkm_desk.core.store.database import Database
from umkm_desk.core.store.models import Officer

PASSWORD = "Rahasia-Uji-2026"


@cache
def _hash() -> str:
    return hash_password(PASSWORD)


def add_account(db: Database, username: str, role: str, *, must_change: bool = False,
                active: bool = True) -> Actor:
    """An account with PASSWORD; returns the actor a login as it would give."""
    officer_id = uuid.uuid4()
    name = f"Uji {username.title()}"
    with db.transaction() as session:
        session.add(Officer(id=officer_id, name=name, username=username, role=role, active=active,
                            password_hash=_hash(), must_change_password=must_change, failed_attempts=0))
    return Actor(officer_id, name, "uji-pc")


def as_role(db: Database, role: str) -> ServiceContext:
    """A context acting as a fresh account of ``role`` on a database with an administrator."""
    if role != "admin":
        add_account(db, f"admin{uuid.uuid4().hex[:6]}", "admin")
    return ServiceContext(db, add_account(db, f"{role}{uuid.uuid4().hex[:6]}", role))
