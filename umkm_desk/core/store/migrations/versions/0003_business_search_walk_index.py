"""Add ix_business_search_walk: live businesses by name with their search text, so that the first screen of a
search can be found by walking the names in order without reading the table (see services.business_query).

Revision ID: 0003_business_search_walk_index
Revises: 0002_business_duplicate_reason
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0003_business_search_walk_index"
down_revision: str | None = "0002_business_duplicate_reason"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_index(
        "ix_business_search_walk",
        "business",
        [sa.literal_column("lower(name)"), "search_text"],
        unique=False,
        sqlite_where=sa.text("deleted_at IS NULL"),
        postgresql_where=sa.text("deleted_at IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_business_search_walk", table_name="business")
