"""The head of the UMKM list (its first keys and its count) on a SQLite file.

A broad trigram term (tens of thousands of matches, such as the NIK region prefix "3673") is answered by walking the
name index in display order and testing each key against the FTS match set instead of sorting the matches; counts
come from the FTS index and the prefix ranges. Each statement is compiled once per shape of the search
(services.registry.shaped_sql), and :func:`warm_sqlite_search` compiles the common shapes before the first search.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Connection,
    Executable,
    Select,
    TextClause,
    bindparam,
    func,
    literal_column,
    select,
    text,
    union,
)

from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.registry import shaped_sql
from umkm_desk.core.services.registry.business_filter import (
    TRIGRAM,
    BusinessFilter,
    RowKey,
    filtered,
    fts_match,
    key_column,
    like_escape,
    prefix_counts,
    prefix_ranges,
    search_terms,
    search_values,
    uses_fts,
)
from umkm_desk.core.services.registry.list_order import (
    KeyHead,
    one_query_order,
    order_parts,
    row_walk,
    scalars_of,
)
from umkm_desk.core.services.registry.server_head import WARM_TERMS
from umkm_desk.core.store.models import Business
from umkm_desk.core.store.search_index import FTS_TABLE

#: How far a search's head may walk the names in display order, testing each row, before it orders the matches
#: instead. A walk finds the first matches without touching the others, but only if they come early, and where
#: they lie depends on the words ("abon bandeng" names come first, "warung" ones late): a walk is tried when
#: evenly spread matches would fill the head within two thirds of its rows, and falls back when they do not.
#: Measured on 100,000 businesses: a match ordered costs 1-2.5 us; a row tested through a table lookup about 2 us
#: (a digit prefix also tests the owner's name and NIK), a row tested from ix_business_search_walk alone (name and
#: search_text) about 0.27 us. Over the 80 commonest words of names, walks of up to 20,000 index rows gave a p95
#: of 19 ms and a worst case of 35 ms ("toko": a walk that fails, then its 9,900 matches ordered), against 26 and
#: 101 ms ("3673") for ordering the matches alone; 40,000 rows made the p95 33 ms.
_WALK_ROWS = 4_000


_INDEX_WALK_ROWS = 20_000


_WALK_INDEX = "ix_business_search_walk"


def sqlite_business_head(
    ctx: ServiceContext, connection: Connection, flt: BusinessFilter, sort: str, descending: bool, limit: int,
    *, warm: bool = False,
) -> KeyHead | None:
    """:func:`business_head` for the lists it reads in part, in one read transaction; None for the others.

    Each statement is compiled once per shape of the search (services.registry.shaped_sql) and run with the
    terms bound: building them anew cost more than SQLite's running them."""
    key = key_column(ctx)
    terms = search_terms(flt.search)
    if not terms:
        flt = dataclasses.replace(flt, search="")  # spaces only: no search
    if flt == BusinessFilter():
        keys: list[RowKey] = []
        for number, (condition, order) in enumerate(order_parts(sort, descending, key)):

            def part(condition: ColumnElement[Any] | None = condition, order: list[ColumnElement[Any]] = order,
                     ) -> Select[Any]:
                stmt, *_ = filtered(ctx, flt, key)
                return (stmt if condition is None else stmt.where(condition)).order_by(*order).limit(
                    bindparam("head_limit"))

            result = shaped_sql.execute(connection, ("whole", sort, descending, number), part,
                                        {"head_limit": limit - len(keys)})
            keys.extend(scalars_of(result))
            if len(keys) >= limit:
                return KeyHead(keys, _live_count(connection))
        return KeyHead(keys, len(keys))
    if not terms or sort != "name" or flt != BusinessFilter(search=flt.search):
        return None
    values = {**search_values(terms), "head_limit": limit}
    walk: _Walk | None = None
    if len(terms) == 1 and len(terms[0]) == 1 and len(terms[0][0]) < TRIGRAM:
        # names starting with the term lie together in name order, so a walk would pass every name before them;
        # NIKs are spread evenly over it
        term = terms[0][0]
        digits = term.isdigit()
        walk_rows = _WALK_ROWS
        if digits:
            walk = _Walk(("prefix", descending), lambda bound: row_walk(
                filtered(ctx, flt, key, rows=True)[0], one_query_order(sort, descending, key), descending)(bound))
        total = _prefix_count(connection, term)
        narrow: tuple[Hashable, Callable[[], Executable]] = (
            ("prefix head", digits, descending), lambda: _prefix_head(term, descending).limit(bindparam("head_limit")))
    elif uses_fts(ctx) and all(len(a) >= TRIGRAM for t in terms for a in t):
        shape = tuple(len(t) for t in terms)
        values["fts_match"] = fts_match(terms)
        walk_rows = _INDEX_WALK_ROWS
        walk = _Walk(("index", shape, descending), _index_walk(terms, descending))
        total = _fts_count(ctx, connection, flt, values)
        narrow = (("fts head", descending), lambda: filtered(ctx, flt, key)[0].order_by(
            *one_query_order(sort, descending, key)).limit(bindparam("head_limit")))
    else:
        return None
    if warm:  # the statements this search did not need to run, compiled for the next search of its shape
        shaped_sql.prepare(connection, narrow[0], narrow[1], values)
        if walk is not None:
            _prepare_walk(connection, walk, values, descending, walk_rows)
    walked = None
    if walk is not None and total > limit and 3 * limit * _live_count(connection) <= 2 * walk_rows * total:
        walked = _walked(connection, walk, values, descending, limit, walk_rows)
    if walked is None:
        walked = scalars_of(shaped_sql.execute(connection, narrow[0], narrow[1], values)) if total else []
    return KeyHead(walked, total)


@dataclass(frozen=True, slots=True)
class _Walk:
    """A walk of the names in display order for one shape of search: ``build(bound)`` makes its statement
    (ending at the name ``bound`` when there is one; the bound and the limit are bound as walk_bound and
    walk_limit)."""

    shape: Hashable
    build: Callable[[str | None], Select[Any] | TextClause]


def _walked(
    connection: Connection,
    walk: _Walk,
    values: dict[str, Any],
    descending: bool,
    limit: int,
    rows: int,
) -> list[RowKey] | None:
    """The first ``limit`` keys of a walk of the names in display order found within its first ``rows`` rows;
    None when fewer are there, and the matches must be ordered instead."""

    def bound_statement() -> Select[Any]:
        name = func.lower(Business.name)
        return (select(name).where(Business.deleted_at.is_(None))
                .order_by(name.desc() if descending else name.asc()).limit(1).offset(rows - 1))  # fmt: skip

    bound = shaped_sql.execute(connection, ("walk bound", descending, rows), bound_statement).scalar_one_or_none()
    result = shaped_sql.execute(connection, ("walk", walk.shape, bound is None), lambda: walk.build(bound),
                                {**values, "walk_bound": bound, "walk_limit": limit})
    keys = scalars_of(result)
    return keys if len(keys) >= limit or bound is None else None


def _prepare_walk(connection: Connection, walk: _Walk, values: dict[str, Any], descending: bool, rows: int) -> None:
    """:func:`_walked`'s statements compiled, not run (both with and without the bound)."""
    name = func.lower(Business.name)
    shaped_sql.prepare(connection, ("walk bound", descending, rows), lambda: (
        select(name).where(Business.deleted_at.is_(None))
        .order_by(name.desc() if descending else name.asc()).limit(1).offset(rows - 1)))  # fmt: skip
    for bound in (None, ""):

        def build(bound: str | None = bound) -> Select[Any] | TextClause:
            return walk.build(bound)

        shaped_sql.prepare(connection, ("walk", walk.shape, bound is None), build,
                           {**values, "walk_bound": bound, "walk_limit": 1})


def warm_sqlite_search(ctx: ServiceContext) -> None:
    """Compile the statements of the common search shapes (services.registry.shaped_sql) and let SQLite prepare
    them, so that the officer's first search costs what the next ones do. Reads no row (nothing matches)."""
    with ctx.db.read() as session:
        connection = session.connection()
        for term in WARM_TERMS:
            for descending in (False, True):
                sqlite_business_head(ctx, connection, BusinessFilter(search=term), "name", descending, 1, warm=True)


def _index_walk(terms: list[tuple[str, ...]], descending: bool) -> Callable[[str | None], TextClause]:
    """A walk for substring terms read from ix_business_search_walk alone (name and search_text). Written out
    because the planner prefers ix_business_sort_name, which orders equal names without a sort but reads every
    row's search_text from the table (8 times slower), and SQLAlchemy does not render SQLite's INDEXED BY."""
    parameters: dict[str, str] = {}
    conditions = []
    for alternatives in terms:
        likes = []
        for alternative in alternatives:
            number = f"walk_{len(parameters)}"
            parameters[number] = f"%{like_escape(alternative)}%"
            likes.append(f"search_text LIKE :{number} ESCAPE '\\'")
        conditions.append("(" + " OR ".join(likes) + ")")
    direction = "DESC" if descending else "ASC"

    def walk(bound: str | None) -> TextClause:
        ranged = "" if bound is None else f" AND lower(name) {'>=' if descending else '<='} :walk_bound"
        sql = (
            f"SELECT rowid FROM business INDEXED BY {_WALK_INDEX} WHERE deleted_at IS NULL AND "
            + " AND ".join(conditions) + ranged
            + f" ORDER BY lower(name) {direction}, rowid {direction} LIMIT :walk_limit"
        )  # fmt: skip
        clause = text(sql).bindparams(**parameters)
        return clause if bound is None else clause.bindparams(walk_bound=bound)

    return walk


def _live_count(connection: Connection) -> int:
    """Live businesses: every row (SQLite counts a b-tree without reading rows) less the archived ones (their own
    small partial index). ``WHERE deleted_at IS NULL`` alone would read the whole table."""
    return int(shaped_sql.execute(connection, "live count", _live_count_statement).scalar_one())


def _live_count_statement() -> Select[Any]:
    every = select(func.count()).select_from(Business).scalar_subquery()
    archived = select(func.count()).select_from(Business).where(Business.deleted_at.is_not(None)).scalar_subquery()
    return select(every - archived)


def _fts_count(ctx: ServiceContext, connection: Connection, flt: BusinessFilter, values: dict[str, Any]) -> int:
    """Live businesses matching the search: every FTS match (the FTS table also holds the archived businesses)
    less the archived ones that match, found by testing the few archived rows themselves. Excluding the archived
    inside the FTS query would test every match against them: 40 ms instead of 7 for "3673" with 2,000 archived.
    ``values``: the search's (:func:`search_values`) and its FTS expression as fts_match."""
    every = shaped_sql.execute(connection, "fts count", lambda: text(
        f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :fts_match"), values).scalar_one()

    def archived() -> Select[Any]:
        stmt, *_ = filtered(ctx, dataclasses.replace(flt, archived=True), key_column(ctx), rows=True)
        return select(func.count()).select_from(stmt.subquery())

    shape = ("archived matches", tuple(len(t) for t in search_terms(flt.search)))
    gone = shaped_sql.execute(connection, shape, archived, values).scalar_one()
    return int(every) - int(gone)


def _prefix_count(connection: Connection, term: str) -> int:
    """Live businesses a short term starts (:func:`_prefix_condition`), counted as |A| + |B - A| + |C - A - B|
    over the column ranges, each on its own sort index; the largest range first (the NIK for a digit term), so
    that the rows counted with extra tests are the few."""
    values = search_values([(term,)])
    digits = term.isdigit()
    total = 0
    for number in range(3 if digits else 2):

        def count(number: int = number) -> Select[Any]:
            return prefix_counts(term)[number]

        total += int(shaped_sql.execute(connection, ("prefix count", digits, number), count, values).scalar_one())
    return total


def _prefix_head(term: str, descending: bool) -> CompoundSelect[Any]:
    """Keys (and names) of the businesses a short term starts, in name order: each range read from its own sort
    index with the name alongside (the UNION drops a business found twice), and only these matches ordered."""
    key: ColumnElement[Any] = literal_column("business.rowid")
    name = func.lower(Business.name)
    parts = [
        select(key.label("k"), name.label("n")).select_from(Business).where(Business.deleted_at.is_(None), condition)
        for _column, condition in prefix_ranges(term, 0)
    ]
    # ordered as a compound select: wrapped in a subquery, SQLite would build the whole union before sorting it
    order: list[ColumnElement[Any]] = [literal_column("n"), literal_column("k")]
    return union(*parts).order_by(*(c.desc() if descending else c.asc() for c in order))
