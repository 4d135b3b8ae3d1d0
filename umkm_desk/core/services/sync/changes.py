"""Which rows changed since a package: placeholder until the per-row change sequence lands."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session


def touch(session: Session, table: Any, key: str) -> None:
    """Mark a row as changed, so the next package to every peer considers it again."""


def note_deleted(session: Session, table_name: str, key: str) -> None:
    """Mark a row as deleted, so the next package to every peer that holds it deletes it there."""
