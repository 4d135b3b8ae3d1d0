"""The UMKM list: filtered, searched and sorted in SQL, read in two steps as Anki's browser does.

1. :func:`business_keys` returns the row keys of every matching business in display order (one light query:
   only the key column travels).
2. :func:`business_rows` returns the display values of a page of keys (a few hundred at a time).

Keys are opaque and only valid until the next call: the SQLite rowid (a small int: 100,000 of them cost neither
UUID nor ORM objects, and the name sort is answered from the index alone) or the id on PostgreSQL.

Search: every whitespace-separated term must occur in ``business.search_text`` (name, owner, NIK, NIB and phone,
lower-cased). On SQLite, terms of three or more characters use the FTS5 trigram index (keyed by the business's
rowid); shorter terms next to them, and databases without the index, use a substring test. On PostgreSQL the same
substring test uses the pg_trgm index when it exists.

A query made only of one- or two-character terms is a deliberate UX decision: each term must *start* the business
name or the owner's name (a digit term: also the NIK), not occur anywhere. One or two letters occur in nearly every
row, so a substring match lists (and sorts) most of the 100,000 businesses on every keystroke and tells the officer
nothing; a prefix is what someone typing a name means, and it is answered from the ordered name indexes. The UMKM
page says so under the search box ("Ketik 3 huruf atau lebih untuk mencari di semua kolom"). From three characters
on, every term is searched everywhere (name, owner, NIK, NIB, phone).

A broad trigram term (tens of thousands of matches, such as the NIK region prefix "3673") is answered by walking the
name index in display order and testing each key against the FTS match set instead of sorting the matches; a bounded
count of the FTS matches picks the plan.

The list page does not need every key at once: :func:`business_head` returns the first few hundred keys and the
number of matches, which is what a keystroke has to draw. For the lists officers meet most (the whole list in any
order; a search by name order) both come from indexes without reading every match; the model reads the rest of the
keys with :func:`business_keys` when the officer scrolls past the head.

On PostgreSQL a search is counted only up to :data:`SERVER_COUNT_CAP` matches while the officer types (a count
reads every match; the server has no FTS index to count from): the head says so (``KeyHead.exact``), the page shows
"Lebih dari 5.000 UMKM" and asks :func:`count_matches` for the exact number in the background.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import sqlite3
import uuid
import weakref
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    CompoundSelect,
    Connection,
    CursorResult,
    Engine,
    Executable,
    Select,
    SQLColumnExpression,
    TextClause,
    and_,
    bindparam,
    case,
    func,
    literal,
    literal_column,
    not_,
    or_,
    select,
    table,
    text,
    union,
    union_all,
)

from umkm_desk.core.labels import SCALES, STAGE_ORDER
from umkm_desk.core.rules import RuleError
from umkm_desk.core.rules.nik import mask_nik
from umkm_desk.core.rules.text import searchable
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.registry import shaped_sql
from umkm_desk.core.store.id_sets import in_ids
from umkm_desk.core.store.models import Business, Kecamatan, Kelurahan, Partner
from umkm_desk.core.store.search_index import FTS_TABLE, sqlite_has_fts

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
]

RowKey = object
#: stage filter value for businesses without any case
NO_STAGE = "-"
SORT_KEYS: tuple[str, ...] = (
    "name", "owner", "nik", "kelurahan", "kecamatan", "sector", "scale", "stage", "partner", "last_activity",
)  # fmt: skip
_TRIGRAM = 3
#: FTS matches above which the name-sorted list walks the name index instead of sorting the matches (measured on
#: 100,000 businesses: sorting 17,000 matches beats the walk, sorting 74,000 does not)
_BROAD_MATCHES = 40_000
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
#: On the server a search counts its matches only this far while the officer types: counting reads every match
#: (74,000 rows for the NIK region "3673", a third of a keystroke's budget even when the list head needs 400). A
#: list with more says "lebih dari 5.000" at once and gets its exact number from :func:`count_matches` (the page
#: asks for it in the background). Up to this many matches are also what a head orders outright.
SERVER_COUNT_CAP = 5_000
#: How far a server search's head may walk the names in display order (broad searches only). Each row walked is a
#: table row read (about 2 us), as ordering a match is: 10,000 rows cost about what ordering 10,000 matches does.
_SERVER_WALK_ROWS = 10_000


@dataclass(frozen=True)
class BusinessFilter:
    search: str = ""
    kecamatan_code: str | None = None
    kelurahan_code: str | None = None
    sector: str | None = None
    scale: str | None = None
    stage: str | None = None  # a stage kind, or NO_STAGE
    partner_id: uuid.UUID | None = None
    archived: bool = False  # False: the active list; True: the Arsip view
    import_warning_only: bool = False  # only businesses imported with a warning still to check
    #: only these businesses (the list behind a number on the Laporan page); None: no such narrowing
    ids: frozenset[uuid.UUID] | None = None


@dataclass(frozen=True, slots=True)
class BusinessRow:
    id: uuid.UUID
    name: str
    owner_name: str
    nik_masked: str | None  # "367301******0001"; None when the NIK is missing
    nik_missing: bool
    kelurahan: str
    kecamatan: str
    sector: str
    scale: str
    stage: str | None
    partner: str | None
    last_activity_on: date | None
    archived: bool
    import_warning: str | None = None  # what the import found doubtful in the business's row
    version: int = 1  # handed back by archive/restore (services.versions)


def _key_column(ctx: ServiceContext) -> ColumnElement[Any]:
    """The row key, untyped so the driver's value is used as is."""
    return literal_column("business.rowid" if ctx.db.engine.dialect.name == "sqlite" else "business.id")


def row_key_column(ctx: ServiceContext) -> ColumnElement[Any]:
    """The column :func:`business_keys` reads, for other services that read more of the same rows by key."""
    return _key_column(ctx)


def search_terms(query: str) -> list[tuple[str, ...]]:
    """Lower-cased terms, each with its alternatives. A term of digits and phone punctuation keeps only its
    digits; one starting with "0" may also be a phone number, which search_text holds without the national
    "0" but with the country code: "0812-3456" is ("08123456", "628123456"). A query made only of digits,
    spaces and phone punctuation is one number typed in groups."""
    terms: list[tuple[str, ...]] = []
    query = searchable(query)
    words = query.lower().split()
    if re.fullmatch(r"[+0-9().\-/ ]*[0-9][+0-9().\-/ ]*", query.strip()):
        words = [query.strip()]  # a number typed in groups: "0812 3456 7890", "3673 0145 0879 0001"
    for raw in words:
        if re.fullmatch(r"[+0-9().\-/ ]*[0-9][+0-9().\-/ ]*", raw):
            digits = re.sub(r"[^0-9]", "", raw)
            if digits.startswith("0") and len(digits) >= _TRIGRAM:
                terms.append((digits, "62" + digits[1:]))
            else:
                terms.append((digits,))
        else:
            terms.append((raw,))
    return terms


_fts_cache: weakref.WeakKeyDictionary[Engine, bool] = weakref.WeakKeyDictionary()


def _uses_fts(ctx: ServiceContext) -> bool:
    engine = ctx.db.engine
    if engine.dialect.name != "sqlite":
        return False
    if engine not in _fts_cache:
        with engine.connect() as connection:
            _fts_cache[engine] = sqlite_has_fts(connection)
    return _fts_cache[engine]


def _phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _fts_match(terms: Sequence[tuple[str, ...]]) -> str:
    """The FTS5 expression for trigram terms: every term, any of its alternatives."""
    return " AND ".join("(" + " OR ".join(_phrase(a) for a in t) + ")" for t in terms)


def _after(term: str) -> str:
    """The first string after every string starting with ``term`` (the end of its prefix range)."""
    return term[:-1] + chr(ord(term[-1]) + 1)


def _search_values(terms: Sequence[tuple[str, ...]]) -> dict[str, Any]:
    """Every value a search binds, by the names :func:`_filtered`, :func:`_prefix_ranges` and :func:`_index_walk`
    give them, so that a statement compiled once per shape (services.registry.shaped_sql) binds the new term."""
    values: dict[str, Any] = {}
    number = 0
    for term_number, alternatives in enumerate(terms):
        for i, alternative in enumerate(alternatives):
            prefix = f"prefix_{term_number * 10 + i}"
            values[prefix] = alternative
            values[f"{prefix}_end"] = _after(alternative)
            values[f"prefix_like_{term_number * 10 + i}"] = f"{_like_escape(alternative)}%"
            values[f"term_{number}"] = values[f"walk_{number}"] = f"%{_like_escape(alternative)}%"
            number += 1
    return values


def _like_escape(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


_FTS = table(FTS_TABLE)


def short_query(query: str) -> bool:
    """Whether ``query`` is searched by prefix (every term shorter than three characters; see the module doc)."""
    terms = search_terms(query)
    return bool(terms) and all(len(a) < _TRIGRAM for t in terms for a in t)


def _prefix_columns(term: str) -> list[SQLColumnExpression[Any]]:
    """The columns a short term may start: the business and owner names; a digit term also the NIK."""
    columns: list[SQLColumnExpression[Any]] = [func.lower(Business.name), func.lower(Business.owner_name)]
    if term.isdigit():
        columns.append(Business.owner_nik)
    return columns


def _prefix_ranges(
    term: str, number: int, *, exact: bool = False
) -> list[tuple[SQLColumnExpression[Any], ColumnElement[Any]]]:
    """``(column, lower(x) >= 'ba' AND lower(x) < 'bb')`` for each column of :func:`_prefix_columns`: a range on
    the column's sort index. ``exact`` (PostgreSQL) adds the LIKE prefix, tested on the index entry: under a
    collation other than C a range may also hold a name that only sorts like the prefix ("b-a" between "ba"
    and "bb"), and a LIKE alone uses a b-tree only under C."""
    low: BindParameter[str] = bindparam(f"prefix_{number}", term)
    high: BindParameter[str] = bindparam(f"prefix_{number}_end", _after(term))
    like: BindParameter[str] = bindparam(f"prefix_like_{number}", f"{_like_escape(term)}%")
    return [
        (column, and_(column >= low, column < high, *([column.like(like, escape="\\")] if exact else [])))
        for column in _prefix_columns(term)
    ]


def _prefix_condition(
    ctx: ServiceContext, key: ColumnElement[Any], term: str, number: int, *, row_level: bool = False
) -> ColumnElement[Any]:
    """Businesses whose name or owner's name starts with ``term`` (a digit term: also whose NIK does).

    SQLite: a range on each ``ix_business_sort_*`` index (``lower(x) >= 'ba' AND lower(x) < 'bb'``), their keys
    united in a subquery: an OR of the ranges makes the planner scan the whole name index. PostgreSQL: the same
    ranges, OR-ed (its bitmap scans unite them), each with the LIKE prefix beside it: a LIKE alone uses a b-tree
    only under the C collation, and under another collation the range may hold a name that only sorts like the
    prefix ("b-a" between "ba" and "bb"). ``row_level``: the ranges tested on each row, for a walk of the name
    index that stops early."""
    columns = _prefix_columns(term)
    if ctx.db.engine.dialect.name != "sqlite":
        return or_(*(condition for _column, condition in _prefix_ranges(term, number, exact=True)))
    if row_level:
        return or_(*(condition for _column, condition in _prefix_ranges(term, number)))
    low: BindParameter[str] = bindparam(f"prefix_{number}", term)
    high: BindParameter[str] = bindparam(f"prefix_{number}_end", _after(term))
    inner = _key_column(ctx)
    ranges = [
        select(inner).select_from(Business).where(Business.deleted_at.is_(None), column >= low, column < high)
        for column in columns
    ]
    return key.in_(union_all(*ranges))


def _filtered(
    ctx: ServiceContext,
    flt: BusinessFilter,
    key: ColumnElement[Any],
    *,
    walk: bool = False,
    rows: bool = False,
) -> tuple[Select[Any], bool, bool, str | None]:
    """``SELECT key`` over the businesses matching ``flt``, whether a search, a filter or the archive narrows it,
    whether it reads every row's search_text (a substring test without the FTS index), and the FTS MATCH
    expression when the FTS index answers part of the search. ``walk``: test the key against the FTS matches
    without using it as an index (``+rowid IN``), so that the planner walks the name index in order instead.
    ``rows``: every search condition is tested on the row itself (substring and prefix tests; no FTS and no key
    set), for a walk of the name index that stops after the first matches (see :func:`business_head`).

    Trigram terms are answered by the FTS table, whose rowid is the business's rowid: the query reads only the
    matching FTS rowids and then those businesses by their integer key. A query of short terms only is a prefix
    search on the name indexes (see the module doc). The other filters use the business indexes."""
    terms = search_terms(flt.search)
    stmt = select(key).select_from(Business)
    if terms and all(len(a) < _TRIGRAM for t in terms for a in t):
        for number, alternatives in enumerate(terms):
            stmt = stmt.where(or_(*(_prefix_condition(ctx, key, a, number * 10 + i, row_level=rows)
                                    for i, a in enumerate(alternatives))))
        terms_left: list[tuple[str, ...]] = []
    else:
        terms_left = terms
    use_fts = _uses_fts(ctx) and not rows
    indexed = [t for t in terms_left if all(len(a) >= _TRIGRAM for a in t)] if use_fts else []
    match = None
    if indexed:
        match = _fts_match(indexed)
        matching: Select[Any] = select(literal_column("rowid")).select_from(_FTS).where(
            text(f"{FTS_TABLE} MATCH :fts_match").bindparams(fts_match=match)
        )
        stmt = stmt.where((literal_column("+business.rowid") if walk else key).in_(matching))
    number = 0
    for alternatives in (t for t in terms_left if t not in indexed):
        likes = []
        for alternative in alternatives:
            pattern: BindParameter[str] = bindparam(f"term_{number}", f"%{_like_escape(alternative)}%")
            likes.append(Business.search_text.like(pattern, escape="\\"))
            number += 1
        stmt = stmt.where(or_(*likes))
    stmt = stmt.where(Business.deleted_at.is_not(None) if flt.archived else Business.deleted_at.is_(None))
    if flt.kelurahan_code:
        stmt = stmt.where(Business.kelurahan_code == flt.kelurahan_code)
    elif flt.kecamatan_code:
        stmt = stmt.where(Business.kecamatan_code == flt.kecamatan_code)
    if flt.sector:
        stmt = stmt.where(Business.sector == flt.sector)
    if flt.scale:
        stmt = stmt.where(Business.scale == flt.scale)
    if flt.stage == NO_STAGE:
        stmt = stmt.where(Business.current_stage.is_(None))
    elif flt.stage:
        stmt = stmt.where(Business.current_stage == flt.stage)
    if flt.partner_id:
        stmt = stmt.where(Business.current_partner_id == flt.partner_id)
    if flt.import_warning_only:
        stmt = stmt.where(Business.import_warning.is_not(None))
    if flt.ids is not None:
        stmt = stmt.where(in_ids(ctx.db.engine.dialect.name, Business.id, flt.ids, "business_ids"))
    narrowed = bool(terms) or flt.archived or flt.import_warning_only or flt.ids is not None or any(
        (flt.kelurahan_code, flt.kecamatan_code, flt.sector, flt.scale, flt.stage, flt.partner_id)
    )
    return stmt, narrowed, bool(number and not indexed), match


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


def _parts(sort: str, descending: bool, key: ColumnElement[Any]) -> list[_Part]:
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


def _one_query_order(
    sort: str, descending: bool, key: ColumnElement[Any], *, scan: bool = False
) -> list[ColumnElement[Any]]:
    """The same order as :func:`_parts` as one ORDER BY, for the narrowed lists: the planner picks the index of the
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


def business_keys(
    ctx: ServiceContext, flt: BusinessFilter, *, sort: str = "name", descending: bool = False
) -> list[RowKey]:
    """Keys of every business matching ``flt``, in display order.

    Without a search, the order comes from the sort column's partial index, part by part (see :func:`_parts`): no
    join and no sort of the whole list. A search or a filter narrows the list first (the FTS index or the
    filter's index), and the matches are sorted in one query."""
    if sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort!r}")
    key = _key_column(ctx)
    stmt, narrowed, scan, match = _filtered(ctx, flt, key)
    searched_only = flt == BusinessFilter(search=flt.search)
    if match is not None and sort == "name" and searched_only and _broad(ctx, match):
        stmt, *_ = _filtered(ctx, flt, key, walk=True)
        statements = [stmt.order_by(*_one_query_order(sort, descending, key))]
    elif narrowed:
        statements = [stmt.order_by(*_one_query_order(sort, descending, key, scan=scan))]
    else:
        statements = [
            (stmt if condition is None else stmt.where(condition)).order_by(*order)
            for condition, order in _parts(sort, descending, key)
        ]
    keys: list[RowKey] = []
    with ctx.db.read() as session:
        connection = session.connection()
        for statement in statements:
            keys.extend(_scalars(connection, statement))
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


@dataclass(frozen=True, slots=True)
class KeyHead:
    """The first keys of a list, in display order, and how many businesses the whole list has."""

    keys: list[RowKey]
    total: int
    #: False: the list has more than ``total`` businesses, not counted yet (:func:`count_matches` counts them)
    exact: bool = True


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

    - the whole list, in any order: the head from the sort indexes (:func:`_parts`), the count from the table's
      b-tree less the archived rows;
    - a search alone, by name: the matches counted from the FTS index (terms of three or more characters) or from
      the prefix ranges (one short term); then, when the matches are a fair share of all businesses, the names
      walked in order with every condition tested on the row (the first few hundred turn up soon), otherwise or
      when the walk finds too few, the matches read through their own index and only they ordered.

    Any other list on SQLite (filters, the archive, a search in another order, short and long terms mixed) is read
    whole. On PostgreSQL every list is a head and a count (:func:`_server_head`)."""
    if sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort!r}")
    with ctx.db.read() as session:
        if ctx.db.engine.dialect.name != "sqlite":
            return _server_head(ctx, session.connection(), flt, sort, descending, limit, known_total)
        head = _sqlite_head(ctx, session.connection(), flt, sort, descending, limit)
    if head is not None:
        return head
    keys = business_keys(ctx, flt, sort=sort, descending=descending)
    return KeyHead(keys, len(keys))


def _server_head(
    ctx: ServiceContext,
    connection: Connection,
    flt: BusinessFilter,
    sort: str,
    descending: bool,
    limit: int,
    known_total: int | None = None,
) -> KeyHead:
    """:func:`business_head` on PostgreSQL, in one read transaction: the first ``limit`` keys and a count, never
    every key. The whole list takes its head from the sort indexes part by part (as on SQLite) and its count from
    the live rows; a search or a filter counts its matches (the pg_trgm GIN index finds the substring terms) and
    lets the planner choose between walking the name index until the head is full and ordering only the
    matches, which it estimates from the trigram statistics."""
    key = _key_column(ctx)
    if not search_terms(flt.search):
        flt = dataclasses.replace(flt, search="")  # spaces only: no search
    stmt, narrowed, _scan, _match = _filtered(ctx, flt, key)
    terms = search_terms(flt.search)
    if (sort == "name" and flt == BusinessFilter(search=flt.search) and len(terms) == 1 and len(terms[0]) == 1
            and len(terms[0][0]) < _TRIGRAM):
        # One short term: each column's range counted and read from its own sort index (a union of the OR-ed
        # ranges reads every match's row to count it and to order it).
        counts = _prefix_counts(terms[0][0], exact=True, cap=SERVER_COUNT_CAP)
        rows = connection.execute(_server_prefix_head(terms[0][0], descending, limit).add_columns(
            *(count.correlate(None).scalar_subquery() for count in counts))).all()
        if not rows:
            return KeyHead([], 0)
        parts = [int(n) for n in rows[0][1:]]
        if max(parts) > SERVER_COUNT_CAP:  # the parts are disjoint: their sum is exact unless one was cut short
            return KeyHead([row[0] for row in rows], SERVER_COUNT_CAP, exact=False)
        return KeyHead([row[0] for row in rows], sum(parts))
    if sort == "name" and flt == BusinessFilter(search=flt.search) and terms:
        return _server_search_head(connection, stmt, descending, limit)
    if not narrowed:
        live = select(func.count()).select_from(Business).where(Business.deleted_at.is_(None))
        keys: list[RowKey] = []
        live_total = known_total
        for condition, order in _parts(sort, descending, key):
            part = (stmt if condition is None else stmt.where(condition)).order_by(*order).limit(limit - len(keys))
            if live_total is None:
                found, live_total = _with_count(connection, part, live)
            else:
                found = _scalars(connection, part)
            keys.extend(found)
            if len(keys) >= limit:
                break
        if live_total is None:
            live_total = int(connection.execute(live).scalar_one())
        return KeyHead(keys, live_total)
    head = stmt.order_by(*_one_query_order(sort, descending, key)).limit(limit)
    keys, counted = _with_count(connection, head, select(func.count()).select_from(stmt.subquery()))
    return KeyHead(keys, counted if counted is not None else 0)


def _server_search_head(connection: Connection, stmt: Select[Any], descending: bool, limit: int) -> KeyHead:
    """A search alone in name order on the server. One statement reads at most SERVER_COUNT_CAP + 1 matches (in
    no order, so through the trigram index or a table scan that stops early, never a walk of the names) and
    orders them: when that was all of them, it is the head and the count. Left to itself the planner walked the
    name index testing every row, also for a word that starts names ("warung": its matches lie together near
    the end of the name order, so the walk read the whole table: half a second).

    Otherwise the search is broad. The same statement tells how many of the matches it read lie within the first
    _SERVER_WALK_ROWS names: when that is a head's worth, the walk of the names in display order (each row
    tested) is sure to fill the head within those rows, and it does; otherwise the matches are ordered. The count
    stays "more than SERVER_COUNT_CAP"."""
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
    ordered = [matches.c.n.desc(), matches.c.k.desc()] if descending else [matches.c.n, matches.c.k]
    rows = connection.execute(
        select(matches.c.k, counted, near, bound_name).order_by(*ordered).limit(limit)
    ).all()
    if not rows:
        return KeyHead([], 0)
    total, walkable, last = int(rows[0][1]), int(rows[0][2]), rows[0][3]
    if total <= SERVER_COUNT_CAP:
        return KeyHead([row[0] for row in rows], total)
    key = _key_column_for(connection)
    keys: list[RowKey] = []
    if last is None or walkable >= limit:
        walk = _row_walk(stmt, _one_query_order("name", descending, key), descending)
        keys = _scalars(connection, walk(last).params(walk_limit=limit))
    if len(keys) < limit:  # not walked, or the list changed since
        keys = _scalars(connection, stmt.order_by(*_one_query_order("name", descending, key, scan=True))
                        .limit(limit))  # fmt: skip
    return KeyHead(keys, SERVER_COUNT_CAP, exact=False)


def _key_column_for(connection: Connection) -> ColumnElement[Any]:
    return literal_column("business.rowid" if connection.dialect.name == "sqlite" else "business.id")


def count_matches(ctx: ServiceContext, flt: BusinessFilter) -> int:
    """How many businesses ``flt`` lists, counted whole (for a head that was not: ``KeyHead.exact``)."""
    stmt, *_ = _filtered(ctx, flt, _key_column(ctx))
    with ctx.db.read() as session:
        return int(session.connection().execute(select(func.count()).select_from(stmt.subquery())).scalar_one())


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


def _sqlite_head(
    ctx: ServiceContext, connection: Connection, flt: BusinessFilter, sort: str, descending: bool, limit: int,
    *, warm: bool = False,
) -> KeyHead | None:
    """:func:`business_head` for the lists it reads in part, in one read transaction; None for the others.

    Each statement is compiled once per shape of the search (services.registry.shaped_sql) and run with the
    terms bound: building them anew cost more than SQLite's running them."""
    key = _key_column(ctx)
    terms = search_terms(flt.search)
    if not terms:
        flt = dataclasses.replace(flt, search="")  # spaces only: no search
    if flt == BusinessFilter():
        keys: list[RowKey] = []
        for number, (condition, order) in enumerate(_parts(sort, descending, key)):

            def part(condition: ColumnElement[Any] | None = condition, order: list[ColumnElement[Any]] = order,
                     ) -> Select[Any]:
                stmt, *_ = _filtered(ctx, flt, key)
                return (stmt if condition is None else stmt.where(condition)).order_by(*order).limit(
                    bindparam("head_limit"))

            result = shaped_sql.execute(connection, ("whole", sort, descending, number), part,
                                        {"head_limit": limit - len(keys)})
            keys.extend(_scalars_of(result))
            if len(keys) >= limit:
                return KeyHead(keys, _live_count(connection))
        return KeyHead(keys, len(keys))
    if not terms or sort != "name" or flt != BusinessFilter(search=flt.search):
        return None
    values = {**_search_values(terms), "head_limit": limit}
    walk: _Walk | None = None
    if len(terms) == 1 and len(terms[0]) == 1 and len(terms[0][0]) < _TRIGRAM:
        # names starting with the term lie together in name order, so a walk would pass every name before them;
        # NIKs are spread evenly over it
        term = terms[0][0]
        digits = term.isdigit()
        walk_rows = _WALK_ROWS
        if digits:
            walk = _Walk(("prefix", descending), lambda bound: _row_walk(
                _filtered(ctx, flt, key, rows=True)[0], _one_query_order(sort, descending, key), descending)(bound))
        total = _prefix_count(connection, term)
        narrow: tuple[Hashable, Callable[[], Executable]] = (
            ("prefix head", digits, descending), lambda: _prefix_head(term, descending).limit(bindparam("head_limit")))
    elif _uses_fts(ctx) and all(len(a) >= _TRIGRAM for t in terms for a in t):
        shape = tuple(len(t) for t in terms)
        values["fts_match"] = _fts_match(terms)
        walk_rows = _INDEX_WALK_ROWS
        walk = _Walk(("index", shape, descending), _index_walk(terms, descending))
        total = _fts_count(ctx, connection, flt, values)
        narrow = (("fts head", descending), lambda: _filtered(ctx, flt, key)[0].order_by(
            *_one_query_order(sort, descending, key)).limit(bindparam("head_limit")))
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
        walked = _scalars_of(shaped_sql.execute(connection, narrow[0], narrow[1], values)) if total else []
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
    keys = _scalars_of(result)
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


#: searches that match nothing, one of each shape the first letters of a search take (a letter, a digit, a word,
#: two words, a phone number with its two spellings)
_WARM_TERMS = ("q", "qj", "9", "qjx", "qjx qjy", "0999")


def warm_search(ctx: ServiceContext) -> None:
    """Compile the statements of the common search shapes (services.registry.shaped_sql) and let SQLite prepare
    them, so that the officer's first search costs what the next ones do. Reads no row (nothing matches)."""
    if ctx.db.engine.dialect.name != "sqlite":
        return
    with ctx.db.read() as session:
        connection = session.connection()
        for term in _WARM_TERMS:
            for descending in (False, True):
                _sqlite_head(ctx, connection, BusinessFilter(search=term), "name", descending, 1, warm=True)


def _row_walk(
    stmt: Select[Any], order: list[ColumnElement[Any]], descending: bool
) -> Callable[[str | None], Select[Any]]:
    """A walk testing ``stmt``'s conditions on each row (the planner walks ix_business_sort_name in order)."""
    name = func.lower(Business.name)

    def walk(bound: str | None) -> Select[Any]:
        end: BindParameter[str | None] = bindparam("walk_bound", bound)
        ranged = stmt if bound is None else stmt.where(name >= end if descending else name <= end)
        return ranged.order_by(*order).limit(bindparam("walk_limit"))

    return walk


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
            parameters[number] = f"%{_like_escape(alternative)}%"
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
    ``values``: the search's (:func:`_search_values`) and its FTS expression as fts_match."""
    every = shaped_sql.execute(connection, "fts count", lambda: text(
        f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :fts_match"), values).scalar_one()

    def archived() -> Select[Any]:
        stmt, *_ = _filtered(ctx, dataclasses.replace(flt, archived=True), _key_column(ctx), rows=True)
        return select(func.count()).select_from(stmt.subquery())

    shape = ("archived matches", tuple(len(t) for t in search_terms(flt.search)))
    gone = shaped_sql.execute(connection, shape, archived, values).scalar_one()
    return int(every) - int(gone)


def _prefix_count(connection: Connection, term: str) -> int:
    """Live businesses a short term starts (:func:`_prefix_condition`), counted as |A| + |B - A| + |C - A - B|
    over the column ranges, each on its own sort index; the largest range first (the NIK for a digit term), so
    that the rows counted with extra tests are the few."""
    values = _search_values([(term,)])
    digits = term.isdigit()
    total = 0
    for number in range(3 if digits else 2):

        def count(number: int = number) -> Select[Any]:
            return _prefix_counts(term)[number]

        total += int(shaped_sql.execute(connection, ("prefix count", digits, number), count, values).scalar_one())
    return total


def _prefix_counts(term: str, *, exact: bool = False, cap: int | None = None) -> list[Select[Any]]:
    """:func:`_prefix_count`'s counts, one per column range (on the server they go to it in one statement);
    ``cap``: each counts no further than ``cap + 1``."""
    ranges = _prefix_ranges(term, 0, exact=exact)
    if term.isdigit():
        ranges.insert(0, ranges.pop())
    counts = []
    for number, (_column, condition) in enumerate(ranges):
        earlier = [or_(column.is_(None), not_(other)) for column, other in ranges[:number]]
        where = [Business.deleted_at.is_(None), condition, *earlier]
        if cap is None:
            counts.append(select(func.count()).select_from(Business).where(*where))
        else:
            rows = select(literal(1)).select_from(Business).where(*where).limit(cap + 1)
            counts.append(select(func.count()).select_from(rows.subquery()))
    return counts


def _prefix_head(term: str, descending: bool) -> CompoundSelect[Any]:
    """Keys (and names) of the businesses a short term starts, in name order: each range read from its own sort
    index with the name alongside (the UNION drops a business found twice), and only these matches ordered."""
    key: ColumnElement[Any] = literal_column("business.rowid")
    name = func.lower(Business.name)
    parts = [
        select(key.label("k"), name.label("n")).select_from(Business).where(Business.deleted_at.is_(None), condition)
        for _column, condition in _prefix_ranges(term, 0)
    ]
    # ordered as a compound select: wrapped in a subquery, SQLite would build the whole union before sorting it
    order: list[ColumnElement[Any]] = [literal_column("n"), literal_column("k")]
    return union(*parts).order_by(*(c.desc() if descending else c.asc() for c in order))


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
        for _column, condition in _prefix_ranges(term, 0, exact=True)
    ]  # fmt: skip
    found = union(*parts).subquery()
    ordered = [found.c.n.desc(), found.c.k.desc()] if descending else [found.c.n, found.c.k]
    return select(found.c.k).order_by(*ordered).limit(limit)


def _scalars(
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


def _scalars_of(result: CursorResult[Any]) -> list[RowKey]:
    """:func:`_scalars` of a statement already run."""
    try:
        if result.connection.dialect.name == "sqlite":
            return [row[0] for row in cast(sqlite3.Cursor, result.cursor)]
        return [row[0] for row in result.cursor.fetchall()]
    finally:
        result.close()


@functools.cache
def _rows_statement(dialect: str) -> Select[Any]:
    """:func:`business_rows`'s statement, built once per dialect: the first paint after every keystroke reads a
    page of rows, and building this select of fifteen columns cost more than SQLite's reading of them."""
    key: ColumnElement[Any] = literal_column("business.rowid" if dialect == "sqlite" else "business.id")  # as _key_column
    return select(
        key, Business.id, Business.name, Business.owner_name, Business.owner_nik, Business.kelurahan_name,
        Business.kecamatan_name, Business.sector, Business.scale, Business.current_stage, Business.partner_name,
        Business.last_activity_on, Business.deleted_at.is_not(None), Business.import_warning, Business.version,
    ).where(key.in_(bindparam("keys", expanding=True)))  # fmt: skip


def business_rows(ctx: ServiceContext, keys: Sequence[RowKey]) -> dict[RowKey, BusinessRow]:
    """Display values for the given keys (any order; missing ones, e.g. deleted meanwhile, are left out). They
    come from the business row alone: the owner, region and partner names are kept on it for sorting."""
    if not keys:
        return {}
    stmt = _rows_statement(ctx.db.engine.dialect.name)
    result: dict[RowKey, BusinessRow] = {}
    with ctx.db.read() as session:
        for row in session.connection().execute(stmt, {"keys": list(keys)}):
            result[row[0]] = BusinessRow(
                id=row[1],
                name=row[2],
                owner_name=row[3],
                nik_masked=_masked(row[4]),
                nik_missing=not row[4],
                kelurahan=row[5],
                kecamatan=row[6],
                sector=row[7],
                scale=row[8],
                stage=row[9],
                partner=row[10],
                last_activity_on=row[11],
                archived=bool(row[12]),
                import_warning=row[13],
                version=row[14],
            )
    return result


def _masked(nik: str | None) -> str | None:
    if not nik:
        return None
    try:
        return mask_nik(nik)
    except RuleError:
        return nik[:6] + "*" * max(0, len(nik) - 10) + nik[-4:]


def count_businesses(ctx: ServiceContext, *, archived: bool = False) -> int:
    """How many businesses there are at all (live or archived), to tell "no data yet" from "no match"."""
    deleted = Business.deleted_at.is_not(None) if archived else Business.deleted_at.is_(None)
    with ctx.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Business).where(deleted)) or 0)


@dataclass(frozen=True)
class Choice:
    code: str
    label: str


@dataclass(frozen=True)
class KelurahanChoice:
    code: str
    label: str
    kecamatan_code: str


@dataclass(frozen=True)
class FilterChoices:
    kecamatan: list[Choice]
    kelurahan: list[KelurahanChoice]
    partners: list[Choice]  # code is the partner id as text


def filter_choices(ctx: ServiceContext) -> FilterChoices:
    """Kecamatan and kelurahan of Kota Serang (by code, names for display) and the partners, for the filters."""
    with ctx.db.read() as session:
        kelurahan = session.execute(
            select(Kelurahan.code, Kelurahan.name, Kelurahan.kecamatan_code)
            .where(Kelurahan.code.like("36.73.%"))
            .order_by(Kelurahan.name)
        ).all()
        kecamatan = session.execute(
            select(Kecamatan.code, Kecamatan.name)
            .where(Kecamatan.code.like("36.73.%"))
            .order_by(Kecamatan.name)
        ).all()
        partners = session.execute(
            select(Partner.id, Partner.name).where(Partner.deleted_at.is_(None)).order_by(Partner.name)
        ).all()
    return FilterChoices(
        kecamatan=[Choice(code, name) for code, name in kecamatan],
        kelurahan=[KelurahanChoice(code, name, kec) for code, name, kec in kelurahan],
        partners=[Choice(str(pid), name) for pid, name in partners],
    )
