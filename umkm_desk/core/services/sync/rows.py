"""Rows as plain JSON values: which tables travel, how a row is keyed, written, read back and hashed.

Generic over ``Base.metadata`` so that a table or column added later travels without changes here.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Column, Date, DateTime, Table, TypeDecorator, Uuid, and_, select
from sqlalchemy.orm import Session

from umkm_desk.core.store.change_seq import COLUMN, UNTRACKED
from umkm_desk.core.store.models import Base

Row = dict[str, Any]

#: tables that describe this database only: reference data loaded at start, the local register counter, the
#: sync bookkeeping itself
LOCAL_TABLES = UNTRACKED
#: columns that describe this database's copy of a row, never sent or compared
LOCAL_COLUMNS = frozenset({COLUMN})
#: rows that are written once and never changed (the audit is append-only)
INSERT_ONLY = frozenset({"audit_entry", "case_event"})
#: setting keys that belong to this PC (its identity), never sent
LOCAL_SETTING_PREFIX = "sync."


def synced_tables() -> list[Table]:
    """Parents before children, so inserts in this order satisfy every foreign key."""
    return [t for t in Base.metadata.sorted_tables if t.name not in LOCAL_TABLES]


def table_named(name: str) -> Table | None:
    table = Base.metadata.tables.get(name)
    return table if table is not None and table.name not in LOCAL_TABLES else None


def _kind(column: Column[Any]) -> str:
    kind = column.type.impl if isinstance(column.type, TypeDecorator) else column.type
    if isinstance(kind, Uuid):
        return "uuid"
    if isinstance(kind, DateTime):
        return "datetime"
    if isinstance(kind, Date):
        return "date"
    return "plain"


def to_json(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
        return aware.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def from_json(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    kind = _kind(column)
    if kind == "uuid":
        return uuid.UUID(value)
    if kind == "datetime":
        return datetime.fromisoformat(value)
    if kind == "date":
        return date.fromisoformat(value)
    return value


def row_to_json(table: Table, values: Any) -> Row:
    return {c.name: to_json(values[c.name]) for c in table.columns if c.name not in LOCAL_COLUMNS}


def row_from_json(table: Table, row: Row) -> dict[str, Any]:
    return {c.name: from_json(c, row.get(c.name)) for c in table.columns
            if c.name in row and c.name not in LOCAL_COLUMNS}


def key_of(table: Table, row: Row) -> str:
    return json.dumps([row[c.name] for c in table.primary_key.columns], separators=(",", ":"))


def row_hash(row: Row) -> str:
    return text_hash(dumps(row))


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def dumps(row: Row | None) -> str:
    return json.dumps(row, sort_keys=True, ensure_ascii=False)


def is_local_row(table: Table, row: Row) -> bool:
    return table.name == "setting" and str(row.get("key", "")).startswith(LOCAL_SETTING_PREFIX)


def read_rows(session: Session, table: Table) -> Iterator[Row]:
    for values in session.execute(select(table)).mappings():
        row = row_to_json(table, values)
        if not is_local_row(table, row):
            yield row


def where_key(table: Table, key: str) -> Any:
    values = json.loads(key)
    return and_(*(c == from_json(c, v) for c, v in zip(table.primary_key.columns, values, strict=True)))


def read_rows_by_key(session: Session, table: Table, keys: list[str]) -> dict[str, Row]:
    """The local rows among ``keys``, by key: a few IN queries for a one-column key, one scan otherwise."""
    found: dict[str, Row] = {}
    columns = list(table.primary_key.columns)
    if len(columns) != 1:
        wanted = set(keys)
        for row in read_rows(session, table):
            key = key_of(table, row)
            if key in wanted:
                found[key] = row
        return found
    column = columns[0]
    values = [from_json(column, json.loads(key)[0]) for key in keys]
    for start in range(0, len(values), 500):
        query = select(table).where(column.in_(values[start:start + 500]))
        for mapping in session.execute(query).mappings():
            row = row_to_json(table, mapping)
            found[key_of(table, row)] = row
    return found


def insert_rows(session: Session, table: Table, rows: list[Row]) -> None:
    values = [row_from_json(table, row) for row in rows]
    for start in range(0, len(values), 500):
        session.execute(table.insert(), values[start:start + 500])


def read_row(session: Session, table: Table, key: str) -> Row | None:
    values = session.execute(select(table).where(where_key(table, key))).mappings().first()
    return row_to_json(table, values) if values is not None else None


def write_row(session: Session, table: Table, row: Row, *, exists: bool) -> None:
    values = row_from_json(table, row)
    if exists:
        key = key_of(table, row)
        session.execute(table.update().where(where_key(table, key)).values(**values))
    else:
        session.execute(table.insert().values(**values))


def delete_row(session: Session, table: Table, key: str) -> None:
    session.execute(table.delete().where(where_key(table, key)))
