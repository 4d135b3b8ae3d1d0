"""The one permission table: which role may do which action, and the guard every write service wears.

A database without any account that has a password is in *open mode* (a new database, or one from before
accounts): every action is allowed, as before. Once an account has a password, every guarded call reads the
acting account from the database — so a role changed or an account disabled while someone is logged in takes
effect on their next action — and refuses with an Indonesian message when the role may not act.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Concatenate, Final, ParamSpec, TypeVar

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from umkm_desk.core.services.context import Actor, ServiceContext, ServiceError
from umkm_desk.core.store.models import Officer

__all__ = [
    "ACTIONS",
    "GUARDED",
    "ROLES",
    "ROLE_LABELS",
    "NotAllowed",
    "accounts_enabled",
    "authorize",
    "current_role",
    "permitted",
    "requires",
]

P = ParamSpec("P")
R = TypeVar("R")

ROLES: Final = ("admin", "petugas", "pimpinan")
ROLE_LABELS: Final = {"admin": "Administrator", "petugas": "Petugas", "pimpinan": "Pimpinan"}

# action -> (what it is in a refusal sentence, roles allowed)
ACTIONS: Final[dict[str, tuple[str, frozenset[str]]]] = {
    "registry.write": ("mengubah data UMKM", frozenset({"admin", "petugas"})),
    "cases.write": ("mengubah data pendampingan", frozenset({"admin", "petugas"})),
    "partners.write": ("mengubah data mitra", frozenset({"admin", "petugas"})),
    "register.write": ("menerbitkan atau membatalkan dokumen", frozenset({"admin", "petugas"})),
    "imports.write": ("mengimpor data", frozenset({"admin", "petugas"})),
    "settings.write": ("mengubah pengaturan kantor", frozenset({"admin"})),
    "accounts.manage": ("mengelola akun pengguna", frozenset({"admin"})),
    "database.manage": ("mencadangkan, menyalin, memulihkan atau menyelamatkan basis data", frozenset({"admin"})),
    "sync.run": ("membuat atau menerapkan paket sinkronisasi", frozenset({"admin", "petugas"})),
    "audit.read": ("membuka jejak audit", frozenset({"admin", "pimpinan"})),
    # reading is for everyone; an export only leaves its audit row
    "reports.export": ("mengekspor data", frozenset({"admin", "petugas", "pimpinan"})),
    # NIKs: the administrator sees them whole; a petugas reveals one at a time (audited); pimpinan never.
    "nik.full": ("melihat NIK lengkap", frozenset({"admin"})),
    "nik.reveal": ("membuka NIK", frozenset({"admin", "petugas"})),
}

# "module.function" -> (action, the guarded callable): every write service, for the refusal tests.
GUARDED: dict[str, tuple[str, Callable[..., object]]] = {}


class NotAllowed(ServiceError):
    """The acting account may not do this (its role, or it is disabled, deleted or not logged in)."""


@dataclass(frozen=True)
class Acting:
    """The acting account as the database has it now; ``role`` None means open mode (no accounts yet)."""

    role: str | None
    officer_id: uuid.UUID | None


def permitted(role: str | None, action: str) -> bool:
    """True when ``role`` may do ``action``; open mode (role None) may do everything."""
    if action not in ACTIONS:
        raise KeyError(action)
    return role is None or role in ACTIONS[action][1]


def accounts_enabled(session: Session) -> bool:
    """True once an active account has a password: from then on every action needs a logged-in account."""
    return session.scalar(
        select(Officer.id).where(Officer.password_hash.is_not(None), Officer.active.is_(True),
                                 Officer.deleted_at.is_(None)).limit(1)
    ) is not None


#: Built once: every guarded service call runs it, and building the select costs about as much CPU as running it.
_ACTOR_ROW = (
    select(Officer.role, Officer.active, Officer.deleted_at, Officer.must_change_password,
           Officer.password_hash.is_not(None).label("has_password"))
    .where(Officer.id == bindparam("officer_id"))
)


def acting_account(session: Session, actor: Actor) -> Acting:
    """The role the actor holds now, read from the database; raises NotAllowed when it holds none."""
    # The actor's own row first, as plain columns (no ORM object): when it is an active account with a
    # password, accounts are enabled by definition and the "any account with a password?" query is not needed.
    row = None if actor.officer_id is None else session.execute(
        _ACTOR_ROW, {"officer_id": actor.officer_id}
    ).first()
    usable = row is not None and bool(row.active) and row.deleted_at is None and bool(row.has_password)
    if not usable and not accounts_enabled(session):
        return Acting(None, actor.officer_id)
    if actor.officer_id is None:
        raise NotAllowed("Masuk dengan akun Anda lebih dulu (nama pengguna dan kata sandi).")
    if row is None or row.deleted_at is not None or not row.has_password:
        raise NotAllowed("Akun Anda tidak ada lagi. Masuk kembali dengan akun lain atau hubungi administrator.")
    if not row.active:
        raise NotAllowed("Akun Anda sudah dinonaktifkan. Hubungi administrator.")
    if row.must_change_password:
        raise NotAllowed("Ganti kata sandi sementara Anda lebih dulu (Berkas › Ganti kata sandi).")
    return Acting(row.role, actor.officer_id)


def current_role(ctx: ServiceContext) -> str | None:
    """The acting account's role now (None in open mode); raises NotAllowed for a disabled or unknown account."""
    with ctx.db.read() as session:
        return acting_account(session, ctx.actor).role


def refusal(role: str, action: str) -> NotAllowed:
    what = ACTIONS[action][0]
    return NotAllowed(
        f"Akun dengan peran {ROLE_LABELS.get(role, role)} tidak boleh {what}. "
        "Minta petugas atau administrator yang berwenang."
    )


def authorize(ctx: ServiceContext, action: str) -> str | None:
    """Refuse (NotAllowed) unless the acting account may do ``action``; returns its role (None: open mode)."""
    role = current_role(ctx)
    if not permitted(role, action):
        assert role is not None
        raise refusal(role, action)
    return role


def requires(
    action: str,
) -> Callable[[Callable[Concatenate[ServiceContext, P], R]], Callable[Concatenate[ServiceContext, P], R]]:
    """Decorate a service ``f(ctx, ...)``: the permission is checked before anything is read or written."""
    if action not in ACTIONS:
        raise KeyError(action)

    def decorate(func: Callable[Concatenate[ServiceContext, P], R]) -> Callable[Concatenate[ServiceContext, P], R]:
        def guarded(ctx: ServiceContext, /, *args: P.args, **kwargs: P.kwargs) -> R:
            authorize(ctx, action)
            return func(ctx, *args, **kwargs)

        functools.update_wrapper(guarded, func)
        guarded.required_action = action  # type: ignore[attr-defined]
        GUARDED[f"{func.__module__}.{func.__qualname__}"] = (action, guarded)
        return guarded

    return decorate
