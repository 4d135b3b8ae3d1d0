"""Logging in and changing one's own password, with the lockout after repeated wrong passwords.

Every attempt that reaches a password check leaves an audit row (``login`` or ``login_fail``; ``lockout``
when the fifth wrong password in a row locks the account for five minutes). Input refused before any check —
an empty or over-long password, a username with characters no username has — changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta, timezone
from typing import Final

from sqlalchemy import select

from umkm_desk.core.services.accounts.accounts import AccountInfo, account_info
from umkm_desk.core.services.accounts.passwords import (
    check_login_input,
    check_new_password,
    clean_username,
    hash_password,
    needs_rehash,
    verify_password,
)
from umkm_desk.core.services.context import Actor, ServiceContext, ServiceError, record_audit
from umkm_desk.core.store.models import Officer, utcnow

__all__ = [
    "LOCKOUT", "MAX_ATTEMPTS", "LoginError", "LoginResult", "authenticate", "change_own_password",
    "record_refused_login",
]

MAX_ATTEMPTS: Final = 5
LOCKOUT: Final = timedelta(minutes=5)
_WIB = timezone(timedelta(hours=7))
WRONG: Final = "Nama pengguna atau kata sandi salah."


class LoginError(ServiceError):
    """A refused login; the message says what to do and never which half (name or password) was wrong."""


@dataclass(frozen=True)
class LoginResult:
    account: AccountInfo
    actor: Actor

    @property
    def must_change_password(self) -> bool:
        return self.account.must_change_password


def _fail(ctx: ServiceContext, username: str, password: str) -> LoginError:
    """Count a wrong password (in its own transaction, committed even though the login is refused)."""
    with ctx.db.transaction() as session:
        officer = session.scalar(select(Officer).where(Officer.username == username))
        if officer is None or officer.deleted_at is not None:
            verify_password(None, password)  # as slow as a real check: the answer does not tell names apart
            record_audit(session, ctx.actor, "account", "-", "login_fail", {"username": (None, username)})
            return LoginError(WRONG, field="password")
        who = Actor(officer.id, officer.name, ctx.actor.hostname)
        officer.failed_attempts = (officer.failed_attempts or 0) + 1
        record_audit(session, who, "account", officer.id, "login_fail",
                     {"percobaan_gagal": (officer.failed_attempts - 1, officer.failed_attempts)})
        if officer.failed_attempts >= MAX_ATTEMPTS:
            officer.locked_until = utcnow() + LOCKOUT
            officer.failed_attempts = 0
            record_audit(session, who, "account", officer.id, "lockout",
                         {"terkunci_sampai": (None, officer.locked_until.isoformat(timespec="seconds"))})
            return LoginError(_locked_message(officer), field="password")
        return LoginError(WRONG, field="password")


def _locked_message(officer: Officer) -> str:
    until = officer.locked_until
    assert until is not None
    local = until.astimezone(_WIB)
    return (f"Akun terkunci karena {MAX_ATTEMPTS} kali salah kata sandi. Coba lagi setelah pukul "
            f"{local:%H.%M} WIB, atau minta administrator memberi kata sandi sementara.")


def authenticate(ctx: ServiceContext, username: str, password: str) -> LoginResult:
    """Log in: the account and the actor that services record; LoginError with an Indonesian message when
    refused. ``ctx.actor.hostname`` is the PC recorded on the audit rows."""
    key = clean_username(username)
    check_login_input(password)
    refused: LoginError | None = None
    with ctx.db.read() as session:
        officer = session.scalar(select(Officer).where(Officer.username == key))
        good = False
        if officer is not None and officer.deleted_at is None:
            if not officer.active:
                refused = LoginError("Akun ini sudah dinonaktifkan. Hubungi administrator.", field="username")
            elif officer.password_hash is None:
                refused = LoginError("Akun ini belum punya kata sandi. Minta administrator memberi kata sandi "
                                     "sementara.", field="username")
            elif officer.locked_until is not None and officer.locked_until > utcnow():
                refused = LoginError(_locked_message(officer), field="password")
            else:
                good = verify_password(officer.password_hash, password)
    if refused is not None:  # audited, but not counted: no password was checked
        record_refused_login(ctx, key, refused.message)
        raise refused
    if not good:
        raise _fail(ctx, key, password)
    with ctx.db.transaction() as session:
        officer = session.scalar(select(Officer).where(Officer.username == key))
        assert officer is not None and officer.password_hash is not None
        officer.failed_attempts = 0
        officer.locked_until = None
        if needs_rehash(officer.password_hash):
            officer.password_hash = hash_password(password)
        actor = Actor(officer.id, officer.name, ctx.actor.hostname)
        record_audit(session, actor, "account", officer.id, "login")
        return LoginResult(account_info(officer), actor)


def change_own_password(ctx: ServiceContext, old_password: str, new_password: str) -> AccountInfo:
    """The logged-in account changes its own password (also the forced change after a temporary one)."""
    if ctx.actor.officer_id is None:
        raise ServiceError("Masuk dengan akun Anda lebih dulu.")
    check_login_input(old_password)
    with ctx.db.transaction() as session:
        officer = session.get(Officer, ctx.actor.officer_id)
        if officer is None or officer.deleted_at is not None or not officer.active or officer.username is None:
            raise ServiceError("Akun Anda tidak aktif lagi. Hubungi administrator.")
        check_new_password(new_password, username=officer.username)
        if not verify_password(officer.password_hash, old_password):
            raise ServiceError("Kata sandi lama salah.", field="old_password")
        if verify_password(officer.password_hash, new_password):
            raise ServiceError("Kata sandi baru harus berbeda dari yang lama.", field="password")
        officer.password_hash = hash_password(new_password)
        officer.must_change_password = False
        record_audit(session, ctx.actor, "account", officer.id, "password",
                     {"kata_sandi": ("(lama)", "(baru)")})
        return account_info(officer)



def record_refused_login(ctx: ServiceContext, username: str, reason: str) -> None:
    """An audit row for a login refused before any password check (e.g. the command line got no password);
    it does not count towards the lockout."""
    with ctx.db.transaction() as session:
        record_audit(session, ctx.actor, "account", "-", "login_fail",
                     {"username": (None, username[:40]), "alasan": (None, reason)})
