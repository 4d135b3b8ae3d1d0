"""Which rows changed since a sync package: a per-row change sequence, so that "Buat paket" reads only them.

Every table that travels between PCs has a ``change_seq`` column (indexed, not mapped by the ORM, so that no
service writes it by hand). NULL means "changed and not yet numbered": an insert leaves it NULL, and a trigger
sets it back to NULL on every update. Making a package first numbers every NULL row with the next value of the
one-row ``sync_counter`` (one UPDATE a table, through the index), then reads the rows numbered after the last
package to that PC. A deleted row leaves a tombstone (``sync_tombstone``) numbered the same way.

Numbering when a package is made, rather than when a row is written, keeps the order right on a server: a
transaction still open while a package is made has left its rows NULL (its own version), so they get a later
number when it has committed, never an earlier number that the package already passed. The packages themselves
are serialised by the counter row's lock.

Triggers: SQLite resets the column with a nested UPDATE after the row's update (``WHEN`` the statement did not
set the column itself: the numbering does); PostgreSQL in a BEFORE trigger. The audit trail stays append-only
except for numbering a row once (``audit_guard``).
"""

from __future__ import annotations

from typing import Final

from sqlalchemy import BigInteger, Column, Connection, Index, Integer, String, Table, event

from umkm_desk.core.store.models import Base

COLUMN: Final = "change_seq"
#: tables that describe this database only and never travel (the sync module's LOCAL_TABLES)
UNTRACKED: Final = frozenset({
    "kecamatan", "kelurahan", "document_counter", "sync_peer", "sync_base", "sync_outbox", "sync_conflict",
    "register_block", "sync_counter", "sync_tombstone",
})

sync_counter = Table(
    "sync_counter", Base.metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("value", BigInteger, nullable=False),
)
sync_tombstone = Table(
    "sync_tombstone", Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("table_name", String(40), nullable=False),
    Column("key1", String(64), nullable=False),
    Column("key2", String(64), nullable=True),
    Column(COLUMN, BigInteger, nullable=True, index=True),
)


def tracked_tables() -> list[Table]:
    return [t for t in Base.metadata.sorted_tables if t.name not in UNTRACKED]


def _add_columns() -> None:
    for table in tracked_tables():
        if COLUMN not in table.c:
            table.append_column(Column(COLUMN, BigInteger, nullable=True))
            Index(f"ix_{table.name}_{COLUMN}", table.c[COLUMN])


def sqlite_statements(table: str, keys: list[str]) -> list[str]:
    second = f"OLD.{keys[1]}" if len(keys) > 1 else "NULL"
    return [
        f"CREATE TRIGGER {table}_change_seq AFTER UPDATE ON {table} "
        f"WHEN OLD.{COLUMN} IS NOT NULL AND NEW.{COLUMN} IS OLD.{COLUMN} "
        f"BEGIN UPDATE {table} SET {COLUMN} = NULL WHERE rowid = NEW.rowid; END",
        f"CREATE TRIGGER {table}_tombstone AFTER DELETE ON {table} "
        f"BEGIN INSERT INTO sync_tombstone (table_name, key1, key2) VALUES ('{table}', OLD.{keys[0]}, {second}); "
        "END",
    ]


POSTGRESQL_FUNCTIONS: Final = (
    f"""CREATE OR REPLACE FUNCTION umkm_desk_change_seq() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.{COLUMN} IS NOT DISTINCT FROM OLD.{COLUMN} THEN
        NEW.{COLUMN} := NULL;
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


def postgresql_statements(table: str, keys: list[str]) -> list[str]:
    arguments = ", ".join(f"'{k}'" for k in keys)
    return [
        f"CREATE TRIGGER {table}_change_seq BEFORE UPDATE ON {table} "
        "FOR EACH ROW EXECUTE FUNCTION umkm_desk_change_seq()",
        f"CREATE TRIGGER {table}_tombstone AFTER DELETE ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION umkm_desk_tombstone({arguments})",
    ]


def install(connection: Connection, tables: list[tuple[str, list[str]]]) -> None:
    """The triggers of ``tables`` ((name, primary key columns)) and the counter's one row."""
    dialect = connection.dialect.name
    if dialect == "postgresql":
        for statement in POSTGRESQL_FUNCTIONS:
            connection.exec_driver_sql(statement)
    for name, keys in tables:
        statements = sqlite_statements(name, keys) if dialect == "sqlite" else \
            postgresql_statements(name, keys) if dialect == "postgresql" else []
        for statement in statements:
            connection.exec_driver_sql(statement)
    connection.execute(sync_counter.insert().values(id=1, value=0))


def _after_create(_target: object, connection: Connection, **_kw: object) -> None:
    """A new database made by ``create_all``: every tracked table's triggers (the revision makes its own)."""
    install(connection, [(t.name, [c.name for c in t.primary_key.columns]) for t in tracked_tables()])


_add_columns()
event.listen(Base.metadata, "after_create", _after_create)
