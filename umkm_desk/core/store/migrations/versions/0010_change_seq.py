"""Per-row change sequence for sync packages: a ``change_seq`` column (indexed) on every table that travels, its
triggers, the one-row ``sync_counter``, the ``sync_tombstone`` of deleted rows, and ``sync_peer.sent_change_seq``.

Existing rows start unnumbered (NULL): the first package to each PC after the upgrade reads every row once, as
before; later ones only what changed. The audit trail's guard now lets a row be numbered once.

Revision ID: 0010_change_seq
Revises: 0008_sync
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0010_change_seq"
down_revision: str | None = "0009_report_speed"
branch_labels: str | None = None
depends_on: str | None = None

# The tables as they are at this revision, with their primary key columns.
TABLES: dict[str, list[str]] = {
    "officer": ["id"], "partner": ["id"], "setting": ["key"], "agreement": ["id"], "audit_entry": ["id"],
    "import_batch": ["id"], "placement": ["id"], "work_plan": ["id"], "owner": ["id"],
    "placement_area": ["placement_id", "kelurahan_code"], "business": ["id"], "assist_case": ["id"],
    "capital_support": ["id"], "outcome": ["id"], "stage": ["id"], "activity": ["id"], "case_event": ["id"],
    "issued_document": ["id"], "repayment": ["id"],
}

# Copies of core/store/change_seq.py's and audit_guard.py's statements as they are at this revision.
_MESSAGE = "audit_entry is append-only"
_AUDIT_COLUMNS = ("id", "at", "officer_id", "officer_name", "hostname", "entity", "entity_id", "action", "field",
                  "old_value", "new_value")
_NUMBERING_ONLY = "OLD.change_seq IS NULL AND NEW.change_seq IS NOT NULL AND " + " AND ".join(
    f"NEW.{c} IS OLD.{c}" for c in _AUDIT_COLUMNS)
SQLITE_GUARD_OLD = (f"CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry "
                    f"BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END")
SQLITE_GUARD_NEW = (f"CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry WHEN NOT ({_NUMBERING_ONLY}) "
                    f"BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END")
POSTGRESQL_GUARD_OLD = ("CREATE OR REPLACE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
                        f"BEGIN RAISE EXCEPTION '{_MESSAGE}'; END $$")
POSTGRESQL_GUARD_NEW = (
    "CREATE OR REPLACE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "IF TG_OP = 'UPDATE' THEN IF OLD.change_seq IS NULL AND NEW.change_seq IS NOT NULL AND "
    "(to_jsonb(NEW) - 'change_seq') = (to_jsonb(OLD) - 'change_seq') THEN RETURN NEW; END IF; END IF; "
    f"RAISE EXCEPTION '{_MESSAGE}'; END $$"
)
POSTGRESQL_FUNCTIONS = (
    """CREATE OR REPLACE FUNCTION umkm_desk_change_seq() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.change_seq IS NOT DISTINCT FROM OLD.change_seq THEN
        NEW.change_seq := NULL;
    END IF;
    RETURN NEW;
END $$""",
    """CREATE OR REPLACE FUNCTION umkm_desk_tombstone() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO sync_tombstone (table_name, key1, key2) VALUES (TG_TABLE_NAME, to_jsonb(OLD) ->> TG_ARGV[0],
        CASE WHEN TG_NARGS > 1 THEN to_jsonb(OLD) ->> TG_ARGV[1] END);
    RETURN NULL;
END $$""",
)


def _sqlite_triggers(table: str, keys: list[str]) -> list[str]:
    second = f"OLD.{keys[1]}" if len(keys) > 1 else "NULL"
    return [
        f"CREATE TRIGGER {table}_change_seq AFTER UPDATE ON {table} "
        "WHEN OLD.change_seq IS NOT NULL AND NEW.change_seq IS OLD.change_seq "
        f"BEGIN UPDATE {table} SET change_seq = NULL WHERE rowid = NEW.rowid; END",
        f"CREATE TRIGGER {table}_tombstone AFTER DELETE ON {table} "
        f"BEGIN INSERT INTO sync_tombstone (table_name, key1, key2) VALUES ('{table}', OLD.{keys[0]}, {second}); "
        "END",
    ]


def _postgresql_triggers(table: str, keys: list[str]) -> list[str]:
    arguments = ", ".join(f"'{k}'" for k in keys)
    return [
        f"CREATE TRIGGER {table}_change_seq BEFORE UPDATE ON {table} "
        "FOR EACH ROW EXECUTE FUNCTION umkm_desk_change_seq()",
        f"CREATE TRIGGER {table}_tombstone AFTER DELETE ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION umkm_desk_tombstone({arguments})",
    ]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.create_table(
        "sync_counter",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_counter")),
    )
    op.create_table(
        "sync_tombstone",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("key1", sa.String(length=64), nullable=False),
        sa.Column("key2", sa.String(length=64), nullable=True),
        sa.Column("change_seq", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_tombstone")),
    )
    op.create_index(op.f("ix_sync_tombstone_change_seq"), "sync_tombstone", ["change_seq"], unique=False)
    op.execute("INSERT INTO sync_counter (id, value) VALUES (1, 0)")
    op.add_column("sync_peer", sa.Column("sent_change_seq", sa.BigInteger(), server_default="0", nullable=False))
    for table, keys in TABLES.items():
        op.add_column(table, sa.Column("change_seq", sa.BigInteger(), nullable=True))
        op.create_index(f"ix_{table}_change_seq", table, ["change_seq"], unique=False)
        if dialect == "sqlite":
            statements = _sqlite_triggers(table, keys)
        elif dialect == "postgresql":
            statements = _postgresql_triggers(table, keys)
        else:
            statements = []
        if dialect == "postgresql" and table == next(iter(TABLES)):
            for function in POSTGRESQL_FUNCTIONS:
                op.execute(function)
        for statement in statements:
            op.execute(statement)
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
        op.execute(SQLITE_GUARD_NEW)
    elif dialect == "postgresql":
        op.execute(POSTGRESQL_GUARD_NEW)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
        op.execute(SQLITE_GUARD_OLD)
    elif dialect == "postgresql":
        op.execute(POSTGRESQL_GUARD_OLD)
    for table in TABLES:
        for suffix in ("change_seq", "tombstone"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_{suffix}" + (f" ON {table}" if dialect == "postgresql" else ""))
        op.drop_index(f"ix_{table}_change_seq", table_name=table)
        with op.batch_alter_table(table) as batch:
            batch.drop_column("change_seq")
    if dialect == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS umkm_desk_change_seq()")
        op.execute("DROP FUNCTION IF EXISTS umkm_desk_tombstone()")
    with op.batch_alter_table("sync_peer") as batch:
        batch.drop_column("sent_change_seq")
    op.drop_index(op.f("ix_sync_tombstone_change_seq"), table_name="sync_tombstone")
    op.drop_table("sync_tombstone")
    op.drop_table("sync_counter")
