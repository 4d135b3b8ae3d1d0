"""Indexes behind search-as-you-type on the UMKM list.

SQLite: an FTS5 table with the trigram tokenizer (SQLite >= 3.34) over ``business.search_text``, kept in step by
triggers. It is keyed by ``business_id`` rather than rowid because VACUUM may renumber the implicit rowids of a
table whose primary key is not an INTEGER. Where FTS5 or the trigram tokenizer is missing, nothing is created and
the query falls back to a substring scan (see services.business_query).

PostgreSQL: a pg_trgm GIN index on ``search_text`` when the extension can be created; otherwise the same LIKE
query simply scans.

:func:`create_search_index` is idempotent and cheap when the index already exists, so it can run at every start.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

FTS_TABLE = "business_fts"

_SQLITE_DDL = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(business_id UNINDEXED, search_text, tokenize='trigram')",
    f"""CREATE TRIGGER IF NOT EXISTS business_fts_ai AFTER INSERT ON business BEGIN
        INSERT INTO {FTS_TABLE}(business_id, search_text) VALUES (new.id, new.search_text);
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS business_fts_au AFTER UPDATE OF search_text ON business
        WHEN old.search_text IS NOT new.search_text BEGIN
        DELETE FROM {FTS_TABLE} WHERE business_id = old.id;
        INSERT INTO {FTS_TABLE}(business_id, search_text) VALUES (new.id, new.search_text);
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS business_fts_ad AFTER DELETE ON business BEGIN
        DELETE FROM {FTS_TABLE} WHERE business_id = old.id;
    END""",
)


def sqlite_has_fts(connection: Connection) -> bool:
    """Whether the trigram FTS table exists in this SQLite database."""
    found = connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"), {"name": FTS_TABLE}
    ).first()
    return found is not None


def create_search_index(connection: Connection) -> bool:
    """Create the search index (and fill it from existing rows) if missing; returns whether one is in use."""
    dialect = connection.dialect.name
    if dialect == "sqlite":
        return _create_sqlite(connection)
    if dialect == "postgresql":
        return _create_postgresql(connection)
    return False


def _create_sqlite(connection: Connection) -> bool:
    if sqlite_has_fts(connection):
        return True
    savepoint = connection.begin_nested()
    try:
        for statement in _SQLITE_DDL:
            connection.exec_driver_sql(statement)
        connection.exec_driver_sql(
            f"INSERT INTO {FTS_TABLE}(business_id, search_text) SELECT id, search_text FROM business"
        )
    except Exception:  # noqa: BLE001 - FTS5 or the trigram tokenizer not compiled in: fall back to LIKE
        savepoint.rollback()
        return False
    savepoint.commit()
    return True


def _create_postgresql(connection: Connection) -> bool:
    savepoint = connection.begin_nested()
    try:
        connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        connection.exec_driver_sql(
            "CREATE INDEX IF NOT EXISTS ix_business_search_trgm ON business USING gin (search_text gin_trgm_ops)"
        )
    except Exception:  # noqa: BLE001 - no privilege to create the extension: LIKE still works, unindexed
        savepoint.rollback()
        return False
    savepoint.commit()
    return True
