"""Add ``version`` to every record officers edit in forms (optimistic locking, see models.Versioned). On
PostgreSQL, trade the indexes only SQLite's list uses (the search walk, the name and owner sort indexes) for the
server's covering name and owner indexes (see models.Business).

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


#: business indexes only SQLite's list uses; the server gets ix_business_server_name/_owner instead
SQLITE_ONLY = ("ix_business_search_walk", "ix_business_sort_name", "ix_business_sort_owner")


def upgrade() -> None:
    for table in VERSIONED_TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False))
    if op.get_bind().dialect.name == "postgresql":
        for name in SQLITE_ONLY:
            op.drop_index(name, table_name="business", if_exists=True)
        live = sa.text("deleted_at IS NULL")
        op.create_index("ix_business_server_name", "business", [sa.literal_column("lower(name)"), "id"],
                        postgresql_include=["name"], postgresql_where=live)
        op.create_index("ix_business_server_owner", "business",
                        [sa.literal_column("lower(owner_name)"), sa.literal_column("lower(name)"), "id"],
                        postgresql_include=["owner_name", "name"], postgresql_where=live)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        live = sa.text("deleted_at IS NULL")
        op.drop_index("ix_business_server_owner", table_name="business")
        op.drop_index("ix_business_server_name", table_name="business")
        op.create_index("ix_business_search_walk", "business", [sa.literal_column("lower(name)"), "search_text"],
                        postgresql_where=live)
        op.create_index("ix_business_sort_name", "business", [sa.literal_column("lower(name)")],
                        postgresql_where=live)
        op.create_index("ix_business_sort_owner", "business",
                        [sa.literal_column("lower(owner_name)"), sa.literal_column("lower(name)")],
                        postgresql_where=live)
    for table in VERSIONED_TABLES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("version")
