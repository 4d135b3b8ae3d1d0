"""The audit trail is append-only, and the database itself says so: triggers refuse UPDATE and DELETE on
``audit_entry`` (and TRUNCATE on PostgreSQL), whatever program connects.

Installed by ``create_all`` for a new database (an ``after_create`` event on the table, see models.py) and by
revision 0005_accounts for an existing one; the revision keeps its own copy of these statements.
"""

from __future__ import annotations

from typing import Final

from sqlalchemy import Connection, Table

__all__ = ["APPEND_ONLY_MESSAGE", "install_append_only"]

APPEND_ONLY_MESSAGE: Final = "audit_entry is append-only"

SQLITE: Final = (
    f"CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry "
    f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE}'); END",
    f"CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry "
    f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE}'); END",
)
POSTGRESQL: Final = (
    "CREATE OR REPLACE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
    f"BEGIN RAISE EXCEPTION '{APPEND_ONLY_MESSAGE}'; END $$",
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
