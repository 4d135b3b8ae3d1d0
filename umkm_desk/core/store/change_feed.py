"""PostgreSQL: every write to the office's tables sends a notification (``NOTIFY umkm_desk_changes, '<table>'``)
that the other PCs' windows listen for, so their lists refresh when a colleague saves (services.server.changes).

Statement-level triggers: one notification per statement, and PostgreSQL delivers them only when the writing
transaction commits (identical ones folded into one), so a rolled-back save announces nothing. Created at startup
when missing (like the search index), so that a database made by ``create_all`` gets them too; checking costs
one catalogue query.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

CHANNEL = "umkm_desk_changes"
_FUNCTION = "umkm_desk_notify_change"
_TRIGGER = "umkm_desk_change"

_CREATE_FUNCTION = f"""
CREATE OR REPLACE FUNCTION {_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME);
    RETURN NULL;
END $$"""


def watched_tables() -> list[str]:
    from umkm_desk.core.store.models import Base

    return [t.name for t in Base.metadata.sorted_tables if t.name not in ("kecamatan", "kelurahan")]


def ensure_change_triggers(connection: Connection) -> int:
    """Create the notification triggers that are missing (PostgreSQL only); returns how many were made."""
    if connection.dialect.name != "postgresql":
        return 0
    present = set(connection.execute(
        text("SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgname = :name"),
        {"name": _TRIGGER},
    ).scalars())
    missing = [name for name in watched_tables() if name not in present]
    if not missing:
        return 0
    connection.execute(text(_CREATE_FUNCTION))
    for name in missing:
        connection.execute(text(
            f'CREATE TRIGGER {_TRIGGER} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "{name}" '
            f"FOR EACH STATEMENT EXECUTE FUNCTION {_FUNCTION}()"
        ))
    return len(missing)
