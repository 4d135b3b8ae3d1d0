"""Officers (petugas): who is using the app, recorded on every audit entry."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select

from umkm_desk.core.rules.errors import RuleError
from umkm_desk.core.rules.ids import format_nip, parse_nip
from umkm_desk.core.services.accounts.passwords import suggest_username
from umkm_desk.core.services.accounts.permissions import requires
from umkm_desk.core.services.context import Actor, ServiceContext, ServiceError, record_audit
from umkm_desk.core.services.text_fields import clean as clean_field
from umkm_desk.core.services.text_fields import max_length
from umkm_desk.core.store.models import Officer

__all__ = [
    "OfficerInfo",
    "actor_for",
    "create_officer",
    "find_or_create_officer",
    "get_officer",
    "list_officers",
    "validate_officer",
]

NAME_MAX = max_length("officer.name")


@dataclass(frozen=True)
class OfficerInfo:
    id: uuid.UUID
    name: str
    nip: str | None
    """18 digits, or None."""

    @property
    def nip_display(self) -> str:
        return format_nip(self.nip) if self.nip else ""

    @property
    def label(self) -> str:
        """"Siti Rahmawati (NIP 19860926 201505 2 001)" or just the name."""
        return f"{self.name} (NIP {self.nip_display})" if self.nip else self.name


def _info(officer: Officer) -> OfficerInfo:
    return OfficerInfo(officer.id, officer.name, officer.nip)


def actor_for(officer: OfficerInfo) -> Actor:
    """The audit identity of an officer on this PC."""
    return Actor(officer.id, officer.name)


def validate_officer(name: str, nip: str | None) -> tuple[str, str | None]:
    """Return (name, nip digits or None), or raise ServiceError naming every bad field ("name", "nip")."""
    errors: dict[str, str] = {}
    clean_name = ""
    try:
        clean_name = clean_field("officer.name", name) or ""
    except RuleError as exc:
        errors["name"] = exc.message
    if "name" in errors:
        pass
    elif not clean_name:
        errors["name"] = "Nama petugas wajib diisi."
    elif not any(ch.isalpha() for ch in clean_name):
        errors["name"] = "Nama petugas harus memuat huruf."
    clean_nip: str | None = None
    if nip and nip.strip():
        try:
            clean_nip = parse_nip(nip.strip()).nip
        except RuleError as exc:
            errors["nip"] = exc.message
    if errors:
        first = "name" if "name" in errors else "nip"
        raise ServiceError(errors[first], field=first, errors=errors)
    return clean_name, clean_nip


def list_officers(ctx: ServiceContext) -> list[OfficerInfo]:
    """Active officers, by name."""
    with ctx.db.read() as session:
        rows = session.scalars(
            select(Officer).where(Officer.deleted_at.is_(None)).order_by(func.lower(Officer.name))
        ).all()
        return [_info(row) for row in rows]


def get_officer(ctx: ServiceContext, officer_id: uuid.UUID | str) -> OfficerInfo | None:
    """The active officer with this id, or None (unknown, malformed or deleted id)."""
    try:
        key = officer_id if isinstance(officer_id, uuid.UUID) else uuid.UUID(str(officer_id))
    except ValueError:
        return None
    with ctx.db.read() as session:
        officer = session.get(Officer, key)
        if officer is None or officer.deleted_at is not None:
            return None
        return _info(officer)


@requires("accounts.manage")
def create_officer(ctx: ServiceContext, name: str, nip: str | None = None) -> OfficerInfo:
    """Register an officer. Refuses an empty name, a bad NIP and a NIP another officer already has.

    When nobody is acting yet (first start), the new officer is recorded as registering themselves.
    """
    clean_name, clean_nip = validate_officer(name, nip)
    with ctx.db.transaction() as session:
        if clean_nip is not None:
            taken = session.scalar(
                select(Officer).where(Officer.nip == clean_nip, Officer.deleted_at.is_(None))
            )
            if taken is not None:
                raise ServiceError(f"NIP ini sudah dipakai oleh petugas {taken.name}.", field="nip")
        # every officer is an account: a username now, a password from the administrator later
        usernames = {u for u in session.scalars(select(Officer.username)) if u is not None}
        officer = Officer(id=uuid.uuid4(), name=clean_name, nip=clean_nip,
                          username=suggest_username(clean_name, usernames))
        session.add(officer)
        session.flush()
        actor = ctx.actor if ctx.actor.officer_id is not None else Actor(officer.id, clean_name, ctx.actor.hostname)
        record_audit(session, actor, "officer", officer.id, "create")
        return _info(officer)


def find_or_create_officer(ctx: ServiceContext, name: str) -> OfficerInfo:
    """The active officer with exactly this name, created when missing (used by ``--screenshot``)."""
    clean_name, _ = validate_officer(name, None)
    for officer in list_officers(ctx):
        if officer.name == clean_name:
            return officer
    return create_officer(ctx, clean_name)
