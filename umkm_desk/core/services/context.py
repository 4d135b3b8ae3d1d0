"""What every service call carries: the database, who is acting, and how errors and audit rows look."""

from __future__ import annotations

import socket
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from umkm_desk.core.store.models import AuditEntry

if TYPE_CHECKING:
    from umkm_desk.core.store.database import Database


class ServiceError(Exception):
    """A refused user action; ``message`` is Indonesian and shown as is, ``field`` names the form field."""

    def __init__(self, message: str, *, field: str | None = None, errors: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.errors = errors or ({field: message} if field else {})


@dataclass(frozen=True)
class Actor:
    officer_id: uuid.UUID | None
    officer_name: str
    hostname: str = field(default_factory=socket.gethostname)


SYSTEM_ACTOR = Actor(None, "Sistem")


@dataclass
class ServiceContext:
    db: Database
    actor: Actor = SYSTEM_ACTOR


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    return str(value)


def record_audit(
    session: Session,
    actor: Actor,
    entity: str,
    entity_id: uuid.UUID | str,
    action: str,
    changes: dict[str, tuple[Any, Any]] | None = None,
) -> None:
    """One audit row per changed field (or one row for create/delete/restore without field detail)."""
    base = {
        "officer_id": actor.officer_id,
        "officer_name": actor.officer_name,
        "hostname": actor.hostname,
        "entity": entity,
        "entity_id": str(entity_id),
        "action": action,
    }
    if not changes:
        session.add(AuditEntry(**base))
        return
    for name, (old, new) in changes.items():
        if old != new:
            session.add(AuditEntry(**base, field=name, old_value=_text(old), new_value=_text(new)))


def diff(obj: object, values: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """Apply ``values`` to an ORM object and return the fields that actually changed as (old, new)."""
    changes: dict[str, tuple[Any, Any]] = {}
    for name, new in values.items():
        old = getattr(obj, name)
        if old != new:
            changes[name] = (old, new)
            setattr(obj, name, new)
    return changes
