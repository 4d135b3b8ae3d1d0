"""Helpers for the store tests: generic rows for every table of a reflected schema, schema snapshots."""

from __future__ import annotations

import itertools
import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    Float,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    Uuid,
    create_engine,
    inspect,
    select,
)
from sqlalchemy.engine import URL

ROWS_PER_TABLE = 2


def _value(column: Column, n: int) -> Any:
    t = column.type
    if isinstance(t, Uuid):
        return uuid.UUID(int=n + 1)
    if isinstance(t, Boolean):
        return n % 2 == 0
    if isinstance(t, DateTime):
        return datetime(2025, 1, 1, 8, 0, n % 60, tzinfo=UTC)
    if isinstance(t, Date):
        return date(2025, 1, 1 + n % 28)
    if isinstance(t, Integer | BigInteger):
        return 1000 + n
    if isinstance(t, Float | Numeric):
        return 1.5 + n
    if isinstance(t, String | Text):
        text = f"v{n}"
        if column.name == "id" or (isinstance(t, String) and t.length == 32 and "id" in column.name):
            return uuid.UUID(int=n + 1).hex  # SQLite reflects Uuid as CHAR(32)
        length = getattr(t, "length", None)
        return text[-length:] if length else text
    raise AssertionError(f"no test value for {column.table.name}.{column.name} ({t!r})")


def fill_every_table(connection: Connection, *, skip: set[str] = frozenset()) -> dict[str, list[dict]]:
    """Insert ROWS_PER_TABLE rows into every table of the database as it is (reflected), parents first.

    Row i of a child points at row i of each parent, so every foreign key is satisfied. Returns the rows.
    """
    metadata = MetaData()
    metadata.reflect(connection)
    counter = itertools.count(1)
    inserted: dict[str, list[dict]] = {}
    for table in metadata.sorted_tables:
        if table.name in skip or table.name == "alembic_version" or table.name.startswith("business_fts"):
            continue
        rows = []
        for i in range(ROWS_PER_TABLE):
            row: dict[str, Any] = {}
            for column in table.columns:
                fks = list(column.foreign_keys)
                if fks:
                    fk = fks[0]
                    parent_rows = inserted[fk.column.table.name]
                    row[column.name] = parent_rows[i][fk.column.name]
                else:
                    row[column.name] = _value(column, next(counter))
            rows.append(row)
        connection.execute(table.insert(), rows)
        inserted[table.name] = rows
    return inserted


def snapshot_rows(connection: Connection, columns_of: dict[str, list[str]]) -> dict[str, list[tuple]]:
    """Every row of every table, restricted to the given columns, in primary-key order."""
    metadata = MetaData()
    metadata.reflect(connection, only=list(columns_of))
    result = {}
    for name, columns in columns_of.items():
        table: Table = metadata.tables[name]
        order = list(table.primary_key.columns) or [table.c[columns[0]]]
        stmt = select(*(table.c[c] for c in columns)).order_by(*order)
        result[name] = [tuple(r) for r in connection.execute(stmt)]
    return result


def table_columns(connection: Connection) -> dict[str, list[str]]:
    insp = inspect(connection)
    return {
        t: [c["name"] for c in insp.get_columns(t)]
        for t in insp.get_table_names()
        if t != "alembic_version" and not t.startswith("business_fts")
    }


def schema_summary(url: URL | str) -> dict[str, Any]:
    """Order-independent description of a schema: columns with types, PKs, FKs, indexes, unique constraints."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            insp = inspect(conn)
            summary = {}
            for t in sorted(insp.get_table_names()):
                if t.startswith("business_fts"):
                    continue
                summary[t] = {
                    "columns": sorted(
                        (c["name"], str(c["type"]), bool(c["nullable"])) for c in insp.get_columns(t)
                    ),
                    "pk": insp.get_pk_constraint(t),
                    "fks": sorted(
                        (fk["name"], tuple(fk["constrained_columns"]), fk["referred_table"])
                        for fk in insp.get_foreign_keys(t)
                    ),
                    "indexes": sorted(
                        (ix["name"], tuple(ix["column_names"]), bool(ix["unique"])) for ix in insp.get_indexes(t)
                    ),
                    "uniques": sorted(
                        (u["name"], tuple(u["column_names"])) for u in insp.get_unique_constraints(t)
                    ),
                }
            return summary
    finally:
        engine.dispose()
