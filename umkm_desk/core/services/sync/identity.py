"""Who this database is: its PC id and name, the office it belongs to, and whether it is a field laptop.

Kept in the ``setting`` table under ``sync.`` keys, which never travel in a package.
"""

from __future__ import annotations

import socket
import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from umkm_desk.core.store.models import Setting

ROLE_OFFICE = "office"
ROLE_LAPTOP = "laptop"

_PC_ID = "sync.pc_id"
_PC_NAME = "sync.pc_name"
_OFFICE_ID = "sync.office_id"
_ROLE = "sync.role"


@dataclass(frozen=True)
class Identity:
    pc_id: uuid.UUID
    pc_name: str
    #: the office database this one belongs to: its own id at the office, the office's id on a laptop
    office_id: uuid.UUID
    role: str

    @property
    def is_laptop(self) -> bool:
        return self.role == ROLE_LAPTOP


def _get(session: Session, key: str) -> str | None:
    row = session.get(Setting, key)
    return row.value if row is not None else None


def _put(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
    session.flush()


def is_laptop(session: Session) -> bool:
    """Whether this database is a field laptop: one read, for what runs on every document issued."""
    return _get(session, _ROLE) == ROLE_LAPTOP


def identity(session: Session) -> Identity:
    """This database's identity, created on first use (a new database is an office of its own until a setup
    package makes it a laptop)."""
    pc_id = _get(session, _PC_ID)
    if pc_id is None:
        pc_id = str(uuid.uuid4())
        _put(session, _PC_ID, pc_id)
    name = _get(session, _PC_NAME)
    if name is None:
        name = socket.gethostname() or "PC"
        _put(session, _PC_NAME, name)
    office_id = _get(session, _OFFICE_ID)
    if office_id is None:
        office_id = pc_id
        _put(session, _OFFICE_ID, office_id)
    return Identity(uuid.UUID(pc_id), name, uuid.UUID(office_id), _get(session, _ROLE) or ROLE_OFFICE)


def set_pc_name(session: Session, name: str) -> None:
    _put(session, _PC_NAME, name.strip())


def become_laptop(session: Session, *, office_id: uuid.UUID, name: str | None) -> None:
    """A setup package arrived: from now on this database belongs to that office and defers to it."""
    _put(session, _OFFICE_ID, str(office_id))
    _put(session, _ROLE, ROLE_LAPTOP)
    if name:
        _put(session, _PC_NAME, name)
