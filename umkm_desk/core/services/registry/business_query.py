"""The UMKM list: filtered, searched and sorted in SQL, read in two steps as Anki's browser does.

1. :func:`business_keys` returns the row keys of every matching business in display order (one light query:
   only the key column travels).
2. :func:`business_rows` returns the display values of a page of keys (a few hundred at a time).

Keys are opaque and only valid until the next call: the SQLite rowid (a small int: 100,000 of them cost neither
UUID nor ORM objects, and the name sort is answered from the index alone) or the id on PostgreSQL.

The list page does not need every key at once: :func:`business_head` returns the first few hundred keys and the
number of matches, which is what a keystroke has to draw. For the lists officers meet most (the whole list in any
order; a search by name order) both come from indexes without reading every match; the model reads the rest of the
keys with :func:`business_keys` when the officer scrolls past the head.

This module is the front the rest of the app imports; the parts live beside it:

- ``business_filter``: the filter, the search terms and the SQL conditions they make (the base of every query);
- ``list_order``: the display orders, the head's type and the reading of keys;
- ``sqlite_head``: the head on a SQLite file (FTS counts, walks of the name index, statements compiled per shape);
- ``server_head``: the head on PostgreSQL (one round trip, a count cut short at :data:`SERVER_COUNT_CAP`);
- ``business_rows``: the display values of a page of keys;
- ``filter_choices``: the values the filters offer.
"""

from __future__ import annotations

from sqlalchemy import (
    func,
    select,
    text,
)

from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.registry.business_filter import (
    NO_STAGE,
    SORT_KEYS,
    BusinessFilter,
    RowKey,
    filtered,
    key_column,
    row_key_column,
    search_terms,
    short_query,
)
from umkm_desk.core.services.registry.business_rows import BusinessRow, business_rows
from umkm_desk.core.services.registry.filter_choices import FilterChoices, filter_choices
from umkm_desk.core.services.registry.list_order import KeyHead, one_query_order, order_parts, scalars
from umkm_desk.core.services.registry.server_head import (
    SERVER_COUNT_CAP,
    server_business_head,
    warm_server_search,
)
from umkm_desk.core.services.registry.sqlite_head import sqlite_business_head, warm_sqlite_search
from umkm_desk.core.store.models import Business
from umkm_desk.core.store.search_index import FTS_TABLE

__all__ = [
    "NO_STAGE",
    "SORT_KEYS",
    "BusinessFilter",
    "BusinessRow",
    "FilterChoices",
    "SERVER_COUNT_CAP",
    "KeyHead",
    "business_head",
    "business_keys",
    "business_rows",
    "count_businesses",
    "count_matches",
    "filter_choices",
    "row_key_column",
    "search_terms",
    "short_query",
    "warm_search",
]

#: FTS matches above which the name-sorted list walks the name index instead of sorting the matches (measured on
#: 100,000 businesses: sorting 17,000 matches beats the walk, sorting 74,000 does not)
_BROAD_MATCHES = 40_000


def business_keys(
    ctx: ServiceContext, flt: BusinessFilter, *, sort: str = "name", descending: bool = False
) -> list[RowKey]:
    """Keys of every business matching ``flt``, in display order.

    Without a search, the order comes from the sort column's partial index, part by part (see :func:`order_parts`): no
    join and no sort of the whole list. A search or a filter narrows the list first (the FTS index or the
    filter's index), and the matches are sorted in one query."""
    if sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort!r}")
    key = key_column(ctx)
    stmt, narrowed, scan, match = filtered(ctx, flt, key)
    searched_only = flt == BusinessFilter(search=flt.search)
    if match is not None and sort == "name" and searched_only and _broad(ctx, match):
        stmt, *_ = filtered(ctx, flt, key, walk=True)
        statements = [stmt.order_by(*one_query_order(sort, descending, key))]
    elif narrowed:
        statements = [stmt.order_by(*one_query_order(sort, descending, key, scan=scan))]
    else:
        statements = [
            (stmt if condition is None else stmt.where(condition)).order_by(*order)
            for condition, order in order_parts(sort, descending, key)
        ]
    keys: list[RowKey] = []
    with ctx.db.read() as session:
        connection = session.connection()
        for statement in statements:
            keys.extend(scalars(connection, statement))
    return keys


def _broad(ctx: ServiceContext, match: str) -> bool:
    """Whether the FTS expression matches more than ``_BROAD_MATCHES`` rows (a bounded count: a millisecond)."""
    probe = text(
        f"SELECT count(*) FROM (SELECT 1 FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :fts_match LIMIT :limit)"
    )
    with ctx.db.read() as session:
        parameters = {"fts_match": match, "limit": _BROAD_MATCHES + 1}
        found: int = session.connection().execute(probe, parameters).scalar_one()
    return found > _BROAD_MATCHES


def business_head(
    ctx: ServiceContext,
    flt: BusinessFilter,
    *,
    sort: str = "name",
    descending: bool = False,
    limit: int = 400,
    known_total: int | None = None,
) -> KeyHead:
    """The first ``limit`` keys of :func:`business_keys` (the same order) and the number of all of them.
    ``known_total``: the number of the whole list, just read in another order (a click on a column header); the
    server does not count the whole list again (100,000 index entries a click), SQLite's count costs nothing.

    On SQLite the two lists officers meet most are read without producing every key:

    - the whole list, in any order: the head from the sort indexes (:func:`order_parts`), the count from the table's
      b-tree less the archived rows;
    - a search alone, by name: the matches counted from the FTS index (terms of three or more characters) or from
      the prefix ranges (one short term); then, when the matches are a fair share of all businesses, the names
      walked in order with every condition tested on the row (the first few hundred turn up soon), otherwise or
      when the walk finds too few, the matches read through their own index and only they ordered.

    Any other list on SQLite (filters, the archive, a search in another order, short and long terms mixed) is read
    whole. On PostgreSQL every list is a head and a count (:func:`server_business_head`)."""
    if sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort!r}")
    with ctx.db.read() as session:
        if ctx.db.engine.dialect.name != "sqlite":
            return server_business_head(ctx, session.connection(), flt, sort, descending, limit, known_total)
        head = sqlite_business_head(ctx, session.connection(), flt, sort, descending, limit)
    if head is not None:
        return head
    keys = business_keys(ctx, flt, sort=sort, descending=descending)
    return KeyHead(keys, len(keys))


def count_matches(ctx: ServiceContext, flt: BusinessFilter) -> int:
    """How many businesses ``flt`` lists, counted whole (for a head that was not: ``KeyHead.exact``)."""
    stmt, *_ = filtered(ctx, flt, key_column(ctx))
    with ctx.db.read() as session:
        return int(session.connection().execute(select(func.count()).select_from(stmt.subquery())).scalar_one())


def count_businesses(ctx: ServiceContext, *, archived: bool = False) -> int:
    """How many businesses there are at all (live or archived), to tell "no data yet" from "no match"."""
    deleted = Business.deleted_at.is_not(None) if archived else Business.deleted_at.is_(None)
    with ctx.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Business).where(deleted)) or 0)


def warm_search(ctx: ServiceContext) -> None:
    """Prepare the search statements before the officer's first search (the page calls it while the officer
    starts typing): the first search of each shape then costs what the next ones do. Reads no row."""
    if ctx.db.engine.dialect.name == "sqlite":
        warm_sqlite_search(ctx)
    else:
        warm_server_search(ctx)
