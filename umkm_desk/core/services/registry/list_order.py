"""The UMKM list's display orders as SQL (part by part along the sort indexes, or one ORDER BY over the
matches), the head a keystroke draws (:class:`KeyHead`), and the reading of keys from the driver's cursor."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    CompoundSelect,
    Connection,
    CursorResult,
    Select,
    SQLColumnExpression,
    TextClause,
    and_,
    bindparam,
    case,
    func,
    literal,
)

from umkm_desk.core.labels import SCALES, STAGE_ORDER
from umkm_desk.core.services.registry.business_filter import RowKey
from umkm_desk.core.store.models import Business

#: sort key -> the business column it orders by (one ix_business_sort_* index each), whether it may be NULL, and
#: for the columns whose order is not the codes' order, the codes in display order
_SORT_COLUMNS: dict[str, tuple[SQLColumnExpression[Any], bool, tuple[str, ...] | None]] = {
    "owner": (func.lower(Business.owner_name), False, None),
    "nik": (Business.owner_nik, True, None),
    "kelurahan": (Business.kelurahan_name, False, None),
    "kecamatan": (Business.kecamatan_name, False, None),
    "sector": (Business.sector, False, None),
    "scale": (Business.scale, False, tuple(SCALES)),
    "stage": (Business.current_stage, True, STAGE_ORDER),
    "partner": (Business.partner_name, True, None),
    "last_activity": (Business.last_activity_on, True, None),
}


_Part = tuple[ColumnElement[Any] | None, list[ColumnElement[Any]]]


def order_parts(sort: str, descending: bool, key: ColumnElement[Any]) -> list[_Part]:
    """The display order as consecutive parts, each ``(condition, ORDER BY)`` that one partial index
    ``(column, lower(name)) WHERE deleted_at IS NULL`` answers as an ordered range scan (its rowid makes it
    covering), so no part sorts anything.

    Descending is the ascending order reversed, except that empty values stay last in both directions (an officer
    sorting by date wants the dated rows first): NULLs are a part of their own. Scale and stage are ranked, not
    alphabetical: one part per code in rank order, then any unknown code in the ranges between the known ones."""
    name = func.lower(Business.name)

    def order(*columns: SQLColumnExpression[Any]) -> list[ColumnElement[Any]]:
        return [c.desc() if descending else c.asc() for c in (*columns, name, key)]

    if sort == "name":
        return [(None, order())]
    sort_column, nullable, ranked = _SORT_COLUMNS[sort]
    parts: list[_Part]
    if ranked is None:
        parts = [(sort_column.is_not(None) if nullable else None, order(sort_column))]
    else:
        codes = sorted(ranked)
        gaps = [sort_column < codes[0], sort_column > codes[-1]]
        gaps[1:1] = [and_(sort_column > low, sort_column < high) for low, high in zip(codes, codes[1:], strict=False)]
        known = [(sort_column == code, order()) for code in ranked]
        unknown = [(gap, order(sort_column)) for gap in gaps]
        parts = [*known, *unknown]
        if descending:
            parts = [*reversed(known), *reversed(unknown)]
    if nullable:
        parts.append((sort_column.is_(None), order()))
    return parts


def one_query_order(
    sort: str, descending: bool, key: ColumnElement[Any], *, scan: bool = False
) -> list[ColumnElement[Any]]:
    """The same order as :func:`order_parts` as one ORDER BY, for the narrowed lists: the planner picks the index of the
    search or filter and sorts the matches. ``scan``: every row is read anyway (a substring test), so the name is
    written so that it matches no index; otherwise the planner walks the name index and looks up all rows one by
    one, several times slower than a scan and a sort of the matches."""
    name = func.lower(Business.name + literal("")) if scan else func.lower(Business.name)
    if sort == "name":
        primary: list[SQLColumnExpression[Any]] = []
        last: list[ColumnElement[Any]] = []
    else:
        sort_column, _nullable, ranked = _SORT_COLUMNS[sort]
        if ranked is None:
            primary, last = [sort_column], [sort_column.is_(None)]
        else:
            rank = case({code: rank for rank, code in enumerate(ranked)}, value=sort_column, else_=len(ranked))
            last = [sort_column.is_(None), rank == len(ranked)]
            primary = [rank, sort_column]
    return [*last, *(c.desc() if descending else c.asc() for c in (*primary, name, key))]


def row_walk(
    stmt: Select[Any], order: list[ColumnElement[Any]], descending: bool
) -> Callable[[str | None], Select[Any]]:
    """A walk testing ``stmt``'s conditions on each row (the planner walks ix_business_sort_name in order)."""
    name = func.lower(Business.name)

    def walk(bound: str | None) -> Select[Any]:
        end: BindParameter[str | None] = bindparam("walk_bound", bound)
        ranged = stmt if bound is None else stmt.where(name >= end if descending else name <= end)
        return ranged.order_by(*order).limit(bindparam("walk_limit"))

    return walk


@dataclass(frozen=True, slots=True)
class KeyHead:
    """The first keys of a list, in display order, and how many businesses the whole list has."""

    keys: list[RowKey]
    total: int
    #: False: the list has more than ``total`` businesses, not counted yet (business_query.count_matches counts them)
    exact: bool = True


def scalars(
    connection: Connection, stmt: Select[Any] | CompoundSelect[Any] | TextClause,
    parameters: dict[str, Any] | None = None,
) -> list[RowKey]:
    """The first column of every row, read from the driver's cursor (SQLAlchemy still compiles, caches and binds
    the statement): building a Row per key costs as much as the whole index scan for 100,000 keys on SQLite, and
    as much as the driver's own reading of them on PostgreSQL. The key column is untyped, so there is nothing to
    convert."""
    result = connection.execute(stmt, parameters)
    try:
        if connection.dialect.name == "sqlite":
            # the sqlite3 cursor iterates; SQLAlchemy's DBAPICursor protocol does not declare __iter__
            return [row[0] for row in cast(sqlite3.Cursor, result.cursor)]
        return [row[0] for row in result.cursor.fetchall()]
    finally:
        result.close()


def scalars_of(result: CursorResult[Any]) -> list[RowKey]:
    """:func:`scalars` of a statement already run."""
    try:
        if result.connection.dialect.name == "sqlite":
            return [row[0] for row in cast(sqlite3.Cursor, result.cursor)]
        return [row[0] for row in result.cursor.fetchall()]
    finally:
        result.close()
