"""The demo's login accounts: ``admin``, ``petugas`` and ``pimpinan``, one per role, with one password."""

from __future__ import annotations

from dataclasses import dataclass

from umkm_desk.core.services.accounts import accounts
from umkm_desk.core.services.accounts.login import authenticate
from umkm_desk.core.services.accounts.passwords import check_new_password, generate_password
from umkm_desk.core.services.context import SYSTEM_ACTOR, ServiceContext
from umkm_desk.core.store.database import Database

DEMO_ACCOUNTS = (
    ("admin", "Administrator Contoh", "admin"),
    ("petugas", "Petugas Contoh", "petugas"),
    ("pimpinan", "Pimpinan Contoh", "pimpinan"),
)


@dataclass(frozen=True)
class DemoAccounts:
    created: tuple[str, ...]
    password: str
    generated: bool


def create_demo_accounts(db: Database, password: str | None) -> DemoAccounts:
    """Create the accounts that do not exist yet; ``password`` None generates one (printed once by the caller).

    A password that the rules refuse raises ServiceError before anything is created."""
    generated = password is None
    chosen = generate_password() if password is None else password
    for username, _name, _role in DEMO_ACCOUNTS:
        check_new_password(chosen, username=username)
    ctx = ServiceContext(db, SYSTEM_ACTOR)
    created: list[str] = []
    if not accounts.has_accounts(ctx):
        accounts.create_account(ctx, "admin", "Administrator Contoh", "admin", chosen)
        created.append("admin")
    admin = ServiceContext(db, authenticate(ServiceContext(db, SYSTEM_ACTOR), "admin", chosen).actor)
    for username, name, role in DEMO_ACCOUNTS[1:]:
        if accounts.find_account(admin, username) is None:
            accounts.create_account(admin, username, name, role, chosen, temporary=False)
            created.append(username)
    return DemoAccounts(tuple(created), chosen, generated)
