"""Schema upgrades at startup. (Interim: create_all; replaced by Alembic with backup-first upgrades.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from umkm_desk.core.store.models import Base

if TYPE_CHECKING:
    from umkm_desk.core.store.database import Database


def upgrade_database(database: Database) -> None:
    Base.metadata.create_all(database.engine)
