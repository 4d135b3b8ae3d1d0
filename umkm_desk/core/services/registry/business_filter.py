"""The UMKM list's filter and search, and the SQL conditions they make: the base of every list query
(services.registry.business_query is the front).

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
"""

from __future__ import annotations

import re
import uuid
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Engine,
    Select,
    SQLColumnExpression,
    and_,
    bindparam,
    func,
    literal,
    literal_column,
    not_,
    or_,
    select,
    table,
    text,
    union_all,
)

from umkm_desk.core.rules.text import searchable
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.store.id_sets import in_ids
from umkm_desk.core.store.models import Business
from umkm_desk.core.store.search_index import FTS_TABLE, sqlite_has_fts

RowKey = object


#: stage filter value for businesses without any case
NO_STAGE = "-"


SORT_KEYS: tuple[str, ...] = (
    "name", "owner", "nik", "kelurahan", "kecamatan", "sector", "scale", "stage", "partner", "last_activity",
)  # fmt: skip


TRIGRAM = 3


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


def key_column(ctx: ServiceContext) -> ColumnElement[Any]:
    """The row key, untyped so the driver's value is used as is."""
    return literal_column("business.rowid" if ctx.db.engine.dialect.name == "sqlite" else "business.id")


def row_key_column(ctx: ServiceContext) -> ColumnElement[Any]:
    """The column business_query.business_keys reads, for other services that read more of the same rows by key."""
    return key_column(ctx)


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
            if digits.startswith("0") and len(digits) >= TRIGRAM:
                terms.append((digits, "62" + digits[1:]))
            else:
                terms.append((digits,))
        else:
            terms.append((raw,))
    return terms


_fts_cache: weakref.WeakKeyDictionary[Engine, bool] = weakref.WeakKeyDictionary()


def uses_fts(ctx: ServiceContext) -> bool:
    engine = ctx.db.engine
    if engine.dialect.name != "sqlite":
        return False
    if engine not in _fts_cache:
        with engine.connect() as connection:
            _fts_cache[engine] = sqlite_has_fts(connection)
    return _fts_cache[engine]


def _phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def fts_match(terms: Sequence[tuple[str, ...]]) -> str:
    """The FTS5 expression for trigram terms: every term, any of its alternatives."""
    return " AND ".join("(" + " OR ".join(_phrase(a) for a in t) + ")" for t in terms)


def _after(term: str) -> str:
    """The first string after every string starting with ``term`` (the end of its prefix range)."""
    return term[:-1] + chr(ord(term[-1]) + 1)


def search_values(terms: Sequence[tuple[str, ...]]) -> dict[str, Any]:
    """Every value a search binds, by the names :func:`filtered`, :func:`prefix_ranges` and :func:`_index_walk`
    give them, so that a statement compiled once per shape (services.registry.shaped_sql) binds the new term."""
    values: dict[str, Any] = {}
    number = 0
    for term_number, alternatives in enumerate(terms):
        for i, alternative in enumerate(alternatives):
            prefix = f"prefix_{term_number * 10 + i}"
            values[prefix] = alternative
            values[f"{prefix}_end"] = _after(alternative)
            values[f"prefix_like_{term_number * 10 + i}"] = f"{like_escape(alternative)}%"
            values[f"term_{number}"] = values[f"walk_{number}"] = f"%{like_escape(alternative)}%"
            number += 1
    return values


def like_escape(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


_FTS = table(FTS_TABLE)


def short_query(query: str) -> bool:
    """Whether ``query`` is searched by prefix (every term shorter than three characters; see the module doc)."""
    terms = search_terms(query)
    return bool(terms) and all(len(a) < TRIGRAM for t in terms for a in t)


def _prefix_columns(term: str) -> list[SQLColumnExpression[Any]]:
    """The columns a short term may start: the business and owner names; a digit term also the NIK."""
    columns: list[SQLColumnExpression[Any]] = [func.lower(Business.name), func.lower(Business.owner_name)]
    if term.isdigit():
        columns.append(Business.owner_nik)
    return columns


def prefix_ranges(
    term: str, number: int, *, exact: bool = False
) -> list[tuple[SQLColumnExpression[Any], ColumnElement[Any]]]:
    """``(column, lower(x) >= 'ba' AND lower(x) < 'bb')`` for each column of :func:`_prefix_columns`: a range on
    the column's sort index. ``exact`` (PostgreSQL) adds the LIKE prefix, tested on the index entry: under a
    collation other than C a range may also hold a name that only sorts like the prefix ("b-a" between "ba"
    and "bb"), and a LIKE alone uses a b-tree only under C."""
    low: BindParameter[str] = bindparam(f"prefix_{number}", term)
    high: BindParameter[str] = bindparam(f"prefix_{number}_end", _after(term))
    like: BindParameter[str] = bindparam(f"prefix_like_{number}", f"{like_escape(term)}%")
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
        return or_(*(condition for _column, condition in prefix_ranges(term, number, exact=True)))
    if row_level:
        return or_(*(condition for _column, condition in prefix_ranges(term, number)))
    low: BindParameter[str] = bindparam(f"prefix_{number}", term)
    high: BindParameter[str] = bindparam(f"prefix_{number}_end", _after(term))
    inner = key_column(ctx)
    ranges = [
        select(inner).select_from(Business).where(Business.deleted_at.is_(None), column >= low, column < high)
        for column in columns
    ]
    return key.in_(union_all(*ranges))


def filtered(
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
    if terms and all(len(a) < TRIGRAM for t in terms for a in t):
        for number, alternatives in enumerate(terms):
            stmt = stmt.where(or_(*(_prefix_condition(ctx, key, a, number * 10 + i, row_level=rows)
                                    for i, a in enumerate(alternatives))))
        terms_left: list[tuple[str, ...]] = []
    else:
        terms_left = terms
    use_fts = uses_fts(ctx) and not rows
    indexed = [t for t in terms_left if all(len(a) >= TRIGRAM for a in t)] if use_fts else []
    match = None
    if indexed:
        match = fts_match(indexed)
        matching: Select[Any] = select(literal_column("rowid")).select_from(_FTS).where(
            text(f"{FTS_TABLE} MATCH :fts_match").bindparams(fts_match=match)
        )
        stmt = stmt.where((literal_column("+business.rowid") if walk else key).in_(matching))
    number = 0
    for alternatives in (t for t in terms_left if t not in indexed):
        likes = []
        for alternative in alternatives:
            pattern: BindParameter[str] = bindparam(f"term_{number}", f"%{like_escape(alternative)}%")
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


def prefix_counts(term: str, *, exact: bool = False, cap: int | None = None) -> list[Select[Any]]:
    """:func:`_prefix_count`'s counts, one per column range (on the server they go to it in one statement);
    ``cap``: each counts no further than ``cap + 1``."""
    ranges = prefix_ranges(term, 0, exact=exact)
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
