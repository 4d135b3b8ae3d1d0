"""Add business.duplicate_reason (why an officer kept a record that looks like a duplicate).

On SQLite the table is rebuilt on purpose (``recreate="always"``): business is the table with the most
children (cases, activities, capital support, outcomes, documents), so the first upgrade any installation
makes already exercises the copy/DROP/RENAME path with foreign keys OFF that every later table change needs
(see ``migrate.run_migrations``); the migration test proves that no child row is lost. PostgreSQL simply
gets ALTER TABLE ... ADD COLUMN.

Revision ID: 0002_business_duplicate_reason
Revises: 0001_initial
"""

from __future__ import annotations

from typing import Literal

import sqlalchemy as sa
from alembic import op

revision: str = "0002_business_duplicate_reason"
down_revision: str | None = "0001_initial"
branch_labels: str | None = None
depends_on: str | None = None


def _recreate() -> Literal["always", "auto"]:
    return "always" if op.get_context().dialect.name == "sqlite" else "auto"


def upgrade() -> None:
    with op.batch_alter_table("business", recreate=_recreate()) as batch_op:
        batch_op.add_column(sa.Column("duplicate_reason", sa.String(length=300), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("business", recreate=_recreate()) as batch_op:
        batch_op.drop_column("duplicate_reason")
