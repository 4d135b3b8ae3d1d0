"""The head of the UMKM list (its first keys and its count) on the office server (PostgreSQL).

A search is counted only up to :data:`SERVER_COUNT_CAP` matches while the officer types (a count reads every
match; the server has no FTS index to count from): the head says so (``KeyHead.exact``), the page shows "Lebih dari
5.000 UMKM" and asks ``business_query.count_matches`` for the exact number in the background. The head and the
count travel in one statement, so a keystroke waits for one round trip.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    case,
    func,
    literal,
    literal_column,
    select,
    union,
)

from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.registry.business_filter import (
    TRIGRAM,
    BusinessFilter,
    RowKey,
    filtered,
    key_column,
    prefix_counts,
    prefix_ranges,
    search_terms,
)
from umkm_desk.core.services.registry.list_order import (
    KeyHead,
    one_query_order,
    order_parts,
    row_walk,
    scalars,
)
from umkm_desk.core.store.models import Business

#: On the server a search counts its matches only this far while the officer types: counting reads every match
#: (74,000 rows for the NIK region "3673", a third of a keystroke's budget even when the list head needs 400). A
#: list with more says "lebih dari 5.000" at once and gets its exact number from business_query.count_matches
#: (the page asks for it in the background). Up to this many matches are also what a head orders outright.
SERVER_COUNT_CAP = 5_000


#: How far a server search's head may walk the names in display order (broad searches only). Each row walked is
#: an entry of ix_business_server_name, which carries the search text (about 0.4 us; a table row read cost 2 us).
_SERVER_WALK_ROWS = 10_000


def server_business_head(
    ctx: ServiceContext,
    connection: Connection,
    flt: BusinessFilter,
    sort: str,
    descending: bool,
    limit: int,
    known_total: int | None = None,
    *,
    warm: bool = False,
) -> KeyHead:
    """:func:`business_head` on PostgreSQL, in one read transaction: the first ``limit`` keys and a count, never
    every key. The whole list takes its head from the sort indexes part by part (as on SQLite) and its count from
    the live rows; a search or a filter counts its matches (the pg_trgm GIN index finds the substring terms) and
    lets the planner choose between walking the name index until the head is full and ordering only the
    matches, which it estimates from the trigram statistics."""
    key = key_column(ctx)
    if not search_terms(flt.search):
        flt = dataclasses.replace(flt, search="")  # spaces only: no search
    stmt, narrowed, _scan, _match = filtered(ctx, flt, key)
    terms = search_terms(flt.search)
    if (sort == "name" and flt == BusinessFilter(search=flt.search) and len(terms) == 1 and len(terms[0]) == 1
            and len(terms[0][0]) < TRIGRAM):
        # One short term: each column's range counted and read from its own sort index (a union of the OR-ed
        # ranges reads every match's row to count it and to order it).
        counts = prefix_counts(terms[0][0], exact=True, cap=SERVER_COUNT_CAP)
        rows = connection.execute(_server_prefix_head(terms[0][0], descending, limit).add_columns(
            *(count.correlate(None).scalar_subquery() for count in counts))).all()
        if not rows:
            return KeyHead([], 0)
        parts = [int(n) for n in rows[0][1:]]
        if max(parts) > SERVER_COUNT_CAP:  # the parts are disjoint: their sum is exact unless one was cut short
            return KeyHead([row[0] for row in rows], SERVER_COUNT_CAP, exact=False)
        return KeyHead([row[0] for row in rows], sum(parts))
    if sort == "name" and flt == BusinessFilter(search=flt.search) and terms:
        return _server_search_head(connection, stmt, descending, limit, warm=warm)
    if not narrowed:
        live = select(func.count()).select_from(Business).where(Business.deleted_at.is_(None))
        keys: list[RowKey] = []
        live_total = known_total
        for condition, order in order_parts(sort, descending, key):
            part = (stmt if condition is None else stmt.where(condition)).order_by(*order).limit(limit - len(keys))
            if live_total is None:
                found, live_total = _with_count(connection, part, live)
            else:
                found = scalars(connection, part)
            keys.extend(found)
            if len(keys) >= limit:
                break
        if live_total is None:
            live_total = int(connection.execute(live).scalar_one())
        return KeyHead(keys, live_total)
    head = stmt.order_by(*one_query_order(sort, descending, key)).limit(limit)
    keys, counted = _with_count(connection, head, select(func.count()).select_from(stmt.subquery()))
    return KeyHead(keys, counted if counted is not None else 0)


def _server_search_head(
    connection: Connection, stmt: Select[Any], descending: bool, limit: int, *, warm: bool = False
) -> KeyHead:
    """A search alone in name order on the server. One statement reads at most SERVER_COUNT_CAP + 1 matches (in
    no order, so through the trigram index or a table scan that stops early, never a walk of the names) and
    orders them: when that was all of them, it is the head and the count. Left to itself the planner walked the
    name index testing every row, also for a word that starts names ("warung": its matches lie together near
    the end of the name order, so the walk read the whole table: half a second).

    Otherwise the search is broad. The same statement tells how many of the matches it read lie within the first
    _SERVER_WALK_ROWS names: when that is a head's worth, the walk of the names in display order (each row
    tested) is sure to fill the head within those rows, and it does; otherwise the matches are ordered. The count
    stays "more than SERVER_COUNT_CAP".

    ``warm``: the walk and the ordering of a broad search are also run, with no row wanted (a search that
    matches nothing needs neither), so that the first broad search does not pay for their first planning."""
    name = func.lower(Business.name)
    found = select(Business.id.label("k"), name.label("n")).select_from(Business)
    if stmt.whereclause is not None:
        found = found.where(stmt.whereclause)
    matches = found.limit(SERVER_COUNT_CAP + 1).cte("matches")
    bound = (
        select(name.label("b")).where(Business.deleted_at.is_(None))
        .order_by(name.desc() if descending else name).offset(_SERVER_WALK_ROWS - 1).limit(1).cte("bound")
    )  # fmt: skip
    bound_name = select(bound.c.b).scalar_subquery()
    within = matches.c.n >= bound_name if descending else matches.c.n <= bound_name
    counted = select(func.count()).select_from(matches).scalar_subquery()
    near = select(func.count()).select_from(matches).where(within).scalar_subquery()
    # only a broad search needs the bound: PostgreSQL runs a subquery when it first needs its value, so behind
    # the CASE the 10,000 names are not read for the others (a third of a narrow search's time)
    broad = counted > literal(SERVER_COUNT_CAP)
    ordered = [matches.c.n.desc(), matches.c.k.desc()] if descending else [matches.c.n, matches.c.k]
    rows = connection.execute(
        select(matches.c.k, counted, case((broad, near)), case((broad, bound_name)))
        .order_by(*ordered).limit(limit)
    ).all()
    if warm:
        walk, ordered_head = _broad_statements(connection, stmt, descending)
        for end in (None, ""):
            scalars(connection, walk(end).params(walk_limit=0))
        scalars(connection, ordered_head.limit(0))
    if not rows:
        return KeyHead([], 0)
    total = int(rows[0][1])
    if total <= SERVER_COUNT_CAP:
        return KeyHead([row[0] for row in rows], total)
    walkable, last = int(rows[0][2]), rows[0][3]
    walk, ordered_head = _broad_statements(connection, stmt, descending)
    keys: list[RowKey] = []
    if last is None or walkable >= limit:
        keys = scalars(connection, walk(last).params(walk_limit=limit))
    if len(keys) < limit:  # not walked, or the list changed since
        keys = scalars(connection, ordered_head.limit(limit))
    return KeyHead(keys, SERVER_COUNT_CAP, exact=False)


def _broad_statements(
    connection: Connection, stmt: Select[Any], descending: bool
) -> tuple[Callable[[str | None], Select[Any]], Select[Any]]:
    """A broad search's walk of the names (see :func:`row_walk`) and its matches ordered, both without a limit."""
    key = _key_column_for(connection)
    walk = row_walk(stmt, one_query_order("name", descending, key), descending)
    return walk, stmt.order_by(*one_query_order("name", descending, key, scan=True))


def _key_column_for(connection: Connection) -> ColumnElement[Any]:
    return literal_column("business.rowid" if connection.dialect.name == "sqlite" else "business.id")


def _with_count(connection: Connection, head: Select[Any], count: Select[Any]) -> tuple[list[RowKey], int | None]:
    """The keys ``head`` reads and the number ``count`` gives, in one statement: the count is an uncorrelated
    subquery that PostgreSQL runs once (an InitPlan) beside the head, so a keystroke waits for one round trip to
    the server instead of two (on a busy server each is a wait for the backend to be scheduled). The count is
    None when the head is empty: every match would be in the head, so then there are none (the whole list's
    first part may be empty while later parts are not; the caller counts on its own then)."""
    # correlate(None): the count reads the business table on its own, never the head's row
    rows = connection.execute(head.add_columns(count.correlate(None).scalar_subquery())).all()
    if not rows:
        return [], None
    return [row[0] for row in rows], int(rows[0][1])


def _server_prefix_head(term: str, descending: bool, limit: int) -> Select[Any]:
    """PostgreSQL: the first ``limit`` keys of the businesses a short term starts, in name order: from each
    column's range only its first ``limit`` in name order (the name range walks its index and stops), then
    these few ordered."""
    name = func.lower(Business.name)
    key: ColumnElement[Any] = Business.id.expression
    order: list[ColumnElement[Any]] = [name.desc(), key.desc()] if descending else [name, key]
    parts = [
        select(key.label("k"), name.label("n")).where(Business.deleted_at.is_(None), condition)
        .order_by(*order).limit(limit)
        for _column, condition in prefix_ranges(term, 0, exact=True)
    ]  # fmt: skip
    found = union(*parts).subquery()
    ordered = [found.c.n.desc(), found.c.k.desc()] if descending else [found.c.n, found.c.k]
    return select(found.c.k).order_by(*ordered).limit(limit)


#: searches that match nothing, one of each shape the first letters of a search take (a letter, a digit, a word,
#: two words, a phone number with its two spellings)
WARM_TERMS = ("q", "qj", "9", "qjx", "qjx qjy", "0999")


def warm_server_search(ctx: ServiceContext) -> None:
    """Run the statements of the common search shapes once, matching nothing, so that the officer's first search
    costs what the next ones do: the first time a server connection plans a statement on the business table it
    reads the table's and its indexes' descriptions from the catalog, and SQLAlchemy compiles each statement
    once. On 100,000 businesses the first search of a shape took 130-180 ms, the next ones 15-60."""
    with ctx.db.read() as session:
        connection = session.connection()
        for term in WARM_TERMS:
            for descending in (False, True):
                server_business_head(ctx, connection, BusinessFilter(search=term), "name", descending, 1, warm=True)
