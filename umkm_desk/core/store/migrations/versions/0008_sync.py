"""Field-laptop sync: sync_peer, sync_base, sync_outbox, sync_conflict and register_block.

New tables only, so SQLite needs no table rebuild.

Revision ID: 0008_sync
Revises: 0007_row_versions
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0008_sync"
down_revision: str | None = "0007_row_versions"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "sync_peer",
        sa.Column("pc_id", sa.Uuid(), nullable=True),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("kecamatan_code", sa.String(length=8), nullable=True),
        sa.Column("is_home", sa.Boolean(), nullable=False),
        sa.Column("sent_seq", sa.Integer(), nullable=False),
        sa.Column("received_seq", sa.Integer(), nullable=False),
        sa.Column("last_sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_received_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_peer")),
        sa.UniqueConstraint("pc_id", name=op.f("uq_sync_peer_pc_id")),
    )
    op.create_table(
        "sync_base",
        sa.Column("peer_id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_key", sa.String(length=200), nullable=False),
        sa.Column("row_hash", sa.String(length=64), nullable=False),
        sa.Column("row_json", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["peer_id"], ["sync_peer.id"], name=op.f("fk_sync_base_peer_id_sync_peer")),
        sa.PrimaryKeyConstraint("peer_id", "table_name", "row_key", name=op.f("pk_sync_base")),
    )
    op.create_table(
        "sync_outbox",
        sa.Column("peer_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["peer_id"], ["sync_peer.id"], name=op.f("fk_sync_outbox_peer_id_sync_peer")),
        sa.PrimaryKeyConstraint("peer_id", "seq", name=op.f("pk_sync_outbox")),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("peer_name", sa.String(length=120), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_key", sa.String(length=200), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("mine_json", sa.Text(), nullable=False),
        sa.Column("theirs_json", sa.Text(), nullable=False),
        sa.Column("mine_by", sa.String(length=250), nullable=True),
        sa.Column("mine_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("theirs_by", sa.String(length=250), nullable=True),
        sa.Column("theirs_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("other_key", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolution", sa.String(length=8), nullable=True),
        sa.Column("resolved_by", sa.String(length=120), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    op.create_index(op.f("ix_sync_conflict_row_key"), "sync_conflict", ["row_key"], unique=False)
    op.create_table(
        "register_block",
        sa.Column("holder_pc_id", sa.Uuid(), nullable=True),
        sa.Column("holder_name", sa.String(length=120), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("first_seq", sa.Integer(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_register_block")),
    )


def downgrade() -> None:
    op.drop_table("register_block")
    op.drop_index(op.f("ix_sync_conflict_row_key"), table_name="sync_conflict")
    op.drop_table("sync_conflict")
    op.drop_table("sync_outbox")
    op.drop_table("sync_base")
    op.drop_table("sync_peer")
