"""Bulk writing for the demo load: rows buffered per table and written parents first in chunks.

On SQLite the rows go to the DBAPI's executemany from a helper thread, already in SQLAlchemy's storage format.
"""

from __future__ import annotations

import operator
import queue
import threading
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Date, DateTime, Table, Uuid, insert
from sqlalchemy.types import TypeEngine

from umkm_desk.core.store.models import (
    Activity,
    Agreement,
    AuditEntry,
    Business,
    CapitalSupport,
    Case,
    CaseEvent,
    Officer,
    Outcome,
    Owner,
    Partner,
    Placement,
    PlacementArea,
    Repayment,
    Stage,
    WorkPlan,
)

INSERT_CHUNK = 5_000  # rows per executemany


def _sqlite_converter(column_type: TypeEngine[Any]) -> Callable[[Any], Any] | None:
    """The value SQLAlchemy's SQLite dialect stores for a non-None value of this type (None: as is).

    tests/test_demo.py checks these against SQLAlchemy's own bind processors.
    """
    if isinstance(column_type, Uuid):
        return None  # the generator already produces 32 hex digits on SQLite
    if isinstance(column_type, DateTime) or isinstance(getattr(column_type, "impl", None), DateTime):
        cache: dict[datetime, str] = {}

        def stamp(value: datetime) -> str:
            text = cache.get(value)
            if text is None:
                text = cache[value] = f"{value:%Y-%m-%d %H:%M:%S}.{value.microsecond:06d}"
            return text

        return stamp
    if isinstance(column_type, Date):
        days: dict[date, str] = {}

        def day(value: date) -> str:
            text = days.get(value)
            if text is None:
                text = days[value] = value.isoformat()
            return text

        return day
    return None  # sqlite3 stores bool as 0/1 and int, float, str as they are


class _SqliteSink:
    """Runs the executemany calls on a helper thread, in order, on the transaction's own DBAPI connection.

    sqlite3 releases the GIL while SQLite works, so B-tree inserts overlap with generating the next batch
    on the second core. The main thread does not touch the connection until :meth:`close` has joined.
    """

    def __init__(self, dbapi_connection: Any) -> None:
        self.connection = dbapi_connection
        self.queue: queue.Queue[tuple[str, list[tuple[Any, ...]]] | None] = queue.Queue(maxsize=6)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="umkm-demo-writer", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        cursor = self.connection.cursor()
        try:
            while (item := self.queue.get()) is not None:
                if self.error is None:
                    try:
                        cursor.executemany(*item)
                    except BaseException as exc:  # noqa: BLE001 - handed to the main thread
                        self.error = exc
        finally:
            cursor.close()

    def put(self, sql: str, params: list[tuple[Any, ...]]) -> None:
        if self.error is not None:
            raise self.error
        self.queue.put((sql, params))

    def close(self) -> None:
        """Wait until everything queued is written; re-raise the writer's error, if any."""
        if self.thread.is_alive():
            self.queue.put(None)
            self.thread.join()
        if self.error is not None:
            raise self.error


class _Writer:
    """Buffers rows per table and writes them, parents first, in chunks.

    On SQLite the rows go straight to the DBAPI's executemany as tuples in SQLAlchemy's storage format
    (SQLAlchemy's per-row parameter processing would double the load time); elsewhere through Core
    ``insert()`` executemany.
    """

    ORDER: tuple[Table, ...] = tuple(
        m.__table__  # type: ignore[misc]
        for m in (
            Officer, Partner, Agreement, Placement, PlacementArea, Owner, Business, Case, Stage, CaseEvent,
            Activity, CapitalSupport, Repayment, Outcome, WorkPlan, AuditEntry,
        )
    )

    def __init__(self, conn: Connection, sink: _SqliteSink | None) -> None:
        self.conn = conn
        self.sink = sink
        self.buffers: dict[str, list[dict[str, Any]]] = {t.name: [] for t in self.ORDER}
        self.counts: dict[str, int] = {t.name: 0 for t in self.ORDER}
        self.versioned = {t.name for t in self.ORDER if "version" in t.columns}
        self.plans: dict[str, tuple[str, Callable[[dict[str, Any]], tuple[Any, ...]], list[tuple[int, Any]]]] = {}
        for table in self.ORDER:
            # a new row's change sequence is left unnumbered (NULL), as every insert leaves it
            columns = [c for c in table.columns if c.name != "change_seq"]
            names = [c.name for c in columns]
            sql = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
            getter = operator.itemgetter(*names)
            converters = [(i, conv) for i, c in enumerate(columns) if (conv := _sqlite_converter(c.type))]
            self.plans[table.name] = (sql, getter, converters)

    def add(self, table: str, row: dict[str, Any]) -> None:
        if table in self.versioned:  # a new record is at its first version
            row.setdefault("version", 1)
        self.buffers[table].append(row)

    def flush(self) -> None:
        for table in self.ORDER:
            rows = self.buffers[table.name]
            if not rows:
                continue
            if self.sink is not None:
                sql, getter, converters = self.plans[table.name]
                for start in range(0, len(rows), INSERT_CHUNK):
                    params = []
                    for row in rows[start : start + INSERT_CHUNK]:
                        values = list(getter(row))
                        for i, conv in converters:
                            value = values[i]
                            if value is not None:
                                values[i] = conv(value)
                        params.append(tuple(values))
                    self.sink.put(sql, params)
            else:
                statement = insert(table)
                for start in range(0, len(rows), INSERT_CHUNK):
                    self.conn.execute(statement, rows[start : start + INSERT_CHUNK])
            self.counts[table.name] += len(rows)
            rows.clear()
