"""The audit trail is append-only, and the database itself says so: triggers refuse UPDATE and DELETE on
``audit_entry`` (and TRUNCATE on PostgreSQL), whatever program connects. The one UPDATE allowed numbers a row
for sync once (``change_seq`` from NULL to a number, nothing else changed; see change_seq).

Installed by ``create_all`` for a new database (an ``after_create`` event on the table, see models.py) and by
revisions 0005_accounts and 0010_change_seq for an existing one; the revisions keep their own copies.
"""

from __future__ import annotations

from typing import Final

from sqlalchemy import Connection, Table

__all__ = ["APPEND_ONLY_MESSAGE", "install_append_only"]

APPEND_ONLY_MESSAGE: Final = "audit_entry is append-only"

#: the columns an UPDATE must leave alone when it only numbers a row for sync (change_seq, from NULL once)
COLUMNS: Final = ("id", "at", "officer_id", "officer_name", "hostname", "entity", "entity_id", "action", "field",
                  "old_value", "new_value")
_NUMBERING_ONLY: Final = "OLD.change_seq IS NULL AND NEW.change_seq IS NOT NULL AND " + " AND ".join(
    f"NEW.{c} IS OLD.{c}" for c in COLUMNS)

SQLITE: Final = (
    f"CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry WHEN NOT ({_NUMBERING_ONLY}) "
    f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE}'); END",
    f"CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry "
    f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE}'); END",
)
POSTGRESQL: Final = (
    "CREATE OR REPLACE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "IF TG_OP = 'UPDATE' THEN IF OLD.change_seq IS NULL AND NEW.change_seq IS NOT NULL AND "
    "(to_jsonb(NEW) - 'change_seq') = (to_jsonb(OLD) - 'change_seq') THEN RETURN NEW; END IF; END IF; "
    f"RAISE EXCEPTION '{APPEND_ONLY_MESSAGE}'; END $$",
    "CREATE TRIGGER audit_entry_no_change BEFORE UPDATE OR DELETE ON audit_entry "
    "FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()",
    "CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only()",
)


def install_append_only(target: Table, connection: Connection, **_kw: object) -> None:
    """The ``after_create`` listener of the audit_entry table."""
    statements = {"sqlite": SQLITE, "postgresql": POSTGRESQL}.get(connection.dialect.name, ())
    for statement in statements:
        connection.exec_driver_sql(statement)
