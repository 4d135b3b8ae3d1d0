"""Statements compiled once per shape, then run with only their values bound.

A search keystroke runs four to seven statements whose structure depends only on the shape of what was typed (how
many terms, how many alternatives each, short or long, digits or letters), never on the letters themselves.
Building such a statement with SQLAlchemy (constructing the expression, computing its cache key, binding) cost
more than SQLite's running it, so each shape is built and compiled once and its SQL text kept; later calls bind
their values by name and go to the driver through ``exec_driver_sql`` (the engine's events still see every
statement).

A builder must give every value that differs between two calls of the same shape a stable bind name and pass it
in ``values``; the other values (constants of the shape, such as a walk's row bound) are kept from the first
build. :data:`VERIFY` (set by the tests) builds every statement again on each call and checks that the cached
SQL and values are the ones the fresh build gives.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, CursorResult, Executable
from sqlalchemy.sql.elements import ClauseElement

#: build every statement again and compare (tests only: it costs what the cache saves)
VERIFY = False
#: shapes kept; a session of searching meets a few dozen
_LIMIT = 512


@dataclass(frozen=True, slots=True)
class _Compiled:
    sql: str
    #: bind names in the order of the SQL's placeholders (qmark drivers); None: named placeholders
    positions: tuple[str, ...] | None
    defaults: dict[str, Any]


_cache: dict[tuple[str, Hashable], _Compiled | None] = {}
_MISSING: Any = object()


def _compile(statement: ClauseElement, connection: Connection, values: Mapping[str, Any]) -> _Compiled | None:
    compiled = statement.compile(dialect=connection.dialect)
    sql = compiled.string
    if "POSTCOMPILE" in sql:  # expanding or literal-rendered values: not a fixed text
        return None
    positions = getattr(compiled, "positiontup", None)
    return _Compiled(sql, tuple(positions) if positions is not None else None, dict(compiled.construct_params(dict(values)) or {}))


def execute(
    connection: Connection,
    shape: Hashable,
    build: Callable[[], Executable],
    values: Mapping[str, Any] | None = None,
) -> CursorResult[Any]:
    """Run the statement of ``shape`` (``build()`` makes it, only the first time) with ``values`` bound by name."""
    key = (connection.dialect.name, shape)
    # one lookup: the background count runs here too, and a full cache is cleared from either thread
    compiled = _cache.get(key, _MISSING)
    if compiled is _MISSING or VERIFY:
        statement = build()
        fresh = _compile(statement, connection, values or {})  # type: ignore[arg-type]
        if compiled is not _MISSING:
            _check(compiled, fresh, values or {}, shape)
        if len(_cache) >= _LIMIT:
            _cache.clear()
        compiled = _cache[key] = fresh
        if compiled is None:
            return connection.execute(statement, dict(values or {}))
    if compiled is None:
        return connection.execute(build(), dict(values or {}))
    bound = {**compiled.defaults, **values} if values else compiled.defaults
    if compiled.positions is None:
        return connection.exec_driver_sql(compiled.sql, {name: bound[name] for name in compiled.defaults})
    return connection.exec_driver_sql(compiled.sql, tuple(bound[name] for name in compiled.positions))


def prepare(
    connection: Connection, shape: Hashable, build: Callable[[], Executable], values: Mapping[str, Any] | None = None
) -> None:
    """Compile the statement of ``shape`` now, without running it (a warm-up before the first search)."""
    key = (connection.dialect.name, shape)
    if key not in _cache:
        if len(_cache) >= _LIMIT:
            _cache.clear()
        _cache[key] = _compile(build(), connection, values or {})  # type: ignore[arg-type]


def _check(cached: _Compiled | None, fresh: _Compiled | None, values: Mapping[str, Any], shape: Hashable) -> None:
    if cached is None or fresh is None:
        assert cached == fresh, f"shape {shape!r}: compiled once, not the other time"
        return
    assert cached.sql == fresh.sql, f"shape {shape!r} gave two texts:\n{cached.sql}\n{fresh.sql}"
    bound = {**cached.defaults, **values}
    assert {name: bound[name] for name in fresh.defaults} == fresh.defaults, (
        f"shape {shape!r}: a value that varies is not passed by name: {bound} != {fresh.defaults}"
    )


def clear() -> None:
    """Forget every compiled shape (tests)."""
    _cache.clear()
