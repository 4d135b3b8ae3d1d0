"""Add ``version`` to every record officers edit in forms (optimistic locking, see models.Versioned); on
PostgreSQL, drop ix_business_search_walk, which only SQLite's search uses (see models.Business).

A constant default lets SQLite add the NOT NULL column with ALTER TABLE, without rebuilding the tables; every
existing row starts at version 1.

Revision ID: 0007_row_versions
Revises: 0005_accounts
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0007_row_versions"
down_revision: str | None = "0005_accounts"
branch_labels: str | None = None
depends_on: str | None = None

#: the tables of models.Versioned
VERSIONED_TABLES = (
    "officer", "owner", "business", "partner", "agreement", "work_plan", "placement", "assist_case", "stage",
    "activity", "capital_support", "repayment", "outcome",
)


def upgrade() -> None:
    for table in VERSIONED_TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False))
    if op.get_bind().dialect.name == "postgresql":
        op.drop_index("ix_business_search_walk", table_name="business", if_exists=True)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.create_index("ix_business_search_walk", "business", [sa.literal_column("lower(name)"), "search_text"],
                        unique=False, postgresql_where=sa.text("deleted_at IS NULL"))
    for table in VERSIONED_TABLES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("version")
