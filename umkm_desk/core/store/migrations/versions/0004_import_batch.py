"""Add spreadsheet imports: the import_batch table, and on business the batch that brought it in
(import_batch_id), the warnings of its row (import_warning) and the registration date of the office's file
(registered_on).

On SQLite the business table is rebuilt (a foreign key cannot be added by ALTER TABLE); ``migrate.run_migrations``
turns foreign keys off for it. PostgreSQL gets ALTER TABLE ... ADD COLUMN and ADD CONSTRAINT.

Revision ID: 0004_import_batch
Revises: 0003_business_search_walk_index
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0004_import_batch"
down_revision: str | None = "0003_business_search_walk_index"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "import_batch",
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("file_hash", sa.String(length=64), nullable=False),
        sa.Column("sheet", sa.String(length=255), nullable=False),
        sa.Column("officer_id", sa.Uuid(), nullable=True),
        sa.Column("officer_name", sa.String(length=120), nullable=False),
        sa.Column("hostname", sa.String(length=120), nullable=True),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ok_count", sa.Integer(), nullable=False),
        sa.Column("warning_count", sa.Integer(), nullable=False),
        sa.Column("rejected_count", sa.Integer(), nullable=False),
        sa.Column("skipped_count", sa.Integer(), nullable=False),
        sa.Column("imported", sa.Integer(), nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["officer_id"], ["officer.id"], name=op.f("fk_import_batch_officer_id_officer")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batch")),
    )
    with op.batch_alter_table("business") as batch_op:
        batch_op.add_column(sa.Column("import_batch_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("import_warning", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("registered_on", sa.Date(), nullable=True))
        batch_op.create_foreign_key(
            op.f("fk_business_import_batch_id_import_batch"), "import_batch", ["import_batch_id"], ["id"]
        )
        batch_op.create_index(op.f("ix_business_import_batch_id"), ["import_batch_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("business") as batch_op:
        batch_op.drop_index(op.f("ix_business_import_batch_id"))
        batch_op.drop_constraint(op.f("fk_business_import_batch_id_import_batch"), type_="foreignkey")
        batch_op.drop_column("registered_on")
        batch_op.drop_column("import_warning")
        batch_op.drop_column("import_batch_id")
    op.drop_table("import_batch")
