"""Indexes behind search-as-you-type on the UMKM list.

SQLite: an FTS5 table with the trigram tokenizer (SQLite >= 3.34) over ``business.search_text``, kept in step by
triggers. Its rowid is the business's rowid, so a search reads only FTS rowids and then businesses by their
integer key (keying by ``business_id`` instead cost a content-table read and a UUID index search per match, and
a full scan of the FTS table for every edit). ``business_id`` is kept beside it: VACUUM or a table rebuild by a
migration may renumber the implicit rowids of a table whose primary key is not an INTEGER, so at every start
:func:`create_search_index` checks that the triggers are present and that the newest FTS row still points at the
same business, and rebuilds the index otherwise (the app itself never VACUUMs; backups copy pages). Where FTS5
or the trigram tokenizer is missing, nothing is created and the query falls back to a substring scan (see
services.business_query).

PostgreSQL: a pg_trgm GIN index on ``search_text`` when the extension can be created; otherwise the same LIKE
query simply scans.

:func:`create_search_index` is idempotent and cheap when the index already exists, so it can run at every start.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

FTS_TABLE = "business_fts"

_TRIGGERS = ("business_fts_ai", "business_fts_au", "business_fts_ad")
_SQLITE_DDL = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(business_id UNINDEXED, search_text, tokenize='trigram')",
    f"""CREATE TRIGGER business_fts_ai AFTER INSERT ON business BEGIN
        INSERT INTO {FTS_TABLE}(rowid, business_id, search_text) VALUES (new.rowid, new.id, new.search_text);
    END""",
    f"""CREATE TRIGGER business_fts_au AFTER UPDATE OF search_text ON business
        WHEN old.search_text IS NOT new.search_text BEGIN
        DELETE FROM {FTS_TABLE} WHERE rowid = old.rowid;
        INSERT INTO {FTS_TABLE}(rowid, business_id, search_text) VALUES (new.rowid, new.id, new.search_text);
    END""",
    f"""CREATE TRIGGER business_fts_ad AFTER DELETE ON business BEGIN
        DELETE FROM {FTS_TABLE} WHERE rowid = old.rowid;
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


def _sqlite_index_current(connection: Connection) -> bool:
    """The FTS table, its three rowid-keyed triggers, and the newest FTS row pointing at the same business."""
    triggers: dict[str, str | None] = dict(
        connection.execute(
            text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'business'")
        ).all()
    )
    if not all(".rowid" in (triggers.get(name) or "") for name in _TRIGGERS):  # missing, or by business_id
        return False
    newest = connection.execute(
        text(f"SELECT f.business_id, b.id FROM {FTS_TABLE} AS f LEFT JOIN business AS b ON b.rowid = f.rowid "
             "ORDER BY f.rowid DESC LIMIT 1")
    ).first()
    if newest is None:  # an empty index is right only for an empty table
        return connection.execute(text("SELECT 1 FROM business LIMIT 1")).first() is None
    return newest[1] is not None and str(newest[0]).replace("-", "") == str(newest[1]).replace("-", "")


def _drop_sqlite(connection: Connection) -> None:
    for name in _TRIGGERS:
        connection.exec_driver_sql(f'DROP TRIGGER IF EXISTS "{name}"')
    connection.exec_driver_sql(f'DROP TABLE IF EXISTS "{FTS_TABLE}"')


def _create_sqlite(connection: Connection) -> bool:
    if sqlite_has_fts(connection):
        if _sqlite_index_current(connection):
            return True
        # An index of an older layout, or one whose rowids no longer match the businesses': build it again.
        savepoint = connection.begin_nested()
        _drop_sqlite(connection)
        savepoint.commit()
    savepoint = connection.begin_nested()
    try:
        for statement in _SQLITE_DDL:
            connection.exec_driver_sql(statement)
        connection.exec_driver_sql(
            f"INSERT INTO {FTS_TABLE}(rowid, business_id, search_text) SELECT rowid, id, search_text FROM business"
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
