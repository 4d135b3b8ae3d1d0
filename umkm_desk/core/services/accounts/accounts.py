"""Managing accounts (administrator only): add, list, give a temporary password, change role, disable, delete.

On a database without accounts (open mode) the first account added must be an administrator with their own
password; from then on every action needs a logged-in account (see ``permissions``). The last active
administrator can be neither disabled, deleted nor demoted: the office would be locked out of its own settings.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from umkm_desk.core.rules.ids import format_nip
from umkm_desk.core.services.accounts.passwords import check_new_password, clean_username, hash_password
from umkm_desk.core.services.accounts.permissions import ROLE_LABELS, ROLES, accounts_enabled, requires
from umkm_desk.core.services.context import Actor, ServiceContext, ServiceError, record_audit
from umkm_desk.core.services.office.officers import validate_officer
from umkm_desk.core.store.models import Officer, utcnow

__all__ = [
    "AccountInfo",
    "account_username",
    "create_account",
    "delete_account",
    "find_account",
    "has_accounts",
    "list_accounts",
    "set_active",
    "set_role",
    "set_temporary_password",
]


@dataclass(frozen=True)
class AccountInfo:
    id: uuid.UUID
    username: str
    full_name: str
    nip: str | None
    role: str
    active: bool
    has_password: bool
    must_change_password: bool
    locked_until: datetime | None

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)

    @property
    def nip_display(self) -> str:
        return format_nip(self.nip) if self.nip else ""


def account_info(officer: Officer) -> AccountInfo:
    return AccountInfo(
        officer.id, officer.username or "", officer.name, officer.nip, officer.role, officer.active,
        officer.password_hash is not None, officer.must_change_password, officer.locked_until,
    )


def account_username(ctx: ServiceContext, officer_id: uuid.UUID | None) -> str | None:
    """The username of a live, active account (to unlock the app as the same account), or None."""
    if officer_id is None:
        return None
    with ctx.db.read() as session:
        officer = session.get(Officer, officer_id)
        if officer is None or officer.deleted_at is not None or not officer.active:
            return None
        return officer.username


def has_accounts(ctx: ServiceContext) -> bool:
    """True once an active account has a password: the app then asks everyone to log in."""
    with ctx.db.read() as session:
        return accounts_enabled(session)


def _by_username(session: Session, username: str) -> Officer | None:
    return session.scalar(select(Officer).where(Officer.username == username))


def _live(session: Session, username: str) -> Officer:
    officer = _by_username(session, clean_username(username))
    if officer is None or officer.deleted_at is not None:
        raise ServiceError(f"Akun {username.strip()} tidak ada.", field="username")
    return officer


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise ServiceError("Peran harus admin, petugas atau pimpinan.", field="role")
    return role


def _other_active_admins(session: Session, officer: Officer) -> int:
    return session.scalar(
        select(func.count()).select_from(Officer).where(
            Officer.role == "admin", Officer.active.is_(True), Officer.deleted_at.is_(None),
            Officer.password_hash.is_not(None), Officer.id != officer.id,
        )
    ) or 0


def _refuse_last_admin(session: Session, officer: Officer, what: str) -> None:
    if officer.role == "admin" and _other_active_admins(session, officer) == 0:
        raise ServiceError(f"Akun ini administrator aktif terakhir dan tidak dapat {what}. "
                           "Buat akun administrator lain lebih dulu.")


@requires("accounts.manage")
def list_accounts(ctx: ServiceContext, *, include_deleted: bool = False) -> list[AccountInfo]:
    """Every account (disabled ones too), by username."""
    with ctx.db.read() as session:
        query = select(Officer).order_by(func.lower(Officer.username), func.lower(Officer.name))
        if not include_deleted:
            query = query.where(Officer.deleted_at.is_(None))
        return [account_info(o) for o in session.scalars(query)]


def find_account(ctx: ServiceContext, username: str) -> AccountInfo | None:
    """The live account with this username (any letter case), or None; a malformed name is simply not found."""
    try:
        key = clean_username(username)
    except ServiceError:
        return None
    with ctx.db.read() as session:
        officer = _by_username(session, key)
        return None if officer is None or officer.deleted_at is not None else account_info(officer)


@requires("accounts.manage")
def create_account(
    ctx: ServiceContext, username: str, full_name: str, role: str, password: str, *, nip: str | None = None,
    temporary: bool = True,
) -> AccountInfo:
    """Add an account with a temporary password (changed at first login; ``temporary=False`` for the demo's
    accounts, whose password is printed for whoever made the demo).

    On a database without accounts only an administrator can be added, and their password is their own."""
    key = clean_username(username)
    name, clean_nip = validate_officer(full_name, nip)
    _check_role(role)
    check_new_password(password, username=key)
    with ctx.db.transaction() as session:
        first = not accounts_enabled(session)
        if first and role != "admin":
            raise ServiceError("Akun pertama harus administrator (peran admin).", field="role")
        existing = _by_username(session, key)
        if existing is not None and first and existing.deleted_at is None and existing.password_hash is None:
            # an officer from before accounts becomes the first administrator, keeping their history
            return _claim_as_first_admin(session, ctx, existing, name, clean_nip, password)
        if existing is not None:
            raise ServiceError(f"Nama pengguna {key} sudah dipakai.", field="username")
        if clean_nip is not None and session.scalar(
            select(Officer.id).where(Officer.nip == clean_nip, Officer.deleted_at.is_(None))
        ) is not None:
            raise ServiceError("NIP ini sudah dipakai oleh akun lain.", field="nip")
        officer = Officer(
            id=uuid.uuid4(), name=name, nip=clean_nip, username=key, role=role, active=True,
            password_hash=hash_password(password), must_change_password=temporary and not first, failed_attempts=0,
        )
        session.add(officer)
        session.flush()
        actor = ctx.actor if not first else Actor(officer.id, name, ctx.actor.hostname)
        record_audit(session, actor, "account", officer.id, "create",
                     {"username": (None, key), "role": (None, role)})
        return account_info(officer)


def _claim_as_first_admin(
    session: Session, ctx: ServiceContext, officer: Officer, name: str, nip: str | None, password: str
) -> AccountInfo:
    changes = {"name": (officer.name, name), "nip": (officer.nip, nip), "role": (officer.role, "admin")}
    officer.name, officer.nip, officer.role, officer.active = name, nip, "admin", True
    officer.password_hash = hash_password(password)
    officer.must_change_password = False
    record_audit(session, Actor(officer.id, name, ctx.actor.hostname), "account", officer.id, "update", changes)
    return account_info(officer)


@requires("accounts.manage")
def set_temporary_password(ctx: ServiceContext, username: str, password: str) -> AccountInfo:
    """Give an account a temporary password (also the way an officer from before accounts gets one); it must
    be changed at the next login, and a lockout is lifted."""
    with ctx.db.transaction() as session:
        if not accounts_enabled(session):
            raise ServiceError("Buat akun administrator lebih dulu: `umkm-desk user add --role admin`.")
        officer = _live(session, username)
        check_new_password(password, username=officer.username)
        officer.password_hash = hash_password(password)
        officer.must_change_password = True
        officer.failed_attempts = 0
        officer.locked_until = None
        record_audit(session, ctx.actor, "account", officer.id, "password",
                     {"kata_sandi": ("(lama)", "(sementara, baru)")})
        return account_info(officer)


@requires("accounts.manage")
def set_role(ctx: ServiceContext, username: str, role: str) -> AccountInfo:
    _check_role(role)
    with ctx.db.transaction() as session:
        officer = _live(session, username)
        if role != "admin":
            _refuse_last_admin(session, officer, "diturunkan perannya")
        record_audit(session, ctx.actor, "account", officer.id, "update", {"role": (officer.role, role)})
        officer.role = role
        return account_info(officer)


@requires("accounts.manage")
def set_active(ctx: ServiceContext, username: str, active: bool) -> AccountInfo:
    """Disable (or enable again) an account: a disabled account cannot log in, and is refused at its next
    action if it is logged in now."""
    with ctx.db.transaction() as session:
        officer = _live(session, username)
        if not active:
            _refuse_last_admin(session, officer, "dinonaktifkan")
        record_audit(session, ctx.actor, "account", officer.id, "update", {"active": (officer.active, active)})
        officer.active = active
        return account_info(officer)


@requires("accounts.manage")
def delete_account(ctx: ServiceContext, username: str) -> None:
    """Soft-delete an account (its name stays on the audit rows it wrote)."""
    with ctx.db.transaction() as session:
        officer = _live(session, username)
        _refuse_last_admin(session, officer, "dihapus")
        officer.deleted_at = utcnow()
        record_audit(session, ctx.actor, "account", officer.id, "delete")
