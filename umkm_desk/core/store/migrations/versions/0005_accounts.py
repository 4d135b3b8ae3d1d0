"""Accounts: every officer becomes a login account (username, role, active flag, Argon2id hash, the
must-change-password flag, failed attempts and a lockout time), and the audit trail becomes append-only: triggers
refuse UPDATE and DELETE on audit_entry (and TRUNCATE on PostgreSQL).

Officers from before accounts get a username made from their name, the role ``petugas``, no password and
``must_change_password``: the administrator gives each a temporary password, changed at first login.

Revision ID: 0005_accounts
Revises: 0004_import_batch
"""

from __future__ import annotations

import re
import unicodedata

import sqlalchemy as sa
from alembic import op

revision: str = "0005_accounts"
down_revision: str | None = "0004_import_batch"
branch_labels: str | None = None
depends_on: str | None = None


# A copy of core/store/audit_guard.py's statements as they were at this revision.
_APPEND_ONLY_SQLITE = (
    "CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry "
    "BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END",
    "CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry "
    "BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END",
)
_APPEND_ONLY_POSTGRESQL = (
    "CREATE OR REPLACE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN RAISE EXCEPTION 'audit_entry is append-only'; END $$",
    "CREATE TRIGGER audit_entry_no_change BEFORE UPDATE OR DELETE ON audit_entry "
    "FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()",
    "CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only()",
)


def _username_from_name(name: str, taken: set[str]) -> str:
    """"Siti Rahmawati, S.E." -> "siti.rahmawati" (then "siti.rahmawati2", ... when taken)."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    words = re.findall(r"[a-z0-9]+", ascii_name.split(",")[0])
    base = ".".join(words)[:28].strip(".") or "petugas"
    if not base[0].isalpha():
        base = f"p{base}"[:28]
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}{number}"
    taken.add(candidate)
    return candidate


def upgrade() -> None:
    with op.batch_alter_table("officer") as batch_op:
        batch_op.add_column(sa.Column("username", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("role", sa.String(length=10), nullable=False, server_default="petugas"))
        batch_op.add_column(sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.text("true")))
        batch_op.add_column(sa.Column("password_hash", sa.String(length=200), nullable=True))
        batch_op.add_column(
            sa.Column("must_change_password", sa.Boolean(), nullable=False, server_default=sa.text("true"))
        )
        batch_op.add_column(sa.Column("failed_attempts", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True))
    bind = op.get_bind()
    officer = sa.table("officer", sa.column("id", sa.Uuid()), sa.column("name", sa.String()),
                       sa.column("username", sa.String()))
    taken: set[str] = set()
    for officer_id, name in bind.execute(sa.select(officer.c.id, officer.c.name).order_by(officer.c.name)).all():
        bind.execute(sa.update(officer).where(officer.c.id == officer_id)
                     .values(username=_username_from_name(name or "", taken)))
    op.create_index(op.f("ix_officer_username"), "officer", ["username"], unique=True)
    dialect = bind.dialect.name
    for statement in _APPEND_ONLY_SQLITE if dialect == "sqlite" else _APPEND_ONLY_POSTGRESQL:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_delete")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_change ON audit_entry")
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_truncate ON audit_entry")
        op.execute("DROP FUNCTION IF EXISTS audit_entry_append_only()")
    op.drop_index(op.f("ix_officer_username"), table_name="officer")
    with op.batch_alter_table("officer") as batch_op:
        for column in ("locked_until", "failed_attempts", "must_change_password", "password_hash", "active",
                       "role", "username"):
            batch_op.drop_column(column)
