"""Which rows changed since the last package to a PC, through the per-row change sequence (store.change_seq):
number what is unnumbered, then read only the rows and tombstones numbered after that PC's last package."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Table, select, update
from sqlalchemy.orm import Session

from umkm_desk.core.services.sync.rows import Row, from_json, is_local_row, row_to_json, to_json, where_key
from umkm_desk.core.store.change_seq import COLUMN, sync_counter, sync_tombstone, tracked_tables


def number_changes(session: Session) -> int:
    """Give every row changed since the last numbering (and every new tombstone) the next number; returns it.

    The counter row's lock makes a second package wait until this one is done."""
    session.execute(update(sync_counter).where(sync_counter.c.id == 1).values(value=sync_counter.c.value + 1))
    value = int(session.scalar(select(sync_counter.c.value).where(sync_counter.c.id == 1)) or 0)
    for table in [*tracked_tables(), sync_tombstone]:
        session.execute(update(table).where(table.c[COLUMN].is_(None)).values(_only(table, value)))
    return value


def _only(table: Table, value: int | None) -> dict[str, Any]:
    """The change sequence alone: a stamp column's ``onupdate`` must not make numbering look like an edit."""
    values: dict[str, Any] = {COLUMN: value}
    for column in table.columns:
        if column.onupdate is not None:
            values[column.name] = column
    return values


def changed_rows(session: Session, table: Table, since: int, upto: int) -> Iterator[Row]:
    column = table.c[COLUMN]
    query = select(table).where(column > since, column <= upto) if since else select(table)
    for values in session.execute(query).mappings():
        row = row_to_json(table, values)
        if not is_local_row(table, row):
            yield row


def deleted_keys(session: Session, table: Table, since: int, upto: int) -> list[str]:
    """Keys of the rows of ``table`` deleted between the two numbers (as ``key_of`` writes them)."""
    columns = list(table.primary_key.columns)
    rows = session.execute(select(sync_tombstone.c.key1, sync_tombstone.c.key2).where(
        sync_tombstone.c.table_name == table.name, sync_tombstone.c[COLUMN] > since,
        sync_tombstone.c[COLUMN] <= upto))
    keys = []
    for first, second in rows:
        raw = [first, second][: len(columns)]
        keys.append(json.dumps([to_json(from_json(c, v)) for c, v in zip(columns, raw, strict=True)],
                               separators=(",", ":")))
    return list(dict.fromkeys(keys))


def forget_tombstones(session: Session, upto: int) -> None:
    """Tombstones every PC has been sent past are no longer needed."""
    session.execute(sync_tombstone.delete().where(sync_tombstone.c[COLUMN] <= upto))


def touch(session: Session, table: Any, key: str) -> None:
    """A row to be considered again by the next package to every PC (compared with what each holds)."""
    session.execute(update(table).where(where_key(table, key)).values(_only(table, None)))


def note_deleted(session: Session, table_name: str, key: str) -> None:
    """A row the next package should delete at the PCs that hold it, although it was never deleted here."""
    values = [str(v) for v in json.loads(key)]
    session.execute(sync_tombstone.insert().values(table_name=table_name, key1=values[0],
                                                   key2=values[1] if len(values) > 1 else None))

